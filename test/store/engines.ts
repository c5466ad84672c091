/**
 * The store tests run on both engines: `describe.each(ENGINES)` and `useStore(engine)` in the
 * suite. SQLite is a fresh file per suite; PostgreSQL is one throwaway server per test file
 * (test/stream/postgres.ts, started on first use, stopped after the file), or on the PostgreSQL
 * run the run's one server (test/pg-global.ts), with a fresh database per suite. Without PostgreSQL installed, only SQLite runs (and a warning says so).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import pg from 'pg';
import type { Sql, SqlEngine } from '../../src/store/sql.ts';
import { openStore } from '../../src/store/open.ts';
import { HAVE_PG, startPostgres, type TestPostgres } from '../stream/postgres.ts';

export const ENGINES: SqlEngine[] = HAVE_PG ? ['sqlite', 'pg'] : ['sqlite'];

let server: Promise<TestPostgres> | null = null;
/** The run's one cluster when vitest's globalSetup started it (test/pg-global.ts: the PostgreSQL run); else ''. */
const shared = inject('sharedPgUrl') ?? '';
let databases = 0;
const dirs: string[] = [];

afterAll(async () => {
  if (server) await (await server).stop();
  server = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}, 60_000);

/** The throwaway server's URL for a new, empty database. */
export async function freshPgUrl(): Promise<string> {
  const url = shared || (await (server ??= startPostgres())).url;
  const name = `t${process.pid}_${++databases}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return url.replace(/\/postgres$/, `/${name}`);
}

/** A new SQLite file path in a temp dir removed after the test file. */
export function freshSqlitePath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fanzha-store-'));
  dirs.push(dir);
  return join(dir, 'fanzha.db');
}

/** A migrated, empty store on `engine`. */
export async function openTestStore(engine: SqlEngine): Promise<Sql> {
  return engine === 'pg' ? openStore({ pg: await freshPgUrl() }) : openStore({ sqlite: freshSqlitePath() });
}

/** Opens a fresh store before the suite's tests and closes it after; call inside the describe. */
export function useStore(engine: SqlEngine): () => Sql {
  let sql: Sql | null = null;
  beforeAll(async () => { sql = await openTestStore(engine); }, 120_000);
  afterAll(async () => { await sql?.close(); }, 60_000);
  return () => {
    if (!sql) throw new Error('the store is not open yet');
    return sql;
  };
}
