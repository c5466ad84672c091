/**
 * Every read and write the service makes about sessions, turns, alerts, keys and audit.
 * Callers pass values that are already masked: the store does not see raw PII.
 */
import type { Sql } from './sql.ts';
import { maskDeep, maskPII } from '../entities/mask.ts';

/** An audit detail (JSON text) with every string value masked; unparseable text masked as a whole. */
function maskDetail(json: string | null): string | null {
  if (json === null) return null;
  try {
    return JSON.stringify(maskDeep(JSON.parse(json) as unknown));
  } catch {
    return JSON.stringify(maskPII(json));
  }
}

export const ALERT_STATUSES = ['new', 'acknowledged', 'following-up', 'closed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export type SessionStatus = 'active' | 'ended' | 'expired';
/** `staff` is the first API's name for an officer (kept so existing keys work). */
export type Role = 'staff' | 'officer' | 'supervisor' | 'partner' | 'admin';

export interface SessionRow {
  id: string;
  channel: string;
  lang: string | null;
  caller_number: string | null;
  claimed_identity: string | null;
  recipient: string | null;
  status: SessionStatus;
  turns: number;
  level: string;
  risk: number;
  verdict: string;
  snapshot_json: string | null;
  created_at: number;
  updated_at: number;
  ended_at: number | null;
}

export interface TurnRow {
  session_id: string;
  idx: number;
  speaker: string;
  text: string | null;
  created_at: number;
  /** The client's number for the turn (`seq`), when it gave one (migration 0021). */
  seq?: number | null;
}

export interface AlertRow {
  id: string;
  session_id: string;
  level: string;
  risk: number;
  verdict: string;
  turn: number;
  tactics_json: string;
  advice_json: string;
  evidence_json: string;
  status: AlertStatus;
  created_at: number;
  updated_at: number;
}

export interface OutboxRow {
  id: string;
  alert_id: string | null;
  session_id: string | null;
  recipient: string | null;
  level: string;
  text: string;
  created_at: number;
}

export interface ApiKeyRow {
  id: string;
  role: Role;
  label: string | null;
  salt: string;
  hash: string;
  created_at: number;
  revoked_at: number | null;
}

export interface AuditRow {
  id: number;
  at: number;
  key_id: string;
  role: string;
  action: string;
  target: string | null;
  detail_json: string | null;
}

export interface AlertFilter {
  level?: string | undefined;
  status?: string | undefined;
  since?: number | undefined;
  until?: number | undefined;
  sessionId?: string | undefined;
  limit: number;
}

export interface TurnCommit {
  session: Pick<SessionRow, 'id' | 'turns' | 'level' | 'risk' | 'verdict' | 'snapshot_json' | 'updated_at'>;
  turn: TurnRow;
  alert: AlertRow | null;
}

const INSERT_TURN = `INSERT INTO turns (session_id, idx, speaker, text, created_at, seq) VALUES (?, ?, ?, ?, ?, ?)`;
const UPDATE_SESSION_TURN = `UPDATE sessions SET turns = ?, level = ?, risk = ?, verdict = ?, snapshot_json = ?, updated_at = ? WHERE id = ?`;
const INSERT_ALERT = `INSERT INTO alerts (id, session_id, level, risk, verdict, turn, tactics_json, advice_json, evidence_json,
  status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * The service's reads and writes over the SQL port (src/store/sql.ts): the same code on SQLite and
 * PostgreSQL. Every method resolves once the statement is done; `commitTurns` is one transaction.
 */
export class Store {
  constructor(readonly sql: Sql) {}

  /**
   * Turns with their snapshots and alerts, in one transaction: all durable together or none.
   * `q` is the transaction to join (the caller's, to add the alerts' delivery jobs to it).
   */
  async commitTurns(batch: readonly TurnCommit[], q: Sql = this.sql): Promise<void> {
    await q.tx(async (t) => {
      for (const c of batch) {
        const u = c.turn;
        await t.run(INSERT_TURN, [u.session_id, u.idx, u.speaker, u.text, u.created_at, u.seq ?? null]);
        const s = c.session;
        await t.run(UPDATE_SESSION_TURN, [s.turns, s.level, s.risk, s.verdict, s.snapshot_json, s.updated_at, s.id]);
        if (c.alert) await insertAlert(t, c.alert);
      }
    });
  }

  /** On `q` when given (the caller's transaction). */
  async insertSession(row: SessionRow, q: Sql = this.sql): Promise<void> {
    await q.run(`INSERT INTO sessions (id, channel, lang, caller_number, claimed_identity, recipient, status,
      turns, level, risk, verdict, snapshot_json, created_at, updated_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [row.id, row.channel, row.lang, row.caller_number, row.claimed_identity, row.recipient, row.status, row.turns, row.level,
      row.risk, row.verdict, row.snapshot_json, row.created_at, row.updated_at, row.ended_at]);
  }
  getSession(id: string): Promise<SessionRow | undefined> {
    return this.sql.get<SessionRow>('SELECT * FROM sessions WHERE id = ?', [id]);
  }
  /** Moves a session out of `from`; false when it was not in that status (already ended, say). */
  async setSessionStatus(id: string, from: SessionStatus, to: SessionStatus, now: number): Promise<boolean> {
    return (await this.sql.run('UPDATE sessions SET status = ?, ended_at = ?, updated_at = ? WHERE id = ? AND status = ?', [to, now, now, id, from])).changes > 0;
  }
  async expireIdle(now: number, idleMs: number): Promise<number> {
    return (await this.sql.run(`UPDATE sessions SET status = 'expired', ended_at = ? WHERE status = 'active' AND updated_at < ?`, [now, now - idleMs])).changes;
  }
  listTurns(sessionId: string): Promise<TurnRow[]> {
    return this.sql.all<TurnRow>('SELECT * FROM turns WHERE session_id = ? ORDER BY idx', [sessionId]);
  }
  getAlert(id: string): Promise<AlertRow | undefined> {
    return this.sql.get<AlertRow>('SELECT * FROM alerts WHERE id = ?', [id]);
  }
  async setAlertStatus(id: string, status: AlertStatus, now: number): Promise<boolean> {
    return (await this.sql.run('UPDATE alerts SET status = ?, updated_at = ? WHERE id = ?', [status, now, id])).changes > 0;
  }
  alertsOfSession(sessionId: string): Promise<AlertRow[]> {
    return this.sql.all<AlertRow>('SELECT * FROM alerts WHERE session_id = ? ORDER BY created_at, seq', [sessionId]);
  }
  listAlerts(f: AlertFilter): Promise<AlertRow[]> {
    // Built from fixed fragments only; every value is bound.
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (f.level) { where.push('level = ?'); params.push(f.level); }
    if (f.status) { where.push('status = ?'); params.push(f.status); }
    if (f.since !== undefined) { where.push('created_at >= ?'); params.push(f.since); }
    if (f.until !== undefined) { where.push('created_at < ?'); params.push(f.until); }
    if (f.sessionId) { where.push('session_id = ?'); params.push(f.sessionId); }
    const sql = `SELECT * FROM alerts ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY created_at DESC, seq DESC LIMIT ?`;
    params.push(f.limit);
    return this.sql.all<AlertRow>(sql, params);
  }
  async insertOutbox(row: OutboxRow): Promise<void> {
    await this.sql.run('INSERT INTO outbox (id, alert_id, session_id, recipient, level, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [row.id, row.alert_id, row.session_id, row.recipient, row.level, row.text, row.created_at]);
  }
  listOutbox(limit: number): Promise<OutboxRow[]> {
    return this.sql.all<OutboxRow>('SELECT id, alert_id, session_id, recipient, level, text, created_at FROM outbox ORDER BY created_at DESC, seq DESC LIMIT ?', [limit]);
  }
  async insertKey(row: ApiKeyRow): Promise<void> {
    // A label is free text an admin types ("Zhang's phone 138…"): masked like everything stored.
    await this.sql.run('INSERT INTO api_keys (id, role, label, salt, hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [row.id, row.role, row.label === null ? null : maskPII(row.label), row.salt, row.hash, row.created_at, row.revoked_at]);
  }
  getKey(id: string): Promise<ApiKeyRow | undefined> {
    return this.sql.get<ApiKeyRow>('SELECT * FROM api_keys WHERE id = ?', [id]);
  }
  listKeys(): Promise<ApiKeyRow[]> {
    return this.sql.all<ApiKeyRow>('SELECT * FROM api_keys ORDER BY created_at, id');
  }
  async revokeKey(id: string, now: number): Promise<boolean> {
    return (await this.sql.run('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [now, id])).changes > 0;
  }
  async countActiveKeys(role: Role): Promise<number> {
    return (await this.sql.get<{ n: number }>('SELECT count(*) AS n FROM api_keys WHERE role = ? AND revoked_at IS NULL', [role]))!.n;
  }
  async audit(row: Omit<AuditRow, 'id'>): Promise<void> {
    // Staff notes and other free text in the detail: every string masked here, whoever calls.
    await this.sql.run('INSERT INTO audit (at, key_id, role, action, target, detail_json) VALUES (?, ?, ?, ?, ?, ?)',
      [row.at, row.key_id, row.role, row.action, row.target, maskDetail(row.detail_json)]);
  }
  listAudit(since: number, limit: number): Promise<AuditRow[]> {
    return this.sql.all<AuditRow>('SELECT * FROM audit WHERE at >= ? ORDER BY id DESC LIMIT ?', [since, limit]);
  }
  async insertPaymentCheck(row: { id: string; key_id: string; session_id: string | null; decision: string; rules_json: string; created_at: number }, q: Sql = this.sql): Promise<void> {
    await q.run('INSERT INTO payment_checks (id, key_id, session_id, decision, rules_json, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [row.id, row.key_id, row.session_id, row.decision, row.rules_json, row.created_at]);
  }
}

/** One alert row, on the given handle or transaction. */
export async function insertAlert(q: Sql, a: AlertRow): Promise<void> {
  await q.run(INSERT_ALERT, [a.id, a.session_id, a.level, a.risk, a.verdict, a.turn, a.tactics_json, a.advice_json, a.evidence_json,
    a.status, a.created_at, a.updated_at]);
}
