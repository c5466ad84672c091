/**
 * Delivers the transactional outbox to the webhook: pending jobs are taken oldest first, POSTed
 * signed (./sign.ts) with their delivery id and event type, and marked delivered on a 2xx. A
 * failure is retried with exponential backoff (1 s, 2 s, 4 s … capped at 10 min, with jitter)
 * until `maxAttempts`, then the job is `dead` (kept, visible in GET /v1/outbox). The jobs live in
 * the store (SQLite or PostgreSQL), so after a crash or restart the dispatcher simply carries on:
 * delivery is at least once, and the stable delivery id lets the receiver drop a repeat. Several
 * processes may run a dispatcher on one PostgreSQL: each job is claimed by one (DeliveryStore.takeDue).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { DeliveryRow, DeliveryStore } from './deliveries.ts';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signatureHeader } from './sign.ts';

export interface DispatcherOptions {
  url: string;
  secret: string;
  now?: () => number;
  /** Per attempt (default 5 s). */
  timeoutMs?: number;
  /** Attempts before a job is dead (default 20: with the cap, about two days of retries). */
  maxAttempts?: number;
  /** First retry delay (default 1 s); doubles per attempt up to `maxDelayMs` (default 10 min). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Deliveries in flight at once (default 4), so one slow request does not hold the rest. */
  concurrency?: number;
  /** The table is looked at least this often (default 5 s), whatever the next due time says. */
  pollMs?: number;
}

/** The JSON body a receiver gets (docs/webhooks.md). */
export interface WebhookBody {
  id: string;
  type: 'fanzha.warning';
  event: string;
  alertId: string;
  sessionId: string;
  recipient: string | null;
  level: string;
  text: string;
  createdAt: string;
  attempt: number;
}

export class Dispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private again = false;
  private stopped = false;
  private inFlight: Promise<void> = Promise.resolve();
  private readonly now: () => number;
  private readonly o: Required<Omit<DispatcherOptions, 'now'>>;

  constructor(private readonly store: DeliveryStore, private readonly log: FastifyBaseLogger, opts: DispatcherOptions) {
    const u = new URL(opts.url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`webhook URL must be http(s): ${opts.url}`);
    this.now = opts.now ?? Date.now;
    this.o = {
      url: opts.url, secret: opts.secret, timeoutMs: opts.timeoutMs ?? 5_000, maxAttempts: opts.maxAttempts ?? 20,
      baseDelayMs: opts.baseDelayMs ?? 1_000, maxDelayMs: opts.maxDelayMs ?? 600_000, concurrency: opts.concurrency ?? 4,
      pollMs: opts.pollMs ?? 5_000,
    };
  }

  /** Starts delivering what is pending (also what a previous process left). */
  start(): void {
    this.kick();
  }

  /** Something was enqueued or fell due: run a pass now (coalesced). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) { this.again = true; return; }
    this.running = true;
    this.inFlight = this.pass().catch((err: unknown) => {
      // The store was unreachable (a PostgreSQL restart): the jobs stay pending, the next pass retries.
      this.log.error({ err: err instanceof Error ? err.message : String(err) }, 'citizen warning dispatch pass failed');
    }).finally(() => {
      this.running = false;
      if (this.again) { this.again = false; this.kick(); } else this.schedule();
    });
  }

  /** Stops taking jobs and waits for the deliveries in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.inFlight;
  }

  /** The retry delay after `attempts` failures: base × 2^(attempts−1), capped, ±20 % jitter. */
  delayAfter(attempts: number): number {
    const d = Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** Math.min(30, attempts - 1));
    return Math.round(d * (0.8 + Math.random() * 0.4));
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.inFlight = this.store.nextDueAt().catch(() => null).then((at) => {
      if (this.stopped || this.running || this.timer) return;
      const wait = at === null ? this.o.pollMs : Math.max(10, Math.min(this.o.pollMs, at - this.now()));
      this.timer = setTimeout(() => { this.timer = null; this.kick(); }, wait);
      this.timer.unref();
    });
  }

  private async pass(): Promise<void> {
    while (!this.stopped) {
      const now = this.now();
      // Leased past the request timeout: a pass still sending it is not overtaken by the next one.
      const jobs = await this.store.takeDue(now, this.o.concurrency, now + this.o.timeoutMs * 2 + 1_000);
      if (jobs.length === 0) return;
      await Promise.all(jobs.map((j) => this.deliver(j)));
    }
  }

  private async deliver(job: DeliveryRow): Promise<void> {
    const attempt = job.attempts + 1;
    let error: string;
    try {
      const body: WebhookBody = {
        id: job.id, type: 'fanzha.warning', event: job.event, alertId: job.alert_id, sessionId: job.session_id,
        // Throws when the recipient cannot be opened: a failed attempt (retried, visible in the outbox), never sent without it.
        recipient: await this.store.recipientOf(job.session_id), level: job.level, text: job.text,
        createdAt: new Date(job.created_at).toISOString(), attempt,
      };
      const json = JSON.stringify(body);
      const res = await fetch(this.o.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signatureHeader(this.o.secret, Math.floor(this.now() / 1000), json),
          [DELIVERY_HEADER]: job.id,
          [EVENT_HEADER]: job.event,
        },
        body: json,
        signal: AbortSignal.timeout(this.o.timeoutMs),
      });
      await res.body?.cancel();
      if (res.ok) {
        await this.store.markDelivered(job.id, this.now());
        return;
      }
      error = `webhook answered ${res.status}`;
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    const dead = attempt >= this.o.maxAttempts;
    await this.store.markFailed(job.id, this.now() + this.delayAfter(attempt), error, dead);
    // Ids only: the recipient and the body stay out of the log.
    this.log.warn({ deliveryId: job.id, alertId: job.alert_id, attempt, dead, err: error }, dead ? 'citizen warning given up' : 'citizen warning not delivered yet; will retry');
  }
}
