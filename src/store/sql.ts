/**
 * The one async port every store module talks to, so the same store code runs on embedded SQLite
 * (one machine, the default) and on PostgreSQL (several `fanzha serve` processes and stream workers
 * sharing one database). Adapters: `sql-sqlite.ts` (better-sqlite3) and `sql-pg.ts` (node-postgres).
 *
 * Portable SQL, written once for both engines:
 * - placeholders are `?`, bound in order (the PG adapter numbers them `$1…$n`);
 * - `INSERT … ON CONFLICT DO NOTHING` / `ON CONFLICT (…) DO UPDATE`, never `INSERT OR IGNORE/REPLACE`;
 * - times are epoch milliseconds in integer columns (BIGINT in PG, read back as JS numbers);
 *   flags are 0/1 integers; JSON is TEXT; `RETURNING` is allowed (SQLite ≥ 3.35);
 * - no engine catalogue queries (`sqlite_master`, `pg_catalog`) outside the adapters;
 * - every `?` needs a type from its context (a column it is compared with or stored in): PostgreSQL
 *   cannot type a bare `? IS NULL` or `SELECT ?`; build the condition only when the value is given;
 * - no `rowid`: order by an explicit column (an identity `seq`, see migrations 0070/0080);
 * - on PostgreSQL a transaction is SERIALIZABLE and may be run again (sql-pg.ts): its function
 *   must only touch the database through its `q`.
 */

/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | bigint | null | Uint8Array;

export interface SqlRunResult {
  /** Rows inserted, updated or deleted by the statement. */
  changes: number;
}

export type SqlEngine = 'sqlite' | 'pg';

export interface Sql {
  readonly engine: SqlEngine;
  /** Every row of a query. Integer columns come back as numbers on both engines. */
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** The first row, or undefined when there is none. */
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** A statement that returns no rows (or whose rows are not needed). */
  run(sql: string, params?: readonly SqlValue[]): Promise<SqlRunResult>;
  /**
   * Runs `fn` in one transaction and commits when it resolves, rolls back when it throws (the error
   * is re-thrown). `fn` must use the `q` it is given. SQLite: BEGIN IMMEDIATE, transactions and
   * statements of one handle are serialised; PG: one pooled client for the whole transaction.
   * A nested `q.tx` joins the outer transaction.
   */
  tx<T>(fn: (q: Sql) => Promise<T>): Promise<T>;
  /** Closes the handle or pool; later calls reject. */
  close(): Promise<void>;
}
