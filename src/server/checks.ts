/** The link, number and QR checkers behind `/v1/check/*` (pure functions from src/checks/). */
import { checkNumber } from '../checks/number/check.ts';
import { classifyQrPayload } from '../checks/qr/classify.ts';
import { decodeQrImage, ImageError } from '../checks/qr/decode.ts';
import { checkUrl } from '../checks/url/check.ts';
import { ApiError } from './errors.ts';

export interface Checkers {
  url(url: string): unknown;
  number(number: string, claims: string | undefined): unknown;
  qr(image: Buffer): unknown;
}

export const CHECKERS: Checkers = {
  url: (url) => checkUrl(url),
  number: (number, claims) => checkNumber(number, claims === undefined ? {} : { claims }),
  qr: (image) => {
    let payload: string | null;
    try {
      payload = decodeQrImage(image);
    } catch (err) {
      if (err instanceof ImageError) throw new ApiError(400, 'invalid_image', err.message);
      throw err;
    }
    if (payload === null) return { found: false, payload: null, verdict: 'unknown', findings: [] };
    return { found: true, ...classifyQrPayload(payload) };
  },
};
