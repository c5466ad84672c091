/** `fanzha serve`'s settings: flags first, then environment variables, then the embedded defaults. */
import { z } from 'zod';
import type { KeepMode } from './sessions.ts';
import type { SyncMode } from '../store/sql-sqlite.ts';
import type { RateLimitOptions } from './ratelimit.ts';
import { recipientKeyFromFile } from '../notify/secrets.ts';

export interface ServeConfig {
  port: number;
  host: string;
  dbPath: string;
  /** `--pg URL` / FANZHA_PG: a shared PostgreSQL instead of the SQLite file (several processes, stream workers). */
  pgUrl: string | undefined;
  keep: KeepMode;
  sync: SyncMode;
  sessionIdleMs: number;
  rateLimit: RateLimitOptions | false;
  webhookUrl: string | undefined;
  adminKey: string | undefined;
  /** FANZHA_WEBHOOK_SECRET: the webhook's HMAC secret (default: var/webhook.secret, made on first start). */
  webhookSecret: string | undefined;
  /** FANZHA_RECIPIENT_KEY: 32 bytes in base64 sealing warning recipients (default: var/recipient.key). */
  recipientKey: string | undefined;
  logLevel: string;
  /** `--create-key ROLE`: create a key, print it once, and exit. */
  createKey: 'officer' | 'supervisor' | 'staff' | 'partner' | 'admin' | undefined;
  label: string | undefined;
  /** Days turns, and sessions/alerts/payment checks, are kept. */
  retention: { turnsDays: number; recordDays: number };
  /** Browser origins allowed by CORS (empty: CORS off). */
  corsOrigins: string[];
  /** `--create-user NAME [--role R]`: create a console user (password from FANZHA_PASSWORD or generated and printed once), and exit. */
  createUser: string | undefined;
  userRole: 'officer' | 'supervisor' | 'admin';
  password: string | undefined;
  /** `--demo`: fill the store with a few days of synthetic alerts and cases (marked demo) before serving. */
  demo: boolean;
  /** `--redis URL` / FANZHA_REDIS: stream workers' alerts are published to this service's live streams. */
  redisUrl: string | undefined;
}

export const SERVE_USAGE = `fanzha serve [--port N] [--host H] [--db PATH] [--keep transcript|evidence] [--webhook URL]
             [--idle-minutes N] [--rate-per-minute N|off] [--sync NORMAL|FULL] [--log-level LEVEL]
             [--cors-origin https://app.bank.example[,…]] [--retention-days N] [--record-retention-days N]
fanzha serve --create-key officer|supervisor|partner|admin [--label TEXT] [--db PATH]
fanzha serve --create-user NAME [--role officer|supervisor|admin] [--db PATH]   (password: FANZHA_PASSWORD, or printed once)
fanzha serve --demo   (also fill the store with a few days of synthetic, demo-marked alerts and cases)
fanzha serve --redis redis://HOST:6379   (also publish the alerts of \`fanzha worker\`s to the console's and citizens' streams)
fanzha serve --pg postgres://USER@HOST:5432/DB   (the store in a shared PostgreSQL instead of the SQLite file; schema migrated on start)

Environment: PORT, HOST, FANZHA_DB (default ./var/fanzha.db), FANZHA_KEEP=evidence, FANZHA_WEBHOOK,
FANZHA_ADMIN_KEY (stored hashed as an admin key on first start), FANZHA_WEBHOOK_SECRET (webhook HMAC
secret; default var/webhook.secret), FANZHA_RECIPIENT_KEY or FANZHA_RECIPIENT_KEY_FILE (seals warning recipients; default var/recipient.key; required with --pg), FANZHA_IDLE_MINUTES, FANZHA_RATE
(anonymous requests per minute per IP, or "off"), FANZHA_SYNC, LOG_LEVEL, FANZHA_CORS_ORIGIN (comma-separated
origins a partner's web page calls the API from; CORS is off without it), FANZHA_RETENTION_DAYS (turns, default
30), FANZHA_RECORD_RETENTION_DAYS (sessions, alerts, payment checks, outbox, feedback; default 180), FANZHA_REDIS,
FANZHA_PG (PostgreSQL URL; the webhook secret then stays in the directory of --db/FANZHA_DB; the recipient key
must be given, the same to every serve and worker: a different one is refused at start).`;

const FLAGS = new Set(['--port', '--host', '--db', '--keep', '--webhook', '--idle-minutes', '--rate-per-minute', '--sync', '--log-level', '--create-key', '--label', '--cors-origin', '--create-user', '--role', '--retention-days', '--record-retention-days', '--redis', '--pg']);
/** Flags without a value. */
const SWITCHES = new Set(['--demo']);

export class ConfigError extends Error {}

