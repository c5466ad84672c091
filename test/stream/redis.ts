/**
 * A real redis-server for the stream tests: its own loopback port and temp dir, no persistence,
 * stopped when the suite ends. `.ci/run` installs Debian's redis-server so CI never skips.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster, Redis } from 'ioredis';

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
export async function startRedis(options: { cluster?: boolean; bare?: boolean } = {}): Promise<TestRedis> {
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
      // `bare`: a cluster node with no slots yet, for startRedisCluster to join to others.
      if (options.cluster && !options.bare) {
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

export interface TestRedisCluster { url: string; ports: number[]; client(): Cluster; stop(): Promise<void> }

/**
 * A real three-node Redis Cluster (masters only, the slots shared out by `redis-cli --cluster
 * create`): a client must follow MOVED redirections, and each command reaches the node owning
 * its slot.
 */
export async function startRedisCluster(nodes = 3): Promise<TestRedisCluster> {
  const started: TestRedis[] = [];
  try {
    for (let i = 0; i < nodes; i++) started.push(await startRedis({ cluster: true, bare: true }));
    const create = spawnSync('redis-cli', ['--cluster', 'create', ...started.map((r) => `127.0.0.1:${r.port}`), '--cluster-replicas', '0', '--cluster-yes'], { encoding: 'utf8', timeout: 30_000 });
    if (create.status !== 0) throw new Error(`redis-cli --cluster create failed: ${create.stdout}${create.stderr}`);
    const deadline = Date.now() + 20_000;
    for (const r of started) {
      const c = new Redis(r.url, { maxRetriesPerRequest: 1 });
      try {
        while (!/cluster_state:ok/.test(String(await c.call('CLUSTER', 'INFO')))) {
          if (Date.now() > deadline) throw new Error('the cluster did not reach cluster_state:ok');
          await new Promise((res) => setTimeout(res, 100));
        }
      } finally {
        c.disconnect();
      }
    }
  } catch (e) {
    for (const r of started) await r.stop();
    throw e;
  }
  const clients: Cluster[] = [];
  return {
    url: started[0]!.url,
    ports: started.map((r) => r.port),
    client() {
      const c = new Cluster([started[0]!.url], { redisOptions: { maxRetriesPerRequest: 3 } });
      clients.push(c);
      return c;
    },
    async stop() {
      for (const c of clients) c.disconnect();
      for (const r of started) await r.stop();
    },
  };
}
