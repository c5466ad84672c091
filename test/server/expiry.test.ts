import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, SCAM_CALL, start, type Running } from './helpers.ts';

let clock = Date.parse('2024-05-01T10:00:00Z');
let s: Running;
beforeAll(async () => { s = await start({ now: () => clock, sessionIdleMs: 60_000 }); });
afterAll(async () => { await s.close(); });

describe('idle sessions', () => {
  it('expire after the idle time and keep their state', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call' } });
    const id = opened.body.id;
    for (const turn of SCAM_CALL.slice(0, 3)) await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: turn });
    clock += 59_000;
    expect((await call(s.base, 'GET', `/v1/sessions/${id}`)).body.status).toBe('active');
    clock += 2_000;
    const got = await call(s.base, 'GET', `/v1/sessions/${id}`);
    expect(got.body.status).toBe('expired');
    expect(got.body.turns).toBe(3);
    // The state kept is the one reached before expiry: at least a warning for these three turns.
    expect(['warn', 'block']).toContain(got.body.state.level);
    expect(got.body.alerts.length).toBeGreaterThan(0);
    const late = await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: { speaker: 'caller', text: '喂？' } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('session_expired');
  });

  it('the sweep expires sessions nobody asks about and frees their memory', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: SCAM_CALL[0] });
    const before = s.app.sessions.liveCount();
    clock += 120_000;
    expect(await s.app.sessions.sweep()).toBeGreaterThanOrEqual(1);
    expect(s.app.sessions.liveCount()).toBeLessThan(before);
    expect((await s.app.store.getSession(opened.body.id))?.status).toBe('expired');
  });

  it('a session evicted from memory resumes from its stored snapshot', async () => {
    const small = await start({ maxLiveSessions: 1 });
    try {
      const a = await call(small.base, 'POST', '/v1/sessions', { json: {} });
      const b = await call(small.base, 'POST', '/v1/sessions', { json: {} });
      for (const turn of SCAM_CALL.slice(0, 3)) {
        await call(small.base, 'POST', `/v1/sessions/${a.body.id}/turns`, { json: turn });
        await call(small.base, 'POST', `/v1/sessions/${b.body.id}/turns`, { json: { speaker: 'user', text: '嗯' } });
      }
      const last = await call(small.base, 'POST', `/v1/sessions/${a.body.id}/turns`, { json: SCAM_CALL[3] });
      expect(last.body.turn).toBe(3);
      expect(last.body.state.level).toBe('block');
    } finally {
      await small.close();
    }
  });
});
