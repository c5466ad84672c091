/**
 * `fanzha ingest` and `fanzha worker`: the Redis Streams edge (src/stream/). Both take
 * --redis URL (or FANZHA_REDIS) and share --prefix; see SCALING.md.
 */
import { createReadStream } from 'node:fs';
import { Cluster, Redis } from 'ioredis';
import type { Command, CliIO } from '../command.ts';
import { CliError, EXIT } from '../command.ts';
import { ingest } from '../../stream/ingest.ts';
import { boundedLines } from '../../stream/lines.ts';
import { MAX_EVENT_BYTES, streamKeys } from '../../stream/events.ts';
import { StreamWorker } from '../../stream/worker.ts';
import { PartitionMismatch } from '../../stream/setup.ts';
import { SqlAlertSink } from '../../store/stream.ts';
import { openStore } from '../../store/open.ts';
import type { Sql } from '../../store/sql.ts';
import { checkRecipientKey, recipientKey, recipientKeyFromFile, RecipientKeyError, secretsDirFor } from '../../notify/secrets.ts';
import { CentreStore } from '../../store/centre.ts';
import { ConfirmedIndicators } from '../../stream/confirmed.ts';
import { withoutPassword } from '../../server/redact.ts';

const INGEST_USAGE = `fanzha ingest --redis URL [options] [FILE|-]

Puts events (JSON lines) on the partitioned Redis stream, in order. One event a line:
  {"session":"call-1","seq":0,"speaker":"caller","text":"…","channel":"call"}
A session's first event may carry its context: channel (call|sms|chat|text), initiator,
claimedIdentity, callerNumber, recipient (where the citizen's warning goes; sealed in the store),
inputLang, lang. Without seq, a line gets the next one of its
session in this input. Reads stdin when FILE is - or absent.

Options:
  --redis URL          Redis to use (default FANZHA_REDIS)
  --cluster            it is a Redis Cluster: URL is one of its nodes (or FANZHA_REDIS_CLUSTER=1)
  --prefix NAME        key prefix (default fanzha)
  --partitions N       partition count when the stream is new (default 16; fixed afterwards)
  --max-backlog N      pause reading while more than N events wait (default 100000)

Prints {"events":N,"dead":N,"pauses":N,"pausedMs":N}. Exit 0; 2 on bad input (a FILE that cannot be
read, a --partitions the stream does not have); 3 when Redis fails.`;

const WORKER_USAGE = `fanzha worker --redis URL [options]

Runs one consumer of the partitioned stream until SIGTERM or SIGINT; start as many as you like.
Alerts (warn, block; one per session and level) go to the alerts stream and to the store.

Options:
  --redis URL          Redis to use (default FANZHA_REDIS)
  --cluster            it is a Redis Cluster: URL is one of its nodes (or FANZHA_REDIS_CLUSTER=1)
  --prefix NAME        key prefix (default fanzha)
  --alerts KEY         alerts stream (default <prefix>:alerts)
  --db PATH            SQLite store the console reads (default FANZHA_DB or ./var/fanzha.db)
  --pg URL             PostgreSQL store instead (postgres://…, or FANZHA_PG): the store of
                       \`fanzha serve --pg\`, shared by workers on several machines; needs the
                       service's recipient key (below)
  --no-store           alerts to the stream only
  --deliver webhook|outbox
                       citizen warnings (for sessions whose first event has a recipient) are
                       written with each alert for fanzha serve to deliver by webhook, or kept
                       for GET /v1/outbox (default: webhook when FANZHA_WEBHOOK is set)
  --recipient-key-file PATH
                       the service's key sealing warning recipients (32 bytes in base64; or
                       FANZHA_RECIPIENT_KEY, or FANZHA_RECIPIENT_KEY_FILE). With --db the default
                       is recipient.key beside --db (as fanzha serve --db); with --pg it must be
                       given, and a key other than the store's is refused at start (exit 2)
  --partitions N       partition count when the stream is new (default 16)
  --lease-ms N         partition lease (default 5000)
  --claim-idle-ms N    take over another worker's pending entries after N ms idle (default: lease)
  --batch N            entries per partition per read (default 100, at most 1000)
  --cache N            session states kept in memory while the partition is ours (default 10000)
  --state-ttl SECONDS  keep a session's state this long after its last event (default 86400;
                       at national scale an hour: see SCALING.md)
  --id NAME            consumer name (default random per process)`;

function flags(args: string[], known: string[], bool: string[] = []): { get(k: string): string | undefined; has(k: string): boolean; rest: string[] } {
  const values = new Map<string, string>();
  const set = new Set<string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (bool.includes(a)) { set.add(a); continue; }
    if (a.startsWith('--')) {
      const [k, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      if (!known.includes(k)) throw new CliError(`unknown option ${k}`);
      const v = inline ?? args[++i];
      if (v === undefined) throw new CliError(`${k} needs a value`);
      values.set(k, v);
      continue;
    }
    rest.push(a);
  }
  return { get: (k) => values.get(k), has: (k) => set.has(k), rest };
}

