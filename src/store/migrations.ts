/**
 * Versioned schema migrations for both engines: SQLite files in ./migrations/, PostgreSQL files in
 * ./migrations-pg/, named `NNNN-name.sql`, under the SAME version numbers (a schema change adds
 * both files), so a store on either engine has the same tables and columns after the same
 * versions. Applied in version order, each once (recorded in schema_migrations, so a lower number
 * added later is still applied). Append-only: a released file is never edited, a new one is added;
 * each piece of work takes its own number, so parallel changes never touch the same file.
 * The runners live with the adapters (sql-sqlite.ts, sql-pg.ts): each locks its own way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SQLITE_MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
export const PG_MIGRATIONS_DIR = fileURLToPath(new URL('./migrations-pg/', import.meta.url));

export interface Migration { version: number; name: string; sql: string }

/** The migrations in `dir`, sorted by version. Throws when two files share a version. */
export function loadMigrations(dir: string): Migration[] {
  const out: Migration[] = [];
  for (const file of readdirSync(dir)) {
    const m = /^(\d{4})-([a-z0-9-]+)\.sql$/.exec(file);
    if (!m) continue;
    out.push({ version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, file), 'utf8') });
  }
  out.sort((a, b) => a.version - b.version);
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.version === out[i - 1]!.version) throw new Error(`two migrations in ${dir} share version ${out[i]!.version}`);
  }
  return out;
}
