/** `fanzha serve --demo`: a living console from synthetic, demo-marked data, seeded once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../../src/server/auth.ts';
import { parseServeArgs } from '../../src/server/config.ts';
import { seedDemo } from '../../src/server/routes/staff-demo.ts';
import { call, start, type Running } from './helpers.ts';

let s: Running;
let key = '';
beforeAll(async () => {
  s = await start({ demo: true });
  key = (await createKey(s.app.store, 'supervisor', 'demo-test')).key;
});
afterAll(async () => { await s.close(); });

describe('demo data', () => {
  it('fills a few days of alerts, follow-ups, cases and confirmed indicators, all marked demo', async () => {
    const q = await call(s.base, 'GET', '/v1/queue?limit=200', { key });
    expect(q.body.total).toBeGreaterThan(15);
    expect(q.body.alerts.every((a: { demo: boolean }) => a.demo)).toBe(true);
    const days = new Set(q.body.alerts.map((a: { createdAt: string }) => a.createdAt.slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(3);
    const outcomes = new Set(q.body.alerts.map((a: { outcome: string | null }) => a.outcome));
    for (const o of ['stopped', 'lost', 'false-alarm']) expect(outcomes).toContain(o);
    expect(q.body.alerts.some((a: { status: string }) => a.status === 'new')).toBe(true);
    const cases = await call(s.base, 'GET', '/v1/cases', { key });
    expect(cases.body.total).toBeGreaterThanOrEqual(3);
    expect(cases.body.cases.every((c: { demo: boolean }) => c.demo)).toBe(true);
    expect(cases.body.cases.some((c: { lossAmount: number }) => c.lossAmount === 16000)).toBe(true);
    const confirmed = await call(s.base, 'GET', '/v1/indicators?status=confirmed', { key });
    expect(confirmed.body.total).toBeGreaterThanOrEqual(1);
    const stats = await call(s.base, 'GET', '/v1/stats?demo=true', { key });
    expect(stats.body.totals.alerts).toBe(q.body.total);
    expect(stats.body.totals.lostAmount).toBeGreaterThan(0);
    expect((await call(s.base, 'GET', '/v1/reviews?status=pending', { key })).body.reviews.length).toBeGreaterThan(0);
  });

  it('is seeded once, and --demo parses', async () => {
    expect(await seedDemo(s.app.store, (s.app as unknown as { centre?: never }).centre ?? ({} as never), Date.now())).toBe(0);
    expect(parseServeArgs(['--demo'], {}).demo).toBe(true);
    expect(parseServeArgs([], {}).demo).toBe(false);
  });
});
