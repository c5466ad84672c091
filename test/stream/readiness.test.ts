/**
 * Issue 11 ops fault 2: /healthz said {"ok":true} while PostgreSQL was down (and /v1/alerts 500ed).
 * Readiness now probes the store (SELECT 1, short timeout) and, with --redis, Redis (PING): 503
 * naming the dependency that failed; /livez answers without touching either.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { HAVE_PG, startPostgres, type TestPostgres } from './postgres.ts';
import { HAVE_REDIS, startRedis, type TestRedis } from './redis.ts';
import { buildServer } from '../../src/server/app.ts';
import { TEST_RECIPIENT_KEY } from '../server/helpers.ts';

(HAVE_PG && HAVE_REDIS ? describe : describe.skip)('readiness probes the store and Redis', () => {
  let pg: TestPostgres | null = null;
  let redis: TestRedis | null = null;
  let app: FastifyInstance | null = null;
  afterAll(async () => {
    await app?.close().catch(() => undefined);
    await redis?.stop();
    await pg?.stop();
  }, 60_000);

  it('answers 503 naming PostgreSQL or Redis when either is down, while /livez stays 200', async () => {
    pg = await startPostgres();
    redis = await startRedis();
    app = await buildServer({ dbPath: ':memory:', pgUrl: pg.url, redisUrl: redis.url, recipientKey: TEST_RECIPIENT_KEY, logLevel: 'silent', rateLimit: false });
    const get = async (url: string) => { const r = await app!.inject({ method: 'GET', url }); return { status: r.statusCode, body: r.json() as Record<string, unknown> }; };
    expect(await get('/healthz')).toEqual({ status: 200, body: { ok: true, checks: { store: 'ok', redis: 'ok' } } });
    expect(await get('/livez')).toEqual({ status: 200, body: { ok: true } });

    await redis.stop();
    redis = null;
    const noRedis = await get('/healthz');
    expect(noRedis.status).toBe(503);
    expect(noRedis.body).toMatchObject({ ok: false, checks: { store: 'ok', redis: 'unavailable' } });
    expect((await get('/livez')).status).toBe(200);

    await pg.stop();
    pg = null;
    const t0 = Date.now();
    const neither = await get('/healthz');
    expect(neither.status).toBe(503);
    expect(neither.body).toMatchObject({ ok: false, checks: { store: 'unavailable', redis: 'unavailable' } });
    // Bounded by the probe's timeout, not by the driver's connection retries (a generous bound).
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(await get('/livez')).toEqual({ status: 200, body: { ok: true } });
  }, 120_000);
});
