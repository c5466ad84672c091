import { SqliteSql } from '../../src/store/sql-sqlite.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_REDIS, startRedis, type TestRedis } from './redis.ts';
import { StreamAlertBridge } from '../../src/server/stream-bridge.ts';
import { StreamWorker } from '../../src/stream/worker.ts';
import { ingest } from '../../src/stream/ingest.ts';
import { demoEvents, singleProcessAlerts } from '../../src/stream/demo.ts';
import { openDb, closeDb } from '../../src/store/db.ts';
import { Store } from '../../src/store/store.ts';
import { SqliteAlertSink } from '../../src/store/stream.ts';
import { parseServeArgs } from '../../src/server/config.ts';

describe('fanzha serve --redis', () => {
  it('takes a redis:// URL from the flag or FANZHA_REDIS and refuses anything else', () => {
    expect(parseServeArgs(['--redis', 'redis://127.0.0.1:6379'], {}).redisUrl).toBe('redis://127.0.0.1:6379');
    expect(parseServeArgs([], { FANZHA_REDIS: 'rediss://r.example:6380' }).redisUrl).toBe('rediss://r.example:6380');
    expect(parseServeArgs([], {}).redisUrl).toBeUndefined();
    expect(() => parseServeArgs(['--redis', 'http://x'], {})).toThrow(/redisUrl/);
  });
});

(HAVE_REDIS ? describe : describe.skip)('alerts from stream workers reach the service\'s live streams', () => {
  let redis: TestRedis;
  beforeAll(async () => { redis = await startRedis(); }, 20_000);
  afterAll(async () => { await redis?.stop(); });

  it('publishes each worker alert on the alerts topic and its session topic, with the stored (masked) evidence', async () => {
    const db = openDb(':memory:');
    const published: { topic: string; event: string; data: { id: string; sessionId: string; evidence: unknown[] } }[] = [];
    const bridge = new StreamAlertBridge({
      redis: redis.client(), alertsKey: 'br:alerts', store: new Store(new SqliteSql(db)), blockMs: 100,
      hub: { publish: (topic, event, data) => { published.push({ topic, event, data: data as never }); } },
    });
    const running = bridge.start();
    await new Promise((r) => setTimeout(r, 200));
    const { events } = demoEvents(6);
    const expected = [...singleProcessAlerts(events).values()].flat().length;
    await ingest(redis.client(), (async function* () { for (const e of events) yield JSON.stringify(e); })(), { prefix: 'br', partitions: 2 });
    const w = new StreamWorker({ redis: redis.client(), prefix: 'br', leaseMs: 2000, blockMs: 50, sink: new SqliteAlertSink(db) });
    const done = w.start();
    const end = Date.now() + 20_000;
    while (bridge.published < expected && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
    await w.stop();
    await done;
    await bridge.stop();
    await running;
    expect(bridge.published).toBe(expected);
    const onAlerts = published.filter((p) => p.topic === 'alerts');
    expect(onAlerts).toHaveLength(expected);
    for (const p of onAlerts) {
      expect(p.event).toBe('alert');
      expect(p.data.evidence.length).toBeGreaterThan(0);
      expect(published.some((q) => q.topic === `session:${p.data.sessionId}` && q.data.id === p.data.id)).toBe(true);
    }
    closeDb(db);
  }, 40_000);
});
