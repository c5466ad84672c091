/**
 * Webhook signatures, the way Stripe and GitHub sign theirs: HMAC-SHA256 with the endpoint's
 * secret over `${timestamp}.${body}`, sent as `Fanzha-Signature: t=<unix seconds>,v1=<hex>`.
 * The receiver recomputes it over the raw body, compares in constant time, and refuses a
 * timestamp older than its tolerance (replays). docs/webhooks.md has the receiver's side.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'fanzha-signature';
export const DELIVERY_HEADER = 'fanzha-delivery-id';
export const EVENT_HEADER = 'fanzha-event';

/** The header value for `body` sent at `unixSeconds`. */
export function signatureHeader(secret: Buffer | string, unixSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/**
 * Does `header` sign `body` with `secret`, at most `toleranceSeconds` away from `nowSeconds`?
 * Any `v1=` entry may match (several are sent while a secret is being rotated).
 */
export function verifySignature(secret: Buffer | string, header: string, body: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  let t = NaN;
  const sigs: string[] = [];
  for (const part of header.split(',')) {
    const [k, v] = part.split('=', 2) as [string, string | undefined];
    if (k.trim() === 't') t = Number(v);
    else if (k.trim() === 'v1' && v) sigs.push(v.trim());
  }
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  return sigs.some((s) => s.length === expected.length && timingSafeEqual(Buffer.from(s), expected));
}
