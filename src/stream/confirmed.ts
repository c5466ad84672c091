/**
 * The anti-fraud centre's confirmed indicators for a stream worker, as `fanzha serve` keeps them
 * for its sessions (src/server/routes/staff.ts `Centre.refreshLookup`): `kind:value` → case ref,
 * read from the shared store at start and every `everyMs`, so a number an officer confirms on
 * the console reaches every worker's detection within that time (src/signals/indicators.ts).
 */
import type { CentreStore } from '../store/centre.ts';

export class ConfirmedIndicators {
  /** The live map handed to the worker (`WorkerOptions.indicators`); replaced in one step on refresh. */
  readonly lookup = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly centre: Pick<CentreStore, 'confirmedIndicators'>) {}

  async refresh(): Promise<void> {
    const rows = await this.centre.confirmedIndicators();
    // Cleared and filled with no await between: an event analysed meanwhile sees the old map or the new one.
    this.lookup.clear();
    for (const r of rows) this.lookup.set(`${r.kind}:${r.value}`, r.case_ref ?? '—');
  }

  /** Refreshes now, then every `everyMs` (default 30 s, as the service); a failed refresh keeps the last map. */
  async start(everyMs = 30_000, onError: (err: unknown) => void = () => undefined): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => { this.refresh().catch(onError); }, everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
