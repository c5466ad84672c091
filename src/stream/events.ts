/**
 * The stream's events and keys. An event is one turn of a call or chat, or one SMS:
 * `{"session":"…","seq":N,"speaker":"caller","text":"…","channel":"call", …}` as a JSON line.
 * A session's first event may carry its context (channel, initiator, claimed identity, caller
 * number, input and output language); later events' context is ignored.
 *
 * Keys (prefix `fanzha` by default), one Redis Streams partition per `hash(session) mod P`, all of a
 * partition's keys under one hash tag so a partition lives in one Redis Cluster slot, and every
 * command or script that names several keys names keys of one slot (test/stream/cluster.test.ts
 * runs the whole flow on a cluster-enabled redis-server, which refuses anything else with CROSSSLOT):
 *   {fanzha:p}:events            the partition's event stream (consumer group `workers`)
 *   {fanzha:p}:lease             the worker that owns the partition now (SET NX PX, renewed)
 *   {fanzha:p}:state:<session>   the session's state between events (hash: seq, state; with a TTL)
 *   {fanzha:p}:outbox            alerts and dead letters committed with the partition's states, until
 *                                the owner has forwarded them to the streams below (then deleted)
 *   fanzha:partitions            P, fixed when the first ingest or worker starts
 *   fanzha:alerts                alerts raised (warn, block), one per session and level
 *   fanzha:dead                  dead letters: poison events with their reason (masked)
 *   {fanzha:alerts}:seen:<id>    an alert already forwarded (a repeat forward adds nothing); same
 *   {fanzha:dead}:seen:<p>:<id>  slot as the stream it guards, kept for the state TTL
 *   fanzha:workers               live workers (sorted set, score = last heartbeat in ms)
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ChannelSchema, InitiatorSchema, InputLangSchema, LangSchema, LIMITS, SpeakerSchema } from '../types.ts';

/** The largest event line accepted (bytes of UTF-8): a turn at its limit, in JSON, with context. */
export const MAX_EVENT_BYTES = 128 * 1024;

export const StreamEventSchema = z.object({
  /** The conversation's id, chosen by the sender (a call id, an SMS id). */
  session: z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:@-]+$/, 'session ids are letters, digits and _ . : @ -'),
  /** The event's number in its session, rising; an event whose seq was already applied is skipped. */
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  speaker: SpeakerSchema.default('unknown'),
  text: z.string().max(LIMITS.maxTurnChars),
  qr: z.array(z.string().max(4096)).max(16).optional(),
  channel: ChannelSchema.optional(),
  initiator: InitiatorSchema.optional(),
  inputLang: InputLangSchema.optional(),
  /** Output language of the alert's advice. */
  lang: LangSchema.optional(),
  claimedIdentity: z.string().max(100).optional(),
  callerNumber: z.string().max(40).optional(),
  /** Where the citizen's warning goes (a device token, tel:…); sealed in the store, never in Redis. */
  recipient: z.string().min(1).max(200).optional(),
}).strict();
export type StreamEvent = z.output<typeof StreamEventSchema>;

export interface StreamKeys {
  prefix: string;
  partitions: string;
  alerts: string;
  dead: string;
  workers: string;
  events(p: number): string;
  lease(p: number): string;
  state(p: number, session: string): string;
  outbox(p: number): string;
  /** The key that marks an entry as forwarded to `stream`: in `stream`'s slot. */
  seen(stream: string, id: string): string;
}

export const GROUP = 'workers';

/**
 * The key layout for a prefix and an alerts stream. Throws when the prefix holds a brace (it goes
 * inside the partitions' hash tags) or the alerts key holds a brace without a hash tag (its
 * forwarded-marks could not be put in its slot).
 */
export function streamKeys(prefix = 'fanzha', alerts = `${prefix}:alerts`): StreamKeys {
  if (/[{}]/.test(prefix)) throw new Error(`the key prefix may not contain { or } (it goes inside the partitions' hash tags): ${prefix}`);
  if (/[{}]/.test(alerts) && hashTag(alerts) === null) throw new Error(`the alerts key has a brace but no hash tag: ${alerts}`);
  return {
    prefix,
    partitions: `${prefix}:partitions`,
    alerts,
    dead: `${prefix}:dead`,
    workers: `${prefix}:workers`,
    events: (p) => `{${prefix}:${p}}:events`,
    lease: (p) => `{${prefix}:${p}}:lease`,
    state: (p, session) => `{${prefix}:${p}}:state:${session}`,
    outbox: (p) => `{${prefix}:${p}}:outbox`,
    seen: (stream, id) => `${hashTag(stream) !== null ? stream : `{${stream}}`}:seen:${id}`,
  };
}

/** The hash tag of a key as Redis Cluster reads it (the text inside its first `{…}`, if not empty), or null. */
export function hashTag(key: string): string | null {
  const open = key.indexOf('{');
  if (open < 0) return null;
  const close = key.indexOf('}', open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : null;
}

/** CRC16/XMODEM as Redis Cluster uses it (polynomial 0x1021), over UTF-8 bytes. */
function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** The Redis Cluster slot of a key (0–16383): CRC16 of its hash tag, or of the whole key without one (as `CLUSTER KEYSLOT`). */
export function keySlot(key: string): number {
  return crc16(Buffer.from(hashTag(key) ?? key, 'utf8')) % 16384;
}

/** The partition of a session: FNV-1a of its id mod `partitions` (stable across processes and machines). */
export function partitionOf(session: string, partitions: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < session.length; i++) {
    h ^= session.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % partitions;
}

/**
 * The id of the alert a session raised at a level: a UUID (version 5 layout) from SHA-1 of
 * session and level, so a redelivered event gives the same id and is stored once.
 */
export function alertId(session: string, level: string): string {
  const h = createHash('sha1').update(`fanzha-alert\u0000${session}\u0000${level}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** An alert as put on the alerts stream (field `a`, JSON). No transcript, no victim data. */
export interface StreamAlert {
  id: string;
  session: string;
  seq: number;
  level: 'warn' | 'block';
  risk: number;
  verdict: string;
  /** The turn (0-based index in the session) that raised it. */
  turn: number;
  tactics: string[];
  advice: string[];
  channel: string;
  /** When the event was put on the stream, and when the alert was raised (ms since the epoch). */
  eventAt: number;
  raisedAt: number;
}
