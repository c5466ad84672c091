import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationKind, decidePayment, paymentFacts, PAYMENT_RULES, FACTS } from '../../src/server/payment.ts';
import { call, SCAM_CALL, start, type Running, rawDb, ON_PG } from './helpers.ts';

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

describe('the reasons and the hold name the kind the conversation tells (src/playbook/scam-kinds.ts)', () => {
  const conv = (...ids: string[]) => ({ verdict: 'scam' as const, level: 'block' as const, tactics: ids.map((id) => ({ id })) as never[] });
  const answer = (c: ReturnType<typeof conv>, lang: 'zh' | 'en') =>
    decidePayment(paymentFacts({ ...base, screenShareActive: true }, c), lang, [], conversationKind(c));
  it.each([
    ['pretext.loan-ad', '虚假贷款诈骗', 'a fake loan scam'],
    ['pretext.police-case', '冒充公检法诈骗', 'a fake police or government scam'],
    ['extract.task-escalation', '刷单返利诈骗', 'a paid-task (order-brushing) scam'],
    ['pretext.stock-tips', '虚假投资理财诈骗', 'a fake investment scam'],
    ['pretext.account-trade', '游戏交易诈骗', 'a game-trade scam'],
    ['contact.acquaintance', '冒充熟人、领导诈骗', 'a fake relative, friend or boss scam'],
  ])('%s: the hold says %s, and no refund words', (tactic, zh, en) => {
    const a = answer(conv(tactic), 'zh');
    expect(a.decision).toBe('hold');
    expect(a.advice[0]).toContain(`极可能是${zh}`);
    expect([...a.advice, ...a.reasons.map((r) => r.reason)].join('')).not.toMatch(/退款|理赔|电商/);
    const e = answer(conv(tactic), 'en');
    expect(e.advice[0]).toContain(`very likely ${en}`);
    expect([...e.advice, ...e.reasons.map((r) => r.reason)].join('')).not.toMatch(/refund|customer-service/);
  });
  it('the refund scam keeps its refund words', () => {
    const a = answer(conv('pretext.quality-refund'), 'zh');
    expect(a.advice[0]).toContain('极可能是冒充客服退款诈骗');
    expect(a.reasons.map((r) => r.reason).join('')).toContain('"退款/理赔"说辞');
  });
  it('no kind told: neutral words, no placeholder left', () => {
    for (const lang of ['zh', 'en'] as const) {
      const a = answer(conv('extract.verification-code'), lang);
      expect(a.decision).toBe('hold');
      expect([...a.advice, ...a.reasons.map((r) => r.reason)].join('')).not.toMatch(/[{}]|退款|refund/);
    }
  });
  it('a warning for another kind is not the shopping app\'s', () => {
    const loan = { verdict: 'suspicious' as const, level: 'warn' as const, tactics: [{ id: 'pretext.loan-ad' }] as never[] };
    const a = decidePayment(paymentFacts({ ...base, payeeNew: false }, loan), 'zh', [], conversationKind(loan));
    expect(a.decision).toBe('warn');
    expect(a.reasons.map((r) => r.reason)).toEqual(['对话有虚假贷款诈骗的迹象']);
    expect(a.advice.join('')).not.toMatch(/退款|购物/);
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
    expect(r.body.kind).toEqual({ id: 'refund', name: '冒充客服退款诈骗', shoppingApp: true });
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

describe('the payee against what was said', () => {
  const card = '6222 0212 3456 7890 128';
  const pretext = { speaker: 'caller', text: '您好，我是京东客服，您买的商品有质量问题，要给您理赔退款' };

  it('holds a transfer to the account the caller read out (live session), with that reason', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { key: s.keys.partner, json: { channel: 'call' } });
    const id = opened.body.id;
    await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { key: s.keys.partner, json: pretext });
    await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { key: s.keys.partner, json: { speaker: 'caller', text: `退款要先转到我们的理赔专用账户，卡号${card}，户名王建国` } });
    const r = await call(s.base, 'POST', '/v1/payment-check', {
      key: s.keys.partner,
      json: { sessionId: id, transfer: { amount: 4999.5 }, payee: { account: '6222-0212-3456-7890-128', name: '王建国', new: true } },
    });
    expect(r.status).toBe(200);
    expect(r.body.decision).toBe('hold');
    expect(r.body.payeeMatch).toEqual({ account: true, name: true, bank: false });
    expect(r.body.reasons.map((x: { rule: string }) => x.rule)).toContain('payee-account-from-refund-call');
    // Another account in the same call is not "the one read out".
    const other = await call(s.base, 'POST', '/v1/payment-check', {
      key: s.keys.partner, json: { sessionId: id, transfer: { amount: 100 }, payee: { account: '6217 0000 1111 2222 333', new: false } },
    });
    expect(other.body.payeeMatch.account).toBe(false);
    expect(other.body.reasons.map((x: { rule: string }) => x.rule)).not.toContain('payee-account-from-refund-call');
    // The number is not kept in clear anywhere in the database (the SQLite file and its WAL).
    if (!ON_PG) {
      rawDb(s.app.store).pragma('wal_checkpoint(TRUNCATE)');
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(s.dbPath).toString('latin1')).not.toContain('6222021234567890128');
    }
  });

  it('in an inline conversation, only the other side counts: the user reading out their own card is no match', async () => {
    const mine = await call(s.base, 'POST', '/v1/payment-check', {
      key: s.keys.partner,
      json: { conversation: { channel: 'call', turns: [pretext, { speaker: 'user', text: `我的卡号是${card}` }] }, transfer: { amount: 200, payeeNew: true }, payee: { account: card } },
    });
    expect(mine.body.payeeMatch.account).toBe(false);
    const theirs = await call(s.base, 'POST', '/v1/payment-check', {
      key: s.keys.partner,
      json: { conversation: { channel: 'call', turns: [pretext, { speaker: 'caller', text: `请转到这个账户${card}` }] }, transfer: { amount: 200, payeeNew: true }, payee: { account: card } },
    });
    expect(theirs.body.payeeMatch.account).toBe(true);
    expect(theirs.body.decision).toBe('hold');
  });

  it('English answers are entirely English, even for a Chinese conversation', async () => {
    const r = await call(s.base, 'POST', '/v1/payment-check', {
      key: s.keys.partner, json: { conversation: { channel: 'call', turns: SCAM_CALL }, transfer: { amount: 500, payeeNew: true, callActive: true }, lang: 'en' },
    });
    expect(r.body.decision).toBe('hold');
    const text = [...r.body.advice, ...r.body.reasons.map((x: { reason: string }) => x.reason)].join(' ');
    expect(text).not.toMatch(/[\u3400-\u9fff]/);
    expect(r.body.advice.length).toBeGreaterThan(0);
  });
});

