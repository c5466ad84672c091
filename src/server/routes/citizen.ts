/**
 * The citizen and family app's routes: its pages (`/call`, `/paid`, `/guardian/<token>`, their
 * modules under `/js/`), feedback on a session (`POST /v1/sessions/:id/feedback`, by its owner, or by
 * staff, stored as an officer's) and the
 * family guardian links (亲情守护):
 *
 * - `POST /v1/guardians` `{label?}` → 201 `{id, token, ownerKey, url}`. `token` (in the guardian's
 *   link) only reads; `ownerKey` stays on the protected person's device: sent as `X-Guardian-Key`
 *   with `/v1/analyze` and session turns it reports their warn/block to the link, and it revokes it.
 * - `DELETE /v1/guardians/:id` with `X-Guardian-Key` → `{id, revoked: true}`; 404 for anyone else.
 * - `GET /v1/guardian/:token/events` → SSE: `warning` events (the last day's, then live ones) with
 *   level, stage, steps, advice and masked evidence spans, never the text; `revoked` when revoked.
 *   Unknown or revoked tokens → 404. Warnings are deleted after GUARDIAN_KEEP_MS, and at once when
 *   the link is revoked.
 *
 * Both secrets are 256-bit random base64url strings; only their SHA-256 is stored.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sqlOf } from '../../store/centre.ts';
import { CitizenStore, FEEDBACK_KINDS } from '../../store/citizen.ts';
import type { GuardianEventRow, GuardianLinkRow } from '../../store/citizen.ts';
import type { AnalyzeResult, TacticHit } from '../../types.ts';
import { authenticate } from '../auth.ts';
import { ApiError, describeZodError, notFound } from '../errors.ts';
import { presentedToken, sessionAccess } from '../ownership.ts';
import { PartnerStore } from '../../store/partner.ts';
import { maskPII, maskTactics } from '../mask.ts';
import { RateLimiter } from '../ratelimit.ts';
import type { RateLimitOptions } from '../ratelimit.ts';
import type { TurnOutcome } from '../sessions.ts';
import { EventHub } from '../sse.ts';
import { kindNamed, type KindShown } from '../../playbook/scam-kinds.ts';

export interface CitizenOptions {
  now: () => number;
  /** The per-IP bucket for anonymous writes here (creating links, feedback); false turns it off. */
  rateLimit?: RateLimitOptions | false | undefined;
}

const PUBLIC_DIR = fileURLToPath(new URL('../../../public/', import.meta.url));
const JS_DIR = PUBLIC_DIR + 'js/';
const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
/** A guardian sees the last day's warnings when they open the link, at most this many. */
const REPLAY_MS = 24 * 3600_000;
const REPLAY_MAX = 20;
/** Warnings are deleted once no guardian can be shown them any more (the replay window, plus a day's margin). */
export const GUARDIAN_KEEP_MS = REPLAY_MS + 24 * 3600_000;
const PURGE_EVERY_MS = 3600_000;
/** Random secrets: 32 bytes → 43 base64url characters. */
const SECRET = /^[A-Za-z0-9_-]{43}$/;

export const FeedbackBody = z.object({
  kind: z.enum(FEEDBACK_KINDS),
  note: z.string().max(1000).optional(),
}).strict();
export const GuardianCreateBody = z.object({
  /** What the guardian calls the protected person (妈妈, Dad): shown on the guardian's page. */
  label: z.string().trim().min(1).max(40).optional(),
}).strict();
const IdParams = z.object({ id: z.string().uuid() });
const TokenParams = z.object({ token: z.string().regex(SECRET) });

/** One step of what happened, as a guardian sees it: the tactic's words and its masked evidence spans. */
export interface GuardianStep {
  id: string;
  stage: string;
  description: string;
  spans: string[];
}
export interface GuardianWarning {
  id: string;
  kind: 'call' | 'check';
  level: 'warn' | 'block';
  verdict: string;
  risk: number;
  stage: string | null;
  steps: GuardianStep[];
  combinations: string[];
  advice: string[];
  at: string;
  /** The scam's kind in both languages (src/playbook/scam-kinds.ts): the family's page names it in its own language. */
  scamKind?: { id: string; zh: string; en: string; shoppingApp: boolean } | null;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const secret = () => randomBytes(32).toString('base64url');

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new ApiError(400, 'invalid_body', describeZodError(r.error));
  return r.data;
}

/** Evidence spans only (masked again: analyze results are not masked by the API), never whole turns. */
function steps(tactics: readonly TacticHit[]): GuardianStep[] {
  return maskTactics(tactics).map((t) => ({
    id: t.id,
    stage: t.stage,
    description: t.description,
    spans: t.evidence.filter((e) => e.end > e.start).map((e) => e.text).slice(0, 5),
  }));
}

function readPages(): Map<string, Buffer> {
  const pages = new Map<string, Buffer>();
  for (const f of ['call.html', 'paid.html', 'guardian.html', '404.html']) pages.set(f, readFileSync(PUBLIC_DIR + f));
  return pages;
}

