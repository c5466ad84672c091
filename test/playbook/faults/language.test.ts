/**
 * Issue 8 §1.1: language is a property of the words people read. A long link, a token, an order
 * code or an e-mail address does not switch a Chinese message to the English playbook, and a message
 * mixing both languages is read by both playbooks. Input and output language are separate.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createSession, detectLangs } from '../../../src/index.ts';
import { runCase, why, type FaultCase } from './helpers.ts';

const ISSUE: FaultCase[] = [
  { name: 'issue: a long URL with a token does not make it English', expect: 'not-safe',
    input: '退款点 https://taobao-refund.vip/r?id=TB2026113012345&t=eyJhbGciOiJIUzI1NiJ9xyzxyzxyzxyz 填卡号密码' },
  { name: 'issue: an English paragraph appended to a Chinese scam', expect: 'scam',
    input: '我是淘宝客服，给您退款，请提供验证码。Dear customer this is an important notice regarding your order and account please read carefully now' },
];

const SIBLINGS: FaultCase[] = [
  { name: 'login link with a long token, then a code request', expect: 'not-safe',
    input: '请登录 https://jd-refund.top/login?token=AbCdEfGhIjKlMnOpQrStUvWxYz 输入验证码完成退款' },
  { name: 'an e-mail address does not count as English', expect: 'not-safe',
    input: '客服邮箱 refund.service.center@tb-kefu.top，您的商品有质量问题，请把银行卡号和密码发过来办理退款' },
  { name: 'order code and tracking number in Latin letters', expect: 'scam',
    input: '您好我是京东客服，订单JD20261130ABCDEF有质量问题给您退款，Order ref XJ8812KK，请把收到的验证码告诉我' },
  { name: 'an English scam with a Chinese name stays English and is caught', expect: 'not-safe',
    input: 'Hi 王先生, this is Amazon customer service. Your order was charged twice; please read me the verification code we just sent you.' },
  { name: 'English scam with a Chinese sign-off is read by both', expect: 'not-safe',
    input: 'This is Amazon support, we will refund you now. Please tell me the verification code we sent. 收到请回复客服' },
  { name: 'a conversation switching language is read turn by turn', expect: 'not-safe',
    input: { channel: 'call', turns: [
      { speaker: 'caller', text: '您好我是淘宝客服，您买的奶粉有质量问题，要给您双倍退款' },
      { speaker: 'caller', text: 'Please download AnyDesk and share your screen so I can guide you through the refund.' },
    ] } },
  { name: 'hard negative: real refund notice with a short link and token', expect: 'safe',
    input: '【淘宝】您的退款申请已通过，退款金额89.00元将在1-3个工作日原路退回。详情 https://m.tb.cn/h.AbCdEf?tk=XyZ123abcDEF' },
  { name: 'hard negative: bilingual bank OTP notice', expect: 'safe',
    input: '【招商银行】您的验证码为123456，请勿泄露给任何人。Your verification code is 123456. Do not share it with anyone.' },
  { name: 'hard negative: English shipping notice naming 淘宝', expect: 'safe',
    input: 'Your Taobao (淘宝) order has shipped and will arrive on Friday. Track it in the app.' },
  { name: 'hard negative: Chinese note with English product words', expect: 'safe',
    input: '我在APP里买了一个VIP月卡，顺便给你带了一杯Starbucks latte，晚上见' },
  { name: 'hard negative: bilingual meeting note', expect: 'safe',
    input: '今天的会议改到下午三点。Agenda: quarterly review, hiring plan and budget. 请大家准时参加。' },
];

describe('language by the words people read (issue 8 §1.1)', () => {
  for (const c of [...ISSUE, ...SIBLINGS]) it(`${c.expect}: ${c.name}`, () => { runCase(c); });

  it('answers a Chinese message with a URL or token in Chinese', () => {
    const r = analyze(ISSUE[0]!.input);
    expect(r.lang, why(r)).toBe('zh');
    expect(r.tactics.every((t) => /[\u4e00-\u9fff]/.test(t.description)), why(r)).toBe(true);
  });

  it('scores the Chinese scam with an English tail as high as without it, and answers in Chinese', () => {
    const mixed = analyze(ISSUE[1]!.input);
    const plain = analyze('我是淘宝客服，给您退款，请提供验证码。');
    expect(mixed.risk).toBeGreaterThanOrEqual(plain.risk);
    expect(mixed.lang).toBe('zh');
  });

  it('skips links, e-mail addresses, tokens and codes when counting words', () => {
    expect(detectLangs('https://taobao-refund.vip/r?id=TB2026113012345&t=eyJhbGciOiJIUzI1NiJ9xyz')).toEqual({ primary: null, all: [] });
    expect(detectLangs('退款 refund.center@tb-kefu.top TB2026113012345 AbCdEf123').all).toEqual(['zh']);
    expect(detectLangs('请在APP里开通VIP').all).toEqual(['zh']);
    // Both are read by both playbooks; the main language is what there is more of to read (6 English words
    // to 4 Han characters), not the script the text opens with (wrong9 kind 6).
    expect(detectLangs('我是客服。Please read me the code now').all).toEqual(['en', 'zh']);
    expect(detectLangs('Please read me the code now. 我是客服').all).toEqual(['en', 'zh']);
    expect(detectLangs('我是淘宝客服。Please read me the code').all).toEqual(['zh', 'en']);
  });

  it('input and output language are separate: inputLang picks the playbook, lang the answer', () => {
    const text = '我是淘宝客服，您的商品有质量问题给您退款，请提供验证码';
    const zhRead = analyze({ channel: 'sms', text, lang: 'en' });
    expect(zhRead.verdict).toBe('scam');
    expect(zhRead.lang).toBe('zh');
    expect(zhRead.advice[0]).toMatch(/[A-Za-z]/);
    expect(zhRead.tactics[0]!.description).toMatch(/^[^\u4e00-\u9fff]+$/);
    const forcedEn = analyze({ channel: 'sms', text, inputLang: 'en' });
    expect(forcedEn.verdict, why(forcedEn)).toBe('safe');
    expect(analyze({ channel: 'sms', text }, { inputLang: 'en' }).verdict).toBe('safe');
    expect(analyze({ channel: 'sms', text, inputLang: 'auto' }).verdict).toBe('scam');
  });

  it('output defaults to the input language', () => {
    const en = analyze('This is Amazon support. We will refund you; please read me the verification code we sent.');
    expect(en.lang).toBe('en');
    expect(en.advice.join(' ')).toMatch(/[A-Za-z]{4}/);
    const zh = analyze('我是淘宝客服，给您退款，请提供验证码');
    expect(zh.advice.join('')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a restored session keeps reading both languages', () => {
    const s = createSession({ channel: 'chat' });
    s.push({ speaker: 'caller', text: 'Hello, this is Amazon customer service about your refund of the order.' });
    s.push({ speaker: 'caller', text: '您好，我是淘宝客服，麻烦把验证码告诉我' });
    const snap = s.snapshot();
    expect(snap.langs).toEqual(['en', 'zh']);
    expect(snap.inputLang).toBe('auto');
  });
});

describe('full-width letters', () => {
  it('count as the English words they spell (the normaliser reads them the same way)', () => {
    expect(detectLangs('ｐｌｅａｓｅ ｒｅａｄ ｍｅ ｔｈｅ ｃｏｄｅ ｎｏｗ').primary).toBe('en');
    expect(detectLangs('请在ＡＰＰ里开通ＶＩＰ').all).toEqual(['zh']);
  });
});

/**
 * Code-switching (newcomer probe, session 6): Chinese sentences with English nouns dropped in are
 * Chinese — the language whose grammar words (的 了 是 我 您) carry the sentence — even when they open
 * with "Hello"; an English sentence carrying a Chinese name stays English.
 */
