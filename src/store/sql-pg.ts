/**
 * The SQL port (src/store/sql.ts) over node-postgres: the shared store for several `fanzha serve`
 * processes and stream workers.
 *
 * - `?` placeholders become `$1…$n`, once per statement text (cached): one linear scan that skips
 *   quoted literals, quoted identifiers, dollar-quoted bodies and comments.
 * - BIGINT (int8: ms times, COUNT, SUM) and NUMERIC come back as JS numbers, as on SQLite; a value
 *   outside ±2^53 is an error rather than a silently wrong number.
 * - `tx` takes one pooled client for the whole transaction. Calls made from inside the
 *   transaction's async context (AsyncLocalStorage) join it, so code that reaches the outer handle
 *   by mistake neither misses its own uncommitted rows nor waits on its own row locks.
 *   Nested `tx` is a SAVEPOINT.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { Sql, SqlRunResult, SqlValue } from './sql.ts';
import { loadMigrations, type Migration, PG_MIGRATIONS_DIR } from './migrations.ts';

/** Any fixed number: the advisory lock every fanzha process takes while migrating. */
export const MIGRATION_LOCK = 0x66a2;

/** Attempts of a transaction that PostgreSQL aborted as a serialization failure or deadlock. */
const TX_ATTEMPTS = 8;
const INT8 = 20;
const NUMERIC = 1700;

function toSafeNumber(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) && Number.isInteger(n)) throw new RangeError(`integer ${text} does not fit a JS number`);
  return n;
}

/** Type parsers for a pool: int8 and numeric as JS numbers (see the module comment). */
export const PG_TYPES = {
  getTypeParser(oid: number, format?: string) {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => toSafeNumber(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

/**
 * `?` → `$n` outside string literals ('…', E'…' with backslash escapes), quoted identifiers
 * ("…"), dollar quotes ($tag$…$tag$) and comments (-- …, /* … *\/). One pass, O(length).
 */
export function numberPlaceholders(sql: string): string {
  let out = '';
  let from = 0;
  let n = 0;
  const len = sql.length;
  let i = 0;
  while (i < len) {
    const c = sql.charCodeAt(i);
    if (c === 63 /* ? */) {
      out += sql.slice(from, i) + '$' + ++n;
      from = ++i;
    } else if (c === 39 /* ' */) {
      const prev = i > 0 ? sql[i - 1]! : '';
      const escapes = (prev === 'E' || prev === 'e') && (i < 2 || !/[A-Za-z0-9_]/.test(sql[i - 2]!));
      i++;
      while (i < len) {
        const d = sql.charCodeAt(i);
        if (escapes && d === 92 /* \ */) { i += 2; continue; }
        i++;
        if (d === 39) {
          if (sql.charCodeAt(i) === 39) { i++; continue; } // '' inside the literal
          break;
        }
      }
    } else if (c === 34 /* " */) {
      const end = sql.indexOf('"', i + 1);
      i = end < 0 ? len : end + 1;
    } else if (c === 45 /* - */ && sql.charCodeAt(i + 1) === 45) {
      const end = sql.indexOf('\n', i + 2);
      i = end < 0 ? len : end + 1;
    } else if (c === 47 /* / */ && sql.charCodeAt(i + 1) === 42 /* * */) {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? len : end + 2;
    } else if (c === 36 /* $ */) {
      const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 64));
      if (m && (i === 0 || !/[A-Za-z0-9_]/.test(sql[i - 1]!))) {
        const end = sql.indexOf(m[0], i + m[0].length);
        i = end < 0 ? len : end + m[0].length;
      } else i++;
    } else i++;
  }
  return from === 0 ? sql : out + sql.slice(from);
}

const CACHE_LIMIT = 2000;
const numbered = new Map<string, string>();

function translate(sql: string): string {
  let t = numbered.get(sql);
  if (t === undefined) {
    if (numbered.size >= CACHE_LIMIT) numbered.clear();
    t = numberPlaceholders(sql);
    numbered.set(sql, t);
  }
  return t;
}

function bind(params: readonly SqlValue[]): unknown[] {
  return params.map((p) => {
    if (typeof p === 'bigint') return p.toString();
    if (p instanceof Uint8Array && !Buffer.isBuffer(p)) return Buffer.from(p.buffer, p.byteOffset, p.byteLength);
    return p;
  });
}

type Queryable = pg.Pool | pg.PoolClient;

async function query<T>(on: Queryable, sql: string, params: readonly SqlValue[]): Promise<pg.QueryResult & { rows: T[] }> {
  return on.query({ text: translate(sql), values: bind(params) }) as Promise<pg.QueryResult & { rows: T[] }>;
}

interface Scope { owner: PgSql; q: PgTx }

export interface PgOptions {
  /** Connections in the pool (default 10). */
  max?: number;
}

export class PgSql implements Sql {
  readonly engine = 'pg' as const;
  private readonly als = new AsyncLocalStorage<Scope>();
  private closed = false;

  /** The pool, for the migration runner and tests only: store code uses the port. */
  constructor(readonly pool: pg.Pool) {
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
  }

  private scope(): PgTx | undefined {
    const s = this.als.getStore();
    return s && s.owner === this && s.q.open ? s.q : undefined;
  }

  private check(): void {
    if (this.closed) throw new Error('the PostgreSQL store is closed');
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const inTx = this.scope();
    if (inTx) return inTx.all<T>(sql, params);
    this.check();
    return (await query<T>(this.pool, sql, params)).rows;
  }

  async get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    const inTx = this.scope();
    if (inTx) return inTx.get<T>(sql, params);
    this.check();
    return (await query<T>(this.pool, sql, params)).rows[0];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<SqlRunResult> {
    const inTx = this.scope();
    if (inTx) return inTx.run(sql, params);
    this.check();
    return { changes: (await query(this.pool, sql, params)).rowCount ?? 0 };
  }

  /**
   * SERIALIZABLE, retried (up to TX_ATTEMPTS times, with a short random pause) when PostgreSQL
   * reports a serialization failure (40001) or a deadlock (40P01). That gives the store the
   * semantics it has on SQLite, where transactions run one at a time: a read-then-write inside
   * `fn` never loses a concurrent update. So `fn` may run more than once: it must touch nothing
   * but the database through `q` (publish events after `tx` resolves).
   */
  async tx<T>(fn: (q: Sql) => Promise<T>): Promise<T> {
    const inTx = this.scope();
    if (inTx) return inTx.tx(fn);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(fn);
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        if (attempt >= TX_ATTEMPTS || (code !== '40001' && code !== '40P01')) throw e;
        await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
      }
    }
  }

  private async once<T>(fn: (q: Sql) => Promise<T>): Promise<T> {
    this.check();
    const client = await this.pool.connect();
    let broken: Error | undefined;
    const q = new PgTx(client);
    try {
      await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
      const out = await this.als.run({ owner: this, q }, () => fn(q));
      q.open = false;
      await client.query('COMMIT');
      return out;
    } catch (e) {
      q.open = false;
      await client.query('ROLLBACK').catch((r: Error) => { broken = r; });
      throw e;
    } finally {
      // A client whose ROLLBACK failed is in an unknown state: destroy it rather than reuse it.
      client.release(broken);
    }
  }

  /**
   * Applies the migrations not yet in schema_migrations, each in its own transaction under
   * `pg_advisory_xact_lock`, so several processes starting at once apply each version once
   * (the others wait, then see it recorded). Returns the versions this call applied.
   */
  async migrate(migrations: readonly Migration[] = loadMigrations(PG_MIGRATIONS_DIR)): Promise<number[]> {
    this.check();
    const client = await this.pool.connect();
    const applied: number[] = [];
    try {
      for (const m of migrations) {
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
          await client.query('ROLLBACK').catch(() => undefined);
          throw new Error(`PostgreSQL migration ${m.version}-${m.name} failed: ${(e as Error).message}`);
        }
      }
    } finally {
      client.release();
    }
    return applied;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

