/**
 * 查一查 (/) in Chromium: the first screen of an answer. At 360×740 (an older phone) the reason — which step,
 * which words — was below the first screen, after the steps, the paid button, the path and the combination
 * reasons (session 11). An elderly person must see without scrolling: the verdict, the kind, the one thing to
 * do (no transfer, no code; 110 / 96110) and the first reason with the sender's words; at 1366×900 too. The
 * sender's words stay text (no markup runs). Screenshots: test-results/first-screen/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkOnHome, englishLeaks, inViewport, pwned, watch } from './citizen-helpers.ts';
import type { PageGlobals } from './citizen-helpers.ts';
import { available, shot, usePages } from './harness.ts';

const SIZES = [
  { name: 'phone-740', width: 360, height: 740 },
  { name: 'desktop', width: 1366, height: 900 },
] as const;

/** Our own writing: [name, text, verdict, words the banner's title says, words the first reason quotes]. */
const CASES: [string, string, string, string, string | null][] = [
  ['refund-sms', '【京东】您购买的羽绒服有质量问题，我们为您办理三倍理赔，请点击 http://jd.com.lipei-kefu.top 填写银行卡号和收到的验证码。', 'scam', '冒充客服退款诈骗', '验证码'],
  ['loan-sms', '您好，我是有钱花平台的客服专员，您可申请20万低息贷款，当天放款，先交一千元保证金，加微信办理。', 'scam', '虚假贷款诈骗', '先交'],
  ['police-call', '来电：这里是市公安局刑侦支队，您的银行卡涉嫌洗钱\n我：啊？那怎么办\n来电：您现在把存款转到我们的安全账户接受审查，不要告诉家人', 'scam', '冒充公检法诈骗', '安全账户'],
  ['suspicious-code', '您好，刚才发到您手机上的6位验证码麻烦报给我一下。', 'suspicious', '可疑', '验证码'],
  ['link', 'http://jd.com.tuikuan-service.top/refund', 'scam', '很可能是诈骗', null],
];

const textOf = (p: Page, sel: string) => p.evaluate((s) => (globalThis as unknown as PageGlobals).document.querySelector(s)?.textContent ?? '', sel);

