/**
 * A stream worker: one consumer in the `workers` group of every partition it owns. Start as many
 * as you like, on any machine; they share the partitions between them (SCALING.md).
 *
 * Guarantees (each tested against a real redis-server, test/stream/):
 * - per-session order: a session lives in one partition, a partition is owned by one worker at a
 *   time (a lease, SET NX PX, renewed), and a new owner finishes the old owner's pending entries
 *   before it reads new ones;
 * - at-least-once delivery, exactly-once effect: the session's state records the last `seq`
 *   applied and a repeated one is skipped; state, alerts, dead letters and the acknowledgement are
 *   committed in one Lua script that first checks the lease (a worker that lost its partition
 *   commits nothing) and the state's seq (compare-and-set); one alert per session and level with a
 *   deterministic id, written to the store (idempotent) before the commit;
 * - Redis Cluster: every script and command names keys of one slot only. The commit touches only
 *   the partition's keys (`{prefix:p}`): its alerts and dead letters go to the partition's outbox,
 *   which the owner then forwards, entry by entry, to the alerts and dead-letter streams, each
 *   forward marked in the target's slot so that a repeated forward (a crash before the outbox
 *   entry was deleted, a new owner) adds nothing: exactly once on those streams too;
 * - a killed worker's pending entries are taken over with XAUTOCLAIM once idle for `claimIdleMs`;
 * - a poison event (malformed, over the limits, failing analysis) goes to the dead-letter stream
 *   with its reason (masked) and is acknowledged, so it never blocks its partition.
 */
import { randomBytes } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';
import { z } from 'zod';
import { alertRank, type Alert } from '../types.ts';
import type { Engine } from '../engine/engine.ts';
import { getEngine } from '../index.ts';
import { SessionSnapshotSchema, stateFromSnapshot, stateForOptions, stateToSnapshot } from '../session/session.ts';
import type { ConversationState } from '../pipeline/state.ts';
import { analyzeTurn } from '../pipeline/step.ts';
import { buildResult, foldTurn } from '../pipeline/fold.ts';
import { maskDeep, maskPII, maskTactics } from '../server/mask.ts';
import type { AlertSink, StreamAlertRecord, StreamRecipient, StreamSighting } from '../store/stream.ts';
import { callerIndicator, extractIndicators, INDICATOR_KINDS, indicatorKey, platformOf, type Indicator } from '../centre/indicators.ts';
import { alertId, GROUP, MAX_EVENT_BYTES, streamKeys, StreamEventSchema, type StreamAlert, type StreamEvent, type StreamKeys } from './events.ts';
import { ensurePartitions } from './setup.ts';

export interface WorkerOptions {
  redis: Redis | Cluster;
  /** Key prefix (default `fanzha`) and alerts stream (default `<prefix>:alerts`). */
  prefix?: string;
  alerts?: string;
  /** Partition count when this is the first process to start (default 16); else the stored one is used. */
  partitions?: number;
  /** Consumer name; default a random one per process (a restarted worker is a new consumer). */
  id?: string;
  /** How long a partition stays owned without a renewal (ms, default 5000). */
  leaseMs?: number;
  /** How long a pending entry must be idle before another worker takes it over (ms, default leaseMs). */
  claimIdleMs?: number;
  /** Entries read per partition per round (default 100, at most 1000). */
  batch?: number;
  /** How long a read waits for new entries (ms, default 200). */
  blockMs?: number;
  /**
   * Session states kept in this worker's memory between batches (default 10,000; 0: none). Valid
   * only while the partition stays ours: dropped when it is taken, lost or given back, and the
   * commit's compare-and-set on the seq still guards every write.
   */
  cacheSize?: number;
  /** How long a session's state is kept after its last event (s, default 86400). */
  stateTtlSec?: number;
  /** Approximate cap on the alerts and dead-letter streams' length (default 1,000,000). */
  streamMaxLen?: number;
  engine?: Engine;
  /**
   * Indicators an anti-fraud centre confirmed (`kind:value` → case ref), as `fanzha serve` hands
   * its sessions (src/signals/indicators.ts): a live map the caller may keep refreshing.
   */
  indicators?: ReadonlyMap<string, string>;
  /** The store the alerts also go to (the console's). */
  sink?: AlertSink;
  /** Called after a batch is committed, with its alerts (for tests and the bench). */
  onCommit?: (info: { partition: number; applied: number; skipped: number; dead: number; alerts: StreamAlert[] }) => void;
  log?: (msg: string) => void;
  /** How the dependencies are named in the log (addresses, never a password): e.g. `Redis at redis://h:6379`. */
  names?: { redis?: string; store?: string };
}