/** The `q` a transaction's function is given: every statement on the transaction's client. */
class PgTx implements Sql {
  readonly engine = 'pg' as const;
  open = true;
  private depth = 0;

  constructor(private readonly client: pg.PoolClient) {}

  private check(): void {
    if (!this.open) throw new Error('this transaction has already finished: use the store, not the q of a finished tx');
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    this.check();
    return (await query<T>(this.client, sql, params)).rows;
  }

  async get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    this.check();
    return (await query<T>(this.client, sql, params)).rows[0];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<SqlRunResult> {
    this.check();
    return { changes: (await query(this.client, sql, params)).rowCount ?? 0 };
  }

  /** Nested: a SAVEPOINT inside the outer transaction; a throw undoes only the nested part. */
  async tx<T>(fn: (q: Sql) => Promise<T>): Promise<T> {
    this.check();
    const name = `sp${++this.depth}`;
    await this.client.query(`SAVEPOINT ${name}`);
    try {
      const out = await fn(this);
      await this.client.query(`RELEASE SAVEPOINT ${name}`);
      return out;
    } catch (e) {
      await this.client.query(`ROLLBACK TO SAVEPOINT ${name}`);
      await this.client.query(`RELEASE SAVEPOINT ${name}`);
      throw e;
    } finally {
      this.depth--;
    }
  }

  async close(): Promise<void> {
    throw new Error('close the store, not a transaction');
  }
}

/** `url` fit for a log or an error message: the password replaced by `***`. */
export function safePgUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

/** A migrated PostgreSQL store at `url` (postgres://user@host:port/db). */
export async function openPgSql(url: string, options: PgOptions = {}): Promise<PgSql> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types: PG_TYPES });
  const sql = new PgSql(pool);
  try {
    await sql.migrate();
  } catch (e) {
    await pool.end();
    throw e;
  }
  return sql;
}
