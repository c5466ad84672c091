/**
 * The service's one SQLite file: open it in WAL mode and bring the schema up to date.
 * Migrations are append-only: a released step is never edited, a new one is added.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

export type SyncMode = 'NORMAL' | 'FULL';
export type Db = Database.Database;

/**
 * Migrations are SQL files in ./migrations named `NNNN-name.sql`, applied in version order, each
 * once (the applied versions are recorded in schema_migrations, so a lower number added later is
 * still applied). Append-only: a released file is never edited, a new one is added. Each piece of
 * work takes its own number, so parallel changes never touch the same file.
 */
const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration { version: number; name: string; sql: string }

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const out: Migration[] = [];
  for (const file of readdirSync(dir)) {
    const m = /^(\d{4})-([a-z0-9-]+)\.sql$/.exec(file);
    if (!m) continue;
    out.push({ version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, file), 'utf8') });
  }
  out.sort((a, b) => a.version - b.version);
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.version === out[i - 1]!.version) throw new Error(`two migrations share version ${out[i]!.version}`);
  }
  return out;
}

const MIGRATIONS = loadMigrations();

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

export function migrate(db: Db): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const applied: number[] = [];
  // Checked again inside a write-locked (IMMEDIATE) transaction: several processes opening one file
  // at once (stream workers, `fanzha serve`) apply each migration once, the others wait and skip it.
  const apply = db.transaction((m: Migration): boolean => {
    if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version)) return false;
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, Date.now());
    return true;
  });
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    if (apply.immediate(m)) applied.push(m.version);
  }
  return applied;
}

export function closeDb(db: Db): void {
  if (!db.open) return;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
