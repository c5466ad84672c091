/** A notifier that keeps warnings in the store's outbox, for an app to fetch (`GET /v1/outbox`). */
import type { Store } from '../store/store.ts';
import type { Notifier, Warning } from './warning.ts';

export class OutboxNotifier implements Notifier {
  readonly name = 'outbox';
  constructor(private readonly store: Store) {}

  async send(w: Warning): Promise<void> {
    await this.store.insertOutbox(toOutboxRow(w));
  }
}

export function toOutboxRow(w: Warning) {
  return {
    id: w.id,
    alert_id: w.alertId,
    session_id: w.sessionId,
    recipient: w.recipient,
    level: w.level,
    text: w.text,
    created_at: w.createdAt,
  };
}
