/** The SQL port's adapters (src/store/sql-sqlite.ts, sql-pg.ts) behave the same on both engines. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ENGINES, useStore } from './engines.ts';
import { numberPlaceholders } from '../../src/store/sql-pg.ts';
import type { Sql } from '../../src/store/sql.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(ENGINES)('the SQL port on %s', (engine) => {
  const store = useStore(engine);
  const t = (name: string) => `${name}_${engine}`;

  it('binds ? in order, leaves a ? inside a literal alone, and round-trips text, numbers and NULL', async () => {
    const sql = store();
    await sql.run(`CREATE TABLE ${t('bind')} (id TEXT PRIMARY KEY, n BIGINT, f DOUBLE PRECISION, s TEXT)`);
    await sql.run(`INSERT INTO ${t('bind')} (id, n, f, s) VALUES (?, ?, ?, ?)`, ['a', 42, 1.5, '退款?']);
    await sql.run(`INSERT INTO ${t('bind')} (id, n, f, s) VALUES (?, ?, ?, ?)`, ['b', null, null, "it's"]);
    const rows = await sql.all<{ id: string; n: number | null; f: number | null; s: string }>(
      `SELECT id, n, f, s FROM ${t('bind')} WHERE s <> 'what? -- not a comment' AND id IN (?, ?) ORDER BY id`, ['a', 'b']);
    expect(rows).toEqual([{ id: 'a', n: 42, f: 1.5, s: '退款?' }, { id: 'b', n: null, f: null, s: "it's" }]);
    expect(await sql.get(`SELECT id FROM ${t('bind')} WHERE id = ?`, ['none'])).toBeUndefined();
    await expect(sql.run(`INSERT INTO ${t('bind')} (id) VALUES (?)`, ['a'])).rejects.toThrow();
  });

  it('returns epoch-millisecond times and counts as JS numbers, exactly', async () => {
    const sql = store();
    const times = [0, 1_764_374_400_000, Date.now(), 8_640_000_000_000_000];
    for (const [i, at] of times.entries()) {
      await sql.run('INSERT INTO api_keys (id, role, label, salt, hash, created_at, revoked_at) VALUES (?, ?, NULL, ?, ?, ?, ?)',
        [`k${i}`, 'admin', 's', 'h', at, at + 1]);
    }
    const rows = await sql.all<{ created_at: number; revoked_at: number }>('SELECT created_at, revoked_at FROM api_keys ORDER BY created_at');
    expect(rows.map((r) => r.created_at)).toEqual(times);
    expect(rows.every((r) => typeof r.created_at === 'number' && r.revoked_at === r.created_at + 1)).toBe(true);
    const c = await sql.get<{ n: number; newest: number }>('SELECT COUNT(*) AS n, MAX(created_at) AS newest FROM api_keys');
    expect(c).toEqual({ n: 4, newest: times[3] });
  });

  it('ON CONFLICT DO NOTHING / DO UPDATE report the rows they changed; RETURNING gives the new id', async () => {
    const sql = store();
    const ins = 'INSERT INTO partner_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING';
    expect((await sql.run(ins, ['payee', 'one'])).changes).toBe(1);
    expect((await sql.run(ins, ['payee', 'two'])).changes).toBe(0);
    const up = 'INSERT INTO partner_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value';
    expect((await sql.run(up, ['payee', 'three'])).changes).toBe(1);
    expect(await sql.get('SELECT value FROM partner_secrets WHERE name = ?', ['payee'])).toEqual({ value: 'three' });
    const add = 'INSERT INTO audit (at, key_id, role, action) VALUES (?, ?, ?, ?) RETURNING id';
    const a = await sql.get<{ id: number }>(add, [1, 'k', 'admin', 'x']);
    const b = await sql.get<{ id: number }>(add, [2, 'k', 'admin', 'y']);
    expect(typeof a!.id).toBe('number');
    expect(b!.id).toBeGreaterThan(a!.id);
  });

  it('a transaction commits when its function resolves and rolls back (re-throwing) when it throws', async () => {
    const sql = store();
    await sql.run(`CREATE TABLE ${t('tx')} (id TEXT PRIMARY KEY)`);
    expect(await sql.tx(async (q) => { await q.run(`INSERT INTO ${t('tx')} (id) VALUES (?)`, ['kept']); return 7; })).toBe(7);
    await expect(sql.tx(async (q) => {
      await q.run(`INSERT INTO ${t('tx')} (id) VALUES (?)`, ['lost']);
      throw new Error('boom');
    })).rejects.toThrow('boom');
    // A failing statement rolls back the whole transaction too.
    await expect(sql.tx(async (q) => {
      await q.run(`INSERT INTO ${t('tx')} (id) VALUES (?)`, ['lost2']);
      await q.run(`INSERT INTO ${t('tx')} (id) VALUES (?)`, ['kept']);
    })).rejects.toThrow();
    expect(await sql.all(`SELECT id FROM ${t('tx')} ORDER BY id`)).toEqual([{ id: 'kept' }]);
  });

  it('a nested tx joins the outer one; a throw inside it undoes only its own writes', async () => {
    const sql = store();
    await sql.run(`CREATE TABLE ${t('nest')} (id TEXT PRIMARY KEY)`);
    await sql.tx(async (q) => {
      await q.run(`INSERT INTO ${t('nest')} (id) VALUES (?)`, ['outer']);
      await q.tx(async (q2) => { await q2.run(`INSERT INTO ${t('nest')} (id) VALUES (?)`, ['inner-ok']); });
      await expect(q.tx(async (q2) => {
        await q2.run(`INSERT INTO ${t('nest')} (id) VALUES (?)`, ['inner-undone']);
        throw new Error('inner');
      })).rejects.toThrow('inner');
      // Reaching the outer handle from inside the transaction joins it instead of deadlocking.
      await sql.run(`INSERT INTO ${t('nest')} (id) VALUES (?)`, ['via-outer-handle']);
    });
    expect((await sql.all<{ id: string }>(`SELECT id FROM ${t('nest')} ORDER BY id`)).map((r) => r.id))
      .toEqual(['inner-ok', 'outer', 'via-outer-handle']);
    // The whole nest rolls back with the outer transaction.
    await expect(sql.tx(async (q) => {
      await q.tx(async (q2) => { await q2.run(`INSERT INTO ${t('nest')} (id) VALUES (?)`, ['gone']); });
      throw new Error('outer');
    })).rejects.toThrow('outer');
    expect(await sql.get(`SELECT id FROM ${t('nest')} WHERE id = ?`, ['gone'])).toBeUndefined();
  });

  it('concurrent transactions never interleave: read-then-write loses no update', async () => {
    const sql = store();
    await sql.run(`CREATE TABLE ${t('counter')} (id TEXT PRIMARY KEY, n INTEGER NOT NULL)`);
    await sql.run(`INSERT INTO ${t('counter')} (id, n) VALUES ('c', 0)`);
    const bump = () => sql.tx(async (q) => {
      const row = await q.get<{ n: number }>(`SELECT n FROM ${t('counter')} WHERE id = 'c'`);
      await sleep(5); // another request gets the event loop here
      await q.run(`UPDATE ${t('counter')} SET n = ? WHERE id = 'c'`, [row!.n + 1]);
    });
    await Promise.all(Array.from({ length: 8 }, bump));
    expect(await sql.get(`SELECT n FROM ${t('counter')} WHERE id = 'c'`)).toEqual({ n: 8 });
  });

  it("a statement from outside never lands in another request's transaction", async () => {
    const sql = store();
    await sql.run(`CREATE TABLE ${t('apart')} (id TEXT PRIMARY KEY)`);
    let inside!: () => void;
    const started = new Promise<void>((r) => { inside = r; });
    const failing = sql.tx(async (q) => {
      await q.run(`INSERT INTO ${t('apart')} (id) VALUES (?)`, ['rolled-back']);
      inside();
      await sleep(20);
      throw new Error('abort');
    });
    await started;
    // Runs outside the transaction (SQLite: after it; PostgreSQL: beside it) and survives its rollback.
    const outside = sql.run(`INSERT INTO ${t('apart')} (id) VALUES (?)`, ['committed']);
    await expect(failing).rejects.toThrow('abort');
    await outside;
    expect(await sql.all(`SELECT id FROM ${t('apart')}`)).toEqual([{ id: 'committed' }]);
  });

  it("a finished transaction's q refuses further statements", async () => {
    const sql = store();
    let kept: Sql | null = null;
    await sql.tx(async (q) => { kept = q; });
    await expect(kept!.get('SELECT 1 AS one')).rejects.toThrow(/finished/);
  });
});

describe('? → $n numbering for PostgreSQL', () => {
  it('numbers placeholders in order and skips literals, identifiers, dollar quotes and comments', () => {
    expect(numberPlaceholders('SELECT ? , ?')).toBe('SELECT $1 , $2');
    expect(numberPlaceholders(`SELECT '?', 'it''s ?', ? -- ?\n, "a?" , /* ? */ ?`)).toBe(`SELECT '?', 'it''s ?', $1 -- ?\n, "a?" , /* ? */ $2`);
    expect(numberPlaceholders(`SELECT E'\\'?', $$ ? $$, $x$ ? $x$, ?`)).toBe(`SELECT E'\\'?', $$ ? $$, $x$ ? $x$, $1`);
    expect(numberPlaceholders('SELECT 1')).toBe('SELECT 1');
  });

  it('never changes anything but the ? outside quotes, and stays linear on hostile text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('?', "'", '"', '-', '/', '*', 'E', 'a', '\n', ' ') }), (s) => {
      expect(numberPlaceholders(s).replace(/\$\d+/g, '?')).toBe(s);
    }));
    const n = 200_000;
    for (const s of ["'".repeat(n), '$a'.repeat(n), '/*'.repeat(n), '?'.repeat(n), "E'\\".repeat(n)]) {
      expect(numberPlaceholders(s).length).toBeGreaterThan(0);
    }
  });
});
