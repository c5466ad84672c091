/**
 * The transactional outbox's table (`deliveries`) and the sealed recipients (`recipients`)
 * (migration 0010), over the SQL port (src/store/sql.ts): the same statements on SQLite and
 * PostgreSQL. `enqueue` takes the `q` of the transaction that commits the alert, so the two are
 * durable together or not at all. `takeDue` claims each job with a conditional UPDATE, so two
 * dispatchers (two processes on one PostgreSQL) never both send it in the same lease.
 */
import { randomUUID } from 'node:crypto';
import type { Sql, SqlValue } from '../store/sql.ts';
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

const COLUMNS = 'id, alert_id, session_id, event, level, text, status, attempts, next_at, last_error, created_at, delivered_at';

/** Portable SQL that writes a delivery job (a second job for the same alert is ignored). */
const ENQUEUE_SQL = `INSERT INTO deliveries (id, alert_id, session_id, event, level, text, status, attempts, next_at, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?) ON CONFLICT DO NOTHING`;
/** Portable SQL that keeps a session's sealed recipient (a second one replaces the first). */
const PUT_RECIPIENT_SQL = `INSERT INTO recipients (session_id, sealed, created_at) VALUES (?, ?, ?)
  ON CONFLICT (session_id) DO UPDATE SET sealed = excluded.sealed, created_at = excluded.created_at`;

/** The delivery job for a stored warn/block alert: `pending` when a webhook will deliver it, else `stored`. */
export function deliveryJob(a: { alertId: string; sessionId: string; level: string; at: number }, webhook: boolean): DeliveryRow {
  const level: WarningLevel = a.level === 'block' ? 'block' : 'warn';
  return {
    id: randomUUID(), alert_id: a.alertId, session_id: a.sessionId, event: `warning.${level}`, level, text: warningText(level),
    status: webhook ? 'pending' : 'stored', attempts: 0, next_at: a.at, last_error: null, created_at: a.at, delivered_at: null,
  };
}
const enqueueParams = (j: DeliveryRow): SqlValue[] => [j.id, j.alert_id, j.session_id, j.event, j.level, j.text, j.status, j.next_at, j.created_at];
const recipientParams = (key: Buffer, sessionId: string, recipient: string, now: number): SqlValue[] => [sessionId, seal(key, recipient), now];

export class DeliveryStore {
  constructor(readonly sql: Sql, private readonly key: Buffer) {}

  /**
   * The delivery job for a stored warn/block alert: `pending` when a webhook will deliver it, else
   * `stored`. Pass the `q` of the transaction that inserts the alert (the outbox's whole point);
   * a second job for the same alert is ignored (one warning per alert).
   */
  async enqueue(a: { alertId: string; sessionId: string; level: string; at: number }, webhook: boolean, q: Sql = this.sql): Promise<DeliveryRow> {
    const job = deliveryJob(a, webhook);
    await q.run(ENQUEUE_SQL, enqueueParams(job));
    return job;
  }

  /**
   * Pending jobs due now, oldest first; each is leased until `leaseUntil` so a second pass (or a
   * second process) does not send it twice. The claim is one UPDATE that only succeeds while the
   * job is still due: whoever moves `next_at` first owns the job, the other gets no row back.
   */
  async takeDue(now: number, limit: number, leaseUntil: number): Promise<DeliveryRow[]> {
    const due = await this.sql.all<{ id: string }>(`SELECT id FROM deliveries WHERE status = 'pending' AND next_at <= ?
      ORDER BY next_at, seq LIMIT ?`, [now, limit]);
    const out: DeliveryRow[] = [];
    for (const { id } of due) {
      const r = await this.sql.get<DeliveryRow>(`UPDATE deliveries SET next_at = ? WHERE id = ? AND status = 'pending' AND next_at <= ?
        RETURNING ${COLUMNS}`, [leaseUntil, id, now]);
      if (r) out.push(r);
    }
    return out;
  }

  /** When the next pending job falls due (epoch ms), or null when none is pending. */
  async nextDueAt(): Promise<number | null> {
    const r = await this.sql.get<{ at: number | null }>(`SELECT min(next_at) AS at FROM deliveries WHERE status = 'pending'`);
    return r?.at ?? null;
  }

  async markDelivered(id: string, now: number): Promise<void> {
    await this.sql.run(`UPDATE deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, last_error = NULL WHERE id = ?`, [now, id]);
  }

  async markFailed(id: string, nextAt: number, error: string, dead: boolean): Promise<void> {
    await this.sql.run('UPDATE deliveries SET status = ?, attempts = attempts + 1, next_at = ?, last_error = ? WHERE id = ?',
      [dead ? 'dead' : 'pending', nextAt, error.slice(0, 500), id]);
  }

  /** The newest jobs first (GET /v1/outbox). */
  list(limit: number): Promise<DeliveryRow[]> {
    return this.sql.all<DeliveryRow>(`SELECT ${COLUMNS} FROM deliveries ORDER BY created_at DESC, seq DESC LIMIT ?`, [limit]);
  }

  get(id: string): Promise<DeliveryRow | undefined> {
    return this.sql.get<DeliveryRow>(`SELECT ${COLUMNS} FROM deliveries WHERE id = ?`, [id]);
  }

  /** Keeps a session's recipient sealed, apart from the session row (a second one replaces the first). */
  async putRecipient(sessionId: string, recipient: string, now: number, q: Sql = this.sql): Promise<void> {
    await q.run(PUT_RECIPIENT_SQL, recipientParams(this.key, sessionId, recipient, now));
  }

  /**
   * The recipient in clear, for delivery only; null when none was given. Throws RecipientUnreadable
   * when one was given but this process's key cannot open it (sealed with another key): a warning
   * sent without its recipient reaches no one, so it must fail, not pass as delivered.
   */
  async recipientOf(sessionId: string): Promise<string | null> {
    const r = await this.sql.get<{ sealed: string }>('SELECT sealed FROM recipients WHERE session_id = ?', [sessionId]);
    if (!r) return null;
    try {
      return unseal(this.key, r.sealed);
    } catch {
      throw new RecipientUnreadable();
    }
  }
}

/** A session's sealed recipient that this process's key cannot open (its message names no recipient). */
export class RecipientUnreadable extends Error {
  constructor() {
    super('the recipient cannot be opened with this process\'s recipient key (sealed with another key: give every fanzha serve and worker the same FANZHA_RECIPIENT_KEY)');
  }
}
