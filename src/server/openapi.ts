/**
 * The API's route table, written once: the OpenAPI document and the /docs page are both
 * generated from it and from the same zod schemas the handlers validate with.
 */
import { z } from 'zod';
import { CENTRE_ROUTES } from './routes/staff-docs.ts';
import {
  AlertPatchBody, AlertQuery, AlertSchema, AnalyzeResultSchema, AuditQuery, ErrorResponse, FindingsSchema, InputSchema,
  KeyCreateBody, NumberCheckBody, OpenSessionBody, OutboxQuery, SessionListQuery, PaymentCheckBody, PaymentCheckResultSchema, SessionSchema,
  TurnResultSchema, TurnSchema, UrlCheckBody,
} from './schemas.ts';

export type Access = 'anonymous (rate-limited)' | 'anonymous' | 'session id' | 'staff' | 'partner' | 'admin' | 'officer' | 'supervisor' | 'officer or partner';

export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  access: Access;
  body?: z.ZodType;
  /** Other request body types accepted, e.g. `text/plain` or `image/png`. */
  rawBody?: string[];
  query?: z.ZodObject;
  response?: z.ZodType;
  stream?: boolean;
}

const AlertList = z.object({ alerts: z.array(AlertSchema) });
const OutboxList = z.object({
  warnings: z.array(z.object({ id: z.string(), alertId: z.string().nullable(), sessionId: z.string().nullable(), level: z.string(), text: z.string(), createdAt: z.string() })),
});

export const ROUTES: RouteDoc[] = [
  { method: 'post', path: '/v1/analyze', summary: '分析一条消息或一段对话 · Analyze a message or a conversation (the CLI\'s JSON input; text/plain also accepted)', access: 'anonymous (rate-limited)', body: InputSchema, rawBody: ['text/plain'], response: AnalyzeResultSchema },
  { method: 'post', path: '/v1/check/url', summary: '检查链接 · Check a link', access: 'anonymous (rate-limited)', body: UrlCheckBody, response: FindingsSchema },
  { method: 'post', path: '/v1/check/number', summary: '检查电话号码 · Check a phone number', access: 'anonymous (rate-limited)', body: NumberCheckBody, response: FindingsSchema },
  { method: 'post', path: '/v1/check/qr', summary: '检查二维码图片 · Check a QR code image (raw PNG or JPEG body)', access: 'anonymous (rate-limited)', rawBody: ['image/png', 'image/jpeg'], response: FindingsSchema },
  { method: 'post', path: '/v1/sessions', summary: '开启实时会话 · Open a live call or chat session', access: 'anonymous (rate-limited)', body: OpenSessionBody, response: SessionSchema },
  { method: 'get', path: '/v1/sessions', summary: '本密钥的会话 · The calling key\'s own sessions, newest first (page with `before` = the previous `next`)', access: 'partner', query: SessionListQuery },
  { method: 'post', path: '/v1/sessions/{id}/turns', summary: '推送一句话 · Push one utterance; returns the state and any new alert', access: 'session id', body: TurnSchema, response: TurnResultSchema },
  { method: 'get', path: '/v1/sessions/{id}', summary: '会话状态 · Session state and its alerts (staff also get the masked transcript)', access: 'session id', response: SessionSchema },
  { method: 'post', path: '/v1/sessions/{id}/end', summary: '结束会话 · End a session', access: 'session id', response: SessionSchema },
  { method: 'get', path: '/v1/sessions/{id}/events', summary: '会话事件流 · Server-Sent Events for one session (turn, alert, end)', access: 'session id', stream: true },
  { method: 'post', path: '/v1/payment-check', summary: '转账时检查 · Payment check at transfer time: allow, warn or hold', access: 'partner', body: PaymentCheckBody, response: PaymentCheckResultSchema },
  { method: 'get', path: '/v1/alerts', summary: '预警列表 · List warn- and block-level alerts', access: 'staff', query: AlertQuery, response: AlertList },
  { method: 'get', path: '/v1/alerts/stream', summary: '预警事件流 · Server-Sent Events of new alerts', access: 'staff', stream: true },
  { method: 'get', path: '/v1/alerts/{id}', summary: '预警详情 · One alert with its evidence', access: 'staff', response: AlertSchema },
  { method: 'patch', path: '/v1/alerts/{id}', summary: '更新预警状态 · Set an alert\'s follow-up status', access: 'staff', body: AlertPatchBody, response: AlertSchema },
  { method: 'get', path: '/v1/outbox', summary: '已发出的群众提醒 · Citizen warnings in the outbox', access: 'staff', query: OutboxQuery, response: OutboxList },
  { method: 'get', path: '/v1/audit', summary: '审计日志 · Audit log of staff actions', access: 'admin', query: AuditQuery },
  { method: 'post', path: '/v1/keys', summary: '创建 API 密钥 · Create an API key (shown once)', access: 'admin', body: KeyCreateBody },
  { method: 'get', path: '/v1/keys', summary: 'API 密钥列表 · List API keys (no secrets)', access: 'admin' },
  { method: 'delete', path: '/v1/keys/{id}', summary: '吊销 API 密钥 · Revoke an API key', access: 'admin' },
  { method: 'get', path: '/healthz', summary: '健康检查 · Liveness', access: 'anonymous' },
  // The anti-fraud centre's console and workflow (src/server/routes/staff*.ts).
  ...CENTRE_ROUTES,
];

const jsonSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });
const outputSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' });

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTES) {
    const content: Record<string, unknown> = {};
    if (r.body) content['application/json'] = { schema: jsonSchema(r.body) };
    for (const t of r.rawBody ?? []) content[t] = { schema: { type: 'string', format: t.startsWith('image/') ? 'binary' : undefined } };
    const parameters: unknown[] = [];
    for (const m of r.path.matchAll(/\{([a-z]+)\}/g)) if (m[1] !== 'id') parameters.push({ name: m[1], in: 'path', required: true, schema: { type: 'string' } });
    if (r.path.includes('{id}')) parameters.push({ name: 'id', in: 'path', required: true, schema: { type: 'string' } });
    if (r.query) {
      const q = jsonSchema(r.query) as { properties?: Record<string, unknown> };
      for (const [name, schema] of Object.entries(q.properties ?? {})) parameters.push({ name, in: 'query', required: false, schema });
    }
    const ok: Record<string, unknown> = { description: 'OK' };
    if (r.stream) ok['content'] = { 'text/event-stream': { schema: { type: 'string' } } };
    else if (r.response) ok['content'] = { 'application/json': { schema: outputSchema(r.response) } };
    const error = { description: 'Error', content: { 'application/json': { schema: outputSchema(ErrorResponse) } } };
    const secured = !r.access.startsWith('anonymous') && r.access !== 'session id';
    (paths[r.path] ??= {})[r.method] = {
      summary: r.summary,
      'x-access': r.access,
      ...(secured ? { security: [{ apiKey: [] }] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(Object.keys(content).length ? { requestBody: { required: true, content } } : {}),
      responses: { '200': ok, '4XX': error },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'fanzha 反诈 API',
      version: '0.1.0',
      description: 'Early warning for the fake e-commerce customer-service refund scam (冒充电商客服退款诈骗). Errors are `{ "error": { "code", "message" } }`.',
    },
    components: {
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'fanzha API key (roles: officer, supervisor, partner, admin; the old staff role is officer); X-API-Key also accepted. The console signs in with POST /v1/staff/session and then uses an HttpOnly cookie plus the X-CSRF-Token header on every state-changing request.' } },
    },
    paths,
  };
}