function readModules(): Map<string, Buffer> {
  const mods = new Map<string, Buffer>();
  for (const f of readdirSync(JS_DIR)) if (/^[a-z0-9-]+\.js$/.test(f)) mods.set(f, readFileSync(JS_DIR + f));
  return mods;
}

let notFoundPage: Buffer | undefined;

/** True when the request is a browser's page load: GET/HEAD whose Accept names text/html. */
function wantsPage(req: FastifyRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const accept = req.headers.accept;
  return typeof accept === 'string' && accept.includes('text/html');
}

function sendNotFoundPage(reply: FastifyReply): FastifyReply {
  notFoundPage ??= readFileSync(PUBLIC_DIR + '404.html');
  return reply.status(404).type(HTML).header('cache-control', 'no-cache').send(notFoundPage);
}

/**
 * The guardian's 404 page for a GET/HEAD under `/guardian/` that no route took (a malformed
 * escape like `/guardian/%00%ff`, an over-long token, extra segments), or null for any other
 * request. A family member following a broken link sees the page, not a JSON error.
 */
export function guardianPageMiss(req: FastifyRequest, reply: FastifyReply): FastifyReply | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.raw.url ?? req.url;
  if (!url.startsWith('/guardian/') && url !== '/guardian') return null;
  return sendNotFoundPage(reply);
}

/**
 * The HTML 404 page for any path no route took, when a browser asks for a page (GET/HEAD with
 * `Accept: text/html`, e.g. a citizen who mistyped `/pad`); null otherwise, so API clients keep
 * the JSON error. Under `/guardian` the page is served whatever the Accept header (see above).
 */
export function pageMiss(req: FastifyRequest, reply: FastifyReply): FastifyReply | null {
  return guardianPageMiss(req, reply) ?? (wantsPage(req) ? sendNotFoundPage(reply) : null);
}

