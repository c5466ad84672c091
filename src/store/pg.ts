/**
 * PostgreSQL for what the stream workers need (issue 11 §3, first part): the alert sink behind the
 * same `AlertSink` interface as SQLite's, and versioned migrations in ./migrations-pg/ applied each
 * once under an advisory lock (so several workers starting together apply them once). The rest of
 * the service's store is SQLite only for now (SCALING.md, "Not done yet").
 */
import pg from 'pg';
import type { AlertSink, StreamAlertRecord } from './stream.ts';
import { loadMigrations, type Migration, PG_MIGRATIONS_DIR } from './migrations.ts';
import { PgSql } from './sql-pg.ts';

export type PgMigration = Migration;

export function loadPgMigrations(dir = PG_MIGRATIONS_DIR): PgMigration[] {
  return loadMigrations(dir);
}

/** A pool for `url` (postgres://…), with the schema brought up to date. */
export async function openPg(url: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  try {
    await migratePg(pool);
  } catch (e) {
    await pool.end();
    throw e;
  }
  return pool;
}

/** Applies the migrations not yet recorded in schema_migrations; returns the versions applied (sql-pg.ts). */
export function migratePg(pool: pg.Pool): Promise<number[]> {
  return new PgSql(pool).migrate();
}

/** The stream workers' alerts in PostgreSQL: one transaction per batch, a repeated alert ignored. */
export class PgAlertSink implements AlertSink {
  constructor(private readonly pool: pg.Pool) {}

  async record(batch: readonly StreamAlertRecord[]): Promise<void> {
    if (batch.length === 0) return;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const r of batch) {
        const s = r.session;
        await client.query(`INSERT INTO sessions (id, channel, lang, caller_number, claimed_identity, recipient, status,
            turns, level, risk, verdict, snapshot_json, created_at, updated_at, ended_at)
          VALUES ($1, $2, $3, $4, $5, NULL, 'active', $6, $7, $8, $9, $10, $11, $11, NULL)
          ON CONFLICT (id) DO UPDATE SET turns = excluded.turns, level = excluded.level, risk = excluded.risk,
            verdict = excluded.verdict, snapshot_json = excluded.snapshot_json, updated_at = excluded.updated_at
          WHERE excluded.turns > sessions.turns`,
        [s.id, s.channel, s.lang, s.caller_number, s.claimed_identity, s.turns, s.level, s.risk, s.verdict, s.snapshot_json, r.at]);
        const a = r.alert;
        await client.query(`INSERT INTO alerts (id, session_id, level, risk, verdict, turn, tactics_json, advice_json,
            evidence_json, status, created_at, updated_at)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'new', $10, $10) ON CONFLICT (id) DO NOTHING`,
        [a.id, s.id, a.level, a.risk, a.verdict, a.turn, a.tactics_json, a.advice_json, a.evidence_json, r.at]);
      }
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }
}
