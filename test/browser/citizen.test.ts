/**
 * 查一查 (/) and 我已经付款了 (/paid) in Chromium, at 360×780 and 1366×900: what a person sees for
 * a scam SMS, a real refund notice, a look-alike link, a number claiming 京东, a QR picture and a
 * call transcript; the "already paid" path; the rate-limit message; and scammer markup that never
 * runs. Screenshots go to test-results/citizen/.
 */
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkOnHome, englishLeaks, inViewport, lowestContrast, pwned, watch } from './citizen-helpers.ts';
import type { PageGlobals } from './citizen-helpers.ts';
import { available, shot, usePages, VIEWPORTS } from './harness.ts';

const SCAM_SMS = '【京东】尊敬的客户，您购买的商品有质量问题，我们为您办理双倍理赔，请点击 http://jd.com.tuikuan-service.top/refund 填写银行卡号和收到的验证码。';
const REAL_REFUND = '【淘宝】您的退款申请已通过，退款金额89.00元将在1-3个工作日原路退回至您的支付账户，请在淘宝APP“我的订单”中查看。';
const TRANSCRIPT = ['客服：您好，我是京东客服，您买的电饭煲有质量问题，要给您理赔退款', '我：好的，怎么退？',
  '客服：您的信用积分不够，需要开启屏幕共享，我一步步教您操作', '客服：请把收到的验证码告诉我'].join('\n');
const XSS = '您好，我是淘宝客服<script>window.__pwned = 1</script>，您的商品有质量问题给您退款，'
  + '请加理赔QQ群<img src=x onerror="window.__pwned = 2; alert(1)">，把收到的验证码告诉我。';

