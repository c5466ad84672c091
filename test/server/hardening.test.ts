/**
 * Issue 12 §1 through the HTTP service: hostile images are refused from their header or decoded
 * off the event loop, turns on live sessions are rate limited, and a chunked body without
 * Content-Length costs as much as one that declares its size.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { call, start } from './helpers.ts';
import { analyze, analyzeYielding } from '../../src/index.ts';
import type { AnalyzeInput } from '../../src/types.ts';
import type { Running } from './helpers.ts';
import { pngWithHeader } from '../fixtures/images.ts';
import { kindOf } from '../../src/playbook/scam-kinds.ts';

describe('QR images through /v1/check/qr', () => {
  let s: Running;
  beforeAll(async () => { s = await start(); });
  afterAll(async () => { await s.close(); });

  it('the 1 × 16,000,000 PNG bomb is a 400 at once, not 14 s and 2 GB', async () => {
    const t = performance.now();
    const r = await call(s.base, 'POST', '/v1/check/qr', { body: new Uint8Array(pngWithHeader(1, 16_000_000)), type: 'image/png' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_image');
    expect(r.body.error.message).toMatch(/too large/);
    expect(performance.now() - t).toBeLessThan(2_000);
  });

  it('the 57-byte PNG with a lying header and empty data is the same 400 every time', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await call(s.base, 'POST', '/v1/check/qr', { body: new Uint8Array(pngWithHeader(4000, 4000)), type: 'image/png' });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('invalid_image');
    }
  });

  it('while a large image decodes, /healthz still answers quickly', async () => {
    const img = new PNG({ width: 3000, height: 3000 });
    img.data.fill(255);
    const body = new Uint8Array(PNG.sync.write(img));
    const decoding = call(s.base, 'POST', '/v1/check/qr', { body, type: 'image/png' });
    await new Promise((r) => setTimeout(r, 100));
    const t = performance.now();
    const health = await call(s.base, 'GET', '/healthz');
    const healthMs = performance.now() - t;
    const r = await decoding;
    expect(health.status).toBe(200);
    expect([200, 422]).toContain(r.status); // decoded (no code found) or stopped at the time limit
    if (r.status === 200) expect(r.body.found).toBe(false);
    expect(healthMs).toBeLessThan(1_000);
  }, 30_000);
});

describe('a 1 MB conversation does not hold the event loop', () => {
  it('54 turns of 20,000 digits: /healthz answers between the turns, and the answer equals analyze()', async () => {
    const s = await start();
    try {
      const body = { channel: 'call', turns: Array.from({ length: 54 }, (_, i) => ({ speaker: 'caller', text: (i % 2 ? '1' : '2').repeat(20_000) })) };
      const t0 = performance.now();
      const big = call(s.base, 'POST', '/v1/analyze', { json: body });
      const lags: number[] = [];
      let done = false;
      void big.then(() => { done = true; });
      while (!done) {
        const t = performance.now();
        await call(s.base, 'GET', '/healthz');
        if (!done) lags.push(performance.now() - t);
      }
      const r = await big;
      const total = performance.now() - t0;
      expect(r.status).toBe(200);
      // The engine's answer, plus the kind the API names for the headline (src/server/app.ts, src/playbook/scam-kinds.ts).
      const direct = analyze(body as AnalyzeInput);
      expect(r.body).toEqual(JSON.parse(JSON.stringify({ ...direct, kind: kindOf(direct, direct.lang) })));
      // While the analysis ran, health checks got through: the loop was given back between turns.
      if (total > 300) expect(lags.length).toBeGreaterThan(1);
    } finally {
      await s.close();
    }
  }, 60_000);

  it('analyzeYielding gives the same result as analyze', async () => {
    const inputs: AnalyzeInput[] = [
      { channel: 'sms', text: '您好，我是淘宝客服，您买的奶粉有质量问题，给您双倍退款，请开启屏幕共享' },
      { channel: 'call', turns: [{ speaker: 'caller', text: '我是京东客服，要给您理赔退款' }, { speaker: 'user', text: '好的' }, { speaker: 'caller', text: '把验证码告诉我' }] },
    ];
    for (const i of inputs) expect(await analyzeYielding(i, {}, 0)).toEqual(analyze(i));
  });
});

describe('rate limits on turns and chunked bodies', () => {
  let s: Running;
  beforeAll(async () => {
    s = await start({ rateLimit: { capacity: 1000, refillPerSecond: 0.01 }, turnRateLimit: { capacity: 3, refillPerSecond: 0.01 } });
  });
  afterAll(async () => { await s.close(); });

  it('an anonymous client gets 429 with Retry-After once its turn bucket is empty', async () => {
    const open = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call' } });
    expect(open.status).toBe(201);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await call(s.base, 'POST', `/v1/sessions/${open.body.id}/turns`, { json: { speaker: 'caller', text: `第${i}句` } });
      statuses.push(r.status);
      if (r.status === 429) {
        expect(r.body.error.code).toBe('rate_limited');
        expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });

  it('a key holder is not throttled by the anonymous bucket', async () => {
    const open = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call' }, key: s.keys.partner });
    for (let i = 0; i < 5; i++) {
      const r = await call(s.base, 'POST', `/v1/sessions/${open.body.id}/turns`, { json: { speaker: 'caller', text: `第${i}句` }, key: s.keys.partner });
      expect(r.status).toBe(200);
    }
  });
});

/** POSTs a body with Transfer-Encoding: chunked (no Content-Length), in small pieces. */
function postChunked(base: string, path: string, body: string): Promise<{ status: number; text: string }> {
  const u = new URL(base + path);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    for (let i = 0; i < body.length; i += 8192) req.write(body.slice(i, i + 8192));
    req.end();
  });
}

describe('a chunked body costs as much as a declared one', () => {
  it('ten 600 KB chunked analyses exhaust a 10-token bucket that ten small ones do not', async () => {
    const s = await start({ rateLimit: { capacity: 10, refillPerSecond: 0.01 } });
    try {
      const big = JSON.stringify({ channel: 'call', turns: Array.from({ length: 40 }, () => ({ speaker: 'caller', text: '您好'.repeat(2500) })) });
      expect(big.length).toBeGreaterThan(190_000);
      const first = await postChunked(s.base, '/v1/analyze', big);
      expect(first.status).toBe(200);
      // 190 KB+ of UTF-8 (~600 KB) costs several tokens, not one: the bucket runs dry within a few requests.
      let limited = 0;
      for (let i = 0; i < 4; i++) if ((await postChunked(s.base, '/v1/analyze', big)).status === 429) limited++;
      expect(limited).toBeGreaterThan(0);
    } finally {
      await s.close();
    }
  }, 60_000);
});

describe('a body that fails to parse still costs its sender', () => {
  it('1 MB of malformed JSON drains the anonymous bucket: the next good request is 429', async () => {
    // 1 MB costs 1 + 15 tokens (one per 64 KB): exactly this bucket.
    const s = await start({ rateLimit: { capacity: 16, refillPerSecond: 0.01 } });
    try {
      const bad = '{"channel":"sms","text":"' + 'x'.repeat(1_000_000);
      const r = await call(s.base, 'POST', '/v1/analyze', { body: bad, type: 'application/json' });
      expect(r.status).toBe(400);
      const good = await call(s.base, 'POST', '/v1/analyze', { json: { channel: 'sms', text: '您好' } });
      expect(good.status).toBe(429);
    } finally {
      await s.close();
    }
  });
});
