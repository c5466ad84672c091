/**
 * A real PostgreSQL for the tests: a throwaway cluster (initdb) in a temp dir on a free loopback
 * port, trust auth for the local test user, fsync off, stopped and deleted when the suite ends.
 * Debian's `postgresql` package provides the binaries (`.ci/run` installs it). PostgreSQL refuses
 * to run as root, so under root the cluster is run as the `postgres` user.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './redis.ts';

function binDir(): string | null {
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (fromConfig.status === 0 && existsSync(join(fromConfig.stdout.trim(), 'initdb'))) return fromConfig.stdout.trim();
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

const BIN = binDir();
const AS_ROOT = userInfo().uid === 0;
export const HAVE_PG = BIN !== null && (!AS_ROOT || spawnSync('id', ['-u', 'postgres']).status === 0);
if (!HAVE_PG) console.warn('PostgreSQL tests SKIPPED: initdb not found (apt-get install postgresql)');

function run(cmd: string, args: string[]): void {
  const full = AS_ROOT ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] as const : [cmd, args] as const;
  const r = spawnSync(full[0], full[1] as string[], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
}

export interface TestPostgres { url: string; stop(): Promise<void> }

export async function startPostgres(): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'fanzha-pg-'));
  chmodSync(dir, 0o755);
  if (AS_ROOT) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run(join(BIN!, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'fanzha', '--no-sync', '-E', 'UTF8']);
  run(join(BIN!, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`, 'start']);
  return {
    url: `postgres://fanzha@127.0.0.1:${port}/postgres`,
    async stop() {
      try { run(join(BIN!, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']); } finally { rmSync(dir, { recursive: true, force: true }); }
    },
  };
}
