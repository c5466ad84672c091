/**
 * Decode a QR code from a PNG or JPEG (pngjs / jpeg-js → jsQR). Width, height, aspect ratio and
 * pixel count are read from the header (PNG IHDR, JPEG SOFn) and checked before any pixel is
 * decoded, so a hostile image (a 31 KB PNG claiming 1 × 16,000,000 pixels took 14 s and 2.1 GB)
 * is refused in microseconds. The server decodes in a worker thread with a time limit
 * (./pool.ts); this module is the synchronous decoder both use.
 */
import jsQRModule from 'jsqr';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

// jsqr is CommonJS with a `default` in its types; at run time the module itself is the function.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as typeof import('jsqr').default;

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** 16 megapixels: any phone screenshot or photo of a code fits; RGBA stays under 64 MB. */
export const MAX_IMAGE_PIXELS = 16_000_000;

/** Longest side accepted: a 50 MP photo must be scaled down first; any screenshot fits. */
export const MAX_IMAGE_SIDE = 8192;
/** Longest side over shortest side: a QR code is square; long chat screenshots reach ~1:6. */
export const MAX_ASPECT_RATIO = 12;

export class ImageError extends Error {}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function imageType(bytes: Uint8Array): 'png' | 'jpeg' | null {
  if (bytes.length >= 8 && PNG_MAGIC.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return null;
}

function checkPixels(width: number, height: number): void {
  if (width <= 0 || height <= 0) throw new ImageError('image has no pixels');
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    throw new ImageError(`image too large: ${width}x${height} pixels (each side at most ${MAX_IMAGE_SIDE}; scale it down)`);
  }
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new ImageError(`image too large: ${width}x${height} pixels (limit ${MAX_IMAGE_PIXELS / 1e6} megapixels)`);
  }
  if (Math.max(width, height) / Math.min(width, height) > MAX_ASPECT_RATIO) {
    throw new ImageError(`image too narrow: ${width}x${height} pixels (a QR code needs a side ratio of at most ${MAX_ASPECT_RATIO}:1)`);
  }
}

export interface ImageHeader { type: 'png' | 'jpeg'; width: number; height: number }

/** PNG: the IHDR chunk must come first (length 13), width and height big-endian at bytes 16 and 20. */
function pngHeader(bytes: Uint8Array): ImageHeader {
  if (bytes.length < 33) throw new ImageError('truncated PNG: no complete IHDR header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunk = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!);
  if (view.getUint32(8) !== 13 || chunk !== 'IHDR') throw new ImageError('malformed PNG: the first chunk is not IHDR');
  return { type: 'png', width: view.getUint32(16), height: view.getUint32(20) };
}

/** SOFn markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames. */
const isSof = (m: number): boolean => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/** JPEG: walk the marker segments (each jumps by its length, so one pass) to the first SOFn. */
function jpegHeader(bytes: Uint8Array): ImageHeader {
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) throw new ImageError(`malformed JPEG: no marker at byte ${i}`);
    const marker = bytes[i + 1]!;
    if (marker === 0xff) { i++; continue; } // fill byte
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { i += 2; continue; } // no length
    if (marker === 0xd9 || marker === 0xda) break; // end of image / start of scan before any frame header
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (length < 2) throw new ImageError('malformed JPEG: bad segment length');
    if (isSof(marker)) {
      if (i + 9 > bytes.length) break;
      const height = (bytes[i + 5]! << 8) | bytes[i + 6]!;
      const width = (bytes[i + 7]! << 8) | bytes[i + 8]!;
      return { type: 'jpeg', width, height };
    }
    i += 2 + length;
  }
  throw new ImageError('truncated JPEG: no frame header');
}

/**
 * The image's type and size from its header alone, checked against the limits (side, aspect
 * ratio, pixel count). Throws ImageError for anything that is not a sane PNG or JPEG.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader {
  if (bytes.length > MAX_IMAGE_BYTES) throw new ImageError(`image file too large (limit ${MAX_IMAGE_BYTES / 1024 / 1024} MB)`);
  const type = imageType(bytes);
  if (!type) throw new ImageError('not a PNG or JPEG image');
  const h = type === 'png' ? pngHeader(bytes) : jpegHeader(bytes);
  checkPixels(h.width, h.height);
  return h;
}

interface Rgba { data: Uint8Array; width: number; height: number }

function decodePng(bytes: Uint8Array): Rgba {
  try {
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // A decoder that returns fewer bytes than the header promised read a broken stream: refuse it.
    if (png.data.length < png.width * png.height * 4) throw new Error('pixel data shorter than the header says');
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
    if (img.data.length < img.width * img.height * 4) throw new ImageError('unreadable JPEG: pixel data shorter than the header says');
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
  const header = readImageHeader(bytes);
  const img = header.type === 'png' ? decodePng(bytes) : decodeJpeg(bytes);
  if (img.width !== header.width || img.height !== header.height) throw new ImageError('image size differs from its header');
  const clamped = new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.width * img.height * 4);
  const code = jsQR(clamped, img.width, img.height, { inversionAttempts: 'attemptBoth' });
  return code ? code.data : null;
}
