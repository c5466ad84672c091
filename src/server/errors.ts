/**
 * Every failure the API reports has one shape: `{ error: { code, message } }` with a 4xx status
 * for anything the client can fix. Unexpected failures are 500 with a generic message (the
 * details go to the log, masked), never the raw exception.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { InputError, maskPII } from '../index.ts';
import { redactUrlsIn } from './redact.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * A session the caller may not use answers exactly as one that does not exist (its existence is not told), so
 * the one message for both says how to use a session of one's own (newcomer15: "404 session not found" with no hint).
 */
const HINTS: Record<string, string> = {
  session: ' (or not yours: send the token it was opened with in X-Session-Token, or the key that opened it)',
};
export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found${HINTS[what] ?? ''}`);

/** The one error shape; `requestId` is the response's `x-request-id`, to quote when reporting a problem. */
export function errorBody(code: string, message: string, requestId?: string) {
  return { error: { code, message, ...(requestId ? { requestId } : {}) } };
}

type Issue = z.core.$ZodIssue;

/**
 * The issue to report: for a union (e.g. analyze's `{text}` or `{turns}` bodies) zod says only
 * "Invalid input", so descend into the branch with the fewest issues (the one the client most
 * likely meant) and report its first issue, with the union's path in front.
 */
function leafIssue(issue: Issue, prefix: readonly PropertyKey[] = []): { issue: Issue; path: PropertyKey[] } {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    let best: Issue[] | undefined;
    for (const branch of issue.errors) if (branch.length > 0 && (!best || branch.length < best.length)) best = branch;
    if (best?.[0]) return leafIssue(best[0], path);
  }
  return { issue, path };
}

/** zod's message, said plainly: "expected string, received number"; a missing field is "required (expected …)". */
function plainMessage(issue: Issue): string {
  const msg = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'invalid_type' && /received undefined$/.test(msg)) return `required (expected ${issue.expected})`;
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  // zod says "Too small: expected string to have >=1 characters"; a person sent an empty field.
  if (issue.code === 'too_small' && issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is empty' : `too short: at least ${String(issue.minimum)} characters`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `too long: at most ${String(issue.maximum)} characters`;
  if (issue.code === 'too_small' && issue.origin === 'array' && Number(issue.minimum) <= 1) return 'is empty (at least one item)';
  return msg;
}

/**
 * One line naming the first problem's field and what was expected, e.g.
 * `turns.0.text: Too big: expected string to have <=20000 characters`, `text: expected string, received number`,
 * `channel: Invalid option: expected one of "call"|"sms"|"chat"|"text"`. A problem with the whole body says `body: …`.
 */
export function describeZodError(err: z.ZodError): string {
  const first = err.issues[0];
  if (!first) return 'invalid input';
  const { issue, path } = leafIssue(first);
  const where = path.length > 0 ? path.map(String).join('.') : 'body';
  // Problems with other fields only: an empty field that also fails its "says something" check is one problem.
  const others = err.issues.filter((i) => i.path.map(String).join('.') !== first.path.map(String).join('.')).length;
  const more = others > 0 ? ` (and ${others} more)` : '';
  return `${where}: ${plainMessage(issue)}${more}`;
}

/** Fastify's own errors (body parsing, limits, content types) mapped to our codes. */
const FASTIFY_CODES: Record<string, { status: number; code: string; message?: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'too_large', message: 'request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request', message: 'content length does not match the body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'empty_body', message: 'the request body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', message: 'the body is not valid JSON' },
  FST_ERR_CTP_EMPTY_TYPE: { status: 415, code: 'unsupported_media_type', message: 'missing content type' },
  FST_ERR_CTP_INVALID_TYPE: { status: 415, code: 'unsupported_media_type' },
  // fastify's own messages for these quote the whole path, which may hold a token: never echo it.
  FST_ERR_BAD_URL: { status: 400, code: 'bad_request', message: 'the URL is malformed (invalid percent-encoding)' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'bad_request', message: 'a path segment of the URL is too long' },
};

/** 1048576 → "1 MB", 65536 → "64 KB", 300 → "300 bytes". */
function sizeOf(bytes: number): string {
  if (bytes >= 1 << 20 && bytes % (1 << 20) === 0) return `${bytes >> 20} MB`;
  if (bytes >= 1 << 10 && bytes % (1 << 10) === 0) return `${bytes >> 10} KB`;
  return `${bytes} bytes`;
}

export function handleError(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err instanceof ApiError) {
    return reply.status(err.status).headers(err.headers).send(errorBody(err.code, err.message, req.id));
  }
  if (err instanceof InputError) {
    return reply.status(400).send(errorBody('invalid_input', err.message, req.id));
  }
  if (err instanceof z.ZodError) {
    return reply.status(400).send(errorBody('invalid_body', describeZodError(err), req.id));
  }
  const fe = err as FastifyError;
  const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (known) {
    // The limit said with the refusal (README: every surface names it), from the route's own bodyLimit.
    const limit = fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? req.routeOptions.bodyLimit : undefined;
    const message = known.message !== undefined && limit !== undefined ? `${known.message} (the limit is ${sizeOf(limit)})` : known.message;
    return reply.status(known.status).send(errorBody(known.code, message ?? redactUrlsIn(fe.message), req.id));
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return reply.status(fe.statusCode).send(errorBody('bad_request', redactUrlsIn(fe.message), req.id));
  }
  req.log.error({ err: { code: fe.code, message: maskPII(redactUrlsIn(fe.message)), stack: maskPII(redactUrlsIn(fe.stack ?? '')) } }, 'unhandled error');
  return reply.status(500).send(errorBody('internal', 'internal error', req.id));
}
