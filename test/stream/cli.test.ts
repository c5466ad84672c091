import { PassThrough } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { HAVE_REDIS, startRedis, type TestRedis } from './redis.ts';
import { streamKeys } from '../../src/stream/events.ts';

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const input = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => { out += d; });
  stderr.on('data', (d) => { err += d; });
  input.end(stdin);
  const code = await main(args, { stdout, stderr, stdin: input, env: {} });
  return { code, out, err };
}

describe('fanzha ingest / worker: usage', () => {
  it('asks for a Redis URL and rejects a bad one, an unknown option or a bad number with one line', async () => {
    expect(await run(['ingest'])).toMatchObject({ code: 2, err: expect.stringMatching(/give --redis URL/) });
    expect(await run(['worker', '--redis', 'localhost:6379'])).toMatchObject({ code: 2, err: expect.stringMatching(/redis:\/\/ or rediss:\/\/ URL/) });
    expect(await run(['worker', '--redis', 'redis://127.0.0.1:1', '--lease-ms', 'soon'])).toMatchObject({ code: 2, err: expect.stringMatching(/--lease-ms must be an integer/) });
    expect(await run(['ingest', '--redis', 'redis://127.0.0.1:1', '--fast'])).toMatchObject({ code: 2, err: expect.stringMatching(/unknown option --fast/) });
    // Key names must fit Redis Cluster's hash tags.
    expect(await run(['ingest', '--redis', 'redis://127.0.0.1:1', '--prefix', 'a{b}'])).toMatchObject({ code: 2, err: expect.stringMatching(/prefix may not contain/) });
    expect(await run(['worker', '--redis', 'redis://127.0.0.1:1', '--alerts', 'x{}y', '--no-store'])).toMatchObject({ code: 2, err: expect.stringMatching(/no hash tag/) });
  });
});

(HAVE_REDIS ? describe : describe.skip)('fanzha ingest against a real redis-server', () => {
  let redis: TestRedis;
  let dir: string;
  beforeAll(async () => { redis = await startRedis(); dir = mkdtempSync(join(tmpdir(), 'fanzha-ingest-')); }, 20_000);
  afterAll(async () => { await redis?.stop(); rmSync(dir, { recursive: true, force: true }); });

  it('puts a file\'s events on the stream, numbers turns without seq, and reports dead lines', async () => {
    const file = join(dir, 'events.jsonl');
    writeFileSync(file, [
      JSON.stringify({ session: 'c1', speaker: 'caller', text: '您好，我是淘宝客服', channel: 'call' }),
      JSON.stringify({ session: 'c1', speaker: 'caller', text: '您买的商品有质量问题，给您退款' }),
      '{oops',
      '',
    ].join('\n'));
    const res = await run(['ingest', '--redis', redis.url, '--prefix', 'cli', '--partitions', '2', file]);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.out)).toEqual({ events: 2, dead: 1, pauses: 0, pausedMs: 0 });
    const r = redis.client();
    const k = streamKeys('cli');
    const entries = [...await r.xrange(k.events(0), '-', '+'), ...await r.xrange(k.events(1), '-', '+')];
    expect(entries.map(([, f]) => JSON.parse(f[1]!).seq)).toEqual([0, 1]);
    expect(await r.xlen(k.dead)).toBe(1);
    // The partition count is fixed once chosen.
    const again = await run(['ingest', '--redis', redis.url, '--prefix', 'cli', '--partitions', '4', file]);
    // Bad input (exit 2), not Redis failing (3).
    expect(again).toMatchObject({ code: 2, err: expect.stringMatching(/has 2 partitions/) });
    expect(await run(['ingest', '--redis', redis.url, '--prefix', 'cli', join(dir, 'missing.jsonl')])).toMatchObject({ code: 2, err: expect.stringMatching(/cannot read .*missing\.jsonl/) });
    // An unreachable Redis is named, its password masked.
    const away = await run(['ingest', '--redis', 'redis://:s3cret@127.0.0.1:1', file]);
    expect(away).toMatchObject({ code: 3, err: expect.stringMatching(/cannot reach Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1/) });
    expect(away.err).not.toContain('s3cret');
    expect((await run(['ingest', '--help'])).out + (await run(['ingest', '--help'])).err).toMatch(/recipient/);
  });

  it('says so in one line when Redis cannot be reached', async () => {
    const res = await run(['ingest', '--redis', 'redis://127.0.0.1:1', '-'], '{"session":"x","text":"hi"}\n');
    expect(res.code).toBe(3);
    expect(res.err).toMatch(/^fanzha: (cannot reach Redis|ingest failed)/);
  }, 20_000);
});

describe('fanzha worker --pg', () => {
  it('wants a postgres:// URL and one store only', async () => {
    expect(await run(['worker', '--redis', 'redis://127.0.0.1:1', '--pg', 'mysql://x'])).toMatchObject({ code: 2, err: expect.stringMatching(/postgres:\/\/ URL/) });
    expect(await run(['worker', '--redis', 'redis://127.0.0.1:1', '--pg', 'postgres://x/y', '--db', 'a.db'])).toMatchObject({ code: 2, err: expect.stringMatching(/give one store/) });
  });
});
