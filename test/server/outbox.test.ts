/**
 * The transactional outbox and the signed webhook (issue 12 §3): every stored warn/block alert
 * has its delivery job in the same commit; deliveries are signed (HMAC-SHA256 over timestamp and
 * body), carry a stable delivery id and the event type, are retried with backoff, survive a
 * restart, and carry the citizen's recipient, which is stored sealed and shown nowhere else.
 */
import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import type { ServerOptions } from '../../src/server/app.ts';
import { createKey } from '../../src/server/auth.ts';
import { verifySignature } from '../../src/notify/sign.ts';
import { call, SCAM_CALL, rawDb } from './helpers.ts';

interface Received { id: string; event: string; signature: string; raw: string; body: Record<string, unknown> }

/** A webhook receiver that records raw bodies and headers; `fail` answers 503 to the first n deliveries. */
async function receiver(fail = 0) {
  const got: Received[] = [];
  let failures = fail;
  const app = Fastify();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));
  app.post('/hook', async (req, reply) => {
    const raw = req.body as string;
    got.push({
      id: String(req.headers['fanzha-delivery-id']), event: String(req.headers['fanzha-event']),
      signature: String(req.headers['fanzha-signature']), raw, body: JSON.parse(raw) as Record<string, unknown>,
    });
    if (failures > 0) { failures--; return reply.status(503).send({ down: true }); }
    return { ok: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { got, app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/hook` };
}

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

async function server(dir: string, overrides: Partial<ServerOptions>) {
  const app = await buildServer({ dbPath: join(dir, 'fanzha.db'), logLevel: 'silent', rateLimit: false, ...overrides });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const staff = (await createKey(app.store, 'staff', null)).key;
  return { app, staff, base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

async function until(cond: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
}

const SECRET = 'whsec_test_secret';
const FAST = { baseDelayMs: 50, maxDelayMs: 200, timeoutMs: 2_000, pollMs: 100 };

describe('signed webhook deliveries from the transactional outbox', () => {
  it('each stored alert is delivered once, signed, with its delivery id, event and the recipient in clear', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanzha-outbox-'));
    dirs.push(dir);
    const hook = await receiver();
    const s = await server(dir, { webhookUrl: hook.url, webhookSecret: SECRET, webhookRetry: FAST });
    try {
      const open = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call', recipient: 'tel:13812345678' } });
      expect(JSON.stringify(open.body)).not.toContain('13812345678');
      const alerts: string[] = [];
      for (const t of SCAM_CALL) {
        const r = await call(s.base, 'POST', `/v1/sessions/${open.body.id}/turns`, { json: t });
        if (r.body.alert?.id) alerts.push(r.body.alert.id);
      }
      expect(alerts.length).toBeGreaterThanOrEqual(2);
      await until(() => hook.got.length >= alerts.length);
      expect(hook.got.map((g) => g.body['alertId']).sort()).toEqual([...alerts].sort());
      for (const g of hook.got) {
        expect(verifySignature(SECRET, g.signature, g.raw, Math.floor(Date.now() / 1000))).toBe(true);
        expect(verifySignature('wrong secret', g.signature, g.raw, Math.floor(Date.now() / 1000))).toBe(false);
        expect(verifySignature(SECRET, g.signature, g.raw.replace('warn', 'xarn'), Math.floor(Date.now() / 1000))).toBe(false);
        expect(verifySignature(SECRET, g.signature, g.raw, Math.floor(Date.now() / 1000) + 3600)).toBe(false); // replayed an hour later
        expect(g.body['id']).toBe(g.id);
        expect(g.event).toMatch(/^warning\.(warn|block)$/);
        expect(g.body['event']).toBe(g.event);
        expect(g.body['recipient']).toBe('tel:13812345678');
        expect(String(g.body['createdAt'])).toMatch(/^\d{4}-\d\d-\d\dT/);
      }
      const outbox = await call(s.base, 'GET', '/v1/outbox', { key: s.staff });
      expect(outbox.body.warnings.filter((w: { status: string }) => w.status === 'delivered')).toHaveLength(alerts.length);
      expect(JSON.stringify(outbox.body)).not.toContain('13812345678');
      // Every alert row has exactly one delivery row: they were committed together.
      const db = rawDb(s.app.store);
      const n = db.prepare('SELECT (SELECT count(*) FROM alerts) AS a, (SELECT count(*) FROM deliveries) AS d').get() as { a: number; d: number };
      expect(n.d).toBe(n.a);
    } finally {
      await s.app.close();
      await hook.app.close();
    }
    // The recipient is sealed: not in the database file, its WAL, or anywhere next to it but the key file.
    for (const f of readdirSync(dir)) {
      if (f.endsWith('.key') || f.endsWith('.secret')) continue;
      expect(readFileSync(join(dir, f)).includes(Buffer.from('13812345678')), f).toBe(false);
    }
  }, 30_000);

  it('a failing endpoint gets the same delivery id again, with backoff, until it accepts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanzha-outbox-'));
    dirs.push(dir);
    const hook = await receiver(3);
    const s = await server(dir, { webhookUrl: hook.url, webhookSecret: SECRET, webhookRetry: FAST });
    try {
      const open = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call' } });
      const r = await call(s.base, 'POST', `/v1/sessions/${open.body.id}/turns`, { json: { speaker: 'caller', text: '您好，我是京东客服，您的商品有质量问题要给您退款，请开启屏幕共享，把验证码告诉我' } });
      expect(r.body.alert?.id).toBeTruthy();
      await until(() => hook.got.length >= 4);
      expect(hook.got).toHaveLength(4);
      expect(new Set(hook.got.map((g) => g.id)).size).toBe(1);
      expect(hook.got.map((g) => g.body['attempt'])).toEqual([1, 2, 3, 4]);
      await until(() => false, 500);
      expect(hook.got).toHaveLength(4); // accepted: not sent again
    } finally {
      await s.app.close();
      await hook.app.close();
    }
  }, 30_000);

  it('what is pending when the server stops is delivered by the next start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanzha-outbox-'));
    dirs.push(dir);
    const down = await receiver(1_000_000);
    const first = await server(dir, { webhookUrl: down.url, webhookRetry: { ...FAST, baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    const open = await call(first.base, 'POST', '/v1/sessions', { json: { channel: 'call', recipient: 'device:abc' } });
    const r = await call(first.base, 'POST', `/v1/sessions/${open.body.id}/turns`, { json: { speaker: 'caller', text: '您好，我是京东客服，您的商品有质量问题要给您退款，请开启屏幕共享，把验证码告诉我' } });
    await until(() => down.got.length >= 1);
    await first.app.close();
    await down.app.close();
    // Same directory: the same generated webhook secret and recipient key are read back.
    const up = await receiver();
    const db = rawDb(first.app.store);
    expect(db.open).toBe(false);
    const second = await server(dir, { webhookUrl: up.url, webhookRetry: FAST });
    try {
      // The job was postponed a minute by the failure: make it due now, as time passing would.
      rawDb(second.app.store).prepare(`UPDATE deliveries SET next_at = 0 WHERE status = 'pending'`).run();
      await until(() => up.got.length >= 1, 15_000);
      expect(up.got[0]!.body['alertId']).toBe(r.body.alert.id);
      expect(up.got[0]!.id).toBe(down.got[0]!.id);
      expect(up.got[0]!.body['recipient']).toBe('device:abc');
      const secret = readFileSync(join(dir, 'webhook.secret'), 'utf8').trim();
      expect(verifySignature(secret, up.got[0]!.signature, up.got[0]!.raw, Math.floor(Date.now() / 1000))).toBe(true);
    } finally {
      await second.app.close();
      await up.app.close();
    }
  }, 40_000);
});
