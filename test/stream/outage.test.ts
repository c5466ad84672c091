/**
 * Issue 11 ops fault 3: a worker exited on any short Redis outage ("Reached the max retries per
 * request limit", not even naming Redis). Now a restart of redis-server (AOF on, as SCALING.md
 * §5 asks) pauses the worker, which says once which dependency is down (address, no password) and
 * once that it is back, and then processes everything: the alerts equal a single process's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, HAVE_REDIS } from './redis.ts';
import { ingest } from '../../src/stream/ingest.ts';
import { isConnectionFault, StreamWorker } from '../../src/stream/worker.ts';
import { streamKeys, type StreamAlert } from '../../src/stream/events.ts';
import { demoEvents, singleProcessAlerts } from '../../src/stream/demo.ts';

async function until(cond: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('which errors are a dependency outage', () => {
  it('connection faults of ioredis and node-postgres, not refused commands or bugs', () => {
    const withCode = (code: string) => Object.assign(new Error('x'), { code });
    expect(isConnectionFault(Object.assign(new Error('Reached the max retries per request limit (which is 3). Refer to "maxRetriesPerRequest" option for details.'), { name: 'MaxRetriesPerRequestError' }))).toBe(true);
    expect(isConnectionFault(new Error('Connection is closed.'))).toBe(true);
    expect(isConnectionFault(withCode('ECONNREFUSED'))).toBe(true);
    expect(isConnectionFault(withCode('57P01'))).toBe(true); // PostgreSQL: terminating connection due to administrator command
    expect(isConnectionFault(withCode('08006'))).toBe(true);
    expect(isConnectionFault(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionFault(new Error('NOSCRIPT No matching script'))).toBe(false);
    expect(isConnectionFault(withCode('23505'))).toBe(false); // unique violation: a bug, not an outage
    expect(isConnectionFault(new TypeError('x is undefined'))).toBe(false);
  });
});

(HAVE_REDIS ? describe : describe.skip)('a worker across a restart of redis-server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fanzha-outage-'));
  let proc: ChildProcess | null = null;
  afterAll(async () => {
    if (proc && proc.exitCode === null) { proc.kill('SIGKILL'); await new Promise((r) => proc!.once('exit', r)); }
    rmSync(dir, { recursive: true, force: true });
  });

  async function redisUp(port: number): Promise<void> {
    proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes',
      '--appendfsync', 'always', '--protected-mode', 'no', '--loglevel', 'warning'], { stdio: 'ignore' });
    await until(async () => {
      const probe = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on('error', () => undefined);
      try { await probe.connect(); await probe.ping(); return true; } catch { return false; } finally { probe.disconnect(); }
    }, 10_000);
  }
  async function redisDown(): Promise<void> {
    const p = proc!;
    p.kill('SIGTERM');
    if (p.exitCode === null) await new Promise((r) => p.once('exit', r));
  }

  it('keeps running, logs the outage once with the address, and ends with a single process\'s alerts', async () => {
    const port = await freePort();
    await redisUp(port);
    const url = `redis://127.0.0.1:${port}`;
    // As `fanzha worker` connects (src/cli/commands/stream.ts).
    const client = new Redis(url, { maxRetriesPerRequest: 3 });
    client.on('error', () => undefined);
    const feeder = new Redis(url, { maxRetriesPerRequest: 3 });
    feeder.on('error', () => undefined);
    const lines: string[] = [];
    const w = new StreamWorker({ redis: client, prefix: 'out', partitions: 2, leaseMs: 1000, blockMs: 50, log: (m) => lines.push(m), names: { redis: `Redis at ${url}` } });
    let settled: string | null = null;
    const running = w.start().then(() => { settled = 'resolved'; }, (e: Error) => { settled = `rejected: ${e.message}`; });
    try {
      const { events } = demoEvents(12);
      const half = Math.floor(events.length / 2);
      const k = streamKeys('out');
      const drained = async () => (await feeder.xlen(k.events(0))) + (await feeder.xlen(k.events(1))) === 0;
      const lines$ = (xs: typeof events) => (async function* () { for (const e of xs) yield JSON.stringify(e); })();
      await ingest(feeder, lines$(events.slice(0, half)), { prefix: 'out', partitions: 2 });
      await until(drained);

      await redisDown();
      await until(async () => lines.some((l) => l.includes('unavailable')), 20_000);
      await new Promise((r) => setTimeout(r, 1500)); // several retries while it is down
      expect(settled).toBeNull();
      await redisUp(port);
      await ingest(feeder, lines$(events.slice(half)), { prefix: 'out' });
      await until(drained, 60_000);
      await until(async () => lines.some((l) => l.includes('is back')), 20_000);
      expect(settled).toBeNull();

      const down = lines.filter((l) => l.includes('unavailable'));
      expect(down).toHaveLength(1);
      expect(down[0]).toContain(`Redis at ${url}`);
      expect(lines.filter((l) => l.includes('is back'))).toHaveLength(1);

      const alerts = (await feeder.xrange(k.alerts, '-', '+')).map(([, f]) => JSON.parse(f[f.indexOf('a') + 1]!) as StreamAlert);
      const got = new Map<string, { level: string; turn: number; risk: number; verdict: string; tactics: string[] }[]>();
      for (const a of alerts) got.set(a.session, [...(got.get(a.session) ?? []), { level: a.level, turn: a.turn, risk: a.risk, verdict: a.verdict, tactics: a.tactics }]);
      expect(got).toEqual(singleProcessAlerts(events));
    } finally {
      await w.stop();
      await running;
      client.disconnect();
      feeder.disconnect();
      await redisDown();
    }
  }, 120_000);
});