/** A dependency failed in a way a restart of it mends (connection refused, reset, closed, timed out). */
export class DependencyDown extends Error {
  constructor(readonly dependency: 'redis' | 'store', override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTCONN', 'ECONNABORTED']);

/**
 * Is `err` a connection fault (transient) rather than a bug or a refused command? ioredis:
 * MaxRetriesPerRequestError, "Connection is closed", ClusterAllFailedError, LOADING; node-postgres:
 * SQLSTATE class 08 (connection exception) and 57P01–57P03 (server shutting down, not accepting
 * connections), "Connection terminated", connect timeouts; any: the socket error codes above.
 */
export function isConnectionFault(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03')) return true;
  if (err.name === 'MaxRetriesPerRequestError' || err.name === 'ClusterAllFailedError') return true;
  const m = err.message;
  return m.startsWith('Connection is closed') || m.startsWith('LOADING') || m.includes('Connection terminated') || m.includes('timeout exceeded when trying to connect')
    || m.includes('the database system is') || m.includes('connect ECONNREFUSED') || m.includes('read ECONNRESET') || m.includes('Stream isn\'t writeable');
}

/** One state write in a commit: the seq found when loading (-1: none) and the new one. */
interface StateWrite { key: string; expected: string; seq: number; json: string; centre: string }

/**
 * What the centre's console shows of a session besides the engine's state, as `fanzha serve`
 * gathers it (src/server/routes/staff.ts, `Centre.observer`): the platform the caller claims and
 * the counterpart's indicators (numbers, domains, accounts, QQ/WeChat ids, groups, apps) from the
 * raw turns, kept with the state (field `centre` of the session's hash) since turns of one call
 * reach different batches and workers.
 */
interface CentreContext { platform: string | null; indicators: Indicator[] }
/** As the service (staff.ts MAX_INDICATORS_PER_SESSION): a session names at most this many. */
const MAX_INDICATORS_PER_SESSION = 50;

const CentreContextSchema = z.object({
  platform: z.string().max(100).nullable(),
  indicators: z.array(z.object({ kind: z.enum(INDICATOR_KINDS), value: z.string().max(300) })).max(MAX_INDICATORS_PER_SESSION),
});

function centreContext(json: string | null): CentreContext {
  if (json === null) return { platform: null, indicators: [] };
  try {
    const r = CentreContextSchema.safeParse(JSON.parse(json));
    if (r.success) return r.data;
  } catch { /* an unreadable context loses the indicators so far, not the session */ }
  return { platform: null, indicators: [] };
}

/** Adds an event's indicators and platform to the context; returns those not seen before, and whether the platform is new. */
function observeEvent(ctx: CentreContext, ev: StreamEvent, first: boolean): { fresh: Indicator[]; platform: boolean } {
  const known = new Set(ctx.indicators.map(indicatorKey));
  const fresh: Indicator[] = [];
  const add = (i: Indicator | null): void => {
    if (!i || known.has(indicatorKey(i)) || ctx.indicators.length >= MAX_INDICATORS_PER_SESSION) return;
    known.add(indicatorKey(i));
    ctx.indicators.push(i);
    fresh.push(i);
  };
  let platform = false;
  if (first) {
    add(callerIndicator(ev.callerNumber));
    if (ev.claimedIdentity) { ctx.platform = platformOf([ev.claimedIdentity]); platform = ctx.platform !== null; }
  }
  for (const i of extractIndicators(ev.text, ev.speaker)) add(i);
  if (ctx.platform === null && ev.speaker !== 'user') { ctx.platform = platformOf([ev.text]); platform = ctx.platform !== null; }
  return { fresh, platform };
}

// KEYS (all of the partition's slot): events, lease, outbox, state keys…  ARGV: group, worker,
// ttl, nStates, (expected, seq, json, centre)×n, nAlerts, alert×, nDead, (reason, raw, id)×, ids to acknowledge…
export const COMMIT_LUA = `
if redis.call('GET', KEYS[2]) ~= ARGV[2] then return -1 end
local n = tonumber(ARGV[4])
local i = 5
for k = 1, n do
  local cur = redis.call('HGET', KEYS[3 + k], 'seq')
  if (cur or '-1') ~= ARGV[i] then return -2 end
  i = i + 4
end
i = 5
for k = 1, n do
  redis.call('HSET', KEYS[3 + k], 'seq', ARGV[i + 1], 'state', ARGV[i + 2], 'centre', ARGV[i + 3])
  redis.call('EXPIRE', KEYS[3 + k], ARGV[3])
  i = i + 4
end
local na = tonumber(ARGV[i]); i = i + 1
for k = 1, na do
  redis.call('XADD', KEYS[3], '*', 'a', ARGV[i]); i = i + 1
end
local nd = tonumber(ARGV[i]); i = i + 1
for k = 1, nd do
  redis.call('XADD', KEYS[3], '*', 'reason', ARGV[i], 'raw', ARGV[i + 1], 'id', ARGV[i + 2]); i = i + 3
end
if i <= #ARGV then
  local ids = {}
  for k = i, #ARGV do ids[#ids + 1] = ARGV[k] end
  redis.call('XACK', KEYS[1], ARGV[1], unpack(ids))
  redis.call('XDEL', KEYS[1], unpack(ids))
end
return 1
`;

// KEYS: one lease (leases are of different slots: one call each).  ARGV: worker, leaseMs. 1 if renewed.
const RENEW_LUA = `if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]); return 1 end return 0`;

// KEYS: the target stream, the entry's forwarded-mark (same slot).  ARGV: maxlen, ttl, fields…
// Adds the entry unless it was forwarded before.
export const FORWARD_LUA = `
if not redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[2]) then return 0 end
redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', unpack(ARGV, 3))
return 1
`;

const RELEASE_LUA = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

type Entry = [id: string, fields: string[] | null];

interface Owned {
  p: number;
  /** A new owner drains the pending entries (its own, then the old owner's) before reading new ones. */
  recovering: boolean;
  /** The outbox may hold entries not yet forwarded (a new owner, or a forward that failed). */
  unforwarded: boolean;
}

/** What a poison event becomes: its reason and its raw text, masked and cut. */
function deadLetter(reason: string, raw: string, id: string): [string, string, string] {
  return [reason.slice(0, 300), maskPII(raw.slice(0, 4096)), id];
}

function field(fields: string[] | null, name: string): string | undefined {
  if (!fields) return undefined;
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === name) return fields[i + 1];
  return undefined;
}

/** The event in an entry, or why it is poison. */
export function parseEntry(fields: string[] | null): { ev: StreamEvent; at: number } | { poison: string; raw: string } {
  const raw = field(fields, 'e');
  if (raw === undefined) return { poison: 'entry has no event field "e"', raw: JSON.stringify(fields ?? []) };
  if (Buffer.byteLength(raw, 'utf8') > MAX_EVENT_BYTES) return { poison: `event over ${MAX_EVENT_BYTES} bytes`, raw };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return { poison: `malformed JSON: ${(e as Error).message.split('\n')[0]}`, raw };
  }
  const r = StreamEventSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { poison: `invalid event${issue?.path.length ? ` at ${issue.path.join('.')}` : ''}: ${issue?.message ?? 'bad shape'}`, raw };
  }
  const at = Number(field(fields, 't'));
  return { ev: r.data, at: Number.isFinite(at) ? at : Date.now() };
}

