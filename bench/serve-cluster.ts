/**
 * What several serve processes cost and give per live turn (SCALING.md §9):
 * `POST /v1/sessions/:id/turns` on separate `fanzha serve` processes: one without Redis (the
 * default), one with `--redis` (each turn committed in its session's own transaction, its events
 * through Redis before the answer), two `--redis` processes sharing one SQLite file, and, when
 * PostgreSQL is installed, one and two `--redis` processes on one PostgreSQL. With two processes
 * the load is split in two autocannon runs at once, each session's turns alternating between the
 * processes. Logs at warn (no request lines). Configurations are interleaved, three rounds, medians
 * reported, so a busy machine's load hits them alike; the load average is printed with the result.
 *   npm run bench -- serve-cluster      (FANZHA_LOAD_SECONDS per run, default 10)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { parseServeArgs } from '../src/server/config.ts';
import { freePort, HAVE_REDIS, startRedis } from '../test/stream/redis.ts';
import { HAVE_PG, startPostgres } from '../test/stream/postgres.ts';
import type { BenchRow } from './engine.ts';

const SECONDS = Number(process.env['FANZHA_LOAD_SECONDS'] ?? 10);
const CONNECTIONS = 10;
const SESSIONS = 400;
const TEXTS = [
  '您好，我是京东客服，您买的商品有质量问题，要给您理赔退款',
  '好的，怎么退？',
  '您的信用积分不够，需要开启屏幕共享，我一步步教您操作',
  '请把收到的验证码告诉我',
].map((text) => JSON.stringify({ speaker: 'caller', text }));

interface Run { rps: number; p99: number }

async function openSessions(base: string, n: number): Promise<{ ids: string[]; tokens: string[] }> {
  const ids: string[] = [];
  const tokens: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${base}/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"channel":"call"}' });
    const o = (await res.json()) as { id: string; token: string };
    ids.push(o.id);
    tokens.push(o.token);
  }
  return { ids, tokens };
}

/** Turns over the sessions; `part`/`of`: this runner takes every of-th request (the sessions' turns alternate between runners). */
function turns(base: string, dir: string, s: { ids: string[]; tokens: string[] }, connections: number, part = 0, of = 1): Promise<Run> {
  const setup = join(dir, `setup-${part}-${Date.now()}.cjs`);
  writeFileSync(setup, `const ids = ${JSON.stringify(s.ids)}; const tokens = ${JSON.stringify(s.tokens)}; const texts = ${JSON.stringify(TEXTS)};
let n = 0;
module.exports = (req) => { const i = (n++) * ${of} + ${part}; const k = i % ids.length; return { ...req, path: '/v1/sessions/' + ids[k] + '/turns', headers: { ...req.headers, 'x-session-token': tokens[k] }, body: texts[Math.floor(i / ids.length) % texts.length] }; };\n`);
  return new Promise((resolve, reject) => {
    autocannon({
      url: base, connections, duration: SECONDS, workers: 1,
      requests: [{ method: 'POST', path: '/', headers: { 'content-type': 'application/json' }, setupRequest: setup as never }],
    }, (err, r) => {
      if (err) return reject(err);
      const bad = r.non2xx + r.errors + r.timeouts;
      if (bad > 0) return reject(new Error(`${bad} of ${r.requests.total} turns failed`));
      resolve({ rps: r.requests.average, p99: r.latency.p99 });
    });
  });
}

async function serveProcess(storeArgs: string[], redisUrl: string | null): Promise<{ p: ChildProcess; base: string }> {
  const port = await freePort();
  const p = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', String(port), ...storeArgs,
    ...(redisUrl ? ['--redis', redisUrl] : []), '--rate-per-minute', 'off', '--log-level', 'warn'], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const end = Date.now() + 120_000;
  for (;;) {
    if (p.exitCode !== null) throw new Error(`fanzha serve exited ${p.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { p, base };
    } catch { /* not listening yet */ }
    if (Date.now() > end) { p.kill('SIGKILL'); throw new Error('fanzha serve did not start'); }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `n` serve processes on one store; the load split evenly, each session's turns alternating between them. */
async function processes(dir: string, n: number, storeArgs: string[], redisUrl: string | null): Promise<Run> {
  const procs: { p: ChildProcess; base: string }[] = [];
  try {
    // One after another: the first makes the schema.
    for (let i = 0; i < n; i++) procs.push(await serveProcess(storeArgs, redisUrl));
    const sessions = await openSessions(procs[0]!.base, SESSIONS);
    const runs = await Promise.all(procs.map((x, i) => turns(x.base, dir, sessions, CONNECTIONS / n, i, n)));
    return { rps: runs.reduce((a, r) => a + r.rps, 0), p99: Math.max(...runs.map((r) => r.p99)) };
  } finally {
    for (const x of procs) {
      x.p.kill('SIGTERM');
      await new Promise((r) => (x.p.exitCode !== null ? r(null) : x.p.once('exit', r)));
    }
  }
}

/** `serve --pg` is there. */
function servePg(): boolean {
  try { return (parseServeArgs(['--pg', 'postgres://u@127.0.0.1:5432/d'], {}) as { pgUrl?: string }).pgUrl !== undefined; } catch { return false; }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchServeCluster(): Promise<{ rows: BenchRow[]; note: string }> {
  if (!HAVE_REDIS) throw new Error('redis-server is not installed (apt-get install redis-server)');
  const redis = await startRedis();
  const pg = HAVE_PG && servePg() ? await startPostgres() : null;
  const dir = mkdtempSync(join(tmpdir(), 'fanzha-serve-cluster-'));
  const load0 = loadavg()[0]!;
  let k = 0;
  const sqlite = () => ['--db', join(dir, `s${k++}.db`)];
  const configs: { name: string; run: () => Promise<Run> }[] = [
    { name: '1 process, no Redis, SQLite (the default)', run: () => processes(dir, 1, sqlite(), null) },
    { name: '1 process, --redis, SQLite', run: () => processes(dir, 1, sqlite(), redis.url) },
    { name: '2 processes, --redis, one SQLite file', run: () => processes(dir, 2, sqlite(), redis.url) },
    ...(pg ? [
      { name: '1 process, --redis, PostgreSQL', run: () => processes(dir, 1, ['--pg', pg.url], redis.url) },
      { name: '2 processes, --redis, PostgreSQL', run: () => processes(dir, 2, ['--pg', pg.url], redis.url) },
    ] : []),
  ];
  const runs = configs.map(() => [] as Run[]);
  try {
    for (let rep = 0; rep < 3; rep++) {
      for (const [i, c] of configs.entries()) runs[i]!.push(await c.run());
    }
  } finally {
    await redis.stop();
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const rows: BenchRow[] = [];
  for (const [i, c] of configs.entries()) {
    rows.push({ name: `turns, ${c.name}: throughput (median of 3)`, value: median(runs[i]!.map((r) => r.rps)), unit: 'turns/s' });
    rows.push({ name: `turns, ${c.name}: p99 latency (median of 3)`, value: median(runs[i]!.map((r) => r.p99)), unit: 'ms' });
  }
  return { rows, note: `Each a separate \`fanzha serve\` process; ${CONNECTIONS} connections in all, ${SECONDS} s per run, ${SESSIONS} sessions, loopback; Redis and PostgreSQL (fsync off) on loopback${pg ? '' : ' (PostgreSQL rows not run: no initdb or no serve --pg)'}. Load average (1 min) before / after: ${load0.toFixed(1)} / ${loadavg()[0]!.toFixed(1)}.` };
}
