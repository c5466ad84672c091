/**
 * The issue's end-to-end test: 200 calls (half scam, half genuine service calls, from the
 * playbooks' own cases) ingested while two worker processes run; one is killed with SIGKILL
 * halfway and started again. Every scam call has exactly its alerts (no loss, no duplicate), no
 * genuine call has one, and the per-session alerts equal a single process's on the same input,
 * in the alerts stream and in the store.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import { HAVE_REDIS, startRedis, type TestRedis } from './redis.ts';
import { ingest } from '../../src/stream/ingest.ts';
import { alertId, streamKeys, type StreamAlert } from '../../src/stream/events.ts';
import { demoEvents, singleProcessAlerts } from '../../src/stream/demo.ts';
import { closeDb, openDb } from '../../src/store/db.ts';

const run = HAVE_REDIS ? describe : describe.skip;
const PARTITIONS = 8;
const PREFIX = 'e2e';

run('stream end to end: two worker processes, one killed with SIGKILL and restarted', () => {
  let redis: TestRedis;
  let dir: string;
  const procs: ChildProcess[] = [];
  const logs: string[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), 'fanzha-e2e-'));
  }, 20_000);
  afterAll(async () => {
    for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function startWorker(name: string): ChildProcess {
    const p = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--redis', redis.url, '--prefix', PREFIX,
      '--db', join(dir, 'fanzha.db'), '--partitions', String(PARTITIONS), '--lease-ms', '1000', '--claim-idle-ms', '1000',
      '--batch', '20', '--id', name], { stdio: ['ignore', 'ignore', 'pipe'] });
    p.stderr!.on('data', (d: Buffer) => logs.push(`${name}: ${d.toString().trim()}`));
    procs.push(p);
    return p;
  }

  it('gives exactly the single-process alerts, once each, in the stream and in the store', async () => {
    const r = redis.client();
    const k = streamKeys(PREFIX);
    const { events, scam } = demoEvents(200);
    const expected = singleProcessAlerts(events);
    const expectedCount = [...expected.values()].flat().length;
    expect(scam.size).toBe(100);
    expect(expected.size).toBe(100);

    // The store exists before the workers open it (they would also agree on migrations alone).
    closeDb(openDb(join(dir, 'fanzha.db')));
    const a = startWorker('a');
    startWorker('b');
    // Both workers own partitions before traffic starts.
    const owners = async (): Promise<Set<string>> => {
      const vals = await Promise.all(Array.from({ length: PARTITIONS }, (_, p) => r.get(k.lease(p))));
      return new Set(vals.filter((v): v is string => v !== null));
    };
    for (let i = 0; (await owners()).size < 2; i++) {
      if (i > 600) throw new Error(`workers did not start: ${logs.join('\n')}`);
      await new Promise((res) => setTimeout(res, 50));
    }

    // Traffic arrives in small chunks, as live calls would; worker a dies halfway.
    let killed = false;
    async function* paced(): AsyncGenerator<string> {
      for (let i = 0; i < events.length; i++) {
        if (i % 25 === 0) await new Promise((res) => setTimeout(res, 15));
        if (!killed && i >= events.length / 2) {
          killed = true;
          a.kill('SIGKILL');
          setTimeout(() => startWorker('a2'), 300);
        }
        yield JSON.stringify(events[i]);
      }
    }
    const report = await ingest(r, paced(), { prefix: PREFIX, partitions: PARTITIONS, batch: 25 });
    expect(report).toMatchObject({ events: events.length, dead: 0 });

    const deadline = Date.now() + 40_000;
    for (;;) {
      let waiting = 0;
      // Drained: no event waiting, and every alert committed has been forwarded from its partition's outbox.
      for (let p = 0; p < PARTITIONS; p++) waiting += await r.xlen(k.events(p)) + await r.xlen(k.outbox(p));
      if (waiting === 0) break;
      if (Date.now() > deadline) throw new Error(`not drained (${waiting} left): ${logs.join('\n')}`);
      await new Promise((res) => setTimeout(res, 50));
    }
    expect(killed).toBe(true);
    for (let p = 0; p < PARTITIONS; p++) expect((await r.xpending(k.events(p), 'workers') as [number])[0]).toBe(0);

    const alerts = (await r.xrange(k.alerts, '-', '+')).map(([, f]) => JSON.parse(f[1]!) as StreamAlert);
    expect(alerts.length).toBe(expectedCount);
    expect(new Set(alerts.map((x) => x.id)).size).toBe(alerts.length);
    const got = new Map<string, { level: string; turn: number; risk: number; verdict: string; tactics: string[] }[]>();
    for (const x of alerts) {
      expect(scam.has(x.session)).toBe(true);
      expect(x.id).toBe(alertId(x.session, x.level));
      got.set(x.session, [...(got.get(x.session) ?? []), { level: x.level, turn: x.turn, risk: x.risk, verdict: x.verdict, tactics: x.tactics }]);
    }
    // Alerts of one session are raised in its order (levels only rise), so the lists compare as they are.
    expect(got).toEqual(expected);

    const db = openDb(join(dir, 'fanzha.db'));
    const rows = db.prepare('SELECT id, session_id, level, turn FROM alerts').all() as { id: string; session_id: string; level: string; turn: number }[];
    closeDb(db);
    expect(rows.length).toBe(expectedCount);
    expect(new Set(rows.map((x) => x.id))).toEqual(new Set(alerts.map((x) => x.id)));
    for (const row of rows) expect(scam.has(row.session_id)).toBe(true);
    console.log(`e2e: ${events.length} events, ${alerts.length} alerts; ${logs.filter((l) => l.includes('reclaimed')).length} reclaims after the kill`);
  }, 90_000);
});
