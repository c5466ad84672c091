/**
 * Retention: personal data is kept only as long as it is useful, then deleted (PIPL art. 19:
 * "the shortest period necessary"). Two ages, both configurable:
 *
 *   turns (masked transcripts) and the payee-account digests said in them   30 days  (--retention-days, FANZHA_RETENTION_DAYS)
 *   sessions, alerts and their follow-ups, payment checks, outbox warnings,
 *   citizen feedback                                                          180 days (--record-retention-days, FANZHA_RECORD_RETENTION_DAYS)
 *   Idempotency-Key answers                                                   24 hours (fixed, src/server/idempotency.ts)
 *
 * Kept regardless of age: alerts still open (status other than `closed`) and alerts a case refers
 * to (the case is the centre's record and has its own rules), with their sessions; active
 * sessions; the audit log (who did what, no transcript text). A purge runs at start and hourly.
 */
import type { Sql } from '../store/sql.ts';

export interface RetentionOptions {
  /** Days turns are kept (default 30). */
  turnsDays: number;
  /** Days sessions, alerts, payment checks, outbox warnings and feedback are kept (default 180). */
  recordDays: number;
}

export const DEFAULT_RETENTION: RetentionOptions = { turnsDays: 30, recordDays: 180 };
const DAY_MS = 24 * 60 * 60_000;

export interface PurgeCounts {
  turns: number;
  sessions: number;
  alerts: number;
  paymentChecks: number;
  outbox: number;
  feedback: number;
}

// Alerts that may go: old, closed, and no case refers to them.
const OLD_ALERTS = `SELECT id FROM alerts WHERE created_at < ? AND status = 'closed'
  AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.alert_id = alerts.id)`;

export class Retention {
  constructor(private readonly sql: Sql, readonly opts: RetentionOptions) {}

  /** Deletes everything past its age, in one transaction; returns how many rows of each kind went. */
  purge(now: number): Promise<PurgeCounts> {
    const turnsBefore = now - this.opts.turnsDays * DAY_MS;
    const recordsBefore = now - this.opts.recordDays * DAY_MS;
    return this.sql.tx(async (q) => {
      const del = async (sql: string, before: number) => (await q.run(sql, [before])).changes;
      let turns = await del('DELETE FROM turns WHERE created_at < ?', turnsBefore);
      await del('DELETE FROM session_accounts WHERE created_at < ?', turnsBefore);
      // Sealed recipients are personal data, kept no longer than turns.
      await del('DELETE FROM recipients WHERE created_at < ?', turnsBefore);
      await del(`DELETE FROM followups WHERE alert_id IN (${OLD_ALERTS})`, recordsBefore);
      const alerts = await del(`DELETE FROM alerts WHERE id IN (${OLD_ALERTS})`, recordsBefore);
      // Old turns of an old session go with it, whatever the turn age.
      turns += await del(`DELETE FROM turns WHERE session_id IN (SELECT id FROM sessions s WHERE s.updated_at < ? AND s.status <> 'active'
        AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.session_id = s.id))`, recordsBefore);
      const sessions = await del(`DELETE FROM sessions WHERE updated_at < ? AND status <> 'active'
        AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.session_id = sessions.id)
        AND NOT EXISTS (SELECT 1 FROM turns t WHERE t.session_id = sessions.id)`, recordsBefore);
      const paymentChecks = await del('DELETE FROM payment_checks WHERE created_at < ?', recordsBefore);
      // The transactional outbox: finished jobs go with the records.
      const outbox = await del('DELETE FROM outbox WHERE created_at < ?', recordsBefore)
        + await del(`DELETE FROM deliveries WHERE created_at < ? AND status <> 'pending'`, recordsBefore);
      const feedback = await del('DELETE FROM feedback WHERE created_at < ?', recordsBefore);
      return { turns, sessions, alerts, paymentChecks, outbox, feedback };
    });
  }
}