/** The state kept in Redis: the snapshot with evidence spans and findings masked (the caller number is the counterpart's indicator and stays usable). */
function storedState(state: ConversationState): string {
  const snap = stateToSnapshot(state);
  return JSON.stringify({
    ...snap,
    fired: snap.fired.map((f) => ({
      ...f,
      evidence: f.evidence.map((e) => ({ ...e, text: maskPII(e.text) })),
      ...(f.detail !== undefined ? { detail: maskPII(f.detail) } : {}),
      ...(f.detailEn !== undefined ? { detailEn: maskPII(f.detailEn) } : {}),
    })),
  });
}

const StoredSnapshot = z.string().transform((s, ctx) => {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'stored state is not JSON' });
    return z.NEVER;
  }
}).pipe(SessionSnapshotSchema);

export class StreamWorker {
  readonly id: string;
  private readonly redis: Redis | Cluster;
  private readonly keys: StreamKeys;
  private readonly engine: Engine;
  private readonly leaseMs: number;
  private readonly claimIdleMs: number;
  private readonly batch: number;
  private readonly blockMs: number;
  private readonly ttl: number;
  private readonly maxLen: number;
  private partitions = 0;
  /** Redis Cluster mode: no read names two partitions' streams (they are in different slots). */
  private cluster = false;
  private readonly owned = new Map<number, Owned>();
  private lastRenew = 0;
  /** State key → the state this worker last committed for it (least recently used first). */
  private readonly cache = new Map<string, { p: number; seq: number; state: ConversationState; centre: CentreContext }>();
  private readonly cacheSize: number;
  private stopping = false;
  private running: Promise<void> | null = null;

