import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARNING_TEXT, warningRuleViolations, type Warning } from '../../src/notify/warning.ts';
import { call, SCAM_CALL, start, type Running } from './helpers.ts';

/** 12381's rule, checked independently of the implementation: no link, no number but 110/96110. */
function followsRule(text: string): boolean {
  if (/https?:|www\.|\.(com|cn|top|net)\b/i.test(text)) return false;
  const numbers = text.match(/\d+/g) ?? [];
  return numbers.every((n) => n === '110' || n === '96110') && numbers.length > 0;
}

const LURE = [
  ...SCAM_CALL,
  { speaker: 'caller', text: '退款请点 http://jd-refund.top/r 或打客服电话 400-123-4567，加QQ 12345678' },
] as const;

describe('the warning rule', () => {
  it('every fixed warning follows it', () => {
    for (const text of Object.values(WARNING_TEXT)) {
      expect(followsRule(text)).toBe(true);
      expect(warningRuleViolations(text)).toEqual([]);
    }
  });

  it('the checker catches a link and a foreign number', () => {
    expect(warningRuleViolations('请点击 http://x.top 退款')).not.toEqual([]);
    expect(warningRuleViolations('请拨打4001234567核实')).not.toEqual([]);
  });
});

describe('outbox notifier', () => {
  let s: Running;
  beforeAll(async () => { s = await start(); });
  afterAll(async () => { await s.close(); });

  it('stores one fixed warning per stored alert, with nothing the scammer wrote', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: { recipient: 'device-token-abc' } });
    const alertIds: string[] = [];
    for (const turn of LURE) {
      const r = await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: turn });
      if (r.body.alert?.id) alertIds.push(r.body.alert.id);
    }
    const out = await call(s.base, 'GET', '/v1/outbox', { key: s.keys.staff });
    const mine = out.body.warnings.filter((w: Warning) => w.sessionId === opened.body.id);
    expect(mine.map((w: Warning) => w.alertId).sort()).toEqual([...alertIds].sort());
    for (const w of mine) {
      expect(followsRule(w.text)).toBe(true);
      expect(w.text).not.toContain('jd-refund');
      expect(w.recipient).toBeUndefined(); // sealed apart: never in an API answer
      expect(JSON.stringify(w)).not.toContain('device-token-abc');
    }
  });
});

describe('webhook notifier', () => {
  const received: Warning[] = [];
  const receiver = Fastify();
  let s: Running;
  beforeAll(async () => {
    receiver.post('/hook', async (req) => { received.push(req.body as Warning); return { ok: true }; });
    await receiver.listen({ port: 0, host: '127.0.0.1' });
    s = await start({ webhookUrl: `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/hook` });
  });
  afterAll(async () => { await s.close(); await receiver.close(); });

  it('POSTs each warning as JSON to the configured URL', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    for (const turn of LURE) await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: turn });
    const deadline = Date.now() + 5000;
    while (!received.some((w) => w.level === 'block') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const block = received.find((w) => w.level === 'block');
    expect(block).toMatchObject({ type: 'fanzha.warning', sessionId: opened.body.id, text: WARNING_TEXT.block });
    for (const w of received) expect(followsRule(w.text)).toBe(true);
  });
});

describe('a failing webhook', () => {
  const receiver = Fastify();
  let attempts = 0;
  let s: Running;
  beforeAll(async () => {
    receiver.post('/hook', async (_req, reply) => { attempts++; return reply.status(503).send({ down: true }); });
    await receiver.listen({ port: 0, host: '127.0.0.1' });
    s = await start({ webhookUrl: `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/hook` });
  });
  afterAll(async () => { await s.close(); await receiver.close(); });

  it('keeps the warning pending in the outbox and retries it', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    for (const turn of LURE) await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: turn });
    const deadline = Date.now() + 5000;
    let kept: Warning[] = [];
    while (Date.now() < deadline) {
      kept = (await call(s.base, 'GET', '/v1/outbox', { key: s.keys.staff })).body.warnings;
      if (kept.some((w) => w.level === 'block')) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(kept.some((w) => w.level === 'block' && w.sessionId === opened.body.id)).toBe(true);
    const retryBy = Date.now() + 8000;
    while (attempts < 2 && Date.now() < retryBy) await new Promise((r) => setTimeout(r, 50));
    expect(attempts).toBeGreaterThanOrEqual(2);
    const block = (await call(s.base, 'GET', '/v1/outbox', { key: s.keys.staff })).body.warnings.find((w: { level: string; sessionId: string }) => w.level === 'block' && w.sessionId === opened.body.id);
    expect(block).toMatchObject({ status: 'pending', lastError: 'webhook answered 503' });
  });
});
