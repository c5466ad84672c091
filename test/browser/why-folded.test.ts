/**
 * "为什么这样判断" on a result shows the first combination reason and folds the rest behind one
 * "更多（N）" button (review of session 6: a scam SMS listed five reasons at once, too much for an
 * elderly reader). The button is a real button: Tab reaches it, Enter opens, Space folds again,
 * aria-expanded follows, and on a phone it is finger-sized and inside the screen. A result with one
 * reason has no button. Chromium at 360×780 and 1366×900; screenshots under test-results/citizen/.
 */
import { describe, expect, it } from 'vitest';
import { checkOnHome, englishLeaks, inViewport, lowestContrast, watch } from './citizen-helpers.ts';
import { available, shot, usePages, VIEWPORTS } from './harness.ts';

// A look-alike refund link asking for a card and a code: several combinations fire at once.
const SCAM_SMS = '【京东】尊敬的客户，您购买的商品有质量问题，我们为您办理双倍理赔，请点击 http://jd.com.tuikuan-service.top/refund 填写银行卡号和收到的验证码。';
// A loan advert with a QQ number: a different set of combinations.
const LOAN_AD = '加QQ 2839471 领取无抵押贷款';
// One combination only (a claimed agent and a code): nothing to fold. (A payout story and a code now fires two:
// session 15's refund-condition-plus-ask beside pretext-plus-extraction.)
const ONE_REASON = '我是淘宝客服，请提供验证码';

type Node = { textContent: string | null; getAttribute(n: string): string | null; tabIndex: number };
type Doc = { document: { activeElement: Node | null; querySelectorAll(s: string): ArrayLike<Node> } };

describe.skipIf(!available)('the reasons fold behind "更多（N）"', () => {
  const h = usePages();

  for (const v of VIEWPORTS) {
    it(`at ${v.width}×${v.height}: one reason shown, the rest one keypress away, and back`, async () => {
      const p = h.page(v);
      const seen = watch(p);
      expect(await checkOnHome(p, h.server.base, SCAM_SMS)).toBe('scam');
      const more = p.locator('button.more');
      await more.scrollIntoViewIfNeeded();
      await shot(p, `why-folded-${v.name}`);

      // Folded: one reason, and a button that says how many more there are.
      expect(await p.locator('.why li').count()).toBe(1);
      const label = (await more.textContent()) ?? '';
      const n = Number(/^更多（(\d+)）$/.exec(label)?.[1]);
      expect(n, label).toBeGreaterThanOrEqual(2);
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      expect(await more.getAttribute('aria-controls')).toBe('why-list');
      expect(await p.$eval('button.more', (el) => (el as unknown as Node).tabIndex)).toBe(0);

      // Keyboard: it is in the Tab order (back out with Shift+Tab, Tab lands on it again); Enter opens all N + 1.
      await more.focus();
      await p.keyboard.press('Shift+Tab');
      await p.keyboard.press('Tab');
      expect(await p.evaluate(() => (globalThis as unknown as Doc).document.activeElement?.textContent)).toBe(label);
      await p.keyboard.press('Enter');
      expect(await p.locator('.why li').count()).toBe(n + 1);
      expect(await more.getAttribute('aria-expanded')).toBe('true');
      expect(await more.textContent()).toBe('收起');
      // Focus stays on the button, so the next key works on it.
      expect(await p.evaluate(() => (globalThis as unknown as Doc).document.activeElement?.textContent)).toBe('收起');
      const reasons = await p.$$eval('.why li', (els) => els.map((e) => e.textContent ?? ''));
      expect(new Set(reasons).size).toBe(n + 1);
      for (const r of reasons) expect(r.length).toBeGreaterThan(4);
      await shot(p, `why-open-${v.name}`);
      await p.keyboard.press('Space');
      expect(await p.locator('.why li').count()).toBe(1);
      expect(await p.locator('.why li').first().textContent()).toBe(reasons[0]);
      expect(await more.textContent()).toBe(label);

      // Seen and usable: inside the screen, a finger's height on a phone, readable contrast.
      await more.scrollIntoViewIfNeeded();
      expect(await inViewport(p, 'button.more')).toBe(true);
      const box = (await more.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(v.width);
      expect((await lowestContrast(p, ['button.more', '.why li']))['button.more']).toBeGreaterThanOrEqual(4.5);
      // It looks like a button, not a link (review of session 7): a visible border, no underline.
      const look = await more.evaluate((el) => {
        const cs = (globalThis as unknown as { getComputedStyle(e: unknown): { borderTopWidth: string; borderTopStyle: string; textDecorationLine: string } }).getComputedStyle(el);
        return { border: parseFloat(cs.borderTopWidth), style: cs.borderTopStyle, underline: cs.textDecorationLine.includes('underline') };
      });
      expect(look.border).toBeGreaterThanOrEqual(1);
      expect(look.style).not.toBe('none');
      expect(look.underline).toBe(false);
      expect(await englishLeaks(p)).toEqual([]);

      // A new result on the same page (no reload) starts folded again, whatever the last was left at.
      await more.click();
      expect(await p.locator('.why li').count()).toBe(n + 1);
      await p.fill('#message', LOAN_AD);
      await p.click('#submit');
      await p.waitForSelector('#result [data-verdict="suspicious"]', { timeout: 15_000 });
      expect(await p.locator('.why li').count()).toBe(1);
      expect(await more.getAttribute('aria-expanded')).toBe('false');

      // One reason: nothing to fold, no button.
      expect(await checkOnHome(p, h.server.base, ONE_REASON)).toBe('scam');
      expect(await p.locator('.why li').count()).toBe(1);
      expect(await p.locator('button.more').count()).toBe(0);
      expect(seen.errors).toEqual([]);
    }, 60_000);
  }

  it('in English the button reads "More (N)" and "Show less"', async () => {
    const p = await h.open();
    await p.goto(h.server.base + '/?lang=en');
    await p.fill('#message', 'Hello, this is Taobao customer service. Your parcel was lost, we will refund you double. Please share your screen and read me the verification code.');
    await p.click('#submit');
    await p.waitForSelector('#result [data-verdict]', { timeout: 15_000 });
    const more = p.locator('button.more');
    expect(await more.textContent()).toMatch(/^More \(\d+\)$/);
    await more.press('Enter');
    expect(await more.textContent()).toBe('Show less');
  }, 30_000);
});