  constructor(private readonly opts: WorkerOptions) {
    this.redis = opts.redis;
    this.keys = streamKeys(opts.prefix, opts.alerts);
    this.id = opts.id ?? `w-${randomBytes(6).toString('hex')}`;
    this.engine = opts.engine ?? getEngine();
    this.leaseMs = opts.leaseMs ?? 5000;
    this.claimIdleMs = opts.claimIdleMs ?? this.leaseMs;
    // The commit script unpacks the batch's ids into one XACK: Lua's stack allows a few thousand.
    this.batch = Math.min(1000, Math.max(1, opts.batch ?? 100));
    this.blockMs = opts.blockMs ?? 200;
    this.ttl = opts.stateTtlSec ?? 86_400;
    this.maxLen = opts.streamMaxLen ?? 1_000_000;
    this.cacheSize = Math.max(0, opts.cacheSize ?? 10_000);
  }

  /** Runs until {@link stop}; rejects only when Redis fails for good. */
  start(): Promise<void> {
    this.running ??= this.loop();
    return this.running;
  }

  /** Finishes the batch in hand, gives the partitions back, and resolves when the loop has ended. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  private async loop(): Promise<void> {
    this.partitions = await ensurePartitions(this.redis, this.keys, this.opts.partitions);
    this.cluster = /^cluster_enabled:1/m.test(await this.redis.info('cluster'));
    // Compile the playbooks and load the model before owning anything: the first event of a
    // partition should not wait for them (nor a taken-over partition's backlog).
    for (const text of ['您好，我是淘宝客服，给您退款', 'Hello, this is customer service about your refund']) {
      const s = stateForOptions({});
      foldTurn(this.engine, s, analyzeTurn(this.engine, s, { speaker: 'caller', text }));
    }
    this.opts.log?.(`worker ${this.id}: ${this.partitions} partitions in the stream`);
    // A short outage of Redis or the store (a restart) pauses the work instead of ending it: the
    // partitions are let go (their pending entries are recovered when taken again, by this worker
    // or another), retried with a bounded backoff, logged once when it starts and once when it ends.
    let down: string | null = null;
    let backoff = 250;
    try {
      while (!this.stopping) {
        try {
          await this.round();
        } catch (err) {
          const dep = err instanceof DependencyDown ? err.dependency : isConnectionFault(err) ? 'redis' : null;
          if (dep === null || this.stopping) throw err instanceof DependencyDown ? err.cause : err;
          const name = dep === 'redis' ? this.opts.names?.redis ?? 'Redis' : this.opts.names?.store ?? 'the store';
          if (down !== name) this.opts.log?.(`worker ${this.id}: ${name} unavailable (${err instanceof Error ? err.message : String(err)}); retrying with backoff up to 5 s, its partitions let go meanwhile`);
          down = name;
          for (const p of [...this.owned.keys()]) this.drop(p);
          await sleep(backoff);
          backoff = Math.min(5_000, backoff * 2);
          continue;
        }
        if (down !== null) {
          this.opts.log?.(`worker ${this.id}: ${down} is back; processing resumed`);
          down = null;
          backoff = 250;
        }
      }
    } finally {
      await this.releaseAll().catch(() => undefined);
    }
  }

  /** One round: rebalance, recover what was taken over, read and apply new entries. */
  private async round(): Promise<void> {
    {
      {
        await this.rebalance();
        if (this.owned.size === 0) { await sleep(Math.min(200, this.leaseMs / 4)); return; }
        let didWork = false;
        for (const o of [...this.owned.values()]) {
          if (o.unforwarded) await this.forward(o);
          if (o.recovering) didWork = (await this.recover(o)) || didWork;
        }
        const live = [...this.owned.values()].filter((o) => !o.recovering).map((o) => o.p);
        if (live.length > 0) didWork = (await this.readNew(live, didWork ? 0 : this.blockMs)) || didWork;
        else if (!didWork) await sleep(50);
      }
    }
  }

