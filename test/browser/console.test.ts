/**
 * The anti-fraud centre's console in real Chromium (playwright-core + Debian chromium), at a desk
 * screen (1366×900) and a phone (360×780): sign in, a new alert arrives live, claim it, record a
 * contact and 已劝阻, open a case, confirm its indicator, the statistics chart renders with the
 * right counts, draft and publish a bulletin and open it at /bulletins. Markup in a transcript, a
 * note and a bulletin draft is shown as text and never runs. Screenshots: test-results/console-*.png.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createKey } from '../../src/server/auth.ts';
import { call, SCAM_CALL } from '../server/helpers.ts';
import { available, shot as save, usePages, VIEWPORTS } from './harness.ts';

const XSS_TURN = '您好我是京东客服<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2;alert(1)">，加理赔QQ群 778899123';
const XSS_NOTE = '<img src=x onerror="window.__pwned=3">已劝阻，群众未转账';
const XSS_DRAFT = '\n<script>window.__pwned=4</script><img src=x onerror="window.__pwned=5">\n';

type Doc = { document: { querySelector(s: string): { textContent: string | null } | null } };
/** Waits until the element's text includes (or equals) `text`. Functions, not strings: the CSP forbids eval. */
function waitText(page: Page, selector: string, text: string, exact = false) {
  return page.waitForFunction(([sel, want, eq]) => {
    const got = (globalThis as unknown as Doc).document.querySelector(sel as string)?.textContent ?? '';
    return eq ? got === want : got.includes(want as string);
  }, [selector, text, exact] as const, { timeout: 10_000 });
}

