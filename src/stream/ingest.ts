/**
 * `fanzha ingest`: JSON lines of events onto the partitioned stream, in order. Each line goes to
 * its session's partition (src/stream/events.ts) with the time it was put there; a line missing a
 * `seq` gets the next one of its session in this input (so ingesting the same file twice is
 * applied once). Lines that cannot be routed (not JSON, no session id, over the size limit) go to
 * the dead-letter stream here; everything else is validated by the worker. Backpressure: when the
 * partitions hold more than `maxBacklog` entries not yet processed, reading stops until they drain.
 */
import type { Cluster, Redis } from 'ioredis';
import { maskPII } from '../server/mask.ts';
import { MAX_EVENT_BYTES, partitionOf, streamKeys, type StreamKeys } from './events.ts';
import { ensurePartitions } from './setup.ts';
import type { Line } from './lines.ts';

export interface IngestOptions {
  prefix?: string;
  partitions?: number;
  /** Entries waiting in all partitions together above which reading pauses (default 100,000). */
  maxBacklog?: number;
  /** Lines sent per round trip (default 200). */
  batch?: number;
  /** How long to wait between backlog checks while paused (ms, default 50). */
  pollMs?: number;
  /**
   * How to wait `ms` between backlog checks while paused (default: a timer). Each call is one
   * paused poll, so a caller (a test, a supervisor) sees the pause itself rather than guessing it
   * from elapsed time, and may decide when the next check happens.
   */
  wait?: (ms: number) => Promise<void>;
}

export interface IngestReport {
  events: number;
  dead: number;
  /** Times reading paused because the backlog was over the limit, and for how long in all (ms). */
  pauses: number;
  pausedMs: number;
}

interface Routed { p: number; line: string }

/** Route one line: its partition and the line to store (with a seq added when it had none), or a dead letter. */
function route(line: string, partitions: number, seqs: Map<string, number>): Routed | { dead: string } {
  if (Buffer.byteLength(line, 'utf8') > MAX_EVENT_BYTES) return { dead: `event over ${MAX_EVENT_BYTES} bytes` };
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    return { dead: `malformed JSON: ${(e as Error).message.split('\n')[0]}` };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { dead: 'an event is a JSON object' };
  const ev = json as Record<string, unknown>;
  const session = ev['session'];
  if (typeof session !== 'string' || session.length === 0 || session.length > 128) return { dead: 'event has no session id (a string of 1–128 characters)' };
  let out = line;
  if (ev['seq'] === undefined) {
    const seq = (seqs.get(session) ?? -1) + 1;
    out = JSON.stringify({ ...ev, seq });
    seqs.set(session, seq);
  } else if (typeof ev['seq'] === 'number' && Number.isSafeInteger(ev['seq'])) {
    seqs.set(session, Math.max(seqs.get(session) ?? -1, ev['seq']));
  }
  return { p: partitionOf(session, partitions), line: out };
}

// Commands naming different partitions are sent separately, not in one pipeline: a cluster
// client pipelines only keys of one slot (each partition is a slot of its own).
async function backlog(redis: Redis | Cluster, keys: StreamKeys, partitions: number): Promise<number> {
  const lens = await Promise.all(Array.from({ length: partitions }, (_, p) => redis.xlen(keys.events(p))));
  return lens.reduce((n, v) => n + v, 0);
}

export async function ingest(redis: Redis | Cluster, lines: AsyncIterable<string | Line>, options: IngestOptions = {}): Promise<IngestReport> {
  const keys = streamKeys(options.prefix);
  const partitions = await ensurePartitions(redis, keys, options.partitions);
  const maxBacklog = options.maxBacklog ?? 100_000;
  const batchSize = options.batch ?? 200;
  const pollMs = options.pollMs ?? 50;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const seqs = new Map<string, number>();
  const report: IngestReport = { events: 0, dead: 0, pauses: 0, pausedMs: 0 };
  let pending: (Routed | { dead: string; raw: string; n: number })[] = [];
  let lineNo = 0;

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    // Backpressure: the worker deletes what it acknowledged, so a stream's length is its backlog.
    let waited = false;
    const t0 = Date.now();
    while (await backlog(redis, keys, partitions) + pending.length > maxBacklog) {
      waited = true;
      await wait(pollMs);
    }
    if (waited) { report.pauses++; report.pausedMs += Date.now() - t0; }
    // One pipeline per stream (one slot each), in input order within it: a session's events keep their order.
    const pipes = new Map<string, ReturnType<typeof redis.pipeline>>();
    const pipeOf = (key: string): ReturnType<typeof redis.pipeline> => {
      let pipe = pipes.get(key);
      if (!pipe) pipes.set(key, (pipe = redis.pipeline()));
      return pipe;
    };
    const now = String(Date.now());
    for (const x of pending) {
      if ('dead' in x) pipeOf(keys.dead).xadd(keys.dead, 'MAXLEN', '~', '1000000', '*', 'reason', x.dead, 'raw', maskPII(x.raw.slice(0, 4096)), 'id', `line ${x.n}`);
      else pipeOf(keys.events(x.p)).xadd(keys.events(x.p), '*', 'e', x.line, 't', now);
    }
    const results = await Promise.all([...pipes.values()].map((pipe) => pipe.exec()));
    for (const res of results) for (const [err] of res ?? []) if (err) throw err;
    pending = [];
  };

  for await (const item of lines) {
    lineNo++;
    const line = (typeof item === 'string' ? item : item.text).trim();
    if (line.length === 0) continue;
    const r = typeof item !== 'string' && item.over ? { dead: `event over ${MAX_EVENT_BYTES} bytes` } : route(line, partitions, seqs);
    if ('dead' in r) { pending.push({ dead: r.dead, raw: line, n: lineNo }); report.dead++; } else { pending.push(r); report.events++; }
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  return report;
}
