/**
 * The SQL port (src/store/sql.ts) over better-sqlite3: the embedded default for one machine.
 *
 * better-sqlite3 is synchronous, so a statement runs to completion inside the call; what needs
 * care is the transaction. `tx` holds the handle across `await`s, so a statement from another
 * request arriving meanwhile would silently run inside (and commit or roll back with) someone
 * else's transaction. Hence an async lock: while a transaction is open, statements and other
 * transactions of the handle queue behind it (FIFO). Calls made from inside the transaction's
 * async context (AsyncLocalStorage) join it instead of waiting for it, so code that reaches the
 * outer handle by mistake does not deadlock. Nested `tx` is a SAVEPOINT.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Sql, SqlRunResult, SqlValue } from './sql.ts';
import { loadMigrations, type Migration, SQLITE_MIGRATIONS_DIR } from './migrations.ts';

export type SyncMode = 'NORMAL' | 'FULL';

export interface SqliteOptions {
  /** NORMAL (default): survives the process being killed; FULL: also power loss (fsync per commit). */
  sync?: SyncMode;
}

type Statement = Database.Statement<unknown[], unknown>;

/** Statements prepared once per distinct text; a bounded cache (texts are code constants, so few). */
const CACHE_LIMIT = 2000;

function bind(params: readonly SqlValue[]): unknown[] {
  // better-sqlite3 takes Buffers, not bare Uint8Arrays.
  return params.map((p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p));
}

interface Scope { owner: SqliteSql; q: SqliteTx }

export class SqliteSql implements Sql {
  readonly engine = 'sqlite' as const;
  private readonly cache = new Map<string, Statement>();
  private readonly als = new AsyncLocalStorage<Scope>();
  /** Holders and waiters of the transaction lock. */
  private pending = 0;
  private tail: Promise<void> = Promise.resolve();
  private closed = false;

  /** The raw handle, for the migration runner and tests only: store code uses the port. */
  constructor(readonly db: Database.Database) {}

  /** Prepared once per text (linear in the statement's length, then a map lookup). */
  statement(sql: string): Statement {
    if (this.closed || !this.db.open) throw new Error('the SQLite store is closed');
    let s = this.cache.get(sql);
    if (!s) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  private scope(): SqliteTx | undefined {
    const s = this.als.getStore();
    return s && s.owner === this && s.q.open ? s.q : undefined;
  }

  /** Runs `fn` now when no transaction is open, else after the open ones. */
  private queued<T>(fn: () => T): Promise<T> {
    if (this.pending === 0) {
      try {
        return Promise.resolve(fn());
      } catch (e) {
        return Promise.reject(e as Error);
      }
    }
    return this.locked(async () => fn());
  }

  private locked<T>(fn: () => Promise<T>): Promise<T> {
    const prev = this.tail;
    let release!: () => void;
    const mine = new Promise<void>((r) => { release = r; });
    this.tail = prev.then(() => mine);
    this.pending++;
    return prev.then(fn).finally(() => {
      this.pending--;
      release();
    });
  }

  all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const inTx = this.scope();
    if (inTx) return inTx.all<T>(sql, params);
    return this.queued(() => this.statement(sql).all(...bind(params)) as T[]);
  }

  get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    const inTx = this.scope();
    if (inTx) return inTx.get<T>(sql, params);
    return this.queued(() => this.statement(sql).get(...bind(params)) as T | undefined);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<SqlRunResult> {
    const inTx = this.scope();
    if (inTx) return inTx.run(sql, params);
    return this.queued(() => ({ changes: this.statement(sql).run(...bind(params)).changes }));
  }

  tx<T>(fn: (q: Sql) => Promise<T>): Promise<T> {
    const inTx = this.scope();
    if (inTx) return inTx.tx(fn);
    return this.locked(async () => {
      if (this.closed || !this.db.open) throw new Error('the SQLite store is closed');
      // IMMEDIATE takes the write lock now: another process's writer waits (busy_timeout) here,
      // not at the first write halfway through, where it could only fail.
      this.db.exec('BEGIN IMMEDIATE');
      const q = new SqliteTx(this);
      try {
        const out = await this.als.run({ owner: this, q }, () => fn(q));
        q.open = false;
        this.db.exec('COMMIT');
        return out;
      } catch (e) {
        q.open = false;
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      }
    });
  }

  /** Applies the migrations not yet recorded; returns the versions applied (see migrateSqlite). */
  migrate(migrations?: readonly Migration[]): Promise<number[]> {
    return this.locked(async () => migrateSqlite(this.db, migrations));
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return this.locked(async () => {
      if (this.closed) return;
      this.closed = true;
      this.cache.clear();
      if (!this.db.open) return;
      if (!this.db.memory) this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.close();
    });
  }
}

/** The `q` a transaction's function is given: statements run directly (the lock is held). */
class SqliteTx implements Sql {
  readonly engine = 'sqlite' as const;
  open = true;
  private depth = 0;

  constructor(private readonly root: SqliteSql) {}

  private check(): void {
    if (!this.open) throw new Error('this transaction has already finished: use the store, not the q of a finished tx');
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    this.check();
    return this.root.statement(sql).all(...bind(params)) as T[];
  }

  async get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    this.check();
    return this.root.statement(sql).get(...bind(params)) as T | undefined;
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<SqlRunResult> {
    this.check();
    return { changes: this.root.statement(sql).run(...bind(params)).changes };
  }

  /** Nested: a SAVEPOINT inside the outer transaction; a throw undoes only the nested part. */
  async tx<T>(fn: (q: Sql) => Promise<T>): Promise<T> {
    this.check();
    const name = `sp${++this.depth}`;
    const db = this.root.db;
    db.exec(`SAVEPOINT ${name}`);
    try {
      const out = await fn(this);
      db.exec(`RELEASE ${name}`);
      return out;
    } catch (e) {
      if (db.inTransaction) {
        db.exec(`ROLLBACK TO ${name}`);
        db.exec(`RELEASE ${name}`);
      }
      throw e;
    } finally {
      this.depth--;
    }
  }

  async close(): Promise<void> {
    throw new Error('close the store, not a transaction');
  }
}

/** Opens (creating the directory) with WAL, busy_timeout and foreign keys as the service always had. */
export function openSqliteDb(path: string, sync: SyncMode = 'NORMAL'): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // First, so that another process opening the same file at once waits instead of failing.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit is in the OS page cache before we reply, so it survives the
  // process being killed (SIGKILL); FULL also survives power loss, at an fsync per commit.
  db.pragma(`synchronous = ${sync}`);
  db.pragma('foreign_keys = ON');
  return db;
}

/** A migrated SQLite store at `path` (':memory:' for a throwaway one). */
export async function openSqlite(path: string, options: SqliteOptions = {}): Promise<SqliteSql> {
  const db = openSqliteDb(path, options.sync ?? 'NORMAL');
  const sql = new SqliteSql(db);
  try {
    await sql.migrate();
  } catch (e) {
    db.close();
    throw e;
  }
  return sql;
}

/**
 * Applies, in version order, each migration not yet in schema_migrations. Each is checked again
 * inside a write-locked (IMMEDIATE) transaction: several processes opening one file at once
 * (stream workers, `fanzha serve`) apply each migration once; the others wait and skip it.
 */
export function migrateSqlite(db: Database.Database, migrations: readonly Migration[] = loadMigrations(SQLITE_MIGRATIONS_DIR)): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const applied: number[] = [];
  const apply = db.transaction((m: Migration): boolean => {
    if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version)) return false;
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, Date.now());
    return true;
  });
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    if (apply.immediate(m)) applied.push(m.version);
  }
  return applied;
}
