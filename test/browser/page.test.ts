/**
 * The first page in a real browser (Debian chromium, driven by playwright-core): a citizen pastes
 * a scam message that also carries markup, sees the verdict and the evidence highlighted, and
 * none of the scammer's markup runs. CI installs chromium (.ci/run); on a machine without it the
 * test is skipped with a message, never silently passed.
 */
import { describe, expect, it } from 'vitest';
import { available, usePages, VIEWPORTS } from './harness.ts';

describe.skipIf(!available)('the first page in Chromium', () => {
  const h = usePages({ viewports: [VIEWPORTS[1]] });

  it('shows the verdict and highlights the evidence, and scammer markup stays text', async () => {
    const page = h.page('desktop');
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(h.server.base + '/');
    const message = '您好，我是淘宝客服<script>window.__pwned = 1</script>，您的商品有质量问题给您退款，'
      + '请加理赔QQ群<img src=x onerror="window.__pwned = 2; alert(1)">，把收到的验证码告诉我。';
    await page.fill('#message', message);
    await page.click('#submit');
    await page.waitForSelector('#result:not([hidden])', { timeout: 10_000 });

    expect(await page.textContent('#verdict')).toContain('诈骗');
    const marks = await page.$$eval('#highlighted mark', (ms) => ms.map((m) => m.textContent ?? ''));
    expect(marks.some((m) => m.includes('验证码'))).toBe(true);
    // The markup is shown as the characters it is made of, and nothing of it ran.
    expect(await page.textContent('#highlighted')).toContain('<script>');
    expect(await page.$$eval('#highlighted script, #highlighted img', (n) => n.length)).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  }, 30_000);
});
