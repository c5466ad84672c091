/** The link, number and QR checkers behind `/v1/check/*` (pure functions from src/checks/). */
import { checkNumber } from '../checks/number/check.ts';
import { classifyQrPayload } from '../checks/qr/classify.ts';
import { decodeQrImage, ImageError } from '../checks/qr/decode.ts';
import { QrBusyError, QrTimeoutError } from '../checks/qr/pool.ts';
import type { QrDecoderPool } from '../checks/qr/pool.ts';
import { checkUrl } from '../checks/url/check.ts';
import { ApiError } from './errors.ts';
import type { Lang } from '../types.ts';

export interface Checkers {
  url(url: string): unknown;
  number(number: string, claims: string | undefined, reader?: Lang): unknown;
  qr(image: Buffer): unknown;
}

function qrAnswer(payload: string | null) {
  if (payload === null) return { found: false, payload: null, verdict: 'unknown', findings: [] };
  return { found: true, ...classifyQrPayload(payload) };
}

/** The checkers with QR images decoded in the pool's worker thread (what the server uses). */
export function createCheckers(pool: QrDecoderPool): Checkers {
  return {
    ...CHECKERS,
    qr: async (image) => {
      try {
        return qrAnswer(await pool.decode(image));
      } catch (err) {
        if (err instanceof ImageError) throw new ApiError(400, 'invalid_image', err.message);
        if (err instanceof QrTimeoutError) throw new ApiError(422, 'image_too_complex', err.message);
        if (err instanceof QrBusyError) throw new ApiError(503, 'busy', err.message, { 'retry-after': '2' });
        throw err;
      }
    },
  };
}

export const CHECKERS: Checkers = {
  url: (url) => {
    const report = checkUrl(url);
    // The same rule as `fanzha url`: an answer of "unknown" for a word that is no link would read as "checked, fine".
    if (report.url === null) throw new ApiError(400, 'invalid_url', 'not a URL: a link names a domain such as jd.com, or an IP address');
    return report;
  },
  number: (number, claims, reader) => checkNumber(number, { ...(claims === undefined ? {} : { claims }), ...(reader ? { reader } : {}) }),
  qr: (image) => {
    let payload: string | null;
    try {
      payload = decodeQrImage(image);
    } catch (err) {
      if (err instanceof ImageError) throw new ApiError(400, 'invalid_image', err.message);
      throw err;
    }
    return qrAnswer(payload);
  },
};
