/**
 * Several `fanzha serve` processes behaving as one service (`serve --redis URL`, SCALING.md
 * "Several serve processes"). The shared store holds every session, turn, alert, owner token and
 * idempotency key; this module is the Redis side that makes the processes' live parts agree:
 *
 * - **Live events** (SSE): every event is added to its topic's short Redis stream and published on
 *   one pub/sub channel in one Lua script, so its id (the stream entry id, `<ms>-<n>`) is the same
 *   in every process. Each process delivers the channel's messages to its own subscribers, and a
 *   client reconnecting to ANY process with `Last-Event-ID` gets the topic's events after that id
 *   from the topic stream (the last `replayEvents`, kept `ttlSec` after the last event).
 * - **Once across processes**: a worker alert read from `fanzha:alerts` by every process is put on
 *   the live streams by the first only (SET NX in the same script as the XADD and PUBLISH).
 * - **One process at a time** for periodic jobs (idle-session expiry): a lease (SET NX PX).
 *
 * Keys, each topic under one hash tag so a script touches one Redis Cluster slot:
 *   <prefix>:sse:{<topic>}                 the topic's recent events (stream; MAXLEN ~, EXPIRE)
 *   <prefix>:sse-once:{<topic>}:<name>     "already published" marker (TTL)
 *   <prefix>:lead:<job>                    which process runs the job now (SET NX PX)
 *   channel <prefix>:sse                   every event, `<id>\n<topic>\n<event>\n<data JSON>`
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** One live event as every process sees it. */
export interface BusEvent {
  /** Redis stream entry id `<ms>-<n>`: the SSE id, the same in every process. */
  id: string;
  topic: string;
  event: string;
  /** The event's data, already JSON. */
  data: string;
}

export interface ClusterBusOptions {
  /** Commands (XADD, XRANGE, SET); must not be in subscriber mode. */
  redis: Redis;
  /** A second connection, put in subscriber mode by {@link ClusterBus.start}. */
  subscriber: Redis;
  /** Key prefix (default `fanzha`). */
  prefix?: string;
  /** Events kept per topic for Last-Event-ID replay (approximate, MAXLEN ~; default 256). */
  replayEvents?: number;
  /** A topic's events are dropped this long after its last event (s, default 3600). */
  ttlSec?: number;
}

// KEYS: topic stream. ARGV: channel, maxlen, ttl, topic, event, data. Returns the entry id.
const PUBLISH_LUA = `
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', 'e', ARGV[5], 'd', ARGV[6])
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('PUBLISH', ARGV[1], id .. '\\n' .. ARGV[4] .. '\\n' .. ARGV[5] .. '\\n' .. ARGV[6])
return id
`;

// KEYS: topic stream, once key. ARGV: as PUBLISH_LUA, then the once key's ttl. False when already published.
const PUBLISH_ONCE_LUA = `
if not redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[7]) then return false end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', 'e', ARGV[5], 'd', ARGV[6])
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('PUBLISH', ARGV[1], id .. '\\n' .. ARGV[4] .. '\\n' .. ARGV[5] .. '\\n' .. ARGV[6])
return id
`;

// KEYS: lead key. ARGV: this process, ms. Takes the lease when free, renews it when ours.
const LEAD_LUA = `
local cur = redis.call('GET', KEYS[1])
if cur == false then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
if cur == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
return 0
`;

/** Redis did not answer when the service started (`fanzha serve` exits 3 with this message). */
export class ClusterUnavailable extends Error {}

const STREAM_ID = /^([0-9]{1,20})-([0-9]{1,20})$/;

/** A Redis stream id as `<ms>-<n>`, or null (an id from a single-process start, or garbage). */
export function parseStreamId(id: string | null): [bigint, bigint] | null {
  if (id === null) return null;
  const m = STREAM_ID.exec(id);
  return m ? [BigInt(m[1]!), BigInt(m[2]!)] : null;
}

/** Stream ids in order: negative, zero or positive as a is before, equal to or after b. */
export function compareStreamIds(a: string, b: string): number {
  const x = parseStreamId(a);
  const y = parseStreamId(b);
  if (!x || !y) return 0;
  if (x[0] !== y[0]) return x[0] < y[0] ? -1 : 1;
  return x[1] === y[1] ? 0 : x[1] < y[1] ? -1 : 1;
}

