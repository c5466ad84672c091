/**
 * Every read and write the service makes, as prepared statements over one SQLite handle.
 * Callers pass values that are already masked: the store does not see raw PII.
 */
import type { Db } from './db.ts';
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

export class Store {
  private readonly s;
  /** Turns with their snapshots and alerts, in one transaction: all durable together or none. */
  readonly commitTurns: (batch: readonly TurnCommit[]) => void;

  constructor(readonly db: Db) {
    this.s = {
      insertSession: db.prepare(`INSERT INTO sessions (id, channel, lang, caller_number, claimed_identity, recipient, status,
        turns, level, risk, verdict, snapshot_json, created_at, updated_at, ended_at)
        VALUES (@id, @channel, @lang, @caller_number, @claimed_identity, @recipient, @status, @turns, @level, @risk, @verdict,
        @snapshot_json, @created_at, @updated_at, @ended_at)`),
      getSession: db.prepare('SELECT * FROM sessions WHERE id = ?'),
      updateSessionTurn: db.prepare(`UPDATE sessions SET turns = @turns, level = @level, risk = @risk, verdict = @verdict,
        snapshot_json = @snapshot_json, updated_at = @updated_at WHERE id = @id`),
      setSessionStatus: db.prepare('UPDATE sessions SET status = ?, ended_at = ?, updated_at = ? WHERE id = ? AND status = ?'),
      expireIdle: db.prepare(`UPDATE sessions SET status = 'expired', ended_at = @now WHERE status = 'active' AND updated_at < @before`),
      insertTurn: db.prepare(`INSERT INTO turns (session_id, idx, speaker, text, created_at, seq)
        VALUES (@session_id, @idx, @speaker, @text, @created_at, @seq)`),
      listTurns: db.prepare('SELECT * FROM turns WHERE session_id = ? ORDER BY idx'),
      insertAlert: db.prepare(`INSERT INTO alerts (id, session_id, level, risk, verdict, turn, tactics_json, advice_json,
        evidence_json, status, created_at, updated_at) VALUES (@id, @session_id, @level, @risk, @verdict, @turn, @tactics_json,
        @advice_json, @evidence_json, @status, @created_at, @updated_at)`),
      getAlert: db.prepare('SELECT * FROM alerts WHERE id = ?'),
      setAlertStatus: db.prepare('UPDATE alerts SET status = ?, updated_at = ? WHERE id = ?'),
      alertsOfSession: db.prepare('SELECT * FROM alerts WHERE session_id = ? ORDER BY created_at, rowid'),
      insertOutbox: db.prepare(`INSERT INTO outbox (id, alert_id, session_id, recipient, level, text, created_at)
        VALUES (@id, @alert_id, @session_id, @recipient, @level, @text, @created_at)`),
      listOutbox: db.prepare('SELECT * FROM outbox ORDER BY created_at DESC, rowid DESC LIMIT ?'),
      insertKey: db.prepare(`INSERT INTO api_keys (id, role, label, salt, hash, created_at, revoked_at)
        VALUES (@id, @role, @label, @salt, @hash, @created_at, @revoked_at)`),
      getKey: db.prepare('SELECT * FROM api_keys WHERE id = ?'),
      listKeys: db.prepare('SELECT * FROM api_keys ORDER BY created_at'),
      revokeKey: db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      countKeys: db.prepare('SELECT count(*) AS n FROM api_keys WHERE role = ? AND revoked_at IS NULL'),
      insertAudit: db.prepare(`INSERT INTO audit (at, key_id, role, action, target, detail_json)
        VALUES (@at, @key_id, @role, @action, @target, @detail_json)`),
      listAudit: db.prepare('SELECT * FROM audit WHERE at >= ? ORDER BY id DESC LIMIT ?'),
      insertPaymentCheck: db.prepare(`INSERT INTO payment_checks (id, key_id, session_id, decision, rules_json, created_at)
        VALUES (@id, @key_id, @session_id, @decision, @rules_json, @created_at)`),
    };
    this.commitTurns = db.transaction((batch: readonly TurnCommit[]) => {
      for (const c of batch) {
        this.s.insertTurn.run({ seq: null, ...c.turn });
        this.s.updateSessionTurn.run(c.session);
        if (c.alert) this.s.insertAlert.run(c.alert);
      }
    });
  }

