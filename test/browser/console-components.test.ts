/**
 * The staff console shows a component tactic (`role: 'component'`, weight 0: evidence of a
 * combination, no points alone) as a component, never as "+0", beside the scored tactics' points.
 * Real Chromium at a phone (360×780) and a desk (1366×900); screenshots:
 * test-results/console-components-*.png.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { createKey } from '../../src/server/auth.ts';
import { call, start, type Running } from '../server/helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run must apt-get install chromium`);
const SHOTS = 'test-results';

// The second turn sends a link: shift.link scores, shift.sent-link is its component.
const TURNS = [
  { speaker: 'caller', text: '您好，我是京东客服，您买的奶粉有质量问题，给您双倍理赔' },
  { speaker: 'caller', text: '我把理赔链接发到您手机上了 http://jd-lipei.top/r 您点开填一下银行卡号' },
];

describe.skipIf(!available)('components in the console\'s evidence', () => {
  let browser: Browser;
  let server: Running;
  let key: string;
  let alertId: string;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    server = await start();
    key = (await createKey(server.app.store, 'supervisor', 'browser')).key;
    const opened = await call(server.base, 'POST', '/v1/sessions', { json: { channel: 'call', claimedIdentity: '京东客服' } });
    for (const turn of TURNS) await call(server.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: turn });
    const alerts = (await call(server.base, 'GET', '/v1/queue', { key })).body.alerts as { id: string; level: string }[];
    alertId = alerts.find((a) => a.level === 'block')!.id;
  }, 60_000);
  afterAll(async () => { await browser?.close(); await server?.close(); });

  for (const vp of [{ name: 'phone', width: 360, height: 780 }, { name: 'desk', width: 1366, height: 900 }] as const) {
    it(`${vp.width}×${vp.height}: the component reads as a component with no points, the scored tactics keep theirs`, async () => {
      // What the page is given: the stored alert's evidence marks the component.
      const detail = (await call(server.base, 'GET', `/v1/queue/${alertId}`, { key })).body as { evidence: { id: string; weight: number; component?: boolean }[] };
      expect(detail.evidence.find((h) => h.id === 'shift.sent-link')).toMatchObject({ weight: 0, component: true });

      const page = await browser.newPage({ viewport: { width: vp.width, height: vp.height } });
      try {
        await page.goto(server.base + '/staff');
        await page.fill('#key', key);
        await page.click('#signin button[type=submit]');
        await page.waitForSelector('[data-testid=live].on', { timeout: 15_000 });
        await page.goto(`${server.base}/staff#/alert/${alertId}`);
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
        await page.screenshot({ path: join(SHOTS, `console-components-${vp.name}.png`) });
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});
