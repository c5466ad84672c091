/**
 * Live sessions: one engine session per call or chat, kept in memory while active and written
 * through to the store (SQLite or PostgreSQL) on every turn (turn, masked state, masked snapshot and any warn/block alert in
 * one transaction, committed before the reply). After a restart or an eviction a session is
 * restored from its snapshot on its next turn. Idle sessions expire; their state stays readable.
 *
 * With several serve processes on one store (`shared`, `serve --redis`; SCALING.md "Several serve
 * processes"), the stored snapshot is the session's engine state and the Map here a cache of it:
 * a cached session is used only when its turn count is the stored count plus this process's
 * turns still being committed, else the stored snapshot is restored. Turn n is committed with
 * its index as part of the turns table's key, so when two processes both apply turn n one insert
 * fails, its session's turns roll back, and the turn is answered with a {@link TurnConflict}
 * that the route retries on the fresh state (a repeated `seq` then reads as a duplicate).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { createSession, restoreSession } from '../index.ts';
import type { Notifier, Warning } from '../notify/warning.ts';
import { warningText } from '../notify/warning.ts';
import type { AlertRow, SessionRow, Store, TurnCommit } from '../store/store.ts';
import type { Sql } from '../store/sql.ts';
import { alertRank, LIMITS } from '../types.ts';
import type { Alert, Channel, Initiator, InputLang, Lang, SessionState, Turn } from '../types.ts';
import { ApiError, notFound } from './errors.ts';
import { maskDeep, maskPII, maskTactics } from './mask.ts';
import type { EventHub } from './sse.ts';
import { kindOf, type KindShown } from '../playbook/scam-kinds.ts';

type EngineSession = ReturnType<typeof createSession>;
type Snapshot = ReturnType<EngineSession['snapshot']>;

/** What is kept of each turn: the whole (masked) text, or only the evidence spans in the alerts and state. */
export type KeepMode = 'transcript' | 'evidence';

export interface SessionManagerOptions {
  idleMs: number;
  keep: KeepMode;
  now: () => number;
  /** Live engine sessions held in memory at most; older ones are restored from their snapshot when they speak again. */
  maxLive: number;
  /** The anti-fraud centre's hooks (src/server/routes/staff.ts): indicators and platform from the raw turn, confirmed indicators into detection. */
  observer?: SessionObserver;
  /**
   * The transactional outbox (src/notify/deliveries.ts): when set, each stored alert's delivery
   * job is enqueued in the same transaction as the alert, the recipient is sealed apart from the
   * session row, and `committed` wakes the dispatcher. Without it, the in-process notifier is used.
   */
  outbox?: SessionOutbox;
  /** Other processes write the same store's sessions (several `fanzha serve` behind one address). */
  shared?: boolean;
}

/**
 * Another process committed this turn's index (or seq) first: nothing of this turn was stored.
 * 409 `turn_conflict` when it escapes; the turn route retries it on the fresh state first.
 */
export class TurnConflict extends ApiError {
  constructor() {
    super(409, 'turn_conflict', 'another turn of this session was recorded at the same moment; send the turn again', { 'retry-after': '1' });
  }
}

