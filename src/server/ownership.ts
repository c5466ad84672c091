/**
 * Who may touch a live session. A session belongs to the API key that opened it, or, when it was
 * opened without a key (a citizen's browser), to whoever holds the token returned at creation:
 * 32 random bytes, base64url (256 bits), stored only as its sha256. The token is presented as
 * `X-Session-Token: <token>` or, for EventSource (which cannot send headers), `?token=<token>`.
 * Staff roles (officer, supervisor, admin and the old `staff`) may read any session; their reads
 * are audited by the route. Anyone else gets 404, the same answer as for a session that does not
 * exist, so ids cannot be probed.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Principal } from './auth.ts';
import { notFound } from './errors.ts';

/** Roles that see every session. `staff` is the pre-console name of `officer`. */
const STAFF_ROLES: ReadonlySet<string> = new Set(['staff', 'officer', 'supervisor', 'admin']);

export const isStaffRole = (role: string): boolean => STAFF_ROLES.has(role);

export interface SessionOwner {
  owner_key_id: string | null;
  token_hash: string | null;
}

/** A fresh session token and the digest kept of it. */
export function newSessionToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The token the request presents: the header always; the query string only where allowed (EventSource). */
export function presentedToken(req: FastifyRequest, allowQuery = false): string | null {
  const h = req.headers['x-session-token'];
  if (typeof h === 'string' && h.length > 0) return h.trim();
  if (allowQuery) {
    const q = (req.query as Record<string, unknown> | undefined)?.['token'];
    if (typeof q === 'string' && q.length > 0) return q;
  }
  return null;
}

function tokenMatches(owner: SessionOwner, token: string | null): boolean {
  if (!token || !owner.token_hash || token.length > 200) return false;
  const want = Buffer.from(owner.token_hash, 'hex');
  const got = Buffer.from(hashToken(token), 'hex');
  return want.length === got.length && timingSafeEqual(want, got);
}

/** True when the key that opened the session, or the holder of its token, is asking. */
export function ownsSession(owner: SessionOwner, principal: Principal | null, token: string | null): boolean {
  if (principal && owner.owner_key_id !== null && owner.owner_key_id === principal.keyId) return true;
  return tokenMatches(owner, token);
}

export type Access = 'owner' | 'staff';

/**
 * How the request may use the session: as its owner, or as staff (`staffMayRead`: reads only;
 * staff do not push turns into a citizen's call). Throws 404 otherwise.
 */
export function sessionAccess(owner: SessionOwner, principal: Principal | null, token: string | null, staffMayRead: boolean): Access {
  if (ownsSession(owner, principal, token)) return 'owner';
  if (staffMayRead && principal && isStaffRole(principal.role)) return 'staff';
  throw notFound('session');
}
