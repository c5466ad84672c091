/**
 * The bounded load test with a hostile client (issue 12): the server in this process with its
 * production limits (per-IP rate limits on, QR decode pool), ordinary traffic from a key-holding
 * partner at a fixed rate (autocannon in a worker thread: analyses and live-session turns), 20 SSE
 * subscribers, and one anonymous hostile client looping over the worst inputs there are: 54 turns
 * of 20,000 digits (1 MB), the 1 × 16,000,000 PNG bomb, a 3000 × 3000 PNG, 1 MB chunked bodies
 * without Content-Length, 20,000-digit turns and malformed JSON. Reports the ordinary clients'
 * latency with and without the hostile client, and every status the hostile client got.
 * Fails (throws) on any 5xx or a failed ordinary request.
 *   npm run bench -- load         (FANZHA_LOAD_SECONDS: seconds per run, default 10)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { deflateSync } from 'node:zlib';
import autocannon from 'autocannon';
import { PNG } from 'pngjs';
import { buildServer } from '../src/server/app.ts';
import { createKey } from '../src/server/auth.ts';
import type { BenchRow } from './engine.ts';

const SECONDS = Number(process.env['FANZHA_LOAD_SECONDS'] ?? 10);
/** Ordinary requests per second in all: a busy anti-fraud deployment's share of one core. */
const RATE = 100;

function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, 'ascii'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(0))), chunk('IEND', Buffer.alloc(0))]);
}

/** The hostile client's repertoire, built once. */
function worstInputs() {
  const digits = '1'.repeat(20_000);
  const white = new PNG({ width: 3000, height: 3000 });
  white.data.fill(255);
  return {
    bigAnalyze: JSON.stringify({ channel: 'call', turns: Array.from({ length: 54 }, () => ({ speaker: 'caller', text: digits })) }),
    bomb: pngHeaderOnly(1, 16_000_000),
    whitePng: PNG.sync.write(white),
    digitTurn: JSON.stringify({ speaker: 'caller', text: digits }),
    badJson: '{"channel":"sms","text":"' + 'x'.repeat(1_000_000),
  };
}

function send(base: string, method: string, path: string, body: Buffer | string, type: string, chunked = false, token?: string): Promise<number> {
  const u = new URL(base + path);
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { 'content-type': type };
    if (token) headers['x-session-token'] = token;
    if (chunked) headers['transfer-encoding'] = 'chunked';
    else headers['content-length'] = Buffer.byteLength(body);
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, method, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(-1));
    if (chunked) {
      const b = typeof body === 'string' ? Buffer.from(body) : body;
      for (let i = 0; i < b.length; i += 65_536) req.write(b.subarray(i, i + 65_536));
      req.end();
    } else req.end(body);
  });
}

