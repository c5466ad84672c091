import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decidePayment, paymentFacts, PAYMENT_RULES, FACTS } from '../../src/server/payment.ts';
import { call, SCAM_CALL, start, type Running } from './helpers.ts';

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

const base = { amount: 2_000, payeeNew: true, screenShareActive: false, callActive: false, callerKnown: false, loanJustDrawn: false };
const refundPretextOnly = { verdict: 'safe' as const, level: 'watch' as const, tactics: [{ id: 'pretext.quality-refund' }] as never[] };

describe('the decision table', () => {
  it('names only facts that exist', () => {
    for (const r of PAYMENT_RULES) for (const f of r.when) expect(FACTS).toContain(f);
  });

  it('screen sharing + a refund pretext + a first transfer to a new payee is hold', () => {
    const a = decidePayment(paymentFacts({ ...base, screenShareActive: true }, refundPretextOnly), 'zh');
    expect(a.decision).toBe('hold');
    expect(a.reasons.map((r) => r.rule)).toContain('screen-share-refund-new-payee');
    expect(a.advice.join('')).toContain('110');
  });

  it('an active call with a stranger + a refund pretext + a new payee is hold; with a known caller it is not', () => {
    expect(decidePayment(paymentFacts({ ...base, callActive: true }, refundPretextOnly), 'zh').decision).toBe('hold');
    expect(decidePayment(paymentFacts({ ...base, callActive: true, callerKnown: true }, refundPretextOnly), 'zh').decision).toBe('warn');
  });

  it('the same transfer to a known payee with no conversation is allowed', () => {
    const a = decidePayment(paymentFacts({ ...base, payeeNew: false }, null), 'en');
    expect(a).toEqual({ decision: 'allow', reasons: [], advice: [] });
  });

  it('screen sharing alone is a warning', () => {
    expect(decidePayment(paymentFacts({ ...base, payeeNew: false, screenShareActive: true }, null), 'zh').decision).toBe('warn');
  });
});

describe('POST /v1/payment-check', () => {
  it('holds a first transfer to a new payee during a monitored scam call with screen sharing', async () => {
    // The bank opens the session with its key: the session is its own, so it may check payments against it.
    const opened = await call(s.base, 'POST', '/v1/sessions', { key: s.keys.partner, json: { channel: 'call' } });
    for (const turn of SCAM_CALL.slice(0, 3)) await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { key: s.keys.partner, json: turn });
    const r = await call(s.base, 'POST', '/v1/payment-check', {
      key: s.keys.partner,
      json: { sessionId: opened.body.id, transfer: { ...base, amount: 9_063, screenShareActive: true, callActive: true, channel: 'app' } },
    });
    expect(r.status).toBe(200);
    expect(r.body.decision).toBe('hold');
    expect(r.body.reasons.length).toBeGreaterThan(0);
    expect(r.body.advice.length).toBeGreaterThan(0);
  });

  it('takes a conversation instead of a session', async () => {
    const r = await call(s.base, 'POST', '/v1/payment-check', {
      key: s.keys.partner,
      json: { conversation: { channel: 'call', turns: SCAM_CALL }, transfer: { amount: 500, payeeNew: true, callActive: true } },
    });
    expect(r.body.decision).toBe('hold');
    expect(r.body.verdict).toBe('scam');
  });

  it('allows an ordinary transfer to a known payee', async () => {
    const r = await call(s.base, 'POST', '/v1/payment-check', {
      key: s.keys.partner,
      json: { conversation: { channel: 'text', text: '房租记得转给我' }, transfer: { amount: 3_000, payeeNew: false } },
    });
    expect(r.body.decision).toBe('allow');
  });

  it('rejects a bad transfer and an unknown session', async () => {
    const bad = await call(s.base, 'POST', '/v1/payment-check', { key: s.keys.partner, json: { transfer: { amount: -5, payeeNew: true } } });
    expect(bad.status).toBe(400);
    const unknown = await call(s.base, 'POST', '/v1/payment-check', {
      key: s.keys.partner, json: { sessionId: '00000000-0000-4000-8000-000000000000', transfer: base },
    });
    expect(unknown.status).toBe(404);
  });
});