describe.skipIf(!available)('查一查 and the already-paid page in Chromium', () => {
  const h = usePages();

  const check = (page: Page, text: string) => checkOnHome(page, h.server.base, text);

  for (const v of VIEWPORTS) {
    describe(`at ${v.width}×${v.height}`, () => {
      const page = () => h.page(v);

      it('a scam SMS: red banner in the first screen, focused, the path, reasons visible, SMS advice first', async () => {
        const p = page();
        const seen = watch(p);
        await p.goto(h.server.base + '/');
        const before = await p.$eval('#result-area', (el) => el.getBoundingClientRect().top + (globalThis as unknown as PageGlobals).scrollY);
        expect(await check(p, SCAM_SMS)).toBe('scam');
        await p.waitForTimeout(200);
        await shot(p, `home-scam-sms-${v.name}`);
        // No layout shift: what was above the answer stays where it was.
        expect(await p.$eval('#result-area', (el) => el.getBoundingClientRect().top + (globalThis as unknown as PageGlobals).scrollY)).toBe(before);
        expect(await inViewport(p, '#verdict')).toBe(true);
        expect(await p.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.id)).toBe('verdict');
        expect(await p.textContent('#verdict')).toContain('很可能是冒充客服退款诈骗');
        expect(await p.$$eval('.path li.on', (els) => els.map((e) => e.textContent ?? '').join(' '))).toContain('编造理由');
        // Each highlight's reason is visible text (not a tooltip), and tapping a mark opens it next to the words.
        const reason = p.locator('.reasons li .reason').first();
        expect(await reason.isVisible()).toBe(true);
        expect((await reason.textContent())!.length).toBeGreaterThan(5);
        await p.locator('#highlighted mark').first().click();
        expect(await p.locator('.why-inline').first().isVisible()).toBe(true);
        // An SMS: don't click first, not "hang up".
        expect(await p.textContent('.now .steps li')).toContain('不要点');
        expect(await p.locator('.link-check, .card').filter({ hasText: '链接检查' }).count()).toBe(1);
        expect(await englishLeaks(p)).toEqual([]);
        expect(seen.errors).toEqual([]);
      }, 60_000);

      it('a 300-character link wraps: the page never scrolls sideways; an empty check clears the old answer', async () => {
        const p = page();
        const token = 'eyJ' + 'aB3x'.repeat(60);
        const long = `淘宝客服：您的订单异常，退款请点 https://tb-refund-help.cc/claim?uid=88231&sig=${token}&ref=sms 填写银行卡号和验证码。`;
        expect(await check(p, long)).toBe('scam');
        await p.waitForTimeout(200);
        await shot(p, `home-long-link-${v.name}`);
        const widths = await p.evaluate('({ doc: document.documentElement.scrollWidth, view: window.innerWidth })') as { doc: number; view: number };
        expect(widths.doc).toBeLessThanOrEqual(widths.view);
        await p.fill('#message', '   ');
        await p.click('#submit');
        await p.waitForSelector('#result [data-verdict]', { state: 'detached', timeout: 5_000 });
        expect(await p.locator('#result [data-verdict]').count()).toBe(0);
        expect(await p.textContent('body')).toContain('请先粘贴要查的内容');
      }, 60_000);

      it('a real refund notice stays green', async () => {
        const p = page();
        expect(await check(p, REAL_REFUND)).toBe('safe');
        await shot(p, `home-real-refund-${v.name}`);
        expect(await inViewport(p, '#verdict')).toBe(true);
        expect(await p.textContent('#verdict')).toContain('暂未发现');
        expect(await englishLeaks(p)).toEqual([]);
      }, 30_000);

      it('a look-alike link is checked as a link and named dangerous', async () => {
        const p = page();
        expect(await check(p, 'http://jd.com.tuikuan-service.top/refund')).toBe('scam');
        await shot(p, `home-link-${v.name}`);
        expect(await p.textContent('.banner-meta')).toContain('链接');
        expect(await p.textContent('#result')).toContain('不是京东');
        expect(await inViewport(p, '#verdict')).toBe(true);
        expect(await englishLeaks(p)).toEqual([]);
      }, 30_000);

      it('a number claiming to be 京东 that 京东 does not publish', async () => {
        const p = page();
        expect(await check(p, '17012345678 京东客服')).toBe('scam');
        await shot(p, `home-number-${v.name}`);
        expect(await p.textContent('.banner-meta')).toContain('电话号码');
        expect(await p.textContent('#result')).toContain('不是京东公布的客服号码');
        // The words' risk score is not the number's verdict: the banner does not mix the two.
        expect(await p.textContent('.banner-meta')).not.toContain('风险分');
        expect(await englishLeaks(p)).toEqual([]);
      }, 30_000);

      it('a sentence that ends with a number is analysed, not only looked up as a number', async () => {
        const p = page();
        expect(await check(p, '给您退款，请把验证码发到 13812345678')).not.toBe('safe');
        await shot(p, `home-sentence-number-${v.name}`);
        expect(await p.textContent('.banner-meta')).toContain('短信或聊天');
        expect(await p.textContent('#result')).toContain('验证码');
        // A name-shaped line is checked as a number and read as words too.
        expect(await check(p, '我是淘宝客服给您退款请打13812345678')).not.toBe('safe');
        expect(await p.textContent('.banner-meta')).toContain('电话号码');
        expect(await englishLeaks(p)).toEqual([]);
      }, 30_000);

      it('a QR picture of a payment code, chosen with the file picker', async () => {
        const p = page();
        await p.goto(h.server.base + '/');
        const png = await QRCode.toBuffer('wxp://f2f0Xy7kLmNoPqRsTuVwXyZ0123456789', { type: 'png', width: 300 });
        await p.setInputFiles('#image', { name: 'qr.png', mimeType: 'image/png', buffer: png });
        expect(await p.textContent('.chosen')).toContain('qr.png');
        await p.click('#submit');
        const banner = await p.waitForSelector('#result [data-verdict]', { timeout: 15_000 });
        expect(await banner.getAttribute('data-verdict')).toBe('suspicious');
        await shot(p, `home-qr-${v.name}`);
        expect(await p.textContent('#result')).toContain('付款码');
        expect(await inViewport(p, '#verdict')).toBe(true);
        expect(await englishLeaks(p)).toEqual([]);
      }, 30_000);

      it('a pasted chat (客服：/我： lines), with who said what, stop replying first (nc9-loss: a pasted chat is a chat)', async () => {
        const p = page();
        expect(await check(p, TRANSCRIPT)).toBe('scam');
        await shot(p, `home-transcript-${v.name}`);
        expect(await p.textContent('.banner-meta')).toContain('聊天记录');
        expect(await p.$$eval('#highlighted .who', (els) => els.map((e) => e.textContent))).toEqual(['对方：', '我：', '对方：', '对方：']);
        expect(await p.textContent('.now .steps li')).toContain('不要再回复');
        expect(await englishLeaks(p)).toEqual([]);
      }, 30_000);

      it('a call transcript (来电： lines), hang up first; the scammer\'s bidi override is not shown', async () => {
        const p = page();
        const call = TRANSCRIPT.replace(/^客服：/gm, '来电：').replace('京东客服', '京\u202e东客服');
        expect(await check(p, call)).toBe('scam');
        await shot(p, `home-call-transcript-${v.name}`);
        expect(await p.textContent('.banner-meta')).toContain('通话内容');
        expect(await p.textContent('.now .steps li')).toContain('挂断');
        expect(await p.textContent('#highlighted')).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
        expect(await p.textContent('#highlighted')).toContain('京东客服');
      }, 30_000);

      it('Ctrl+Enter submits, and the English page is English', async () => {
        const p = page();
        await p.goto(h.server.base + '/?lang=en');
        await p.fill('#message', 'Hello, this is Taobao customer service. Your parcel was lost, we will refund you double. Please share your screen and read me the verification code.');
        await p.press('#message', 'Control+Enter');
        await p.waitForSelector('#result [data-verdict]', { timeout: 15_000 });
        expect(await p.getAttribute('html', 'lang')).toBe('en');
        expect(await p.textContent('#verdict')).toMatch(/scam|Suspicious/i);
        expect(await p.evaluate(() => /[\u4e00-\u9fff]/.test((globalThis as unknown as PageGlobals).document.querySelector('.now')!.textContent ?? ''))).toBe(false);
        await shot(p, `home-english-${v.name}`);
        // Back to Chinese for the other tests (the choice is remembered).
        await p.goto(h.server.base + '/?lang=zh');
      }, 30_000);

      it('"I already paid" is one tap from a result and from home, and offers only 110, 96110 and the bank\'s own number', async () => {
        const p = page();
        await check(p, SCAM_SMS);
        await p.click('#result .paid-cta');
        await p.waitForSelector('#paid-title');
        await shot(p, `paid-${v.name}`);
        await shot(p, `paid-${v.name}-full`, true);
        expect(await inViewport(p, '#call-110')).toBe(true);
        const hrefs = await p.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
        for (const h of hrefs) expect(h === 'tel:110' || h === 'tel:96110' || h.startsWith('/')).toBe(true);
        expect(hrefs).toContain('tel:110');
        expect(hrefs).toContain('tel:96110');
        const digits = (await p.textContent('main'))!.match(/\d{3,}/g) ?? [];
        for (const d of digits) expect(['110', '96110']).toContain(d);
        expect(await p.textContent('main')).toContain('银行卡背面');
        expect(await englishLeaks(p)).toEqual([]);
        // From home: one tap in the header.
        await p.goto(h.server.base + '/');
        await p.click('header a[href="/paid"]');
        await p.waitForSelector('#paid-title');
      }, 30_000);

      it('the home page before any check shows no number to call but 110 and 96110 (the hint gives no example number)', async () => {
        const p = page();
        await p.goto(h.server.base + '/');
        await p.waitForSelector('#submit');
        await shot(p, `home-empty-${v.name}`);
        const digits = (await p.textContent('body'))!.match(/\d{3,}/g) ?? [];
        for (const d of digits) expect(['110', '96110']).toContain(d);
        expect(await p.textContent('.hint')).toContain('京东客服');
      }, 30_000);

      it('<script> and <img onerror> in a message stay text and never run', async () => {
        const p = page();
        const seen = watch(p);
        await check(p, XSS);
        expect(await p.textContent('#highlighted')).toContain('<script>');
        expect(await p.textContent('#highlighted')).toContain('onerror');
        expect(await p.$$eval('#result script, #result img', (n) => n.length)).toBe(0);
        expect(await pwned(p)).toBeUndefined();
        expect(seen.dialogs).toEqual([]);
      }, 30_000);
    });
  }

  it('"I already paid" in the person\'s own words puts 110 / 96110 and the bank first', async () => {
    const p = await h.open();
    expect(await check(p, '我刚才已经把钱转给那个客服了，怎么办')).toBe('scam');
    await shot(p, 'home-user-paid-phone');
    expect(await p.textContent('.now .steps li')).toContain('110');
    // The already-paid button comes before anything else under the banner.
    expect(await p.$eval('#verdict + *', (el) => el.className)).toContain('paid-cta');
    expect(await inViewport(p, '#result .paid-cta')).toBe(true);
  }, 30_000);

  it('every kind of text on a result is at least 4.5:1 against its background, and marks open from the keyboard', async () => {
    const p = await h.open();
    const selectors = ['h1', '.lead', 'label', '.hint', '#submit', '.banner-title', '.banner-sub', '.banner-meta', '.steps li',
      '.paid-cta strong', '.paid-cta span', '.path li', '#highlighted', '#highlighted mark', '.reasons li', '.stage', '.tag', 'footer p', '.top nav a'];
    for (const text of [SCAM_SMS, REAL_REFUND, 'http://jd.com.tuikuan-service.top/refund']) {
      await check(p, text);
      const ratios = await lowestContrast(p, selectors);
      for (const [sel, ratio] of Object.entries(ratios)) if (ratio !== Infinity) expect(ratio, `${sel} on ${text.slice(0, 12)}`).toBeGreaterThanOrEqual(4.5);
    }
    // Keyboard: Tab reaches a mark, Enter opens its reason next to the words.
    await check(p, SCAM_SMS);
    await p.focus('#highlighted mark');
    await p.keyboard.press('Enter');
    expect(await p.getAttribute('#highlighted mark', 'aria-expanded')).toBe('true');
    expect(await p.locator('.why-inline').first().isVisible()).toBe(true);
  }, 60_000);

  it('a QR picture can also be pasted or dropped; body text is at least 18 px on a phone', async () => {
    const p = await h.open();
    await p.goto(h.server.base + '/');
    expect(await p.$eval('body', (b) => parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(b).fontSize))).toBeGreaterThanOrEqual(18);
    const png = [...(await QRCode.toBuffer('wxp://f2f0Xy7kLmNoPqRsTuVwXyZ0123456789', { type: 'png', width: 240 }))];
    for (const how of ['paste', 'drop'] as const) {
      await p.goto(h.server.base + '/');
      await p.evaluate(({ bytes, how }) => {
        const g = globalThis as unknown as { DataTransfer: new () => { items: { add(f: unknown): void } }; File: new (b: unknown[], n: string, o: { type: string }) => unknown;
          ClipboardEvent: new (t: string, o: unknown) => unknown; DragEvent: new (t: string, o: unknown) => unknown;
          document: { querySelector(s: string): { dispatchEvent(e: unknown): void } } };
        const dt = new g.DataTransfer();
        dt.items.add(new g.File([new Uint8Array(bytes)], `qr-${how}.png`, { type: 'image/png' }));
        const event = how === 'paste'
          ? new g.ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true })
          : new g.DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true });
        g.document.querySelector(how === 'paste' ? '#message' : '#check-form').dispatchEvent(event);
      }, { bytes: png, how });
      expect(await p.textContent('.chosen')).toContain(`qr-${how}.png`);
      await p.click('#submit');
      await p.waitForSelector('#result [data-verdict="suspicious"]', { timeout: 15_000 });
      expect(await p.textContent('#result')).toContain('付款码');
    }
  }, 60_000);

  it('a rate limit says, in Chinese, to wait, and clears the stale answer', async () => {
    // A server of its own per screen size, each with a bucket of two checks.
    for (const v of VIEWPORTS) {
      const limited = await h.start({ rateLimit: { capacity: 2, refillPerSecond: 0.01 } });
      const p = await h.open(v);
      await p.goto(limited.base + '/');
      await p.fill('#message', REAL_REFUND);
      await p.click('#submit');
      await p.waitForSelector('#result [data-verdict]');
      // Keep asking until the bucket is empty.
      for (let i = 0; i < 4 && (await p.$('#result')); i++) {
        await p.click('#submit');
        await p.waitForFunction(() => !(globalThis as unknown as PageGlobals).document.querySelector('#submit')?.hasAttribute('disabled'));
      }
      await p.waitForFunction(() => ((globalThis as unknown as PageGlobals).document.querySelector('#error')?.textContent ?? '').length > 0);
      await shot(p, `home-rate-limited-${v.name}`);
      expect(await p.textContent('#error')).toMatch(/太频繁.*请等 \d+ 秒/);
      expect(await p.$('#result')).toBeNull();
      expect(await inViewport(p, '#error')).toBe(true);
      expect(await englishLeaks(p)).toEqual([]);
    }
  }, 60_000);
});