async function hostile(base: string, stopAt: number, statuses: Map<number, number>): Promise<void> {
  const w = worstInputs();
  const open = await fetch(`${base}/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"channel":"call"}' });
  const session = (await open.json()) as { id?: string; token?: string };
  const moves: (() => Promise<number>)[] = [
    () => send(base, 'POST', '/v1/analyze', w.bigAnalyze, 'application/json'),
    () => send(base, 'POST', '/v1/analyze', w.bigAnalyze, 'application/json', true),
    () => send(base, 'POST', '/v1/check/qr', w.bomb, 'image/png'),
    () => send(base, 'POST', '/v1/check/qr', w.whitePng, 'image/png'),
    () => send(base, 'POST', `/v1/sessions/${session.id ?? 'x'}/turns`, w.digitTurn, 'application/json', false, session.token),
    () => send(base, 'POST', '/v1/analyze', w.badJson, 'application/json', true),
  ];
  let i = 0;
  // Two requests in flight at all times: the hostile client never waits to be told no.
  await Promise.all([0, 1].map(async () => {
    while (Date.now() < stopAt) {
      const status = await moves[i++ % moves.length]!();
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  }));
}

async function subscribers(base: string, key: string, n: number, stopAt: number): Promise<number> {
  let frames = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    try {
      const res = await fetch(`${base}/v1/alerts/stream`, { headers: { authorization: `Bearer ${key}` }, signal: AbortSignal.timeout(Math.max(1, stopAt - Date.now())) });
      const reader = res.body!.getReader();
      for (;;) {
        const r = await reader.read();
        if (r.done) break;
        frames++;
      }
    } catch { /* the stream ends at stopAt */ }
  }));
  return frames;
}

interface Ordinary { p50: number; p99: number; total: number; bad: number }

async function ordinary(base: string, dir: string, partner: string): Promise<Ordinary> {
  const ids: string[] = [];
  for (let i = 0; i < 200; i++) {
    const res = await fetch(`${base}/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${partner}` }, body: '{"channel":"call"}' });
    ids.push(((await res.json()) as { id: string }).id);
  }
  const setup = join(dir, `setup-${Date.now()}.cjs`);
  const analyze = JSON.stringify({ channel: 'sms', text: '【淘宝】您好，我是淘宝客服，您购买的奶粉存在质量问题，现为您办理双倍退款，请添加客服微信并开启屏幕共享操作。' });
  const turns = ['您好，我是京东客服，您买的商品有质量问题，要给您理赔退款', '好的，怎么退？', '您的信用积分不够，需要开启屏幕共享'].map((t) => JSON.stringify({ speaker: 'caller', text: t }));
  writeFileSync(setup, `const ids = ${JSON.stringify(ids)}; const turns = ${JSON.stringify(turns)}; const analyze = ${JSON.stringify(analyze)};
let n = 0;
module.exports = (req) => { const i = n++; return i % 2 === 0
  ? { ...req, path: '/v1/analyze', body: analyze }
  : { ...req, path: '/v1/sessions/' + ids[(i >> 1) % ids.length] + '/turns', body: turns[Math.floor((i >> 1) / ids.length) % turns.length] }; };\n`);
  return new Promise((resolve, reject) => {
    autocannon({
      url: base, connections: 10, overallRate: RATE, duration: SECONDS, workers: 1,
      requests: [{ method: 'POST', path: '/', headers: { 'content-type': 'application/json', authorization: `Bearer ${partner}` }, setupRequest: setup as never }],
    }, (err, r) => {
      if (err) return reject(err);
      resolve({ p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, bad: r.non2xx + r.errors + r.timeouts });
    });
  });
}

export async function benchHostile(): Promise<{ rows: BenchRow[]; note: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'fanzha-hostile-'));
  const sink = new Writable({ write(_c, _e, done) { done(); } });
  const app = await buildServer({ dbPath: join(dir, 'fanzha.db'), logLevel: 'info', logDestination: sink });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const partner = (await createKey(app.store, 'partner', 'bench')).key;
    const staff = (await createKey(app.store, 'staff', 'bench')).key;

    const calm = await ordinary(base, dir, partner);
    const stopAt = Date.now() + SECONDS * 1000 + 2_000;
    const statuses = new Map<number, number>();
    const [attacked, , frames] = await Promise.all([
      ordinary(base, dir, partner),
      hostile(base, stopAt, statuses),
      subscribers(base, staff, 20, stopAt),
    ]);
    const fivexx = [...statuses].filter(([s]) => s >= 500 || s < 0).reduce((a, [, n]) => a + n, 0);
    const summary = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s < 0 ? 'connection error' : s} ×${n}`).join(', ');
    if (calm.bad || attacked.bad) throw new Error(`ordinary requests failed: ${calm.bad} calm, ${attacked.bad} attacked`);
    if (fivexx) throw new Error(`hostile client got ${fivexx} 5xx/connection errors: ${summary}`);
    return {
      rows: [
        { name: `ordinary clients alone (${RATE} req/s, analyze + turns): p50`, value: calm.p50, unit: 'ms' },
        { name: 'ordinary clients alone: p99', value: calm.p99, unit: 'ms' },
        { name: 'ordinary clients with the hostile client and 20 SSE subscribers: p50', value: attacked.p50, unit: 'ms' },
        { name: 'ordinary clients with the hostile client and 20 SSE subscribers: p99 (target < 50)', value: attacked.p99, unit: 'ms' },
        { name: 'hostile requests answered, 5xx among them', value: fivexx, unit: `of ${[...statuses.values()].reduce((a, b) => a + b, 0)}` },
      ],
      note: `Hostile client statuses: ${summary}. SSE frames received by subscribers: ${frames}. Ordinary requests: ${calm.total} calm, ${attacked.total} attacked, none failed.`,
    };
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
