/**
 * The service's one SQLite file: open it in WAL mode and bring the schema up to date.
 * Migrations are append-only: a released step is never edited, a new one is added.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type SyncMode = 'NORMAL' | 'FULL';
export type Db = Database.Database;

const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        channel TEXT NOT NULL,
        lang TEXT,
        caller_number TEXT,          -- masked
        claimed_identity TEXT,
        recipient TEXT,              -- opaque notification target, masked
        status TEXT NOT NULL,        -- active | ended | expired
        turns INTEGER NOT NULL DEFAULT 0,
        level TEXT NOT NULL DEFAULT 'none',
        risk INTEGER NOT NULL DEFAULT 0,
        verdict TEXT NOT NULL DEFAULT 'safe',
        snapshot_json TEXT,          -- engine snapshot (strings masked); the state is derived from it
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        ended_at INTEGER
      );
      CREATE INDEX sessions_status_updated ON sessions(status, updated_at);

      CREATE TABLE turns (
        session_id TEXT NOT NULL REFERENCES sessions(id),
        idx INTEGER NOT NULL,
        speaker TEXT NOT NULL,
        text TEXT,                   -- masked; NULL when only evidence is kept
        created_at INTEGER NOT NULL,
        PRIMARY KEY (session_id, idx)
      ) WITHOUT ROWID;

      CREATE TABLE alerts (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        level TEXT NOT NULL,
        risk INTEGER NOT NULL,
        verdict TEXT NOT NULL,
        turn INTEGER NOT NULL,
        tactics_json TEXT NOT NULL,  -- tactic ids
        advice_json TEXT NOT NULL,
        evidence_json TEXT NOT NULL, -- tactic hits with masked evidence spans
        status TEXT NOT NULL DEFAULT 'new',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX alerts_created ON alerts(created_at);
      CREATE INDEX alerts_session ON alerts(session_id);

      CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        alert_id TEXT,
        session_id TEXT,
        recipient TEXT,
        level TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );

      CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        role TEXT NOT NULL,
        label TEXT,
        salt TEXT NOT NULL,
        hash TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        revoked_at INTEGER
      );

      CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        key_id TEXT NOT NULL,
        role TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT,
        detail_json TEXT
      );

      CREATE TABLE payment_checks (
        id TEXT PRIMARY KEY,
        key_id TEXT NOT NULL,
        session_id TEXT,
        decision TEXT NOT NULL,
        rules_json TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
    `,
  },
];

export function openDb(path: string, sync: SyncMode = 'NORMAL'): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit is in the OS page cache before we reply, so it survives the
  // process being killed (SIGKILL); FULL also survives power loss, at an fsync per commit.
  db.pragma(`synchronous = ${sync}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

export function migrate(db: Db): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, Date.now());
    })();
    applied.push(m.version);
  }
  return applied;
}

export function closeDb(db: Db): void {
  if (!db.open) return;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
