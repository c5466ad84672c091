/**
 * Two dispatchers (two processes' worth: two handles on one database) deliver the warning outbox
 * together: every job reaches the webhook, signed, and none is sent twice, on SQLite (one file)
 * and on PostgreSQL (one database).
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { ENGINES, freshPgUrl, freshSqlitePath } from './engines.ts';
import { openStore } from '../../src/store/open.ts';
import type { Sql, SqlEngine } from '../../src/store/sql.ts';
import { DeliveryStore } from '../../src/notify/deliveries.ts';
import { Dispatcher } from '../../src/notify/dispatcher.ts';
import { DELIVERY_HEADER, SIGNATURE_HEADER, verifySignature } from '../../src/notify/sign.ts';

async function twoHandles(engine: SqlEngine): Promise<[Sql, Sql]> {
  if (engine === 'pg') {
    const url = await freshPgUrl();
    return [await openStore({ pg: url }), await openStore({ pg: url })];
  }
  const path = freshSqlitePath();
  return [await openStore({ sqlite: path }), await openStore({ sqlite: path })];
}

const until = async (ok: () => boolean, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe.each(ENGINES)('two dispatchers on one %s store', (engine) => {
  it('deliver every warning once between them, signed, with the recipient opened', async () => {
    const secret = 'whsec_test';
    const received = new Map<string, number>();
    let badSignatures = 0;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => {
        const id = String(req.headers[DELIVERY_HEADER]);
        if (!verifySignature(secret, String(req.headers[SIGNATURE_HEADER]), body, Math.floor(Date.now() / 1000))) badSignatures++;
        const parsed = JSON.parse(body) as { id: string; recipient: string | null };
        if (parsed.id !== id || parsed.recipient !== `device-${id.slice(0, 4)}`) badSignatures++;
        received.set(id, (received.get(id) ?? 0) + 1);
        // A little latency, so both dispatchers have passes in flight at once.
        setTimeout(() => { res.writeHead(204).end(); }, 5);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const [one, two] = await twoHandles(engine);
    const key = randomBytes(32);
    const log = pino({ level: 'silent' });
    const a = new DeliveryStore(one, key);
    const b = new DeliveryStore(two, key);
    const now = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const job = await one.tx(async (q) => {
        const j = await a.enqueue({ alertId: `alert-${i}`, sessionId: `s-${i}`, level: i % 2 ? 'warn' : 'block', at: now }, true, q);
        await a.putRecipient(`s-${i}`, `device-${j.id.slice(0, 4)}`, now, q);
        return j;
      });
      ids.push(job.id);
    }
    const opts = { url, secret, pollMs: 50, concurrency: 3, timeoutMs: 2_000 };
    const d1 = new Dispatcher(a, log, opts);
    const d2 = new Dispatcher(b, log, opts);
    try {
      d1.start();
      d2.start();
      await until(() => received.size === ids.length);
      // A moment more: a job sent twice would arrive now.
      await new Promise((r) => setTimeout(r, 300));
      expect([...received.keys()].sort()).toEqual([...ids].sort());
      expect([...received.values()].every((n) => n === 1)).toBe(true);
      expect(badSignatures).toBe(0);
      // Both handles see every job marked delivered, once (attempts 1).
      for (const d of [a, b]) {
        const rows = await d.list(100);
        expect(rows.map((r) => [r.status, r.attempts])).toEqual(ids.map(() => ['delivered', 1]));
      }
    } finally {
      await d1.stop();
      await d2.stop();
      await one.close();
      await two.close();
      await new Promise<void>((r) => server.close(() => r()));
    }
  }, 120_000);
});
