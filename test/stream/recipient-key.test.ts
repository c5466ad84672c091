/**
 * Issue 11 ops fault 1: a citizen warning silently lost. A worker that sealed recipients with a
 * key of its own (made up beside its working directory) left `fanzha serve` unable to open them;
 * the warning went out with "recipient": null and was marked delivered. Now: with a shared store
 * (PostgreSQL) the key must be given and must be the store's (its fingerprint is kept there), and
 * a delivery whose recipient cannot be opened fails (retried, lastError says why), on both engines.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINES, freshPgUrl, freshSqlitePath } from '../store/engines.ts';
import { HAVE_PG } from './postgres.ts';
import { main } from '../../src/cli/main.ts';
import { openStore } from '../../src/store/open.ts';
import { DeliveryStore } from '../../src/notify/deliveries.ts';
import { Dispatcher } from '../../src/notify/dispatcher.ts';
import { buildServer } from '../../src/server/app.ts';

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const input = new PassThrough();
  let err = '';
  stderr.on('data', (d) => { err += d; });
  stdout.resume();
  input.end('');
  const code = await main(args, { stdout, stderr, stdin: input, env });
  return { code, err };
}

const dir = mkdtempSync(join(tmpdir(), 'fanzha-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const K1 = randomBytes(32).toString('base64url');
const K2 = randomBytes(32).toString('base64url');

(HAVE_PG ? describe : describe.skip)('a shared store needs the one shared recipient key', () => {
  it('refuses a worker or a service on --pg with no key, in one line, exit 2, before touching anything', async () => {
    const pg = await freshPgUrl();
    const w = await run(['worker', '--redis', 'redis://127.0.0.1:1', '--pg', pg, '--deliver', 'webhook']);
    expect(w.code).toBe(2);
    expect(w.err.trim().split('\n')).toHaveLength(1);
    expect(w.err).toMatch(/--recipient-key-file PATH or FANZHA_RECIPIENT_KEY/);
    const s = await run(['serve', '--pg', pg, '--port', '0']);
    expect(s.code).toBe(2);
    expect(s.err).toMatch(/FANZHA_RECIPIENT_KEY/);
    await expect(buildServer({ dbPath: ':memory:', pgUrl: pg, logLevel: 'silent' })).rejects.toThrow(/recipient key/);
  });

  it('refuses a process whose key is not the one the store\'s recipients are sealed with', async () => {
    const pg = await freshPgUrl();
    const first = await buildServer({ dbPath: ':memory:', pgUrl: pg, recipientKey: K1, logLevel: 'silent', rateLimit: false });
    try {
      // Same key, from a file or the environment: accepted (another process of the same service).
      const again = await buildServer({ dbPath: ':memory:', pgUrl: pg, recipientKey: K1, logLevel: 'silent', rateLimit: false });
      await again.close();
      await expect(buildServer({ dbPath: ':memory:', pgUrl: pg, recipientKey: K2, logLevel: 'silent' })).rejects.toThrow(/not the one the shared store's recipients are sealed with/);
      const s = await run(['serve', '--pg', pg, '--port', '0'], { FANZHA_RECIPIENT_KEY: K2 });
      expect(s).toMatchObject({ code: 2, err: expect.stringMatching(/not the one/) });
      // The worker checks before it connects to Redis (unreachable here): a wrong key is the first thing said.
      const file = join(dir, 'other.key');
      writeFileSync(file, `${K2}\n`);
      const w = await run(['worker', '--redis', 'redis://127.0.0.1:1', '--pg', pg, '--recipient-key-file', file]);
      expect(w.code).toBe(2);
      expect(w.err).toMatch(/not the one/);
      expect(w.err).not.toContain(K2);
      const bad = join(dir, 'short.key');
      writeFileSync(bad, 'abc\n');
      expect(await run(['worker', '--redis', 'redis://127.0.0.1:1', '--pg', pg, '--recipient-key-file', bad])).toMatchObject({ code: 2, err: expect.stringMatching(/32 bytes/) });
    } finally {
      await first.close();
    }
  }, 60_000);
});

describe.each(ENGINES)('a warning whose recipient cannot be opened (%s)', (engine) => {
  it('is not sent nor marked delivered: it fails with the reason, stays pending for a retry, and is logged', async () => {
    let received = 0;
    const server = createServer((req, res) => { received++; req.resume(); res.writeHead(204).end(); });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const sql = engine === 'pg' ? await openStore({ pg: await freshPgUrl() }) : await openStore({ sqlite: freshSqlitePath() });
    const lines: string[] = [];
    const log = pino({ level: 'warn' }, { write: (l: string) => { lines.push(l); } });
    // Sealed by a process with another key (the worker that made up its own).
    const sealer = new DeliveryStore(sql, Buffer.from(K2, 'base64url'));
    const opener = new DeliveryStore(sql, Buffer.from(K1, 'base64url'));
    const now = Date.now();
    const job = await sql.tx(async (q) => {
      const j = await sealer.enqueue({ alertId: 'a-1', sessionId: 's-1', level: 'block', at: now }, true, q);
      await sealer.putRecipient('s-1', 'tel:13812345678', now, q);
      return j;
    });
    const d = new Dispatcher(opener, log, { url, secret: 'whsec_t', pollMs: 50, baseDelayMs: 60_000 });
    try {
      d.start();
      const end = Date.now() + 20_000;
      while ((await opener.get(job.id))!.attempts === 0) {
        if (Date.now() > end) throw new Error('timed out');
        await new Promise((r) => setTimeout(r, 20));
      }
      const row = (await opener.get(job.id))!;
      expect(received).toBe(0);
      expect(row.status).toBe('pending');
      expect(row.last_error).toMatch(/recipient cannot be opened/);
      expect(row.last_error).not.toContain('13812345678');
      expect(lines.join('')).toMatch(/citizen warning not delivered yet/);
      expect(lines.join('')).not.toContain('13812345678');
    } finally {
      await d.stop();
      await sql.close();
      await new Promise<void>((r) => server.close(() => r()));
    }
  }, 60_000);
});
