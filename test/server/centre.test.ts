/**
 * The anti-fraud centre's workflow over HTTP: sign-in (cookie + CSRF), roles, the follow-up state
 * machine and its refusals, SLA and escalation, indicators (extraction, masking, CSV), cases, and
 * confirmed indicators feeding back into detection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, createUser } from '../../src/server/auth.ts';
import { centreOf } from '../../src/store/centre.ts';
import { call, SCAM_CALL, start, type Running } from './helpers.ts';

let s: Running;
let clock = Date.parse('2026-11-20T02:00:00Z');
const keys: Record<string, string> = {};

beforeAll(async () => {
  s = await start({ now: () => clock });
  keys['officer'] = (await createKey(s.app.store, 'officer', 'o1')).key;
  keys['officer2'] = (await createKey(s.app.store, 'officer', 'o2')).key;
  keys['supervisor'] = (await createKey(s.app.store, 'supervisor', 's1')).key;
  createUser(s.app.store, 'wang.jing', 'supervisor', 'correct horse battery');
});
afterAll(async () => { await s.close(); });

const SCAMMER_PHONE = '+86 170 2345 6789';
const SCAMMER_TURN = { speaker: 'caller', text: '您先加我们理赔中心QQ群 778899123，再打开 http://jd.com.tuikuan-service.top/refund 填写信息' };

/** A scam call from the scammer's number; returns the session id and its block-level alert id. */
async function scamAlert(callerNumber = SCAMMER_PHONE): Promise<{ sessionId: string; alertId: string }> {
  const opened = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call', claimedIdentity: '京东客服', callerNumber } });
  const sessionId = opened.body.id as string;
  let alertId = '';
  for (const turn of [SCAM_CALL[0], SCAMMER_TURN, ...SCAM_CALL.slice(1)]) {
    const r = await call(s.base, 'POST', `/v1/sessions/${sessionId}/turns`, { json: turn });
    expect(r.status).toBe(200);
    if (r.body.alert?.id) alertId = r.body.alert.id;
  }
  expect(alertId).not.toBe('');
  return { sessionId, alertId };
}

async function act(alertId: string, key: string, body: unknown) {
  return call(s.base, 'POST', `/v1/alerts/${alertId}/followups`, { key, json: body });
}

function cookieOf(res: { headers: Headers }): string {
  const set = res.headers.get('set-cookie') ?? '';
  return set.split(';')[0]!;
}

async function withCookie(method: string, path: string, cookie: string, opts: { json?: unknown; csrf?: string } = {}) {
  const headers: Record<string, string> = { cookie };
  if (opts.json !== undefined) headers['content-type'] = 'application/json';
  if (opts.csrf) headers['x-csrf-token'] = opts.csrf;
  const res = await fetch(s.base + path, { method, headers, ...(opts.json !== undefined ? { body: JSON.stringify(opts.json) } : {}) });
  const text = await res.text();
  let body: any = text;
  try { body = JSON.parse(text); } catch { /* text */ }
  return { status: res.status, body, headers: res.headers };
}

