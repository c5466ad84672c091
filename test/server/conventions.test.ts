import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, SCAM_CALL, start, type Running } from './helpers.ts';
import { parseServeArgs } from '../../src/server/config.ts';

let s: Running;
beforeAll(async () => { s = await start({ corsOrigins: ['https://bank.example'] }); });
afterAll(async () => { await s.close(); });

/** Sends raw bytes and returns the raw answer (for what fetch refuses to send). */
function raw(base: string, bytes: string): Promise<string> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const sock = connect(Number(url.port), url.hostname, () => sock.write(bytes));
    let out = '';
    sock.setEncoding('utf8');
    sock.on('data', (d) => { out += d; });
    sock.on('end', () => resolve(out));
    sock.on('close', () => resolve(out));
    sock.on('error', reject);
    sock.setTimeout(5000, () => { sock.destroy(); resolve(out); });
  });
}

function jsonOf(answer: string): any {
  return JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
}

describe('request ids', () => {
  it('every response has x-request-id, and errors quote it', async () => {
    const ok = await call(s.base, 'POST', '/v1/analyze', { json: { text: '你好' } });
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const bad = await call(s.base, 'POST', '/v1/analyze', { json: { text: 1 } });
    expect(bad.body.error.requestId).toBe(bad.headers.get('x-request-id'));
    const missing = await call(s.base, 'GET', '/v1/nothing-here');
    expect(missing.body.error.requestId).toBe(missing.headers.get('x-request-id'));
    const docs = await call(s.base, 'GET', '/docs');
    expect(docs.headers.get('x-request-id')).toBeTruthy();
  });

  it('a client-chosen id is kept when it looks like one, replaced otherwise', async () => {
    const mine = await call(s.base, 'GET', '/healthz', { headers: { 'x-request-id': 'bank-req-0001:abc' } });
    expect(mine.headers.get('x-request-id')).toBe('bank-req-0001:abc');
    const junk = await call(s.base, 'GET', '/healthz', { headers: { 'x-request-id': 'a b<script>' } });
    expect(junk.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('event streams carry it too', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    const res = await fetch(`${s.base}/v1/sessions/${opened.body.id}/events?token=${opened.body.token}`);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    await res.body?.cancel();
  });
});

describe('methods and paths', () => {
  it('a known path with the wrong method is 405 with Allow', async () => {
    const r = await call(s.base, 'GET', '/v1/analyze');
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('POST');
    expect(r.body.error.code).toBe('method_not_allowed');
    const d = await call(s.base, 'DELETE', `/v1/alerts/${crypto.randomUUID()}`, { key: s.keys.staff });
    expect(d.status).toBe(405);
    expect(d.headers.get('allow')).toContain('PATCH');
    expect((await call(s.base, 'PUT', '/v1/sessions')).headers.get('allow')).toBe('GET, HEAD, POST');
  });

  it('a malformed alert or key id is 404, like an unknown one', async () => {
    expect((await call(s.base, 'GET', '/v1/alerts/x', { key: s.keys.staff })).status).toBe(404);
    expect((await call(s.base, 'PATCH', '/v1/alerts/x', { key: s.keys.staff, json: { status: 'closed' } })).status).toBe(404);
    expect((await call(s.base, 'DELETE', `/v1/keys/${'z'.repeat(60)}`, { key: s.keys.admin })).status).toBe(404);
  });
});

describe('errors the HTTP parser raises come back in the same JSON shape', () => {
  it('an invalid method, CL with TE, a repeated Content-Length, and oversized headers', async () => {
    const cases: [string, number][] = [
      ['FOO\x01 / HTTP/1.1\r\nHost: x\r\n\r\n', 400],
      ['POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 400],
      ['POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}', 400],
      [`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ];
    for (const [bytes, status] of cases) {
      const answer = await raw(s.base, bytes);
      expect(answer.startsWith(`HTTP/1.1 ${status} `), answer.slice(0, 80)).toBe(true);
      const body = jsonOf(answer);
      expect(typeof body.error.code).toBe('string');
      expect(body.error.message.length).toBeGreaterThan(0);
      expect(answer.toLowerCase()).toContain(`x-request-id: ${body.error.requestId}`);
    }
    expect((await call(s.base, 'GET', '/healthz')).status).toBe(200); // still serving
  });
});

describe('empty or meaningless input is 400 everywhere', () => {
  const zw = '\u200b\u200c\u200d\ufeff\u2060';
  it('checks, analysis, turns and payment checks', async () => {
    const cases: [string, string, unknown, string | undefined][] = [
      ['POST', '/v1/check/url', { url: '   ' }, undefined],
      ['POST', '/v1/check/number', { number: 'abc' }, undefined],
      ['POST', '/v1/analyze', { text: zw }, undefined],
      ['POST', '/v1/analyze', { channel: 'call', turns: [{ speaker: 'caller', text: zw }] }, undefined],
      ['POST', '/v1/analyze', 'a bare JSON string', undefined],
      ['POST', '/v1/payment-check', { conversation: { text: ' ' }, transfer: { amount: 10, payeeNew: true } }, s.keys.partner],
      ['POST', '/v1/payment-check', { conversation: { turns: [{ text: zw }] }, transfer: { amount: 10, payeeNew: true } }, s.keys.partner],
    ];
    for (const [method, path, json, key] of cases) {
      const r = await call(s.base, method, path, { json, ...(key ? { key } : {}) });
      expect(r.status, `${path} ${JSON.stringify(json)}`).toBe(400);
      expect(r.body.error.code).toMatch(/^(invalid_body|empty_input)$/);
    }
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    const turn = await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: { speaker: 'caller', text: zw } });
    expect(turn.status).toBe(400);
    // text/plain stays plain text:
    expect((await call(s.base, 'POST', '/v1/analyze', { body: '客服: 您好', type: 'text/plain' })).status).toBe(200);
  });

  it('unknown fields are rejected, in turns too', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    const r = await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: { speaker: 'caller', text: '您好', confidence: 0.9 } });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('confidence');
    const a = await call(s.base, 'POST', '/v1/analyze', { json: { channel: 'call', turns: [{ speaker: 'caller', text: '您好', extra: 1 }] } });
    expect(a.status).toBe(400);
    expect((await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: SCAM_CALL[0] })).status).toBe(200);
  });
});

describe('RateLimit headers', () => {
  it('anonymous answers say the limit, what remains and when it resets', async () => {
    const limited = await start({ rateLimit: { capacity: 3, refillPerSecond: 0.5 } });
    try {
      const a = await call(limited.base, 'POST', '/v1/analyze', { json: { text: '你好' } });
      expect(a.headers.get('ratelimit-limit')).toBe('3');
      expect(a.headers.get('ratelimit-remaining')).toBe('2');
      expect(Number(a.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
      await call(limited.base, 'POST', '/v1/analyze', { json: { text: '你好' } });
      await call(limited.base, 'POST', '/v1/analyze', { json: { text: '你好' } });
      const d = await call(limited.base, 'POST', '/v1/analyze', { json: { text: '你好' } });
      expect(d.status).toBe(429);
      expect(d.headers.get('ratelimit-remaining')).toBe('0');
      expect(Number(d.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});

describe('timestamps', () => {
  it('are ISO 8601 in every answer that has one', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    for (const t of SCAM_CALL) await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: t });
    const got = await call(s.base, 'GET', `/v1/sessions/${opened.body.id}`);
    const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
    expect(got.body.createdAt).toMatch(iso);
    expect(got.body.alerts[0].createdAt).toMatch(iso);
    const keys = await call(s.base, 'GET', '/v1/keys', { key: s.keys.admin });
    expect(keys.body.keys[0].createdAt).toMatch(iso);
    await call(s.base, 'GET', `/v1/sessions/${opened.body.id}`, { key: s.keys.staff }); // audited
    const audit = await call(s.base, 'GET', '/v1/audit', { key: s.keys.admin });
    expect(audit.body.entries[0].at).toMatch(iso);
  });
});

describe('CORS', () => {
  it('only the configured origin is allowed, and preflights are answered', async () => {
    const pre = await fetch(`${s.base}/v1/payment-check`, {
      method: 'OPTIONS',
      headers: { origin: 'https://bank.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, idempotency-key' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://bank.example');
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    expect(pre.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    const ok = await call(s.base, 'POST', '/v1/analyze', { json: { text: '你好' }, headers: { origin: 'https://bank.example' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://bank.example');
    expect(ok.headers.get('access-control-expose-headers')).toContain('x-request-id');
    const evil = await call(s.base, 'POST', '/v1/analyze', { json: { text: '你好' }, headers: { origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is off by default, and configured by flag or environment', async () => {
    expect(parseServeArgs([], {}).corsOrigins).toEqual([]);
    expect(parseServeArgs(['--cors-origin', 'https://a.example,https://b.example:8443'], {}).corsOrigins).toEqual(['https://a.example', 'https://b.example:8443']);
    expect(parseServeArgs([], { FANZHA_CORS_ORIGIN: 'https://bank.example' }).corsOrigins).toEqual(['https://bank.example']);
    expect(() => parseServeArgs(['--cors-origin', 'https://a.example/path'], {})).toThrow(/origin/);
  });
});

describe('webhook timestamps', () => {
  it('the webhook payload\'s createdAt is ISO 8601 too', async () => {
    const { default: Fastify } = await import('fastify');
    const received: { createdAt?: unknown; level?: string }[] = [];
    const receiver = Fastify();
    receiver.post('/hook', async (req) => { received.push(req.body as { createdAt?: unknown }); return { ok: true }; });
    await receiver.listen({ port: 0, host: '127.0.0.1' });
    const hooked = await start({ webhookUrl: `http://127.0.0.1:${(receiver.server.address() as { port: number }).port}/hook` });
    try {
      const opened = await call(hooked.base, 'POST', '/v1/sessions', { json: {} });
      for (const t of SCAM_CALL) await call(hooked.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: t });
      const deadline = Date.now() + 5000;
      while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(received.length).toBeGreaterThan(0);
      for (const w of received) expect(String(w.createdAt)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    } finally {
      await hooked.close();
      await receiver.close();
    }
  });
});