/** A unique-key violation (SQLite, PostgreSQL 23505): another writer stored the same turn index or seq. */
export function isConflict(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/** Writes inside the caller's transaction `q` (the alert's, the session's), so they commit together. */
export interface SessionOutbox {
  enqueue(alert: AlertRow, q: Sql): Promise<void>;
  committed(): void;
  putRecipient(sessionId: string, recipient: string, now: number, q: Sql): Promise<void>;
}

/** Sees each session and committed turn BEFORE masking, so the scammer's indicators can be kept (the victim's stay masked). */
export interface SessionObserver {
  opened(session: SessionRow, raw: OpenSession): void | Promise<void>;
  /** May write (indicator sightings): the turn is answered once it has settled. */
  turnCommitted(session: SessionRow, turn: Turn, alert: AlertRow | null): void | Promise<void>;
  /** Engine options for new and restored sessions (the confirmed-indicator lookup). */
  engineOptions(): { indicators?: ReadonlyMap<string, string> };
}

export interface OpenSession {
  channel: Channel;
  /** Output language; the turns are read in the language(s) they are written in unless inputLang says. */
  lang?: Lang | undefined;
  inputLang?: InputLang | undefined;
  initiator?: Initiator | undefined;
  callerNumber?: string | undefined;
  claimedIdentity?: string | undefined;
  recipient?: string | undefined;
}

export interface AlertView {
  id: string;
  sessionId: string;
  level: string;
  risk: number;
  verdict: string;
  turn: number;
  tactics: string[];
  advice: string[];
  evidence: unknown;
  status: string;
  createdAt: string;
  updatedAt: string;
}

export function alertView(r: AlertRow): AlertView {
  return {
    id: r.id,
    sessionId: r.session_id,
    level: r.level,
    risk: r.risk,
    verdict: r.verdict,
    turn: r.turn,
    tactics: JSON.parse(r.tactics_json) as string[],
    advice: JSON.parse(r.advice_json) as string[],
    evidence: JSON.parse(r.evidence_json) as unknown,
    status: r.status,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function sessionView(r: SessionRow, state: SessionState | null) {
  return {
    id: r.id,
    channel: r.channel,
    lang: r.lang,
    status: r.status,
    turns: r.turns,
    level: r.level,
    risk: r.risk,
    verdict: r.verdict,
    callerNumber: r.caller_number,
    claimedIdentity: r.claimed_identity,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    endedAt: iso(r.ended_at),
    state,
  };
}

export interface TurnOutcome {
  sessionId: string;
  turn: number;
  state: SessionState & { kind?: KindShown | null };
  /** The raised alert: stored (with an id) when warn or block; watch-level alerts are reported but not stored. */
  alert: (Alert & { id: string | null }) | null;
}

interface PendingTurn {
  commit: TurnCommit;
  committed(): void;
  failed(err: Error): void;
}

export class SessionManager {
  /** Live engine sessions, least recently used first, with when each last spoke and the engine's turn count. */
  private readonly live = new Map<string, { session: EngineSession; at: number; turns: number }>();
  /** Shared store only: turns per session pushed to the engine here and not yet committed. */
  private readonly inflight = new Map<string, number>();
  private pending: PendingTurn[] = [];
  private flushScheduled = false;
  /** The flush in progress: flushes run one after another, so a session's turns commit in order. */
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly hub: EventHub,
    private readonly notifier: Notifier,
    private readonly log: FastifyBaseLogger,
    private readonly opts: SessionManagerOptions,
  ) {}

  /**
   * Stores a new session; `within` adds writes to the same transaction (its owner). Resolves once
   * it is durable.
   */
  async open(o: OpenSession, within?: (q: Sql, row: SessionRow) => Promise<void>): Promise<SessionRow> {
    const now = this.opts.now();
    const id = randomUUID();
    const session = createSession({
      ...this.opts.observer?.engineOptions(),
      channel: o.channel,
      ...(o.lang ? { outputLang: o.lang } : {}),
      ...(o.inputLang ? { inputLang: o.inputLang } : {}),
      ...(o.initiator ? { initiator: o.initiator } : {}),
      ...(o.callerNumber ? { callerNumber: o.callerNumber } : {}),
      ...(o.claimedIdentity ? { claimedIdentity: o.claimedIdentity } : {}),
    });
    const row: SessionRow = {
      id,
      channel: o.channel,
      lang: o.lang ?? null,
      caller_number: o.callerNumber ? maskPII(o.callerNumber) : null,
      claimed_identity: o.claimedIdentity ? maskPII(o.claimedIdentity) : null,
      // With the outbox the recipient is sealed in its own table; the session row never holds it.
      recipient: o.recipient && !this.opts.outbox ? maskPII(o.recipient) : null,
      status: 'active',
      turns: 0,
      level: 'none',
      risk: 0,
      verdict: 'safe',
      snapshot_json: JSON.stringify(maskDeep(session.snapshot())),
      created_at: now,
      updated_at: now,
      ended_at: null,
    };
    const outbox = this.opts.outbox;
    await this.store.sql.tx(async (q) => {
      await this.store.insertSession(row, q);
      if (o.recipient && outbox) await outbox.putRecipient(id, o.recipient, now, q);
      if (within) await within(q, row);
    });
    this.remember(id, session, 0);
    await this.observe(() => this.opts.observer?.opened(row, o));
    return row;
  }

  /** The session row, expiring it first if it has been idle too long. 404 when unknown. */
  async get(id: string): Promise<SessionRow> {
    const row = await this.store.getSession(id);
    if (!row) throw notFound('session');
    if (row.status === 'active' && row.updated_at < this.opts.now() - this.opts.idleMs) {
      await this.expire(row.id);
      return (await this.store.getSession(id)) ?? row;
    }
    return row;
  }

  /**
   * Runs the turn through the engine now and resolves once it is durable. Turns that arrive in
   * the same event-loop pass are committed together in one transaction (group commit), so the
   * reply still comes only after the commit, but the write cost is shared.
   */
  async push(id: string, turn: Turn, seq: number | null = null): Promise<TurnOutcome> {
    // From here to the engine's push there is no other await: turns of one session reach the
    // engine in the order their rows were read.
    const row = await this.get(id);
    if (row.status !== 'active') throw new ApiError(409, `session_${row.status}`, `the session has ${row.status}; open a new one`);
    if (row.turns >= LIMITS.maxTurns) throw new ApiError(409, 'too_many_turns', `a session holds at most ${LIMITS.maxTurns} turns`);

    const session = this.cached(row) ?? this.restore(row);
    const { state, alert } = session.push(turn);
    this.remember(id, session, state.turns);
    const shared = this.opts.shared === true;
    if (shared) this.inflight.set(id, (this.inflight.get(id) ?? 0) + 1);
    const now = this.opts.now();
    // The engine's count, not the row's: another turn of this call may still be waiting for its commit.
    const idx = state.turns - 1;
    const maskedState: SessionState = { ...state, tactics: maskTactics(state.tactics) };
    const stored = alert && alertRank(alert.level) >= alertRank('warn') ? this.alertRow(id, alert, maskedState, now) : null;
    const commit: TurnCommit = {
      session: {
        id,
        turns: idx + 1,
        level: state.level,
        risk: Math.round(state.risk),
        verdict: state.verdict,
        snapshot_json: JSON.stringify(maskDeep(session.snapshot())),
        updated_at: now,
      },
      turn: {
        session_id: id,
        idx,
        speaker: turn.speaker,
        text: this.opts.keep === 'transcript' ? maskPII(turn.text) : null,
        created_at: now,
        seq,
      },
      alert: stored,
    };
    // The reply names the scam's kind (src/playbook/scam-kinds.ts) in the session's output language, for the call page's warning.
    const shownState = { ...maskedState, kind: kindOf(state, (row.lang as Lang | null) ?? state.lang) };
    const outcome: TurnOutcome = { sessionId: id, turn: idx, state: shownState, alert: alert ? { ...alert, id: stored?.id ?? null } : null };
    return new Promise<TurnOutcome>((resolve, reject) => {
      const settle = () => {
        if (!shared) return;
        const n = (this.inflight.get(id) ?? 1) - 1;
        if (n <= 0) this.inflight.delete(id);
        else this.inflight.set(id, n);
      };
      this.pending.push({
        commit,
        committed: () => {
          settle();
          void this.observe(() => this.opts.observer?.turnCommitted(row, turn, stored)).then(() => {
            this.afterCommit(row, idx, state, stored);
            // Several processes: answer once Redis has the turn's events, so whatever the client
            // does next (a turn sent to another process) is streamed after them.
            if (shared) void this.hub.settle().then(() => resolve(outcome));
            else resolve(outcome);
          });
        },
        failed: (err) => {
          settle();
          // The engine session already saw the turn; forget it so the next turn restores from the stored snapshot.
          this.live.delete(id);
          reject(isConflict(err) ? new TurnConflict() : err);
        },
      });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  /**
   * Commits every waiting turn in one transaction, then answers them. Also called on shutdown
   * (resolves when every turn waiting at the call is committed or failed). Never rejects: a
   * failed commit fails its turns, anything else is logged.
   */
  flush(): Promise<void> {
    this.flushScheduled = false;
    const run = this.flushing.then(() => this.flushNow());
    // A flush that failed outside its turns' commits must not stop the ones queued after it.
    this.flushing = run.catch((err: unknown) => {
      this.log.error({ err: err instanceof Error ? err.message : String(err) }, 'turn flush failed');
    });
    return this.flushing;
  }

  private async flushNow(): Promise<void> {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    if (this.opts.shared) {
      await this.flushShared(batch);
      return;
    }
    if (await this.commitGroup(batch)) this.opts.outbox?.committed();
  }

  /**
   * Shared store: one transaction per session, so a turn another process got in first (a unique
   * key violation) rolls back that session's turns only, not the other sessions' in the batch.
   */
  private async flushShared(batch: PendingTurn[]): Promise<void> {
    const bySession = new Map<string, PendingTurn[]>();
    for (const b of batch) {
      const list = bySession.get(b.commit.session.id);
      if (list) list.push(b);
      else bySession.set(b.commit.session.id, [b]);
    }
    let alerts = false;
    for (const group of bySession.values()) alerts = (await this.commitGroup(group)) || alerts;
    if (alerts) this.opts.outbox?.committed();
  }

  /**
   * The turns, their alerts and the alerts' delivery jobs in one transaction; then answers them.
   * Resolves to whether an alert was stored.
   */
  private async commitGroup(group: PendingTurn[]): Promise<boolean> {
    const commits = group.map((b) => b.commit);
    const outbox = this.opts.outbox;
    try {
      await this.store.sql.tx(async (q) => {
        await this.store.commitTurns(commits, q);
        if (outbox) for (const c of commits) if (c.alert) await outbox.enqueue(c.alert, q);
      });
    } catch (err) {
      for (const b of group) b.failed(err instanceof Error ? err : new Error(String(err)));
      return false;
    }
    for (const b of group) b.committed();
    return commits.some((c) => c.alert);
  }

  private afterCommit(row: SessionRow, idx: number, state: SessionState, stored: AlertRow | null): void {
    const id = row.id;
    this.hub.publish(`session:${id}`, 'turn', { sessionId: id, turn: idx, level: state.level, risk: state.risk, verdict: state.verdict, stage: state.stage });
    if (stored) {
      const view = alertView(stored);
      this.hub.publish(`session:${id}`, 'alert', view);
      this.hub.publish('alerts', 'alert', view);
      if (!this.opts.outbox) this.warnCitizen(row, stored);
    }
  }

  async end(id: string): Promise<SessionRow> {
    const row = await this.get(id);
    if (row.status === 'active') await this.store.setSessionStatus(id, 'active', 'ended', this.opts.now());
    this.live.delete(id);
    this.hub.publish(`session:${id}`, 'end', { sessionId: id });
    return (await this.store.getSession(id)) ?? row;
  }

  /**
   * Expires every session idle longer than the limit; returns how many. `expireStored` false
   * (another process is sweeping the shared store now) only drops idle sessions from this cache.
   */
  async sweep(expireStored = true): Promise<number> {
    const now = this.opts.now();
    // Oldest first: stop at the first session that is still in use.
    for (const [id, entry] of this.live) {
      if (entry.at >= now - this.opts.idleMs) break;
      this.live.delete(id);
    }
    return expireStored ? await this.store.expireIdle(now, this.opts.idleMs) : 0;
  }

  /** The session's current state (evidence masked): from memory when live, else rebuilt from the stored snapshot. */
  stateOf(row: SessionRow): SessionState | null {
    if (row.turns === 0) return null;
    const live = this.cached(row);
    if (live) {
      const st = live.state();
      return { ...st, tactics: maskTactics(st.tactics) };
    }
    return row.snapshot_json ? this.restore(row).state() : null;
  }

  liveCount(): number {
    return this.live.size;
  }

  private async expire(id: string): Promise<void> {
    await this.store.setSessionStatus(id, 'active', 'expired', this.opts.now());
    this.live.delete(id);
  }

  private restore(row: SessionRow): EngineSession {
    if (!row.snapshot_json) {
      return createSession({ ...this.opts.observer?.engineOptions(), channel: row.channel as Channel, ...(row.lang ? { outputLang: row.lang as Lang } : {}) });
    }
    return restoreSession(JSON.parse(row.snapshot_json) as Snapshot, undefined, this.opts.observer?.engineOptions());
  }

  /** An observer's failure never fails the citizen's turn. */
  private async observe(f: () => void | Promise<void>): Promise<void> {
    try {
      await f();
    } catch (err) {
      this.log.error({ err: err instanceof Error ? err.message : String(err) }, 'session observer failed');
    }
  }

  /**
   * The cached engine session when it is current. Shared store: only when it has the stored turns
   * plus those of this process still committing (another process may have moved the session on).
   */
  private cached(row: SessionRow): EngineSession | undefined {
    const entry = this.live.get(row.id);
    if (!entry) return undefined;
    if (this.opts.shared && entry.turns !== row.turns + (this.inflight.get(row.id) ?? 0)) {
      this.live.delete(row.id);
      return undefined;
    }
    return entry.session;
  }

  private remember(id: string, session: EngineSession, turns: number): void {
    this.live.delete(id); // re-insert: Map order = least recently used first
    this.live.set(id, { session, at: this.opts.now(), turns });
    if (this.live.size > this.opts.maxLive) {
      const oldest = this.live.keys().next().value;
      if (oldest !== undefined) this.live.delete(oldest);
    }
  }

  private alertRow(sessionId: string, alert: Alert, state: SessionState, now: number): AlertRow {
    return {
      id: randomUUID(),
      session_id: sessionId,
      level: alert.level,
      risk: Math.round(alert.risk),
      verdict: alert.verdict,
      turn: alert.turn,
      tactics_json: JSON.stringify(alert.tactics),
      advice_json: JSON.stringify(alert.advice),
      evidence_json: JSON.stringify(state.tactics),
      status: 'new',
      created_at: now,
      updated_at: now,
    };
  }

  private warnCitizen(session: SessionRow, alert: AlertRow): void {
    const level = alert.level === 'block' ? 'block' : 'warn';
    const warning: Warning = {
      id: randomUUID(),
      alertId: alert.id,
      sessionId: session.id,
      recipient: session.recipient,
      level,
      text: warningText(level),
      createdAt: alert.created_at,
    };
    this.notifier.send(warning).catch((err: unknown) => {
      this.log.warn({ notifier: this.notifier.name, alertId: alert.id, err: err instanceof Error ? err.message : String(err) }, 'citizen warning not delivered');
    });
  }
}