  insertSession(row: SessionRow): void {
    this.s.insertSession.run(row);
  }
  getSession(id: string): SessionRow | undefined {
    return this.s.getSession.get(id) as SessionRow | undefined;
  }
  /** Moves a session out of `from`; false when it was not in that status (already ended, say). */
  setSessionStatus(id: string, from: SessionStatus, to: SessionStatus, now: number): boolean {
    return this.s.setSessionStatus.run(to, now, now, id, from).changes > 0;
  }
  expireIdle(now: number, idleMs: number): number {
    return this.s.expireIdle.run({ now, before: now - idleMs }).changes;
  }
  listTurns(sessionId: string): TurnRow[] {
    return this.s.listTurns.all(sessionId) as TurnRow[];
  }
  getAlert(id: string): AlertRow | undefined {
    return this.s.getAlert.get(id) as AlertRow | undefined;
  }
  setAlertStatus(id: string, status: AlertStatus, now: number): boolean {
    return this.s.setAlertStatus.run(status, now, id).changes > 0;
  }
  alertsOfSession(sessionId: string): AlertRow[] {
    return this.s.alertsOfSession.all(sessionId) as AlertRow[];
  }
  listAlerts(f: AlertFilter): AlertRow[] {
    // Built from fixed fragments only; every value is bound.
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (f.level) { where.push('level = ?'); params.push(f.level); }
    if (f.status) { where.push('status = ?'); params.push(f.status); }
    if (f.since !== undefined) { where.push('created_at >= ?'); params.push(f.since); }
    if (f.until !== undefined) { where.push('created_at < ?'); params.push(f.until); }
    if (f.sessionId) { where.push('session_id = ?'); params.push(f.sessionId); }
    const sql = `SELECT * FROM alerts ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY created_at DESC, rowid DESC LIMIT ?`;
    params.push(f.limit);
    return this.db.prepare(sql).all(...params) as AlertRow[];
  }
  insertOutbox(row: OutboxRow): void {
    this.s.insertOutbox.run(row);
  }
  listOutbox(limit: number): OutboxRow[] {
    return this.s.listOutbox.all(limit) as OutboxRow[];
  }
  insertKey(row: ApiKeyRow): void {
    // A label is free text an admin types ("Zhang's phone 138…"): masked like everything stored.
    this.s.insertKey.run({ ...row, label: row.label === null ? null : maskPII(row.label) });
  }
  getKey(id: string): ApiKeyRow | undefined {
    return this.s.getKey.get(id) as ApiKeyRow | undefined;
  }
  listKeys(): ApiKeyRow[] {
    return this.s.listKeys.all() as ApiKeyRow[];
  }
  revokeKey(id: string, now: number): boolean {
    return this.s.revokeKey.run(now, id).changes > 0;
  }
  countActiveKeys(role: Role): number {
    return (this.s.countKeys.get(role) as { n: number }).n;
  }
  audit(row: Omit<AuditRow, 'id'>): void {
    // Staff notes and other free text in the detail: every string masked here, whoever calls.
    this.s.insertAudit.run({ ...row, detail_json: maskDetail(row.detail_json) });
  }
  listAudit(since: number, limit: number): AuditRow[] {
    return this.s.listAudit.all(since, limit) as AuditRow[];
  }
  insertPaymentCheck(row: { id: string; key_id: string; session_id: string | null; decision: string; rules_json: string; created_at: number }): void {
    this.s.insertPaymentCheck.run(row);
  }
}
