/**
 * The API's route table, written once: the OpenAPI document and the /docs page are both
 * generated from it and from the same zod schemas the handlers validate with.
 */
import { z } from 'zod';
import { CENTRE_ROUTES } from './routes/staff-docs.ts';
import {
  AlertPatchBody, AlertQuery, AlertSchema, AnalyzeResultSchema, AuditQuery, ErrorResponse, FindingsSchema, InputSchema,
  KeyCreateBody, NumberCheckBody, OpenSessionBody, OutboxQuery, SessionListQuery, PaymentCheckBody, PaymentCheckResultSchema, SessionSchema,
  TurnResultSchema, TurnSchema, UrlCheckBody, PaymentOutcomeBody, PaymentCheckRecordSchema,
} from './schemas.ts';
import { FeedbackBody, GuardianCreateBody } from './routes/citizen.ts';
import { changesSomething, IDEMPOTENCY_TTL_MS } from './idempotency.ts';

export type Access = 'anonymous (rate-limited)' | 'anonymous' | 'session id' | 'staff' | 'partner' | 'admin' | 'officer' | 'supervisor' | 'officer or partner';

export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  access: Access;
  /** A stable name for generated clients; derived from the method and path when not given. */
  operationId?: string;
  /** The success status (default 200; 201 where the request creates something). */
  status?: number;
  body?: z.ZodType;
  /** An example request body (shown in /docs and the document). */
  example?: unknown;
  /** Other request body types accepted, e.g. `text/plain` or `image/png`. */
  rawBody?: string[];
  query?: z.ZodObject;
  response?: z.ZodType;
  stream?: boolean;
  /** Rate limited per IP when called without a key (default: when access is 'anonymous (rate-limited)'). */
  rateLimited?: boolean;
}

const AlertList = z.object({ alerts: z.array(AlertSchema) });
const OutboxList = z.object({
  warnings: z.array(z.object({ id: z.string(), alertId: z.string().nullable(), sessionId: z.string().nullable(), level: z.string(), text: z.string(), createdAt: z.string() })),
});
const iso = z.string().meta({ format: 'date-time', description: 'ISO 8601, UTC' });
const SessionOpened = SessionSchema.extend({
  token: z.string().meta({ description: 'The session token (256 bits, base64url), shown only here: send it as X-Session-Token (or ?token= for EventSource) to use a session opened without an API key.' }),
});
const SessionList = z.object({
  sessions: z.array(SessionSchema.omit({ alerts: true, transcript: true })),
  next: iso.nullable().meta({ description: 'Pass as `before` for the next page; null on the last page.' }),
});
const KeyCreated = z.object({ id: z.string(), role: z.string(), key: z.string().meta({ description: 'The secret, shown only this once.' }) });
const KeyList = z.object({ keys: z.array(z.object({ id: z.string(), role: z.string(), label: z.string().nullable(), createdAt: iso, revokedAt: iso.nullable() })) });
const KeyRevoked = z.object({ id: z.string(), revoked: z.literal(true) });
const AuditList = z.object({ entries: z.array(z.object({ id: z.number().int(), at: iso, keyId: z.string(), role: z.string(), action: z.string(), target: z.string().nullable(), detail: z.unknown() })) });
const Health = z.object({
  ok: z.boolean(),
  checks: z.object({ store: z.enum(['ok', 'unavailable']), redis: z.enum(['ok', 'unavailable']).optional().meta({ description: 'With --redis only.' }) }),
}).meta({ description: 'Readiness: 200 when the store (SELECT 1) and Redis (PING, with --redis) answer within 2 s, else 503 with the same body, ok false, naming which failed.' });
const Live = z.object({ ok: z.literal(true) });

/** The events of the session stream, and of the staff alert stream (`alert` only). */
export const SSE_EVENTS: Record<string, { description: string; data: z.ZodType }> = {
  turn: {
    description: 'A turn was committed.',
    data: z.object({ sessionId: z.string(), turn: z.number().int(), level: z.string(), risk: z.number(), verdict: z.string(), stage: z.string().nullable() }),
  },
  alert: { description: 'The alert level rose to warn or block (stored; the same shape as GET /v1/alerts/{id}).', data: AlertSchema },
  end: { description: 'The session ended.', data: z.object({ sessionId: z.string() }) },
};

