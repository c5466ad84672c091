/**
 * The kill -9 test of the webhook path (issue 12 §3): the real server as a child process with a
 * slow webhook endpoint, a burst of scam calls, SIGKILL while deliveries are in flight, restart on
 * the same files: every answered warning is delivered, and each alert under exactly one delivery
 * id (a repeat after the crash carries the same id, so the receiver drops it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/notify/sign.ts';
import { call, SCAM_CALL } from './helpers.ts';

const ADMIN = 'webhook-kill-admin-key-0123456789';
const SECRET = 'whsec_kill_test';
const dir = mkdtempSync(join(tmpdir(), 'fanzha-hookkill-'));
const dbPath = join(dir, 'fanzha.db');
const children: ChildProcess[] = [];

interface Got { deliveryId: string; alertId: string; signed: boolean }
const got: Got[] = [];
const hook = Fastify();
hook.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));
hook.post('/hook', async (req) => {
  await new Promise((r) => setTimeout(r, 300)); // a slow endpoint
  const raw = req.body as string;
  const body = JSON.parse(raw) as { alertId: string };
  got.push({
    deliveryId: String(req.headers['fanzha-delivery-id']), alertId: body.alertId,
    signed: verifySignature(SECRET, String(req.headers['fanzha-signature']), raw, Math.floor(Date.now() / 1000)),
  });
  return { ok: true };
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await hook.close();
  rmSync(dir, { recursive: true, force: true });
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function serve(webhook: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--db', dbPath, '--rate-per-minute', 'off', '--webhook', webhook], {
    cwd: new URL('../../', import.meta.url).pathname,
    env: { ...process.env, FANZHA_ADMIN_KEY: ADMIN, FANZHA_WEBHOOK_SECRET: SECRET, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 45_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]!); }
    });
    child.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited ${code}: ${out}`)); });
  });
  return { child, base };
}

describe('no warning lost, none doubled, across kill -9', () => {
  it('slow endpoint, burst, kill, restart: every answered warning delivered under one delivery id', async () => {
    await hook.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(hook.server.address() as AddressInfo).port}/hook`;
    const first = await serve(url);
    const answered = new Set<string>();
    // A burst: 12 calls at once, each reaching warn then block.
    await Promise.all(Array.from({ length: 12 }, async () => {
      const open = await call(first.base, 'POST', '/v1/sessions', { json: { channel: 'call', recipient: 'device:kill-test' } });
      for (const t of SCAM_CALL) {
        const r = await call(first.base, 'POST', `/v1/sessions/${open.body.id}/turns`, { json: t });
        if (r.body.alert?.id) answered.add(r.body.alert.id);
      }
    }));
    expect(answered.size).toBeGreaterThanOrEqual(20);
    // Killed while the slow endpoint still has most of them to take.
    first.child.kill('SIGKILL');
    await exited(first.child);
    const before = new Set(got.map((g) => g.alertId));
    expect(before.size).toBeLessThan(answered.size);

    const second = await serve(url);
    // A job in flight at the kill may have reached the receiver without being marked: it is sent
    // again once its lease runs out (at least once), under the same delivery id.
    const deadline = Date.now() + 90_000;
    let rows: { alertId: string; status: string }[] = [];
    while (Date.now() < deadline) {
      rows = (await call(second.base, 'GET', '/v1/outbox?limit=1000', { key: ADMIN })).body.warnings
        .filter((w: { alertId: string }) => answered.has(w.alertId));
      if (rows.length === answered.size && rows.every((w) => w.status === 'delivered')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(rows).toHaveLength(answered.size);
    expect(rows.filter((w) => w.status !== 'delivered')).toEqual([]);
    const ids = new Map<string, Set<string>>();
    for (const g of got) {
      expect(g.signed).toBe(true);
      const s = ids.get(g.alertId) ?? new Set<string>();
      s.add(g.deliveryId);
      ids.set(g.alertId, s);
    }
    for (const a of answered) {
      expect(ids.get(a)?.size, `alert ${a}`).toBe(1); // delivered, under exactly one delivery id
    }
    // What a receiver that drops repeats by id keeps: exactly one warning per alert.
    const kept = new Map<string, string>();
    for (const g of got) if (!kept.has(g.deliveryId)) kept.set(g.deliveryId, g.alertId);
    expect([...kept.values()].filter((a) => answered.has(a)).sort()).toEqual([...answered].sort());
    second.child.kill('SIGTERM');
    await exited(second.child);
  }, 150_000);
});
