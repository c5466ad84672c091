/**
 * The HTTP service: `buildServer()` wires the store, the live sessions, the notifier, the event
 * hub and the routes into one fastify instance (not yet listening, so tests can pick port 0).
 */
import { randomUUID } from 'node:crypto';
import Fastify, { LogController } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DestinationStream } from 'pino';
import type { z } from 'zod';
import { analyze, analyzeYielding, InputError, inputTurns, parseInput } from '../index.ts';
import type { AnalyzeResult, Lang } from '../types.ts';
import type { SyncMode } from '../store/sql-sqlite.ts';
import { openStore } from '../store/open.ts';
import { Store } from '../store/store.ts';
import type { Role } from '../store/store.ts';
import { OutboxNotifier } from '../notify/outbox.ts';
import { DeliveryStore } from '../notify/deliveries.ts';
import { Dispatcher } from '../notify/dispatcher.ts';
import type { DispatcherOptions } from '../notify/dispatcher.ts';
import { checkRecipientKey, recipientKey, RecipientKeyError, secretsDirFor, webhookSecret } from '../notify/secrets.ts';
import type { Notifier } from '../notify/warning.ts';
import { authenticate, createKey, ensureEnvAdminKey, requireRole, verifyKey } from './auth.ts';
import { DEFAULT_RETENTION, Retention } from './retention.ts';
import type { RetentionOptions } from './retention.ts';
import type { Principal } from './auth.ts';
import { createCheckers } from './checks.ts';
import { QrDecoderPool } from '../checks/qr/pool.ts';
import type { Checkers } from './checks.ts';
import { ApiError, describeZodError, handleError, notFound, errorBody } from './errors.ts';
import { createLogger } from './logger.ts';
import { clientErrorHandler, corsHeaders, preflight, requestId, trackRoutes } from './http.ts';
import { openApiDocument } from './openapi.ts';
import { CONTENT_SECURITY_POLICY, loadAssets } from './page.ts';
import { conversationKind, decidePayment, paymentFacts } from './payment.ts';
import { kindOf, kindShown } from '../playbook/scam-kinds.ts';
import { noteBodyBytes, RateLimiter, requestBytes } from './ratelimit.ts';
import type { RateLimitOptions } from './ratelimit.ts';
import {
  AlertPatchBody, inputSaysSomething, meaningful, AlertQuery, AuditQuery, InputSchema, KeyCreateBody, KeyIdParams, NumberCheckBody,
  OpenSessionBody, OutboxQuery, PaymentCheckBody, PaymentOutcomeBody, SessionIdParams, SessionListQuery, TurnSchema, UrlCheckBody,
} from './schemas.ts';
import { alertView, SessionManager, sessionView, TurnConflict } from './sessions.ts';
import { ClusterUnavailable, connectBus } from './cluster.ts';
import { startBridge } from './stream-bridge.ts';
import type { SessionOutbox } from './sessions.ts';
import { hashToken, isStaffRole, newSessionToken, presentedToken, sessionAccess } from './ownership.ts';
import { installIdempotency } from './idempotency.ts';
import { SeqTracker } from './seq.ts';
import { accountsIn, counterpartSpeaks, matchPayee, SessionAccounts } from './payee.ts';
import type { PayeeMatch } from './payee.ts';
import { paymentCheckView } from '../store/partner.ts';
import { PartnerStore } from '../store/partner.ts';
import type { KeepMode } from './sessions.ts';
import { EventHub } from './sse.ts';
import { guardianPageMiss, pageMiss, registerCitizen } from './routes/citizen.ts';
import { redactUrl, withoutPassword } from './redact.ts';
import { Centre, registerStaffRoutes } from './routes/staff.ts';
import { registerReportRoutes } from './routes/staff-reports.ts';
import { seedDemo } from './routes/staff-demo.ts';
import { checkStatusPatch, Refusal } from '../centre/followup.ts';

