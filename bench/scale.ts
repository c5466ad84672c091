/**
 * `npm run bench -- scale`: the stream path's throughput and event→alert latency, side by side:
 * in-process (the pure step and fold, state stored as JSON between events, no Redis), then 1 and
 * 2 worker processes against a redis-server on loopback (started here on a free port, no
 * persistence) with the SQLite store on. Traffic: the playbooks' call cases (half scam, half
 * genuine), interleaved (src/stream/demo.ts).
 *   throughput: every event put on the stream at once, timed until the workers drained it;
 *   latency: events offered at a steady rate below capacity; an alert's latency is from the event's
 *   ingest time to the alert's entry in the alerts stream (its id is Redis's clock at the commit).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { analyzeTurn, foldTurn, getEngine, SessionSnapshotSchema, stateForOptions, stateFromSnapshot, stateToSnapshot } from '../src/index.ts';
import { demoEvents } from '../src/stream/demo.ts';
import { ingest } from '../src/stream/ingest.ts';
import { streamKeys, type StreamAlert, type StreamEvent } from '../src/stream/events.ts';
import { HAVE_REDIS, startRedis } from '../test/stream/redis.ts';
import type { BenchRow } from './engine.ts';

const PARTITIONS = 16;

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The pure path alone, as one worker runs it per event (load state from JSON, step, fold, store JSON). */
function inProcess(events: readonly StreamEvent[]): { perSec: number; p50: number; p99: number } {
  const engine = getEngine();
  const run = (): number[] => {
    const stored = new Map<string, string>();
    const times: number[] = [];
    for (const ev of events) {
      const t0 = performance.now();
      const json = stored.get(ev.session);
      const state = json ? stateFromSnapshot(engine, SessionSnapshotSchema.parse(JSON.parse(json))) : stateForOptions({ channel: ev.channel ?? 'call' });
      const next = foldTurn(engine, state, analyzeTurn(engine, state, { speaker: ev.speaker, text: ev.text })).state;
      stored.set(ev.session, JSON.stringify(stateToSnapshot(next)));
      times.push(performance.now() - t0);
    }
    return times;
  };
  run(); // warm up (compiles the playbooks, JIT)
  const best: number[][] = [];
  let totals: number[] = [];
  for (let i = 0; i < 3; i++) { const t = run(); best.push(t); totals.push(t.reduce((a, b) => a + b, 0)); }
  const median = [...totals].sort((a, b) => a - b)[1]!;
  const times = best[totals.indexOf(median)]!.sort((a, b) => a - b);
  totals = [];
  return { perSec: events.length / (median / 1000), p50: pct(times, 50), p99: pct(times, 99) };
}

/** Redis's own CPU time so far (user + system, seconds), from INFO cpu. */
async function redisCpu(r: Redis): Promise<number> {
  const info = await r.info('cpu');
  const v = (name: string): number => Number(new RegExp(`^${name}:([0-9.]+)`, 'm').exec(info)?.[1] ?? NaN);
  return v('used_cpu_user') + v('used_cpu_sys');
}

async function waitDrained(r: Redis, prefix: string, timeoutMs = 600_000): Promise<void> {
  const k = streamKeys(prefix);
  const end = Date.now() + timeoutMs;
  for (;;) {
    const pipe = r.pipeline();
    // Drained: no event waiting and every committed alert forwarded from its partition's outbox.
    for (let p = 0; p < PARTITIONS; p++) pipe.xlen(k.events(p)).xlen(k.outbox(p));
    const waiting = ((await pipe.exec()) ?? []).reduce((n, [, v]) => n + Number(v), 0);
    if (waiting === 0) return;
    if (Date.now() > end) throw new Error(`workers did not drain the stream (${waiting} left)`);
    await new Promise((res) => setTimeout(res, 20));
  }
}

async function withWorkers(url: string, dir: string, prefix: string, n: number, body: (r: Redis) => Promise<void>, r: Redis): Promise<void> {
  const procs: ChildProcess[] = [];
  const k = streamKeys(prefix);
  try {
    for (let i = 0; i < n; i++) {
      procs.push(spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--redis', url, '--prefix', prefix,
        '--db', join(dir, `${prefix}.db`), '--partitions', String(PARTITIONS), '--lease-ms', '2000', '--id', `${prefix}-w${i}`],
      { stdio: 'ignore' }));
    }
    // Every partition owned, by n workers, before the clock starts.
    for (let i = 0; ; i++) {
      const owners = await Promise.all(Array.from({ length: PARTITIONS }, (_, p) => r.get(k.lease(p))));
      if (owners.every((o) => o !== null) && new Set(owners).size === n) break;
      if (i > 1500) throw new Error(`${n} workers did not take the partitions`);
      await new Promise((res) => setTimeout(res, 20));
    }
    await body(r);
  } finally {
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(procs.map((p) => new Promise((res) => (p.exitCode !== null ? res(null) : p.once('exit', res)))));
  }
}

