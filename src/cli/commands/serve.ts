/** `fanzha serve`: the HTTP service (see src/server/). Runs until SIGTERM or SIGINT, then shuts down cleanly. */
import type { Command } from '../command.ts';
import { CliError, EXIT } from '../command.ts';
import { ConfigError, parseServeArgs, SERVE_USAGE } from '../../server/config.ts';
import type { ServeConfig } from '../../server/config.ts';
import { buildServer } from '../../server/app.ts';
import { ClusterUnavailable } from '../../server/cluster.ts';
import { randomBytes } from 'node:crypto';
import { createKey, createUser } from '../../server/auth.ts';
import { ApiError } from '../../server/errors.ts';
import { openStore, StoreUnavailable } from '../../store/open.ts';
import { Store } from '../../store/store.ts';
import { RecipientKeyError } from '../../notify/secrets.ts';

export const command: Command = {
  name: 'serve',
  summary: 'run the HTTP API and the first page (127.0.0.1:8787)',
  usage: SERVE_USAGE,
  async run(args, io) {
    let config: ServeConfig;
    try {
      config = parseServeArgs(args, io.env);
    } catch (err) {
      if (err instanceof ConfigError) throw new CliError(err.message, EXIT.badInput);
      throw err;
    }

    const openConfigured = () => openStore(config.pgUrl ? { pg: config.pgUrl } : { sqlite: config.dbPath, sync: config.sync })
      .catch((err: Error) => { throw new CliError(err.message, EXIT.failure); });

    if (config.createKey) {
      const sql = await openConfigured();
      try {
        const k = await createKey(new Store(sql), config.createKey, config.label ?? null);
        io.stdout.write(`${k.key}\n`);
        io.stderr.write(`fanzha: created ${config.createKey} key ${k.id}; it is shown only this once\n`);
      } finally {
        await sql.close();
      }
      return EXIT.ok;
    }

    if (config.createUser) {
      const sql = await openConfigured();
      try {
        const password = config.password ?? randomBytes(12).toString('base64url');
        await createUser(new Store(sql), config.createUser, config.userRole, password);
        if (!config.password) io.stdout.write(`${password}\n`);
        io.stderr.write(`fanzha: created ${config.userRole} ${config.createUser}${config.password ? '' : '; the password above is shown only this once'}; sign in at /staff\n`);
      } catch (err) {
        if (err instanceof ApiError) throw new CliError(err.message, EXIT.badInput);
        throw err;
      } finally {
        await sql.close();
      }
      return EXIT.ok;
    }

    const app = await buildServer({
      dbPath: config.dbPath,
      ...(config.pgUrl ? { pgUrl: config.pgUrl } : {}),
      sync: config.sync,
      keep: config.keep,
      sessionIdleMs: config.sessionIdleMs,
      rateLimit: config.rateLimit,
      webhookUrl: config.webhookUrl,
      adminKey: config.adminKey,
      ...(config.webhookSecret ? { webhookSecret: config.webhookSecret } : {}),
      ...(config.recipientKey ? { recipientKey: config.recipientKey } : {}),
      demo: config.demo,
      ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
      logLevel: config.logLevel,
      corsOrigins: config.corsOrigins,
      retention: config.retention,
      logDestination: io.stdout,
    }).catch((err: unknown) => {
      if (err instanceof ClusterUnavailable || err instanceof StoreUnavailable) throw new CliError(err.message, EXIT.failure);
      if (err instanceof RecipientKeyError) throw new CliError(err.message, EXIT.badInput);
      throw err;
    });
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (err) {
      await app.close();
      throw new CliError(`cannot listen on ${config.host}:${config.port}: ${(err as Error).message}`, EXIT.failure);
    }
    const consoleUrl = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}/staff`;
    // A first start with no admin key at all: make one and show it once, so a newcomer can sign in.
    if ((await app.store.countActiveKeys('admin')) === 0) {
      const k = await createKey(app.store, 'admin', 'first start');
      io.stderr.write(`fanzha: no admin key yet; created one (shown only this once):\n  ${k.key}\nfanzha: sign in to the console at ${consoleUrl}\n`);
    }
    if (config.demo) {
      const k = await createKey(app.store, 'supervisor', 'demo');
      io.stderr.write(`fanzha: demo data loaded (marked demo); sign in at ${consoleUrl} with this supervisor key:\n  ${k.key}\n`);
    }
    return await new Promise<number>((resolve) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        app.log.info({ signal }, 'shutting down');
        app.close().then(() => resolve(EXIT.ok), (err: unknown) => {
          io.stderr.write(`fanzha: shutdown failed: ${(err as Error).message}\n`);
          resolve(EXIT.failure);
        });
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
  },
};
