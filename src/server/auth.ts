/**
 * API keys: `fzk_<id>_<secret>`, shown once at creation, stored as sha256(salt || key) with a
 * per-key salt. The secret is 32 random bytes, so a fast hash is enough (no dictionary to guess
 * from) and keeps a bank's per-transfer check cheap. Lookup is by id, comparison constant-time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Role, Store } from '../store/store.ts';
import { ApiError } from './errors.ts';

export const ROLES = ['staff', 'partner', 'admin'] as const satisfies readonly Role[];

/** The id a key from FANZHA_ADMIN_KEY gets when it is not in our own format. */
const ENV_ADMIN_ID = 'admin-env';
const KEY_FORMAT = /^fzk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface Principal {
  keyId: string;
  role: Role;
}

function hashKey(salt: string, key: string): string {
  return createHash('sha256').update(salt).update(key).digest('hex');
}

export function createKey(store: Store, role: Role, label: string | null, now = Date.now()): { id: string; key: string } {
  const id = randomBytes(6).toString('hex');
  const key = `fzk_${id}_${randomBytes(32).toString('base64url')}`;
  const salt = randomBytes(16).toString('hex');
  store.insertKey({ id, role, label, salt, hash: hashKey(salt, key), created_at: now, revoked_at: null });
  return { id, key };
}

/** FANZHA_ADMIN_KEY on first start: stored (hashed) as the admin key unless one exists already. */
export function ensureEnvAdminKey(store: Store, key: string | undefined, now = Date.now()): boolean {
  if (!key) return false;
  if (key.length < 16) throw new Error('FANZHA_ADMIN_KEY must be at least 16 characters');
  const m = KEY_FORMAT.exec(key);
  const id = m?.[1] ?? ENV_ADMIN_ID;
  if (store.getKey(id)) return false;
  const salt = randomBytes(16).toString('hex');
  store.insertKey({ id, role: 'admin', label: 'FANZHA_ADMIN_KEY', salt, hash: hashKey(salt, key), created_at: now, revoked_at: null });
  return true;
}

export function verifyKey(store: Store, key: string): Principal | null {
  if (key.length > 200) return null;
  const id = KEY_FORMAT.exec(key)?.[1] ?? ENV_ADMIN_ID;
  const row = store.getKey(id);
  if (!row || row.revoked_at !== null) return null;
  const want = Buffer.from(row.hash, 'hex');
  const got = Buffer.from(hashKey(row.salt, key), 'hex');
  return want.length === got.length && timingSafeEqual(want, got) ? { keyId: row.id, role: row.role } : null;
}

/** The key from `Authorization: Bearer …` or `X-API-Key`, if any. */
export function presentedKey(req: FastifyRequest): string | null {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) return auth.slice(7).trim();
  const x = req.headers['x-api-key'];
  return typeof x === 'string' ? x.trim() : null;
}

export function authenticate(store: Store, req: FastifyRequest): Principal | null {
  const key = presentedKey(req);
  if (key === null) return null;
  const p = verifyKey(store, key);
  if (!p) throw new ApiError(401, 'unauthorized', 'invalid or revoked API key');
  return p;
}

/** Throws 401 without a key and 403 when the key's role is not allowed here. Admin may do anything. */
export function requireRole(store: Store, req: FastifyRequest, roles: readonly Role[]): Principal {
  const p = authenticate(store, req);
  if (!p) throw new ApiError(401, 'unauthorized', 'this endpoint needs an API key (Authorization: Bearer <key>)', { 'www-authenticate': 'Bearer' });
  if (p.role !== 'admin' && !roles.includes(p.role)) {
    throw new ApiError(403, 'forbidden', `this endpoint needs the ${roles.join(' or ')} role`);
  }
  return p;
}
