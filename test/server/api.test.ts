import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { call, SCAM_CALL, start, type Running } from './helpers.ts';

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

describe('analyze over HTTP', () => {
  it('returns the CLI result for a scam SMS', async () => {
    const r = await call(s.base, 'POST', '/v1/analyze', {
      json: { channel: 'sms', text: '您好，我是淘宝客服，您的奶粉有质量问题给您双倍退款，请开启屏幕共享并告诉我验证码' },
    });
    expect(r.status).toBe(200);
    expect(r.body.verdict).toBe('scam');
    expect(r.body.tactics.map((t: { id: string }) => t.id)).toContain('extract.verification-code');
    expect(r.body.advice.length).toBeGreaterThan(0);
  });

  it('accepts a conversation and plain "speaker: text" lines', async () => {
    const conv = await call(s.base, 'POST', '/v1/analyze', { json: { channel: 'call', turns: SCAM_CALL } });
    expect(conv.status).toBe(200);
    expect(conv.body.level).toBe('block');
    const lines = SCAM_CALL.map((t) => `${t.speaker}: ${t.text}`).join('\n');
    const plain = await call(s.base, 'POST', '/v1/analyze', { body: lines, type: 'text/plain; charset=utf-8' });
    expect(plain.status).toBe(200);
    expect(plain.body.verdict).toBe(conv.body.verdict);
  });

  it('calls an ordinary message safe', async () => {
    const r = await call(s.base, 'POST', '/v1/analyze', { json: { text: '妈，我今天晚上回家吃饭' } });
    expect(r.status).toBe(200);
    expect(r.body.verdict).toBe('safe');
  });
});

describe('checks', () => {
  it('flags a look-alike refund link', async () => {
    const r = await call(s.base, 'POST', '/v1/check/url', { json: { url: 'http://taobao.com.refund-service.top/r' } });
    expect(r.status).toBe(200);
    expect(r.body.verdict).toBe('dangerous');
    expect(r.body.findings.length).toBeGreaterThan(0);
  });

  it('checks a number against a claimed identity', async () => {
    const r = await call(s.base, 'POST', '/v1/check/number', { json: { number: '+8617012345678', claims: '京东客服' } });
    expect(r.status).toBe(200);
    expect(Array.isArray(r.body.findings)).toBe(true);
    expect(r.body.findings.length).toBeGreaterThan(0);
  });

  it('decodes an uploaded QR image and classifies it', async () => {
    const png = await QRCode.toBuffer('https://taobao-refund.top/pay?id=1', { type: 'png' });
    const r = await call(s.base, 'POST', '/v1/check/qr', { body: new Uint8Array(png), type: 'image/png' });
    expect(r.status).toBe(200);
    expect(r.body.found).toBe(true);
    expect(r.body.payload).toBe('https://taobao-refund.top/pay?id=1');
    expect(r.body.verdict).not.toBe('official');
  });

  it('rejects an upload that is not an image', async () => {
    const r = await call(s.base, 'POST', '/v1/check/qr', { body: new Uint8Array([1, 2, 3, 4, 5]), type: 'image/png' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_image');
  });
});

describe('live sessions', () => {
  it('opens a session, raises warn then block, stores the alerts, and ends', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call', claimedIdentity: '京东客服' } });
    expect(opened.status).toBe(201);
    const id = opened.body.id as string;
    const levels: string[] = [];
    const alertIds: string[] = [];
    for (const turn of SCAM_CALL) {
      const r = await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: turn });
      expect(r.status).toBe(200);
      levels.push(r.body.state.level);
      if (r.body.alert?.id) alertIds.push(r.body.alert.id);
    }
    expect(levels.at(-1)).toBe('block');
    expect(alertIds.length).toBeGreaterThanOrEqual(1);

    const got = await call(s.base, 'GET', `/v1/sessions/${id}`);
    expect(got.status).toBe(200);
    expect(got.body.turns).toBe(SCAM_CALL.length);
    expect(got.body.level).toBe('block');
    expect(got.body.alerts.map((a: { id: string }) => a.id).sort()).toEqual([...alertIds].sort());
    expect(got.body.transcript).toBeUndefined(); // only staff see the transcript

    const asStaff = await call(s.base, 'GET', `/v1/sessions/${id}`, { key: s.keys.staff });
    expect(asStaff.body.transcript).toHaveLength(SCAM_CALL.length);

    const ended = await call(s.base, 'POST', `/v1/sessions/${id}/end`);
    expect(ended.status).toBe(200);
    expect(ended.body.status).toBe('ended');
    const late = await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: { speaker: 'caller', text: '还在吗' } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('session_ended');
  });

  it('lists, reads and updates stored alerts for staff', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    for (const turn of SCAM_CALL) await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: turn });
    const list = await call(s.base, 'GET', `/v1/alerts?level=block&status=new&sessionId=${opened.body.id}`, { key: s.keys.staff });
    expect(list.status).toBe(200);
    expect(list.body.alerts).toHaveLength(1);
    const alert = list.body.alerts[0];
    expect(alert.evidence.length).toBeGreaterThan(0);
    const patched = await call(s.base, 'PATCH', `/v1/alerts/${alert.id}`, { key: s.keys.staff, json: { status: 'following-up' } });
    expect(patched.status).toBe(200);
    expect(patched.body.status).toBe('following-up');
    const one = await call(s.base, 'GET', `/v1/alerts/${alert.id}`, { key: s.keys.staff });
    expect(one.body.status).toBe('following-up');
    const future = await call(s.base, 'GET', `/v1/alerts?since=${Date.now() + 60_000}`, { key: s.keys.staff });
    expect(future.body.alerts).toHaveLength(0);
    const bad = await call(s.base, 'PATCH', `/v1/alerts/${alert.id}`, { key: s.keys.staff, json: { status: 'deleted' } });
    expect(bad.status).toBe(400);
  });
});

describe('documentation', () => {
  it('serves an OpenAPI document listing every endpoint', async () => {
    const r = await call(s.base, 'GET', '/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    for (const p of ['/v1/analyze', '/v1/check/url', '/v1/check/number', '/v1/check/qr', '/v1/sessions', '/v1/sessions/{id}/turns',
      '/v1/sessions/{id}/events', '/v1/payment-check', '/v1/alerts', '/v1/alerts/{id}', '/v1/alerts/stream', '/v1/outbox']) {
      expect(r.body.paths[p], p).toBeDefined();
    }
    expect(r.body.paths['/v1/analyze'].post.requestBody.content['application/json'].schema).toBeDefined();
  });

  it('serves readable docs at /docs', async () => {
    const r = await call(s.base, 'GET', '/docs');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/html');
    expect(r.text).toContain('/v1/payment-check');
  });
});
