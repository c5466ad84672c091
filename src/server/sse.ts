/**
 * Server-Sent Events: one hub, subscribers per topic (`session:<id>`, `alerts`). Writes go
 * straight to the raw response; a slow client whose buffer fills up is dropped rather than
 * letting memory grow.
 *
 * Frames carry `id: <boot>.<n>` (n rises by one per event across the hub; boot changes on each
 * start) and the stream opens with `retry: 3000`, so a browser's EventSource reconnects after 3 s
 * and sends `Last-Event-ID`; the hub then replays the events of that topic it still holds after
 * that id (the last REPLAY_EVENTS per topic, in memory, since the server started). An id from an
 * earlier start replays everything held. Older history: `GET /v1/sessions/{id}`, `GET /v1/alerts`.
 *
 * Each client (API key, else IP address) may hold at most `maxPerClient` open streams; one more
 * is 429, so one address cannot hold thousands of sockets.
 *
 * Several processes (`serve --redis`, {@link EventHub.attach}): events go through Redis
 * (src/server/cluster.ts) and come back to every process's hub, so a client on any process gets
 * them; their ids are Redis stream ids (`<ms>-<n>`), the same everywhere, and a Last-Event-ID of
 * that form is replayed from Redis (the topic's last events) by whichever process the client
 * reconnects to. Should Redis fail, an event is delivered to this process's clients only.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';
import { compareStreamIds, parseStreamId } from './cluster.ts';
import type { BusEvent, ClusterBus } from './cluster.ts';

const MAX_BUFFERED_BYTES = 1024 * 1024;
const HEARTBEAT_MS = 15_000;
/** What EventSource waits before reconnecting (ms), sent as `retry:` when a stream opens. */
export const RETRY_MS = 3_000;
/** Events kept per topic for Last-Event-ID replay. */
export const REPLAY_EVENTS = 256;
/** Topics whose recent events are kept at most (least recently published dropped first). */
const MAX_REPLAY_TOPICS = 10_000;

export interface EventHubOptions {
  /** Open streams per client (API key id, else IP); default 16. */
  maxPerClient?: number;
  /** Open streams in all; default 10,000. */
  maxTotal?: number;
}

interface Subscriber {
  reply: FastifyReply;
  topic: string;
  client: string;
  /** While a cross-process replay is being read: live frames held back until it is written. */
  held: { id: string; frame: string }[] | null;
}

interface Held {
  seq: number;
  frame: string;
}

export class EventHub {
  private readonly topics = new Map<string, Set<Subscriber>>();
  private readonly recent = new Map<string, Held[]>();
  private readonly perClient = new Map<string, number>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly boot = randomBytes(4).toString('hex');
  private seq = 0;
  private total = 0;
  private readonly maxPerClient: number;
  private readonly maxTotal: number;
  private bus: ClusterBus | null = null;
  private onBusError: (err: unknown) => void = () => undefined;
  /** Events handed to the bus and not yet taken by Redis (awaited on shutdown). */
  private readonly sending = new Set<Promise<void>>();

