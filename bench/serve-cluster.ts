/**
 * What several serve processes cost per live turn (SCALING.md §9): `POST /v1/sessions/:id/turns`
 * on one process without Redis (the default), on one process with `--redis` (each turn committed
 * in its session's own transaction, its events through Redis before the answer), and on two
 * `fanzha serve --redis` processes sharing the SQLite file (each a separate process; two
 * autocannon runs at once, one per process, each session's turns alternating between them).
 * Logs at warn level everywhere (no request lines). Runs of the three kinds are interleaved, three of each, and the median is reported, so a busy
 * machine's load hits them alike; the load average is printed with the result.
 *   npm run bench -- serve-cluster      (FANZHA_LOAD_SECONDS per run, default 10)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import autocannon from 'autocannon';
import { buildServer } from '../src/server/app.ts';
import { freePort, HAVE_REDIS, startRedis } from '../test/stream/redis.ts';
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

async function inProcess(dir: string, redisUrl: string | undefined): Promise<Run> {
  const sink = new Writable({ write(_c, _e, done) { done(); } });
  const app = await buildServer({ dbPath: join(dir, `in-${redisUrl ? 'redis' : 'plain'}-${Date.now()}.db`), rateLimit: false, logLevel: 'warn', logDestination: sink, ...(redisUrl ? { redisUrl } : {}) });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    return await turns(base, dir, await openSessions(base, SESSIONS), CONNECTIONS);
  } finally {
    await app.close();
  }
}

async function serveProcess(db: string, redisUrl: string): Promise<{ p: ChildProcess; base: string }> {
  const port = await freePort();
  const p = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', String(port), '--db', db, '--redis', redisUrl,
    '--rate-per-minute', 'off', '--log-level', 'warn'], { stdio: 'ignore' });
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

async function twoProcesses(dir: string, redisUrl: string): Promise<Run> {
  const db = join(dir, `two-${Date.now()}.db`);
  const procs = await Promise.all([serveProcess(db, redisUrl), serveProcess(db, redisUrl)]);
  try {
    const sessions = await openSessions(procs[0]!.base, SESSIONS);
    const runs = await Promise.all(procs.map((x, i) => turns(x.base, dir, sessions, CONNECTIONS / 2, i, 2)));
    return { rps: runs[0]!.rps + runs[1]!.rps, p99: Math.max(runs[0]!.p99, runs[1]!.p99) };
  } finally {
    for (const x of procs) {
      x.p.kill('SIGTERM');
      await new Promise((r) => (x.p.exitCode !== null ? r(null) : x.p.once('exit', r)));
    }
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchServeCluster(): Promise<{ rows: BenchRow[]; note: string }> {
  if (!HAVE_REDIS) throw new Error('redis-server is not installed (apt-get install redis-server)');
  const redis = await startRedis();
  const dir = mkdtempSync(join(tmpdir(), 'fanzha-serve-cluster-'));
  const load0 = loadavg()[0]!;
  const plain: Run[] = [];
  const one: Run[] = [];
  const two: Run[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      plain.push(await inProcess(dir, undefined));
      one.push(await inProcess(dir, redis.url));
      two.push(await twoProcesses(dir, redis.url));
    }
  } finally {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const rows: BenchRow[] = [];
  for (const [name, runs] of [['1 process, no Redis (default)', plain], ['1 process, --redis', one], ['2 processes, --redis, one SQLite file', two]] as const) {
    rows.push({ name: `turns, ${name}: throughput (median of 3)`, value: median(runs.map((r) => r.rps)), unit: 'turns/s' });
    rows.push({ name: `turns, ${name}: p99 latency (median of 3)`, value: median(runs.map((r) => r.p99)), unit: 'ms' });
  }
  return { rows, note: `${CONNECTIONS} connections, ${SECONDS} s per run, ${SESSIONS} sessions, loopback; Redis on loopback. Load average (1 min) before / after: ${load0.toFixed(1)} / ${loadavg()[0]!.toFixed(1)}.` };
}
