/**
 * The citizen app's tables (migration 0030): feedback on a session's verdict, guardian links and
 * the warnings shown to guardians. Kept apart from store.ts so the shared store stays small.
 */
import type { Db } from './db.ts';

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
  private readonly s;

  constructor(readonly db: Db) {
    this.s = {
      insertFeedback: db.prepare(`INSERT INTO feedback (id, session_id, alert_id, kind, note, source, created_at)
        VALUES (@id, @session_id, @alert_id, @kind, @note, @source, @created_at)`),
      feedbackOfSession: db.prepare('SELECT * FROM feedback WHERE session_id = ? ORDER BY created_at, rowid'),
      insertLink: db.prepare(`INSERT INTO guardian_links (id, token_hash, owner_hash, label, created_at, revoked_at)
        VALUES (@id, @token_hash, @owner_hash, @label, @created_at, @revoked_at)`),
      linkByToken: db.prepare('SELECT * FROM guardian_links WHERE token_hash = ?'),
      linkByOwner: db.prepare('SELECT * FROM guardian_links WHERE owner_hash = ?'),
      revokeLink: db.prepare('UPDATE guardian_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      insertEvent: db.prepare(`INSERT INTO guardian_events (id, link_id, kind, session_id, level, payload_json, created_at)
        VALUES (@id, @link_id, @kind, @session_id, @level, @payload_json, @created_at)`),
      purgeEvents: db.prepare('DELETE FROM guardian_events WHERE created_at < ?'),
      deleteEventsOfLink: db.prepare('DELETE FROM guardian_events WHERE link_id = ?'),
      recentEvents: db.prepare(`SELECT * FROM (SELECT *, rowid AS r FROM guardian_events WHERE link_id = ? AND created_at >= ?
        ORDER BY created_at DESC, rowid DESC LIMIT ?) ORDER BY created_at, r`),
    };
  }

  insertFeedback(row: FeedbackRow): void {
    this.s.insertFeedback.run(row);
  }
  feedbackOfSession(sessionId: string): FeedbackRow[] {
    return this.s.feedbackOfSession.all(sessionId) as FeedbackRow[];
  }
  insertLink(row: GuardianLinkRow): void {
    this.s.insertLink.run(row);
  }
  linkByToken(tokenHash: string): GuardianLinkRow | undefined {
    return this.s.linkByToken.get(tokenHash) as GuardianLinkRow | undefined;
  }
  linkByOwner(ownerHash: string): GuardianLinkRow | undefined {
    return this.s.linkByOwner.get(ownerHash) as GuardianLinkRow | undefined;
  }
  revokeLink(id: string, now: number): boolean {
    return this.s.revokeLink.run(now, id).changes > 0;
  }
  insertEvent(row: GuardianEventRow): void {
    this.s.insertEvent.run(row);
  }
  /** Deletes warnings older than `before` (ms); returns how many. */
  purgeEvents(before: number): number {
    return this.s.purgeEvents.run(before).changes;
  }
  /** A revoked link's warnings: nobody can be shown them any more. */
  deleteEventsOfLink(linkId: string): number {
    return this.s.deleteEventsOfLink.run(linkId).changes;
  }
  /** The newest `limit` events since `since` (ms), oldest first. */
  recentEvents(linkId: string, since: number, limit: number): GuardianEventRow[] {
    return this.s.recentEvents.all(linkId, since, limit) as GuardianEventRow[];
  }
}