/** Registers the citizen pages and routes; resolves once the start-up purge of old guardian warnings is done. */
export function registerCitizen(app: FastifyInstance, opts: CitizenOptions): Promise<void> {
  const { now } = opts;
  const store = new CitizenStore(sqlOf(app.store));
  const owners = new PartnerStore(app.store.sql);
  const hub = new EventHub();
  const limiter = opts.rateLimit === false ? null : new RateLimiter(opts.rateLimit ?? { capacity: 30, refillPerSecond: 1 }, now);
  const pages = readPages();
  const modules = readModules();
  const purge = async () => {
    try {
      await store.purgeEvents(now() - GUARDIAN_KEEP_MS);
    } catch (err) {
      app.log.error({ err: err instanceof Error ? err.message : String(err) }, 'guardian warnings purge failed');
    }
  };
  // At start (the server awaits it, so on PostgreSQL too nothing stale is served), then every PURGE_EVERY_MS.
  const started = purge();
  const purgeTimer = setInterval(() => { void purge(); }, PURGE_EVERY_MS);
  purgeTimer.unref();
  app.addHook('preClose', async () => {
    clearInterval(purgeTimer);
    hub.close();
  });

  const limited = async (req: FastifyRequest) => {
    if (!limiter) return;
    const wait = limiter.take(req.ip);
    if (wait > 0) throw new ApiError(429, 'rate_limited', `too many requests; retry in ${wait} s`, { 'retry-after': String(wait) });
  };
  const page = (reply: FastifyReply, file: string, status = 200) =>
    reply.status(status).type(HTML).header('cache-control', 'no-cache').send(pages.get(file));

  /** The live link behind a guardian token, or null (unknown, malformed or revoked). */
  const linkOfToken = async (token: unknown): Promise<GuardianLinkRow | null> => {
    const r = TokenParams.safeParse({ token });
    if (!r.success) return null;
    const link = await store.linkByToken(sha256(r.data.token));
    return link && link.revoked_at === null ? link : null;
  };
  const linkOfOwner = async (req: FastifyRequest): Promise<GuardianLinkRow | null> => {
    const key = req.headers['x-guardian-key'];
    if (typeof key !== 'string' || !SECRET.test(key)) return null;
    const link = await store.linkByOwner(sha256(key));
    return link && link.revoked_at === null ? link : null;
  };

  // ---- pages ----
  app.get('/favicon.ico', async (_req, reply) => reply.status(204).send());
  app.get('/call', async (_req, reply) => page(reply, 'call.html'));
  app.get('/paid', async (_req, reply) => page(reply, 'paid.html'));
  app.get('/guardian/:token', async (req, reply) =>
    await linkOfToken((req.params as { token?: unknown }).token) ? page(reply, 'guardian.html') : page(reply, '404.html', 404));
  app.get('/js/:file', async (req, reply) => {
    const body = modules.get((req.params as { file: string }).file);
    if (!body) throw notFound('file');
    return reply.type(JS).header('cache-control', 'no-cache').send(body);
  });

  // ---- feedback (the centre's review queue reads the table) ----
  app.post('/v1/sessions/:id/feedback', { preHandler: limited }, async (req, reply) => {
    const p = IdParams.safeParse(req.params);
    if (!p.success) throw notFound('session');
    const row = await app.sessions.get(p.data.id); // 404 when unknown
    // The session's owner (its token or key) gives citizen feedback; an officer's is marked as such.
    const owner = (await owners.getOwner(row.id)) ?? { owner_key_id: null, token_hash: null };
    const access = sessionAccess(owner, await authenticate(app.store, req), presentedToken(req), true);
    const body = parse(FeedbackBody, req.body);
    const alerts = await app.store.alertsOfSession(row.id);
    const id = randomUUID();
    const at = now();
    await store.insertFeedback({
      id, session_id: row.id, alert_id: alerts.at(-1)?.id ?? null, kind: body.kind,
      note: body.note ? maskPII(body.note) : null, source: access === 'staff' ? 'officer' : 'citizen', created_at: at,
    });
    return reply.status(201).send({ id, sessionId: row.id, kind: body.kind, createdAt: new Date(at).toISOString() });
  });

  // ---- guardian links ----
  app.post('/v1/guardians', { preHandler: limited }, async (req, reply) => {
    const body = parse(GuardianCreateBody, req.body ?? {});
    const token = secret();
    const ownerKey = secret();
    const id = randomUUID();
    const label = body.label ? maskPII(body.label) : null;
    await store.insertLink({
      id, token_hash: sha256(token), owner_hash: sha256(ownerKey), label, created_at: now(), revoked_at: null,
    });
    return reply.status(201).send({ id, token, ownerKey, url: `/guardian/${token}`, label });
  });

  app.delete('/v1/guardians/:id', async (req) => {
    const p = IdParams.safeParse(req.params);
    const link = await linkOfOwner(req);
    if (!p.success || !link || link.id !== p.data.id) throw notFound('guardian link');
    await store.revokeLink(link.id, now());
    await store.deleteEventsOfLink(link.id);
    hub.publish(`guardian:${link.id}`, 'revoked', { id: link.id });
    return { id: link.id, revoked: true };
  });

  app.get('/v1/guardian/:token', async (req) => {
    const link = await linkOfToken((req.params as { token?: unknown }).token);
    if (!link) throw notFound('guardian link');
    return { label: link.label, createdAt: new Date(link.created_at).toISOString() };
  });

  app.get('/v1/guardian/:token/events', async (req, reply) => {
    const link = await linkOfToken((req.params as { token?: unknown }).token);
    if (!link) throw notFound('guardian link');
    hub.subscribe(req, reply, `guardian:${link.id}`, req.ip);
    // A reconnecting EventSource (Last-Event-ID) gets what it missed from the hub; a fresh one
    // gets the last day's stored warnings (the page drops repeats by the warning's id).
    if (req.headers['last-event-id'] !== undefined) return;
    for (const e of await store.recentEvents(link.id, now() - REPLAY_MS, REPLAY_MAX)) {
      reply.raw.write(`event: warning\ndata: ${e.payload_json}\n\n`);
    }
  });

  // ---- a protected person's warn/block reaches their guardian ----
  const record = async (link: GuardianLinkRow, kind: 'call' | 'check', sessionId: string | null, r: AnalyzeResult) => {
    if (r.level !== 'warn' && r.level !== 'block') return;
    // The answer's kind (the analyze reply and a turn's state carry it), named again from the table by its id.
    const shownKind = (r as AnalyzeResult & { kind?: KindShown | null }).kind;
    const at = now();
    const warning: GuardianWarning = {
      id: randomUUID(), kind, level: r.level, verdict: r.verdict, risk: Math.round(r.risk), stage: r.stage,
      steps: steps(r.tactics), combinations: r.composites.map((c) => c.description), advice: r.advice.slice(0, 4),
      at: new Date(at).toISOString(),
      scamKind: shownKind ? kindNamed(shownKind.id) : null,
    };
    const row: GuardianEventRow = {
      id: warning.id, link_id: link.id, kind, session_id: sessionId, level: r.level, payload_json: JSON.stringify(warning), created_at: at,
    };
    await store.insertEvent(row);
    hub.publish(`guardian:${link.id}`, 'warning', warning);
  };

  // Hooks on the existing routes (no change to them): a reply about to go out to a request that
  // carries a live owner key is reported to that guardian when it is a warn or block.
  app.addHook('preSerialization', async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (reply.statusCode !== 200 || req.headers['x-guardian-key'] === undefined) return payload;
    const route = req.routeOptions.url;
    if (route !== '/v1/analyze' && route !== '/v1/sessions/:id/turns') return payload;
    const link = await linkOfOwner(req);
    if (!link) return payload;
    try {
      if (route === '/v1/analyze') await record(link, 'check', null, payload as AnalyzeResult);
      else {
        const o = payload as TurnOutcome;
        // Once per call: the turn on which the level rose to warn, then to block.
        if (o.alert && (o.alert.level === 'warn' || o.alert.level === 'block')) await record(link, 'call', o.sessionId, o.state);
      }
    } catch (err) {
      // The person's own answer must not fail because their guardian could not be told.
      req.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'guardian warning not recorded');
    }
    return payload;
  });
  return started;
}