  /** A partition is no longer ours (or is ours anew): forget it and the states cached for it. */
  private drop(p: number): void {
    this.owned.delete(p);
    for (const [key, c] of this.cache) if (c.p === p) this.cache.delete(key);
  }

  /** Heartbeat, renew what is ours, then take or give back partitions towards a fair share. */
  private async rebalance(): Promise<void> {
    const before = [...this.owned.keys()].sort((a, b) => a - b).join(',');
    try {
      await this.rebalanceOnce();
    } finally {
      const now = [...this.owned.keys()].sort((a, b) => a - b);
      // What this worker owns (not the stream's total), when it changes.
      if (now.join(',') !== before) this.opts.log?.(`worker ${this.id}: owns ${now.length} of ${this.partitions} partitions${now.length ? ` (${now.join(', ')})` : ''}`);
    }
  }

  private async rebalanceOnce(): Promise<void> {
    const live = await this.renewIfDue();
    if (live === null) return;
    const k = this.keys;
    const share = Math.ceil(this.partitions / Math.max(1, live));
    // Give back extras (only partitions with nothing in hand: between batches everything is committed).
    for (const o of [...this.owned.values()].reverse()) {
      if (this.owned.size <= share) break;
      if (o.recovering) continue;
      await this.redis.eval(RELEASE_LUA, 1, k.lease(o.p), this.id);
      this.drop(o.p);
    }
    if (this.owned.size >= share) return;
    // Start at a different place per worker so that they do not all race for partition 0.
    const start = parseInt(this.id.slice(-4), 16) % this.partitions || 0;
    for (let i = 0; i < this.partitions && this.owned.size < share; i++) {
      const p = (start + i) % this.partitions;
      if (this.owned.has(p)) continue;
      const ok = await this.redis.set(k.lease(p), this.id, 'PX', this.leaseMs, 'NX');
      if (ok === 'OK') { this.drop(p); this.owned.set(p, { p, recovering: true, unforwarded: true }); }
    }
  }

  /**
   * Heartbeat and renew the leases still ours, at most every third of a lease (also between the
   * partitions of one large read, so a long round cannot outlast the lease). Returns the number of
   * live workers, or null when it was not yet due.
   */
  private async renewIfDue(): Promise<number | null> {
    const now = Date.now();
    if (now - this.lastRenew < this.leaseMs / 3) return null;
    this.lastRenew = now;
    const k = this.keys;
    const [, , live] = (await this.redis.multi()
      .zadd(k.workers, now, this.id)
      .zremrangebyscore(k.workers, '-inf', now - 3 * this.leaseMs)
      .zcount(k.workers, now - this.leaseMs, '+inf')
      .exec())!.map(([err, v]) => { if (err) throw err; return v; }) as [unknown, unknown, number];
    const mine = [...this.owned.keys()];
    if (mine.length) {
      const kept = await Promise.all(mine.map((p) => this.redis.eval(RENEW_LUA, 1, k.lease(p), this.id, String(this.leaseMs)) as Promise<number>));
      mine.forEach((p, i) => { if (kept[i] !== 1) { this.drop(p); this.opts.log?.(`worker ${this.id}: lost partition ${p}`); } });
    }
    return live;
  }

  private async releaseAll(): Promise<void> {
    for (const p of this.owned.keys()) await this.redis.eval(RELEASE_LUA, 1, this.keys.lease(p), this.id);
    this.owned.clear();
    await this.redis.zrem(this.keys.workers, this.id);
  }

