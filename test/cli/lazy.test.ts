/**
 * `fanzha` loads a subcommand's module only when it runs: `fanzha check` (and `help`) must not
 * load the server, Redis, PostgreSQL or SQLite clients. Checked in a fresh process, where the
 * CommonJS packages a command imported are in the module cache; and `fanzha help` still lists
 * every command with the summary its module gives.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, main } from '../../src/cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'fanzha-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROBE = `
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
const { main } = await import(process.argv[2]);
const out = new PassThrough(); out.resume();
const code = await main(process.argv.slice(3), { stdout: out, stderr: out, stdin: new PassThrough(), env: {} });
const loaded = Object.keys(createRequire(import.meta.url).cache)
  .filter((p) => /node_modules[\\\\/](ioredis|pg|fastify|better-sqlite3)[\\\\/]/.test(p))
  .map((p) => p.replace(/.*node_modules[\\\\/]([^\\\\/]+)[\\\\/].*/, '$1'));
console.log(JSON.stringify({ code, loaded: [...new Set(loaded)].sort() }));
`;

/** Runs `fanzha …args` in a fresh process; the heavy packages it loaded. */
function heavyLoaded(args: string[]): { code: number; loaded: string[] } {
  const probe = join(dir, 'probe.mjs');
  writeFileSync(probe, PROBE);
  const r = spawnSync(process.execPath, ['--import', 'tsx', probe, resolve('src/cli/main.ts'), ...args], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { code: number; loaded: string[] };
}

describe('lazy command loading', () => {
  it('fanzha check and fanzha help load no server, Redis, PostgreSQL or SQLite client', () => {
    const check = heavyLoaded(['check', '您好，我是京东客服，给您退款']);
    expect(check.loaded).toEqual([]);
    expect([0, 1]).toContain(check.code);
    expect(heavyLoaded(['help'])).toEqual({ code: 0, loaded: [] });
    // The probe does see them when a command needs them.
    expect(heavyLoaded(['worker', '--redis', 'redis://127.0.0.1:1', '--lease-ms', 'soon']).loaded).toEqual(expect.arrayContaining(['ioredis', 'pg']));
  }, 120_000);

  it('fanzha help lists every command with its module\'s own summary, and help <command> gives its usage', async () => {
    const run = async (args: string[]): Promise<{ code: number; out: string }> => {
      const stdout = new PassThrough();
      let out = '';
      stdout.on('data', (d) => { out += d; });
      const code = await main(args, { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env: {} });
      return { code, out };
    };
    const help = await run(['help']);
    expect(help.code).toBe(0);
    for (const entry of COMMANDS) {
      const cmd = await entry.load();
      expect({ name: cmd.name, summary: cmd.summary }).toEqual({ name: entry.name, summary: entry.summary });
      expect(help.out).toContain(`  ${entry.name.padEnd(8)} ${entry.summary}`);
      expect((await run(['help', entry.name])).out).toBe(`${cmd.usage}\n`);
      expect((await run([entry.name, '--help'])).out).toBe(`${cmd.usage}\n`);
    }
    expect(COMMANDS.map((c) => c.name)).toEqual(['check', 'replay', 'url', 'number', 'qr', 'domains', 'eval', 'serve', 'ingest', 'worker']);
  }, 60_000);
});
