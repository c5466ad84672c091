/**
 * Hostile images (issue 12 §1): sizes are refused from the header before any pixel is decoded,
 * and decoding runs in a worker thread with a time limit, so no image can stall the event loop.
 */
import { afterAll, describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { deflateSync } from 'node:zlib';
import { pngWithHeader } from '../fixtures/images.ts';
import { PNG } from 'pngjs';
import { decodeQrImage, ImageError, readImageHeader } from '../../src/checks/qr/decode.ts';
import { QrBusyError, QrDecoderPool, QrTimeoutError } from '../../src/checks/qr/pool.ts';

/** A JPEG's first segments with a SOF0 frame of the given size. */
function jpegWithHeader(width: number, height: number): Buffer {
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00]), sof, Buffer.from([0xff, 0xd9])]);
}

describe('image bounds from the header', () => {
  it('reads PNG and JPEG sizes without decoding', async () => {
    const png = await QRCode.toBuffer('x', { type: 'png', scale: 4 });
    const h = readImageHeader(png);
    expect(h.type).toBe('png');
    expect(h.width).toBe(h.height);
    expect(readImageHeader(jpegWithHeader(640, 480))).toEqual({ type: 'jpeg', width: 640, height: 480 });
  });

  it.each([
    ['1 × 16,000,000 (the 31 KB bomb)', 1, 16_000_000, /too large/],
    ['9000 × 9000', 9000, 9000, /too large/],
    ['5000 × 4000 (20 MP)', 5000, 4000, /too large/],
    ['4000 × 100 (a strip)', 4000, 100, /too narrow/],
    ['0 × 10', 0, 10, /no pixels/],
  ])('refuses a PNG of %s in well under a millisecond of work', (_name, w, h, msg) => {
    expect(() => readImageHeader(pngWithHeader(w, h))).toThrow(msg);
    expect(() => decodeQrImage(pngWithHeader(w, h))).toThrow(ImageError);
  });

  it('refuses a JPEG whose frame is too large', () => {
    expect(() => readImageHeader(jpegWithHeader(60000, 60000))).toThrow(/too large/);
    expect(() => readImageHeader(jpegWithHeader(3000, 100))).toThrow(/too narrow/);
  });

  it('a PNG whose data does not match its header is an ImageError every time, never a different answer', () => {
    const lying = pngWithHeader(1000, 1000, deflateSync(Buffer.alloc(10)));
    const empty = pngWithHeader(1000, 1000);
    for (let i = 0; i < 5; i++) {
      expect(() => decodeQrImage(lying)).toThrow(ImageError);
      expect(() => decodeQrImage(empty)).toThrow(ImageError);
    }
  });

  it('truncated and junk headers are ImageErrors', () => {
    expect(() => readImageHeader(Buffer.from([0xff, 0xd8, 0xff]))).toThrow(ImageError);
    expect(() => readImageHeader(Buffer.from([0xff, 0xd8, 0x00, 0x00, 0x00]))).toThrow(ImageError);
    expect(() => readImageHeader(pngWithHeader(10, 10).subarray(0, 20))).toThrow(ImageError);
  });
});

describe('QrDecoderPool: decoding off the event loop', () => {
  const pool = new QrDecoderPool({ timeoutMs: 10_000 });
  afterAll(() => pool.close());

  it('decodes in the worker', async () => {
    const png = await QRCode.toBuffer('wxp://f2f0Xk3mQ9pLr7', { type: 'png', scale: 4 });
    expect(await pool.decode(png)).toBe('wxp://f2f0Xk3mQ9pLr7');
  }, 30_000);

  it('refuses an oversized header at once, without the worker', async () => {
    await expect(pool.decode(pngWithHeader(1, 16_000_000))).rejects.toBeInstanceOf(ImageError);
  });

  it('a malformed image is an ImageError from the worker', async () => {
    await expect(pool.decode(pngWithHeader(1000, 1000, deflateSync(Buffer.alloc(10))))).rejects.toBeInstanceOf(ImageError);
  }, 30_000);

  it('the event loop keeps turning while a large image decodes, and a decode over the limit is stopped', async () => {
    const big = new PNG({ width: 3000, height: 3000 });
    big.data.fill(255);
    const bytes = PNG.sync.write(big);
    const slow = new QrDecoderPool({ timeoutMs: 400 });
    try {
      await expect(slow.decode(new Uint8Array(8))).rejects.toBeInstanceOf(ImageError);
      // Warm the worker so the limit applies to the decode, not the start.
      await slow.decode(await QRCode.toBuffer('a', { type: 'png' })).catch(() => null);
      await expect(slow.decode(await QRCode.toBuffer('a', { type: 'png' }))).resolves.toBe('a');
      let ticks = 0;
      const timer = setInterval(() => ticks++, 5);
      const started = performance.now();
      await expect(slow.decode(bytes)).rejects.toBeInstanceOf(QrTimeoutError);
      clearInterval(timer);
      expect(ticks).toBeGreaterThan(0);
      expect(performance.now() - started).toBeLessThan(5_000);
      // A fresh worker takes the next image.
      const next = await slow.decode(await QRCode.toBuffer('b', { type: 'png' })).catch((e: Error) => e);
      // Its first decode may itself run over 400 ms on a busy machine: then it is a timeout, never a wrong answer.
      if (next instanceof Error) expect(next).toBeInstanceOf(QrTimeoutError);
      else expect(next).toBe('b');
    } finally {
      await slow.close();
    }
  }, 60_000);

  it('refuses images beyond the queue limit with QrBusyError', async () => {
    const small = new QrDecoderPool({ maxQueue: 1, timeoutMs: 10_000 });
    try {
      const png = await QRCode.toBuffer('q', { type: 'png' });
      const first = small.decode(png);
      await expect(small.decode(png)).rejects.toBeInstanceOf(QrBusyError);
      await expect(first).resolves.toBe('q');
    } finally {
      await small.close();
    }
  }, 30_000);
});
