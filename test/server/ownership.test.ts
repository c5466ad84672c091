import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, readEvents, SCAM_CALL, start, type Running } from './helpers.ts';

let s: Running;
beforeAll(async () => { s = await start({ maxStreamsPerClient: 3 }); });
afterAll(async () => { await s.close(); });

const transfer = { amount: 9063, payeeNew: true, screenShareActive: true, callActive: true };

describe('a session opened by a browser belongs to the holder of its token', () => {
  it('returns an unguessable token once, and only its holder may use the session', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call' } });
    expect(opened.status).toBe(201);
    const { id, token } = opened.body as { id: string; token: string };
    expect(token).toMatch(/^[A-Za-z0-9_-]{43,}$/); // 32 bytes, base64url: 256 bits
    const other = (await call(s.base, 'POST', '/v1/sessions', { json: {} })).body.token as string;
    expect(other).not.toBe(token);

    // Without the token, or with another session's token: 404 on everything, as if it did not exist.
    for (const t of [null, other, 'x'.repeat(43)]) {
      expect((await call(s.base, 'GET', `/v1/sessions/${id}`, { token: t })).status).toBe(404);
      expect((await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { token: t, json: SCAM_CALL[0] })).status).toBe(404);
      expect((await call(s.base, 'POST', `/v1/sessions/${id}/end`, { token: t })).status).toBe(404);
      const ev = await fetch(`${s.base}/v1/sessions/${id}/events${t ? `?token=${t}` : ''}`);
      expect(ev.status).toBe(404);
      await ev.body?.cancel();
    }
    // A partner key that did not open it is no owner either.
    expect((await call(s.base, 'GET', `/v1/sessions/${id}`, { key: s.keys.partner })).status).toBe(404);

    // The holder: header for requests, query for EventSource.
    const turn = await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { token, json: SCAM_CALL[0] });
    expect(turn.status).toBe(200);
    const read = await call(s.base, 'GET', `/v1/sessions/${id}`, { token });
    expect(read.body.turns).toBe(1);
    expect(read.text).not.toContain(token); // shown once, at creation
    const ev = await fetch(`${s.base}/v1/sessions/${id}/events?token=${token}`);
    expect(ev.status).toBe(200);
    await ev.body?.cancel();
  });

  it('staff read any session (audited) but do not speak in it', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    const id = opened.body.id;
    await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: SCAM_CALL[0] });
    const asStaff = await call(s.base, 'GET', `/v1/sessions/${id}`, { key: s.keys.staff });
    expect(asStaff.status).toBe(200);
    expect(asStaff.body.transcript).toHaveLength(1);
    expect((await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { key: s.keys.staff, json: SCAM_CALL[1] })).status).toBe(404);
    const stream = await fetch(`${s.base}/v1/sessions/${id}/events`, { headers: { authorization: `Bearer ${s.keys.staff}` } });
    expect(stream.status).toBe(200);
    await stream.body?.cancel();
    const audit = await call(s.base, 'GET', '/v1/audit', { key: s.keys.admin });
    expect(audit.body.entries.some((e: { action: string; target: string }) => e.action === 'session.view' && e.target === id)).toBe(true);
    expect(audit.body.entries.some((e: { action: string; target: string }) => e.action === 'session.stream' && e.target === id)).toBe(true);
  });
});

