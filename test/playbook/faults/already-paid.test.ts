/**
 * Issue 8 §1.7: a citizen reporting a transfer, payment, loan or code already given is never safe,
 * gets the highest urgency, and the first advice is 110/96110 and the bank's stop-payment (止付),
 * with what to have ready. Advice never carries a link or another number.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createSession, violatesWarningRule } from '../../../src/index.ts';
import { runCase, why, type FaultCase } from './helpers.ts';

const REPORTS = [
  '我已经把钱转过去了，一共五千，对方说是京东客服',
  '我刚才按客服说的转了8000块到他给的账户，现在联系不上了',
  '钱已经汇过去了，那个客服现在把我拉黑了',
  '我在微粒贷贷了三万，都转到他给的账户了',
  '爸爸按照客服说的转了两笔，说是保证金',
  '刚刚把验证码发给对方了，他说是快递理赔',
  '我付了两千块手续费，对方说退款马上到账，到现在也没到账',
  '完了，我好像被骗了，他让我扫码付了三次',
  '我妈已经转给他们两万，现在电话打不通',
  '听那个理赔专员的，借了钱转给他了',
  '验证码我已经告诉他了，卡里的钱没了',
  '对方说是淘宝客服，我已经转了3000元过去',
];

const NOT_REPORTS: FaultCase[] = [
  { name: 'did not pay', input: '客服让我转账，我没转，直接挂了', expect: 'safe' },
  { name: 'refund came back', input: '客服说退款已经原路退回了，让我查收', expect: 'safe' },
  { name: 'paid the rent', input: '房租我已经交了，你不用管', expect: 'safe' },
  { name: 'family transfer', input: '钱我已经转过去了，你查收一下', expect: 'safe' },
  { name: 'utility bill', input: '水电费已经付了，物业说收到了', expect: 'safe' },
  { name: 'advice, not a report', input: '如果已经转账，要马上报警', expect: 'safe' },
  { name: 'near miss', input: '还好我没转，差点就上当了', expect: 'safe' },
  { name: 'compensation promised to me', input: '客服说会给我转两百块补偿', expect: 'safe' },
];

describe('"I already paid" (issue 8 §1.7)', () => {
  for (const text of REPORTS) {
    it(`scam-level urgency, 110/96110 and 止付 first: ${text}`, () => {
      const r = analyze(text);
      expect(r.verdict, why(r)).toBe('scam');
      expect(r.level).toBe('block');
      const first = r.advice[0] ?? '';
      expect(first).toContain('110');
      expect(first).toContain('96110');
      expect(first).toContain('止付');
      for (const ready of ['时间', '金额', '收款账户']) expect(first).toContain(ready);
      for (const a of r.advice) expect(violatesWarningRule(a), a).toBeNull();
    });
  }
  for (const c of NOT_REPORTS) it(`${c.expect}: ${c.name}`, () => { runCase(c); });

  it('in a live call, the user saying it raises the alert to block at once', () => {
    const s = createSession({ channel: 'call' });
    s.push({ speaker: 'caller', text: '您好，请问是李女士吗' });
    const { alert } = s.push({ speaker: 'user', text: '我刚才已经按客服说的转了5000块了' });
    expect(alert?.level).toBe('block');
    expect(alert?.advice[0]).toContain('止付');
  });

  it('in English too, the first advice is to stop the payment, with what to have ready', () => {
    const r = analyze('我已经把钱转过去了，一共五千，对方说是京东客服', { lang: 'en' });
    expect(r.advice[0]).toMatch(/stop the payment/);
    expect(r.advice[0]).toMatch(/amount/);
    expect(violatesWarningRule(r.advice[0]!)).toBeNull();
  });
});

describe('"I already paid" in English (issue 8 §1.7)', () => {
  const REPORTS_EN = [
    'I already sent $2,000 to the account the caller gave me and now he stopped answering',
    'I think I was scammed, I bought four gift cards and read him the numbers',
    'I let the tech support man into my computer and they drained my account',
  ];
  for (const text of REPORTS_EN) {
    it(`block, and the bank's stop-payment first: ${text}`, () => {
      const r = analyze(text);
      expect(r.verdict, why(r)).toBe('scam');
      expect(r.level).toBe('block');
      expect(r.advice[0]).toMatch(/stop the payment/);
      for (const a of r.advice) expect(violatesWarningRule(a), a).toBeNull();
    });
  }
  for (const text of ['I already paid the rent this month', 'Luckily I never gave them the code', 'If you already paid, call your bank right away']) {
    it(`safe: ${text}`, () => expect(analyze(text).verdict).toBe('safe'));
  }
});
