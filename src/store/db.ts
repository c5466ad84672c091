/**
 * The service's one SQLite file: open it in WAL mode and bring the schema up to date.
 * Migrations are append-only: a released step is never edited, a new one is added.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrateSqlite } from './sql-sqlite.ts';

export type SyncMode = 'NORMAL' | 'FULL';
export type Db = Database.Database;

export function openDb(path: string, sync: SyncMode = 'NORMAL'): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // First, so that another process opening the same file at once waits instead of failing.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit is in the OS page cache before we reply, so it survives the
  // process being killed (SIGKILL); FULL also survives power loss, at an fsync per commit.
  db.pragma(`synchronous = ${sync}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/** Applies the SQLite migrations not yet recorded; returns the versions applied (sql-sqlite.ts). */
export function migrate(db: Db): number[] {
  return migrateSqlite(db);
}

export function closeDb(db: Db): void {
  if (!db.open) return;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
