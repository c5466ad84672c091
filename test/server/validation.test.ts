import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, start, type Running } from './helpers.ts';

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

function expectError(r: { status: number; body: any; headers: Headers }, status: number, code?: string) {
  expect(r.status).toBe(status);
  expect(r.headers.get('content-type')).toContain('application/json');
  expect(typeof r.body.error.message).toBe('string');
  expect(r.body.error.message.length).toBeGreaterThan(0);
  if (code) expect(r.body.error.code).toBe(code);
}

describe('bad input gets a clear 4xx JSON error', () => {
  it('empty body', async () => {
    expectError(await call(s.base, 'POST', '/v1/analyze', { body: '', type: 'application/json' }), 400, 'empty_body');
    expectError(await call(s.base, 'POST', '/v1/analyze', { body: '   ', type: 'text/plain' }), 400, 'invalid_input');
    expectError(await call(s.base, 'POST', '/v1/analyze', { json: { text: '' } }), 400, 'empty_input');
    expectError(await call(s.base, 'POST', '/v1/analyze', { json: { turns: [{ speaker: 'caller', text: ' ' }] } }), 400, 'empty_input');
  });

  it('no body at all', async () => {
    expectError(await call(s.base, 'POST', '/v1/analyze'), 400);
  });

  it('invalid JSON', async () => {
    expectError(await call(s.base, 'POST', '/v1/analyze', { body: '{"text": "半截', type: 'application/json' }), 400, 'invalid_json');
    expectError(await call(s.base, 'POST', '/v1/sessions', { body: '{,}', type: 'application/json' }), 400, 'invalid_json');
  });

  it('wrong types and unknown fields', async () => {
    expectError(await call(s.base, 'POST', '/v1/analyze', { json: { text: 12345 } }), 400, 'invalid_body');
    expectError(await call(s.base, 'POST', '/v1/analyze', { json: ['not', 'an', 'object'] }), 400, 'invalid_body');
    expectError(await call(s.base, 'POST', '/v1/analyze', { json: { channel: 'fax', text: 'x' } }), 400, 'invalid_body');
    expectError(await call(s.base, 'POST', '/v1/analyze', { json: { text: 'x', extra: true } }), 400, 'invalid_body');
    expectError(await call(s.base, 'POST', '/v1/analyze', { json: { turns: [] } }), 400, 'invalid_body');
    expectError(await call(s.base, 'POST', '/v1/check/url', { json: { url: ['a'] } }), 400, 'invalid_body');
    expectError(await call(s.base, 'POST', '/v1/sessions', { json: { channel: 42 } }), 400, 'invalid_body');
    expectError(await call(s.base, 'POST', '/v1/analyze', { json: null }), 400);
  });

  it('a text over the per-turn limit, or a conversation over 2,000 turns, is read whole (session 11; a live turn over it stays 400, below)', async () => {
    const text = '请提供验证码，我是淘宝客服给您退款。' + '好的'.repeat(15_000);
    for (const r of [await call(s.base, 'POST', '/v1/analyze', { json: { text } }), await call(s.base, 'POST', '/v1/analyze', { body: text, type: 'text/plain' })]) {
      expect(r.status).toBe(200);
      const body = r.body as { verdict: string; truncated?: unknown };
      expect(body.verdict).not.toBe('safe');
      expect(body.truncated).toBeUndefined();
    }
    const turns = [{ speaker: 'caller', text: '我是淘宝客服，给您退款，请把验证码告诉我' }, ...Array.from({ length: 2_001 }, (_, i) => ({ speaker: i % 2 ? 'user' : 'caller', text: '好的' }))];
    const conv = await call(s.base, 'POST', '/v1/analyze', { json: { channel: 'call', turns } });
    expect(conv.status).toBe(200);
    expect((conv.body as { alertTurn: number | null }).alertTurn).toBe(0);
    // A stray NUL in a plain text is a space, not a refusal.
    const nul = await call(s.base, 'POST', '/v1/analyze', { body: '您的快递\u0000已到驿站', type: 'text/plain' });
    expect(nul.status).toBe(200);
  });

  it('a body over the size limit is 413', async () => {
    const huge = JSON.stringify({ channel: 'call', turns: Array.from({ length: 200 }, () => ({ speaker: 'caller', text: '客'.repeat(5000) })) });
    expect(Buffer.byteLength(huge)).toBeGreaterThan(2 * 1024 * 1024);
    expectError(await call(s.base, 'POST', '/v1/analyze', { body: huge, type: 'application/json' }), 413, 'too_large');
    const hugePng = new Uint8Array(5 * 1024 * 1024);
    hugePng.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expectError(await call(s.base, 'POST', '/v1/check/qr', { body: hugePng, type: 'image/png' }), 413, 'too_large');
  });

  it('binary bodies', async () => {
    const junk = new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x22, 0x7b, 0xc3, 0x28]);
    expectError(await call(s.base, 'POST', '/v1/analyze', { body: junk, type: 'application/json' }), 400, 'invalid_utf8');
    expectError(await call(s.base, 'POST', '/v1/analyze', { body: junk, type: 'text/plain' }), 400, 'invalid_utf8');
    expectError(await call(s.base, 'POST', '/v1/analyze', { body: junk, type: 'application/octet-stream' }), 415, 'unsupported_media_type');
    expectError(await call(s.base, 'POST', '/v1/check/qr', { json: { image: 'x' } }), 415, 'unsupported_media_type');
  });

  it('unknown sessions and alerts are 404', async () => {
    const id = randomUUID();
    expectError(await call(s.base, 'GET', `/v1/sessions/${id}`), 404, 'not_found');
    expectError(await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: { speaker: 'caller', text: '你好' } }), 404, 'not_found');
    expectError(await call(s.base, 'POST', `/v1/sessions/${id}/end`), 404, 'not_found');
    expectError(await call(s.base, 'GET', `/v1/sessions/${id}/events`), 404, 'not_found');
    expectError(await call(s.base, 'GET', '/v1/sessions/not-a-session-id'), 404, 'not_found');
    expectError(await call(s.base, 'GET', '/v1/sessions/%00%ff'), 400, 'bad_request');
    expectError(await call(s.base, 'GET', `/v1/alerts/${id}`, { key: s.keys.staff }), 404, 'not_found');
    expectError(await call(s.base, 'GET', '/v1/nope'), 404, 'not_found');
  });

  it('bad turns', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call' } });
    const turns = `/v1/sessions/${opened.body.id}/turns`;
    expectError(await call(s.base, 'POST', turns, { json: { speaker: 'robot', text: 'x' } }), 400, 'invalid_body');
    expectError(await call(s.base, 'POST', turns, { json: { speaker: 'caller' } }), 400, 'invalid_body');
    expectError(await call(s.base, 'POST', turns, { json: { speaker: 'caller', text: 'x'.repeat(20_001) } }), 400, 'invalid_body');
    const ok = await call(s.base, 'POST', turns, { json: { speaker: 'caller', text: '您好' } });
    expect(ok.status).toBe(200);
    expect(ok.body.turn).toBe(0); // the rejected turns were not counted
  });

  it('bad query strings', async () => {
    expectError(await call(s.base, 'GET', '/v1/alerts?level=purple', { key: s.keys.staff }), 400, 'invalid_query');
    expectError(await call(s.base, 'GET', '/v1/alerts?since=yesterday', { key: s.keys.staff }), 400, 'invalid_query');
    expectError(await call(s.base, 'GET', '/v1/alerts?limit=100000', { key: s.keys.staff }), 400, 'invalid_query');
  });

  it('a body that never finishes does not hang the server', async () => {
    // Claim 100 bytes, send 10, then stop: other requests are still served meanwhile.
    const url = new URL(s.base);
    const stuck = request({ host: url.hostname, port: url.port, method: 'POST', path: '/v1/analyze', headers: { 'content-type': 'application/json', 'content-length': '100' } });
    stuck.on('error', () => {});
    stuck.write('{"text":"a');
    const r = await call(s.base, 'POST', '/v1/analyze', { json: { text: '你好' } });
    expect(r.status).toBe(200);
    stuck.destroy();
  });
});

describe('rate limiting of anonymous requests', () => {
  it('answers 429 with Retry-After once the bucket is empty, and lets keyed clients through', async () => {
    const limited = await start({ rateLimit: { capacity: 3, refillPerSecond: 0.01 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await call(limited.base, 'POST', '/v1/analyze', { json: { text: '你好' } })).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const r = await call(limited.base, 'POST', '/v1/analyze', { json: { text: '你好' } });
      expectError(r, 429, 'rate_limited');
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      const keyed = await call(limited.base, 'POST', '/v1/analyze', { json: { text: '你好' }, key: limited.keys.partner });
      expect(keyed.status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('big anonymous requests cost more of the rate limit', () => {
  it('a near-megabyte conversation uses the whole burst', async () => {
    const limited = await start({ rateLimit: { capacity: 10, refillPerSecond: 0.01 } });
    try {
      const turns = Array.from({ length: 650 }, () => ({ speaker: 'caller', text: '您好，我是客服，'.repeat(60) }));
      const big = await call(limited.base, 'POST', '/v1/analyze', { json: { channel: 'call', turns } });
      expect(big.status).toBe(200);
      const next = await call(limited.base, 'POST', '/v1/analyze', { json: { text: '你好' } });
      expect(next.status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
