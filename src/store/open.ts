/**
 * Opens the store the configuration names: embedded SQLite (one machine, the default) or a shared
 * PostgreSQL (`--pg URL` / `FANZHA_PG`), migrated to the current schema. Store code only sees the
 * `Sql` port, so the same code runs on both.
 */
import type { Sql } from './sql.ts';
import { openSqlite, type SyncMode } from './sql-sqlite.ts';
import { openPgSql, safePgUrl } from './sql-pg.ts';

export type StoreConfig =
  | { sqlite: string; sync?: SyncMode }
  | { pg: string; max?: number };

/** Resolves to a migrated store; rejects with the engine's error (file not writable, PG unreachable, migration failed). */
export async function openStore(config: StoreConfig): Promise<Sql> {
  if ('pg' in config) {
    return openPgSql(config.pg, config.max === undefined ? {} : { max: config.max }).catch((e: Error) => {
      throw new Error(`cannot use PostgreSQL at ${safePgUrl(config.pg)}: ${e.message}`, { cause: e });
    });
  }
  return openSqlite(config.sqlite, config.sync === undefined ? {} : { sync: config.sync });
}