describe('console sign-in', () => {
  it('a key signs in: HttpOnly SameSite=Strict cookie, state changes need the CSRF token', async () => {
    const r = await call(s.base, 'POST', '/v1/staff/session', { json: { key: keys['officer'] } });
    expect(r.status).toBe(201);
    const set = r.headers.get('set-cookie') ?? '';
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=Strict/i);
    expect(r.body.role).toBe('officer');
    const cookie = cookieOf(r);
    expect((await withCookie('GET', '/v1/queue', cookie)).status).toBe(200);
    const { alertId } = await scamAlert();
    const noToken = await withCookie('POST', `/v1/alerts/${alertId}/followups`, cookie, { json: { action: 'claim' } });
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.code).toBe('csrf');
    const wrong = await withCookie('POST', `/v1/alerts/${alertId}/followups`, cookie, { json: { action: 'claim' }, csrf: 'x'.repeat(32) });
    expect(wrong.status).toBe(403);
    const ok = await withCookie('POST', `/v1/alerts/${alertId}/followups`, cookie, { json: { action: 'claim' }, csrf: r.body.csrf });
    expect(ok.status).toBe(201);
    expect(ok.body.alert.status).toBe('acknowledged');
    // The old PATCH with the cookie is CSRF-checked too.
    expect((await withCookie('PATCH', `/v1/alerts/${alertId}`, cookie, { json: { status: 'following-up' } })).status).toBe(403);
  });

  it('a user signs in with a password; wrong passwords, partners and expired sessions are refused', async () => {
    expect((await call(s.base, 'POST', '/v1/staff/session', { json: { user: 'wang.jing', password: 'wrong password!!' } })).status).toBe(401);
    expect((await call(s.base, 'POST', '/v1/staff/session', { json: { user: 'nobody', password: 'whatever12345' } })).status).toBe(401);
    const partner = await call(s.base, 'POST', '/v1/staff/session', { json: { key: s.keys.partner } });
    expect(partner.status).toBe(403);
    const r = await call(s.base, 'POST', '/v1/staff/session', { json: { user: 'wang.jing', password: 'correct horse battery' } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ principal: 'user:wang.jing', role: 'supervisor' });
    const cookie = cookieOf(r);
    expect((await withCookie('GET', '/v1/staff/session', cookie)).body.csrf).toBe(r.body.csrf);
    const saved = clock;
    clock += 9 * 3_600_000; // past the 8-hour shift
    const expired = await withCookie('GET', '/v1/queue', cookie);
    clock = saved;
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('session_expired');
    // Signing out ends the session.
    const r2 = await call(s.base, 'POST', '/v1/staff/session', { json: { user: 'wang.jing', password: 'correct horse battery' } });
    const c2 = cookieOf(r2);
    expect((await withCookie('DELETE', '/v1/staff/session', c2, { csrf: r2.body.csrf })).status).toBe(200);
    expect((await withCookie('GET', '/v1/queue', c2)).status).toBe(401);
  });

  it('a signed-in officer can still use the citizen pages: the cookie without a CSRF token is anonymous there', async () => {
    const r = await call(s.base, 'POST', '/v1/staff/session', { json: { key: keys['officer'] } });
    const res = await withCookie('POST', '/v1/analyze', cookieOf(r), { json: { text: '您好，我是淘宝客服，给您退款，请告诉我验证码' } });
    expect(res.status).toBe(200);
    expect(res.body.verdict).not.toBe('safe');
  });

  it('sign-in attempts are rate-limited per address', async () => {
    let last = 0;
    for (let i = 0; i < 12; i++) last = (await call(s.base, 'POST', '/v1/staff/session', { json: { user: 'nobody', password: 'guess-number-' + i } })).status;
    expect(last).toBe(429);
    clock += 120_000; // the bucket refills
    expect((await call(s.base, 'POST', '/v1/staff/session', { json: { user: 'wang.jing', password: 'correct horse battery' } })).status).toBe(201);
  });

  it('the staff alert stream accepts the console cookie', async () => {
    const r = await call(s.base, 'POST', '/v1/staff/session', { json: { key: keys['officer'] } });
    const res = await fetch(`${s.base}/v1/alerts/stream`, { headers: { cookie: cookieOf(r) } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    await res.body?.cancel();
  });
});

describe('roles', () => {
  it('officers work alerts; supervisors assign, set the SLA and create officers; partners never see the queue', async () => {
    expect((await call(s.base, 'GET', '/v1/queue', { key: s.keys.partner })).status).toBe(403);
    expect((await call(s.base, 'GET', '/v1/queue', { key: s.keys.staff })).status).toBe(200); // old staff = officer
    expect((await call(s.base, 'PUT', '/v1/sla', { key: keys['officer'], json: { block: 5, warn: 30 } })).status).toBe(403);
    expect((await call(s.base, 'POST', '/v1/staff/users', { key: keys['officer'], json: { name: 'li.na', role: 'officer', password: 'long enough pw' } })).status).toBe(403);
    expect((await call(s.base, 'POST', '/v1/staff/users', { key: keys['supervisor'], json: { name: 'li.na', role: 'officer', password: 'long enough pw' } })).status).toBe(201);
    expect((await call(s.base, 'POST', '/v1/staff/users', { key: keys['supervisor'], json: { name: 'boss', role: 'admin', password: 'long enough pw' } })).status).toBe(403);
    const { alertId } = await scamAlert();
    const assign = await act(alertId, keys['officer']!, { action: 'assign', assignee: 'user:li.na' });
    expect(assign.status).toBe(403);
    const ok = await act(alertId, keys['supervisor']!, { action: 'assign', assignee: 'user:li.na' });
    expect(ok.status).toBe(201);
    expect(ok.body.alert.assignee).toBe('user:li.na');
  });
});

