/**
 * What the citizen sees fits what happened (issue 8, product; found by a newcomer's probes):
 * - advice about one move needs that move's evidence (playbook data `adviceNeeds`);
 * - finding descriptions of generic moves (a link, an app, a group, a transfer, a fee) do not speak
 *   of refunds or claims, so a task scam or an ETC link is not described as a refund;
 * - a citizen who already paid sees the amount highlighted and is told 110 / 96110 and the bank's
 *   止付 first, never "不要回复，不要照做";
 * - the answer's language is the input's dominant one, and a Chinese scam answered in English
 *   keeps China's police advice.
 */
import { describe, expect, it } from 'vitest';
import { analyze, violatesWarningRule, type AnalyzeInput } from '../../../src/index.ts';
import { zhPlaybook } from '../../../src/playbook/zh/index.ts';
import { enPlaybook } from '../../../src/playbook/en/index.ts';
import { SIGNAL_CATALOG } from '../../../src/signals/index.ts';
import { callerCall } from './helpers.ts';

const advice = (input: AnalyzeInput | string): string => analyze(input).advice.join('\n');
const descriptions = (input: AnalyzeInput | string): string => analyze(input).tactics.map((t) => t.description).join('\n');

const SECRECY = '叫您保密';
const SCREEN = '关掉屏幕共享';
const NO_APP = '不要下载对方让装的软件';
const NO_LOAN = '去借呗';

describe('advice about a move needs that move (adviceNeeds)', () => {
  it('"叫您保密的一定是骗子" only when secrecy was asked', () => {
    const secret = callerCall('我是市公安局的，你涉嫌洗钱案件，把钱转到安全账户核查，这件事不要告诉任何人，包括家里人');
    expect(analyze(secret).verdict).toBe('scam');
    expect(advice(secret)).toContain(SECRECY);
    for (const text of [
      '我刚才按客服说的转了8000块到他给的账户，现在联系不上了',
      '我已经把钱转过去了，一共五千，对方说是京东客服',
    ]) expect(advice(text), text).not.toContain(SECRECY);
  });

  it('"关掉屏幕共享" only with a screen share; "不要下载…软件" only with an app, a contact or a group', () => {
    const noScreen = callerCall('您好，我是京东客服，您之前误开通了百万保障会员，下个月起每月扣费800元，需要我帮您关闭吗');
    const screen = callerCall('您好，我是京东客服，您之前误开通了百万保障会员，下个月起每月扣费800元，请下载腾讯会议打开屏幕共享，我帮您关闭');
    expect(analyze(noScreen).verdict).not.toBe('safe');
    expect(advice(noScreen)).not.toContain(SCREEN);
    expect(advice(noScreen)).not.toContain(NO_APP);
    expect(advice(screen)).toContain(SCREEN);
    expect(advice(screen)).toContain(NO_APP);
    const cardOnly = { channel: 'sms' as const, text: '您好我是京东客服，您的订单有质量问题，给您双倍理赔，请提供银行卡号和验证码' };
    expect(analyze(cardOnly).verdict).toBe('scam');
    expect(advice(cardOnly)).not.toContain(NO_APP);
    expect(advice({ channel: 'sms', text: '【兼职】在家动动手指点赞，一单佣金30元，日赚三五百，加QQ群领任务' })).toContain(NO_APP);
  });

  it('the loan advice only once a loan or the credit story is there', () => {
    const loan = callerCall('您好我是支付宝客服，您的芝麻信用分不够，退款到不了账，需要在借呗借两万刷一下流水');
    expect(advice(loan)).toContain(NO_LOAN);
    expect(advice(callerCall('您好，我是京东客服，您之前误开通了百万保障会员，下个月起每月扣费800元，需要我帮您关闭吗'))).not.toContain(NO_LOAN);
  });

  it.each([['zh', zhPlaybook], ['en', enPlaybook]] as const)('%s: every gated advice names tactics or signals that exist', (_l, book) => {
    const ids = new Set([...zhPlaybook.tactics, ...enPlaybook.tactics].map((t) => t.id));
    for (const s of SIGNAL_CATALOG) ids.add(s.id);
    for (const [advId, needs] of Object.entries(book.adviceNeeds ?? {})) {
      for (const n of needs ?? []) expect(ids.has(n), `${advId}: ${n}`).toBe(true);
    }
    expect(Object.keys(book.adviceNeeds ?? {})).toEqual(expect.arrayContaining(['tell-family', 'no-screen-share', 'no-app-download']));
  });
});

