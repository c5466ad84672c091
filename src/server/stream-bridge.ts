/**
 * Alerts raised by stream workers (any process, any machine) into this service's live streams:
 * the bridge tails the alerts stream (`fanzha:alerts`) and publishes each alert on the `alerts`
 * topic (the centre's console) and on its session's topic (the citizen's live warning), as an
 * alert raised here would be. The worker wrote the alert to the store before putting it on the
 * stream, so the full row (masked evidence) is read from there; without it (a worker writing to
 * another store), the stream's copy is published without evidence.
 *
 * Every `fanzha serve` reads the whole stream with XREAD (not a consumer group): each serves its
 * own subscribers. It starts at the stream's end; the console lists earlier alerts from the store.
 * With several serve processes (the hub attached to the cluster bus) each alert is put on the
 * shared live streams by the first process only (`publishOnce`, keyed by the alert's id), so a
 * client on any process gets it once.
 */
import { Redis } from 'ioredis';
import type { EventHub } from './sse.ts';
import type { Store } from '../store/store.ts';
import { alertView } from './sessions.ts';
import type { StreamAlert } from '../stream/events.ts';

export interface BridgeOptions {
  redis: Redis;
  /** The alerts stream's key (default `fanzha:alerts`). */
  alertsKey?: string;
  store: Pick<Store, 'getAlert'>;
  hub: Pick<EventHub, 'publish'> & Partial<Pick<EventHub, 'publishOnce'>>;
  log?: (msg: string, err?: unknown) => void;
  /** How long one read waits (ms, default 1000). */
  blockMs?: number;
}

export class StreamAlertBridge {
  private stopping = false;
  private running: Promise<void> | null = null;
  private readonly key: string;
  /** Alerts published so far (for tests and the log). */
  published = 0;

  constructor(private readonly opts: BridgeOptions) {
    this.key = opts.alertsKey ?? 'fanzha:alerts';
  }

  start(): Promise<void> {
    this.running ??= this.loop();
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.opts.redis.disconnect();
    await this.running?.catch(() => undefined);
  }

  private async loop(): Promise<void> {
    // The stream's last id now: alerts from here on are published.
    const last = await this.opts.redis.xrevrange(this.key, '+', '-', 'COUNT', 1);
    let cursor = last[0]?.[0] ?? '0-0';
    while (!this.stopping) {
      let res: [string, [string, string[]][]][] | null;
      try {
        res = await this.opts.redis.xread('COUNT', 100, 'BLOCK', this.opts.blockMs ?? 1000, 'STREAMS', this.key, cursor) as typeof res;
      } catch (err) {
        if (this.stopping) return;
        this.opts.log?.('alerts stream read failed; retrying', err);
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      for (const [, entries] of res ?? []) {
        for (const [id, fields] of entries) {
          cursor = id;
          const raw = fields[fields.indexOf('a') + 1];
          let a: StreamAlert;
          try {
            a = JSON.parse(raw ?? '') as StreamAlert;
          } catch {
            this.opts.log?.(`alerts stream entry ${id} is not an alert`);
            continue;
          }
          const row = await this.opts.store.getAlert(a.id);
          const view = row ? alertView(row) : {
            id: a.id, sessionId: a.session, level: a.level, risk: a.risk, verdict: a.verdict, turn: a.turn,
            tactics: a.tactics, advice: a.advice, evidence: [], status: 'new',
            createdAt: new Date(a.raisedAt).toISOString(), updatedAt: new Date(a.raisedAt).toISOString(),
          };
          const hub = this.opts.hub;
          if (hub.publishOnce) {
            hub.publishOnce(`session:${a.session}`, a.id, 'alert', view);
            hub.publishOnce('alerts', a.id, 'alert', view);
          } else {
            hub.publish(`session:${a.session}`, 'alert', view);
            hub.publish('alerts', 'alert', view);
          }
          this.published++;
        }
      }
    }
  }
}

/** The bridge for `fanzha serve --redis URL`: its own connection (a blocking read holds one). */
export function startBridge(url: string, store: Store, hub: EventHub, log: { warn(obj: object, msg: string): void }): StreamAlertBridge {
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  redis.on('error', () => undefined);
  const bridge = new StreamAlertBridge({
    redis, store, hub,
    log: (msg, err) => log.warn({ err: err instanceof Error ? err.message : err }, msg),
  });
  void bridge.start().catch((err: unknown) => log.warn({ err: err instanceof Error ? err.message : String(err) }, 'alerts stream bridge stopped'));
  return bridge;
}
