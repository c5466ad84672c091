import { describe, expect, it } from 'vitest';
import { call, SCAM_CALL, start } from './helpers.ts';
import type { Sql } from '../../src/store/sql.ts';
import { parseServeArgs } from '../../src/server/config.ts';

const DAY = 24 * 60 * 60_000;
const count = async (db: Sql, sql: string, ...args: string[]) => (await db.get<{ n: number }>(sql, args))!.n;

describe('retention', () => {
  it('turns go after 30 days, sessions and closed alerts after 180; open alerts stay', async () => {
    let t = Date.UTC(2026, 0, 1);
    const first = await start({ now: () => t });
    const quiet = (await call(first.base, 'POST', '/v1/sessions', { json: {} })).body.id as string;
    await call(first.base, 'POST', `/v1/sessions/${quiet}/turns`, { json: { speaker: 'user', text: '喂，你好' } });
    await call(first.base, 'POST', `/v1/sessions/${quiet}/end`);
    const scam = (await call(first.base, 'POST', '/v1/sessions', { json: {} })).body.id as string;
    for (const turn of SCAM_CALL) await call(first.base, 'POST', `/v1/sessions/${scam}/turns`, { json: turn });
    await call(first.base, 'POST', `/v1/sessions/${scam}/end`);
    const open = (await call(first.base, 'POST', '/v1/sessions', { json: {} })).body.id as string;
    for (const turn of SCAM_CALL) await call(first.base, 'POST', `/v1/sessions/${open}/turns`, { json: turn });
    await call(first.base, 'POST', `/v1/sessions/${open}/end`);
    await call(first.base, 'POST', '/v1/payment-check', { key: first.keys.partner, json: { transfer: { amount: 10, payeeNew: false } } });
    await first.app.store.sql.run("UPDATE alerts SET status = 'closed' WHERE session_id = ?", [scam]);
    await first.app.close();

    // 31 days later (the purge runs at start): transcripts gone, the records stay.
    t += 31 * DAY;
    const second = await start({ dbPath: first.dbPath, now: () => t });
    const db = second.app.store.sql;
    expect(await count(db, 'SELECT count(*) AS n FROM turns')).toBe(0);
    expect(await count(db, 'SELECT count(*) AS n FROM sessions WHERE id IN (?, ?, ?)', quiet, scam, open)).toBe(3);
    expect(await count(db, 'SELECT count(*) AS n FROM payment_checks')).toBe(1);
    const read = await call(second.base, 'GET', `/v1/sessions/${scam}`, { key: second.keys.staff });
    expect(read.status).toBe(200);
    expect(read.body.transcript).toEqual([]);
    await second.app.close();

    // 181 days: the quiet session, the closed alert and its session, the payment check are gone;
    // the alert still open (and its session) stays.
    t += 150 * DAY;
    const third = await start({ dbPath: first.dbPath, now: () => t });
    try {
      const db3 = third.app.store.sql;
      expect(await count(db3, 'SELECT count(*) AS n FROM sessions WHERE id = ?', quiet)).toBe(0);
      expect(await count(db3, 'SELECT count(*) AS n FROM sessions WHERE id = ?', scam)).toBe(0);
      expect(await count(db3, 'SELECT count(*) AS n FROM alerts WHERE session_id = ?', scam)).toBe(0);
      expect(await count(db3, 'SELECT count(*) AS n FROM sessions WHERE id = ?', open)).toBe(1);
      expect(await count(db3, 'SELECT count(*) AS n FROM alerts WHERE session_id = ?', open)).toBeGreaterThan(0);
      expect(await count(db3, 'SELECT count(*) AS n FROM payment_checks')).toBe(0);
    } finally {
      await third.close();
    }
  });

  it('ages are configurable by flag or environment', () => {
    expect(parseServeArgs([], {}).retention).toEqual({ turnsDays: 30, recordDays: 180 });
    expect(parseServeArgs(['--retention-days', '7', '--record-retention-days', '90'], {}).retention).toEqual({ turnsDays: 7, recordDays: 90 });
    expect(parseServeArgs([], { FANZHA_RETENTION_DAYS: '14' }).retention.turnsDays).toBe(14);
    expect(() => parseServeArgs(['--retention-days', '0'], {})).toThrow();
  });
});

describe('admin keys', () => {
  it('the last admin key cannot be revoked (409, with the reason)', async () => {
    const s = await start();
    try {
      // The helper made one admin key; revoke any other admins first so it is the last.
      const keys = (await call(s.base, 'GET', '/v1/keys', { key: s.keys.admin })).body.keys as { id: string; role: string; revokedAt: string | null }[];
      const adminId = s.keys.admin.split('_')[1]!;
      const second = await call(s.base, 'POST', '/v1/keys', { key: s.keys.admin, json: { role: 'admin' } });
      expect((await call(s.base, 'DELETE', `/v1/keys/${second.body.id}`, { key: s.keys.admin })).status).toBe(200);
      expect(keys.filter((k) => k.role === 'admin' && k.revokedAt === null).map((k) => k.id)).toEqual([adminId]);
      const last = await call(s.base, 'DELETE', `/v1/keys/${adminId}`, { key: s.keys.admin });
      expect(last.status).toBe(409);
      expect(last.body.error.code).toBe('last_admin_key');
      expect(last.body.error.message).toContain('last admin key');
      expect((await call(s.base, 'GET', '/v1/keys', { key: s.keys.admin })).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('FANZHA_ADMIN_KEY revoked through the API never works again, even after a restart with it still set', async () => {
    const envKey = 'env-admin-key-0123456789abcdef';
    const first = await start({ adminKey: envKey });
    const keys = (await call(first.base, 'GET', '/v1/keys', { key: envKey })).body.keys as { id: string; label: string }[];
    const envId = keys.find((k) => k.label === 'FANZHA_ADMIN_KEY')!.id;
    expect((await call(first.base, 'DELETE', `/v1/keys/${envId}`, { key: first.keys.admin })).status).toBe(200);
    expect((await call(first.base, 'GET', '/v1/keys', { key: envKey })).status).toBe(401);
    await first.app.close();
    const second = await start({ dbPath: first.dbPath, adminKey: envKey });
    try {
      expect((await call(second.base, 'GET', '/v1/keys', { key: envKey })).status).toBe(401);
    } finally {
      await second.close();
    }
  });
});
