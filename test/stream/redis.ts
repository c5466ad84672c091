/**
 * A real redis-server for the stream tests: its own loopback port and temp dir, no persistence,
 * stopped when the suite ends. `.ci/run` installs Debian's redis-server so CI never skips.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export const HAVE_REDIS = spawnSync('redis-server', ['--version']).status === 0;
if (!HAVE_REDIS) console.warn('stream tests SKIPPED: redis-server is not installed (apt-get install redis-server)');

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

export interface TestRedis { url: string; port: number; client(): Redis; stop(): Promise<void> }

/**
 * `cluster: true` starts it as a one-node Redis Cluster owning all 16,384 slots: any command or
 * script naming keys of two slots is refused with CROSSSLOT, as a real cluster would.
 */
export async function startRedis(options: { cluster?: boolean } = {}): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'fanzha-redis-'));
  const port = await freePort();
  const cluster = options.cluster ? ['--cluster-enabled', 'yes', '--cluster-config-file', join(dir, 'nodes.conf')] : [];
  const proc: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir,
    '--save', '', '--appendonly', 'no', '--protected-mode', 'no', '--loglevel', 'warning', ...cluster], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  const clients: Redis[] = [];
  const deadline = Date.now() + 10_000;
  for (;;) {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      await probe.ping();
      if (options.cluster) {
        await probe.call('CLUSTER', 'ADDSLOTSRANGE', '0', '16383');
        while (!/cluster_state:ok/.test(String(await probe.call('CLUSTER', 'INFO')))) {
          if (Date.now() > deadline) throw new Error('the one-node cluster did not reach cluster_state:ok');
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      probe.disconnect();
      break;
    } catch {
      probe.disconnect();
      if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`redis-server did not start on port ${port}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url, port,
    client() {
      const c = new Redis(url, { maxRetriesPerRequest: 3 });
      clients.push(c);
      return c;
    },
    async stop() {
      for (const c of clients) c.disconnect();
      proc.kill('SIGTERM');
      await new Promise((r) => (proc.exitCode !== null ? r(null) : proc.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
