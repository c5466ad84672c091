/**
 * The CLI reads at most its limit plus one byte whatever a file says its size is (issue 12 §1):
 * `/dev/zero` and `/dev/urandom` report size 0 and never end; before, `fanzha check --file
 * /dev/zero` grew 330 MB/s and never finished. A directory is a one-line error.
 */
import { PassThrough } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const input = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => { out += d; });
  stderr.on('data', (d) => { err += d; });
  input.end('');
  const code = await main(args, { stdout, stderr, stdin: input, env: {} });
  return { code, out, err };
}

const devices = ['/dev/zero', '/dev/urandom'];

describe('bounded reads', () => {
  it.each(devices)('fanzha check --file %s stops at the limit with exit 2 and one line', async (dev) => {
    const before = process.memoryUsage().rss;
    const r = await run(['check', '--file', dev]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/over 1 MB/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it.each(devices)('fanzha qr %s stops at the image limit with exit 2', async (dev) => {
    const r = await run(['qr', dev]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/too large for an image/);
  });

  it('fanzha replay on /dev/zero stops too', async () => {
    const r = await run(['replay', '/dev/zero']);
    expect(r.code).toBe(2);
  });

  it.each([['check', '--file'], ['qr'], ['replay']])('fanzha %s on a directory is a one-line error with exit 3', async (...cmd) => {
    const dir = mkdtempSync(join(tmpdir(), 'fanzha-dir-'));
    const r = await run([...cmd, dir]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/is a directory/);
    expect(r.err).not.toMatch(/EISDIR|internal error/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