describe('descriptions of generic moves fit every kind', () => {
  it.each([
    ['a paid-task lure with a QQ group', { channel: 'sms', text: '【兼职】在家动动手指点赞，一单佣金30元，日赚三五百，加QQ群领任务' }],
    ['an ETC look-alike link', { channel: 'sms', text: '【ETC服务】您的ETC已失效，请点击 etc-gov-renzheng.cn 重新认证' }],
    ['a rental deposit to their account', { channel: 'chat', text: '房东：想租的话先交两千押金到我这个账户，我给你留着房，别人也在看' }],
    ['a prize fee', { channel: 'sms', text: '恭喜您被抽中二等奖，奖金五万元，领奖前需先交两千元手续费到指定账户' }],
    ['a task app to install', { channel: 'sms', text: '日赚300元，下载这个APP做任务，先充值后返佣金' }],
  ] as const)('%s: not described as a refund, a claim or a loan payout', (_n, input) => {
    const r = analyze(input);
    expect(r.verdict).not.toBe('safe');
    const d = descriptions(input);
    expect(d).not.toMatch(/退款|理赔|放款/);
    expect(advice(input)).not.toContain('公安和平台都没有这种账户');
  });

  it('a refund scam still reads as one (its pretext says so)', () => {
    const d = descriptions({ channel: 'sms', text: '您好我是淘宝客服，您的订单有质量问题，给您双倍理赔，请下载APP办理' });
    expect(d).toMatch(/退款|理赔/);
  });
});

describe('a citizen who already paid', () => {
  const REPORTS = [
    ['我刚才按客服说的转了8000块到他给的账户，现在联系不上了', '8000块'],
    ['我已经按他说的转过去三万元了，现在对方把我拉黑了', '三万元'],
    ['听客服的话刷了好几笔流水，一共转了12000元，钱一直没退回来', '12000元'],
  ] as const;
  it.each(REPORTS)('%s: the amount is highlighted, 110/96110 and 止付 first, no "do not reply"', (text, amount) => {
    for (const channel of ['text', 'chat', 'sms', 'call'] as const) {
      const r = analyze(channel === 'call' ? { channel, turns: [{ speaker: 'user', text }] } : { channel, text });
      expect(r.verdict).toBe('scam');
      const paid = r.tactics.find((t) => t.id === 'extract.user-paid')!;
      expect(paid.evidence.map((e) => e.text)).toContain(amount);
      expect(r.advice[0]).toMatch(/110或96110/);
      expect(r.advice[0]).toContain('止付');
      expect(r.advice[0]).toContain('准备好');
      const all = r.advice.join('\n');
      expect(all).not.toContain('不要回复');
      expect(all).not.toContain('不要照');
      expect(all).not.toContain('先挂断');
    }
  });
});

describe('the answer\'s language', () => {
  it('"caller: hi" before Chinese lines answers in Chinese', () => {
    const r = analyze({ channel: 'call', turns: [
      { speaker: 'caller', text: 'hi' },
      { speaker: 'caller', text: '您好我是京东客服，您的订单有质量问题，给您双倍理赔，请提供银行卡号和验证码' },
    ] });
    expect(r.lang).toBe('zh');
    expect(r.verdict).toBe('scam');
    expect(r.advice[0]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a mostly Chinese message with a few English words, or an English greeting first, answers in Chinese', () => {
    for (const text of [
      '您好，我是Taobao客服，您的order有问题，给您refund，请提供验证码',
      'Dear customer, please note: 您好我是京东客服，您的订单有质量问题，给您双倍理赔，请提供银行卡号和验证码，我们马上处理',
    ]) {
      const r = analyze({ channel: 'sms', text });
      expect(r.lang, text).toBe('zh');
      expect(r.advice.join('')).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('an English conversation that opens with "hi" stays English', () => {
    const r = analyze({ channel: 'call', turns: [
      { speaker: 'caller', text: 'hi' },
      { speaker: 'caller', text: 'this is Amazon support, your order has a refund, please read me the code we sent you' },
    ] });
    expect(r.lang).toBe('en');
  });

  it('a Chinese scam answered with lang en keeps China\'s police advice, in English', () => {
    const text = '您好我是京东客服，您的订单有质量问题，给您双倍理赔，请提供银行卡号和验证码';
    for (const channel of ['sms', 'call'] as const) {
      const r = analyze(channel === 'call' ? callerCall(text) : { channel, text }, { lang: 'en' });
      expect(r.verdict).toBe('scam');
      const all = r.advice.join('\n');
      expect(all).not.toMatch(/[\u4e00-\u9fff]/);
      expect(all).toContain('110 or 96110');
      expect(all).toMatch(/stop the payment/);
      expect(all).toMatch(/Taobao, JD/);
      expect(all).not.toMatch(/Social Security|gift card|AnyDesk|Zelle|Bitcoin/);
      for (const a of r.advice) expect(violatesWarningRule(a)).toBeNull();
    }
  });

  it('an English scam keeps the English playbook\'s advice', () => {
    const all = analyze({ channel: 'sms', text: 'Your Amazon order was charged twice. To get your refund, buy gift cards and read me the numbers now.' }).advice.join('\n');
    expect(all).toMatch(/gift card/i);
  });
});
