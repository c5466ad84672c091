/**
 * PostgreSQL for what the stream workers need (issue 11 §3, first part): the alert sink behind the
 * same `AlertSink` interface as SQLite's, and versioned migrations in ./migrations-pg/ applied each
 * once under an advisory lock (so several workers starting together apply them once). The rest of
 * the service's store is SQLite only for now (SCALING.md, "Not done yet").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { AlertSink, StreamAlertRecord } from './stream.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations-pg/', import.meta.url));
/** Any fixed number: the advisory lock every fanzha process takes while migrating. */
const MIGRATION_LOCK = 0x66a2;

export interface PgMigration { version: number; name: string; sql: string }

export function loadPgMigrations(dir = MIGRATIONS_DIR): PgMigration[] {
  const out: PgMigration[] = [];
  for (const file of readdirSync(dir)) {
    const m = /^(\d{4})-([a-z0-9-]+)\.sql$/.exec(file);
    if (m) out.push({ version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, file), 'utf8') });
  }
  out.sort((a, b) => a.version - b.version);
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.version === out[i - 1]!.version) throw new Error(`two PostgreSQL migrations share version ${out[i]!.version}`);
  }
  return out;
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

/** Applies the migrations not yet recorded in schema_migrations; returns the versions applied. */
export async function migratePg(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    for (const m of loadPgMigrations()) {
      await client.query('BEGIN');
      try {
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
          version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`);
        const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
        if (done.rowCount === 0) {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, Date.now()]);
          applied.push(m.version);
        }
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    }
  } finally {
    client.release();
  }
  return applied;
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
