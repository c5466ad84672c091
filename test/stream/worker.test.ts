import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { HAVE_REDIS, startRedis, type TestRedis } from './redis.ts';
import { ingest } from '../../src/stream/ingest.ts';
import { COMMIT_LUA, StreamWorker } from '../../src/stream/worker.ts';
import { alertId, streamKeys, partitionOf, type StreamAlert, type StreamEvent } from '../../src/stream/events.ts';
import { demoEvents, singleProcessAlerts } from '../../src/stream/demo.ts';
import { openDb, closeDb } from '../../src/store/db.ts';
import { SqliteAlertSink } from '../../src/store/stream.ts';
import { boundedLines } from '../../src/stream/lines.ts';

const run = HAVE_REDIS ? describe : describe.skip;

async function* linesOf(events: readonly (StreamEvent | string)[]): AsyncGenerator<string> {
  for (const e of events) yield typeof e === 'string' ? e : JSON.stringify(e);
}

async function readAlerts(r: Redis, key: string): Promise<StreamAlert[]> {
  const entries = await r.xrange(key, '-', '+');
  return entries.map(([, f]) => JSON.parse(f[f.indexOf('a') + 1]!) as StreamAlert);
}

async function until(cond: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function drained(r: Redis, prefix: string, partitions: number): Promise<boolean> {
  const k = streamKeys(prefix);
  for (let p = 0; p < partitions; p++) if (await r.xlen(k.events(p)) > 0) return false;
  return true;
}

run('stream workers against a real redis-server', () => {
  let redis: TestRedis;
  let r: Redis;
  beforeAll(async () => { redis = await startRedis(); r = redis.client(); }, 20_000);
  afterAll(async () => { await redis?.stop(); });

  it('applies each session in order, once, with the alerts a single process gives (ingesting the same input twice changes nothing)', async () => {
    const prefix = 't1';
    const { events, scam } = demoEvents(40);
    expect(await ingest(r, linesOf(events), { prefix, partitions: 4 })).toMatchObject({ events: events.length, dead: 0 });
    expect(await ingest(r, linesOf(events), { prefix })).toMatchObject({ events: events.length, dead: 0 });
    let skipped = 0;
    const w = new StreamWorker({ redis: redis.client(), prefix, leaseMs: 2000, blockMs: 50, onCommit: (c) => { skipped += c.skipped; } });
    const done = w.start();
    await until(() => drained(r, prefix, 4));
    await w.stop();
    await done;
    expect(skipped).toBe(events.length);

    const alerts = await readAlerts(r, `${prefix}:alerts`);
    const expected = singleProcessAlerts(events);
    const got = new Map<string, { level: string; turn: number; risk: number; verdict: string; tactics: string[] }[]>();
    for (const a of alerts) got.set(a.session, [...(got.get(a.session) ?? []), { level: a.level, turn: a.turn, risk: a.risk, verdict: a.verdict, tactics: a.tactics }]);
    expect(got).toEqual(expected);
    expect([...got.keys()].every((s) => scam.has(s))).toBe(true);
    expect(got.size).toBe(scam.size);
    for (const a of alerts) expect(a.id).toBe(alertId(a.session, a.level));
    // The state records the last seq applied, in its session's partition.
    const some = events[events.length - 1]!;
    expect(await r.hget(streamKeys(prefix).state(partitionOf(some.session, 4), some.session), 'seq')).toBe(String(some.seq));
  }, 60_000);

  it('keeps the states it committed in memory while the partition is its own: the same alerts with far fewer loads', async () => {
    const { events } = demoEvents(30);
    const expected = singleProcessAlerts(events);
    const loads: Record<string, number> = {};
    for (const [prefix, cacheSize] of [['c0', 0], ['c1', 10_000]] as const) {
      const stats = async (): Promise<number> => Number(/cmdstat_hmget:calls=(\d+)/.exec(await r.info('commandstats'))?.[1] ?? 0);
      const before = await stats();
      // Small batches, so that sessions come back in many batches.
      const w = new StreamWorker({ redis: redis.client(), prefix, leaseMs: 2000, blockMs: 20, batch: 5, cacheSize });
      const done = w.start();
      await ingest(r, linesOf(events), { prefix, partitions: 2, batch: 20 });
      await until(() => drained(r, prefix, 2));
      await w.stop();
      await done;
      loads[prefix] = (await stats()) - before;
      const got = new Map<string, { level: string; turn: number; risk: number; verdict: string; tactics: string[] }[]>();
      for (const a of await readAlerts(r, `${prefix}:alerts`)) got.set(a.session, [...(got.get(a.session) ?? []), { level: a.level, turn: a.turn, risk: a.risk, verdict: a.verdict, tactics: a.tactics }]);
      expect(got).toEqual(expected);
    }
    expect(loads['c1']).toBeLessThan(loads['c0']! / 2);
  }, 60_000);

  it('sends poison events to the dead-letter stream with their reason (masked) and goes on with the partition', async () => {
    const prefix = 't2';
    const good = demoEvents(2).events;
    const poison = [
      'not json at all',
      '{"text":"no session"}',
      JSON.stringify({ session: 'p-1', seq: 0, text: 'x'.repeat(20_001) }),
      JSON.stringify({ session: 'p-1', seq: 1, text: '我的卡号 6222021234567890123 你核对', colour: 'red' }),
      JSON.stringify({ session: 'p-1', seq: 2, speaker: 'robot', text: 'hi' }),
    ];
    // One partition: the poison sits between good events of the same partition.
    const input = [...good.slice(0, 3), ...poison, ...good.slice(3)];
    const rep = await ingest(r, linesOf(input), { prefix, partitions: 1 });
    expect(rep).toMatchObject({ events: good.length + 3, dead: 2 });
    let applied = 0;
    const w = new StreamWorker({ redis: redis.client(), prefix, leaseMs: 2000, blockMs: 50, onCommit: (c) => { applied += c.applied; } });
    const done = w.start();
    await until(() => drained(r, prefix, 1));
    await w.stop();
    await done;
    expect(applied).toBe(good.length);
    const dead = await r.xrange(`${prefix}:dead`, '-', '+');
    const reasons = dead.map(([, f]) => f[f.indexOf('reason') + 1]!);
    expect(reasons).toHaveLength(5);
    expect(reasons.some((x) => x.startsWith('malformed JSON'))).toBe(true);
    expect(reasons.some((x) => x.startsWith('event has no session id'))).toBe(true);
    expect(reasons.some((x) => /invalid event at text/.test(x))).toBe(true);
    expect(reasons.some((x) => /Unrecognized key|unrecognized/i.test(x))).toBe(true);
    expect(reasons.some((x) => /invalid event at speaker/.test(x))).toBe(true);
    // The victim's card number is not written down in the dead letter.
    const raws = dead.map(([, f]) => f[f.indexOf('raw') + 1]!).join('\n');
    expect(raws).not.toContain('6222021234567890123');
    expect(await readAlerts(r, `${prefix}:alerts`)).toEqual(expect.arrayContaining([expect.objectContaining({ session: good[0]!.session })]));
  }, 60_000);

  it('takes over a dead worker\'s pending entries (XAUTOCLAIM after the idle time), in order, and loses nothing', async () => {
    const prefix = 't3';
    const { events } = demoEvents(10);
    await ingest(r, linesOf(events), { prefix, partitions: 1 });
    const k = streamKeys(prefix);
    // A worker that owned the partition read half the entries and died without acknowledging them.
    await r.set(k.lease(0), 'dead-worker', 'PX', 300);
    const read = await r.xreadgroup('GROUP', 'workers', 'dead-worker', 'COUNT', Math.floor(events.length / 2), 'STREAMS', k.events(0), '>') as [string, [string, string[]][]][];
    expect(read[0]![1].length).toBe(Math.floor(events.length / 2));
    const w = new StreamWorker({ redis: redis.client(), prefix, leaseMs: 300, claimIdleMs: 400, blockMs: 50 });
    const done = w.start();
    await until(() => drained(r, prefix, 1));
    await w.stop();
    await done;
    expect(await r.xpending(k.events(0), 'workers')).toEqual([0, null, null, null]);
    // The dead consumer is forgotten once nothing is pending and it has been idle for ten leases.
    await new Promise((res) => setTimeout(res, 3200));
    const w2 = new StreamWorker({ redis: redis.client(), prefix, leaseMs: 300, blockMs: 50 });
    const done2 = w2.start();
    await until(async () => ((await r.xinfo('CONSUMERS', k.events(0), 'workers')) as string[][]).every((c) => c[1] !== 'dead-worker'), 5000);
    await w2.stop();
    await done2;
    const alerts = await readAlerts(r, `${prefix}:alerts`);
    const expected = singleProcessAlerts(events);
    expect(alerts.length).toBe([...expected.values()].flat().length);
    for (const a of alerts) expect(expected.get(a.session)?.map((x) => x.turn)).toContain(a.turn);
  }, 60_000);

  it('reads nothing from a partition another worker holds', async () => {
    const prefix = 't4';
    const { events } = demoEvents(4);
    await ingest(r, linesOf(events), { prefix, partitions: 1 });
    const w = new StreamWorker({ redis: redis.client(), prefix, leaseMs: 60_000, blockMs: 50 });
    await r.set(streamKeys(prefix).lease(0), 'other', 'PX', 60_000);
    const done = w.start();
    await new Promise((res) => setTimeout(res, 400));
    expect(await r.xlen(streamKeys(prefix).events(0))).toBe(events.length);
    expect(await r.xlen(`${prefix}:alerts`)).toBe(0);
    await w.stop();
    await done;
  }, 20_000);

  it('refuses a commit from a worker that lost its lease, or over a state that changed meanwhile, and changes nothing', async () => {
    const k = streamKeys('t4b');
    const stream = k.events(0);
    await r.xgroup('CREATE', stream, 'workers', '0', 'MKSTREAM');
    const id = await r.xadd(stream, '*', 'e', '{}', 't', '0');
    await r.xreadgroup('GROUP', 'workers', 'me', 'STREAMS', stream, '>');
    const state = k.state(0, 's1');
    const commit = (expected: string): Promise<unknown> => r.eval(COMMIT_LUA, 4, stream, k.lease(0), k.outbox(0), state,
      'workers', 'me', '60', '1', expected, '0', '{"v":1}', '{"platform":null,"indicators":[]}', '1', '{"id":"a"}', '0', id!);
    await r.set(k.lease(0), 'someone-else');
    expect(await commit('-1')).toBe(-1);
    await r.set(k.lease(0), 'me');
    await r.hset(state, 'seq', '3');
    expect(await commit('-1')).toBe(-2);
    // Nothing was written, acknowledged or deleted by the refused commits.
    expect(await r.hget(state, 'seq')).toBe('3');
    expect(await r.xlen(k.outbox(0))).toBe(0);
    expect((await r.xpending(stream, 'workers') as [number])[0]).toBe(1);
    expect(await commit('3')).toBe(1);
    expect(await r.hgetall(state)).toEqual({ seq: '0', state: '{"v":1}', centre: '{"platform":null,"indicators":[]}' });
    expect(await r.xlen(k.outbox(0))).toBe(1);
    expect(await r.xlen(stream)).toBe(0);
    expect(await r.ttl(state)).toBeGreaterThan(0);
  }, 20_000);

  it('writes each alert to the store once, with its deterministic id, even when the batch is redelivered', async () => {
    const prefix = 't5';
    const db = openDb(':memory:');
    const sink = new SqliteAlertSink(db);
    const { events } = demoEvents(6);
    const expected = singleProcessAlerts(events);
    await ingest(r, linesOf(events), { prefix, partitions: 2 });
    const w = new StreamWorker({ redis: redis.client(), prefix, leaseMs: 2000, blockMs: 50, sink });
    const done = w.start();
    await until(() => drained(r, prefix, 2));
    await w.stop();
    await done;
    const rows = db.prepare('SELECT id, session_id, level, turn, evidence_json FROM alerts ORDER BY session_id, turn').all() as { id: string; session_id: string; level: string; turn: number; evidence_json: string }[];
    expect(rows.length).toBe([...expected.values()].flat().length);
    for (const row of rows) expect(row.id).toBe(alertId(row.session_id, row.level));
    // A redelivered batch writes the same rows: nothing new.
    const again = rows.map((row) => ({
      session: { id: row.session_id, channel: 'call', lang: 'zh', caller_number: null, claimed_identity: null, turns: 1, level: row.level, risk: 1, verdict: 'scam', snapshot_json: '{}' },
      alert: { id: row.id, level: row.level, risk: 1, verdict: 'scam', turn: row.turn, tactics_json: '[]', advice_json: '[]', evidence_json: '[]' },
      at: Date.now(),
    }));
    await sink.record(again);
    expect((db.prepare('SELECT count(*) AS n FROM alerts').get() as { n: number }).n).toBe(rows.length);
    expect((db.prepare('SELECT evidence_json FROM alerts WHERE id = ?').get(rows[0]!.id) as { evidence_json: string }).evidence_json).toBe(rows[0]!.evidence_json);
    closeDb(db);
  }, 60_000);

  it('backpressure: ingest stops reading while the backlog is over the limit, and finishes once workers drain it', async () => {
    // Deterministic by design: ingest's paused polls go through an injected wait, so the test
    // awaits the pause itself (not a guessed 300 ms) and holds the paused ingest still while it
    // looks; no assertion depends on how fast a loaded machine runs.
    const prefix = 't6';
    const { events } = demoEvents(30);
    const maxBacklog = 40;
    const batch = 10;
    expect(events.length).toBeGreaterThan(maxBacklog + batch);
    let read = 0;
    async function* counted(): AsyncGenerator<string> {
      for await (const line of linesOf(events)) { read++; yield line; }
    }
    // While `held`, each paused poll parks here until the test releases it; afterwards polls are timers.
    let held = true;
    const parked: (() => void)[] = [];
    let onPark: (() => void) | null = null;
    const nextPoll = (): Promise<void> => new Promise((res) => { onPark = res; });
    const wait = (ms: number): Promise<void> => {
      if (!held) return new Promise((res) => setTimeout(res, ms));
      return new Promise((res) => { parked.push(res); const f = onPark; onPark = null; f?.(); });
    };
    const k = streamKeys(prefix);
    const len = async (): Promise<number> => (await r.xlen(k.events(0))) + (await r.xlen(k.events(1)));
    const firstPoll = nextPoll();
    const ingesting = ingest(r, counted(), { prefix, partitions: 2, maxBacklog, batch, pollMs: 10, wait });
    let finished = false;
    void ingesting.then(() => { finished = true; });
    await Promise.race([firstPoll, ingesting.then(() => { throw new Error('ingest read everything without pausing'); })]);
    // Paused at the limit: full batches went out while they fitted, the next one waits with what it read.
    const atPause = await len();
    expect(atPause).toBeLessThanOrEqual(maxBacklog);
    expect(atPause).toBeGreaterThan(maxBacklog - batch);
    const readAtPause = read;
    expect(readAtPause).toBe(atPause + batch);
    // Three more paused polls with nothing draining: still paused, nothing more read or written.
    for (let i = 0; i < 3; i++) {
      const polled = nextPoll();
      parked.shift()!();
      await polled;
      expect(await len()).toBe(atPause);
      expect(read).toBe(readAtPause);
      expect(finished).toBe(false);
    }
    held = false;
    parked.shift()!();
    const w = new StreamWorker({ redis: redis.client(), prefix, leaseMs: 2000, blockMs: 20, batch: 5 });
    const done = w.start();
    const report = await ingesting;
    expect(report.events).toBe(events.length);
    expect(report.pauses).toBeGreaterThan(0);
    expect(read).toBe(events.length);
    await until(() => drained(r, prefix, 2));
    await w.stop();
    await done;
  }, 60_000);

  it('reads the centre\'s confirmed indicators as a served session does: a call from a confirmed number is flagged', async () => {
    const { createSession } = await import('../../src/index.ts');
    const prefix = 'ci';
    const confirmed = new Map([['phone:17023456789', 'FZ-2026-0001']]);
    const turns = [{ speaker: 'caller' as const, text: '您好，请问是王女士吗？' }, { speaker: 'user' as const, text: '是我，什么事？' }];
    const events: StreamEvent[] = turns.map((t, seq) => ({ session: 'from-confirmed', seq, ...t, ...(seq === 0 ? { channel: 'call' as const, callerNumber: '+86 170 2345 6789' } : {}) }));
    await ingest(r, linesOf(events), { prefix, partitions: 1 });
    const w = new StreamWorker({ redis: redis.client(), prefix, leaseMs: 2000, blockMs: 50, indicators: confirmed });
    const done = w.start();
    await until(() => drained(r, prefix, 1));
    await w.stop();
    await done;
    const alerts = await readAlerts(r, `${prefix}:alerts`);
    const served = createSession({ channel: 'call', callerNumber: '+86 170 2345 6789', indicators: confirmed });
    const servedAlerts = turns.map((t) => served.push(t).alert).filter((a) => a !== null && (a.level === 'warn' || a.level === 'block'));
    expect(servedAlerts.length).toBeGreaterThan(0);
    expect(alerts.map((a) => ({ level: a.level, turn: a.turn, tactics: a.tactics }))).toEqual(servedAlerts.map((a) => ({ level: a!.level, turn: a!.turn, tactics: a!.tactics })));
    expect(alerts[0]!.tactics).toContain('contact.confirmed-number');
  }, 30_000);

  it('takes the confirmed indicators from the shared store, and a later confirmation on refresh', async () => {
    const { ConfirmedIndicators } = await import('../../src/stream/confirmed.ts');
    const { CentreStore, sqlOfDb } = await import('../../src/store/centre.ts');
    const db = openDb(':memory:');
    const centre = new CentreStore(sqlOfDb(db));
    await centre.sight('phone', '17023456789', Date.now(), {});
    const confirmed = new ConfirmedIndicators(centre);
    await confirmed.start(60_000);
    expect(confirmed.lookup.size).toBe(0);
    db.prepare("UPDATE indicators SET status = 'confirmed' WHERE value = '17023456789'").run();
    await confirmed.refresh();
    expect(confirmed.lookup.get('phone:17023456789')).toBe('—');
    confirmed.stop();
    closeDb(db);
  });

  it('reads bounded lines: an over-long line is cut and flagged, not buffered whole', async () => {
    async function* chunks(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"a":1}\n' + 'x'.repeat(100));
      yield Buffer.from('y'.repeat(100) + '\n{"b":2}');
    }
    const out = [];
    for await (const l of boundedLines(chunks(), 50)) out.push(l);
    expect(out).toEqual([{ text: '{"a":1}', over: false }, { text: 'x'.repeat(50), over: true }, { text: '{"b":2}', over: false }]);
  });
});

