import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, readEvents, SCAM_CALL, start, tokenOf, type Running } from './helpers.ts';

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

describe('Server-Sent Events', () => {
  it('a session stream delivers each turn and the alert as it happens', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call' } });
    const id = opened.body.id;
    const res = await fetch(`${s.base}/v1/sessions/${id}/events?token=${tokenOf(id)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    // Read until every turn has come back and the block alert is among the events (the block may
    // come before the last turn: how early depends on the playbook, not on the stream).
    const reading = readEvents(res, (ev) => ev.filter((e) => e.event === 'turn').length === SCAM_CALL.length
      && ev.some((e) => e.event === 'alert' && e.data.level === 'block'));
    for (const turn of SCAM_CALL) await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: turn });
    const events = await reading;
    expect(events.filter((e) => e.event === 'turn')).toHaveLength(SCAM_CALL.length);
    const block = events.find((e) => e.event === 'alert' && e.data.level === 'block');
    expect(block?.data.sessionId).toBe(id);
    expect(block?.data.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the staff stream delivers alerts from every session', async () => {
    const res = await fetch(`${s.base}/v1/alerts/stream`, { headers: { authorization: `Bearer ${s.keys.staff}` } });
    expect(res.status).toBe(200);
    const reading = readEvents(res, (ev) => ev.some((e) => e.event === 'alert' && e.data.level === 'block'));
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    for (const turn of SCAM_CALL) await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: turn });
    const events = await reading;
    const alerts = events.filter((e) => e.event === 'alert');
    expect(alerts.length).toBeGreaterThanOrEqual(1);
    expect(alerts.every((a) => a.data.sessionId === opened.body.id)).toBe(true);
    const stored = await call(s.base, 'GET', `/v1/alerts/${alerts.at(-1)!.data.id}`, { key: s.keys.staff });
    expect(stored.status).toBe(200);
  });

  it('closing the server ends open streams instead of hanging', async () => {
    const other = await start();
    const opened = await call(other.base, 'POST', '/v1/sessions', { json: {} });
    const res = await fetch(`${other.base}/v1/sessions/${opened.body.id}/events?token=${opened.body.token}`);
    const t0 = Date.now();
    await other.close();
    expect(Date.now() - t0).toBeLessThan(5_000);
    await res.body?.cancel().catch(() => {});
  });
});
