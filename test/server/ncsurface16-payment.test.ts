/**
 * ncsurface16 kind 6 (newcomer16 K5): the payment check ("hold this transfer?") answered a family-emergency
 * conversation with the refund scam's advice ("真正的退款不需要您付款…"): a warning's advice follows the
 * kind the conversation tells, and a conversation whose kind is none the shop's agent tells (or none named)
 * gets the neutral words. And it accepted an amount of 1e12 and a blank payee account: bounds with clear errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationKind, decidePayment, paymentFacts } from '../../src/server/payment.ts';
import { call, start, type Running } from './helpers.ts';

const base = { amount: 2_000, payeeNew: true, screenShareActive: false, callActive: false, callerKnown: false, loanJustDrawn: false };
const conv = (verdict: 'safe' | 'suspicious', ...ids: string[]) => ({ verdict, level: verdict === 'safe' ? 'watch' as const : 'warn' as const, tactics: ids.map((id) => ({ id })) as never[] });
const REFUND_WORDS = /退款|购物平台|refund|shopping platform/;

describe('the warning\'s advice follows the kind (newcomer16 K5)', () => {
  // Warnings whose conversation tells no shop-agent kind: neutral advice, no refund words.
  const OTHER = [
    ['a relative in trouble (pretext only, no named kind)', conv('safe', 'pretext.relative-hurt')],
    ['an urgent money story', conv('suspicious', 'pretext.urgent-money')],
    ['a family emergency (en)', conv('suspicious', 'contact.family-emergency')],
    ['an acquaintance asking money', conv('suspicious', 'contact.acquaintance')],
    ['a loan advert', conv('suspicious', 'pretext.loan-ad')],
    ['a police case', conv('suspicious', 'pretext.police-case')],
    ['a stock-tips group', conv('suspicious', 'pretext.stock-tips')],
    ['a paid task', conv('suspicious', 'extract.task-escalation')],
    ['a game trade', conv('suspicious', 'pretext.account-trade')],
    ['no conversation at all, a large sum to a new payee', null],
  ] as const;
  it.each(OTHER)('%s: no refund advice, in either language', (_name, c) => {
    for (const lang of ['zh', 'en'] as const) {
      const a = decidePayment(paymentFacts({ ...base, amount: 80_000 }, c), lang, [], conversationKind(c));
      expect(a.decision).toBe('warn');
      expect(a.advice.join(' ')).not.toMatch(REFUND_WORDS);
      expect(a.advice.length).toBeGreaterThan(0);
    }
  });
  // Twins: the refund scam's own warnings keep the refund advice.
  const REFUND = ['pretext.quality-refund', 'pretext.refund-offer', 'pretext.parcel-damaged', 'pretext.payout-offer', 'pretext.refund-off-platform'];
  it.each(REFUND)('%s (the shop agent\'s kind): the refund advice stays', (id) => {
    const c = conv('suspicious', id);
    const k = conversationKind(c);
    const a = decidePayment(paymentFacts(base, c), 'zh', [], k);
    expect(a.decision).toBe('warn');
    expect(a.advice.join('')).toContain('真正的退款不需要您付款');
  });
});

describe('POST /v1/payment-check bounds (newcomer16 K5)', () => {
  let s: Running;
  beforeAll(async () => { s = await start(); });
  afterAll(async () => { await s.close(); });
  const check = (json: object) => call(s.base, 'POST', '/v1/payment-check', { key: s.keys.partner, json });

  it('an amount over ¥100,000,000 is a 400 that says why; up to it is taken', async () => {
    for (const amount of [1e12, 1e9, 100_000_000.01]) {
      const r = await check({ transfer: { amount, payeeNew: true } });
      expect(r.status, String(amount)).toBe(400);
      expect(JSON.stringify(r.body), String(amount)).toMatch(/100,000,000/);
    }
    expect((await check({ transfer: { amount: 100_000_000, payeeNew: true } })).status).toBe(200);
  });
  it('a blank payee account, name or bank is a 400 naming the field; left out is fine', async () => {
    for (const [field, value] of [['account', ''], ['account', '   '], ['name', ''], ['bank', ' ']] as const) {
      const r = await check({ transfer: { amount: 500, payeeNew: true }, payee: { [field]: value } });
      expect(r.status, field).toBe(400);
      expect(JSON.stringify(r.body), field).toContain(`payee.${field} is empty`);
    }
    expect((await check({ transfer: { amount: 500, payeeNew: true }, payee: { account: '6222 0212 3456 7890' } })).status).toBe(200);
    expect((await check({ transfer: { amount: 500, payeeNew: true } })).status).toBe(200);
  });
  it('a family-emergency conversation\'s warning gives no refund advice', async () => {
    const r = await check({
      conversation: { channel: 'sms', text: '奶奶，我是小军，我开车撞了人在派出所，对方要两万私了，别告诉我爸妈，你先转两万给我同学。' },
      transfer: { amount: 20_000, payeeNew: true },
    });
    expect(r.status).toBe(200);
    expect(r.body.decision).not.toBe('allow');
    expect(r.body.advice.join('')).not.toContain('真正的退款不需要您付款');
  });
});
