/**
 * Idempotency-Key for every request that creates or changes something (IETF draft
 * httpapi-idempotency-key-header, the way Stripe does it). The first answer to a key is stored
 * with a fingerprint of the request (method, path, body); within IDEMPOTENCY_TTL_MS a request
 * with the same key and the same fingerprint gets that answer again (status and body, header
 * `Idempotent-Replayed: true`) without doing anything twice; a different fingerprint is 409
 * `idempotency_key_reused`; a retry while the first is still running is 409
 * `idempotency_in_progress`. Server errors (5xx) and 429 are not stored, so a retry runs again.
 * Keys are per client: an API key, else the session token presented, else the IP address.
 *
 * At rest the key is kept only as its sha256, and the answer encrypted (AES-256-GCM) under a key
 * derived from the client's Idempotency-Key: a stored answer (a new session's token, say) can be
 * read back only by the client that knows the key, not by whoever copies the database.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Sql } from '../store/sql.ts';
import { ApiError } from './errors.ts';

/** How long a stored answer is replayed (and kept): 24 hours. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;
/** A first request still marked running after this long is taken as lost (its process died). */
const IN_FLIGHT_MS = 60_000;
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

const lookupKey = (key: string) => createHash('sha256').update('fanzha-idempotency-id\0').update(key).digest('hex');
const sealKey = (key: string) => createHash('sha256').update('fanzha-idempotency-seal\0').update(key).digest();

/** base64(iv ‖ tag ‖ ciphertext). */
function seal(key: string, text: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', sealKey(key), iv);
  const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
}

function unseal(key: string, sealed: string): string | null {
  try {
    const b = Buffer.from(sealed, 'base64');
    const d = createDecipheriv('aes-256-gcm', sealKey(key), b.subarray(0, 12));
    d.setAuthTag(b.subarray(12, 28));
    return Buffer.concat([d.update(b.subarray(28)), d.final()]).toString('utf8');
  } catch {
    return null;
  }
}

interface Row {
  fingerprint: string;
  status: number | null;
  body: string | null;
  content_type: string | null;
  created_at: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** `key`: the stored (hashed) key; `secret`: the client's key, which seals the answer. */
    idempotency?: { scope: string; key: string; secret: string };
  }
}

export interface IdempotencyOptions {
  sql: Sql;
  now: () => number;
  /** Who the client is, for the key's scope (`key:<id>`, `token:<hash>` or `ip:<addr>`). */
  scopeOf: (req: FastifyRequest) => string | Promise<string>;
}

/**
 * The requests the header applies to: every POST, PATCH, PUT and DELETE under /v1/ except the
 * stateless analysis and checks (they change nothing; a retry simply runs again). New routes that
 * create or change something are covered without registering anywhere.
 */
export function changesSomething(method: string, route: string): boolean {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  return route.startsWith('/v1/') && route !== '/v1/analyze' && !route.startsWith('/v1/check/');
}

export function installIdempotency(app: FastifyInstance, o: IdempotencyOptions): { purge(now: number): Promise<number> } {
  const sql = o.sql;
  // Claims are compare-and-set, so two serve processes given the same key at once cannot both
  // run the request: a new key only if nobody inserted it meanwhile, a stale one only if it is
  // still the row that was read (its created_at).
  const CLAIM = `INSERT INTO idempotency (scope, key, fingerprint, status, body, content_type, created_at)
    VALUES (?, ?, ?, NULL, NULL, NULL, ?) ON CONFLICT (scope, key) DO NOTHING`;
  const RECLAIM = `UPDATE idempotency SET fingerprint = ?, status = NULL, body = NULL, content_type = NULL, created_at = ?
    WHERE scope = ? AND key = ? AND created_at = ?`;

  // preHandler: after the body is parsed, before the route's own checks (so a replay costs nothing).
  app.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    const header = req.headers['idempotency-key'];
    if (header === undefined) return;
    if (!changesSomething(req.method, req.routeOptions.url ?? '')) return;
    if (typeof header !== 'string' || !KEY_FORMAT.test(header)) {
      throw new ApiError(400, 'invalid_idempotency_key', 'Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is best)');
    }
    const scope = await o.scopeOf(req);
    const fingerprint = createHash('sha256').update(`${req.method} ${req.url.split('?')[0]}\n`).update(JSON.stringify(req.body ?? null)).digest('hex');
    const now = o.now();
    const id = lookupKey(header);
    // Read and claim in one transaction: of two first requests with one key (on any process),
    // exactly one claims it; the other sees it in flight.
    const found = await sql.tx(async (q): Promise<Row | 'taken' | null> => {
      const row = await q.get<Row>('SELECT fingerprint, status, body, content_type, created_at FROM idempotency WHERE scope = ? AND key = ?', [scope, id]);
      const live = row && row.created_at >= now - IDEMPOTENCY_TTL_MS && !(row.status === null && row.created_at < now - IN_FLIGHT_MS);
      if (row && live && (row.fingerprint !== fingerprint || row.status === null || row.body === null || unseal(header, row.body) !== null)) return row;
      // Unreadable (damaged): run the request again rather than answer wrongly.
      const claimed = row ? await q.run(RECLAIM, [fingerprint, now, scope, id, row.created_at]) : await q.run(CLAIM, [scope, id, fingerprint, now]);
      return claimed.changes === 0 ? 'taken' : null;
    });
    if (found === 'taken') {
      throw new ApiError(409, 'idempotency_in_progress', 'the first request with this Idempotency-Key is still running; retry shortly', { 'retry-after': '1' });
    }
    if (found) {
      if (found.fingerprint !== fingerprint) {
        throw new ApiError(409, 'idempotency_key_reused', 'this Idempotency-Key was used for a different request; use a new key for a new request');
      }
      if (found.status === null) {
        throw new ApiError(409, 'idempotency_in_progress', 'the first request with this Idempotency-Key is still running; retry shortly', { 'retry-after': '1' });
      }
      const body = found.body === null ? '' : unseal(header, found.body) ?? '';
      return reply.status(found.status).header('idempotent-replayed', 'true')
        .type(found.content_type ?? 'application/json; charset=utf-8').send(body);
    }
    req.idempotency = { scope, key: id, secret: header };
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const id = req.idempotency;
    if (!id) return payload;
    req.idempotency = undefined;
    const status = reply.statusCode;
    if (status >= 500 || status === 429 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) {
      await sql.run('DELETE FROM idempotency WHERE scope = ? AND key = ?', [id.scope, id.key]);
    } else {
      const type = reply.getHeader('content-type');
      await sql.run('UPDATE idempotency SET status = ?, body = ?, content_type = ? WHERE scope = ? AND key = ?',
        [status, seal(id.secret, String(payload)), typeof type === 'string' ? type : null, id.scope, id.key]);
    }
    return payload;
  });

  return { purge: async (now: number) => (await sql.run('DELETE FROM idempotency WHERE created_at < ?', [now - IDEMPOTENCY_TTL_MS])).changes };
}
