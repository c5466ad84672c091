/**
 * Both engines reach the same schema through the same migration versions: every table and column
 * (name, nullability) that SQLite has, PostgreSQL has, and nothing else; several processes
 * migrating one database at once apply each version exactly once.
 */
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { loadMigrations, PG_MIGRATIONS_DIR, SQLITE_MIGRATIONS_DIR } from '../../src/store/migrations.ts';
import { openSqlite, openSqliteDb, SqliteSql } from '../../src/store/sql-sqlite.ts';
import { PgSql } from '../../src/store/sql-pg.ts';
import { freshPgUrl, freshSqlitePath } from './engines.ts';
import { HAVE_PG } from '../stream/postgres.ts';

type Shape = Record<string, string[]>;

async function sqliteShape(sql: SqliteSql): Promise<Shape> {
  const tables = await sql.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  const out: Shape = {};
  for (const { name } of tables) {
    const cols = await sql.all<{ name: string; notnull: number; pk: number }>('SELECT name, "notnull", pk FROM pragma_table_info(?)', [name]);
    // A primary-key column is never NULL in practice (PostgreSQL says so in its catalogue).
    out[name] = cols.map((c) => `${c.name} ${c.notnull || c.pk ? 'NOT NULL' : 'NULL'}`).sort();
  }
  return out;
}

async function pgShape(sql: PgSql): Promise<Shape> {
  const cols = await sql.all<{ table_name: string; column_name: string; is_nullable: string }>(
    "SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name");
  const out: Shape = {};
  for (const c of cols) (out[c.table_name] ??= []).push(`${c.column_name} ${c.is_nullable === 'YES' ? 'NULL' : 'NOT NULL'}`);
  for (const k of Object.keys(out)) out[k]!.sort();
  return out;
}

describe('migrations for both engines', () => {
  it('every schema version exists for both engines, under the same number', () => {
    const lite = loadMigrations(SQLITE_MIGRATIONS_DIR).map((m) => m.version);
    const pgv = loadMigrations(PG_MIGRATIONS_DIR).map((m) => m.version);
    expect(pgv).toEqual(lite);
  });

  (HAVE_PG ? it : it.skip)('SQLite and PostgreSQL end with the same tables and columns (names, nullability)', async () => {
    const lite = await openSqlite(freshSqlitePath());
    const pool = new pg.Pool({ connectionString: await freshPgUrl() });
    const pgsql = new PgSql(pool);
    await pgsql.migrate();
    try {
      const a = await sqliteShape(lite);
      const b = await pgShape(pgsql);
      expect(Object.keys(a).length).toBeGreaterThan(20);
      expect(b).toEqual(a);
    } finally {
      await lite.close();
      await pgsql.close();
    }
  }, 120_000);

  (HAVE_PG ? it : it.skip)('PostgreSQL: processes migrating one database at once apply each version once', async () => {
    const url = await freshPgUrl();
    const stores = [0, 1, 2].map(() => new PgSql(new pg.Pool({ connectionString: url, max: 2 })));
    try {
      const applied = await Promise.all(stores.map((s) => s.migrate()));
      const all = loadMigrations(PG_MIGRATIONS_DIR).map((m) => m.version);
      expect(applied.flat().sort((x, y) => x - y)).toEqual(all);
      expect((await stores[0]!.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version)).toEqual(all);
      expect(await stores[1]!.migrate()).toEqual([]);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  }, 120_000);

  it('SQLite: two handles migrating one file at once apply each version once', async () => {
    const path = freshSqlitePath();
    const a = new SqliteSql(openSqliteDb(path));
    const b = new SqliteSql(openSqliteDb(path));
    try {
      const applied = await Promise.all([a.migrate(), b.migrate()]);
      expect(applied.flat().sort((x, y) => x - y)).toEqual(loadMigrations(SQLITE_MIGRATIONS_DIR).map((m) => m.version));
    } finally {
      await a.close();
      await b.close();
    }
  });
});
