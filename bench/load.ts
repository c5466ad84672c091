/**
 * HTTP load: the real service in this process (rate limit off, logs at info level written to a
 * discarding sink, so their cost is counted), autocannon in a worker thread on the other core,
 * loopback only, fixed duration. Reports analyses/s and p99 latency for `POST /v1/analyze` and for
 * session turns (each turn a committed SQLite transaction), with synchronous=NORMAL and FULL.
 *   npm run bench -- load        (FANZHA_LOAD_SECONDS to change the 10 s per run)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import autocannon from 'autocannon';
import { buildServer } from '../src/server/app.ts';
import type { SyncMode } from '../src/store/db.ts';
import type { BenchRow } from './engine.ts';

const SECONDS = Number(process.env['FANZHA_LOAD_SECONDS'] ?? 10);
const CONNECTIONS = 10;

/** A mix of what the page and apps send: scam SMS, a call excerpt, an ordinary message. */
const ANALYZE_BODIES = [
  { channel: 'sms', text: '【淘宝】您好，我是淘宝客服，您购买的奶粉存在质量问题，现为您办理双倍退款，请添加客服微信并开启屏幕共享操作。' },
  { channel: 'call', turns: [
    { speaker: 'caller', text: '您好，我是京东客服，您买的商品有质量问题，要给您理赔' },
    { speaker: 'user', text: '好的，要怎么操作？' },
    { speaker: 'caller', text: '您的信用积分不够，需要先刷流水，把验证码告诉我' },
  ] },
  { channel: 'text', text: '妈，我周末回家吃饭，帮我把快递收一下，谢谢。' },
  { channel: 'sms', text: '您的快递已到驿站，请凭取件码取件，如有疑问请在官方APP内联系客服。' },
].map((b) => JSON.stringify(b));

const TURN_TEXTS = [
  '您好，我是京东客服，您买的商品有质量问题，要给您理赔退款',
  '好的，怎么退？',
  '您的信用积分不够，需要开启屏幕共享，我一步步教您操作',
  '请把收到的验证码告诉我',
];

interface Run { rps: number; p99: number; ok: boolean; detail: string }

function cannon(opts: autocannon.Options): Promise<Run> {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: SECONDS, workers: 1, ...opts }, (err, r) => {
      if (err) return reject(err);
      const bad = r.non2xx + r.errors + r.timeouts;
      resolve({ rps: r.requests.average, p99: r.latency.p99, ok: bad === 0, detail: `${r.requests.total} requests, ${bad} failed` });
    });
  });
}

async function withServer<T>(sync: SyncMode, fn: (base: string, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'fanzha-load-'));
  const sink = new Writable({ write(_c, _e, done) { done(); } });
  const app = await buildServer({ dbPath: join(dir, 'fanzha.db'), sync, rateLimit: false, logLevel: 'info', logDestination: sink });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    return await fn(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, dir);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function analyzeRun(base: string): Promise<Run> {
  return cannon({
    url: base,
    requests: ANALYZE_BODIES.map((body) => ({ method: 'POST' as const, path: '/v1/analyze', headers: { 'content-type': 'application/json' }, body })),
  });
}

async function turnsRun(base: string, dir: string): Promise<Run> {
  // Enough sessions that none reaches its turn limit; a worker thread cannot take a closure, so
  // the request rotation is a small generated module.
  const ids: string[] = [];
  const tokens: string[] = [];
  for (let i = 0; i < 400; i++) {
    const res = await fetch(`${base}/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"channel":"call"}' });
    const opened = (await res.json()) as { id: string; token: string };
    ids.push(opened.id);
    tokens.push(opened.token);
  }
  const setup = join(dir, 'setup-turn.cjs');
  writeFileSync(setup, `const ids = ${JSON.stringify(ids)}; const tokens = ${JSON.stringify(tokens)}; const texts = ${JSON.stringify(TURN_TEXTS.map((t) => JSON.stringify({ speaker: 'caller', text: t })))};
let n = 0;
module.exports = (req) => { const i = n++; return { ...req, path: '/v1/sessions/' + ids[i % ids.length] + '/turns', headers: { ...req.headers, 'x-session-token': tokens[i % ids.length] }, body: texts[Math.floor(i / ids.length) % texts.length] }; };\n`);
  return cannon({
    url: base,
    requests: [{ method: 'POST', path: '/', headers: { 'content-type': 'application/json' }, setupRequest: setup as never }],
  });
}

export async function benchLoad(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const add = (what: string, r: Run) => {
    if (!r.ok) throw new Error(`${what}: ${r.detail}`);
    rows.push({ name: `${what}: throughput`, value: r.rps, unit: 'requests/s' });
    rows.push({ name: `${what}: p99 latency`, value: r.p99, unit: 'ms' });
  };
  await withServer('NORMAL', async (base, dir) => {
    add('POST /v1/analyze', await analyzeRun(base));
    add('POST /v1/sessions/:id/turns (synchronous=NORMAL)', await turnsRun(base, dir));
  });
  await withServer('FULL', async (base, dir) => {
    add('POST /v1/sessions/:id/turns (synchronous=FULL)', await turnsRun(base, dir));
  });
  return rows;
}
