/**
 * QR images decoded off the event loop: one worker thread (by default) takes one image at a time
 * with a time limit; a decode that runs over is stopped by terminating the worker (a new one is
 * started for the next image). The header is checked here first (readImageHeader), so oversized
 * or malformed images never reach the worker. Jobs beyond the queue limit are refused at once:
 * a flood of images costs the sender a 503, not everyone else a wait.
 */
import { Worker } from 'node:worker_threads';
import { ImageError, readImageHeader } from './decode.ts';

export interface QrPoolOptions {
  /** Wall-clock limit for one decode, in ms (default 4,000: a 4000 × 4000 image decodes in ~3 s on this machine). */
  timeoutMs?: number;
  /** Images waiting or in work at most (default 8). */
  maxQueue?: number;
  /** Worker heap limit in MB (pixel buffers are outside it; the header check bounds those). Default 256. */
  maxHeapMb?: number;
}

/** The decode ran past its time limit: the image is too costly (the sender's fault, so a 4xx). */
export class QrTimeoutError extends Error {}
/** Too many images in the queue: try again shortly (a 503). */
export class QrBusyError extends Error {}

interface Job {
  id: number;
  bytes: Uint8Array;
  resolve(v: string | null): void;
  reject(e: Error): void;
}

type Reply = { id: number; ok: true; payload: string | null } | { id: number; ok: false; image: boolean; message: string } | { ready: true };

const WORKER_URL = new URL('./decode-worker.mjs', import.meta.url);

export class QrDecoderPool {
  private worker: Worker | null = null;
  private ready = false;
  private readonly queue: Job[] = [];
  private current: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private closed = false;
  private readonly timeoutMs: number;
  private readonly maxQueue: number;
  private readonly maxHeapMb: number;

  constructor(opts: QrPoolOptions = {}) {
    this.timeoutMs = opts.timeoutMs ?? 4_000;
    this.maxQueue = opts.maxQueue ?? 8;
    this.maxHeapMb = opts.maxHeapMb ?? 256;
  }

  /** The QR payload, or null when there is none. Rejects with ImageError, QrTimeoutError or QrBusyError. */
  decode(bytes: Uint8Array): Promise<string | null> {
    if (this.closed) return Promise.reject(new QrBusyError('the QR decoder is shut down'));
    try {
      readImageHeader(bytes);
    } catch (e) {
      return Promise.reject(e);
    }
    if (this.queue.length + (this.current ? 1 : 0) >= this.maxQueue) {
      return Promise.reject(new QrBusyError('too many images are being decoded; retry shortly'));
    }
    return new Promise((resolve, reject) => {
      // A copy the worker can own: the caller's buffer may be a slice of a pooled one.
      this.queue.push({ id: this.nextId++, bytes: new Uint8Array(bytes), resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0)) j.reject(new QrBusyError('the QR decoder is shut down'));
    this.current?.reject(new QrBusyError('the QR decoder is shut down'));
    this.current = null;
    if (this.timer) clearTimeout(this.timer);
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private spawn(): Worker {
    const w = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb } });
    w.unref(); // an idle decoder never keeps the process alive
    this.ready = false;
    w.on('message', (m: Reply) => this.onMessage(w, m));
    w.on('error', (err) => this.onExit(w, err));
    w.on('exit', () => this.onExit(w, new Error('the QR decoder stopped')));
    return w;
  }

  private pump(): void {
    if (this.current || this.closed) return;
    if (!this.worker) this.worker = this.spawn();
    if (!this.ready) return; // the 'ready' message pumps again
    const job = this.queue.shift();
    if (!job) return;
    this.current = job;
    // The limit covers the decode itself; a worker that was still starting is not charged to the image.
    this.timer = setTimeout(() => this.onTimeout(job), this.timeoutMs);
    this.worker.postMessage({ id: job.id, bytes: job.bytes.buffer }, [job.bytes.buffer as ArrayBuffer]);
  }

  private onMessage(w: Worker, m: Reply): void {
    if (w !== this.worker) return;
    if ('ready' in m) {
      this.ready = true;
      this.pump();
      return;
    }
    const job = this.current;
    if (!job || job.id !== m.id) return;
    this.finish();
    if (m.ok) job.resolve(m.payload);
    else job.reject(m.image ? new ImageError(m.message) : new Error(m.message));
    this.pump();
  }

  private onTimeout(job: Job): void {
    if (this.current !== job) return;
    this.finish();
    const w = this.worker;
    this.worker = null;
    void w?.terminate();
    job.reject(new QrTimeoutError(`the image took longer than ${this.timeoutMs / 1000} s to decode; send a smaller, sharper picture of the code`));
    this.pump();
  }

  private onExit(w: Worker, err: Error): void {
    if (w !== this.worker) return;
    this.worker = null;
    const job = this.current;
    this.finish();
    if (!this.ready) {
      // It never started (a broken install): fail what waits instead of respawning in a loop.
      for (const j of this.queue.splice(0)) j.reject(new Error(`the QR decoder could not start: ${err.message}`));
      return;
    }
    // Out of memory or a crash while decoding: that image is refused, the next gets a fresh worker.
    job?.reject(new ImageError(`the image could not be decoded (${err.message})`));
    if (this.queue.length) this.pump();
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
  }
}
