/**
 * HTTP conventions every route follows, in one place:
 * - a request id on every response (`x-request-id`; a client's own id is kept when it is a
 *   short token, otherwise a UUID is made), in the logs (`reqId`) and in error bodies;
 * - 405 with `Allow` for a known path asked with the wrong method;
 * - errors Node's HTTP parser raises before fastify sees a request (bad method, Content-Length
 *   with Transfer-Encoding, duplicate Content-Length, headers over the limit) answered in the same
 *   `{error:{code,message,requestId}}` shape;
 * - CORS for the configured origins only (none by default).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The id of a request: the client's `x-request-id` when it looks like an id, else a fresh UUID. */
export function requestId(req: IncomingMessage): string {
  const h = req.headers['x-request-id'];
  return typeof h === 'string' && CLIENT_REQUEST_ID.test(h) ? h : randomUUID();
}

const PARSER_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: 'headers_too_large', message: 'the request headers are too large' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'timeout', message: 'the request did not arrive in time' },
  HPE_INVALID_METHOD: { status: 400, code: 'bad_method', message: 'the request method is not valid HTTP' },
  HPE_UNEXPECTED_CONTENT_LENGTH: { status: 400, code: 'bad_framing', message: 'Content-Length together with Transfer-Encoding is not allowed' },
  HPE_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_framing', message: 'the Content-Length header is invalid or repeated' },
  HPE_INVALID_TRANSFER_ENCODING: { status: 400, code: 'bad_framing', message: 'the Transfer-Encoding header is invalid' },
};
const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/** fastify's `clientErrorHandler`: a JSON error on the socket, then close it. */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const known = (err.code && PARSER_ERRORS[err.code]) || { status: 400, code: 'bad_request', message: 'the request is not valid HTTP' };
  const id = randomUUID();
  const body = JSON.stringify({ error: { code: known.code, message: known.message, requestId: id } });
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${known.status} ${STATUS_TEXT[known.status] ?? 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\n`
      + `Content-Length: ${Buffer.byteLength(body)}\r\nx-request-id: ${id}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy();
}

interface KnownRoute {
  pattern: RegExp;
  methods: Set<string>;
}

/**
 * Remembers every route as it is added (call before adding routes), so a 404 can tell "no such
 * path" from "this path, another method". Returns the methods a concrete path accepts.
 */
export function trackRoutes(app: FastifyInstance): { methodsOf: (path: string) => string[]; list: () => { method: string; url: string }[] } {
  const routes = new Map<string, KnownRoute>();
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    let known = routes.get(r.url);
    if (!known) {
      // Route patterns are ours (fixed strings with :params), never user text.
      const source = '^' + r.url.split('/').map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/') + '$';
      routes.set(r.url, (known = { pattern: new RegExp(source), methods: new Set() }));
    }
    for (const m of methods) known.methods.add(m);
  });
  return {
    methodsOf: (path: string) => {
      const out = new Set<string>();
      for (const r of routes.values()) if (r.pattern.test(path)) for (const m of r.methods) out.add(m);
      return [...out].sort();
    },
    list: () => [...routes.entries()].flatMap(([url, r]) => [...r.methods].map((method) => ({ method, url }))),
  };
}

export interface CorsOptions {
  /** Origins allowed to call the API from a browser, exactly as the browser sends them (`https://bank.example`). */
  origins: readonly string[];
}

const CORS_ALLOW_HEADERS = 'authorization, content-type, idempotency-key, x-api-key, x-session-token, x-request-id, last-event-id';
const CORS_EXPOSE_HEADERS = 'x-request-id, ratelimit-limit, ratelimit-remaining, ratelimit-reset, retry-after, idempotent-replayed';

/** The CORS response headers for this request: empty unless its Origin is one of the allowed. */
export function corsHeaders(req: FastifyRequest, cors: CorsOptions | null): Record<string, string> {
  const origin = req.headers.origin;
  if (!cors || typeof origin !== 'string' || !cors.origins.includes(origin)) return {};
  return { 'access-control-allow-origin': origin, 'access-control-expose-headers': CORS_EXPOSE_HEADERS, vary: 'Origin' };
}

/** Answers a CORS preflight (OPTIONS with Access-Control-Request-Method) from an allowed origin; true when answered. */
export function preflight(req: FastifyRequest, reply: FastifyReply, cors: CorsOptions | null, allowed: string[]): boolean {
  if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return false;
  const h = corsHeaders(req, cors);
  if (!h['access-control-allow-origin']) return false;
  void reply.status(204).headers({
    ...h,
    'access-control-allow-methods': allowed.filter((m) => m !== 'HEAD').join(', ') || 'GET',
    'access-control-allow-headers': CORS_ALLOW_HEADERS,
    'access-control-max-age': '600',
  }).send();
  return true;
}