describe.skipIf(!available)('the centre console in Chromium', () => {
  for (const vp of VIEWPORTS) {
    describe(`${vp.width}×${vp.height}`, () => {
      // A server of its own per screen: the statistics count this run's alerts only.
      const h = usePages({ viewports: [vp], server: { reviewedDir: mkdtempSync(join(tmpdir(), 'fanzha-reviewed-')) } });
      const dialogs: string[] = [];
      let page: Page;
      const shot = (step: string) => save(page, `console-${vp.name}-${step}`, step !== 'queue', '');

      it('runs the whole workflow, and no scammer, note or draft markup ever runs', async () => {
        const server = h.server;
        page = h.page(vp);
        page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
        const key = (await createKey(server.app.store, 'supervisor', 'browser')).key;
        await page.goto(server.base + '/staff');
        await page.fill('#key', key);
        await page.click('#signin button[type=submit]');
        await page.waitForSelector('[data-testid=live].on', { timeout: 15_000 });

        // A scam call comes in while the queue is open: it appears without a reload.
        const opened = await call(server.base, 'POST', '/v1/sessions', { json: { channel: 'call', claimedIdentity: '京东客服', callerNumber: '+86 170 5555 1234' } });
        for (const turn of [{ speaker: 'caller', text: XSS_TURN }, ...SCAM_CALL.slice(1)]) {
          await call(server.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: turn });
        }
        const all = (await call(server.base, 'GET', '/v1/queue', { key })).body.alerts as { id: string; level: string }[];
        const alertId = all.find((a) => a.level === 'block')!.id;
        await page.waitForSelector(`a[data-id="${alertId}"]`, { timeout: 10_000 });
        await page.waitForSelector('[data-testid=fresh]');
        await waitText(page, '[data-testid=total]', String(all.length));
        await shot('queue');
        // The kind by the same name the citizen's page and the bank read (src/playbook/scam-kinds.ts).
        expect(await page.textContent(`a[data-id="${alertId}"] [data-testid=kind]`)).toBe('冒充客服退款诈骗');

        await page.click(`a[data-id="${alertId}"]`);
        await page.waitForSelector('[data-testid=transcript]');
        expect(await page.textContent('[data-testid=alert-detail] h2 [data-testid=kind]')).toBe('冒充客服退款诈骗');
        const transcript = await page.textContent('[data-testid=transcript]');
        expect(transcript).toContain('<script>');
        expect(await page.$$eval('[data-testid=transcript] script, [data-testid=transcript] img', (n) => n.length)).toBe(0);

        await page.click('#claim');
        await waitText(page, '[data-testid=status]', '已认领', true);
        await page.selectOption('#contact-result', 'reached');
        await page.click('#record-contact');
        await waitText(page, '[data-testid=status]', '劝阻中', true);
        await page.selectOption('#outcome', 'stopped');
        await page.fill('#outcome-note', XSS_NOTE);
        await page.click('#record-outcome');
        await page.waitForSelector('[data-testid=outcome]');
        expect(await page.textContent('[data-testid=outcome]')).toBe('已劝阻');
        expect(await page.textContent('[data-testid=followups]')).toContain('<img src=x');
        expect(await page.$$eval('[data-testid=followups] img', (n) => n.length)).toBe(0);
        await shot('alert');

        // A case from the alert; its caller number is confirmed as a scam number.
        await page.click('#open-case');
        await page.waitForSelector('[data-testid=case-detail]');
        const phoneRow = 'tr[data-value="17055551234"]';
        await page.waitForSelector(phoneRow);
        await page.click(`${phoneRow} button.confirm`);
        await page.waitForSelector(`${phoneRow} .ind-confirmed`);
        // An indicator added by hand appears in the case's list.
        await page.selectOption('[data-testid=case-detail] select[name=kind]', 'domain');
        await page.fill('[data-testid=case-detail] input[name=value]', 'https://jd-tuikuan.vip/r');
        await page.click('[data-testid=case-detail] form.row button[type=submit]');
        await page.waitForSelector('tr[data-value="jd-tuikuan.vip"]');
        await shot('case');
        const ref = await page.textContent('[data-testid=case-ref]');
        const confirmed = (await call(server.base, 'GET', '/v1/indicators?status=confirmed', { key })).body.indicators;
        expect(confirmed).toEqual([expect.objectContaining({ value: '17055551234', caseRef: ref })]);

        // Statistics: the call's alerts by level, one stopped; the chart draws.
        await page.click('#nav-stats');
        await page.waitForSelector('#chart-series canvas', { timeout: 15_000 });
        expect(await page.textContent('[data-testid=kpi-alerts]')).toBe(String(all.length));
        expect(await page.textContent('[data-testid=kpi-stopped]')).toBe('1');
        const levels = await page.$$eval('[data-testid=table-level] tr', (rows) => rows.map((r) => r.textContent));
        const want = (['block', 'warn'] as const).map((l) => [l === 'block' ? '紧急' : '警示', all.filter((a) => a.level === l).length] as const)
          .filter(([, n]) => n > 0).map(([name, n]) => `${name}${n}`);
        expect(levels.sort()).toEqual(want.sort());
        await shot('stats');

        // A supervisor makes an officer account.
        await page.click('#nav-users');
        await page.fill('input[name=name]', `officer.${vp.name}`);
        await page.fill('input[name=password]', 'a long enough password');
        await page.click('form.box button[type=submit]');
        await waitText(page, 'section table', `officer.${vp.name}`);

        // A bulletin: drafted, markup added to the draft stays text, published, opened at /bulletins.
        await page.click('#nav-bulletins');
        await page.click('#draft');
        await page.waitForSelector('[data-testid=bulletin-edit] #markdown');
        const md = await page.inputValue('#markdown');
        expect(md).toContain('会出现哪几种情况');
        await page.fill('#markdown', md + XSS_DRAFT);
        await page.click('#save-bulletin');
        await waitText(page, '[data-testid=preview]', 'window.__pwned=4');
        expect(await page.$$eval('[data-testid=preview] script, [data-testid=preview] img', (n) => n.length)).toBe(0);
        await page.click('#publish');
        await page.waitForSelector('#public-link');
        await shot('bulletin-edit');
        const url = await page.getAttribute('#public-link', 'href');
        await page.goto(server.base + '/bulletins');
        await page.click(`a[href="${url}"]`);
        await page.waitForSelector('article h1');
        expect(await page.textContent('article')).toContain('警方提醒');
        expect(await page.$$eval('article script, article img', (n) => n.length)).toBe(0);
        await shot('bulletin-public');

        expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(dialogs).toEqual([]);
      }, 120_000);
    });
  }
});
