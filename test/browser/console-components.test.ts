/**
 * The staff console shows a component tactic (`role: 'component'`, weight 0: evidence of a
 * combination, no points alone) as a component, never as "+0", beside the scored tactics' points.
 * Real Chromium at a phone (360×780) and a desk (1366×900); screenshots:
 * test-results/console-components-*.png.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../../src/server/auth.ts';
import { call } from '../server/helpers.ts';
import { available, shot, usePages, VIEWPORTS } from './harness.ts';

// The second turn sends a link: shift.link scores, shift.sent-link is its component.
const TURNS = [
  { speaker: 'caller', text: '您好，我是京东客服，您买的奶粉有质量问题，给您双倍理赔' },
  { speaker: 'caller', text: '我把理赔链接发到您手机上了 http://jd-lipei.top/r 您点开填一下银行卡号' },
];

describe.skipIf(!available)('components in the console\'s evidence', () => {
  const h = usePages();
  let key: string;
  let alertId: string;
  beforeAll(async () => {
    const server = h.server;
    key = (await createKey(server.app.store, 'supervisor', 'browser')).key;
    const opened = await call(server.base, 'POST', '/v1/sessions', { json: { channel: 'call', claimedIdentity: '京东客服' } });
    for (const turn of TURNS) await call(server.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: turn });
    const alerts = (await call(server.base, 'GET', '/v1/queue', { key })).body.alerts as { id: string; level: string }[];
    alertId = alerts.find((a) => a.level === 'block')!.id;
  }, 60_000);

  for (const vp of VIEWPORTS) {
    it(`${vp.width}×${vp.height}: the component reads as a component with no points, the scored tactics keep theirs`, async () => {
      // What the page is given: the stored alert's evidence marks the component.
      const detail = (await call(h.server.base, 'GET', `/v1/queue/${alertId}`, { key })).body as { evidence: { id: string; weight: number; component?: boolean }[] };
      expect(detail.evidence.find((e) => e.id === 'shift.sent-link')).toMatchObject({ weight: 0, component: true });

      const page = h.page(vp);
      await page.goto(h.server.base + '/staff');
      await page.fill('#key', key);
      await page.click('#signin button[type=submit]');
      await page.waitForSelector('[data-testid=live].on', { timeout: 15_000 });
      await page.goto(`${h.server.base}/staff#/alert/${alertId}`);
      await page.waitForSelector('[data-testid=evidence-item]', { timeout: 15_000 });
      const items = await page.$$eval('[data-testid=evidence-item]', (els) => els.map((el) => ({
        id: el.querySelector('code')?.textContent ?? '',
        points: el.querySelector('.w')?.textContent ?? '',
        component: el.querySelector('.w')?.classList.contains('comp') ?? false,
      })));
      const sent = items.find((i) => i.id === 'shift.sent-link');
      expect(sent, JSON.stringify(items)).toBeDefined();
      expect(sent!.component).toBe(true);
      expect(sent!.points).toBe('组合证据，不单独计分');
      const link = items.find((i) => i.id === 'shift.link')!;
      expect(link).toMatchObject({ component: false, points: '+20' });
      // No tactic anywhere on the page reads "+0".
      expect(items.map((i) => i.points)).not.toContain('+0');
      expect(await page.textContent('[data-testid=alert-detail]')).not.toContain('+0 ');
      // On a phone the label stays inside the screen.
      const box = await page.$eval('[data-testid=evidence-item] .w.comp', (el) => { const r = el.getBoundingClientRect(); return { right: r.right, width: r.width }; });
      expect(box.right).toBeLessThanOrEqual(vp.width);
      await page.$eval('[data-testid=evidence-item] .w.comp', (el) => el.scrollIntoView({ block: 'center' }));
      await shot(page, `console-components-${vp.name}`, false, '');
    }, 60_000);
  }
});
