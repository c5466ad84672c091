/**
 * The transactional outbox's table (`deliveries`) and the sealed recipients (`recipients`), as
 * prepared statements (migration 0010). `enqueue` is called inside the transaction that commits
 * the alert, so the two are durable together or not at all.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { seal, unseal } from './secrets.ts';
import { warningText } from './warning.ts';
import type { WarningLevel } from './warning.ts';

export type DeliveryStatus = 'pending' | 'delivered' | 'dead' | 'stored';

export interface DeliveryRow {
  id: string;
  alert_id: string;
  session_id: string;
  event: string;
  level: WarningLevel;
  text: string;
  status: DeliveryStatus;
  attempts: number;
  next_at: number;
  last_error: string | null;
  created_at: number;
  delivered_at: number | null;
}

export class DeliveryStore {
  private readonly s;

  constructor(readonly db: Db, private readonly key: Buffer) {
    this.s = {
      insert: db.prepare(`INSERT OR IGNORE INTO deliveries (id, alert_id, session_id, event, level, text, status, attempts, next_at, created_at)
        VALUES (@id, @alert_id, @session_id, @event, @level, @text, @status, 0, @next_at, @created_at)`),
      due: db.prepare(`SELECT * FROM deliveries WHERE status = 'pending' AND next_at <= ? ORDER BY next_at, rowid LIMIT ?`),
      nextDue: db.prepare(`SELECT min(next_at) AS at FROM deliveries WHERE status = 'pending'`),
      lease: db.prepare(`UPDATE deliveries SET next_at = ? WHERE id = ? AND status = 'pending'`),
      delivered: db.prepare(`UPDATE deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, last_error = NULL WHERE id = ?`),
      failed: db.prepare(`UPDATE deliveries SET status = ?, attempts = attempts + 1, next_at = ?, last_error = ? WHERE id = ?`),
      list: db.prepare('SELECT * FROM deliveries ORDER BY created_at DESC, rowid DESC LIMIT ?'),
      get: db.prepare('SELECT * FROM deliveries WHERE id = ?'),
      putRecipient: db.prepare('INSERT OR REPLACE INTO recipients (session_id, sealed, created_at) VALUES (?, ?, ?)'),
      getRecipient: db.prepare('SELECT sealed FROM recipients WHERE session_id = ?'),
    };
  }

  /** The delivery job for a stored warn/block alert: `pending` when a webhook will deliver it, else `stored`. */
  enqueue(a: { alertId: string; sessionId: string; level: string; at: number }, webhook: boolean): DeliveryRow {
    const level: WarningLevel = a.level === 'block' ? 'block' : 'warn';
    const row = {
      id: randomUUID(), alert_id: a.alertId, session_id: a.sessionId, event: `warning.${level}`, level, text: warningText(level),
      status: webhook ? 'pending' : 'stored', next_at: a.at, created_at: a.at,
    } as const;
    this.s.insert.run(row);
    return { ...row, attempts: 0, last_error: null, delivered_at: null };
  }

  /** Pending jobs due now, oldest first; each is leased until `leaseUntil` so a second pass does not send it twice. */
  takeDue(now: number, limit: number, leaseUntil: number): DeliveryRow[] {
    return this.db.transaction(() => {
      const rows = this.s.due.all(now, limit) as DeliveryRow[];
      for (const r of rows) this.s.lease.run(leaseUntil, r.id);
      return rows;
    })();
  }

  /** When the next pending job falls due (epoch ms), or null when none is pending. */
  nextDueAt(): number | null {
    return (this.s.nextDue.get() as { at: number | null }).at;
  }

  markDelivered(id: string, now: number): void {
    this.s.delivered.run(now, id);
  }

  markFailed(id: string, nextAt: number, error: string, dead: boolean): void {
    this.s.failed.run(dead ? 'dead' : 'pending', nextAt, error.slice(0, 500), id);
  }

  list(limit: number): DeliveryRow[] {
    return this.s.list.all(limit) as DeliveryRow[];
  }

  get(id: string): DeliveryRow | undefined {
    return this.s.get.get(id) as DeliveryRow | undefined;
  }

  /** Keeps a session's recipient sealed, apart from the session row. */
  putRecipient(sessionId: string, recipient: string, now: number): void {
    this.s.putRecipient.run(sessionId, seal(this.key, recipient), now);
  }

  /** The recipient in clear, for delivery only; null when none was given (or it cannot be opened with this key). */
  recipientOf(sessionId: string): string | null {
    const r = this.s.getRecipient.get(sessionId) as { sealed: string } | undefined;
    if (!r) return null;
    try {
      return unseal(this.key, r.sealed);
    } catch {
      return null;
    }
  }
}