describe('amount', () => {
  it('is yuan with at most two decimals, above zero', async () => {
    const ok = await call(s.base, 'POST', '/v1/payment-check', { key: s.keys.partner, json: { transfer: { amount: 0.01, payeeNew: false } } });
    expect(ok.status).toBe(200);
    for (const amount of [0, 10.005, -1, '100']) {
      const r = await call(s.base, 'POST', '/v1/payment-check', { key: s.keys.partner, json: { transfer: { amount, payeeNew: false } } });
      expect(r.status, String(amount)).toBe(400);
    }
    const usd = await call(s.base, 'POST', '/v1/payment-check', { key: s.keys.partner, json: { transfer: { amount: 5, currency: 'USD', payeeNew: false } } });
    expect(usd.status).toBe(400);
    const unsure = await call(s.base, 'POST', '/v1/payment-check', { key: s.keys.partner, json: { transfer: { amount: 5 } } });
    expect(unsure.status).toBe(400);
    expect(unsure.body.error.message).toContain('new');
  });
});

describe('outcome callback', () => {
  it('the bank reports what happened; it is stored with the check; other partners get 404', async () => {
    const checked = await call(s.base, 'POST', '/v1/payment-check', {
      key: s.keys.partner, json: { conversation: { channel: 'call', turns: SCAM_CALL }, transfer: { amount: 9063, payeeNew: true, callActive: true } },
    });
    const id = checked.body.id;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const r = await call(s.base, 'POST', `/v1/payment-checks/${id}/outcome`, { key: s.keys.partner, json: { outcome: 'cancelled' } });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id, decision: 'hold', outcome: 'cancelled', amount: 9063, currency: 'CNY' });
    expect(r.body.outcomeAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const got = await call(s.base, 'GET', `/v1/payment-checks/${id}`, { key: s.keys.partner });
    expect(got.body.outcome).toBe('cancelled');
    const row = await s.app.store.sql.get<{ outcome: string; amount: number }>('SELECT outcome, amount FROM payment_checks WHERE id = ?', [id]);
    expect(row).toEqual({ outcome: 'cancelled', amount: 9063 });

    const other = (await call(s.base, 'POST', '/v1/keys', { key: s.keys.admin, json: { role: 'partner' } })).body.key as string;
    expect((await call(s.base, 'POST', `/v1/payment-checks/${id}/outcome`, { key: other, json: { outcome: 'proceeded' } })).status).toBe(404);
    expect((await call(s.base, 'GET', `/v1/payment-checks/${id}`, { key: other })).status).toBe(404);
    expect((await call(s.base, 'POST', `/v1/payment-checks/${id}/outcome`, { key: s.keys.partner, json: { outcome: 'refunded' } })).status).toBe(400);
    expect((await call(s.base, 'POST', `/v1/payment-checks/${crypto.randomUUID()}/outcome`, { key: s.keys.partner, json: { outcome: 'reported' } })).status).toBe(404);
  });
});
