/**
 * Where stream workers write the alerts they raise: the service's store (the same `sessions` and
 * `alerts` tables the console reads). Idempotent: an alert's id is derived from its session and
 * level (src/stream/events.ts), so a redelivered event writes nothing new. Several workers on one
 * machine share the SQLite file (WAL mode, busy timeout); values arrive masked.
 */
import type { Db } from './db.ts';
import { DeliveryStore } from '../notify/deliveries.ts';
import { CentreStore } from './centre.ts';

export interface StreamAlertRecord {
  session: {
    id: string;
    channel: string;
    lang: string | null;
    /** The number the call came from: the counterpart's indicator, masked like the service does. */
    caller_number: string | null;
    claimed_identity: string | null;
    turns: number;
    level: string;
    risk: number;
    verdict: string;
    /** Masked snapshot of the engine state at the alert. */
    snapshot_json: string;
  };
  alert: {
    id: string;
    level: string;
    risk: number;
    verdict: string;
    turn: number;
    tactics_json: string;
    advice_json: string;
    /** Tactic hits with masked evidence spans. */
    evidence_json: string;
  };
  /** ms since the epoch. */
  at: number;
}

/**
 * The store side of a worker: write a batch's alerts in one transaction; a repeated alert is
 * ignored. SQLite answers synchronously, PostgreSQL (src/store/pg.ts) with a promise.
 */
export interface AlertSink {
  /**
   * `recipients`: sessions whose first event named where the citizen's warning goes.
   * `sightings`: the counterpart's indicators and claimed platform, linked to the session's alert
   * (after the batch's alerts are written), as the service's centre observer records them.
   */
  record(batch: readonly StreamAlertRecord[], recipients?: readonly StreamRecipient[], sightings?: readonly StreamSighting[]): void | Promise<void>;
}

export interface StreamRecipient { session: string; recipient: string; at: number }

/**
 * Indicators seen in a session with an alert, for the console (src/store/centre.ts `sight`,
 * `setPlatform`): idempotent per indicator and alert, the platform set only where none is.
 * Values are the counterpart's, normalised (src/centre/indicators.ts), not masked: staff need them.
 */
export interface StreamSighting {
  alert: string;
  session: string;
  platform: string | null;
  indicators: readonly { kind: string; value: string }[];
  /** ms since the epoch. */
  at: number;
}

export interface SqliteSinkOptions {
  /**
   * The citizen's warnings: the key that seals recipients (the service's, src/notify/secrets.ts)
   * and whether a webhook delivers them (`pending`, for `fanzha serve`'s dispatcher) or they are
   * kept for `GET /v1/outbox` (`stored`). Without it, no warning jobs are written.
   */
  warnings?: { recipientKey: Buffer; webhook: boolean };
}

export class SqliteAlertSink implements AlertSink {
  readonly record: (batch: readonly StreamAlertRecord[], recipients?: readonly StreamRecipient[], sightings?: readonly StreamSighting[]) => void;

  constructor(db: Db, options: SqliteSinkOptions = {}) {
    const warnings = options.warnings ? { store: new DeliveryStore(db, options.warnings.recipientKey), webhook: options.warnings.webhook } : null;
    const insertSession = db.prepare(`INSERT INTO sessions (id, channel, lang, caller_number, claimed_identity, recipient, status,
      turns, level, risk, verdict, snapshot_json, created_at, updated_at, ended_at)
      VALUES (@id, @channel, @lang, @caller_number, @claimed_identity, NULL, 'active', @turns, @level, @risk, @verdict,
      @snapshot_json, @at, @at, NULL)
      ON CONFLICT(id) DO UPDATE SET turns = excluded.turns, level = excluded.level, risk = excluded.risk,
        verdict = excluded.verdict, snapshot_json = excluded.snapshot_json, updated_at = excluded.updated_at
      WHERE excluded.turns > sessions.turns`);
    const insertAlert = db.prepare(`INSERT INTO alerts (id, session_id, level, risk, verdict, turn, tactics_json, advice_json,
      evidence_json, status, created_at, updated_at) VALUES (@id, @session_id, @level, @risk, @verdict, @turn, @tactics_json,
      @advice_json, @evidence_json, 'new', @at, @at) ON CONFLICT(id) DO NOTHING`);
    const centre = new CentreStore(db);
    this.record = db.transaction((batch: readonly StreamAlertRecord[], recipients: readonly StreamRecipient[] = [], sightings: readonly StreamSighting[] = []) => {
      if (warnings) for (const r of recipients) warnings.store.putRecipient(r.session, r.recipient, r.at);
      for (const r of batch) {
        insertSession.run({ ...r.session, at: r.at });
        const fresh = insertAlert.run({ ...r.alert, session_id: r.session.id, at: r.at }).changes > 0;
        // The warning job in the alert's transaction (the outbox): one per alert, also when redelivered.
        if (warnings && fresh) warnings.store.enqueue({ alertId: r.alert.id, sessionId: r.session.id, level: r.alert.level, at: r.at }, warnings.webhook);
      }
      for (const g of sightings) {
        for (const i of g.indicators) centre.sight(i.kind, i.value, g.at, { alert_id: g.alert, session_id: g.session });
        if (g.platform) centre.setPlatform(g.alert, g.platform);
      }
    });
  }
}
