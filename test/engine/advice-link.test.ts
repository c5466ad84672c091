/**
 * Link advice ("不要点对方发来的链接…", "Do not open links…") only with a link: the advice's need is
 * link evidence (`adviceNeeds['check-domain']`, src/playbook/advice-needs.ts) — a link sent (the
 * component shift.sent-link), a look-alike, a link spoken of in a call ("我给您发个链接"), a bill or
 * payment link. A pretext that usually comes with a link (a loan advert, a 社保 notice, a prize, an
 * overdue bill) names the advice, but a message without one must not get it. Found on main at 15b8ace:
 * each "without" input below got the link advice.
 */
import { describe, expect, it } from 'vitest';
import { analyze, getEngine } from '../../src/index.ts';
import { chooseAdvice } from '../../src/advise/advise.ts';
import { kindAdvice } from '../../src/playbook/scam-kinds.ts';

const engine = getEngine();
const { adviceNeeds } = engine.playbook('zh').playbook;
const loanAdvice = kindAdvice([{ id: 'pretext.loan-ad' }]);
const linkAdvice = [engine.playbook('zh').playbook.advice['check-domain'], engine.playbook('en').playbook.advice['check-domain']];
const hasLinkAdvice = (advice: readonly string[]): boolean => advice.some((a) => linkAdvice.includes(a));

type Input = { channel: 'sms' | 'call' | 'chat'; text: string };

const withoutLink: Input[] = [
  { channel: 'sms', text: '无抵押贷款，当天放款，额度高利息低，加微信详谈' },
  { channel: 'sms', text: '急用钱？无抵押贷款，当天放款，征信不好也能贷，加微信' },
  { channel: 'sms', text: '您的社保卡账户异常已被冻结，请尽快联系我们处理，逾期将影响医保报销' },
  { channel: 'call', text: '您好，我是社保局工作人员，您的医保卡涉嫌违规，已被冻结，需要您配合调查' },
  { channel: 'sms', text: 'Your electricity bill is overdue, pay the late fee today or your power will be cut off' },
];

const withLink: Input[] = [
  { channel: 'sms', text: '您的社保卡账户异常已被冻结，请登录 sb-gov.cc 解冻，逾期将影响医保报销' },
  { channel: 'sms', text: '恭喜您获得积分兑换大礼包，积分即将清零，请点击 jf-dh.vip 兑换' },
  { channel: 'sms', text: '您的电费已欠费，将于今日停电，请点击 dl-jf.top 缴纳' },
  { channel: 'sms', text: 'Congratulations! You have won a $500 prize. Claim it at prize-win.top now' },
  { channel: 'sms', text: '淘宝客服：订单异常，退款请登录 https://tb-refund-center.top/login 输入验证码' },
  // A link spoken of in a call, no URL in the text: shift.link is the evidence.
  { channel: 'call', text: '您好，我是京东客服，您的订单有质量问题要给您退款，我给您发个链接，您点开填一下退款信息' },
];

describe('link advice needs a link', () => {
  it.each(withoutLink)('no link, no link advice: $text', (input) => {
    const r = analyze(input);
    expect(r.verdict).not.toBe('safe');
    expect(r.advice.length).toBeGreaterThan(0);
    expect(hasLinkAdvice(r.advice)).toBe(false);
  });

  it.each(withLink)('a link, the link advice: $text', (input) => {
    const r = analyze(input);
    expect(r.verdict).not.toBe('safe');
    expect(hasLinkAdvice(r.advice)).toBe(true);
  });

  it('a component (the link itself) meets the need; a need with no evidence drops the advice', () => {
    const base = { verdict: 'suspicious' as const, requested: ['check-domain' as const], fired: ['pretext.loan-ad'], stagesSeen: new Set<never>() };
    expect(chooseAdvice(base, loanAdvice, adviceNeeds)).not.toContain('check-domain');
    expect(chooseAdvice({ ...base, evidence: ['pretext.loan-ad', 'shift.sent-link'] }, loanAdvice, adviceNeeds)).toContain('check-domain');
  });
});