async function* lines(events: readonly StreamEvent[], perSec?: number): AsyncGenerator<string> {
  const t0 = Date.now();
  for (let i = 0; i < events.length; i++) {
    if (perSec && i % 10 === 0) {
      const due = t0 + (i / perSec) * 1000;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((res) => setTimeout(res, wait));
    }
    yield JSON.stringify(events[i]);
  }
}

export async function benchScale(): Promise<{ rows: BenchRow[]; note: string }> {
  const bulk = demoEvents(2000, 'bulk').events;
  const load0 = loadavg()[0]!;
  const rows: BenchRow[] = [];
  const ip = inProcess(bulk);
  rows.push({ name: 'in-process (step + fold, state as JSON per event): events/s', value: ip.perSec, unit: 'events/s' });
  rows.push({ name: 'in-process: time per event p50 / p99', value: ip.p50, unit: `ms (p99 ${ip.p99.toFixed(2)} ms)` });
  if (!HAVE_REDIS) return { rows, note: 'redis-server is not installed: the worker rows were not run (apt-get install redis-server).' };

  const redis = await startRedis();
  const dir = mkdtempSync(join(tmpdir(), 'fanzha-bench-scale-'));
  const r = redis.client();
  let oneWorker = 0;
  try {
    for (const n of [1, 2]) {
      await withWorkers(redis.url, dir, `b${n}`, n, async () => {
        const cpu0 = await redisCpu(r);
        const t0 = Date.now();
        await ingest(r, lines(bulk), { prefix: `b${n}`, partitions: PARTITIONS, batch: 500 });
        await waitDrained(r, `b${n}`);
        const perSec = bulk.length / ((Date.now() - t0) / 1000);
        if (n === 1) {
          const cpu = (await redisCpu(r)) - cpu0;
          rows.push({ name: 'Redis CPU per 1,000 events (ingest + worker, all commands)', value: (cpu * 1000) / (bulk.length / 1000), unit: 'ms' });
          const bytes = bulk.reduce((a, e) => a + Buffer.byteLength(JSON.stringify(e)), 0) / bulk.length;
          rows.push({ name: 'event size on the stream (JSON, mean)', value: bytes, unit: 'bytes' });
          const k = streamKeys(`b${n}`);
          const sample = [...new Set(bulk.map((e) => e.session))].slice(0, 400);
          const { partitionOf } = await import('../src/stream/events.ts');
          const mem = await Promise.all(sample.map((sid) => r.call('MEMORY', 'USAGE', k.state(partitionOf(sid, PARTITIONS), sid)) as Promise<number | null>));
          const known = mem.filter((m): m is number => typeof m === 'number');
          rows.push({ name: `Redis memory per session state (MEMORY USAGE, mean of ${known.length} calls)`, value: known.reduce((a, b) => a + b, 0) / Math.max(1, known.length), unit: 'bytes' });
        }
        if (n === 1) oneWorker = perSec;
        rows.push({ name: `${n} worker${n > 1 ? 's' : ''}: events/s (all ${bulk.length} at once, until drained)`, value: perSec, unit: 'events/s' });

        // Latency at a steady rate below one worker's capacity, the same rate for 1 and 2 workers.
        const rate = Math.max(50, Math.round(oneWorker * 0.4));
        const lat = demoEvents(Math.round((rate * 5) / 4.3), `lat${n}`).events;
        const since = await r.xrevrange(streamKeys(`b${n}`).alerts, '+', '-', 'COUNT', 1);
        await ingest(r, lines(lat, rate), { prefix: `b${n}`, partitions: PARTITIONS, batch: 10 });
        await waitDrained(r, `b${n}`);
        const entries = await r.xrange(streamKeys(`b${n}`).alerts, since[0] ? `(${since[0][0]}` : '-', '+');
        const ms = entries.map(([id, f]) => Number(id.split('-')[0]) - (JSON.parse(f[1]!) as StreamAlert).eventAt).sort((a, b) => a - b);
        rows.push({ name: `${n} worker${n > 1 ? 's' : ''}: event→alert latency p50 / p99 at ${rate} events/s offered (${ms.length} alerts)`, value: pct(ms, 50), unit: `ms (p99 ${pct(ms, 99).toFixed(0)} ms)` });
      }, r);
    }
  } finally {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return { rows, note: `Traffic: ${bulk.length} events of 2,000 calls (playbook call cases, half scam, half genuine), ${PARTITIONS} partitions, SQLite store on, Redis ${'on loopback'}. Workers are separate processes on this machine's cores (shared with the ingest, Redis and the bench). Load average (1 min) before / after: ${load0.toFixed(1)} / ${loadavg()[0]!.toFixed(1)}.` };
}
