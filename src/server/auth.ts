/**
 * API keys: `fzk_<id>_<secret>`, shown once at creation, stored as sha256(salt || key) with a
 * per-key salt. The secret is 32 random bytes, so a fast hash is enough (no dictionary to guess
 * from) and keeps a bank's per-transfer check cheap. Lookup is by id, comparison constant-time.
 *
 * The console signs in with a key or a user + password (scrypt, a slow hash: passwords are
 * guessable) and gets an HttpOnly, SameSite=Strict cookie naming a server-side session that
 * expires; every state-changing request made with that cookie must carry the session's CSRF token
 * in `X-CSRF-Token`. Requests with a key in a header need no CSRF token (a browser never adds it).
 *
 * Roles: admin (keys, users, anything), supervisor (assign, reopen, statistics, bulletins,
 * reviews, SLA), officer (work alerts and cases), partner (the API only, never the console).
 * The first API's `staff` role is an officer.
 */
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Role, Store } from '../store/store.ts';
import { centreOf } from '../store/centre.ts';
import { ApiError } from './errors.ts';

export const ROLES = ['officer', 'supervisor', 'staff', 'partner', 'admin'] as const satisfies readonly Role[];
export const USER_ROLES = ['officer', 'supervisor', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const STAFF_COOKIE = 'fz_staff';
/** A signed-in console session lasts a working shift. */
export const STAFF_SESSION_MS = 8 * 60 * 60_000;
const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The role a principal acts with: the old `staff` is an officer. */
export function effectiveRole(role: Role): Exclude<Role, 'staff'> {
  return role === 'staff' ? 'officer' : role;
}

/** Whether `role` may do what needs one of `allowed` (admin may do anything; a supervisor anything an officer may). */
export function roleAllows(role: Role, allowed: readonly Role[]): boolean {
  const r = effectiveRole(role);
  if (r === 'admin') return true;
  const wants = new Set(allowed.map(effectiveRole));
  if (wants.has(r)) return true;
  return r === 'supervisor' && wants.has('officer');
}

/** The id a key from FANZHA_ADMIN_KEY gets when it is not in our own format. */
const ENV_ADMIN_ID = 'admin-env';
const KEY_FORMAT = /^fzk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface Principal {
  /** The key id, or `user:<name>` for a user signed in with a password. */
  keyId: string;
  role: Role;
  /** How the request proved who it is. */
  via?: 'key' | 'cookie';
}

function hashKey(salt: string, key: string): string {
  return createHash('sha256').update(salt).update(key).digest('hex');
}

export async function createKey(store: Store, role: Role, label: string | null, now = Date.now()): Promise<{ id: string; key: string }> {
  const id = randomBytes(6).toString('hex');
  const key = `fzk_${id}_${randomBytes(32).toString('base64url')}`;
  const salt = randomBytes(16).toString('hex');
  await store.insertKey({ id, role, label, salt, hash: hashKey(salt, key), created_at: now, revoked_at: null });
  return { id, key };
}

/** FANZHA_ADMIN_KEY on first start: stored (hashed) as the admin key unless one exists already. */
export async function ensureEnvAdminKey(store: Store, key: string | undefined, now = Date.now()): Promise<boolean> {
  if (!key) return false;
  if (key.length < 16) throw new Error('FANZHA_ADMIN_KEY must be at least 16 characters');
  const m = KEY_FORMAT.exec(key);
  const id = m?.[1] ?? ENV_ADMIN_ID;
  if (await store.getKey(id)) return false;
  const salt = randomBytes(16).toString('hex');
  await store.insertKey({ id, role: 'admin', label: 'FANZHA_ADMIN_KEY', salt, hash: hashKey(salt, key), created_at: now, revoked_at: null });
  return true;
}

export async function verifyKey(store: Store, key: string): Promise<Principal | null> {
  if (key.length > 200) return null;
  const id = KEY_FORMAT.exec(key)?.[1] ?? ENV_ADMIN_ID;
  const row = await store.getKey(id);
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

/**
 * Who the request is: a key in a header, or a console cookie. Lenient about the cookie (an expired
 * one, or a state-changing request without the CSRF token, is anonymous here), so an officer
 * signed in in the same browser can still use the citizen pages; requireRole is strict.
 */
export async function authenticate(store: Store, req: FastifyRequest): Promise<Principal | null> {
  const key = presentedKey(req);
  if (key === null) {
    try {
      return await cookiePrincipal(store, req);
    } catch {
      return null;
    }
  }
  const p = await verifyKey(store, key);
  // A live session's token sent as a key is the usual slip (newcomer15): say where it goes.
  if (!p) throw new ApiError(401, 'unauthorized', 'invalid or revoked API key (a live session\'s token goes in the X-Session-Token header, not Authorization)');
  return { ...p, via: 'key' };
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function cookieValue(req: FastifyRequest): string | null {
  const jar = (req as FastifyRequest & { cookies?: Record<string, string | undefined> }).cookies;
  const v = jar?.[STAFF_COOKIE];
  return typeof v === 'string' && v.length > 0 && v.length <= 100 ? v : null;
}

/** The console session named by the cookie; a state-changing request must also carry its CSRF token. */
async function cookiePrincipal(store: Store, req: FastifyRequest): Promise<Principal | null> {
  const v = cookieValue(req);
  if (v === null) return null;
  const centre = centreOf(store);
  const row = await centre.getStaffSession(sha256(v));
  if (!row || row.expires_at <= centre.clock()) {
    throw new ApiError(401, 'session_expired', 'your sign-in has expired; sign in again');
  }
  if (!SAFE_METHODS.has(req.method)) {
    const token = req.headers['x-csrf-token'];
    const a = Buffer.from(typeof token === 'string' ? token : '');
    const b = Buffer.from(row.csrf);
    if (a.length !== b.length || !timingSafeEqual(a, b)) {
      throw new ApiError(403, 'csrf', 'missing or wrong X-CSRF-Token header for a signed-in request');
    }
  }
  return { keyId: row.principal, role: row.role as Role, via: 'cookie' };
}

/** The CSRF token and expiry of the console session the request carries, if any. */
export async function consoleSession(store: Store, req: FastifyRequest): Promise<{ csrf: string; expiresAt: number } | null> {
  const v = cookieValue(req);
  if (v === null) return null;
  const row = await centreOf(store).getStaffSession(sha256(v));
  return row ? { csrf: row.csrf, expiresAt: row.expires_at } : null;
}

/** Opens a console session; returns the cookie value (shown to the browser only) and the CSRF token. */
export async function openConsoleSession(store: Store, p: Principal, now: number, ttlMs = STAFF_SESSION_MS): Promise<{ cookie: string; csrf: string; expiresAt: number }> {
  const cookie = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const centre = centreOf(store);
  await centre.purgeStaffSessions(now);
  await centre.insertStaffSession({ hash: sha256(cookie), principal: p.keyId, role: p.role, csrf, created_at: now, expires_at: now + ttlMs });
  return { cookie, csrf, expiresAt: now + ttlMs };
}

export async function closeConsoleSession(store: Store, req: FastifyRequest): Promise<void> {
  const v = cookieValue(req);
  if (v !== null) await centreOf(store).deleteStaffSession(sha256(v));
}

function hashPassword(salt: string, password: string): string {
  return scryptSync(password.normalize('NFC'), salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p }).toString('hex');
}

/** A console user (`fanzha serve --create-user NAME --role R`), password stored with scrypt. */
export async function createUser(store: Store, name: string, role: UserRole, password: string, now = Date.now()): Promise<void> {
  if (!/^[a-zA-Z0-9._-]{2,40}$/.test(name)) throw new ApiError(400, 'invalid_name', 'a user name is 2–40 letters, digits, dots, dashes or underscores');
  if (password.length < 10 || password.length > 200) throw new ApiError(400, 'weak_password', 'a password is 10–200 characters');
  const centre = centreOf(store);
  if (await centre.getUser(name)) throw new ApiError(409, 'exists', `user ${name} exists already`);
  const salt = randomBytes(16).toString('hex');
  await centre.insertUser({ name, role, salt, hash: hashPassword(salt, password), created_at: now, disabled_at: null });
}

/** The user's principal when the password is right; null otherwise (same time either way for a known user). */
export async function verifyPassword(store: Store, name: string, password: string): Promise<Principal | null> {
  if (name.length > 40 || password.length > 200) return null;
  const u = await centreOf(store).getUser(name);
  if (!u || u.disabled_at !== null) {
    hashPassword('0'.repeat(32), password); // an unknown name costs as much as a known one
    return null;
  }
  const want = Buffer.from(u.hash, 'hex');
  const got = Buffer.from(hashPassword(u.salt, password), 'hex');
  return want.length === got.length && timingSafeEqual(want, got) ? { keyId: `user:${u.name}`, role: u.role as Role } : null;
}

/** Throws 401 without a key and 403 when the key's role is not allowed here. Admin may do anything. */
export async function requireRole(store: Store, req: FastifyRequest, roles: readonly Role[]): Promise<Principal> {
  // Strict: an expired console session is 401 session_expired, a missing CSRF token 403 csrf.
  const p = presentedKey(req) === null ? await cookiePrincipal(store, req) : await authenticate(store, req);
  if (!p) throw new ApiError(401, 'unauthorized', 'this endpoint needs an API key (Authorization: Bearer <key>) or a console sign-in', { 'www-authenticate': 'Bearer' });
  if (!roleAllows(p.role, roles)) {
    throw new ApiError(403, 'forbidden', `this endpoint needs the ${[...new Set(roles.map(effectiveRole))].join(' or ')} role`);
  }
  return p;
}