  /**
   * Drain a newly owned partition's pending entries in order: this consumer's own first, then the
   * others' once idle for claimIdleMs (XAUTOCLAIM). Returns whether it processed anything.
   */
  private async recover(o: Owned): Promise<boolean> {
    const stream = this.keys.events(o.p);
    const summary = await this.redis.xpending(stream, GROUP) as [number, string | null, string | null, unknown];
    if (!summary || Number(summary[0]) === 0) {
      o.recovering = false;
      await this.forgetIdleConsumers(stream);
      return false;
    }
    const own = await this.redis.xreadgroup('GROUP', GROUP, this.id, 'COUNT', this.batch, 'STREAMS', stream, '0') as [string, Entry[]][] | null;
    const ownEntries = own?.[0]?.[1] ?? [];
    if (ownEntries.length > 0) { await this.process(o.p, ownEntries); return true; }
    const claimed = await this.redis.xautoclaim(stream, GROUP, this.id, this.claimIdleMs, '0-0', 'COUNT', this.batch) as [string, Entry[], string[]?];
    const entries = claimed[1] ?? [];
    if (entries.length > 0) {
      this.opts.log?.(`worker ${this.id}: reclaimed ${entries.length} pending entries of partition ${o.p}`);
      await this.process(o.p, entries);
      return true;
    }
    return false;
  }

  /** Every restart is a new consumer: remove those with nothing pending, idle for ten leases. */
  private async forgetIdleConsumers(stream: string): Promise<void> {
    const consumers = await this.redis.xinfo('CONSUMERS', stream, GROUP) as (string | number)[][];
    for (const c of consumers) {
      const get = (name: string): string | number | undefined => c[c.indexOf(name) + 1];
      const name = String(get('name'));
      if (name !== this.id && Number(get('pending')) === 0 && Number(get('idle')) > 10 * this.leaseMs) {
        await this.redis.xgroup('DELCONSUMER', stream, GROUP, name);
      }
    }
  }

  /**
   * Read new entries of the partitions given. On one Redis, one XREADGROUP over all their streams
   * that blocks up to `blockMs`; in Redis Cluster a read may name one slot only, so one read per
   * partition (sent together) and, when all were empty, a pause of at most 25 ms before the next.
   */
  private async readNew(parts: number[], blockMs: number): Promise<boolean> {
    const streams = parts.map((p) => this.keys.events(p));
    const xreadgroup = this.redis.xreadgroup as (...a: (string | number)[]) => Promise<[string, Entry[]][] | null>;
    let res: [string, Entry[]][] | null;
    if (this.cluster) {
      const each = await Promise.all(streams.map((s) => xreadgroup.call(this.redis, 'GROUP', GROUP, this.id, 'COUNT', this.batch, 'STREAMS', s, '>')));
      res = each.flatMap((x) => x ?? []);
      if (res.every(([, e]) => e.length === 0) && blockMs > 0) await sleep(Math.min(25, blockMs));
    } else {
      const args: (string | number)[] = ['GROUP', GROUP, this.id, 'COUNT', this.batch];
      if (blockMs > 0) args.push('BLOCK', blockMs);
      args.push('STREAMS', ...streams, ...streams.map(() => '>'));
      res = await xreadgroup.call(this.redis, ...args);
    }
    if (!res) return false;
    let any = false;
    for (const [stream, entries] of res) {
      if (entries.length === 0) continue;
      const p = parts[streams.indexOf(stream)]!;
      await this.renewIfDue();
      // Lost meanwhile: the entries stay pending under this consumer for the new owner to claim.
      if (!this.owned.has(p)) continue;
      await this.process(p, entries);
      any = true;
    }
    return any;
  }