  constructor(opts: EventHubOptions = {}) {
    this.maxPerClient = opts.maxPerClient ?? 16;
    this.maxTotal = opts.maxTotal ?? 10_000;
    this.heartbeat = setInterval(() => this.broadcastComment('keep-alive'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /**
   * Sends every event through the bus from now on, and delivers the bus's events (from every
   * process) to this hub's subscribers. `onError` hears of an event Redis did not take (it is then
   * delivered here only).
   */
  attach(bus: ClusterBus, onError: (err: unknown) => void = () => undefined): void {
    this.bus = bus;
    this.onBusError = onError;
    bus.onEvent((e) => this.deliver(e));
  }

  /**
   * Takes over the response and keeps it open until the client leaves or the hub closes.
   * `client` is who is counted against the per-client cap. Throws 429 (before taking over) when
   * that client already holds its share. `headers` are added to the stream's head (CORS, request id).
   */
  subscribe(req: FastifyRequest, reply: FastifyReply, topic: string, client: string, headers: Record<string, string> = {}): void {
    const held = this.perClient.get(client) ?? 0;
    if (held >= this.maxPerClient) {
      throw new ApiError(429, 'too_many_streams', `at most ${this.maxPerClient} open event streams per client; close one first`, { 'retry-after': String(RETRY_MS / 1000) });
    }
    if (this.total >= this.maxTotal) throw new ApiError(503, 'busy', 'too many open event streams; retry later', { 'retry-after': '10' });
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
      'x-accel-buffering': 'no',
    });
    raw.write(`retry: ${RETRY_MS}\n: connected\n\n`);
    const sub: Subscriber = { reply, topic, client, held: null };
    let set = this.topics.get(topic);
    if (!set) this.topics.set(topic, (set = new Set()));
    set.add(sub);
    this.perClient.set(client, held + 1);
    this.total++;
    const last = lastEventId(req);
    if (this.bus && parseStreamId(last)) this.replayFromBus(this.bus, sub, last!);
    else for (const frame of this.missed(topic, last)) this.write(sub, frame);
    let gone = false;
    const leave = () => {
      if (gone) return;
      gone = true;
      this.remove(sub);
    };
    req.raw.on('close', leave);
    raw.on('close', leave);
    raw.on('error', leave);
  }

  publish(topic: string, event: string, data: unknown): void {
    const json = JSON.stringify(data);
    if (this.bus) {
      this.track(this.bus.publish(topic, event, json).then(() => undefined, (err: unknown) => {
        this.onBusError(err);
        this.publishHere(topic, event, json);
      }));
      return;
    }
    this.publishHere(topic, event, json);
  }

  /**
   * As {@link publish}, but with several processes only the first to publish `name` on this topic
   * does (each process reads the workers' alerts stream; each alert must reach clients once).
   */
  publishOnce(topic: string, name: string, event: string, data: unknown): void {
    if (!this.bus) return this.publish(topic, event, data);
    const json = JSON.stringify(data);
    this.track(this.bus.publishOnce(topic, name, event, json).then(() => undefined, (err: unknown) => {
      this.onBusError(err);
      this.publishHere(topic, event, json);
    }));
  }

  /** Resolves once every event handed to the bus so far has been taken by Redis (or delivered here instead). */
  async settle(): Promise<void> {
    await Promise.all([...this.sending]);
  }

  private track(p: Promise<void>): void {
    this.sending.add(p);
    void p.then(() => this.sending.delete(p));
  }

  /** An event from the bus (any process), to this hub's subscribers of its topic. */
  private deliver(e: BusEvent): void {
    const set = this.topics.get(e.topic);
    if (!set || set.size === 0) return;
    const frame = `id: ${e.id}\nevent: ${e.event}\ndata: ${e.data}\n\n`;
    for (const sub of set) {
      if (sub.held) sub.held.push({ id: e.id, frame });
      else this.write(sub, frame);
    }
  }

  /** The topic's events after `last` from Redis, then the live ones that came meanwhile (each once, in order). */
  private replayFromBus(bus: ClusterBus, sub: Subscriber, last: string): void {
    sub.held = [];
    const finish = (sentUpTo: string) => {
      const held = sub.held ?? [];
      sub.held = null;
      if (!this.topics.get(sub.topic)?.has(sub)) return;
      for (const h of held) if (compareStreamIds(h.id, sentUpTo) > 0) this.write(sub, h.frame);
    };
    bus.since(sub.topic, last).then((events) => {
      let upTo = last;
      if (this.topics.get(sub.topic)?.has(sub)) {
        for (const e of events) {
          this.write(sub, `id: ${e.id}\nevent: ${e.event}\ndata: ${e.data}\n\n`);
          upTo = e.id;
        }
      }
      finish(upTo);
    }, (err: unknown) => {
      this.onBusError(err);
      finish(last);
    });
  }

  private publishHere(topic: string, event: string, json: string): void {
    const seq = ++this.seq;
    const frame = `id: ${this.boot}.${seq}\nevent: ${event}\ndata: ${json}\n\n`;
    this.hold(topic, seq, frame);
    const set = this.topics.get(topic);
    if (!set || set.size === 0) return;
    for (const sub of set) this.write(sub, frame);
  }

  subscriberCount(topic: string): number {
    return this.topics.get(topic)?.size ?? 0;
  }

  /** Ends every stream (on shutdown, so the server can close). */
  close(): void {
    clearInterval(this.heartbeat);
    for (const set of this.topics.values()) for (const sub of set) sub.reply.raw.end();
    this.topics.clear();
    this.perClient.clear();
    this.total = 0;
  }

  /** Frames of `topic` after `lastId` (all held ones when the id is from another start or unreadable). */
  private missed(topic: string, lastId: string | null): string[] {
    if (lastId === null) return [];
    const held = this.recent.get(topic) ?? [];
    const m = /^([0-9a-f]{8})\.([0-9]{1,15})$/.exec(lastId);
    const after = m && m[1] === this.boot ? Number(m[2]) : 0;
    return held.filter((h) => h.seq > after).map((h) => h.frame);
  }

  private hold(topic: string, seq: number, frame: string): void {
    let list = this.recent.get(topic);
    if (list) this.recent.delete(topic); // re-insert: Map order = least recently published first
    else list = [];
    list.push({ seq, frame });
    if (list.length > REPLAY_EVENTS) list.shift();
    this.recent.set(topic, list);
    if (this.recent.size > MAX_REPLAY_TOPICS) {
      const oldest = this.recent.keys().next().value;
      if (oldest !== undefined) this.recent.delete(oldest);
    }
  }

  private broadcastComment(text: string): void {
    for (const set of this.topics.values()) for (const sub of set) this.write(sub, `: ${text}\n\n`);
  }

  private write(sub: Subscriber, frame: string): void {
    const raw = sub.reply.raw;
    if (raw.writableLength > MAX_BUFFERED_BYTES) {
      raw.destroy();
      this.remove(sub);
      return;
    }
    raw.write(frame);
  }

  private remove(sub: Subscriber): void {
    const set = this.topics.get(sub.topic);
    if (!set || !set.delete(sub)) return;
    if (set.size === 0) this.topics.delete(sub.topic);
    const n = (this.perClient.get(sub.client) ?? 1) - 1;
    if (n <= 0) this.perClient.delete(sub.client);
    else this.perClient.set(sub.client, n);
    this.total--;
  }
}

/** `Last-Event-ID` header, or `?lastEventId=` for clients that reconnect by hand. */
function lastEventId(req: FastifyRequest): string | null {
  const h = req.headers['last-event-id'];
  if (typeof h === 'string' && h.length > 0 && h.length < 100) return h.trim();
  const q = (req.query as Record<string, unknown> | undefined)?.['lastEventId'];
  return typeof q === 'string' && q.length < 100 ? q : null;
}