const SSE_DESCRIPTION = 'Server-Sent Events. Each frame is `id: <boot>.<n>`, `event: turn|alert|end`, `data: <JSON>`; '
  + 'the stream opens with `retry: 3000`. Reconnect with `Last-Event-ID` (EventSource does it for you) to get the events missed '
  + 'since then (the last 256 per stream, kept in memory since the server started). A comment line every 15 s keeps it open. '
  + 'At most 16 open streams per client (API key, else IP address): one more is 429 `too_many_streams`.';

const OPERATION_IDS: Record<string, string> = {
  'post /v1/analyze': 'analyze', 'post /v1/check/url': 'checkUrl', 'post /v1/check/number': 'checkNumber', 'post /v1/check/qr': 'checkQr',
  'post /v1/sessions': 'openSession', 'get /v1/sessions': 'listSessions', 'post /v1/sessions/{id}/turns': 'pushTurn',
  'get /v1/sessions/{id}': 'getSession', 'post /v1/sessions/{id}/end': 'endSession', 'get /v1/sessions/{id}/events': 'sessionEvents',
  'post /v1/payment-check': 'checkPayment', 'get /v1/payment-checks/{id}': 'getPaymentCheck',
  'post /v1/payment-checks/{id}/outcome': 'reportPaymentOutcome', 'get /v1/alerts': 'listAlerts', 'get /v1/alerts/stream': 'alertStream',
  'get /v1/alerts/{id}': 'getAlert', 'patch /v1/alerts/{id}': 'updateAlert', 'get /v1/outbox': 'listOutbox', 'get /v1/audit': 'listAudit',
  'post /v1/keys': 'createKey', 'get /v1/keys': 'listKeys', 'delete /v1/keys/{id}': 'revokeKey', 'get /healthz': 'health', 'get /livez': 'live',
};

