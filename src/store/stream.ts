/**
 * Where stream workers write the alerts they raise: the service's store (the same `sessions` and
 * `alerts` tables the console reads). Idempotent: an alert's id is derived from its session and
 * level (src/stream/events.ts), so a redelivered event writes nothing new. Several workers on one
 * machine share the SQLite file (WAL mode, busy timeout); values arrive masked.
 */
import type { Db } from './db.ts';
import { DeliveryStore } from '../notify/deliveries.ts';
import { CentreStore, sqlOfDb } from './centre.ts';
import { supersedeEarlier } from '../centre/supersede.ts';
import type { Sql } from './sql.ts';

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

/**
 * The sink over the SQL port (src/store/sql.ts): the same portable statements on SQLite and
 * PostgreSQL, the batch's sessions, alerts, warning jobs and sightings in one transaction.
 */
export class SqlAlertSink implements AlertSink {
  private readonly deliveries: { store: DeliveryStore; webhook: boolean } | null;

  constructor(private readonly sql: Sql, options: SqliteSinkOptions = {}) {
    this.deliveries = options.warnings ? { store: new DeliveryStore(this.sql, options.warnings.recipientKey), webhook: options.warnings.webhook } : null;
  }

  record(batch: readonly StreamAlertRecord[], recipients: readonly StreamRecipient[] = [], sightings: readonly StreamSighting[] = []): Promise<void> {
    const warnings = this.deliveries;
    return this.sql.tx(async (q) => {
      if (warnings) for (const r of recipients) await warnings.store.putRecipient(r.session, r.recipient, r.at, q);
      for (const r of batch) {
        const s = r.session;
        await q.run(`INSERT INTO sessions (id, channel, lang, caller_number, claimed_identity, recipient, status,
          turns, level, risk, verdict, snapshot_json, created_at, updated_at, ended_at)
          VALUES (?, ?, ?, ?, ?, NULL, 'active', ?, ?, ?, ?, ?, ?, ?, NULL)
          ON CONFLICT (id) DO UPDATE SET turns = excluded.turns, level = excluded.level, risk = excluded.risk,
            verdict = excluded.verdict, snapshot_json = excluded.snapshot_json, updated_at = excluded.updated_at
          WHERE excluded.turns > sessions.turns`,
        [s.id, s.channel, s.lang, s.caller_number, s.claimed_identity, s.turns, s.level, s.risk, s.verdict, s.snapshot_json, r.at, r.at]);
        const a = r.alert;
        const fresh = (await q.run(`INSERT INTO alerts (id, session_id, level, risk, verdict, turn, tactics_json, advice_json,
          evidence_json, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?) ON CONFLICT (id) DO NOTHING`,
        [a.id, s.id, a.level, a.risk, a.verdict, a.turn, a.tactics_json, a.advice_json, a.evidence_json, r.at, r.at])).changes > 0;
        // The warning job in the alert's transaction (the outbox): one per alert, also when redelivered.
        if (warnings && fresh) await warnings.store.enqueue({ alertId: a.id, sessionId: s.id, level: a.level, at: r.at }, warnings.webhook, q);
        // One open alert per call, as the service does: a block closes the call's open warn as its duplicate.
        if (fresh) await supersedeEarlier(new CentreStore(q), await q.all<{ id: string; status: string }>('SELECT id, status FROM alerts WHERE session_id = ?', [s.id]), a, r.at);
      }
      const centre = new CentreStore(q);
      for (const g of sightings) await centre.sightAll(g.indicators, g.at, { alert_id: g.alert, session_id: g.session }, g.platform);
    });
  }
}

/** The sink over a worker's SQLite file (shares the handle's SQL port and its transaction lock). */
export class SqliteAlertSink extends SqlAlertSink {
  constructor(db: Db, options: SqliteSinkOptions = {}) {
    super(sqlOfDb(db), options);
  }
}
