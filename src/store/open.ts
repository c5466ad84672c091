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

/** The store could not be opened or migrated (PostgreSQL unreachable, a file not writable, …): exit 3 material. */
export class StoreUnavailable extends Error {}

/**
 * Resolves to a migrated store; rejects with {@link StoreUnavailable} naming the store (a
 * PostgreSQL URL without its password) and the engine's reason.
 */
export async function openStore(config: StoreConfig): Promise<Sql> {
  if ('pg' in config) {
    return openPgSql(config.pg, config.max === undefined ? {} : { max: config.max }).catch((e: Error) => {
      throw new StoreUnavailable(`cannot use PostgreSQL at ${safePgUrl(config.pg)}: ${e.message}`, { cause: e });
    });
  }
  return openSqlite(config.sqlite, config.sync === undefined ? {} : { sync: config.sync }).catch((e: Error) => {
    throw new StoreUnavailable(`cannot open the store ${config.sqlite}: ${e.message}`, { cause: e });
  });
}