const Settings = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  dbPath: z.string().min(1),
  keep: z.enum(['transcript', 'evidence']),
  sync: z.enum(['NORMAL', 'FULL']),
  idleMinutes: z.coerce.number().positive().max(7 * 24 * 60),
  rate: z.union([z.literal('off'), z.coerce.number().int().min(1).max(1_000_000)]),
  webhookUrl: z.url({ protocol: /^https?$/ }).optional(),
  redisUrl: z.url({ protocol: /^rediss?$/ }).optional(),
  pgUrl: z.url({ protocol: /^postgres(ql)?$/, error: 'a PostgreSQL URL is postgres://user[:password]@host[:port]/database' }).optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  createKey: z.enum(['officer', 'supervisor', 'staff', 'partner', 'admin']).optional(),
  label: z.string().max(100).optional(),
  turnsDays: z.coerce.number().int().min(1).max(3650),
  recordDays: z.coerce.number().int().min(1).max(3650),
  corsOrigins: z.array(z.string().regex(/^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?$/, 'an origin is scheme://host[:port], no path')).max(50),
  createUser: z.string().regex(/^[a-zA-Z0-9._-]{2,40}$/, 'a user name is 2–40 letters, digits, dots, dashes or underscores').optional(),
  userRole: z.enum(['officer', 'supervisor', 'admin']),
  password: z.string().min(10).max(200).optional(),
});

export function parseServeArgs(args: string[], env: Record<string, string | undefined>): ServeConfig {
  const flags = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (SWITCHES.has(a)) { switches.add(a); continue; }
    const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (!FLAGS.has(name)) throw new ConfigError(`unknown option ${name} (see fanzha help serve)`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new ConfigError(`${name} needs a value`);
    flags.set(name, value);
  }
  const r = Settings.safeParse({
    port: flags.get('--port') ?? env['PORT'] ?? 8787,
    host: flags.get('--host') ?? env['HOST'] ?? '127.0.0.1',
    dbPath: flags.get('--db') ?? env['FANZHA_DB'] ?? './var/fanzha.db',
    keep: flags.get('--keep') ?? env['FANZHA_KEEP'] ?? 'transcript',
    sync: (flags.get('--sync') ?? env['FANZHA_SYNC'] ?? 'NORMAL').toUpperCase(),
    idleMinutes: flags.get('--idle-minutes') ?? env['FANZHA_IDLE_MINUTES'] ?? 30,
    rate: flags.get('--rate-per-minute') ?? env['FANZHA_RATE'] ?? 60,
    webhookUrl: flags.get('--webhook') ?? env['FANZHA_WEBHOOK'] ?? undefined,
    redisUrl: flags.get('--redis') ?? env['FANZHA_REDIS'] ?? undefined,
    pgUrl: flags.get('--pg') ?? (env['FANZHA_PG'] || undefined),
    logLevel: flags.get('--log-level') ?? env['LOG_LEVEL'] ?? 'info',
    createKey: flags.get('--create-key'),
    label: flags.get('--label'),
    turnsDays: flags.get('--retention-days') ?? env['FANZHA_RETENTION_DAYS'] ?? 30,
    recordDays: flags.get('--record-retention-days') ?? env['FANZHA_RECORD_RETENTION_DAYS'] ?? 180,
    corsOrigins: (flags.get('--cors-origin') ?? env['FANZHA_CORS_ORIGIN'] ?? '').split(',').map((o) => o.trim()).filter((o) => o.length > 0),
    createUser: flags.get('--create-user'),
    userRole: flags.get('--role') ?? 'officer',
    password: env['FANZHA_PASSWORD'] || undefined,
  });
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new ConfigError(`bad setting ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const s = r.data;
  return {
    port: s.port,
    host: s.host,
    dbPath: s.dbPath,
    pgUrl: s.pgUrl,
    keep: s.keep,
    sync: s.sync,
    sessionIdleMs: s.idleMinutes * 60_000,
    // A burst of a quarter minute's allowance, refilled continuously.
    rateLimit: s.rate === 'off' ? false : { capacity: Math.max(5, Math.ceil(s.rate / 4)), refillPerSecond: s.rate / 60 },
    webhookUrl: s.webhookUrl,
    adminKey: env['FANZHA_ADMIN_KEY'] || undefined,
    webhookSecret: env['FANZHA_WEBHOOK_SECRET'] || undefined,
    recipientKey: env['FANZHA_RECIPIENT_KEY'] || (env['FANZHA_RECIPIENT_KEY_FILE'] ? keyFromFile(env['FANZHA_RECIPIENT_KEY_FILE']) : undefined),
    logLevel: s.logLevel,
    createKey: s.createKey,
    label: s.label,
    corsOrigins: s.corsOrigins,
    retention: { turnsDays: s.turnsDays, recordDays: Math.max(s.recordDays, s.turnsDays) },
    createUser: s.createUser,
    userRole: s.userRole,
    password: s.password,
    demo: switches.has('--demo'),
    redisUrl: s.redisUrl,
  };
}

/** FANZHA_RECIPIENT_KEY_FILE: the key as text for ServerOptions.recipientKey; a ConfigError when unreadable or malformed. */
function keyFromFile(path: string): string {
  try {
    return recipientKeyFromFile(path).toString('base64url');
  } catch (e) {
    throw new ConfigError((e as Error).message);
  }
}
