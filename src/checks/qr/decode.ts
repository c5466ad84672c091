/**
 * Decode a QR code from a PNG or JPEG (pngjs / jpeg-js → jsQR). Sizes are checked from the
 * header before any pixel is decoded, so a hostile image cannot exhaust memory.
 */
import jsQRModule from 'jsqr';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

// jsqr is CommonJS with a `default` in its types; at run time the module itself is the function.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as typeof import('jsqr').default;

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** 16 megapixels: any phone screenshot or photo of a code fits; RGBA stays under 64 MB. */
export const MAX_IMAGE_PIXELS = 16_000_000;

export class ImageError extends Error {}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function imageType(bytes: Uint8Array): 'png' | 'jpeg' | null {
  if (bytes.length >= 8 && PNG_MAGIC.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return null;
}

function checkPixels(width: number, height: number): void {
  if (width <= 0 || height <= 0) throw new ImageError('image has no pixels');
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new ImageError(`image too large: ${width}x${height} pixels (limit ${MAX_IMAGE_PIXELS / 1e6} megapixels)`);
  }
}

interface Rgba { data: Uint8Array; width: number; height: number }

function decodePng(bytes: Uint8Array): Rgba {
  // IHDR is always the first chunk: width and height are big-endian at bytes 16 and 20.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 24) throw new ImageError('truncated PNG');
  checkPixels(view.getUint32(16), view.getUint32(20));
  try {
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { data: png.data, width: png.width, height: png.height };
  } catch (e) {
    throw new ImageError(`unreadable PNG: ${(e as Error).message}`);
  }
}

function decodeJpeg(bytes: Uint8Array): Rgba {
  try {
    const img = jpeg.decode(bytes, {
      useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_IMAGE_PIXELS / 1e6, maxMemoryUsageInMB: 256,
    });
    checkPixels(img.width, img.height);
    return img;
  } catch (e) {
    if (e instanceof ImageError) throw e;
    const message = (e as Error).message;
    if (/maxResolutionInMP|maxMemoryUsage/i.test(message)) throw new ImageError(`image too large (limit ${MAX_IMAGE_PIXELS / 1e6} megapixels)`);
    throw new ImageError(`unreadable JPEG: ${message}`);
  }
}

/** The QR code's text, or null when the image holds no readable QR code. */
export function decodeQrImage(bytes: Uint8Array): string | null {
  if (bytes.length > MAX_IMAGE_BYTES) throw new ImageError(`image file too large (limit ${MAX_IMAGE_BYTES / 1024 / 1024} MB)`);
  const type = imageType(bytes);
  if (!type) throw new ImageError('not a PNG or JPEG image');
  const img = type === 'png' ? decodePng(bytes) : decodeJpeg(bytes);
  const clamped = new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.width * img.height * 4);
  const code = jsQR(clamped, img.width, img.height, { inversionAttempts: 'attemptBoth' });
  return code ? code.data : null;
}
