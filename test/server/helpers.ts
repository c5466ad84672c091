/** Test helpers: a real server on loopback (port 0) over a fresh SQLite file, and small fetch wrappers. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import type { ServerOptions } from '../../src/server/app.ts';
import { createKey } from '../../src/server/auth.ts';
import type { Store } from '../../src/store/store.ts';
import { SqliteSql } from '../../src/store/sql-sqlite.ts';
import type Database from 'better-sqlite3';
import { freshPgUrl } from '../store/engines.ts';

/** The SQLite handle under a test server's store, for tests that inspect the file itself. */
export function rawDb(store: Store): Database.Database {
  if (!(store.sql instanceof SqliteSql)) throw new Error('rawDb: the store is not SQLite');
  return store.sql.db;
}

export interface Running {
  app: FastifyInstance;
  base: string;
  dir: string;
  dbPath: string;
  keys: { staff: string; partner: string; admin: string };
  close(): Promise<void>;
}

/**
 * A server on a fresh store: SQLite in a temp dir, or, with FANZHA_TEST_PG=1 in the environment
 * (`FANZHA_TEST_PG=1 npx vitest run test/server`), a fresh database on a throwaway PostgreSQL, so
 * the HTTP suites can be run on both engines. Tests that read the SQLite file itself need SQLite.
 */
const pgOfPath = new Map<string, string>();

/** The HTTP suites are running on PostgreSQL (FANZHA_TEST_PG=1). */
export const ON_PG = process.env['FANZHA_TEST_PG'] === '1';
/** A test that reads the SQLite file itself (what is at rest on disk): skipped on PostgreSQL. */
export const itSqliteFile = ON_PG ? it.skip : it;
/** The recipient key of the test service on PostgreSQL (every process of it is given the same). */
export const TEST_RECIPIENT_KEY = Buffer.alloc(32, 7).toString('base64url');

export async function start(overrides: Partial<ServerOptions> = {}): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), 'fanzha-test-'));
  const dbPath = join(dir, 'fanzha.db');
  // On PostgreSQL a restart (`start({ dbPath: first.dbPath })`) reopens the first start's database.
  const onPg = process.env['FANZHA_TEST_PG'] === '1' && overrides.pgUrl === undefined;
  const pgUrl = onPg ? (overrides.dbPath !== undefined ? pgOfPath.get(overrides.dbPath) : undefined) ?? await freshPgUrl() : undefined;
  // A shared store needs the one recipient key every process of the service is given.
  const sharedKey = pgUrl || overrides.pgUrl ? { recipientKey: TEST_RECIPIENT_KEY } : {};
  const app = await buildServer({ dbPath, logLevel: 'silent', rateLimit: false, ...(pgUrl ? { pgUrl } : {}), ...sharedKey, ...overrides });
  if (pgUrl) pgOfPath.set(overrides.dbPath ?? dbPath, pgUrl);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const keys = {
    staff: (await createKey(app.store, 'staff', 'test')).key,
    partner: (await createKey(app.store, 'partner', 'test')).key,
    admin: (await createKey(app.store, 'admin', 'test')).key,
  };
  return {
    app, base: `http://127.0.0.1:${port}`, dir, dbPath, keys,
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/**
 * Session tokens seen in `POST /v1/sessions` answers, by session id: `call` presents a session's
 * token on later requests to that session (as the browser that opened it would), unless the
 * request carries an API key or `token` is given (a string, or null for none). Ownership tests
 * pass them explicitly.
 */
const sessionTokens = new Map<string, string>();

export async function call<T = any>(base: string, method: string, path: string, opts: { json?: unknown; body?: string | Uint8Array; type?: string; key?: string; token?: string | null; headers?: Record<string, string> } = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.json !== undefined) headers['content-type'] = 'application/json';
  if (opts.type) headers['content-type'] = opts.type;
  if (opts.key) headers['authorization'] = `Bearer ${opts.key}`;
  const sid = /^\/v1\/sessions\/([0-9a-f-]{36})/.exec(path)?.[1];
  const token = opts.token !== undefined ? opts.token : opts.key ? null : sid ? sessionTokens.get(sid) ?? null : null;
  if (token) headers['x-session-token'] = token;
  const res = await fetch(base + path, {
    method,
    headers,
    ...(opts.json !== undefined ? { body: JSON.stringify(opts.json) } : opts.body !== undefined ? { body: opts.body } : {}),
  });
  const text = await res.text();
  let body: any = text;
  try { body = JSON.parse(text); } catch { /* not JSON */ }
  if (method === 'POST' && path === '/v1/sessions' && res.status === 201) sessionTokens.set(body.id, body.token);
  return { status: res.status, headers: res.headers, body, text };
}

/** A scripted refund-scam call that reaches warn, then block. */
export const SCAM_CALL = [
  { speaker: 'caller', text: '您好，我是京东客服，您买的商品有质量问题，要给您理赔退款' },
  { speaker: 'user', text: '好的，怎么退？' },
  { speaker: 'caller', text: '您的信用积分不够，需要开启屏幕共享，我一步步教您操作' },
  { speaker: 'caller', text: '请把收到的验证码告诉我，再报一下银行卡号' },
] as const;

/** A number that passes the Luhn check, built from a prefix (so tests do not carry a real card). */
export function luhnCard(prefix: string): string {
  for (let d = 0; d <= 9; d++) {
    const s = prefix + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let n = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) { n *= 2; if (n > 9) n -= 9; }
      sum += n;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}

/** A Chinese resident ID with a valid check digit (GB 11643), from its first 17 digits. */
export function chineseId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
}

/** Reads `event:`/`data:` frames from an SSE response until `until` returns true or time runs out. */
export async function readEvents(res: Response, until: (events: { event: string; data: any; id?: string }[]) => boolean, timeoutMs = 5000) {
  const events: { event: string; data: any; id?: string }[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  while (!until(events) && Date.now() < deadline) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<{ done: true; value: undefined }>((r) => setTimeout(() => r({ done: true, value: undefined }), Math.max(1, deadline - Date.now()))),
    ]);
    if (chunk.done) break;
    buffer += decoder.decode(chunk.value, { stream: true });
    let i: number;
    while ((i = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      const event = /^event: (.*)$/m.exec(frame)?.[1];
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      const id = /^id: (.*)$/m.exec(frame)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data), ...(id ? { id } : {}) });
    }
  }
  await reader.cancel().catch(() => {});
  return events;
}

/** The token `call` remembered for a session (for EventSource-style `?token=` URLs). */
export function tokenOf(sessionId: string): string {
  const t = sessionTokens.get(sessionId);
  if (!t) throw new Error(`no token seen for session ${sessionId}`);
  return t;
}