/** `get /v1/cases/{id}/indicators` → `getCasesIdIndicators` (a page outside /v1/ gets `…Page`): unique because method + path are. */
export function operationIdOf(r: Pick<RouteDoc, 'method' | 'path' | 'operationId'>): string {
  if (r.operationId) return r.operationId;
  const known = OPERATION_IDS[`${r.method} ${r.path}`];
  if (known) return known;
  const api = r.path.startsWith('/v1/');
  const words = r.path.replace(/^\/v1\//, '/').split(/[^A-Za-z0-9]+/).filter(Boolean);
  return r.method + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') + (api ? '' : 'Page');
}

const SAMPLE_CALL = [
  { speaker: 'caller', text: '您好，我是京东客服，您买的商品有质量问题，要给您理赔退款' },
  { speaker: 'caller', text: '您的信用积分不够，需要开启屏幕共享，我一步步教您操作' },
];

export const ROUTES: RouteDoc[] = [
  { method: 'post', path: '/v1/analyze', summary: '分析一条消息或一段对话 · Analyze a message or a conversation (the CLI\'s JSON input; text/plain also accepted)', access: 'anonymous (rate-limited)', body: InputSchema, rawBody: ['text/plain'], response: AnalyzeResultSchema,
    example: { channel: 'sms', text: '您好，我是淘宝客服，您买的奶粉有质量问题，给您双倍退款，请开启屏幕共享' } },
  { method: 'post', path: '/v1/check/url', summary: '检查链接 · Check a link', access: 'anonymous (rate-limited)', body: UrlCheckBody, response: FindingsSchema, example: { url: 'http://taobao.com.refund-service.top/r' } },
  { method: 'post', path: '/v1/check/number', summary: '检查电话号码 · Check a phone number', access: 'anonymous (rate-limited)', body: NumberCheckBody, response: FindingsSchema, example: { number: '+86 170 1234 5678', claims: '京东客服' } },
  { method: 'post', path: '/v1/check/qr', summary: '检查二维码图片 · Check a QR code image (raw PNG or JPEG body)', access: 'anonymous (rate-limited)', rawBody: ['image/png', 'image/jpeg'], response: FindingsSchema },
  { method: 'post', path: '/v1/sessions', summary: '开启实时会话 · Open a live call or chat session. With an API key it belongs to that key; without one, to whoever holds the returned token', access: 'anonymous (rate-limited)', status: 201, body: OpenSessionBody, response: SessionOpened,
    example: { channel: 'call', claimedIdentity: '京东', callerNumber: '+86 170 1234 5678' } },
  { method: 'get', path: '/v1/sessions', summary: '本密钥的会话 · The calling key\'s own sessions, newest first (page with `before` = the previous `next`)', access: 'partner', query: SessionListQuery, response: SessionList },
  { method: 'post', path: '/v1/sessions/{id}/turns', summary: '推送一句话 · Push one utterance; returns the state and any new alert', access: 'session id', body: TurnSchema, response: TurnResultSchema, example: { ...SAMPLE_CALL[0], seq: 0 }, rateLimited: true },
  { method: 'get', path: '/v1/sessions/{id}', summary: '会话状态 · Session state and its alerts (staff also get the masked transcript)', access: 'session id', response: SessionSchema },
  { method: 'post', path: '/v1/sessions/{id}/end', summary: '结束会话 · End a session', access: 'session id', response: SessionSchema },
  { method: 'get', path: '/v1/sessions/{id}/events', summary: '会话事件流 · Server-Sent Events for one session (turn, alert, end)', access: 'session id', stream: true, query: z.object({
    token: z.string().optional().meta({ description: 'The session token, for EventSource (which cannot send headers)' }),
    lastEventId: z.string().optional().meta({ description: 'The same as the Last-Event-ID header, for clients that reconnect by hand' }),
  }) },
  { method: 'post', path: '/v1/payment-check', summary: '转账时检查 · Payment check at transfer time: allow, warn or hold', access: 'partner', body: PaymentCheckBody, response: PaymentCheckResultSchema,
    example: { sessionId: '93101175-6a1e-4c1f-9b7e-2f0c8d3e4a51', transfer: { amount: 9063.5, currency: 'CNY', channel: 'app', screenShareActive: true, callActive: true }, payee: { account: '6222 0212 3456 7890 128', name: '王建国', bank: '某某银行', new: true }, lang: 'zh' } },
  { method: 'get', path: '/v1/payment-checks/{id}', summary: '转账检查记录 · One of your payment checks, with its outcome', access: 'partner', response: PaymentCheckRecordSchema },
  { method: 'post', path: '/v1/payment-checks/{id}/outcome', summary: '转账结果回传 · What happened after the answer: proceeded, cancelled or reported (kept for the centre\'s statistics; the latest report wins)', access: 'partner', body: PaymentOutcomeBody, response: PaymentCheckRecordSchema, example: { outcome: 'cancelled' } },
  { method: 'get', path: '/v1/alerts', summary: '预警列表 · List warn- and block-level alerts', access: 'staff', query: AlertQuery, response: AlertList },
  { method: 'get', path: '/v1/alerts/stream', summary: '预警事件流 · Server-Sent Events of new alerts', access: 'staff', stream: true },
  { method: 'get', path: '/v1/alerts/{id}', summary: '预警详情 · One alert with its evidence', access: 'staff', response: AlertSchema },
  { method: 'patch', path: '/v1/alerts/{id}', summary: '更新预警状态 · Set an alert\'s follow-up status', access: 'staff', body: AlertPatchBody, response: AlertSchema, example: { status: 'acknowledged' } },
  { method: 'get', path: '/v1/outbox', summary: '已发出的群众提醒 · Citizen warnings in the outbox', access: 'staff', query: OutboxQuery, response: OutboxList },
  { method: 'get', path: '/v1/audit', summary: '审计日志 · Audit log of staff actions', access: 'admin', query: AuditQuery, response: AuditList },
  { method: 'post', path: '/v1/keys', summary: '创建 API 密钥 · Create an API key (shown once)', access: 'admin', status: 201, body: KeyCreateBody, response: KeyCreated, example: { role: 'partner', label: '某某银行 手机银行' } },
  { method: 'get', path: '/v1/keys', summary: 'API 密钥列表 · List API keys (no secrets)', access: 'admin', response: KeyList },
  { method: 'delete', path: '/v1/keys/{id}', summary: '吊销 API 密钥 · Revoke an API key. A revoked key never works again, FANZHA_ADMIN_KEY included (even after a restart); the last admin key cannot be revoked (409 last_admin_key)', access: 'admin', response: KeyRevoked },
  { method: 'get', path: '/healthz', summary: '就绪检查 · Readiness: 503 with the failed dependency (store, redis) when PostgreSQL/SQLite or Redis does not answer within 2 s', access: 'anonymous', response: Health },
  { method: 'get', path: '/livez', summary: '存活检查 · Liveness: the process answers; touches no dependency', access: 'anonymous', response: Live },
  // The citizen and family app (src/server/routes/citizen.ts).
  { method: 'post', path: '/v1/sessions/{id}/feedback', summary: '群众反馈 · The session owner says "not a scam" or "you missed a scam"', access: 'session id', status: 201, body: FeedbackBody, example: { kind: 'not-scam', note: '这是真的淘宝退款' } },
  { method: 'post', path: '/v1/guardians', summary: '亲情守护链接 · Create a guardian link for a family member', access: 'anonymous (rate-limited)', status: 201, body: GuardianCreateBody },
  { method: 'delete', path: '/v1/guardians/{id}', summary: '撤销守护链接 · Revoke a guardian link (its owner key)', access: 'anonymous' },
  { method: 'get', path: '/v1/guardian/{token}', summary: '守护信息 · What the guardian sees (warnings of the protected person)', access: 'anonymous' },
  { method: 'get', path: '/v1/guardian/{token}/events', summary: '守护事件流 · Server-Sent Events for a guardian link', access: 'anonymous', stream: true },
  // The anti-fraud centre's console and workflow (src/server/routes/staff*.ts).
  ...CENTRE_ROUTES,
];

const jsonSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });
const outputSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' });

