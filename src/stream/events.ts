/**
 * The stream's events and keys. An event is one turn of a call or chat, or one SMS:
 * `{"session":"…","seq":N,"speaker":"caller","text":"…","channel":"call", …}` as a JSON line.
 * A session's first event may carry its context (channel, initiator, claimed identity, caller
 * number, input and output language); later events' context is ignored.
 *
 * Keys (prefix `fanzha` by default), one Redis Streams partition per `hash(session) mod P`, all of a
 * partition's keys under one hash tag so a partition lives in one Redis Cluster slot:
 *   {fanzha:p}:events            the partition's event stream (consumer group `workers`)
 *   {fanzha:p}:lease             the worker that owns the partition now (SET NX PX, renewed)
 *   {fanzha:p}:state:<session>   the session's state between events (hash: seq, state; with a TTL)
 *   fanzha:partitions            P, fixed when the first ingest or worker starts
 *   fanzha:alerts                alerts raised (warn, block), one per session and level
 *   fanzha:dead                  dead letters: poison events with their reason (masked)
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
}

export const GROUP = 'workers';

export function streamKeys(prefix = 'fanzha', alerts = `${prefix}:alerts`): StreamKeys {
  return {
    prefix,
    partitions: `${prefix}:partitions`,
    alerts,
    dead: `${prefix}:dead`,
    workers: `${prefix}:workers`,
    events: (p) => `{${prefix}:${p}}:events`,
    lease: (p) => `{${prefix}:${p}}:lease`,
    state: (p, session) => `{${prefix}:${p}}:state:${session}`,
  };
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
