/**
 * The citizen app's API: feedback on a session (the contract the centre's review queue reads),
 * guardian links (create, stream, revoke), and the pages' routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { buildServer } from '../../src/server/app.ts';
import { GUARDIAN_KEEP_MS } from '../../src/server/routes/citizen.ts';
import { call, readEvents, SCAM_CALL, start, type Running, rawDb } from './helpers.ts';

describe('citizen routes', () => {
  let s: Running;
  beforeAll(async () => { s = await start(); });
  afterAll(async () => { await s.close(); });

  it('stores feedback on a session with its latest alert, the note masked', async () => {
    const open = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call' } });
    const id = open.body.id as string;
    for (const t of SCAM_CALL) expect((await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: t })).status).toBe(200);
    // Only the session's owner (or staff) may give feedback on it.
    expect((await call(s.base, 'POST', `/v1/sessions/${id}/feedback`, { json: { kind: 'not-scam' }, token: null })).status).toBe(404);
    const officer = await call(s.base, 'POST', `/v1/sessions/${id}/feedback`, { json: { kind: 'missed-scam' }, key: s.keys.staff });
    expect(officer.status).toBe(201);
    expect((await s.app.store.sql.get<{ source: string }>('SELECT source FROM feedback WHERE id = ?', [officer.body.id]))!.source).toBe('officer');
    const r = await call(s.base, 'POST', `/v1/sessions/${id}/feedback`, { json: { kind: 'not-scam', note: '我的手机 13812345678' } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ sessionId: id, kind: 'not-scam' });
    const row = (await s.app.store.sql.get<Record<string, unknown>>('SELECT * FROM feedback WHERE id = ?', [r.body.id]))!;
    expect(row.source).toBe('citizen');
    expect(row.note).not.toContain('13812345678');
    const alerts = await s.app.store.alertsOfSession(id);
    expect(row.alert_id).toBe(alerts.at(-1)!.id);
  });

  it('rejects feedback of an unknown kind and on an unknown session', async () => {
    const open = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call' } });
    expect((await call(s.base, 'POST', `/v1/sessions/${open.body.id}/feedback`, { json: { kind: 'maybe' } })).status).toBe(400);
    expect((await call(s.base, 'POST', '/v1/sessions/00000000-0000-4000-8000-000000000000/feedback', { json: { kind: 'not-scam' } })).status).toBe(404);
    expect((await call(s.base, 'POST', '/v1/sessions/nope/feedback', { json: { kind: 'not-scam' } })).status).toBe(404);
  });

  it('a guardian sees the protected person\'s warnings live, with masked spans and never the text, until revoked', async () => {
    const g = await call(s.base, 'POST', '/v1/guardians', { json: { label: '妈妈' } });
    expect(g.status).toBe(201);
    expect(g.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(g.body.url).toBe(`/guardian/${g.body.token}`);
    expect((await call(s.base, 'GET', g.body.url)).status).toBe(200);

    const stream = await fetch(`${s.base}/v1/guardian/${g.body.token}/events`);
    expect(stream.status).toBe(200);
    const card = '6222021234567890123';
    const text = `您好我是京东客服，商品有质量问题给您理赔，请把银行卡号${card}和收到的验证码告诉我`;
    const check = await fetch(`${s.base}/v1/analyze`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-guardian-key': g.body.ownerKey },
      body: JSON.stringify({ channel: 'sms', text }),
    });
    expect(check.status).toBe(200);
    const events = await readEvents(stream, (ev) => ev.some((e) => e.event === 'warning'));
    const w = events.find((e) => e.event === 'warning')!.data;
    expect(w).toMatchObject({ kind: 'check' });
    expect(['warn', 'block']).toContain(w.level);
    expect(w.steps.length).toBeGreaterThan(0);
    const raw = JSON.stringify(w);
    expect(raw).not.toContain(text);
    expect(raw).not.toContain(card);

    // A guardian who opens the link later sees it too.
    const later = await fetch(`${s.base}/v1/guardian/${g.body.token}/events`);
    const replay = await readEvents(later, (ev) => ev.some((e) => e.event === 'warning'));
    expect(replay.some((e) => e.event === 'warning' && e.data.id === w.id)).toBe(true);

    // Someone without the owner key cannot revoke; the owner can, and then the link is gone.
    expect((await call(s.base, 'DELETE', `/v1/guardians/${g.body.id}`)).status).toBe(404);
    const revoke = await fetch(`${s.base}/v1/guardians/${g.body.id}`, { method: 'DELETE', headers: { 'x-guardian-key': g.body.ownerKey } });
    expect(revoke.status).toBe(200);
    expect((await call(s.base, 'GET', g.body.url)).status).toBe(404);
    expect((await call(s.base, 'GET', `/v1/guardian/${g.body.token}/events`)).status).toBe(404);
    // Nobody can be shown a revoked link's warnings, so they are gone.
    expect(await s.app.store.sql.get('SELECT count(*) AS n FROM guardian_events WHERE link_id = ?', [g.body.id])).toEqual({ n: 0 });
  });

  it('a call reaching warn is reported once per level to the guardian', async () => {
    const g = await call(s.base, 'POST', '/v1/guardians', { json: {} });
    const open = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call' } });
    for (const t of SCAM_CALL) {
      const r = await call(s.base, 'POST', `/v1/sessions/${open.body.id}/turns`, { json: t, headers: { 'x-guardian-key': g.body.ownerKey } });
      expect(r.status).toBe(200);
    }
    const events = await readEvents(await fetch(`${s.base}/v1/guardian/${g.body.token}/events`), (ev) => ev.filter((e) => e.event === 'warning').length >= 2, 2000);
    const levels = events.filter((e) => e.event === 'warning').map((e) => e.data.level);
    expect(levels).toEqual(['warn', 'block']);
    expect(events.every((e) => e.event !== 'warning' || e.data.kind === 'call')).toBe(true);
  });

  it('guardian warnings are deleted once no guardian can be shown them', async () => {
    let t = Date.parse('2026-11-01T00:00:00Z');
    const c = await start({ now: () => t });
    try {
      const g = await call(c.base, 'POST', '/v1/guardians', { json: { label: '爸爸 13812345678' } });
      expect(g.body.label).not.toContain('13812345678');
      const r = await fetch(`${c.base}/v1/analyze`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-guardian-key': g.body.ownerKey },
        body: JSON.stringify({ channel: 'sms', text: '我是京东客服，商品有质量问题给您理赔，请把收到的验证码告诉我' }),
      });
      expect(r.status).toBe(200);
      const count = async (app: typeof c.app) => (await app.store.sql.get<{ n: number }>('SELECT count(*) AS n FROM guardian_events'))!.n;
      expect(await count(c.app)).toBe(1);
      await c.app.close(); // the purge runs at start: reopen the same file two days later
      t += GUARDIAN_KEEP_MS + 1;
      const again = await start({ dbPath: c.dbPath, now: () => t });
      try {
        expect(await count(again.app)).toBe(0);
      } finally {
        await again.close();
      }
    } finally {
      rmSync(c.dir, { recursive: true, force: true });
    }
  });

  it('unknown guardian tokens and files get 404', async () => {
    expect((await call(s.base, 'GET', '/guardian/' + 'a'.repeat(43))).status).toBe(404);
    expect((await call(s.base, 'GET', '/guardian/short')).status).toBe(404);
    expect((await call(s.base, 'GET', '/js/nothing.js')).status).toBe(404);
    expect((await call(s.base, 'POST', '/v1/guardians', { json: { label: 'x'.repeat(41) } })).status).toBe(400);
    const page = await call(s.base, 'GET', '/call');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
