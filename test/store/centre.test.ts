/**
 * The centre's and the citizen side's stores (src/store/centre.ts, citizen.ts, src/notify/deliveries.ts)
 * on both engines: the same calls give the same rows on SQLite and PostgreSQL, the statistics the
 * same numbers, and the outbox's claim holds with two dispatchers on one database.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ENGINES, freshPgUrl, useStore } from './engines.ts';
import { openStore } from '../../src/store/open.ts';
import { CentreStore } from '../../src/store/centre.ts';
import type { CaseRow } from '../../src/store/centre.ts';
import { CitizenStore } from '../../src/store/citizen.ts';
import { DeliveryStore } from '../../src/notify/deliveries.ts';
import type { Sql } from '../../src/store/sql.ts';
import { computeStats } from '../../src/centre/stats.ts';
import { DEFAULT_SLA } from '../../src/centre/sla.ts';

const T0 = Date.UTC(2026, 10, 20, 1, 0, 0);
const HOUR = 3_600_000;

async function addSession(sql: Sql, id: string, at: number, extra: { channel?: string; claimed?: string | null } = {}): Promise<void> {
  await sql.run(`INSERT INTO sessions (id, channel, lang, caller_number, claimed_identity, recipient, status, turns, level, risk, verdict,
    snapshot_json, created_at, updated_at, ended_at) VALUES (?, ?, 'zh', NULL, ?, NULL, 'active', 1, 'block', 90, 'scam', NULL, ?, ?, NULL)`,
  [id, extra.channel ?? 'call', extra.claimed ?? null, at, at]);
}

async function addAlert(sql: Sql, a: { id?: string; session: string; level?: string; at: number; tactics?: string[] }): Promise<string> {
  const id = a.id ?? randomUUID();
  await sql.run(`INSERT INTO alerts (id, session_id, level, risk, verdict, turn, tactics_json, advice_json, evidence_json, status, created_at, updated_at)
    VALUES (?, ?, ?, 90, 'scam', 0, ?, '[]', ?, 'new', ?, ?)`,
  [id, a.session, a.level ?? 'block', JSON.stringify(a.tactics ?? ['pretext.quality-refund']),
    JSON.stringify((a.tactics ?? ['pretext.quality-refund']).map((t) => ({ id: t, stage: t.split('.')[0] }))), a.at, a.at]);
  return id;
}

function caseRow(over: Partial<CaseRow> & { id: string; ref: string; created_at: number }): CaseRow {
  return {
    alert_id: null, session_id: null, title: '冒充京东客服退款诈骗', channel: 'call', platform: '京东', tactics_json: '[]', loss_amount: 0,
    recovered_amount: 0, paid_how: null, stop_payment: 0, stop_payment_at: null, narrative: null, status: 'open', demo: 0, created_by: 'user:o',
    updated_at: over.created_at, ...over,
  };
}

describe.each(ENGINES)('the centre store on %s', (engine) => {
  const store = useStore(engine);

  it('keeps users and console sessions, and purges the expired ones', async () => {
    const c = new CentreStore(store());
    await c.insertUser({ name: 'li.wei', role: 'officer', salt: 's', hash: 'h', created_at: T0, disabled_at: null });
    await c.insertUser({ name: 'ann', role: 'supervisor', salt: 's', hash: 'h', created_at: T0, disabled_at: null });
    expect((await c.listUsers()).map((u) => u.name)).toEqual(['ann', 'li.wei']);
    expect(await c.getUser('li.wei')).toMatchObject({ role: 'officer', created_at: T0, disabled_at: null });
    expect(await c.getUser('nobody')).toBeUndefined();
    await c.insertStaffSession({ hash: 'old', principal: 'user:ann', role: 'supervisor', csrf: 'x', created_at: T0, expires_at: T0 + HOUR });
    await c.insertStaffSession({ hash: 'new', principal: 'user:ann', role: 'supervisor', csrf: 'y', created_at: T0, expires_at: T0 + 9 * HOUR });
    expect(await c.purgeStaffSessions(T0 + 2 * HOUR)).toBe(1);
    expect(await c.getStaffSession('old')).toBeUndefined();
    expect((await c.getStaffSession('new'))?.expires_at).toBe(T0 + 9 * HOUR);
    await c.deleteStaffSession('new');
    expect(await c.getStaffSession('new')).toBeUndefined();
  });

  it('throttles sign-ins per address in the store: ten, then a wait, refilled with time', async () => {
    const c = new CentreStore(store());
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) waits.push(await c.takeSignIn('sign-in:10.0.0.1', T0, 10, 10 / 60));
    expect(waits.slice(0, 10)).toEqual(Array(10).fill(0));
    // A refusal says when one attempt is back (6 s at ten a minute) and takes nothing.
    expect(waits.slice(10)).toEqual([6, 6]);
    expect(await c.takeSignIn('sign-in:10.0.0.2', T0, 10, 10 / 60)).toBe(0);
    expect(await c.takeSignIn('sign-in:10.0.0.1', T0 + 3_000, 10, 10 / 60)).toBe(3);
    expect(await c.takeSignIn('sign-in:10.0.0.1', T0 + 6_000, 10, 10 / 60)).toBe(0);
    expect(await c.takeSignIn('sign-in:10.0.0.1', T0 + 6_001, 10, 10 / 60)).toBeGreaterThan(0);
    // Full again after a minute: at most `capacity` in a burst.
    const later: number[] = [];
    for (let i = 0; i < 11; i++) later.push(await c.takeSignIn('sign-in:10.0.0.1', T0 + 3_600_000, 10, 10 / 60));
    expect(later.filter((w) => w === 0)).toHaveLength(10);
    expect(await c.purgeSignIns(T0 + 1)).toBe(1);
  });

  it('pages the queue by (created_at, id), filters by indicator, and counts contacts over the whole call', async () => {
    const sql = store();
    const c = new CentreStore(sql);
    await addSession(sql, 'q-call', T0, { claimed: '京东客服' });
    const ids: string[] = [];
    // Three alerts in the same millisecond: the id breaks the tie, the same way on both engines.
    for (let i = 0; i < 5; i++) ids.push(await addAlert(sql, { session: 'q-call', at: T0 + (i < 3 ? 0 : i) * 1000, level: i % 2 ? 'warn' : 'block' }));
    const first = await c.queue({ limit: 2 });
    expect(first.total).toBe(5);
    const seen = [...first.rows];
    let last = first.rows.at(-1)!;
    for (;;) {
      const page = await c.queue({ limit: 2, before: { at: last.created_at, id: last.id } });
      if (page.rows.length === 0) break;
      seen.push(...page.rows);
      last = page.rows.at(-1)!;
    }
    expect(seen.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(new Set(seen.map((r) => r.id)).size).toBe(5);
    expect(seen[0]!.channel).toBe('call');
    expect(seen[0]!.claimed_identity).toBe('京东客服');
    expect((await c.queue({ level: 'warn', limit: 10 })).total).toBe(2);

    const ind = await c.sight('phone', '17012345678', T0, { alert_id: ids[0], session_id: 'q-call' });
    expect(await c.sight('phone', '17012345678', T0 + 5, { alert_id: ids[0], session_id: 'q-call' })).toBe(ind);
    await c.sight('phone', '17012345678', T0 - 50, { alert_id: ids[1], session_id: 'q-call' });
    const row = (await c.getIndicator(ind))!;
    // Counted once per alert; first/last seen widen both ways.
    expect(row).toMatchObject({ sightings: 2, first_seen: T0 - 50, last_seen: T0, status: 'candidate' });
    expect((await c.queue({ indicator: '17012345678', limit: 10 })).rows.map((r) => r.id).sort()).toEqual([ids[0], ids[1]].sort());

    await c.insertFollowup({ alert_id: ids[0]!, at: T0, actor: 'user:o', role: 'officer', action: 'contact', detail_json: JSON.stringify({ result: 'no-answer' }), note: null });
    const f2 = await c.insertFollowup({ alert_id: ids[1]!, at: T0 + 1, actor: 'user:o', role: 'officer', action: 'contact', detail_json: JSON.stringify({ result: 'reached' }), note: null });
    expect(typeof f2).toBe('number');
    expect(await c.contactStats(ids[2]!)).toEqual({ attempts: 2, reached: 1 });
    expect((await c.listFollowups(ids[1]!)).map((f) => f.id)).toEqual([f2]);
  });

  it('moves an alert only while it is as it was read (two officers claiming at once: one wins)', async () => {
    const sql = store();
    const c = new CentreStore(sql);
    await addSession(sql, 'w-call', T0);
    const id = await addAlert(sql, { session: 'w-call', at: T0 });
    const read = (await c.getAlert(id))!;
    const claim = (who: string) => c.updateWorkflowIf(id, { status: read.status, assignee: read.assignee, updated_at: read.updated_at }, {
      status: 'acknowledged', assignee: who, outcome: null, outcome_json: null, first_contact_at: null, claimed_at: T0 + 1, closed_at: null, updated_at: T0 + 1,
    });
    const won = await Promise.all([claim('user:a'), claim('user:b')]);
    expect(won.filter(Boolean)).toHaveLength(1);
    expect((await c.getAlert(id))!.assignee).toBe(won[0] ? 'user:a' : 'user:b');
    expect(await c.markEscalated(id, T0 + 2)).toBe(true);
    expect(await c.markEscalated(id, T0 + 3)).toBe(false);
    expect((await c.getAlert(id))!.escalated_at).toBe(T0 + 2);
  });

  it('records a turn\'s indicators and platform together, once per alert, the first platform kept', async () => {
    const sql = store();
    const c = new CentreStore(sql);
    await addSession(sql, 'sa-call', T0);
    const id = await addAlert(sql, { session: 'sa-call', at: T0 });
    const found = [{ kind: 'phone', value: '17099998888' }, { kind: 'domain', value: 'refund-help.example.top' }];
    await c.sightAll(found, T0, { alert_id: id, session_id: 'sa-call' }, '淘宝');
    await c.sightAll(found, T0 + 9, { alert_id: id, session_id: 'sa-call' }, '京东');
    expect((await c.indicatorsOfAlert(id)).map((i) => [i.kind, i.value, i.sightings])).toEqual([['phone', '17099998888', 1], ['domain', 'refund-help.example.top', 1]]);
    expect((await c.getAlert(id))!.platform).toBe('淘宝');
  });

  it('finds indicators by part of their value, with LIKE wildcards taken literally', async () => {
    const c = new CentreStore(store());
    await c.sight('domain', 'jd.com.tuikuan-service.top', T0, { session_id: 's' });
    await c.sight('wechat', 'kefu_100', T0, { session_id: 's' });
    await c.sight('wechat', 'kefux100', T0, { session_id: 's' });
    expect((await c.listIndicators({ q: 'TUIKUAN', limit: 10 })).rows.map((r) => r.value)).toEqual(['jd.com.tuikuan-service.top']);
    // '_' is a literal underscore, not "any character".
    expect((await c.listIndicators({ q: 'u_1', limit: 10 })).rows.map((r) => r.value)).toEqual(['kefu_100']);
    expect((await c.listIndicators({ kind: 'wechat', limit: 10 })).total).toBe(2);
  });

  it('opens cases with per-day refs, links the alert indicators, and lists them newest first', async () => {
    const sql = store();
    const c = new CentreStore(sql);
    await addSession(sql, 'c-call', T0);
    const alert = await addAlert(sql, { session: 'c-call', at: T0 });
    const ind = await c.sight('qq', '123456', T0, { alert_id: alert, session_id: 'c-call' });
    await c.tx(async (t) => {
      await t.insertCase(caseRow({ id: randomUUID(), ref: 'C-20261120-001', created_at: T0, alert_id: alert, loss_amount: 12_500.5 }));
    });
    const made = (await c.caseOfAlert(alert))!;
    expect(made.loss_amount).toBe(12_500.5);
    await c.linkAlertIndicatorsToCase(alert, made.id, T0);
    await c.linkAlertIndicatorsToCase(alert, made.id, T0);
    expect((await c.indicatorsOfCase(made.id)).map((i) => i.id)).toEqual([ind]);
    expect(await c.countCasesWithPrefix('C-20261120-')).toBe(1);
    // The ref is UNIQUE: a second case with it is refused and the transaction leaves nothing.
    await expect(c.tx(async (t) => {
      await t.insertCase(caseRow({ id: randomUUID(), ref: 'C-20261120-001', created_at: T0 + 1 }));
    })).rejects.toThrow();
    expect((await c.listCases({ limit: 10 })).total).toBe(1);
    await c.decideIndicator(ind, 'confirmed', made.id, 'user:s', T0 + 5);
    expect(await c.confirmedIndicators()).toEqual([{ kind: 'qq', value: '123456', case_ref: 'C-20261120-001' }]);
  });

  it('queues a review once per alert and source, and imports citizen feedback once', async () => {
    const sql = store();
    const c = new CentreStore(sql);
    const citizen = new CitizenStore(sql);
    const base = { source: 'false-alarm', feedback_id: null, alert_id: 'a-1', session_id: 's-1', expect: 'safe', text: '…', note: null, created_by: 'user:o', created_at: T0 };
    const first = await c.insertReview(base);
    expect(first).toEqual(expect.any(Number));
    expect(await c.insertReview(base)).toBeNull();
    expect(await c.decideReview(first!, 'accepted', 'user:s', T0 + 1)).toBe(true);
    expect(await c.decideReview(first!, 'rejected', 'user:s', T0 + 2)).toBe(false);
    for (const id of ['fb-b', 'fb-a']) {
      await citizen.insertFeedback({ id, session_id: 's-2', alert_id: null, kind: 'not-scam', note: null, source: 'citizen', created_at: T0 });
    }
    // The same millisecond: insertion order, not the id's order.
    expect((await c.newFeedback()).map((f) => f.id)).toEqual(['fb-b', 'fb-a']);
    expect((await citizen.feedbackOfSession('s-2')).map((f) => f.id)).toEqual(['fb-b', 'fb-a']);
    await c.insertReview({ ...base, source: 'citizen-feedback', feedback_id: 'fb-b', alert_id: null });
    expect((await c.newFeedback()).map((f) => f.id)).toEqual(['fb-a']);
  });

  it('keeps settings and bulletins', async () => {
    const c = new CentreStore(store());
    expect(await c.getSetting('sla')).toBeUndefined();
    await c.setSetting('sla', { block: 5, warn: 30 });
    await c.setSetting('sla', { block: 7, warn: 30 });
    expect(await c.getSetting('sla')).toEqual({ block: 7, warn: 30 });
    const b = { id: randomUUID(), slug: '2026-11-20-abcdef', title: '预警', markdown: '# 预警', period_from: T0, period_to: T0 + HOUR, case_ids_json: '[]', status: 'draft', created_by: 'user:s', created_at: T0, updated_at: T0, published_at: null };
    await c.insertBulletin(b);
    expect(await c.getPublishedBySlug(b.slug)).toBeUndefined();
    await c.publishBulletin(b.id, T0 + 10);
    expect((await c.getPublishedBySlug(b.slug))?.published_at).toBe(T0 + 10);
    expect((await c.listBulletins(true)).map((x) => x.id)).toEqual([b.id]);
  });

  it('gives the statistics the same numbers on both engines (buckets from ms, in TS)', async () => {
    const sql = store();
    const c = new CentreStore(sql);
    // Around midnight China time (16:00 UTC): the day bucket is the centre's own day.
    const days = [Date.UTC(2026, 10, 21, 15, 59, 59, 999), Date.UTC(2026, 10, 21, 16, 0, 0, 0), Date.UTC(2026, 10, 23, 3, 0, 0, 0)];
    for (const [i, at] of days.entries()) {
      await addSession(sql, `st-${i}`, at, { channel: i === 2 ? 'sms' : 'call' });
      const id = await addAlert(sql, { session: `st-${i}`, at, level: i === 1 ? 'warn' : 'block' });
      if (i === 0) {
        await c.updateWorkflow(id, { status: 'closed', assignee: 'user:o', outcome: 'lost', outcome_json: JSON.stringify({ outcome: 'lost', amount: 3000.25 }), first_contact_at: at + 60_000, claimed_at: at, closed_at: at + 1, updated_at: at + 1 });
      }
    }
    await c.insertCase(caseRow({ id: randomUUID(), ref: 'C-20261122-001', created_at: days[1]!, loss_amount: 3000.25, recovered_amount: 1000, stop_payment: 1 }));
    const from = Date.UTC(2026, 10, 20, 16);
    const to = Date.UTC(2026, 10, 24, 16);
    const alerts = (await c.alertsBetween(from, to)).map((a) => ({
      createdAt: a.created_at, level: a.level, stage: null, tactics: JSON.parse(a.tactics_json) as string[], platform: a.platform, channel: a.channel,
      status: a.status, outcome: a.outcome, lostAmount: a.outcome === 'lost' ? (JSON.parse(a.outcome_json!) as { amount: number }).amount : 0, firstContactAt: a.first_contact_at,
    }));
    const cases = (await c.listCases({ since: from, until: to, limit: 100 })).rows.map((x) => ({ createdAt: x.created_at, lossAmount: x.loss_amount, recoveredAmount: x.recovered_amount, stopPayment: x.stop_payment === 1 }));
    const s = computeStats(alerts, cases, from, to, 'day', DEFAULT_SLA, to);
    // 23:59:59.999 and 00:00 China time fall on two days; the last day of the period stays, as zero.
    expect(s.series.map((p) => [p.period, p.alerts, p.warn, p.block, p.lost])).toEqual([
      ['2026-11-21', 1, 0, 1, 1], ['2026-11-22', 1, 1, 0, 0], ['2026-11-23', 1, 0, 1, 0], ['2026-11-24', 0, 0, 0, 0]]);
    expect(s.totals).toMatchObject({ alerts: 3, lost: 1, lostAmount: 3000.25, caseLoss: 3000.25, caseRecovered: 1000, stopPayments: 1, slaMet: 1 });
    expect(s.tables.channel).toEqual([{ key: 'call', count: 2 }, { key: 'sms', count: 1 }]);
  });
});

describe.each(ENGINES)('the citizen store on %s', (engine) => {
  const store = useStore(engine);

  it('keeps guardian links by hash, revokes once, and replays the newest warnings oldest first', async () => {
    const s = new CitizenStore(store());
    await s.insertLink({ id: 'L1', token_hash: 't1', owner_hash: 'o1', label: '妈妈', created_at: T0, revoked_at: null });
    expect((await s.linkByToken('t1'))?.id).toBe('L1');
    expect((await s.linkByOwner('o1'))?.label).toBe('妈妈');
    // Four warnings, two in the same millisecond: the replay keeps the order they were written in.
    for (const [i, at] of [T0, T0 + 10, T0 + 10, T0 + 20].entries()) {
      await s.insertEvent({ id: `e${3 - i}`, link_id: 'L1', kind: 'call', session_id: null, level: 'warn', payload_json: `{"n":${i}}`, created_at: at });
    }
    expect((await s.recentEvents('L1', T0 + 5, 2)).map((e) => e.id)).toEqual(['e1', 'e0']);
    expect((await s.recentEvents('L1', T0, 10)).map((e) => e.payload_json)).toEqual(['{"n":0}', '{"n":1}', '{"n":2}', '{"n":3}']);
    expect(await s.purgeEvents(T0 + 1)).toBe(1);
    expect(await s.revokeLink('L1', T0 + 30)).toBe(true);
    expect(await s.revokeLink('L1', T0 + 40)).toBe(false);
    expect(await s.deleteEventsOfLink('L1')).toBe(3);
    expect((await s.linkByToken('t1'))?.revoked_at).toBe(T0 + 30);
  });
});

describe.each(ENGINES)('the warning outbox on %s', (engine) => {
  const store = useStore(engine);
  const key = randomBytes(32);

  it('enqueues in the alert\'s transaction: a rolled-back alert leaves no job, a repeat leaves one', async () => {
    const sql = store();
    const d = new DeliveryStore(sql, key);
    await addSession(sql, 'o-call', T0);
    await expect(sql.tx(async (q) => {
      const id = await addAlert(q, { session: 'o-call', at: T0 });
      await d.enqueue({ alertId: id, sessionId: 'o-call', level: 'block', at: T0 }, true, q);
      throw new Error('the alert did not commit');
    })).rejects.toThrow('did not commit');
    expect(await d.list(10)).toEqual([]);
    const id = await sql.tx(async (q) => {
      const a = await addAlert(q, { session: 'o-call', at: T0 });
      await d.enqueue({ alertId: a, sessionId: 'o-call', level: 'block', at: T0 }, true, q);
      await d.enqueue({ alertId: a, sessionId: 'o-call', level: 'block', at: T0 }, true, q);
      return a;
    });
    const jobs = await d.list(10);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ alert_id: id, status: 'pending', attempts: 0, event: 'warning.block', next_at: T0 });
    expect(jobs[0]!.text).toMatch(/110/);
    expect(Object.keys(jobs[0]!)).not.toContain('seq');
  });

  it('seals the recipient, replaces it, and opens it only with the key', async () => {
    const sql = store();
    const d = new DeliveryStore(sql, key);
    await d.putRecipient('r-1', 'tel:+8613800001111', T0);
    await d.putRecipient('r-1', 'device:abc', T0 + 1);
    expect(await d.recipientOf('r-1')).toBe('device:abc');
    expect(JSON.stringify(await sql.all('SELECT sealed FROM recipients'))).not.toContain('device:abc');
    // Another key cannot open it: an error (the delivery fails), never a recipient of null.
    await expect(new DeliveryStore(sql, randomBytes(32)).recipientOf('r-1')).rejects.toThrow(/cannot be opened/);
    expect(await d.recipientOf('none')).toBeNull();
  });

  it('takes due jobs oldest first (insertion order within a millisecond), leases them, and retries failures', async () => {
    const sql = store();
    const d = new DeliveryStore(sql, key);
    // The suite's earlier jobs, leased far away so they do not come due here.
    await d.takeDue(T0 + 10, 100, T0 + 1e12);
    const made: string[] = [];
    for (let i = 0; i < 4; i++) made.push((await d.enqueue({ alertId: `due-${i}`, sessionId: 's', level: 'warn', at: T0 + (i === 3 ? 5 : 0) }, true)).id);
    expect(await d.nextDueAt()).toBe(T0);
    const first = await d.takeDue(T0 + 10, 2, T0 + 1000);
    expect(first.map((j) => j.id)).toEqual(made.slice(0, 2));
    expect(first[0]!.next_at).toBe(T0 + 1000);
    expect((await d.takeDue(T0 + 10, 10, T0 + 1000)).map((j) => j.id)).toEqual(made.slice(2));
    expect(await d.takeDue(T0 + 10, 10, T0 + 1000)).toEqual([]);
    await d.markFailed(made[0]!, T0 + 2000, 'webhook answered 503', false);
    await d.markDelivered(made[1]!, T0 + 20);
    await d.markFailed(made[2]!, T0 + 2000, 'x'.repeat(900), true);
    expect(await d.get(made[0]!)).toMatchObject({ status: 'pending', attempts: 1, last_error: 'webhook answered 503', next_at: T0 + 2000 });
    expect(await d.get(made[1]!)).toMatchObject({ status: 'delivered', attempts: 1, delivered_at: T0 + 20, last_error: null });
    expect((await d.get(made[2]!))!.last_error).toHaveLength(500);
    // The retry falls due after the lease of the one never answered (T0+1000 before T0+2000).
    expect((await d.takeDue(T0 + 2000, 10, T0 + 9000)).map((j) => j.id)).toEqual([made[3], made[0]]);
  });
});

(ENGINES.includes('pg') ? describe : describe.skip)('the sign-in throttle on one PostgreSQL from two processes', () => {
  it('lets exactly ten of forty simultaneous attempts through', async () => {
    const url = await freshPgUrl();
    const one = await openStore({ pg: url });
    const two = await openStore({ pg: url });
    try {
      const a = new CentreStore(one);
      const b = new CentreStore(two);
      const waits = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).takeSignIn('sign-in:10.9.9.9', T0, 10, 10 / 60)));
      expect(waits.filter((w) => w === 0)).toHaveLength(10);
    } finally {
      await two.close();
      await one.close();
    }
  }, 120_000);
});

(ENGINES.includes('pg') ? describe : describe.skip)('two dispatchers on one PostgreSQL', () => {
  it('never both take the same job', async () => {
    const url = await freshPgUrl();
    const one = await openStore({ pg: url });
    // A second pool on the same database: another process.
    const two = await openStore({ pg: url });
    try {
      const key = randomBytes(32);
      const a = new DeliveryStore(one, key);
      const b = new DeliveryStore(two, key);
      for (let i = 0; i < 60; i++) await a.enqueue({ alertId: `race-${i}`, sessionId: 's', level: 'block', at: T0 + i }, true);
      const taken: string[] = [];
      const drain = async (d: DeliveryStore) => {
        for (;;) {
          const jobs = await d.takeDue(T0 + 1000, 4, T0 + 60_000);
          if (jobs.length === 0) return;
          taken.push(...jobs.map((j) => j.id));
        }
      };
      await Promise.all([drain(a), drain(b), drain(a), drain(b)]);
      expect(taken).toHaveLength(60);
      expect(new Set(taken).size).toBe(60);
    } finally {
      await two.close();
      await one.close();
    }
  }, 120_000);
});
