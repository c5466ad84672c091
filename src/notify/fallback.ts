/** Sends through the first notifier; if it fails, keeps the warning with the second (the outbox), so none is lost. */
import type { Notifier, Warning } from './warning.ts';

export class FallbackNotifier implements Notifier {
  readonly name: string;
  constructor(private readonly primary: Notifier, private readonly fallback: Notifier) {
    this.name = `${primary.name}+${fallback.name}`;
  }

  async send(w: Warning): Promise<void> {
    try {
      await this.primary.send(w);
    } catch (err) {
      await this.fallback.send(w);
      throw err; // still reported, so the failure is logged
    }
  }
}