describe('follow-up state machine', () => {
  it('claim → contact → 已劝阻, with every step logged and readable by the officer', async () => {
    const { alertId } = await scamAlert();
    const o = keys['officer']!;
    const early = await act(alertId, o, { action: 'outcome', outcome: 'stopped' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('not_claimed');
    expect((await act(alertId, o, { action: 'claim' })).status).toBe(201);
    const other = await act(alertId, keys['officer2']!, { action: 'claim' });
    expect(other.status).toBe(409);
    expect(other.body.error.message).toContain('already claimed');
    expect((await act(alertId, keys['officer2']!, { action: 'contact', means: 'phone', result: 'reached' })).body.error.code).toBe('not_assignee');
    const noReach = await act(alertId, o, { action: 'contact', means: 'phone', result: 'no-answer', note: '无人接听，张女士手机 13912345678' });
    expect(noReach.status).toBe(201);
    expect(noReach.body.alert.status).toBe('following-up');
    const stoppedTooSoon = await act(alertId, o, { action: 'outcome', outcome: 'stopped' });
    expect(stoppedTooSoon.status).toBe(409);
    expect(stoppedTooSoon.body.error.message).toContain('reached');
    expect((await act(alertId, o, { action: 'contact', means: 'phone', result: 'reached' })).status).toBe(201);
    const stopped = await act(alertId, o, { action: 'outcome', outcome: 'stopped', note: '已劝阻，未转账' });
    expect(stopped.status).toBe(201);
    expect(stopped.body.alert).toMatchObject({ status: 'closed', outcome: 'stopped' });
    const log = await call(s.base, 'GET', `/v1/alerts/${alertId}/followups`, { key: keys['officer2'] });
    expect(log.body.followups.map((f: { action: string }) => f.action)).toEqual(['claim', 'contact', 'contact', 'outcome']);
    // The victim's number in a note is masked; the note itself is readable by officers.
    expect(log.text).not.toContain('13912345678');
    expect(log.body.followups[1].note).toContain('无人接听');
    // A closed alert refuses more work, and the old PATCH cannot move it back to new.
    expect((await act(alertId, o, { action: 'contact', means: 'phone', result: 'reached' })).body.error.code).toBe('closed');
    const back = await call(s.base, 'PATCH', `/v1/alerts/${alertId}`, { key: o, json: { status: 'new' } });
    expect(back.status).toBe(409);
    expect(back.body.error.message).toContain('reopen');
    // Only a supervisor reopens.
    expect((await act(alertId, o, { action: 'reopen', reason: '家属来电' })).status).toBe(403);
    const reopened = await act(alertId, keys['supervisor']!, { action: 'reopen', reason: '家属来电称又接到电话' });
    expect(reopened.body.alert).toMatchObject({ status: 'following-up', outcome: null });
  });

  it('已被骗 needs amount, how and when; 确实联系不上 needs two attempts; 重复预警 needs an existing alert', async () => {
    const { alertId } = await scamAlert();
    const o = keys['officer']!;
    await act(alertId, o, { action: 'claim' });
    const noDetails = await act(alertId, o, { action: 'outcome', outcome: 'lost' });
    expect(noDetails.body.error.code).toBe('loss_details');
    expect((await act(alertId, o, { action: 'contact', means: 'phone', result: 'busy' })).status).toBe(201);
    const tooFew = await act(alertId, o, { action: 'outcome', outcome: 'unreachable' });
    expect(tooFew.body.error.code).toBe('too_few_attempts');
    const forNow = await act(alertId, o, { action: 'outcome', outcome: 'unreachable-for-now' });
    expect(forNow.body.alert).toMatchObject({ status: 'following-up', outcome: 'unreachable-for-now' });
    const dupMissing = await act(alertId, o, { action: 'outcome', outcome: 'duplicate', duplicateOf: '00000000-0000-4000-8000-000000000000' });
    expect(dupMissing.body.error.code).toBe('duplicate_of');
    expect((await act(alertId, o, { action: 'contact', means: 'phone', result: 'reached' })).status).toBe(201);
    const lost = await act(alertId, o, { action: 'outcome', outcome: 'lost', amount: 16000, paidHow: 'qr-scan', paidAt: '2026-11-20T01:30:00Z' });
    expect(lost.status).toBe(201);
    expect(lost.body.alert.outcomeDetail).toMatchObject({ amount: 16000, paidHow: 'qr-scan' });
    const bad = await act(alertId, o, { action: 'teleport' });
    expect(bad.status).toBe(400);
  });

  it('确实联系不上 after two failed attempts, 重复预警 of an existing alert, and notes on a closed alert', async () => {
    const first = await scamAlert();
    const second = await scamAlert();
    const o = keys['officer']!;
    await act(first.alertId, o, { action: 'claim' });
    await act(first.alertId, o, { action: 'contact', means: 'phone', result: 'no-answer' });
    await act(first.alertId, o, { action: 'contact', means: 'sms', result: 'no-answer' });
    const gone = await act(first.alertId, o, { action: 'outcome', outcome: 'unreachable' });
    expect(gone.body.alert).toMatchObject({ status: 'closed', outcome: 'unreachable' });
    await act(second.alertId, o, { action: 'claim' });
    expect((await act(second.alertId, o, { action: 'outcome', outcome: 'duplicate', duplicateOf: second.alertId })).body.error.code).toBe('duplicate_of');
    const dup = await act(second.alertId, o, { action: 'outcome', outcome: 'duplicate', duplicateOf: first.alertId });
    expect(dup.body.alert).toMatchObject({ status: 'closed', outcome: 'duplicate', outcomeDetail: { duplicateOf: first.alertId } });
    const note = await act(second.alertId, keys['officer2']!, { action: 'note', note: '同一号码当天第二次来电' });
    expect(note.status).toBe(201);
    expect(note.body.followups.at(-1)).toMatchObject({ action: 'note', note: '同一号码当天第二次来电' });
  });

  it('when a call rises from warn to block, the warn alert closes as 重复预警 and the officer and the contact carry over', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call', claimedIdentity: '京东客服', callerNumber: '17012349999' } });
    const id = opened.body.id;
    let warn = '';
    for (const turn of SCAM_CALL) {
      const r = await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: turn });
      if (r.body.alert?.id && r.body.alert.level === 'warn') { warn = r.body.alert.id; break; }
    }
    expect(warn).not.toBe('');
    const o = keys['officer']!;
    await act(warn, o, { action: 'claim' });
    await act(warn, o, { action: 'contact', means: 'phone', result: 'reached' });
    let block = '';
    for (const turn of SCAM_CALL.slice(2)) {
      const r = await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: turn });
      if (r.body.alert?.id && r.body.alert.level === 'block') block = r.body.alert.id;
    }
    expect(block).not.toBe('');
    const old = (await call(s.base, 'GET', `/v1/queue/${warn}`, { key: o })).body;
    expect(old).toMatchObject({ status: 'closed', outcome: 'duplicate', outcomeDetail: { duplicateOf: block } });
    const now = (await call(s.base, 'GET', `/v1/queue/${block}`, { key: o })).body;
    expect(now).toMatchObject({ status: 'following-up' });
    expect(now.assignee).toBe(old.assignee);
    expect(now.firstContactAt).toBe(old.firstContactAt);
    // The person was reached on this call already: 已劝阻 can be recorded on the block alert.
    const stopped = await act(block, o, { action: 'outcome', outcome: 'stopped' });
    expect(stopped.body.alert).toMatchObject({ status: 'closed', outcome: 'stopped' });
  });

  it('误报 closes the alert and puts the transcript in the review queue', async () => {
    const { alertId } = await scamAlert();
    await act(alertId, keys['officer']!, { action: 'claim' });
    const fa = await act(alertId, keys['officer']!, { action: 'outcome', outcome: 'false-alarm', note: '确为京东客服回访' });
    expect(fa.body.alert).toMatchObject({ status: 'closed', outcome: 'false-alarm' });
    const reviews = await centreOf(s.app.store).listReviews('pending', 100);
    expect(reviews.some((r) => r.alert_id === alertId && r.expect === 'safe' && r.text.includes('京东客服'))).toBe(true);
  });
});

