/**
 * Server-Sent Events: one hub, subscribers per topic (`session:<id>`, `alerts`). Writes go
 * straight to the raw response; a slow client whose buffer fills up is dropped rather than
 * letting memory grow.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

const MAX_BUFFERED_BYTES = 1024 * 1024;
const HEARTBEAT_MS = 15_000;

interface Subscriber {
  reply: FastifyReply;
  topic: string;
}

export class EventHub {
  private readonly topics = new Map<string, Set<Subscriber>>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    this.heartbeat = setInterval(() => this.broadcastComment('keep-alive'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Takes over the response and keeps it open until the client leaves or the hub closes. */
  subscribe(req: FastifyRequest, reply: FastifyReply, topic: string, origin?: string): void {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
      'x-accel-buffering': 'no',
      ...(origin ? { 'access-control-allow-origin': origin } : {}),
    });
    raw.write(': connected\n\n');
    const sub: Subscriber = { reply, topic };
    let set = this.topics.get(topic);
    if (!set) this.topics.set(topic, (set = new Set()));
    set.add(sub);
    const leave = () => this.remove(sub);
    req.raw.on('close', leave);
    raw.on('error', leave);
  }

  publish(topic: string, event: string, data: unknown): void {
    const set = this.topics.get(topic);
    if (!set || set.size === 0) return;
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
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
    if (!set) return;
    set.delete(sub);
    if (set.size === 0) this.topics.delete(sub.topic);
  }
}
