/**
 * `fanzha serve --pg`: the service on PostgreSQL answers as on SQLite — sessions, turns and their
 * alerts, the transcript for staff (masked), payment checks, idempotent retries, keys, the
 * citizen-warning outbox — and two service processes on one database share sessions and alerts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, SCAM_CALL, start, type Running } from './helpers.ts';
import { freshPgUrl } from '../store/engines.ts';
import { HAVE_PG } from '../stream/postgres.ts';

(HAVE_PG ? describe : describe.skip)('the service on PostgreSQL', () => {
  let a: Running;
  let b: Running;
  beforeAll(async () => {
    const pgUrl = await freshPgUrl();
    a = await start({ pgUrl });
    b = await start({ pgUrl });
  }, 120_000);
  afterAll(async () => { await a?.close(); await b?.close(); }, 60_000);

  it('a scam call opened on one process and spoken on another raises its alerts, stored once, masked', async () => {
    const open = await call(a.base, 'POST', '/v1/sessions', { json: { channel: 'call', callerNumber: '17012345678', recipient: 'tel:13812345678' } });
    expect(open.status).toBe(201);
    const id = open.body.id as string;
    let last;
    for (const turn of SCAM_CALL) {
      last = await call(b.base, 'POST', `/v1/sessions/${id}/turns`, { json: turn, token: open.body.token });
      expect(last.status).toBe(200);
    }
    expect(last!.body.state.level).toBe('block');
    const card = await call(b.base, 'POST', `/v1/sessions/${id}/turns`, { json: { speaker: 'user', text: '我的卡号是6222021234567890123' }, token: open.body.token });
    expect(card.status).toBe(200);
    const read = await call(a.base, 'GET', `/v1/sessions/${id}`, { key: a.keys.staff });
    expect(read.status).toBe(200);
    expect(read.body.turns).toBe(SCAM_CALL.length + 1);
    expect(read.body.alerts.map((x: { level: string }) => x.level)).toEqual(['warn', 'block']);
    expect(read.body.transcript).toHaveLength(SCAM_CALL.length + 1);
    expect(JSON.stringify(read.body)).not.toContain('6222021234567890123');
    expect(read.body.callerNumber).not.toBe('17012345678');
    const alerts = await call(a.base, 'GET', `/v1/alerts?sessionId=${id}`, { key: a.keys.staff });
    expect(alerts.body.alerts.map((x: { level: string }) => x.level)).toEqual(['block', 'warn']);
    // Each stored alert has its citizen warning job, committed with it.
    const outbox = await call(b.base, 'GET', '/v1/outbox', { key: b.keys.staff });
    const mine = outbox.body.warnings.filter((w: { sessionId: string }) => w.sessionId === id);
    expect(mine).toHaveLength(2);
    expect(JSON.stringify(outbox.body)).not.toContain('13812345678');
    const patched = await call(b.base, 'PATCH', `/v1/alerts/${alerts.body.alerts[0].id}`, { key: b.keys.staff, json: { status: 'acknowledged' } });
    expect(patched.body.status).toBe('acknowledged');
  });

  it('a repeated turn seq is counted once, whichever process gets the retry', async () => {
    const open = await call(a.base, 'POST', '/v1/sessions', { json: { channel: 'call' } });
    const id = open.body.id as string;
    const first = await call(a.base, 'POST', `/v1/sessions/${id}/turns`, { json: { ...SCAM_CALL[0], seq: 1 }, token: open.body.token });
    const again = await call(b.base, 'POST', `/v1/sessions/${id}/turns`, { json: { ...SCAM_CALL[0], seq: 1 }, token: open.body.token });
    expect(first.status).toBe(200);
    expect(again.body.duplicate).toBe(true);
    expect(again.body.turn).toBe(first.body.turn);
    const gap = await call(b.base, 'POST', `/v1/sessions/${id}/turns`, { json: { ...SCAM_CALL[1], seq: 4 }, token: open.body.token });
    expect(gap.body.gap).toEqual({ expected: 2, received: 4, missing: 2 });
  });

  it('payment checks against the session, and an Idempotency-Key replayed by the other process', async () => {
    const open = await call(a.base, 'POST', '/v1/sessions', { key: a.keys.partner, json: { channel: 'call' } });
    const id = open.body.id as string;
    for (const turn of SCAM_CALL) await call(a.base, 'POST', `/v1/sessions/${id}/turns`, { key: a.keys.partner, json: turn });
    await call(a.base, 'POST', `/v1/sessions/${id}/turns`, { key: a.keys.partner, json: { speaker: 'caller', text: '请转到安全账户6222021234567890128' } });
    const headers = { 'idempotency-key': `pay-${id}` };
    const json = { sessionId: id, transfer: { amount: 5000, payeeNew: true }, payee: { account: '6222021234567890128' } };
    const check = await call(a.base, 'POST', '/v1/payment-check', { key: a.keys.partner, json, headers });
    expect(check.status).toBe(200);
    expect(check.body.decision).toBe('hold');
    expect(check.body.payeeMatch.account).toBe(true);
    const replay = await call(b.base, 'POST', '/v1/payment-check', { key: a.keys.partner, json, headers });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(check.body.id);
    const outcome = await call(b.base, 'POST', `/v1/payment-checks/${check.body.id}/outcome`, { key: a.keys.partner, json: { outcome: 'cancelled' } });
    expect(outcome.body.outcome).toBe('cancelled');
    const listed = await call(b.base, 'GET', '/v1/sessions', { key: a.keys.partner });
    expect(listed.body.sessions.map((s: { id: string }) => s.id)).toContain(id);
  });

  it('keys made on one process work on the other; the last admin key cannot be revoked', async () => {
    const made = await call(a.base, 'POST', '/v1/keys', { key: a.keys.admin, json: { role: 'partner', label: 'bank' } });
    expect(made.status).toBe(201);
    const use = await call(b.base, 'GET', '/v1/sessions', { key: made.body.key });
    expect(use.status).toBe(200);
    const revoked = await call(b.base, 'DELETE', `/v1/keys/${made.body.id}`, { key: b.keys.admin });
    expect(revoked.body.revoked).toBe(true);
    expect((await call(a.base, 'GET', '/v1/sessions', { key: made.body.key })).status).toBe(401);
    const audit = await call(a.base, 'GET', '/v1/audit', { key: a.keys.admin });
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toContain('key.revoke');
  });
});