describe('SLA and escalation', () => {
  it('a block alert is due in 10 minutes; past that it is overdue and escalated; a late contact is not met', async () => {
    const { alertId } = await scamAlert();
    const first = (await call(s.base, 'GET', `/v1/queue/${alertId}`, { key: keys['officer'] })).body;
    expect(first.level).toBe('block');
    expect(first.sla).toMatchObject({ overdue: false, met: null, minutesLeft: 10 });
    expect(Date.parse(first.sla.dueAt) - Date.parse(first.createdAt)).toBe(10 * 60_000);
    const saved = clock;
    clock += 11 * 60_000;
    const overdue = await call(s.base, 'GET', '/v1/queue?overdue=true&limit=200', { key: keys['officer'] });
    const row = overdue.body.alerts.find((a: { id: string }) => a.id === alertId);
    expect(row.sla).toMatchObject({ overdue: true, met: false });
    expect(row.escalatedAt).not.toBeNull();
    const log = await call(s.base, 'GET', `/v1/alerts/${alertId}/followups`, { key: keys['officer'] });
    expect(log.body.followups.at(-1)).toMatchObject({ action: 'escalate', actor: 'system' });
    await act(alertId, keys['officer']!, { action: 'claim' });
    await act(alertId, keys['officer']!, { action: 'contact', means: 'phone', result: 'reached' });
    const late = (await call(s.base, 'GET', `/v1/queue/${alertId}`, { key: keys['officer'] })).body;
    expect(late.sla).toMatchObject({ overdue: false, met: false });
    clock = saved;
  });

  it('a supervisor changes the targets; the new target applies', async () => {
    expect((await call(s.base, 'PUT', '/v1/sla', { key: keys['supervisor'], json: { block: 5, warn: 30 } })).status).toBe(200);
    const { alertId } = await scamAlert();
    const a = (await call(s.base, 'GET', `/v1/queue/${alertId}`, { key: keys['officer'] })).body;
    expect(Date.parse(a.sla.dueAt) - Date.parse(a.createdAt)).toBe(5 * 60_000);
    expect((await call(s.base, 'PUT', '/v1/sla', { key: keys['supervisor'], json: { block: 0, warn: 30 } })).status).toBe(400);
    await call(s.base, 'PUT', '/v1/sla', { key: keys['supervisor'], json: { block: 10, warn: 60 } });
  });
});