function int(v: string | undefined, name: string, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new CliError(`${name} must be an integer ≥ ${min}, not "${v}"`);
  return n;
}

/** The key names must fit Redis Cluster's hash tags (src/stream/events.ts): a usage error otherwise. */
function checkKeys(prefix: string | undefined, alerts?: string): void {
  try {
    streamKeys(prefix, alerts);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
}

/**
 * A client for the Redis at `url`; with `cluster`, a Redis Cluster client seeded with that node
 * (it finds the others and follows the slots: every command fanzha sends names one slot).
 */
const redisUrl = (url: string | undefined, io: CliIO): string => url ?? io.env['FANZHA_REDIS'] ?? '';

function connect(url: string | undefined, io: CliIO, cluster: boolean): Redis | Cluster {
  const u = url ?? io.env['FANZHA_REDIS'];
  if (!u) throw new CliError('give --redis URL (or FANZHA_REDIS), e.g. redis://127.0.0.1:6379');
  if (!/^rediss?:\/\//.test(u)) throw new CliError(`--redis must be a redis:// or rediss:// URL, not "${u}"`);
  const redis = cluster || io.env['FANZHA_REDIS_CLUSTER'] === '1'
    ? new Cluster([u], { lazyConnect: true, redisOptions: { maxRetriesPerRequest: 3 } })
    : new Redis(u, { lazyConnect: true, maxRetriesPerRequest: 3 });
  // Failures reach the commands that hit them (and the one-line error); the event would only print a stack.
  redis.on('error', () => undefined);
  return redis;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'put events (JSON lines) on the Redis stream for the workers',
  usage: INGEST_USAGE,
  async run(args, io) {
    const f = flags(args, ['--redis', '--prefix', '--partitions', '--max-backlog'], ['--cluster']);
    if (f.rest.length > 1) throw new CliError('give at most one FILE (or - for stdin)');
    const file = f.rest[0] ?? '-';
    const partitions = int(f.get('--partitions'), '--partitions', 1);
    const maxBacklog = int(f.get('--max-backlog'), '--max-backlog', 1);
    checkKeys(f.get('--prefix'));
    const redis = connect(f.get('--redis'), io, f.has('--cluster'));
    try {
      await redis.connect().catch((e: Error) => { throw new CliError(`cannot reach Redis at ${withoutPassword(redisUrl(f.get('--redis'), io))}: ${e.message}`, EXIT.failure); });
      const input = file === '-' ? io.stdin : createReadStream(file);
      if (file !== '-') {
        await new Promise<void>((ok, fail) => {
          (input as ReturnType<typeof createReadStream>).once('open', () => ok()).once('error', (e) => fail(new CliError(`cannot read ${file}: ${e.message}`, EXIT.badInput)));
        });
      }
      const report = await ingest(redis, boundedLines(input as AsyncIterable<Buffer>, MAX_EVENT_BYTES), {
        ...(f.get('--prefix') ? { prefix: f.get('--prefix')! } : {}),
        ...(partitions !== undefined ? { partitions } : {}),
        ...(maxBacklog !== undefined ? { maxBacklog } : {}),
      });
      io.stdout.write(`${JSON.stringify(report)}\n`);
      return EXIT.ok;
    } catch (e) {
      if (e instanceof CliError) throw e;
      if (e instanceof PartitionMismatch) throw new CliError(e.message, EXIT.badInput);
      throw new CliError(`ingest failed: ${(e as Error).message}`, EXIT.failure);
    } finally {
      redis.disconnect();
    }
  },
};

export const workerCommand: Command = {
  name: 'worker',
  summary: 'analyse events from the Redis stream (run as many as you like)',
  usage: WORKER_USAGE,
  async run(args, io) {
    const f = flags(args, ['--redis', '--prefix', '--alerts', '--db', '--pg', '--deliver', '--partitions', '--lease-ms', '--claim-idle-ms', '--batch', '--id', '--state-ttl', '--cache', '--recipient-key-file'], ['--no-store', '--cluster']);
    if (f.rest.length) throw new CliError(`unexpected argument ${f.rest[0]}`);
    const partitions = int(f.get('--partitions'), '--partitions', 1);
    const leaseMs = int(f.get('--lease-ms'), '--lease-ms', 100);
    const claimIdleMs = int(f.get('--claim-idle-ms'), '--claim-idle-ms', 0);
    const batch = int(f.get('--batch'), '--batch', 1);
    if (batch !== undefined && batch > 1000) throw new CliError('--batch must be at most 1000');
    const stateTtlSec = int(f.get('--state-ttl'), '--state-ttl', 1);
    const cacheSize = int(f.get('--cache'), '--cache', 0);
    checkKeys(f.get('--prefix'), f.get('--alerts'));
    const pgUrl = f.get('--pg') ?? io.env['FANZHA_PG'];
    if (pgUrl !== undefined && !/^postgres(ql)?:\/\//.test(pgUrl)) throw new CliError(`--pg must be a postgres:// URL, not "${pgUrl}"`);
    if (pgUrl !== undefined && (f.get('--db') !== undefined || f.has('--no-store'))) throw new CliError('give one store: --pg, --db or --no-store');
    const redis = connect(f.get('--redis'), io, f.has('--cluster'));
    const deliver = f.get('--deliver') ?? (io.env['FANZHA_WEBHOOK'] ? 'webhook' : 'outbox');
    if (deliver !== 'webhook' && deliver !== 'outbox') throw new CliError(`--deliver is webhook or outbox, not "${deliver}"`);
    const dbPath = f.get('--db') ?? io.env['FANZHA_DB'] ?? './var/fanzha.db';
    // With a shared store the key must be the service's: a key made up here would seal recipients
    // the service cannot open (its warning would go out with no recipient).
    const keyFile = f.get('--recipient-key-file') ?? (io.env['FANZHA_RECIPIENT_KEY_FILE'] || undefined);
    const keyText = io.env['FANZHA_RECIPIENT_KEY'] || undefined;
    if (pgUrl !== undefined && !f.has('--no-store') && !keyFile && !keyText) {
      throw new CliError('with --pg give the service\'s recipient key: --recipient-key-file PATH or FANZHA_RECIPIENT_KEY (the same for every fanzha serve and worker)');
    }
    let sealKey: Buffer | null = null;
    try {
      if (!f.has('--no-store')) sealKey = keyFile ? recipientKeyFromFile(keyFile) : recipientKey(pgUrl !== undefined ? null : secretsDirFor(dbPath), keyText);
    } catch (e) {
      throw new CliError((e as Error).message);
    }
    let store: Sql | null = null;
    let confirmed: ConfirmedIndicators | null = null;
    try {
      // The service's own store code on either engine: the alerts land where `fanzha serve` reads them.
      if (!f.has('--no-store')) {
        store = await openStore(pgUrl !== undefined ? { pg: pgUrl } : { sqlite: dbPath })
          .catch((e: Error) => { throw new CliError(e.message, EXIT.failure); });
        if (pgUrl !== undefined) await checkRecipientKey(store, sealKey!).catch((e: Error) => { throw new CliError(e.message, e instanceof RecipientKeyError ? EXIT.badInput : EXIT.failure); });
        // The centre's confirmed indicators, from the store the console writes (as fanzha serve reads them).
        confirmed = new ConfirmedIndicators(new CentreStore(store));
        await confirmed.start(30_000, (err) => io.stderr.write(`fanzha: confirmed indicators not refreshed: ${(err as Error).message}\n`));
      }
      // After the store: a wrong recipient key is said first, whatever the state of Redis.
      await redis.connect().catch((e: Error) => { throw new CliError(`cannot reach Redis at ${withoutPassword(redisUrl(f.get('--redis'), io))}: ${e.message}`, EXIT.failure); });
      const worker = new StreamWorker({
        redis,
        ...(confirmed ? { indicators: confirmed.lookup } : {}),
        ...(f.get('--prefix') ? { prefix: f.get('--prefix')! } : {}),
        ...(f.get('--alerts') ? { alerts: f.get('--alerts')! } : {}),
        ...(f.get('--id') ? { id: f.get('--id')! } : {}),
        ...(partitions !== undefined ? { partitions } : {}),
        ...(leaseMs !== undefined ? { leaseMs } : {}),
        ...(claimIdleMs !== undefined ? { claimIdleMs } : {}),
        ...(batch !== undefined ? { batch } : {}),
        ...(stateTtlSec !== undefined ? { stateTtlSec } : {}),
        ...(cacheSize !== undefined ? { cacheSize } : {}),
        ...(store ? { sink: new SqlAlertSink(store, { warnings: { recipientKey: sealKey!, webhook: deliver === 'webhook' } }) } : {}),
        log: (m) => io.stderr.write(`fanzha: ${m}\n`),
        names: { redis: `Redis at ${withoutPassword(redisUrl(f.get('--redis'), io))}`, store: pgUrl !== undefined ? `PostgreSQL at ${withoutPassword(pgUrl)}` : `SQLite ${dbPath}` },
      });
      const stop = (): void => { void worker.stop(); };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      io.stderr.write(`fanzha: worker ${worker.id} started\n`);
      await worker.start();
      io.stderr.write(`fanzha: worker ${worker.id} stopped\n`);
      return EXIT.ok;
    } catch (e) {
      if (e instanceof CliError) throw e;
      if (e instanceof PartitionMismatch) throw new CliError(e.message, EXIT.badInput);
      throw new CliError(`worker failed: ${(e as Error).message}`, EXIT.failure);
    } finally {
      confirmed?.stop();
      redis.disconnect();
      await store?.close();
    }
  },
};