export interface ServerOptions {
  /** The SQLite file (the default store); its directory also holds the secrets unless secretsDir says. */
  dbPath: string;
  /** A shared PostgreSQL instead of SQLite (`--pg URL`, FANZHA_PG): postgres://user@host:port/db. */
  pgUrl?: string;
  /** SQLite `synchronous` in WAL mode (default NORMAL: survives a killed process; FULL also power loss). */
  sync?: SyncMode;
  /** pino level; 'silent' turns logging off. Default 'info'. */
  logLevel?: string;
  /** Where logs go (default stdout). */
  logDestination?: DestinationStream;
  /** Per-IP token bucket for anonymous endpoints; false turns it off, turns included (load benchmarks). */
  rateLimit?: RateLimitOptions | false;
  /** Per-IP token bucket for anonymous turns on live sessions (default 60 burst, 2 per second). */
  turnRateLimit?: RateLimitOptions;
  /** Sessions idle this long expire (default 30 minutes). */
  sessionIdleMs?: number;
  /** How often idle sessions are swept (default: a quarter of the idle time, at most a minute). */
  sweepIntervalMs?: number;
  /** 'evidence' keeps only the evidence spans, not whole transcripts (FANZHA_KEEP=evidence). */
  keep?: KeepMode;
  /** Citizen warnings are POSTed here when set (kept in the outbox if delivery fails); otherwise they go to the stored outbox. */
  webhookUrl?: string;
  notifier?: Notifier;
  /** HMAC secret for webhook signatures (FANZHA_WEBHOOK_SECRET); default: var/webhook.secret next to the database, made on first start. */
  webhookSecret?: string;
  /** 32-byte key (base64) sealing warning recipients (FANZHA_RECIPIENT_KEY); default: var/recipient.key next to the database. */
  recipientKey?: string;
  /** Where the generated secrets live (default: the database's directory; null: this process only). */
  secretsDir?: string | null;
  /** Webhook retry tuning (tests): timeout, attempts, backoff. */
  webhookRetry?: Partial<Pick<DispatcherOptions, 'timeoutMs' | 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs' | 'concurrency' | 'pollMs'>>;
  /** Stored (hashed) as an admin key on first start when given (FANZHA_ADMIN_KEY). */
  adminKey?: string;
  /** JSON and text bodies, in bytes (default: the engine's 1 MB input limit plus room for JSON framing). */
  bodyLimit?: number;
  /** QR image uploads, in bytes (default 4 MB). */
  imageBodyLimit?: number;
  maxLiveSessions?: number;
  now?: () => number;
  checkers?: Checkers;
  /** Open SSE streams one client (API key, else IP) may hold (default 16). */
  maxStreamsPerClient?: number;
  /** How long turns and records are kept (default 30 / 180 days); false keeps everything (tests of other things). */
  retention?: RetentionOptions | false;
  /** Browser origins allowed to call the API (CORS); none by default (`--cors-origin`, FANZHA_CORS_ORIGIN). */
  corsOrigins?: readonly string[];
  /** Log each request (default true). */
  requestLogging?: boolean;
  /** Where accepted review examples are appended (`<lang>.jsonl`; default the package's data/reviewed/). */
  reviewedDir?: string;
  /** Fill the store with a few days of synthetic, demo-marked alerts and cases (`fanzha serve --demo`). */
  demo?: boolean;
  /**
   * Redis of the stream workers (`--redis`, FANZHA_REDIS): their alerts are published to the console and the citizen's stream (src/server/stream-bridge.ts),
   * and this process runs as one of several serve processes sharing the store: live events through Redis, sessions answered by any process (src/server/cluster.ts).
   */
  redisUrl?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    sessions: SessionManager;
    /** Every route the server has (method and pattern), for the OpenAPI completeness test. */
    routeList: () => { method: string; url: string }[];
  }
}

/** With several serve processes, how often each reloads the confirmed indicators (ms). */
const LOOKUP_REFRESH_MS = 5_000;
const DEFAULT_BODY_LIMIT = 1024 * 1024 + 64 * 1024;
const DEFAULT_IMAGE_LIMIT = 4 * 1024 * 1024;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(body: Buffer): string {
  try {
    return UTF8.decode(body);
  } catch {
    throw new ApiError(400, 'invalid_utf8', 'the body is not valid UTF-8 text');
  }
}

function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) throw new ApiError(400, 'empty_body', 'the request body is empty');
  const text = decodeUtf8(body);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'invalid_json', 'the body is not valid JSON');
  }
}

function parse<S extends z.ZodType>(schema: S, value: unknown, code = 'invalid_body'): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new ApiError(400, code, describeZodError(r.error));
  return r.data;
}