describe('indicators', () => {
  it('the scammer\'s number, group and domain are extracted in full for officers, masked for partners', async () => {
    const { sessionId, alertId } = await scamAlert('+86 171 5555 0101');
    const detail = (await call(s.base, 'GET', `/v1/queue/${alertId}`, { key: keys['officer'] })).body;
    const values = detail.indicators.map((i: { kind: string; value: string }) => `${i.kind}:${i.value}`);
    expect(values).toContain('phone:17155550101');
    expect(values).toContain('group:778899123');
    expect(values).toContain('domain:jd.com.tuikuan-service.top');
    expect(detail.platform).toBe('京东');
    // The victim's session record still shows the caller number masked; the indicator is the full one.
    expect(detail.callerNumber).not.toContain('55550101');
    const partner = await call(s.base, 'GET', '/v1/indicators?kind=phone&q=17155550101', { key: s.keys.partner });
    expect(partner.status).toBe(200);
    expect(partner.text).not.toContain('17155550101');
    expect(partner.body.indicators[0].masked).toBe(true);
    // The queue finds the alert by the number, in any spelling.
    const found = await call(s.base, 'GET', `/v1/queue?indicator=${encodeURIComponent('+86 171-5555-0101')}`, { key: keys['officer'] });
    // The session's warn and block alerts, and nothing else.
    expect(found.body.alerts.map((a: { id: string }) => a.id)).toContain(alertId);
    expect(new Set(found.body.alerts.map((a: { sessionId: string }) => a.sessionId))).toEqual(new Set([sessionId]));
    expect(found.body.total).toBe(found.body.alerts.length);
    // Viewing unmasked indicators is audited.
    const audit = await call(s.base, 'GET', '/v1/audit?limit=1000', { key: s.keys.admin });
    expect(audit.body.entries.some((e: { action: string; target: string }) => e.action === 'alert.view' && e.target === alertId)).toBe(true);
    const csv = await call(s.base, 'GET', '/v1/indicators.csv?kind=group', { key: keys['officer'] });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text).toContain('778899123');
  });

  it('the citizen\'s own numbers are never indicators', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call' } });
    const id = opened.body.id;
    for (const t of [...SCAM_CALL, { speaker: 'user', text: '我的手机号是13800001111，卡号6222020200112233445' }]) {
      await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: t });
    }
    const list = await call(s.base, 'GET', '/v1/indicators?limit=1000', { key: keys['officer'] });
    expect(list.text).not.toContain('13800001111');
  });

  it('a case from an alert carries its indicators; a confirmed number raises the next call from it', async () => {
    const phone = '+86 170 9999 8888';
    const { alertId } = await scamAlert(phone);
    const o = keys['officer']!;
    const created = await call(s.base, 'POST', '/v1/cases', { key: o, json: { alertId, narrative: '事主称对方以退款为由' } });
    expect(created.status).toBe(201);
    expect(created.body.ref).toMatch(/^C-\d{8}-\d{3}$/);
    expect(created.body.platform).toBe('京东');
    expect(created.body.tactics[0]).toMatch(/^contact\./);
    expect((await call(s.base, 'POST', '/v1/cases', { key: o, json: { alertId } })).status).toBe(409);
    const ind = created.body.indicators.find((i: { kind: string; value: string }) => i.kind === 'phone' && i.value === '17099998888');
    expect(ind).toBeDefined();
    // Confirming needs a case to cite.
    const orphan = await call(s.base, 'PATCH', `/v1/indicators/${ind.id}`, { key: o, json: { status: 'confirmed' } });
    expect(orphan.status).toBe(409);
    const confirmed = await call(s.base, 'PATCH', `/v1/indicators/${ind.id}`, { key: o, json: { status: 'confirmed', caseId: created.body.id } });
    expect(confirmed.body).toMatchObject({ status: 'confirmed', caseRef: created.body.ref });

    // A new call from that number, with nothing said yet but a greeting, is a warning citing the case.
    const next = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call', callerNumber: '17099998888' } });
    const turn = await call(s.base, 'POST', `/v1/sessions/${next.body.id}/turns`, { json: { speaker: 'caller', text: '喂，您好，请问是李先生吗？' } });
    const hit = turn.body.state.tactics.find((t: { id: string }) => t.id === 'contact.confirmed-number');
    expect(hit).toBeDefined();
    expect(hit.detail).toContain(created.body.ref);
    expect(['warn', 'block']).toContain(turn.body.state.level);
    // Dismissed, it no longer counts.
    await call(s.base, 'PATCH', `/v1/indicators/${ind.id}`, { key: o, json: { status: 'dismissed' } });
    const after = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call', callerNumber: '17099998888' } });
    const t2 = await call(s.base, 'POST', `/v1/sessions/${after.body.id}/turns`, { json: { speaker: 'caller', text: '喂，您好，请问是李先生吗？' } });
    expect(t2.body.state?.tactics?.some((t: { id: string }) => t.id === 'contact.confirmed-number') ?? false).toBe(false);
  });

  it('cases list with a total and a cursor; a hand-made case gets indicators added by an officer', async () => {
    const o = keys['officer']!;
    const made = await call(s.base, 'POST', '/v1/cases', { key: o, json: { title: '冒充淘宝客服退款诈骗', channel: 'call', platform: '淘宝', lossAmount: 25063, stopPayment: true } });
    expect(made.status).toBe(201);
    expect(made.body.stopPayment).toBe(true);
    expect(made.body.stopPaymentAt).not.toBeNull();
    const added = await call(s.base, 'POST', `/v1/cases/${made.body.id}/indicators`, { key: o, json: { kind: 'domain', value: 'https://taobao-tuikuan.vip/a' } });
    expect(added.body).toMatchObject({ kind: 'domain', value: 'taobao-tuikuan.vip' });
    expect((await call(s.base, 'POST', `/v1/cases/${made.body.id}/indicators`, { key: o, json: { kind: 'phone', value: 'abc' } })).status).toBe(400);
    const page1 = await call(s.base, 'GET', '/v1/cases?limit=1', { key: o });
    expect(page1.body.cases).toHaveLength(1);
    expect(page1.body.total).toBeGreaterThanOrEqual(2);
    const page2 = await call(s.base, 'GET', `/v1/cases?limit=1&cursor=${page1.body.nextCursor}`, { key: o });
    expect(page2.body.cases[0].id).not.toBe(page1.body.cases[0].id);
    expect((await call(s.base, 'GET', '/v1/cases?cursor=garbage', { key: o })).status).toBe(400);
    const over = await call(s.base, 'PATCH', `/v1/cases/${made.body.id}`, { key: o, json: { recoveredAmount: 30000 } });
    expect(over.status).toBe(400);
  });
});
