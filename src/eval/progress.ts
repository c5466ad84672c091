/** A one-line progress display on stderr, only when stderr is a terminal (never in pipes or CI logs). */
export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
}

const REDRAW_MS = 100;

export class Progress {
  private lastDraw = 0;
  private drawn = false;
  private readonly started = Date.now();

  constructor(private readonly stream: ProgressStream, private readonly enabled = stream.isTTY === true) {}

  update(source: string, done: number, total?: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const rate = done / Math.max(0.001, (now - this.started) / 1000);
    let bar = '';
    if (total !== undefined && total > 0) {
      const width = 24;
      const filled = Math.min(width, Math.round((done / total) * width));
      bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
    } else {
      bar = `${done} cases`;
    }
    this.stream.write(`\r\x1b[2K${source.slice(0, 30)} ${bar} ${rate.toFixed(0)}/s`);
    this.drawn = true;
  }

  done(): void {
    if (this.enabled && this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