/** A channel message, or null when it is not one of ours. */
export function parseMessage(msg: string): BusEvent | null {
  const a = msg.indexOf('\n');
  const b = a < 0 ? -1 : msg.indexOf('\n', a + 1);
  const c = b < 0 ? -1 : msg.indexOf('\n', b + 1);
  if (c < 0) return null;
  const id = msg.slice(0, a);
  if (!STREAM_ID.test(id)) return null;
  return { id, topic: msg.slice(a + 1, b), event: msg.slice(b + 1, c), data: msg.slice(c + 1) };
}

export class ClusterBus {
  /** This process's name in leases. */
  readonly id = `s-${randomBytes(6).toString('hex')}`;
  private readonly prefix: string;
  private readonly channel: string;
  private readonly maxLen: string;
  private readonly ttl: string;
  private readonly handlers = new Set<(e: BusEvent) => void>();
  private started: Promise<void> | null = null;

  constructor(private readonly o: ClusterBusOptions) {
    this.prefix = o.prefix ?? 'fanzha';
    this.channel = `${this.prefix}:sse`;
    this.maxLen = String(o.replayEvents ?? 256);
    this.ttl = String(o.ttlSec ?? 3600);
  }

  /** Subscribes to the channel; events published before it resolves are not delivered here (they can be replayed). */
  start(): Promise<void> {
    this.started ??= (async () => {
      this.o.subscriber.on('message', (channel: string, msg: string) => {
        if (channel !== this.channel) return;
        const e = parseMessage(msg);
        if (!e) return;
        for (const h of this.handlers) h(e);
      });
      await this.o.subscriber.subscribe(this.channel);
    })();
    return this.started;
  }

  /** Every event published by any process (this one included), in publication order. */
  onEvent(h: (e: BusEvent) => void): void {
    this.handlers.add(h);
  }

  streamKey(topic: string): string {
    return `${this.prefix}:sse:{${topic}}`;
  }

  /** Adds the event to its topic and publishes it to every process; resolves with its id. */
  async publish(topic: string, event: string, data: string): Promise<string> {
    return await this.o.redis.eval(PUBLISH_LUA, 1, this.streamKey(topic), this.channel, this.maxLen, this.ttl, topic, event, data) as string;
  }

  /**
   * As {@link publish}, but only the first call with this `name` on this topic (within `onceSec`,
   * default a day) publishes; the others resolve null. For events every process sees (worker alerts).
   */
  async publishOnce(topic: string, name: string, event: string, data: string, onceSec = 86_400): Promise<string | null> {
    const once = `${this.prefix}:sse-once:{${topic}}:${name}`;
    return await this.o.redis.eval(PUBLISH_ONCE_LUA, 2, this.streamKey(topic), once, this.channel, this.maxLen, this.ttl, topic, event, data, String(onceSec)) as string | null;
  }

  /** The topic's held events after `afterId` (exclusive), oldest first. */
  async since(topic: string, afterId: string): Promise<BusEvent[]> {
    if (!parseStreamId(afterId)) return [];
    const rows = await this.o.redis.xrange(this.streamKey(topic), `(${afterId}`, '+', 'COUNT', Number(this.maxLen) * 2);
    const out: BusEvent[] = [];
    for (const [id, fields] of rows) {
      let event = '';
      let data = '';
      for (let i = 0; i + 1 < fields.length; i += 2) {
        if (fields[i] === 'e') event = fields[i + 1]!;
        else if (fields[i] === 'd') data = fields[i + 1]!;
      }
      out.push({ id, topic, event, data });
    }
    return out;
  }

  /** True when this process holds (or now takes, or renews) the job's lease for `ms`. */
  async lead(job: string, ms: number): Promise<boolean> {
    return (await this.o.redis.eval(LEAD_LUA, 1, `${this.prefix}:lead:${job}`, this.id, String(Math.max(1, Math.round(ms))))) === 1;
  }

  async stop(): Promise<void> {
    this.handlers.clear();
    this.o.subscriber.disconnect();
    this.o.redis.disconnect();
  }

  /** Readiness: Redis answers PING (rejects when it does not; the caller bounds the wait). */
  async ping(): Promise<void> {
    await this.o.redis.ping();
  }
}

/** The bus for `fanzha serve --redis URL`: its own two connections (a subscriber holds one). */
export function connectBus(url: string, opts: Omit<ClusterBusOptions, 'redis' | 'subscriber'> = {}): ClusterBus {
  const redis = new Redis(url, { maxRetriesPerRequest: 2 });
  const subscriber = new Redis(url, { maxRetriesPerRequest: null });
  redis.on('error', () => undefined);
  subscriber.on('error', () => undefined);
  return new ClusterBus({ ...opts, redis, subscriber });
}
