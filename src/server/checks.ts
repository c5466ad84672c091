/** The link, number and QR checkers behind `/v1/check/*` (pure functions from src/checks/). */
import { checkUrl } from '../checks/url/check.ts';

export interface Checkers {
  url(url: string): unknown;
  number(number: string, claims: string | undefined): unknown;
  qr(image: Buffer): unknown;
}

export const CHECKERS: Checkers = {
  url: (url) => checkUrl(url),
  number: () => null,
  qr: () => null,
};
