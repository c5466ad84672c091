import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { HAVE_PG, startPostgres, type TestPostgres } from './postgres.ts';
import { HAVE_REDIS, startRedis, type TestRedis } from './redis.ts';
import { migratePg, openPg, PgAlertSink, loadPgMigrations } from '../../src/store/pg.ts';
import { StreamWorker } from '../../src/stream/worker.ts';
import { ingest } from '../../src/stream/ingest.ts';
import { alertId } from '../../src/stream/events.ts';
import { demoEvents, singleProcessAlerts } from '../../src/stream/demo.ts';

(HAVE_PG && HAVE_REDIS ? describe : describe.skip)('PostgreSQL store for stream workers (a real local PostgreSQL)', () => {
  let server: TestPostgres;
  let redis: TestRedis;
  beforeAll(async () => { server = await startPostgres(); redis = await startRedis(); }, 120_000);
  afterAll(async () => { await redis?.stop(); await server?.stop(); }, 60_000);

  it('applies each migration once, also when several processes start together', async () => {
    const pools = [new pg.Pool({ connectionString: server.url }), new pg.Pool({ connectionString: server.url }), new pg.Pool({ connectionString: server.url })];
    const applied = await Promise.all(pools.map((p) => migratePg(p)));
    expect(applied.flat().sort()).toEqual(loadPgMigrations().map((m) => m.version));
    const { rows } = await pools[0]!.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r: { version: number }) => r.version)).toEqual(loadPgMigrations().map((m) => m.version));
    expect(await migratePg(pools[0]!)).toEqual([]);
    await Promise.all(pools.map((p) => p.end()));
  }, 60_000);

  it('a worker with the PostgreSQL sink stores exactly the single-process alerts, once each, masked', async () => {
    const pool = await openPg(server.url);
    const { events } = demoEvents(20);
    const withCard = { session: 'card-1', seq: 0, speaker: 'caller' as const, channel: 'call' as const,
      text: '我是淘宝客服，您的订单有质量问题给您退款，把您的银行卡号6222021234567890123和验证码报给我' };
    const all = [...events, withCard];
    const expected = singleProcessAlerts(all);
    await ingest(redis.client(), (async function* () { for (const e of all) yield JSON.stringify(e); })(), { prefix: 'pg', partitions: 4 });
    const sink = new PgAlertSink(pool);
    const w = new StreamWorker({ redis: redis.client(), prefix: 'pg', leaseMs: 2000, blockMs: 50, sink });
    const done = w.start();
    const r = redis.client();
    const end = Date.now() + 30_000;
    for (;;) {
      let left = 0;
      for (let p = 0; p < 4; p++) left += await r.xlen(`{pg:${p}}:events`);
      if (left === 0 || Date.now() > end) break;
      await new Promise((res) => setTimeout(res, 25));
    }
    await w.stop();
    await done;
    const { rows } = await pool.query('SELECT id, session_id, level, turn, evidence_json FROM alerts');
    expect(rows.length).toBe([...expected.values()].flat().length);
    for (const row of rows as { id: string; session_id: string; level: string; turn: number }[]) {
      expect(row.id).toBe(alertId(row.session_id, row.level));
      expect(expected.get(row.session_id)?.some((a) => a.level === row.level && a.turn === row.turn)).toBe(true);
    }
    const card = (rows as { session_id: string; evidence_json: string }[]).filter((x) => x.session_id === 'card-1');
    expect(card.length).toBeGreaterThan(0);
    expect(card.map((x) => x.evidence_json).join('')).not.toContain('6222021234567890123');
    // A redelivered batch writes nothing new.
    const again = (rows as { id: string; session_id: string; level: string; turn: number }[]).map((x) => ({
      session: { id: x.session_id, channel: 'call', lang: 'zh', caller_number: null, claimed_identity: null, turns: 1, level: x.level, risk: 1, verdict: 'scam', snapshot_json: '{}' },
      alert: { id: x.id, level: x.level, risk: 1, verdict: 'scam', turn: x.turn, tactics_json: '[]', advice_json: '[]', evidence_json: '[]' },
      at: Date.now(),
    }));
    await sink.record(again);
    const { rows: count } = await pool.query('SELECT count(*)::int AS n FROM alerts');
    expect(count[0].n).toBe(rows.length);
    await pool.end();
  }, 90_000);
});
