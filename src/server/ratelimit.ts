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

  /** 0 when allowed (and a token is taken); otherwise the seconds to wait before retrying. */
  take(client: string): number {
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
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.opts.refillPerSecond));
  }
}