describe.skipIf(!available)('the first screen of an answer', () => {
  const h = usePages({ viewports: [] });

  for (const size of SIZES) {
    describe(`at ${size.width}×${size.height}`, () => {
      it.each(CASES)('%s: verdict, kind, the one thing to do and the first reason without scrolling', async (name, text, verdict, title, quoted) => {
        const p = await h.open(size);
        const seen = watch(p);
        expect(await checkOnHome(p, h.server.base, text)).toBe(verdict);
        await p.waitForTimeout(200);
        await shot(p, `${name}-${size.name}`, false, 'first-screen');
        expect(await inViewport(p, '#verdict')).toBe(true);
        expect(await textOf(p, '.banner-title')).toContain(title);
        // The one thing to do: no transfer, no code, 110 / 96110.
        expect(await inViewport(p, '#verdict .one-thing')).toBe(true);
        const one = await textOf(p, '#verdict .one-thing');
        expect(one).toContain('不要转账');
        expect(one).toMatch(/110.*96110/);
        // The first reason: which step, and the sender's own words when the step has some.
        expect(await inViewport(p, '#first-reason')).toBe(true);
        const reason = await textOf(p, '#first-reason');
        expect(reason).toMatch(/^为什么：/);
        if (quoted !== null) expect(reason).toMatch(new RegExp(`「[^」]*${quoted}[^」]*」`));
        expect(await englishLeaks(p)).toEqual([]);
        expect(seen.errors).toEqual([]);
      }, 45_000);

      it('a reported loss: 110 / 96110 first, and still the reason', async () => {
        const p = await h.open(size);
        expect(await checkOnHome(p, h.server.base, '我按京东客服说的转了八千块到他给的账户，现在联系不上他了')).toBe('scam');
        await p.waitForTimeout(200);
        await shot(p, `paid-${size.name}`, false, 'first-screen');
        expect(await inViewport(p, '#verdict')).toBe(true);
        expect(await p.locator('#verdict .one-thing').count()).toBe(0);
        expect(await textOf(p, '#verdict .banner-sub')).toContain('报警');
        expect(await inViewport(p, '.now .steps li')).toBe(true);
        expect(await textOf(p, '.now .steps li')).toContain('110');
        // The reason is the citizen's own words, not a step of the other side's.
        expect(await inViewport(p, '#first-reason')).toBe(true);
        expect(await textOf(p, '#first-reason')).toMatch(/^为什么：您说钱已经转出去了。「[^」]+」/);
      }, 45_000);

      it('the first reason quotes the sender as text: markup in it never runs', async () => {
        const p = await h.open(size);
        const seen = watch(p);
        const xss = '您好我是淘宝客服，您的商品有质量问题给您退款，请把收到的<img src=x onerror="window.__pwned = 3">验证码告诉我';
        expect(await checkOnHome(p, h.server.base, xss)).not.toBe('safe');
        await p.waitForTimeout(200);
        expect(await pwned(p)).toBeUndefined();
        expect(seen.dialogs).toEqual([]);
        expect(await p.locator('#first-reason img').count()).toBe(0);
      }, 45_000);

      it('an English scam: the same first screen in English', async () => {
        const p = await h.open(size);
        await p.goto(h.server.base + '/');
        const text = 'Hi, this is Amazon support. Your card was charged $899 for an iPhone order. To cancel it, install AnyDesk and read me the code we just sent.';
        await p.fill('#message', text);
        await p.click('#submit');
        await p.waitForSelector('#result [data-verdict]', { timeout: 15_000 });
        await p.waitForTimeout(200);
        await shot(p, `english-${size.name}`, false, 'first-screen');
        expect(await inViewport(p, '#verdict .one-thing')).toBe(true);
        expect(await textOf(p, '#verdict .one-thing')).toMatch(/Do not transfer.*110 or 96110/);
        expect(await inViewport(p, '#first-reason')).toBe(true);
        expect(await textOf(p, '#first-reason')).toMatch(/^Why: They are /);
      }, 45_000);

      // Session 12: the English page put the sender's words in Chinese 「」 and cut them after 40 characters,
      // inside a word ("…a security bond to t…"). English quotes in “”, whole when they fit a line or two, and
      // a cut one ends where a word does (public/js/quote.js; its cases: quote.test.ts).
      it.each([
        ['english-quote', 'Congratulations, you have been selected for a part-time job liking videos, earn 500 dollars a day; first pay a small deposit of 200 to unlock your commission account.', 0],
        // The first reason's words are 64 characters: cut at 40 they ended "…bond to t…".
        ['english-quote-long', 'Customs notice: a parcel in your name contains illegal items. To avoid arrest you must pay a security bond to the investigation officer\'s account before noon today.', 41],
      ])('%s: the English page quotes the sender in “”, cut only where a word ends', async (name, text, longer = 0) => {
        const p = await h.open(size);
        await p.goto(h.server.base + '/');
        await p.fill('#message', text);
        await p.click('#submit');
        await p.waitForSelector('#result [data-verdict]', { timeout: 15_000 });
        await p.waitForTimeout(200);
        await shot(p, `${name}-${size.name}`, false, 'first-screen');
        expect(await inViewport(p, '#first-reason')).toBe(true);
        const reason = await textOf(p, '#first-reason');
        expect(reason).not.toMatch(/[「」]/);
        const m = /“([^”]+)”$/.exec(reason);
        expect(m, reason).not.toBeNull();
        const quoted = m![1]!;
        const kept = quoted.endsWith('…') ? quoted.slice(0, -1) : quoted;
        expect(kept.length, quoted).toBeGreaterThanOrEqual(longer);
        const at = text.indexOf(kept);
        expect(at, quoted).toBeGreaterThanOrEqual(0);
        // The quote does not end inside a word of the text.
        expect(/[A-Za-z0-9]/.test(text[at + kept.length] ?? '') && /[A-Za-z0-9]$/.test(kept), quoted).toBe(false);
        // The evidence list below quotes the same way.
        const listed = await p.$$eval('.reasons .quote', (els) => els.map((e) => e.textContent ?? ''));
        expect(listed.length).toBeGreaterThan(0);
        for (const q of listed) expect(q).toMatch(/^“[^「」]+”$/);
      }, 45_000);
    });
  }
});
