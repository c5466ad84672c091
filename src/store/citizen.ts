/**
 * The citizen app's tables (migration 0030): feedback on a session's verdict, guardian links and
 * the warnings shown to guardians. Kept apart from store.ts so the shared store stays small.
 * Async over the SQL port (./sql.ts): the same statements on SQLite and PostgreSQL. Rows of one
 * millisecond keep their insertion order through `seq` (migration 0080), not SQLite's rowid.
 */
import type { Sql } from './sql.ts';

export const FEEDBACK_KINDS = ['not-scam', 'missed-scam'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export interface FeedbackRow {
  id: string;
  session_id: string;
  alert_id: string | null;
  kind: FeedbackKind;
  /** Masked. */
  note: string | null;
  source: 'citizen' | 'officer';
  created_at: number;
}

export interface GuardianLinkRow {
  id: string;
  token_hash: string;
  owner_hash: string;
  label: string | null;
  created_at: number;
  revoked_at: number | null;
}

export interface GuardianEventRow {
  id: string;
  link_id: string;
  kind: 'call' | 'check';
  session_id: string | null;
  level: 'warn' | 'block';
  payload_json: string;
  created_at: number;
}

export class CitizenStore {
  constructor(readonly sql: Sql) {}

  async insertFeedback(row: FeedbackRow): Promise<void> {
    await this.sql.run(`INSERT INTO feedback (id, session_id, alert_id, kind, note, source, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`, [row.id, row.session_id, row.alert_id, row.kind, row.note, row.source, row.created_at]);
  }
  feedbackOfSession(sessionId: string): Promise<FeedbackRow[]> {
    return this.sql.all<FeedbackRow>(`SELECT id, session_id, alert_id, kind, note, source, created_at FROM feedback
      WHERE session_id = ? ORDER BY created_at, seq`, [sessionId]);
  }
  async insertLink(row: GuardianLinkRow): Promise<void> {
    await this.sql.run(`INSERT INTO guardian_links (id, token_hash, owner_hash, label, created_at, revoked_at)
      VALUES (?, ?, ?, ?, ?, ?)`, [row.id, row.token_hash, row.owner_hash, row.label, row.created_at, row.revoked_at]);
  }
  linkByToken(tokenHash: string): Promise<GuardianLinkRow | undefined> {
    return this.sql.get<GuardianLinkRow>('SELECT * FROM guardian_links WHERE token_hash = ?', [tokenHash]);
  }
  linkByOwner(ownerHash: string): Promise<GuardianLinkRow | undefined> {
    return this.sql.get<GuardianLinkRow>('SELECT * FROM guardian_links WHERE owner_hash = ?', [ownerHash]);
  }
  async revokeLink(id: string, now: number): Promise<boolean> {
    return (await this.sql.run('UPDATE guardian_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [now, id])).changes > 0;
  }
  async insertEvent(row: GuardianEventRow): Promise<void> {
    await this.sql.run(`INSERT INTO guardian_events (id, link_id, kind, session_id, level, payload_json, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`, [row.id, row.link_id, row.kind, row.session_id, row.level, row.payload_json, row.created_at]);
  }
  /** Deletes warnings older than `before` (ms); returns how many. */
  async purgeEvents(before: number): Promise<number> {
    return (await this.sql.run('DELETE FROM guardian_events WHERE created_at < ?', [before])).changes;
  }
  /** A revoked link's warnings: nobody can be shown them any more. */
  async deleteEventsOfLink(linkId: string): Promise<number> {
    return (await this.sql.run('DELETE FROM guardian_events WHERE link_id = ?', [linkId])).changes;
  }
  /** The newest `limit` events since `since` (ms), oldest first. */
  async recentEvents(linkId: string, since: number, limit: number): Promise<GuardianEventRow[]> {
    const newest = await this.sql.all<GuardianEventRow>(`SELECT id, link_id, kind, session_id, level, payload_json, created_at FROM guardian_events
      WHERE link_id = ? AND created_at >= ? ORDER BY created_at DESC, seq DESC LIMIT ?`, [linkId, since, limit]);
    return newest.reverse();
  }
}
