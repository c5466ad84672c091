/**
 * Processes starting at once on one data directory (two stream workers, a worker and `fanzha serve`)
 * all end up with the same secret, and none reads a half-written file ("recipient.key is empty").
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SECRETS = fileURLToPath(new URL('../../src/notify/secrets.ts', import.meta.url));

function child(dir: string): Promise<{ code: number | null; out: string; err: string }> {
  const code = `import { secretText } from ${JSON.stringify(SECRETS)};
import { randomBytes } from 'node:crypto';
process.stdout.write(secretText(${JSON.stringify(dir)}, 'recipient.key', () => randomBytes(32).toString('base64url')));`;
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = ''; let err = '';
    p.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    p.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    p.on('close', (c) => resolve({ code: c, out, err }));
  });
}

describe('secret files made by processes starting together', () => {
  it('every process gets the one complete secret that is on disk, and no temp file is left', async () => {
    for (let round = 0; round < 3; round++) {
      const dir = mkdtempSync(join(tmpdir(), 'fanzha-secret-'));
      const got = await Promise.all(Array.from({ length: 6 }, () => child(dir)));
      for (const g of got) expect(g.code, g.err).toBe(0);
      const onDisk = readFileSync(join(dir, 'recipient.key'), 'utf8').trim();
      expect(onDisk).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(new Set(got.map((g) => g.out))).toEqual(new Set([onDisk]));
      expect(readdirSync(dir)).toEqual(['recipient.key']);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
