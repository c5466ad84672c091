/**
 * A token bucket per client IP, in process. Anonymous endpoints (analyze, checks, opening a
 * session) share it; requests with a valid API key skip it.
 */
export interface RateLimitOptions {
  /** Requests a client may burst. */
  capacity: number;
  /** Tokens added back per second. */
  refillPerSecond: number;
  /** Buckets kept at most; the oldest are dropped so a flood of source addresses cannot grow memory. */
  maxClients?: number;
}

/** One extra token per this many body bytes. */
const COST_BYTES = 64 * 1024;

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxClients: number;

  constructor(private readonly opts: RateLimitOptions, private readonly now: () => number = Date.now) {
    this.maxClients = opts.maxClients ?? 50_000;
  }

  /** Tokens a request costs: big bodies take longer to analyse, so they cost more (at most a full burst). */
  costOf(bodyBytes: number): number {
    return Math.min(this.opts.capacity, 1 + Math.floor(Math.max(0, bodyBytes) / COST_BYTES));
  }

  /** 0 when allowed (and `cost` tokens are taken); otherwise the seconds to wait before retrying. */
  take(client: string, cost = 1): number {
    const now = this.now();
    let b = this.buckets.get(client);
    if (!b) {
      if (this.buckets.size >= this.maxClients) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) this.buckets.delete(oldest);
      }
      b = { tokens: this.opts.capacity, at: now };
    } else {
      this.buckets.delete(client); // re-insert below so Map order stays least-recently-used first
      b.tokens = Math.min(this.opts.capacity, b.tokens + ((now - b.at) / 1000) * this.opts.refillPerSecond);
      b.at = now;
    }
    this.buckets.set(client, b);
    if (b.tokens >= cost) {
      b.tokens -= cost;
      return 0;
    }
    return Math.max(1, Math.ceil((cost - b.tokens) / this.opts.refillPerSecond));
  }

  /**
   * The client's allowance as the IETF RateLimit header fields report it (draft-ietf-httpapi-
   * ratelimit-headers): `limit` requests in a burst, `remaining` now, `reset` seconds until the
   * bucket is full again. Read-only (partner-api).
   */
  state(client: string): { limit: number; remaining: number; reset: number } {
    const b = this.buckets.get(client);
    const tokens = b ? Math.min(this.opts.capacity, b.tokens + ((this.now() - b.at) / 1000) * this.opts.refillPerSecond) : this.opts.capacity;
    return {
      limit: this.opts.capacity,
      remaining: Math.max(0, Math.floor(tokens)),
      reset: Math.ceil((this.opts.capacity - tokens) / this.opts.refillPerSecond),
    };
  }
}

/**
 * Body bytes actually read, per request: a chunked body has no Content-Length, and must cost as
 * much as one that declares its size. The body parsers record the size here; the limiter charges
 * the larger of the declared and the read size.
 */
const bodyBytes = new WeakMap<object, number>();

export function noteBodyBytes(req: object, bytes: number): void {
  bodyBytes.set(req, bytes);
}

/** The request's body size in bytes: what was read, or what was declared, whichever is larger. */
export function requestBytes(req: { headers: Record<string, string | string[] | undefined> }): number {
  const declared = Number(req.headers['content-length']);
  return Math.max(Number.isFinite(declared) && declared > 0 ? declared : 0, bodyBytes.get(req) ?? 0);
}