describe('code-switched text is read in the language that carries its grammar', () => {
  const zhMatrix = [
    'Hello亲，我是淘宝官方customer service，您的order有quality problem',
    'Hi，您的package已经lost了，我们会给您compensation',
    'Dear customer您好，您的account有risk，需要您verify一下',
    'OK的，我把refund link发给您，您click一下就可以',
    'Sorry亲，您的order被cancel了，refund会在three days内到您的account',
  ];
  it.each(zhMatrix)('%s → Chinese first, both playbooks read it', (text) => {
    const l = detectLangs(text);
    expect(l.primary).toBe('zh');
    expect(l.all).toEqual(['zh', 'en']);
  });

  const enMatrix = [
    'Hello, this is the 淘宝客服 team, your refund is on the way',
    'Please send the 验证码 to us and we will process your refund',
    'Your order from 京东商城 has been shipped and is on its way',
  ];
  it.each(enMatrix)('%s → English first', (text) => {
    expect(detectLangs(text).primary).toBe('en');
  });

  it('the code-switched customer-service scam is answered in Chinese and read as the 淘宝 claim', () => {
    const r = analyze('Hello亲，我是淘宝官方customer service，您的order有quality problem，我们给您refund，请提供verification code');
    expect(r.lang).toBe('zh');
    expect(r.verdict).toBe('scam');
    const claim = r.tactics.find((t) => t.id === 'contact.impersonation');
    expect(claim?.description).toMatch(/电商平台/);
    expect(claim?.evidence[0]!.text).toContain('我是淘宝官方');
  });
});
