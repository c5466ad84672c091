/**
 * The service's store (sessions, turns, alerts, keys, audit, payment checks, partner data,
 * retention, seq tracking) behaves the same on SQLite and PostgreSQL, through the same code.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES, useStore } from './engines.ts';
import { Store, type AlertRow, type SessionRow, type TurnCommit } from '../../src/store/store.ts';
import { PartnerStore } from '../../src/store/partner.ts';
import { Retention } from '../../src/server/retention.ts';
import { SeqTracker } from '../../src/server/seq.ts';
import { SessionAccounts } from '../../src/server/payee.ts';

const DAY = 24 * 60 * 60_000;
const T0 = 1_764_374_400_000; // 2025-11-29, ms

function session(id: string, at = T0, extra: Partial<SessionRow> = {}): SessionRow {
  return {
    id, channel: 'call', lang: 'zh', caller_number: '170****5678', claimed_identity: null, recipient: null, status: 'active',
    turns: 0, level: 'none', risk: 0, verdict: 'safe', snapshot_json: '{}', created_at: at, updated_at: at, ended_at: null, ...extra,
  };
}

function alert(id: string, sessionId: string, at: number, level = 'warn', turn = 0): AlertRow {
  return {
    id, session_id: sessionId, level, risk: 60, verdict: 'suspicious', turn, tactics_json: '["contact.impersonation"]',
    advice_json: '[]', evidence_json: '[]', status: 'new', created_at: at, updated_at: at,
  };
}

function turnCommit(sessionId: string, idx: number, at: number, a: AlertRow | null = null, seq: number | null = null): TurnCommit {
  return {
    session: { id: sessionId, turns: idx + 1, level: a ? a.level : 'none', risk: a ? a.risk : 0, verdict: a ? a.verdict : 'safe', snapshot_json: `{"t":${idx}}`, updated_at: at },
    turn: { session_id: sessionId, idx, speaker: 'caller', text: `turn ${idx}`, created_at: at, seq },
    alert: a,
  };
}

describe.each(ENGINES)('the store on %s', (engine) => {
  const sql = useStore(engine);

  it('stores sessions and turns, and a turn batch with its alert in one transaction', async () => {
    const store = new Store(sql());
    await store.insertSession(session('s1'));
    await store.commitTurns([turnCommit('s1', 0, T0 + 1), turnCommit('s1', 1, T0 + 2, alert('a1', 's1', T0 + 2))]);
    const row = await store.getSession('s1');
    expect(row).toMatchObject({ id: 's1', turns: 2, level: 'warn', risk: 60, snapshot_json: '{"t":1}', updated_at: T0 + 2, created_at: T0 });
    expect((await store.listTurns('s1')).map((t) => [t.idx, t.text, t.created_at])).toEqual([[0, 'turn 0', T0 + 1], [1, 'turn 1', T0 + 2]]);
    expect((await store.alertsOfSession('s1')).map((a) => a.id)).toEqual(['a1']);
    // A batch whose second turn repeats an index stores nothing of the batch.
    await expect(store.commitTurns([turnCommit('s1', 2, T0 + 3), turnCommit('s1', 1, T0 + 3)])).rejects.toThrow();
    expect((await store.getSession('s1'))!.turns).toBe(2);
    expect(await store.listTurns('s1')).toHaveLength(2);
  });

  it('lists alerts newest first with filters, same-millisecond alerts in the reverse of insertion order', async () => {
    const store = new Store(sql());
    await store.insertSession(session('s2'));
    for (const [i, id] of ['b-first', 'a-second', 'c-third'].entries()) await store.commitTurns([turnCommit('s2', i, T0 + 10, alert(id, 's2', T0 + 10, i === 2 ? 'block' : 'warn', i))]);
    expect((await store.listAlerts({ sessionId: 's2', limit: 10 })).map((a) => a.id)).toEqual(['c-third', 'a-second', 'b-first']);
    expect((await store.alertsOfSession('s2')).map((a) => a.id)).toEqual(['b-first', 'a-second', 'c-third']);
    expect((await store.listAlerts({ sessionId: 's2', level: 'block', limit: 10 })).map((a) => a.id)).toEqual(['c-third']);
    expect(await store.listAlerts({ sessionId: 's2', since: T0 + 11, limit: 10 })).toEqual([]);
    expect(await store.listAlerts({ sessionId: 's2', limit: 1 })).toHaveLength(1);
    expect(await store.setAlertStatus('c-third', 'acknowledged', T0 + 20)).toBe(true);
    expect(await store.getAlert('c-third')).toMatchObject({ status: 'acknowledged', updated_at: T0 + 20 });
    expect(await store.setAlertStatus('nope', 'closed', T0)).toBe(false);
  });

  it('moves a session out of a status once, and expires idle ones', async () => {
    const store = new Store(sql());
    await store.insertSession(session('s3', T0));
    await store.insertSession(session('s4', T0 + DAY));
    expect(await store.setSessionStatus('s3', 'active', 'ended', T0 + 5)).toBe(true);
    expect(await store.setSessionStatus('s3', 'active', 'ended', T0 + 6)).toBe(false);
    expect(await store.getSession('s3')).toMatchObject({ status: 'ended', ended_at: T0 + 5 });
    await store.insertSession(session('s5', T0));
    const expired = await store.expireIdle(T0 + DAY + 10, DAY);
    expect(expired).toBeGreaterThanOrEqual(1);
    expect((await store.getSession('s5'))!.status).toBe('expired');
    expect((await store.getSession('s4'))!.status).toBe('active');
  });

  it('keys, audit (masked detail), outbox and payment checks', async () => {
    const store = new Store(sql());
    await store.insertKey({ id: 'k1', role: 'admin', label: '张三 13812345678', salt: 's', hash: 'h', created_at: T0, revoked_at: null });
    await store.insertKey({ id: 'k2', role: 'admin', label: null, salt: 's', hash: 'h', created_at: T0 + 1, revoked_at: null });
    expect((await store.getKey('k1'))!.label).not.toContain('13812345678');
    expect(await store.countActiveKeys('admin')).toBe(2);
    expect(await store.revokeKey('k1', T0 + 2)).toBe(true);
    expect(await store.revokeKey('k1', T0 + 3)).toBe(false);
    expect(await store.countActiveKeys('admin')).toBe(1);
    expect((await store.listKeys()).map((k) => k.id)).toEqual(['k1', 'k2']);
    await store.audit({ at: T0, key_id: 'k2', role: 'admin', action: 'note', target: null, detail_json: JSON.stringify({ note: '卡号6222021234567890123' }) });
    await store.audit({ at: T0 + 1, key_id: 'k2', role: 'admin', action: 'later', target: 'x', detail_json: null });
    const audit = await store.listAudit(T0, 10);
    expect(audit.map((a) => a.action)).toEqual(['later', 'note']);
    expect(audit[1]!.detail_json).not.toContain('6222021234567890123');
    expect(typeof audit[0]!.id).toBe('number');
    for (const [i, id] of ['o1', 'o2'].entries()) {
      await store.insertOutbox({ id, alert_id: null, session_id: null, recipient: null, level: 'warn', text: `w${i}`, created_at: T0 });
    }
    expect((await store.listOutbox(10)).map((o) => o.id)).toEqual(['o2', 'o1']);
    const partner = new PartnerStore(sql());
    await store.insertPaymentCheck({ id: 'p1', key_id: 'k2', session_id: null, decision: 'hold', rules_json: '[]', created_at: T0 });
    await partner.setPaymentDetails('p1', 1234.5, { account: true, name: false, bank: false });
    await partner.setPaymentOutcome('p1', 'cancelled', T0 + 9);
    expect(await partner.getPaymentCheck('p1')).toMatchObject({ amount: 1234.5, outcome: 'cancelled', outcome_at: T0 + 9, payee_match: '{"account":true,"name":false,"bank":false}' });
  });

  it('session owners and a key\'s sessions, newest first, by status, paged by time', async () => {
    const store = new Store(sql());
    const partner = new PartnerStore(sql());
    for (let i = 0; i < 4; i++) {
      await store.insertSession(session(`own${i}`, T0 + i * 1000, i === 1 ? { status: 'ended' } : {}));
      await partner.setOwner(`own${i}`, 'key-a', null);
    }
    expect(await partner.getOwner('own0')).toEqual({ owner_key_id: 'key-a', token_hash: null });
    const page = await partner.sessionsOfKey('key-a', { before: Number.MAX_SAFE_INTEGER, status: null, limit: 2 });
    expect(page.map((r) => r.id)).toEqual(['own3', 'own2']);
    const next = await partner.sessionsOfKey('key-a', { before: page[1]!.created_at, status: null, limit: 2 });
    expect(next.map((r) => r.id)).toEqual(['own1', 'own0']);
    expect((await partner.sessionsOfKey('key-a', { before: Number.MAX_SAFE_INTEGER, status: 'ended', limit: 10 })).map((r) => r.id)).toEqual(['own1']);
  });

  it('payee accounts said in a session are kept only as keyed digests, one secret per database', async () => {
    const a = await SessionAccounts.load(sql());
    const b = await SessionAccounts.load(sql());
    expect(a.digest('6222021234567890128')).toBe(b.digest('6222021234567890128'));
    await a.record('pay1', 2, 'caller', '请转到账户6222021234567890128', T0);
    await a.record('pay1', 3, 'caller', '请转到账户6222021234567890128', T0); // said again: kept once
    await a.record('pay1', 4, 'user', '我的卡是6222029999999999999', T0); // the user's own: not the counterpart's
    const said = await b.saidIn('pay1');
    expect(said('6222021234567890128')).toBe(true);
    expect(said('6222029999999999999')).toBe(false);
    const rows = await sql().all<{ digest: string }>('SELECT digest FROM session_accounts WHERE session_id = ?', ['pay1']);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.digest).not.toContain('6222021234567890128');
  });

  it('seq: a stored seq is a duplicate, a reserved one is in progress, a jump is a gap', async () => {
    const store = new Store(sql());
    await store.insertSession(session('sq'));
    const seqs = new SeqTracker(sql());
    expect(await seqs.check('sq', 0)).toEqual({ kind: 'new', gap: null, outOfOrder: false });
    await expect(seqs.check('sq', 0)).rejects.toMatchObject({ status: 409 });
    await store.commitTurns([turnCommit('sq', 0, T0, null, 0)]);
    seqs.settled('sq', 0, true);
    expect(await seqs.check('sq', 0)).toEqual({ kind: 'duplicate', turn: 0 });
    expect(await seqs.check('sq', 3)).toEqual({ kind: 'new', gap: { expected: 1, received: 3, missing: 2 }, outOfOrder: false });
    // A fresh tracker (another process, a restart) reads the stored seqs.
    expect(await new SeqTracker(sql()).check('sq', 0)).toEqual({ kind: 'duplicate', turn: 0 });
  });

  it('retention deletes transcripts after their age and records after theirs, keeping open alerts', async () => {
    const store = new Store(sql());
    const old = T0 - 200 * DAY;
    await store.insertSession(session('r-quiet', old, { status: 'ended' }));
    await store.commitTurns([turnCommit('r-quiet', 0, old)]);
    await store.insertSession(session('r-closed', old, { status: 'ended' }));
    await store.commitTurns([turnCommit('r-closed', 0, old, alert('r-a1', 'r-closed', old))]);
    await store.setAlertStatus('r-a1', 'closed', old);
    await store.insertSession(session('r-open', old, { status: 'ended' }));
    await store.commitTurns([turnCommit('r-open', 0, old, alert('r-a2', 'r-open', old))]);
    await store.insertSession(session('r-new', T0 - DAY));
    await store.commitTurns([turnCommit('r-new', 0, T0 - DAY)]);
    const n = await new Retention(sql(), { turnsDays: 30, recordDays: 180 }).purge(T0);
    expect(n).toMatchObject({ alerts: 1 });
    expect(n.sessions).toBeGreaterThanOrEqual(2);
    expect(await store.getSession('r-quiet')).toBeUndefined();
    expect(await store.getSession('r-closed')).toBeUndefined();
    expect(await store.getAlert('r-a1')).toBeUndefined();
    expect(await store.getAlert('r-a2')).toBeDefined();
    expect(await store.listTurns('r-open')).toEqual([]);
    expect(await store.listTurns('r-new')).toHaveLength(1);
  });
});