/** Unknown or malformed ids are the same thing to a client: no such session or alert. */
function idParam(req: FastifyRequest, what: string): string {
  const r = SessionIdParams.safeParse(req.params);
  if (!r.success) throw notFound(what);
  return r.data.id;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const now = options.now ?? Date.now;
  const logger = createLogger(options.logLevel ?? 'info', options.logDestination);
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: options.requestLogging === false }),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    genReqId: (req) => requestId(req),
    // Parser-level errors (bad method, CL+TE, 431) in the same JSON shape as everything else.
    clientErrorHandler,
    // Slow-loris and stuck clients: a request must arrive in full within 30 s.
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    return503OnClosing: true,
    // Malformed URLs and the like: the same JSON error shape as everything else.
    // A malformed guardian link (bad escapes, an over-long token) is the guardian's 404 page.
    frameworkErrors: (err, req, reply) => guardianPageMiss(req, reply) ?? handleError(err, req, reply),
  });

  // Compile both playbooks now, so the first request does not pay for it.
  analyze({ channel: 'text', text: '您好，我是客服' });
  analyze({ channel: 'text', text: 'Hello, this is customer service' });

  // A shared store: a key made up beside this process's files would seal recipients no other
  // process can open (the warning then goes out with no recipient), so the key must be given.
  if (options.pgUrl && !options.recipientKey) {
    throw new RecipientKeyError('with --pg (a shared store) give the recipient key every fanzha serve and worker shares: FANZHA_RECIPIENT_KEY or FANZHA_RECIPIENT_KEY_FILE (32 bytes in base64, e.g. openssl rand -base64 32)');
  }
  // Redis first: an unreachable Redis fails the start before the store (its directory, its
  // database file, its migrations) is touched, so nothing was changed.
  const bus = options.redisUrl ? connectBus(options.redisUrl) : null;
  if (bus) {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([bus.start(), new Promise((_, fail) => { timer = setTimeout(() => fail(new ClusterUnavailable(`cannot reach Redis at ${withoutPassword(options.redisUrl!)} within 10 s; nothing was changed`)), 10_000); })]);
    } catch (err) {
      await bus.stop();
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }
  const sql = await openStore(options.pgUrl ? { pg: options.pgUrl } : { sqlite: options.dbPath, sync: options.sync ?? 'NORMAL' });
  if (options.pgUrl) {
    try {
      await checkRecipientKey(sql, recipientKey(null, options.recipientKey));
    } catch (err) {
      await sql.close();
      await bus?.stop();
      throw err;
    }
  }
  const store = new Store(sql);
  const partner = new PartnerStore(sql);
  await ensureEnvAdminKey(store, options.adminKey, now());
  if (options.adminKey && !(await verifyKey(store, options.adminKey))) {
    // Revoked through the API: it stays revoked (docs/partner-api.md, "Keys"); only --create-key on the host makes a new one.
    app.log.warn('FANZHA_ADMIN_KEY was revoked and stays revoked; create a new admin key with `fanzha serve --create-key admin`');
  }
  const retention = options.retention === false ? null : new Retention(sql, options.retention ?? DEFAULT_RETENTION);
  const purge = async () => {
    if (!retention) return;
    try {
      const n = await retention.purge(now());
      if (Object.values(n).some((v) => v > 0)) app.log.info({ purged: n }, 'retention purge');
    } catch (err) {
      app.log.error({ err: err instanceof Error ? err.message : String(err) }, 'retention purge failed');
    }
  };
  await purge();
  const purgeTimer = setInterval(() => void purge(), 60 * 60_000);
  purgeTimer.unref();
  const hub = new EventHub({ ...(options.maxStreamsPerClient ? { maxPerClient: options.maxStreamsPerClient } : {}) });
  // Several serve processes: live events go through Redis so a client on any process gets them.
  if (bus) {
    hub.attach(bus, (err) => app.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'live event not sent through Redis; delivered to this process only'));
  }
  /** A hijacked stream skips onSend: the headers every response carries, added by hand. */
  const streamHeaders = (req: FastifyRequest): Record<string, string> => ({ 'x-request-id': req.id, ...corsHeaders(req, options.corsOrigins?.length ? { origins: options.corsOrigins } : null) });
  // Citizen warnings: a transactional outbox (src/notify/): the alert and its delivery job commit
  // together; with a webhook the dispatcher delivers, signed, with retries, also after a restart.
  // A custom in-process notifier (options.notifier) replaces it (tests, embedding).
  const secretsDir = options.secretsDir !== undefined ? options.secretsDir : secretsDirFor(options.dbPath);
  const sealKey = recipientKey(secretsDir, options.recipientKey);
  const deliveries = new DeliveryStore(sql, sealKey);
  const dispatcher = options.webhookUrl && !options.notifier
    ? new Dispatcher(deliveries, app.log, {
      url: options.webhookUrl, secret: webhookSecret(secretsDir, options.webhookSecret), now, ...options.webhookRetry,
    })
    : null;
  const notifier: Notifier = options.notifier ?? new OutboxNotifier(store);
  const outbox: SessionOutbox | undefined = options.notifier ? undefined : {
    // In the alert's (the session's) transaction `q`: committed together or not at all.
    enqueue: async (a, q) => { await deliveries.enqueue({ alertId: a.id, sessionId: a.session_id, level: a.level, at: a.created_at }, dispatcher !== null, q); },
    committed: () => dispatcher?.kick(),
    putRecipient: (sessionId, recipient, at, q) => deliveries.putRecipient(sessionId, recipient, at, q),
  };
  const idleMs = options.sessionIdleMs ?? 30 * 60_000;
  const centre = await new Centre({ store, hub, now }).init();
  const sessions = new SessionManager(store, hub, notifier, app.log, {
    idleMs,
    keep: options.keep ?? 'transcript',
    now,
    maxLive: options.maxLiveSessions ?? 100_000,
    observer: centre.observer,
    ...(outbox ? { outbox } : {}),
    shared: bus !== null,
  });
  if (dispatcher) {
    // Where the receiver's copy of the secret comes from (the path, never the secret).
    app.log.info({ webhook: new URL(options.webhookUrl!).origin, secret: options.webhookSecret ? 'FANZHA_WEBHOOK_SECRET' : secretsDir ? `${secretsDir}/webhook.secret` : 'generated for this process only' },
      'citizen warnings go to the webhook, signed (docs/webhooks.md)');
    dispatcher.start();
  }
  const limiter = options.rateLimit === false ? null
    : new RateLimiter(options.rateLimit ?? { capacity: 30, refillPerSecond: 1 }, now);
  // Turns of live calls come one every few seconds per call; a separate, larger bucket per client
  // so a family following a call is not starved by its own checks, while a flood still costs.
  const turnLimiter = options.rateLimit === false ? null
    : new RateLimiter(options.turnRateLimit ?? { capacity: 60, refillPerSecond: 2 }, now);
  // QR images are decoded in a worker thread with a time limit, never on the event loop.
  const qrPool = new QrDecoderPool();
  const checkers = options.checkers ?? createCheckers(qrPool);
  const assets = loadAssets();
  const openapi = JSON.stringify(openApiDocument());

  app.decorate('store', store);
  app.decorate('sessions', sessions);
  await app.register(fastifyCookie);
  await registerCitizen(app, { now, rateLimit: options.rateLimit });

  const sweepMs = options.sweepIntervalMs ?? Math.min(60_000, Math.max(1_000, idleMs / 4));
  const sweep = setInterval(async () => {
    try {
      await idempotency.purge(now());
      // Several processes: one at a time expires the shared store's idle sessions (a lease of two sweeps).
      const lead = bus ? await bus.lead('sweep', 2 * sweepMs).catch(() => false) : true;
      const n = await sessions.sweep(lead);
      if (n > 0) app.log.info({ expired: n }, 'idle sessions expired');
    } catch (err) {
      app.log.error({ err: err instanceof Error ? err.message : String(err) }, 'session sweep failed');
    }
  }, sweepMs);
  sweep.unref();

  // Several processes: an indicator confirmed through another process reaches this one's engine
  // within LOOKUP_REFRESH_MS (the lookup is refreshed at once only where the decision was made).
  const lookupTimer = bus ? setInterval(() => {
    centre.refreshLookup().catch((err: unknown) => {
      app.log.error({ err: err instanceof Error ? err.message : String(err) }, 'confirmed-indicator refresh failed');
    });
  }, LOOKUP_REFRESH_MS) : null;
  lookupTimer?.unref();

  const bridge = options.redisUrl ? startBridge(options.redisUrl, store, hub, app.log) : null;
  app.addHook('preClose', async () => {
    await bridge?.stop();
    clearInterval(sweep);
    clearInterval(purgeTimer);
    if (lookupTimer) clearInterval(lookupTimer);
    await sessions.flush();
    // The last turns' events reach the other processes before Redis is let go.
    await hub.settle();
    await bus?.stop();
    hub.close();
  });
  app.addHook('onClose', async () => {
    await qrPool.close();
    await dispatcher?.stop();
    await sessions.flush();
    await sql.close();
  });

  /**
   * A body that fails to parse never reaches the route's rate limit, yet it was read and parsed:
   * an anonymous sender pays for it all the same (1 MB of malformed JSON is not free).
   */
  const chargeUnparsed = async (req: FastifyRequest): Promise<void> => {
    if (!limiter || (await authenticate(store, req))) return;
    limiter.take(req.ip, limiter.costOf(requestBytes(req)));
  };

  // ---- bodies: our own parsers so invalid UTF-8 and empty bodies get clear errors ----
  const routeTable = trackRoutes(app);
  const methodsOf = routeTable.methodsOf;
  app.decorate('routeList', routeTable.list);
  const idempotency = installIdempotency(app, {
    sql, now,
    scopeOf: async (req) => {
      const p = (await authenticate(store, req));
      if (p) return `key:${p.keyId}`;
      const token = presentedToken(req);
      return token ? `token:${hashToken(token)}` : `ip:${req.ip}`;
    },
  });
  const seqs = new SeqTracker(sql, bus !== null);
  const accounts = await SessionAccounts.load(sql);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body: Buffer, done) => {
    noteBodyBytes(req, body.length);
    let value: unknown;
    try {
      value = parseJsonBody(body);
    } catch (err) {
      const fail = () => done(err as Error, undefined);
      return void chargeUnparsed(req).then(fail, fail);
    }
    done(null, value);
  });
  app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, (req, body: Buffer, done) => {
    noteBodyBytes(req, body.length);
    try {
      done(null, decodeUtf8(body));
    } catch (err) {
      const fail = () => done(err as Error, undefined);
      void chargeUnparsed(req).then(fail, fail);
    }
  });
  app.addContentTypeParser(['image/png', 'image/jpeg'], { parseAs: 'buffer', bodyLimit: options.imageBodyLimit ?? DEFAULT_IMAGE_LIMIT },
    (req, body: Buffer, done) => { noteBodyBytes(req, body.length); done(null, body); });

  app.setErrorHandler(handleError);
  app.setNotFoundHandler((req, reply) => {
    const miss = guardianPageMiss(req, reply);
    if (miss) return miss;
    const path = redactUrl(req.url.split('?')[0] ?? '');
    const allow = methodsOf(path);
    if (allow.length > 0) {
      return reply.status(405).header('allow', allow.join(', '))
        .send(errorBody('method_not_allowed', `${path} accepts ${allow.join(', ')}, not ${req.method}`, req.id));
    }
    // A browser's page load (a mistyped /pad) gets the HTML 404 page; API clients keep the JSON.
    const page = pageMiss(req, reply);
    if (page) return page;
    return reply.status(404).send(errorBody('not_found', `no route ${req.method} ${path}`, req.id));
  });

  // Every response carries its request id; CORS only for the configured origins.
  const cors = options.corsOrigins?.length ? { origins: options.corsOrigins } : null;
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    const h = corsHeaders(req, cors);
    if (h['access-control-allow-origin']) reply.headers(h);
    if (preflight(req, reply, cors, methodsOf(req.url.split('?')[0] ?? ''))) return reply;
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });

  // ---- helpers ----
  const limitWith = (bucket: RateLimiter | null) => async (req: FastifyRequest, reply: FastifyReply) => {
    if (!bucket) return;
    if ((await authenticate(store, req))) return; // partners and staff are not throttled here
    // Charged by the bytes read, so a chunked body without Content-Length costs the same as a declared one.
    const wait = bucket.take(req.ip, bucket.costOf(requestBytes(req)));
    const st = bucket.state(req.ip);
    const headers = { 'ratelimit-limit': String(st.limit), 'ratelimit-remaining': String(st.remaining), 'ratelimit-reset': String(st.reset) };
    reply.headers(headers);
    if (wait > 0) throw new ApiError(429, 'rate_limited', `too many requests; retry in ${wait} s`, { ...headers, 'retry-after': String(wait) });
  };
  const rateLimited = limitWith(limiter);
  const turnLimited = limitWith(turnLimiter);
  const audit = (p: Principal, action: string, target: string | null, detail?: unknown): Promise<void> => {
    return store.audit({ at: now(), key_id: p.keyId, role: p.role, action, target, detail_json: detail === undefined ? null : JSON.stringify(detail) });
  };
  const staff = async (req: FastifyRequest) => requireRole(store, req, ['staff']);
  const role = async (req: FastifyRequest, roles: Role[]) => requireRole(store, req, roles);

  // ---- pages ----
  for (const [path, asset] of assets) {
    app.get(path, async (_req, reply) => reply.type(asset.type).header('cache-control', 'no-cache').send(asset.body));
  }
  app.get('/openapi.json', async (_req, reply) => reply.type('application/json; charset=utf-8').send(openapi));
  // Liveness: the process answers; touches no dependency (a restart would not fix PostgreSQL).
  app.get('/livez', async () => ({ ok: true }));
  // Readiness: the store (SELECT 1) and, with --redis, Redis (PING), each within 2 s; 503 names
  // what failed so a load balancer stops sending traffic here and an operator sees why.
  const probe = async (what: string, run: () => Promise<unknown>): Promise<'ok' | 'unavailable'> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([run(), new Promise((_, fail) => { timer = setTimeout(() => fail(new Error('no answer within 2 s')), 2_000); })]);
      return 'ok';
    } catch (err) {
      app.log.warn({ dependency: what, err: err instanceof Error ? err.message : String(err) }, 'readiness probe failed');
      return 'unavailable';
    } finally {
      clearTimeout(timer);
    }
  };
  app.get('/healthz', async (_req, reply) => {
    const [storeState, redisState] = await Promise.all([
      probe(options.pgUrl ? 'PostgreSQL' : 'SQLite', () => sql.get('SELECT 1 AS one')),
      bus ? probe(`Redis at ${redactUrl(options.redisUrl!)}`, () => bus.ping()) : Promise.resolve(null),
    ]);
    const checks = { store: storeState, ...(redisState ? { redis: redisState } : {}) };
    const ok = storeState === 'ok' && (redisState === null || redisState === 'ok');
    if (!ok) reply.code(503);
    return { ok, checks };
  });

  // ---- analysis and checks ----
  app.post('/v1/analyze', { preHandler: rateLimited }, async (req) => {
    let result: AnalyzeResult;
    try {
      // A JSON string is not text/plain: only a text/plain body is read as plain text or speaker lines.
      const plain = typeof req.body === 'string' && String(req.headers['content-type'] ?? '').startsWith('text/plain');
      if (!plain && typeof req.body === 'string') throw new ApiError(400, 'invalid_body', 'a JSON body must be an object such as {"text": "…"}; send plain text as text/plain');
      const input = plain ? parseInput(req.body as string) : parse(InputSchema, req.body, 'invalid_body');
      if (inputTurns(input).every((t) => !meaningful(t.text))) throw new ApiError(400, 'empty_input', 'there is no text to analyse');
      // Yields between turns: a 1 MB conversation does not hold every other request for its duration.
      result = await analyzeYielding(input);
      // The scam kind by name for the headline ("很可能是虚假贷款诈骗"), in the answer's language (src/playbook/scam-kinds.ts).
      return { ...result, kind: kindOf(result, input.lang ?? result.lang) };
    } catch (err) {
      if (err instanceof InputError) throw new ApiError(400, 'invalid_input', err.message);
      throw err;
    }
  });

  app.post('/v1/check/url', { preHandler: rateLimited }, async (req) => {
    const { url } = parse(UrlCheckBody, req.body);
    return checkers.url(url);
  });
  app.post('/v1/check/number', { preHandler: rateLimited }, async (req) => {
    const { number, claims, lang } = parse(NumberCheckBody, req.body);
    return checkers.number(number, claims, lang);
  });
  app.post('/v1/check/qr', { preHandler: rateLimited, bodyLimit: options.imageBodyLimit ?? DEFAULT_IMAGE_LIMIT }, async (req) => {
    if (!Buffer.isBuffer(req.body)) throw new ApiError(415, 'unsupported_media_type', 'send the image as the raw body with Content-Type image/png or image/jpeg');
    if (req.body.length === 0) throw new ApiError(400, 'empty_body', 'the image is empty');
    return checkers.qr(req.body);
  });

  // ---- live sessions (ownership: src/server/ownership.ts) ----
  /** The session row when the caller owns it (or, for reads, is staff); 404 otherwise. */
  const ownedSession = async (req: FastifyRequest, id: string, opts: { staffMayRead?: boolean; tokenInQuery?: boolean } = {}) => {
    const row = await sessions.get(id);
    const principal = (await authenticate(store, req));
    const owner = (await partner.getOwner(id)) ?? { owner_key_id: null, token_hash: null };
    const access = sessionAccess(owner, principal, presentedToken(req, opts.tokenInQuery), opts.staffMayRead ?? false);
    return { row, principal, access };
  };
  app.post('/v1/sessions', { preHandler: rateLimited }, async (req, reply) => {
    const body = parse(OpenSessionBody, req.body ?? {});
    const principal = (await authenticate(store, req));
    const { token, hash } = newSessionToken();
    // The session and its owner in one transaction.
    const row = await sessions.open(body, (q, r) => partner.setOwner(r.id, principal?.keyId ?? null, hash, q));
    return reply.status(201).send({ ...sessionView(row, sessions.stateOf(row)), alerts: [], token });
  });
  app.get('/v1/sessions', async (req) => {
    const p = (await authenticate(store, req));
    if (!p) throw new ApiError(401, 'unauthorized', 'listing sessions needs an API key (Authorization: Bearer <key>)', { 'www-authenticate': 'Bearer' });
    const q = parse(SessionListQuery, req.query, 'invalid_query');
    const rows = await partner.sessionsOfKey(p.keyId, { before: q.before ?? Number.MAX_SAFE_INTEGER, status: q.status ?? null, limit: q.limit });
    const last = rows.at(-1);
    return {
      sessions: rows.map((r) => sessionView(r, null)),
      next: rows.length === q.limit && last ? new Date(last.created_at).toISOString() : null,
    };
  });
  // Several processes: a turn another process recorded first at the same index is run again on the
  // fresh state, after a short random pause so that two processes' retries do not collide again.
  app.post('/v1/sessions/:id/turns', { preHandler: turnLimited }, async (req) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await pushTurn(req);
      } catch (err) {
        if (!(err instanceof TurnConflict) || attempt >= 5) throw err;
        await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
      }
    }
  });
  const pushTurn = async (req: FastifyRequest) => {
    const id = idParam(req, 'session');
    await ownedSession(req, id);
    const { seq, ...turn } = parse(TurnSchema, req.body);
    if (seq === undefined) {
      const out = await sessions.push(id, turn);
      await accounts.record(id, out.turn, turn.speaker, turn.text, now());
      return out;
    }
    const v = await seqs.check(id, seq);
    if (v.kind === 'duplicate') {
      // Already counted: the current state, no alert (any alert went out with the first answer).
      return { sessionId: id, turn: v.turn, state: sessions.stateOf(await sessions.get(id)), alert: null, duplicate: true };
    }
    try {
      const out = await sessions.push(id, turn, seq);
      await accounts.record(id, out.turn, turn.speaker, turn.text, now());
      seqs.settled(id, seq, true);
      return { ...out, ...(v.gap ? { gap: v.gap } : {}), ...(v.outOfOrder ? { outOfOrder: true } : {}) };
    } catch (err) {
      seqs.settled(id, seq, false);
      throw err;
    }
  };
  app.get('/v1/sessions/:id', async (req) => {
    const id = idParam(req, 'session');
    const { row, principal, access } = await ownedSession(req, id, { staffMayRead: true });
    const view = { ...sessionView(row, sessions.stateOf(row)), alerts: (await store.alertsOfSession(id)).map(alertView) };
    if (principal && isStaffRole(principal.role)) {
      await audit(principal, access === 'staff' ? 'session.view' : 'session.view-own', id);
      return { ...view, transcript: (await store.listTurns(id)).map((t) => ({ turn: t.idx, speaker: t.speaker, text: t.text })) };
    }
    return view;
  });
  app.post('/v1/sessions/:id/end', async (req) => {
    const id = idParam(req, 'session');
    await ownedSession(req, id);
    const row = await sessions.end(id);
    return { ...sessionView(row, sessions.stateOf(row)), alerts: (await store.alertsOfSession(id)).map(alertView) };
  });
  app.get('/v1/sessions/:id/events', async (req, reply) => {
    const id = idParam(req, 'session');
    const { principal, access } = await ownedSession(req, id, { staffMayRead: true, tokenInQuery: true }); // 404 before the stream opens
    if (access === 'staff' && principal) await audit(principal, 'session.stream', id);
    hub.subscribe(req, reply, `session:${id}`, principal?.keyId ?? req.ip, streamHeaders(req));
  });

  // ---- payment check (banks) ----
  app.post('/v1/payment-check', async (req) => {
    const p = await role(req, ['partner']);
    const body = parse(PaymentCheckBody, req.body);
    let conversation: AnalyzeResult | null = null;
    let payeeMatch: PayeeMatch = { account: false, name: false, bank: false };
    if (body.sessionId) {
      // Only the caller's own sessions: another partner's session id is 404, as if it did not exist.
      const sid = body.sessionId;
      const { row } = await ownedSession(req, sid);
      conversation = sessions.stateOf(row);
      const said = (await store.listTurns(sid)).filter((t) => counterpartSpeaks(t.speaker) && t.text !== null).map((t) => t.text as string);
      payeeMatch = matchPayee(body.payee, said, await accounts.saidIn(sid));
    } else if (body.conversation) {
      if (!inputSaysSomething(body.conversation)) throw new ApiError(400, 'empty_input', 'the conversation has no text to analyse');
      try {
        conversation = await analyzeYielding(body.conversation, body.lang ? { lang: body.lang } : {});
      } catch (err) {
        if (err instanceof InputError) throw new ApiError(400, 'invalid_input', err.message);
        throw err;
      }
      const said = inputTurns(body.conversation).filter((t) => counterpartSpeaks(t.speaker)).map((t) => t.text);
      const saidAccounts = new Set(said.flatMap(accountsIn));
      payeeMatch = matchPayee(body.payee, said, (key) => saidAccounts.has(key));
    }
    const lang: Lang = body.lang ?? conversation?.lang ?? 'zh';
    const transfer = { ...body.transfer, payeeNew: body.payee?.new ?? body.transfer.payeeNew ?? false };
    const kind = conversationKind(conversation);
    const answer = decidePayment(paymentFacts(transfer, conversation, payeeMatch), lang, conversation?.advice ?? [], kind);
    const id = randomUUID();
    await sql.tx(async (q) => {
      await store.insertPaymentCheck({
        id, key_id: p.keyId, session_id: body.sessionId ?? null, decision: answer.decision,
        rules_json: JSON.stringify(answer.reasons.map((r) => r.rule)), created_at: now(),
      }, q);
      await partner.setPaymentDetails(id, body.transfer.amount, payeeMatch, q);
    });
    await audit(p, 'payment.check', body.sessionId ?? null, { id, decision: answer.decision });
    return { id, ...answer, risk: conversation?.risk ?? null, verdict: conversation?.verdict ?? null, kind: kind === null ? null : kindShown(kind, lang), payeeMatch };
  });
  const ownCheck = async (req: FastifyRequest) => {
    const p = await role(req, ['partner']);
    const id = idParam(req, 'payment check');
    const row = await partner.getPaymentCheck(id);
    if (!row || (row.key_id !== p.keyId && p.role !== 'admin')) throw notFound('payment check');
    return { p, row };
  };
  app.get('/v1/payment-checks/:id', async (req) => paymentCheckView((await ownCheck(req)).row));
  app.post('/v1/payment-checks/:id/outcome', async (req) => {
    const { p, row } = await ownCheck(req);
    const body = parse(PaymentOutcomeBody, req.body);
    await partner.setPaymentOutcome(row.id, body.outcome, now());
    await audit(p, 'payment.outcome', row.id, { from: row.outcome, to: body.outcome });
    return paymentCheckView((await partner.getPaymentCheck(row.id)) ?? row);
  });

  // ---- alerts (staff) ----
  app.get('/v1/alerts', async (req) => {
    await staff(req);
    const q = parse(AlertQuery, req.query, 'invalid_query');
    return { alerts: (await store.listAlerts(q)).map(alertView) };
  });
  app.get('/v1/alerts/stream', async (req, reply) => {
    const p = await staff(req);
    await audit(p, 'alerts.stream', null);
    hub.subscribe(req, reply, 'alerts', p.keyId, streamHeaders(req));
  });
  app.get('/v1/alerts/:id', async (req) => {
    const p = await staff(req);
    const id = idParam(req, 'alert');
    const row = await store.getAlert(id);
    if (!row) throw notFound('alert');
    await audit(p, 'alert.view', id);
    return alertView(row);
  });
  app.patch('/v1/alerts/:id', async (req) => {
    const p = await staff(req);
    const alertId = idParam(req, 'alert');
    const body = parse(AlertPatchBody, req.body);
    const before = await store.getAlert(alertId);
    if (!before) throw notFound('alert');
    try {
      checkStatusPatch(before.status, body.status);
    } catch (err) {
      if (err instanceof Refusal) throw new ApiError(409, err.code, err.message);
      throw err;
    }
    await store.setAlertStatus(alertId, body.status, now());
    await audit(p, 'alert.update', alertId, { from: before.status, to: body.status, ...(body.note ? { note: body.note } : {}) });
    return alertView((await store.getAlert(alertId)) ?? before);
  });

  app.get('/v1/outbox', async (req) => {
    const p = await staff(req);
    const q = parse(OutboxQuery, req.query, 'invalid_query');
    await audit(p, 'outbox.view', null);
    return {
      // The recipient is never shown: it is sealed, and only the dispatcher opens it to deliver.
      warnings: (options.notifier
        ? (await store.listOutbox(q.limit)).map((w) => ({
          id: w.id, alertId: w.alert_id, sessionId: w.session_id, level: w.level, text: w.text, createdAt: new Date(w.created_at).toISOString(),
        }))
        : (await deliveries.list(q.limit)).map((d) => ({
          id: d.id, alertId: d.alert_id, sessionId: d.session_id, level: d.level, text: d.text, event: d.event,
          status: d.status, attempts: d.attempts, lastError: d.last_error,
          createdAt: new Date(d.created_at).toISOString(), deliveredAt: d.delivered_at === null ? null : new Date(d.delivered_at).toISOString(),
        }))),
    };
  });

  // ---- admin ----
  app.get('/v1/audit', async (req) => {
    await role(req, ['admin']);
    const q = parse(AuditQuery, req.query, 'invalid_query');
    return {
      entries: (await store.listAudit(q.since ?? 0, q.limit)).map((a) => ({
        id: a.id, at: new Date(a.at).toISOString(), keyId: a.key_id, role: a.role, action: a.action, target: a.target,
        detail: a.detail_json ? (JSON.parse(a.detail_json) as unknown) : null,
      })),
    };
  });
  app.post('/v1/keys', async (req, reply) => {
    const p = await role(req, ['admin']);
    const body = parse(KeyCreateBody, req.body);
    const k = await createKey(store, body.role, body.label ?? null, now());
    await audit(p, 'key.create', k.id, { role: body.role });
    return reply.status(201).send({ id: k.id, role: body.role, key: k.key });
  });
  app.get('/v1/keys', async (req) => {
    await role(req, ['admin']);
    return {
      keys: (await store.listKeys()).map((k) => ({
        id: k.id, role: k.role, label: k.label, createdAt: new Date(k.created_at).toISOString(),
        revokedAt: k.revoked_at === null ? null : new Date(k.revoked_at).toISOString(),
      })),
    };
  });
  app.delete('/v1/keys/:id', async (req) => {
    const p = await role(req, ['admin']);
    const kp = KeyIdParams.safeParse(req.params);
    if (!kp.success) throw notFound('key');
    const { id } = kp.data;
    const target = await store.getKey(id);
    if (target && target.revoked_at === null && target.role === 'admin' && (await store.countActiveKeys('admin')) <= 1) {
      throw new ApiError(409, 'last_admin_key', 'this is the last admin key: create another admin key first, or nobody could manage keys again');
    }
    if (!(await store.revokeKey(id, now()))) throw notFound('key');
    await audit(p, 'key.revoke', id);
    return { id, revoked: true };
  });

  registerStaffRoutes(app, centre);
  registerReportRoutes(app, centre, options.reviewedDir);
  if (options.demo) app.log.info({ alerts: await seedDemo(store, centre, now()) }, 'demo data');

  return app;
}

