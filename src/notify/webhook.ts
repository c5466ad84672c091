/** A notifier that POSTs each warning as JSON to a configured URL (an SMS gateway, a push service). */
import type { Notifier, Warning } from './warning.ts';

export interface WebhookOptions {
  url: string;
  timeoutMs?: number;
  /** Attempts in all, including the first. */
  attempts?: number;
}

export class WebhookNotifier implements Notifier {
  readonly name = 'webhook';
  private readonly timeoutMs: number;
  private readonly attempts: number;

  constructor(private readonly opts: WebhookOptions) {
    const u = new URL(opts.url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`webhook URL must be http(s): ${opts.url}`);
    this.timeoutMs = opts.timeoutMs ?? 5_000;
    this.attempts = Math.max(1, opts.attempts ?? 2);
  }

  async send(w: Warning): Promise<void> {
    let lastError: unknown;
    for (let i = 0; i < this.attempts; i++) {
      try {
        const res = await fetch(this.opts.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // Timestamps are ISO 8601 everywhere in the API, the webhook too.
          body: JSON.stringify({ type: 'fanzha.warning', ...w, createdAt: new Date(w.createdAt).toISOString() }),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        await res.body?.cancel();
        if (res.ok) return;
        lastError = new Error(`webhook answered ${res.status}`);
      } catch (err) {
        lastError = err;
      }
    }
    throw lastError instanceof Error ? lastError : new Error(String(lastError));
  }
}