export const API_DESCRIPTION = `Early warning for the fake e-commerce customer-service refund scam (冒充电商客服退款诈骗).
Integration guide: docs/partner-api.md in the repository; readable reference: /docs.

**Keys.** Partner (bank) keys are issued by the centre's administrator (\`POST /v1/keys\` with an admin key, or
\`fanzha serve --create-key partner\` on the host); a key is shown once. Send it as \`Authorization: Bearer <key>\`
(or \`X-API-Key\`).

**Sessions** belong to the key that opened them, or (opened without a key, e.g. from a browser) to whoever holds the
\`token\` returned by \`POST /v1/sessions\`: send \`X-Session-Token\` (EventSource: \`?token=\`). Anyone else gets 404.
A payment check accepts only the caller's own sessions.

**Idempotency.** Every POST, PATCH, PUT and DELETE that creates or changes something takes \`Idempotency-Key\`
(1–255 visible ASCII characters; use a UUID). The same key with the same request returns the first answer (status and
body, header \`Idempotent-Replayed: true\`) for ${IDEMPOTENCY_TTL_MS / 3_600_000} hours; with a different request it is 409
\`idempotency_key_reused\`; while the first is still running, 409 \`idempotency_in_progress\`. Keys are per client.
Turns also take \`seq\` (0, 1, 2, …): a repeated seq is not counted twice (\`duplicate: true\`), a jump is reported in \`gap\`.

**Amounts** are yuan (CNY) as a JSON number with at most two decimals: \`9063.5\` is ¥9,063.50.

**Rate limits.** Requests without a key (analysis, checks, opening a session) share a token bucket per IP address
(default 60 a minute, bursts of 15; bodies over 64 KB cost one more token per 64 KB); turns sent without a key have
their own bucket per IP (bursts of 60, 2 a second). Answers carry \`RateLimit-Limit\`,
\`RateLimit-Remaining\` and \`RateLimit-Reset\` (seconds until the bucket is full); over the limit is 429 with
\`Retry-After\`. Event streams: 16 open per client.

**Errors** are \`{"error": {"code", "message", "requestId"}}\`; every answer has \`x-request-id\` (send your own,
8–128 characters of [A-Za-z0-9._:-], to have it kept). Unknown fields are rejected (400). Timestamps are ISO 8601 UTC.

**Retention.** Turns are deleted after 30 days; sessions, closed alerts, payment checks, outbox warnings and feedback
after 180 (configurable by the operator).`;

const ERROR_TEXT: Record<string, string> = {
  '400': 'Invalid request (invalid_body, empty_input, invalid_query, invalid_json, invalid_idempotency_key, …)',
  '401': 'No API key, or an invalid or revoked one',
  '403': 'The key\'s role may not do this',
  '404': 'No such resource, or not yours (another client\'s session is 404 too)',
  '409': 'Conflict: Idempotency-Key reused with another request or still running, session ended, last admin key, …',
  '413': 'Body too large',
  '415': 'Unsupported Content-Type',
  '429': 'Rate limited (see Retry-After and RateLimit-*)',
};