describe('a session opened with an API key belongs to that key', () => {
  it('the key reads, speaks and checks payments on it; another partner gets 404', async () => {
    const bank = s.keys.partner;
    const otherBank = (await call(s.base, 'POST', '/v1/keys', { key: s.keys.admin, json: { role: 'partner', label: '另一家银行' } })).body.key as string;
    const opened = await call(s.base, 'POST', '/v1/sessions', { key: bank, json: { channel: 'call' } });
    expect(opened.status).toBe(201);
    const id = opened.body.id;
    for (const t of SCAM_CALL.slice(0, 3)) expect((await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { key: bank, json: t })).status).toBe(200);
    expect((await call(s.base, 'GET', `/v1/sessions/${id}`, { key: bank })).status).toBe(200);

    expect((await call(s.base, 'GET', `/v1/sessions/${id}`, { key: otherBank })).status).toBe(404);
    expect((await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { key: otherBank, json: SCAM_CALL[3] })).status).toBe(404);
    expect((await call(s.base, 'POST', `/v1/sessions/${id}/end`, { key: otherBank })).status).toBe(404);
    const theirs = await call(s.base, 'POST', '/v1/payment-check', { key: otherBank, json: { sessionId: id, transfer } });
    expect(theirs.status).toBe(404);
    const mine = await call(s.base, 'POST', '/v1/payment-check', { key: bank, json: { sessionId: id, transfer } });
    expect(mine.status).toBe(200);
    expect(mine.body.decision).toBe('hold');
  });

  it('a partner lists its own sessions, newest first, page by page', async () => {
    const bank = (await call(s.base, 'POST', '/v1/keys', { key: s.keys.admin, json: { role: 'partner' } })).body.key as string;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await call(s.base, 'POST', '/v1/sessions', { key: bank, json: {} })).body.id);
      await new Promise((r) => setTimeout(r, 3)); // distinct creation times
    }
    await call(s.base, 'POST', '/v1/sessions', { key: s.keys.partner, json: {} }); // someone else's
    const first = await call(s.base, 'GET', '/v1/sessions?limit=2', { key: bank });
    expect(first.status).toBe(200);
    expect(first.body.sessions.map((x: { id: string }) => x.id)).toEqual([ids[2], ids[1]]);
    expect(first.body.next).toMatch(/^\d{4}-\d\d-\d\dT/);
    const second = await call(s.base, 'GET', `/v1/sessions?limit=2&before=${encodeURIComponent(first.body.next)}`, { key: bank });
    expect(second.body.sessions.map((x: { id: string }) => x.id)).toEqual([ids[0]]);
    expect(second.body.next).toBeNull();
    expect((await call(s.base, 'GET', '/v1/sessions')).status).toBe(401);
  });
});

describe('event streams per client are capped', () => {
  it('a fourth stream from the same address is 429; closing one frees a place', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    const url = `${s.base}/v1/sessions/${opened.body.id}/events?token=${opened.body.token}`;
    const open = [];
    for (let i = 0; i < 3; i++) {
      const r = await fetch(url);
      expect(r.status).toBe(200);
      open.push(r);
    }
    const extra = await fetch(url);
    expect(extra.status).toBe(429);
    expect(((await extra.json()) as { error: { code: string } }).error.code).toBe('too_many_streams');
    await open.pop()!.body?.cancel();
    await new Promise((r) => setTimeout(r, 100));
    const again = await fetch(url);
    expect(again.status).toBe(200);
    open.push(again);
    for (const r of open) await r.body?.cancel();
  });
});

describe('event ids and replay', () => {
  it('frames carry ids and a retry hint; Last-Event-ID replays what was missed', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    const { id, token } = opened.body;
    const first = await fetch(`${s.base}/v1/sessions/${id}/events?token=${token}`);
    const reader = first.body!.getReader();
    const head = new TextDecoder().decode((await reader.read()).value);
    expect(head).toMatch(/^retry: \d+$/m);
    await reader.cancel();
    const seen = await fetch(`${s.base}/v1/sessions/${id}/events?token=${token}`);
    const reading = readEvents(seen, (ev) => ev.filter((e) => e.event === 'turn').length >= 1);
    await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: SCAM_CALL[0] });
    const before = await reading;
    const lastId = before.find((e) => e.event === 'turn')!.id!;
    expect(lastId).toMatch(/^[0-9a-f]{8}\.\d+$/);
    // Two turns said while the client was away:
    await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: SCAM_CALL[1] });
    await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: SCAM_CALL[2] });
    const back = await fetch(`${s.base}/v1/sessions/${id}/events?token=${token}`, { headers: { 'last-event-id': lastId } });
    const replayed = await readEvents(back, (ev) => ev.filter((e) => e.event === 'turn').length >= 2, 2000);
    expect(replayed.filter((e) => e.event === 'turn').map((e) => e.data.turn)).toEqual([1, 2]);
  });
});