(HAVE_REDIS ? describe : describe.skip)('citizen warnings for stream sessions', () => {
  let redis: TestRedis;
  beforeAll(async () => { redis = await startRedis(); }, 20_000);
  afterAll(async () => { await redis?.stop(); });

  it('keeps the recipient sealed in the store (never in Redis) and writes one warning job per alert', async () => {
    const { DeliveryStore } = await import('../../src/notify/deliveries.ts');
    const { randomBytes } = await import('node:crypto');
    const db = openDb(':memory:');
    const key = randomBytes(32);
    const sink = new SqliteAlertSink(db, { warnings: { recipientKey: key, webhook: true } });
    const { events, scam } = demoEvents(4);
    const withRecipient = events.map((e) => (e.seq === 0 ? { ...e, recipient: `device-token-${e.session}` } : e));
    const r = redis.client();
    await ingest(r, linesOf(withRecipient), { prefix: 'cw', partitions: 2 });
    // Ingesting again: redelivered events write no second job.
    await ingest(r, linesOf(withRecipient), { prefix: 'cw' });
    const w = new StreamWorker({ redis: redis.client(), prefix: 'cw', leaseMs: 2000, blockMs: 50, sink });
    const done = w.start();
    await until(() => drained(r, 'cw', 2));
    await w.stop();
    await done;
    const alerts = db.prepare('SELECT id, session_id FROM alerts').all() as { id: string; session_id: string }[];
    const jobs = db.prepare("SELECT alert_id, session_id, status, text FROM deliveries").all() as { alert_id: string; session_id: string; status: string; text: string }[];
    expect(alerts.length).toBeGreaterThan(0);
    expect(jobs.map((j) => j.alert_id).sort()).toEqual(alerts.map((a) => a.id).sort());
    expect(jobs.every((j) => j.status === 'pending' && /110|96110/.test(j.text))).toBe(true);
    const { SqliteSql } = await import('../../src/store/sql-sqlite.ts');
    const deliveries = new DeliveryStore(new SqliteSql(db), key);
    for (const s of scam) expect(await deliveries.recipientOf(s)).toBe(`device-token-${s}`);
    const sealed = (db.prepare('SELECT sealed FROM recipients').all() as { sealed: string }[]).map((x) => x.sealed).join(' ');
    expect(sealed).not.toContain('device-token');
    // Nothing in Redis knows the recipient.
    const keys = await r.keys('{cw:*');
    for (const k of keys.filter((x) => x.includes(':state:'))) expect(JSON.stringify(await r.hgetall(k))).not.toContain('device-token');
    closeDb(db);
  }, 60_000);
});
