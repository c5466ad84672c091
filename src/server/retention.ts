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
import type { Db } from '../store/db.ts';

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

export class Retention {
  private readonly purgeAll: (now: number) => PurgeCounts;

  constructor(db: Db, readonly opts: RetentionOptions) {
    const has = (table: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
    const caseGuard = has('cases') ? 'AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.alert_id = alerts.id)' : '';
    // Alerts that may go: old, closed, and no case refers to them.
    const oldAlerts = `SELECT id FROM alerts WHERE created_at < @records AND status = 'closed' ${caseGuard}`;
    const stmts = {
      turns: db.prepare('DELETE FROM turns WHERE created_at < @turns'),
      accounts: has('session_accounts') ? db.prepare('DELETE FROM session_accounts WHERE created_at < @turns') : null,
      followups: has('followups') ? db.prepare(`DELETE FROM followups WHERE alert_id IN (${oldAlerts})`) : null,
      alerts: db.prepare(`DELETE FROM alerts WHERE id IN (${oldAlerts})`),
      // Old turns of an old session go with it, whatever the turn age.
      sessionTurns: db.prepare(`DELETE FROM turns WHERE session_id IN (SELECT id FROM sessions s WHERE s.updated_at < @records AND s.status <> 'active'
        AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.session_id = s.id))`),
      sessions: db.prepare(`DELETE FROM sessions WHERE updated_at < @records AND status <> 'active'
        AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.session_id = sessions.id)
        AND NOT EXISTS (SELECT 1 FROM turns t WHERE t.session_id = sessions.id)`),
      payments: db.prepare('DELETE FROM payment_checks WHERE created_at < @records'),
      outbox: db.prepare('DELETE FROM outbox WHERE created_at < @records'),
      // The transactional outbox (harden-core): finished jobs go with the records; sealed recipients
      // are personal data, kept no longer than turns.
      deliveries: has('deliveries') ? db.prepare(`DELETE FROM deliveries WHERE created_at < @records AND status <> 'pending'`) : null,
      recipients: has('recipients') ? db.prepare('DELETE FROM recipients WHERE created_at < @turns') : null,
      feedback: has('feedback') ? db.prepare('DELETE FROM feedback WHERE created_at < @records') : null,
    };
    this.purgeAll = db.transaction((now: number): PurgeCounts => {
      const ages = { turns: now - opts.turnsDays * DAY_MS, records: now - opts.recordDays * DAY_MS };
      const turnsOnly = { turns: ages.turns };
      const recordsOnly = { records: ages.records };
      let turns = stmts.turns.run(turnsOnly).changes;
      stmts.accounts?.run(turnsOnly);
      stmts.recipients?.run(turnsOnly);
      stmts.followups?.run(recordsOnly);
      const alerts = stmts.alerts.run(recordsOnly).changes;
      turns += stmts.sessionTurns.run(recordsOnly).changes;
      const sessions = stmts.sessions.run(recordsOnly).changes;
      return {
        turns, sessions, alerts,
        paymentChecks: stmts.payments.run(recordsOnly).changes,
        outbox: stmts.outbox.run(recordsOnly).changes + (stmts.deliveries?.run(recordsOnly).changes ?? 0),
        feedback: stmts.feedback?.run(recordsOnly).changes ?? 0,
      };
    });
  }

  /** Deletes everything past its age, in one transaction; returns how many rows of each kind went. */
  purge(now: number): PurgeCounts {
    return this.purgeAll(now);
  }
}
