import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, SCAM_CALL, start, type Running, rawDb, itSqliteFile } from './helpers.ts';

let s: Running;
beforeAll(async () => { s = await start({ adminKey: 'env-admin-key-0123456789abcdef' }); });
afterAll(async () => { await s.close(); });

const transfer = { amount: 100, payeeNew: false };

describe('API keys and roles', () => {
  it('staff endpoints need a staff (or admin) key', async () => {
    expect((await call(s.base, 'GET', '/v1/alerts')).status).toBe(401);
    expect((await call(s.base, 'GET', '/v1/alerts', { key: 'fzk_000000000000_' + 'x'.repeat(43) })).status).toBe(401);
    expect((await call(s.base, 'GET', '/v1/alerts', { key: s.keys.partner })).status).toBe(403);
    expect((await call(s.base, 'GET', '/v1/alerts', { key: s.keys.staff })).status).toBe(200);
    expect((await call(s.base, 'GET', '/v1/alerts', { key: s.keys.admin })).status).toBe(200);
    expect((await call(s.base, 'GET', '/v1/outbox', { key: s.keys.partner })).status).toBe(403);
    const stream = await fetch(`${s.base}/v1/alerts/stream`);
    expect(stream.status).toBe(401);
    await stream.body?.cancel();
  });

  it('the payment check needs a partner key', async () => {
    expect((await call(s.base, 'POST', '/v1/payment-check', { json: { transfer } })).status).toBe(401);
    expect((await call(s.base, 'POST', '/v1/payment-check', { json: { transfer }, key: s.keys.staff })).status).toBe(403);
    expect((await call(s.base, 'POST', '/v1/payment-check', { json: { transfer }, key: s.keys.partner })).status).toBe(200);
  });

  it('FANZHA_ADMIN_KEY works as an admin key; admin creates and revokes keys', async () => {
    const admin = 'env-admin-key-0123456789abcdef';
    expect((await call(s.base, 'GET', '/v1/audit', { key: s.keys.staff })).status).toBe(403);
    const created = await call(s.base, 'POST', '/v1/keys', { key: admin, json: { role: 'staff', label: '值班民警' } });
    expect(created.status).toBe(201);
    const newKey = created.body.key as string;
    expect((await call(s.base, 'GET', '/v1/alerts', { key: newKey })).status).toBe(200);
    const listed = await call(s.base, 'GET', '/v1/keys', { key: admin });
    expect(listed.text).not.toContain(newKey);
    expect((await call(s.base, 'DELETE', `/v1/keys/${created.body.id}`, { key: admin })).status).toBe(200);
    expect((await call(s.base, 'GET', '/v1/alerts', { key: newKey })).status).toBe(401);
  });

  itSqliteFile('keys are stored hashed, never in clear', () => {
    rawDb(s.app.store).pragma('wal_checkpoint(TRUNCATE)');
    const raw = readFileSync(s.dbPath).toString('latin1');
    for (const key of [s.keys.staff, s.keys.partner, s.keys.admin, 'env-admin-key-0123456789abcdef']) {
      expect(raw).not.toContain(key);
      expect(raw).not.toContain(key.slice(-20));
    }
  });

  it('staff actions are in the audit log (who, what, when), readable by admin', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    for (const turn of SCAM_CALL) await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: turn });
    const list = await call(s.base, 'GET', `/v1/alerts?sessionId=${opened.body.id}`, { key: s.keys.staff });
    const alertId = list.body.alerts[0].id;
    await call(s.base, 'GET', `/v1/alerts/${alertId}`, { key: s.keys.staff });
    await call(s.base, 'PATCH', `/v1/alerts/${alertId}`, { key: s.keys.staff, json: { status: 'acknowledged' } });
    const audit = await call(s.base, 'GET', '/v1/audit', { key: s.keys.admin });
    expect(audit.status).toBe(200);
    const staffId = s.keys.staff.split('_')[1];
    const update = audit.body.entries.find((e: { action: string; target: string }) => e.action === 'alert.update' && e.target === alertId);
    expect(update).toMatchObject({ keyId: staffId, role: 'staff', detail: { from: 'new', to: 'acknowledged' } });
    expect(Date.parse(update.at)).toBeGreaterThan(Date.now() - 60_000);
    expect(audit.body.entries.some((e: { action: string }) => e.action === 'alert.view')).toBe(true);
    expect(audit.body.entries.some((e: { action: string }) => e.action === 'key.create')).toBe(true);
  });

  it('a database with the admin key already set is not given a second one', async () => {
    const row = await s.app.store.sql.get<{ n: number }>("SELECT count(*) AS n FROM api_keys WHERE label = 'FANZHA_ADMIN_KEY'");
    expect(row!.n).toBe(1);
  });
});
