/**
 * Worst inputs, one at a time (issue 12 §1–2): how long each hostile input takes now. Medians of
 * 5 runs (one warm-up). `npm run bench -- adversarial`.
 */
import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { analyze } from '../src/index.ts';
import { extractEntities } from '../src/entities/entities.ts';
import { maskPII } from '../src/entities/mask.ts';
import { normalise } from '../src/normalise/normalise.ts';
import { decodeQrImage, ImageError } from '../src/checks/qr/decode.ts';
import { QrDecoderPool } from '../src/checks/qr/pool.ts';
import { readBounded } from '../src/cli/read.ts';
import type { BenchRow } from './engine.ts';

function median(f: () => unknown, runs = 5): number {
  f();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    ts.push(performance.now() - t);
  }
  return ts.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function medianAsync(f: () => Promise<unknown>, runs = 3): Promise<number> {
  await f();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    ts.push(performance.now() - t);
  }
  return ts.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, 'ascii'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(0))), chunk('IEND', Buffer.alloc(0))]);
}

export async function benchAdversarial(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const add = (name: string, value: number, unit = 'ms') => rows.push({ name, value, unit });
  const digits = '1'.repeat(20_000);
  const n = normalise(digits).text;
  add('entities of 20,000 digits', median(() => extractEntities(n)));
  add('masking 20,000 digits', median(() => maskPII(digits)));
  add('masking 20,000 full-width digits', median(() => maskPII('１'.repeat(20_000))));
  add('analyze one turn of 20,000 digits', median(() => analyze({ channel: 'text', text: digits })));
  add('analyze 20,000 × "1,"', median(() => analyze({ channel: 'text', text: '1,'.repeat(10_000) })));
  add('analyze 54 turns × 20,000 digits (1.08 MB)', median(() => analyze({ channel: 'call', turns: Array.from({ length: 54 }, () => ({ speaker: 'caller', text: digits })) }), 3));
  const bomb = pngHeaderOnly(1, 16_000_000);
  add('QR: 1 × 16,000,000 PNG bomb refused from its header', median(() => { try { decodeQrImage(bomb); } catch (e) { if (!(e instanceof ImageError)) throw e; } }));
  const white = new PNG({ width: 4000, height: 4000 });
  white.data.fill(255);
  const whitePng = PNG.sync.write(white);
  const pool = new QrDecoderPool({ timeoutMs: 4_000 });
  try {
    let outcome = 'decoded';
    const t = await medianAsync(() => pool.decode(whitePng).catch((e: Error) => { outcome = e.constructor.name === 'QrTimeoutError' ? 'stopped at the limit' : 'refused'; }), 1);
    add(`QR: 4000 × 4000 white PNG in the worker thread, 4 s limit (${outcome}; the event loop stays free)`, t);
  } finally {
    await pool.close();
  }
  add('CLI: read /dev/zero (stops at 1 MB + 1 byte)', await medianAsync(() => readBounded('/dev/zero', 1024 * 1024, () => 'over').catch(() => null)));
  return rows;
}
