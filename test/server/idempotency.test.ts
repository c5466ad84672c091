import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, SCAM_CALL, start, type Running, rawDb, itSqliteFile } from './helpers.ts';

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

const key = () => crypto.randomUUID();
const transfer = { amount: 9063, payeeNew: true, screenShareActive: true, callActive: true };

describe('Idempotency-Key', () => {
  it('a retried session open returns the first answer, and opens one session', async () => {
    const k = key();
    const a = await call(s.base, 'POST', '/v1/sessions', { key: s.keys.partner, json: { channel: 'call' }, headers: { 'idempotency-key': k } });
    const b = await call(s.base, 'POST', '/v1/sessions', { key: s.keys.partner, json: { channel: 'call' }, headers: { 'idempotency-key': k } });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body).toEqual(a.body);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    const listed = await call(s.base, 'GET', '/v1/sessions', { key: s.keys.partner });
    expect(listed.body.sessions.filter((x: { id: string }) => x.id === a.body.id)).toHaveLength(1);
    const mine = listed.body.sessions.length;
    await call(s.base, 'POST', '/v1/sessions', { key: s.keys.partner, json: { channel: 'call' }, headers: { 'idempotency-key': k } });
    expect((await call(s.base, 'GET', '/v1/sessions', { key: s.keys.partner })).body.sessions.length).toBe(mine);
  });

  it('the same key with a different body is 409', async () => {
    const k = key();
    await call(s.base, 'POST', '/v1/sessions', { key: s.keys.partner, json: { channel: 'call' }, headers: { 'idempotency-key': k } });
    const other = await call(s.base, 'POST', '/v1/sessions', { key: s.keys.partner, json: { channel: 'chat' }, headers: { 'idempotency-key': k } });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('idempotency_key_reused');
  });

  it('a retried turn is counted once; a retried payment check keeps its id; a retried alert change is one audit entry', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { key: s.keys.partner, json: {} });
    const id = opened.body.id;
    for (const t of SCAM_CALL) {
      const k = key();
      const first = await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { key: s.keys.partner, json: t, headers: { 'idempotency-key': k } });
      const again = await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { key: s.keys.partner, json: t, headers: { 'idempotency-key': k } });
      expect(again.body).toEqual(first.body);
    }
    expect((await call(s.base, 'GET', `/v1/sessions/${id}`, { key: s.keys.partner })).body.turns).toBe(SCAM_CALL.length);

    const k = key();
    const p1 = await call(s.base, 'POST', '/v1/payment-check', { key: s.keys.partner, json: { sessionId: id, transfer }, headers: { 'idempotency-key': k } });
    const p2 = await call(s.base, 'POST', '/v1/payment-check', { key: s.keys.partner, json: { sessionId: id, transfer }, headers: { 'idempotency-key': k } });
    expect(p1.status).toBe(200);
    expect(p2.body.id).toBe(p1.body.id);

    const alertId = (await call(s.base, 'GET', `/v1/alerts?sessionId=${id}`, { key: s.keys.staff })).body.alerts[0].id;
    const ka = key();
    for (let i = 0; i < 2; i++) {
      const r = await call(s.base, 'PATCH', `/v1/alerts/${alertId}`, { key: s.keys.staff, json: { status: 'acknowledged' }, headers: { 'idempotency-key': ka } });
      expect(r.status).toBe(200);
    }
    const audit = await call(s.base, 'GET', '/v1/audit', { key: s.keys.admin });
    expect(audit.body.entries.filter((e: { action: string; target: string }) => e.action === 'alert.update' && e.target === alertId)).toHaveLength(1);
  });

  it('keys are per client: another partner using the same key gets its own answer', async () => {
    const other = (await call(s.base, 'POST', '/v1/keys', { key: s.keys.admin, json: { role: 'partner' } })).body.key as string;
    const k = key();
    const a = await call(s.base, 'POST', '/v1/sessions', { key: s.keys.partner, json: {}, headers: { 'idempotency-key': k } });
    const b = await call(s.base, 'POST', '/v1/sessions', { key: other, json: {}, headers: { 'idempotency-key': k } });
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('a malformed key is 400; errors are stored too, so a retry gets the same 4xx', async () => {
    const bad = await call(s.base, 'POST', '/v1/sessions', { json: {}, headers: { 'idempotency-key': 'x'.repeat(300) } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_idempotency_key');
    const k = key();
    const e1 = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'fax' }, headers: { 'idempotency-key': k } });
    const e2 = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'fax' }, headers: { 'idempotency-key': k } });
    expect(e1.status).toBe(400);
    expect(e2.status).toBe(400);
    expect(e2.headers.get('idempotent-replayed')).toBe('true');
  });

  it('stored answers expire after 24 hours', async () => {
    let t = Date.now();
    const clock = await start({ now: () => t });
    try {
      const k = key();
      const a = await call(clock.base, 'POST', '/v1/sessions', { key: clock.keys.partner, json: {}, headers: { 'idempotency-key': k } });
      t += 24 * 60 * 60_000 + 1000;
      const b = await call(clock.base, 'POST', '/v1/sessions', { key: clock.keys.partner, json: {}, headers: { 'idempotency-key': k } });
      expect(b.status).toBe(201);
      expect(b.body.id).not.toBe(a.body.id);
    } finally {
      await clock.close();
    }
  });
});