const header = (description: string, type = 'string') => ({ description, schema: { type } });
const REQUEST_ID_HEADER = header('The request id (also in error bodies and the server log)');
const RATE_HEADERS = {
  'RateLimit-Limit': header('Requests a client may burst', 'integer'),
  'RateLimit-Remaining': header('Requests left now', 'integer'),
  'RateLimit-Reset': header('Seconds until the allowance is full again', 'integer'),
};

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const seen = new Set<string>();
  for (const r of ROUTES) {
    const operationId = operationIdOf(r);
    if (seen.has(operationId)) throw new Error(`two routes share operationId ${operationId}`);
    seen.add(operationId);
    const content: Record<string, unknown> = {};
    if (r.body) content['application/json'] = { schema: jsonSchema(r.body), ...(r.example !== undefined ? { example: r.example } : {}) };
    for (const t of r.rawBody ?? []) content[t] = { schema: { type: 'string', ...(t.startsWith('image/') ? { format: 'binary' } : {}) } };
    const parameters: unknown[] = [];
    for (const m of r.path.matchAll(/\{([a-z]+)\}/g)) parameters.push({ name: m[1], in: 'path', required: true, schema: { type: 'string' } });
    if (r.query) {
      const q = jsonSchema(r.query) as { properties?: Record<string, unknown> };
      for (const [name, schema] of Object.entries(q.properties ?? {})) parameters.push({ name, in: 'query', required: false, schema });
    }
    const idempotent = changesSomething(r.method.toUpperCase(), r.path);
    if (idempotent) {
      parameters.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 },
        description: 'Retry safely: the same key and request return the first answer; another request with this key is 409.' });
    }
    if (r.stream) parameters.push({ name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string' }, description: 'Replay the events after this id' });
    const limited = r.rateLimited ?? r.access === 'anonymous (rate-limited)';
    const headers = { 'x-request-id': REQUEST_ID_HEADER, ...(limited ? RATE_HEADERS : {}) };
    const ok: Record<string, unknown> = { description: r.stream ? SSE_DESCRIPTION : r.status === 201 ? 'Created' : 'OK', headers };
    if (r.stream) {
      ok['content'] = { 'text/event-stream': { schema: { type: 'string' }, example: 'retry: 3000\n\nid: 3f2a9c1e.17\nevent: turn\ndata: {"sessionId":"…","turn":0,"level":"warn","risk":50,"verdict":"suspicious","stage":"pretext"}\n\n' } };
    } else if (r.response) {
      ok['content'] = { 'application/json': { schema: outputSchema(r.response) } };
    }
    const codes = new Set<string>();
    if (r.body || r.query || r.rawBody) codes.add('400');
    if (r.body || r.rawBody) { codes.add('413'); codes.add('415'); }
    const keyed = !r.access.startsWith('anonymous') && r.access !== 'session id';
    if (keyed) { codes.add('401'); codes.add('403'); }
    const bodyProps = r.body ? (jsonSchema(r.body) as { properties?: Record<string, unknown> }).properties ?? {} : {};
    if (r.path.includes('{') || r.access === 'session id' || 'sessionId' in bodyProps) codes.add('404');
    if (idempotent) codes.add('409');
    if (limited || r.stream) codes.add('429');
    const responses: Record<string, unknown> = { [String(r.status ?? 200)]: ok };
    for (const c of [...codes].sort()) {
      responses[c] = { description: ERROR_TEXT[c], headers: { 'x-request-id': REQUEST_ID_HEADER }, content: { 'application/json': { schema: outputSchema(ErrorResponse) } } };
    }
    const security = keyed ? [{ apiKey: [] }]
      : r.access === 'session id' ? [{ apiKey: [] }, { sessionToken: [] }]
        : r.access === 'anonymous (rate-limited)' ? [{}, { apiKey: [] }] : undefined;
    (paths[r.path] ??= {})[r.method] = {
      operationId,
      summary: r.summary,
      'x-access': r.access,
      ...(security ? { security } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(Object.keys(content).length ? { requestBody: { required: true, content } } : {}),
      responses,
      ...(r.stream ? { 'x-events': Object.fromEntries(Object.entries(SSE_EVENTS).map(([k, v]) => [k, { description: v.description, data: outputSchema(v.data) }])) } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'fanzha 反诈 API', version: '0.2.0', description: API_DESCRIPTION },
    servers: [{ url: '/', description: 'This server (the document is served by the API it describes)' }, { url: 'http://127.0.0.1:8787', description: 'A local `npm start`' }],
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'fanzha API key (roles: officer, supervisor, partner, admin; the old staff role is officer); X-API-Key also accepted. The console signs in with POST /v1/staff/session and then uses an HttpOnly cookie plus the X-CSRF-Token header on every state-changing request.' },
        sessionToken: { type: 'apiKey', in: 'header', name: 'X-Session-Token', description: 'The token POST /v1/sessions returned, for a session opened without an API key (EventSource: ?token=).' },
      },
    },
    paths,
  };
}
