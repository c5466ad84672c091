/**
 * How the citizen page quotes the sender (public/js/quote.js): the English page cut "read me the co…" inside a
 * word and put it in Chinese 「」 (session 12). An English quote is cut where a word ends, with "…"; the marks
 * are the page language's (“” in English, 「」 in Chinese); Chinese is cut at any character, at the same width.
 * Our own sentences. The page itself in Chromium: first-screen.test.ts.
 */
import { describe, expect, it } from 'vitest';

const { clipQuote, quoteMarks } = (await import(new URL('../../public/js/quote.js', import.meta.url).href)) as {
  clipQuote: (s: string, max?: number) => string;
  quoteMarks: (s: string, lang: string) => string;
};

/** The clip is a start of the text, cut before a word's end never (unless one word fills the budget). */
function endsAtWord(text: string, clipped: string): boolean {
  if (!clipped.endsWith('…')) return clipped === text;
  const kept = clipped.slice(0, -1);
  if (!text.startsWith(kept)) return false;
  const next = text[kept.length];
  const last = kept[kept.length - 1];
  return !(/[A-Za-z0-9]/.test(next ?? '') && /[A-Za-z0-9]/.test(last ?? ''));
}

describe('clipQuote: a long quote ends where a word does', () => {
  const english = [
    'Hello, this is the refund desk calling about the damaged blender you ordered; please read me the six digit code',
    'To cancel the charge of $899 you must install AnyDesk on your phone and then share the screen with our technician',
    'Your parcel is held at customs until you pay the clearance fee of 38 dollars through the link we just texted you',
    'This is officer Graham from the financial crimes unit; your savings must be moved into a protected holding account today',
    'Earn 600 a day liking videos at home: first top up a deposit of 200 to unlock the commission account',
    'Grandma it is me, I lost my phone and I am in trouble, please send 3000 by gift cards and do not tell Mum',
    'Congratulations! You have won an iPhone 15 in our anniversary draw — just pay the shipping and handling first',
    'We detected unusual activity on your account. Verify your identity now at secure-bank-verify.top or lose access',
    "I'm calling from the electricity company: your supply will be cut off in two hours unless you pay the arrears",
    'Your tax refund of 1,240.50 is ready. Reply with your card number, expiry date and the security code on the back',
    'Dear customer, the investment group has a guaranteed 30% monthly return; transfer your first stake to our trading wallet',
  ];
  it.each(english)('%s', (text) => {
    const c = clipQuote(text);
    expect(c.endsWith('…')).toBe(true);
    expect(endsAtWord(text, c)).toBe(true);
    expect(c.length).toBeLessThanOrEqual(80);
    // It keeps most of the budget (a cut at a word, not at the first space).
    expect(c.length).toBeGreaterThan(60);
    // No dangling space or comma before the "…".
    expect(c).not.toMatch(/[\s,;:]…$/);
  });

  it('a quote that fits is whole, without "…"', () => {
    for (const s of ['read me the code', 'install AnyDesk', '请把验证码告诉我', 'pay the redelivery fee at https://usps-redeliver-fee.top/pay']) {
      expect(clipQuote(s)).toBe(s);
    }
  });

  it('the old cut: forty characters of English no longer end inside a word', () => {
    const text = 'job liking videos, earn 500 a day; first pay a small deposit';
    expect(clipQuote(text, 40)).toBe('job liking videos, earn 500 a day…');
    expect(clipQuote('Please tell me the verification code that was sent', 30)).toBe('Please tell me the…');
  });

  it('Chinese is cut at a character, at the same width (40 characters)', () => {
    const zh = '您好，我是京东商城的售后客服，您购买的羽绒服经质检部门检测存在质量问题，我们将为您办理三倍理赔，请点击链接填写银行卡号和收到的验证码';
    const c = clipQuote(zh);
    expect(c).toBe(zh.slice(0, 39) + '…');
    // A Chinese sentence with a word of English in it: the English word is not cut.
    const mixed = '您好，我是客服，为了给您办理退款，请您先在手机应用商店搜索并下载安装AnyDesk';
    const m = clipQuote(mixed, 70);
    expect(m.endsWith('…')).toBe(true);
    expect(m).not.toMatch(/[A-Za-z]…$/);
    expect(mixed.startsWith(m.slice(0, -1))).toBe(true);
  });

  it('one word longer than the budget (a bare link) is cut inside it; an emoji is never split', () => {
    const link = 'https://refund-center-amazon-support-helpdesk-verification-service-portal.example-top.top/claim/now';
    const c = clipQuote(link, 40);
    expect(c.length).toBeLessThanOrEqual(40);
    expect(link.startsWith(c.slice(0, -1))).toBe(true);
    const emoji = 'a'.repeat(38) + '😀😀😀';
    const e = clipQuote(emoji, 40);
    expect(e).not.toMatch(/[\ud800-\udbff]…$/);
  });

  it('quoteMarks: English “”, Chinese 「」', () => {
    expect(quoteMarks('read me the code', 'en')).toBe('“read me the code”');
    expect(quoteMarks('验证码', 'zh')).toBe('「验证码」');
  });
});
