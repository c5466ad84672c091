/**
 * The home page's kill-chain path and its "why" list show what matched (newcomer's probe, session 6):
 * a sender's bulk-notice frame ("尊敬的用户…退订回T", contact.official-sender, a weight-0 component)
 * is no 冒充身份 step, and a combination read on a loan advert is not labelled "以退款、理赔为由".
 * Chromium at 360×780 and 1366×900; screenshots under test-results/citizen/.
 */
import { describe, expect, it } from 'vitest';
import { checkOnHome, englishLeaks, watch } from './citizen-helpers.ts';
import { available, shot, usePages, VIEWPORTS } from './harness.ts';

// A fake-loan advert under a bulk-notice frame: a story (no collateral, instant) and a move (a QQ).
const LOAN_AD = '【速借】尊敬的用户，您的借款额度已审批通过，无抵押秒到账，加QQ 2839471 领取，退订回T';

describe.skipIf(!available)('the path lights only the steps taken, the labels fit the text', () => {
  const h = usePages();

  for (const v of VIEWPORTS) {
    it(`at ${v.width}×${v.height}: a bulk-notice frame is no 冒充身份 step; no refund label on a loan advert`, async () => {
      const p = h.page(v);
      const seen = watch(p);
      expect(await checkOnHome(p, h.server.base, LOAN_AD)).toBe('suspicious');
      await p.waitForTimeout(200);
      await shot(p, `path-steps-${v.name}`, true);
      const on = await p.$$eval('.path li.on', (els) => els.map((e) => e.textContent ?? ''));
      const off = await p.$$eval('.path li.off', (els) => els.map((e) => e.textContent ?? ''));
      expect(on.join(' ')).toContain('编造理由');
      expect(on.join(' ')).toContain('转移渠道');
      expect(off.join(' ')).toContain('冒充身份');
      // The bulk-notice frame is listed as evidence without a stage of its own.
      const listed = await p.$$eval('ul.tactics li', (els) => els.map((e) => e.textContent ?? ''));
      const frame = listed.find((t) => t.includes('群发通知'));
      expect(frame, listed.join(' | ')).toBeDefined();
      expect(frame).not.toContain('冒充身份');
      // Every reason, the folded ones too ("更多（N）" opens them).
      if (await p.locator('button.more').count()) await p.click('button.more');
      const why = (await p.$$eval('.why li', (els) => els.map((e) => e.textContent ?? ''))).join(' ');
      expect(why.length).toBeGreaterThan(0);
      expect(why).not.toContain('退款');
      expect(why).not.toContain('理赔');
      expect(await englishLeaks(p)).toEqual([]);
      expect(seen.errors).toEqual([]);
    }, 60_000);
  }
});
