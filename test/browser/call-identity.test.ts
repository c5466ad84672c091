/**
 * 通话守护 (/call) in Chromium at 360×780 and 1366×900: a genuine repair-scheduling call from a
 * caller who says 京东客服 (caller id an unlisted mobile) gets no full-screen "hang up" at its first
 * sentence — the identity is a contact cue, the meter shows it — and the same call's first request
 * (the SMS code) brings the warning up, naming that step.
 */
import { describe, expect, it } from 'vitest';
import { englishLeaks, inViewport, say, watch } from './citizen-helpers.ts';
import { available, shot, usePages, VIEWPORTS } from './harness.ts';

describe.skipIf(!available)('the live-call guard warns on a request, not on who the caller claims to be', () => {
  // A page of its own per test (a fresh device), closed after it.
  const h = usePages({ viewports: [] });

  for (const v of VIEWPORTS) {
    it(`at ${v.width}×${v.height}`, async () => {
      const p = await h.open(v);
      const seen = watch(p);
      await p.goto(h.server.base + '/call');
      await p.click('.caller-info summary');
      await p.fill('#claimed', '京东客服');
      await p.fill('#caller-number', '+86 171 2345 6789');
      await say(p, '您好，我是京东客服，您之前反馈的冰箱异响问题，师傅明天上午上门检修，您看方便吗');
      await p.waitForSelector('.transcript li');
      await p.waitForTimeout(500); // the SSE stream's events, if any, arrive meanwhile
      await shot(p, `call-identity-first-${v.name}`);
      expect(await p.$('#warning')).toBeNull();
      expect(await p.$eval('.page', (el) => (el as unknown as { inert: boolean }).inert)).toBe(false);
      expect(['暂无风险', '请留意']).toContain((await p.textContent('.meter-head strong'))?.trim());

      await say(p, '上门之前需要核实身份，您把刚收到的短信验证码报给我一下');
      await p.waitForSelector('#warning', { timeout: 10_000 });
      await p.waitForTimeout(200);
      await shot(p, `call-identity-request-${v.name}`);
      expect(await inViewport(p, '#hang-up')).toBe(true);
      expect(await p.textContent('#warning-step')).toMatch(/验证码/);
      expect(await englishLeaks(p)).toEqual([]);
      expect(seen.errors).toEqual([]);
    }, 60_000);
  }
});
