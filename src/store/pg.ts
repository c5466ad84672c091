/**
 * PostgreSQL helpers over a bare pool (older callers and tests): the migrations of ./migrations-pg/
 * and the workers' alert sink. The store itself is `openStore({ pg })` (src/store/open.ts) over
 * the SQL port (src/store/sql-pg.ts).
 */
import pg from 'pg';
import { SqlAlertSink, type SqliteSinkOptions } from './stream.ts';
import { loadMigrations, type Migration, PG_MIGRATIONS_DIR } from './migrations.ts';
import { PG_TYPES, PgSql } from './sql-pg.ts';

export type PgMigration = Migration;

export function loadPgMigrations(dir = PG_MIGRATIONS_DIR): PgMigration[] {
  return loadMigrations(dir);
}

/** A pool for `url` (postgres://…), with the schema brought up to date. */
export async function openPg(url: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: 4, types: PG_TYPES });
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

/**
 * The stream workers' alerts in PostgreSQL: the same sink as SQLite's (src/store/stream.ts) over
 * the PostgreSQL port, so a worker's alerts, warning jobs and sightings land in the same tables
 * the console of `fanzha serve --pg` reads. Kept for callers holding a bare pool.
 */
export class PgAlertSink extends SqlAlertSink {
  constructor(pool: pg.Pool, options: SqliteSinkOptions = {}) {
    super(new PgSql(pool), options);
  }
}