describe('turn seq', () => {
  it('a repeated seq is not counted twice, a gap is reported, a late turn is counted', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    const turns = `/v1/sessions/${opened.body.id}/turns`;
    const t0 = await call(s.base, 'POST', turns, { json: { ...SCAM_CALL[0], seq: 0 } });
    expect(t0.body.turn).toBe(0);
    expect(t0.body.gap).toBeUndefined();
    const again = await call(s.base, 'POST', turns, { json: { ...SCAM_CALL[0], seq: 0 } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ duplicate: true, turn: 0, alert: null });
    expect(again.body.state.turns).toBe(1);
    const t3 = await call(s.base, 'POST', turns, { json: { ...SCAM_CALL[2], seq: 3 } });
    expect(t3.body.turn).toBe(1);
    expect(t3.body.gap).toEqual({ expected: 1, received: 3, missing: 2 });
    const late = await call(s.base, 'POST', turns, { json: { ...SCAM_CALL[1], seq: 1 } });
    expect(late.body.turn).toBe(2);
    expect(late.body.outOfOrder).toBe(true);
    expect((await call(s.base, 'GET', `/v1/sessions/${opened.body.id}`)).body.turns).toBe(3);
  });

  it('the same seq sent twice at once is counted once', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    const turns = `/v1/sessions/${opened.body.id}/turns`;
    const both = await Promise.all([0, 1].map(() => call(s.base, 'POST', turns, { json: { ...SCAM_CALL[0], seq: 7 } })));
    // Either the second waits for nothing (409 turn_in_progress) or it comes after the commit (duplicate).
    for (const r of both) expect([200, 409]).toContain(r.status);
    expect(both.filter((r) => r.status === 200 && !r.body.duplicate)).toHaveLength(1);
    expect((await call(s.base, 'GET', `/v1/sessions/${opened.body.id}`)).body.turns).toBe(1);
  });

  it('seq survives a restart', async () => {
    const first = await start();
    const opened = await call(first.base, 'POST', '/v1/sessions', { key: first.keys.partner, json: {} });
    await call(first.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { key: first.keys.partner, json: { ...SCAM_CALL[0], seq: 0 } });
    await first.app.close();
    const second = await start({ dbPath: first.dbPath });
    try {
      const again = await call(second.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { key: first.keys.partner, json: { ...SCAM_CALL[0], seq: 0 } });
      expect(again.body.duplicate).toBe(true);
      const next = await call(second.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { key: first.keys.partner, json: { ...SCAM_CALL[1], seq: 1 } });
      expect(next.body.turn).toBe(1);
      expect(next.body.gap).toBeUndefined();
    } finally {
      await second.close();
    }
  });
});

describe('stored answers at rest', () => {
  itSqliteFile('neither the Idempotency-Key nor the answer (a session token) is readable in the database', async () => {
    const k = key();
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {}, headers: { 'idempotency-key': k } });
    rawDb(s.app.store).pragma('wal_checkpoint(TRUNCATE)');
    const { readFileSync } = await import('node:fs');
    const raw = readFileSync(s.dbPath).toString('latin1');
    expect(raw).not.toContain(k);
    expect(raw).not.toContain(opened.body.token);
    const again = await call(s.base, 'POST', '/v1/sessions', { json: {}, headers: { 'idempotency-key': k } });
    expect(again.body.token).toBe(opened.body.token);
  });
});