  /** Analyse a partition's batch in order and commit it (see the class comment). */
  private async process(p: number, entries: Entry[]): Promise<void> {
    const k = this.keys;
    const parsed = entries.map(([id, fields]) => ({ id, r: parseEntry(fields) }));
    const sessions = [...new Set(parsed.flatMap((x) => ('ev' in x.r ? [x.r.ev.session] : [])))];
    interface Cur { key: string; expected: string; seq: number; state: ConversationState | null; centre: CentreContext; dirty: boolean; unreadable: string | null }
    const cur = new Map<string, Cur>();
    // States this worker committed itself while owning the partition need no round trip.
    const misses: string[] = [];
    for (const s of sessions) {
      const cached = this.cache.get(k.state(p, s));
      if (cached) cur.set(s, { key: k.state(p, s), expected: String(cached.seq), seq: cached.seq, state: cached.state, centre: cached.centre, dirty: false, unreadable: null });
      else misses.push(s);
    }
    const loaded = misses.length
      ? await this.redis.pipeline(misses.map((s) => ['hmget', k.state(p, s), 'seq', 'state', 'centre'])).exec()
      : [];
    misses.forEach((s, i) => {
      const [err, v] = loaded![i]!;
      if (err) throw err;
      const [seq, json, centre] = v as [string | null, string | null, string | null];
      let state: ConversationState | null = null;
      let unreadable: string | null = null;
      if (json !== null) {
        const snap = StoredSnapshot.safeParse(json);
        if (snap.success) state = stateFromSnapshot(this.engine, snap.data);
        else unreadable = 'stored state unreadable';
      }
      cur.set(s, { key: k.state(p, s), expected: seq ?? '-1', seq: seq === null ? -1 : Number(seq), state, centre: centreContext(centre), dirty: false, unreadable });
    });

    const alerts: StreamAlert[] = [];
    const records: StreamAlertRecord[] = [];
    const recipients: StreamRecipient[] = [];
    const sightings: StreamSighting[] = [];
    const dead: [string, string, string][] = [];
    let applied = 0;
    let skipped = 0;
    const now = Date.now();
    for (const { id, r } of parsed) {
      if ('poison' in r) { dead.push(deadLetter(r.poison, r.raw, id)); continue; }
      const ev = r.ev;
      const c = cur.get(ev.session)!;
      if (c.unreadable) { dead.push(deadLetter(c.unreadable, JSON.stringify(ev), id)); continue; }
      // At least once in, exactly once in effect: a seq already applied is skipped.
      if (ev.seq <= c.seq) { skipped++; continue; }
      let state = c.state;
      const first = state === null;
      let alert: Alert | null;
      // A session's context comes with its first event; the recipient goes to the store only.
      if (state === null && ev.recipient !== undefined) recipients.push({ session: ev.session, recipient: ev.recipient, at: now });
      try {
        state ??= stateForOptions({
          channel: ev.channel ?? 'call',
          ...(ev.inputLang ? { inputLang: ev.inputLang } : {}),
          ...(ev.lang ? { outputLang: ev.lang } : {}),
          ...(ev.initiator ? { initiator: ev.initiator } : {}),
          ...(ev.claimedIdentity !== undefined ? { claimedIdentity: ev.claimedIdentity } : {}),
          ...(ev.callerNumber !== undefined ? { callerNumber: ev.callerNumber } : {}),
        });
        const evidence = analyzeTurn(this.engine, state, { speaker: ev.speaker, text: ev.text, ...(ev.qr ? { qr: ev.qr } : {}) }, this.opts.indicators ? { indicators: this.opts.indicators } : {});
        ({ state, alert } = foldTurn(this.engine, state, evidence));
      } catch (e) {
        dead.push(deadLetter(`analysis failed: ${(e as Error).message}`, JSON.stringify(ev), id));
        continue;
      }
      c.state = state; c.seq = ev.seq; c.dirty = true;
      applied++;
      // The console's view of the session, as the service gathers it: indicators from the raw text
      // (the counterpart's only), sighted with the session's current alert, once per alert.
      const seen = observeEvent(c.centre, ev, first);
      const raised = alert !== null && alertRank(alert.level) >= alertRank('warn');
      const current = raised ? alert!.level : alertRank(state.level) >= alertRank('warn') ? state.level : null;
      if (current !== null && (raised || seen.fresh.length > 0 || seen.platform)) {
        sightings.push({ alert: alertId(ev.session, current), session: ev.session, platform: c.centre.platform, indicators: raised ? [...c.centre.indicators] : seen.fresh, at: now });
      }
      if (alert && alertRank(alert.level) >= alertRank('warn')) {
        const level = alert.level as 'warn' | 'block';
        const aid = alertId(ev.session, level);
        alerts.push({
          id: aid, session: ev.session, seq: ev.seq, level, risk: Math.round(alert.risk), verdict: alert.verdict, turn: alert.turn,
          tactics: alert.tactics, advice: alert.advice, channel: state.channel, eventAt: r.at, raisedAt: Date.now(),
        });
        if (this.opts.sink) {
          const result = buildResult(this.engine, state);
          records.push({
            session: {
              id: ev.session, channel: state.channel, lang: state.lang,
              caller_number: state.callerNumber !== undefined ? maskPII(state.callerNumber) : null,
              claimed_identity: state.claimedIdentity !== undefined ? maskPII(state.claimedIdentity) : null,
              turns: state.turns, level: state.level, risk: Math.round(result.risk), verdict: result.verdict,
              snapshot_json: JSON.stringify(maskDeep(stateToSnapshot(state))),
            },
            alert: {
              id: aid, level, risk: Math.round(alert.risk), verdict: alert.verdict, turn: alert.turn,
              tactics_json: JSON.stringify(alert.tactics), advice_json: JSON.stringify(alert.advice),
              evidence_json: JSON.stringify(maskTactics(result.tactics)),
            },
            at: now,
          });
        }
      }
    }

    // The store first (idempotent), then the atomic commit: a crash between them redelivers the
    // batch, which writes the same rows again (ignored) and then commits.
    if (this.opts.sink && (records.length || recipients.length || sightings.length)) {
      try {
        await this.opts.sink.record(records, recipients, sightings);
      } catch (err) {
        throw isConnectionFault(err) ? new DependencyDown('store', err) : err;
      }
    }
    const writes: StateWrite[] = [...cur.values()].filter((c) => c.dirty)
      .map((c) => ({ key: c.key, expected: c.expected, seq: c.seq, json: storedState(c.state!), centre: JSON.stringify(c.centre) }));
    const args: string[] = [GROUP, this.id, String(this.ttl), String(writes.length)];
    for (const w of writes) args.push(w.expected, String(w.seq), w.json, w.centre);
    args.push(String(alerts.length), ...alerts.map((a) => JSON.stringify(a)));
    args.push(String(dead.length), ...dead.flat());
    args.push(...entries.map(([id]) => id));
    const res = await this.redis.eval(COMMIT_LUA, 3 + writes.length, k.events(p), k.lease(p), k.outbox(p), ...writes.map((w) => w.key), ...args);
    if (res === -1 || res === -2) {
      // Lost the partition (or someone else wrote its state): the entries stay pending for the owner.
      this.opts.log?.(`worker ${this.id}: commit refused on partition ${p} (${res === -1 ? 'lease lost' : 'state changed'})`);
      this.drop(p);
      return;
    }
    if (this.cacheSize > 0) {
      for (const c of cur.values()) {
        if (!c.dirty) continue;
        this.cache.delete(c.key); // re-insert: Map order = least recently used first
        this.cache.set(c.key, { p, seq: c.seq, state: c.state!, centre: c.centre });
      }
      while (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    }
    const o = this.owned.get(p);
    if (o && (alerts.length > 0 || dead.length > 0)) { o.unforwarded = true; await this.forward(o); }
    this.opts.onCommit?.({ partition: p, applied, skipped, dead: dead.length, alerts });
  }

  /**
   * Forward the partition's outbox, in order, to the alerts and dead-letter streams, then delete
   * what was forwarded. Each entry is added once however often this runs (FORWARD_LUA's mark).
   */
  private async forward(o: Owned): Promise<void> {
    const k = this.keys;
    const outbox = k.outbox(o.p);
    const ttl = String(this.ttl);
    const maxLen = String(this.maxLen);
    for (;;) {
      const entries = await this.redis.xrange(outbox, '-', '+', 'COUNT', 100) as Entry[];
      for (const [id, fields] of entries) {
        const f = fields ?? [];
        const alert = field(f, 'a');
        if (alert !== undefined) {
          // Our own JSON; were it ever unreadable, the entry's own id still marks it once.
          let aid = `${o.p}:${id}`;
          try { aid = (JSON.parse(alert) as StreamAlert).id; } catch { /* keep the entry id */ }
          await this.redis.eval(FORWARD_LUA, 2, k.alerts, k.seen(k.alerts, aid), maxLen, ttl, 'a', alert);
        } else {
          await this.redis.eval(FORWARD_LUA, 2, k.dead, k.seen(k.dead, `${o.p}:${field(f, 'id') ?? id}`), maxLen, ttl, ...f);
        }
      }
      if (entries.length > 0) await this.redis.xdel(outbox, ...entries.map(([id]) => id));
      if (entries.length < 100) break;
    }
    o.unforwarded = false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
