import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { CliError, type CliIO, type Command } from '../../src/cli/command.ts';
import { command as url } from '../../src/cli/commands/url.ts';
import { command as number } from '../../src/cli/commands/number.ts';
import { command as qr } from '../../src/cli/commands/qr.ts';
import { command as domains } from '../../src/cli/commands/domains.ts';

interface Ran { code: number; out: string; err: string }

async function run(cmd: Command, args: string[]): Promise<Ran> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => { out += c.toString(); });
  stderr.on('data', (c: Buffer) => { err += c.toString(); });
  const io: CliIO = { stdout, stderr, stdin: new PassThrough(), env: {} };
  try {
    return { code: await cmd.run(args, io), out, err };
  } catch (e) {
    if (e instanceof CliError) return { code: e.code, out, err: e.message };
    throw e;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'fanzha-qr-'));

describe('fanzha url', () => {
  it('explains a look-alike in Chinese and exits 1', async () => {
    const r = await run(url, ['jd-tuikuan.vip']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('危险');
    expect(r.out).toContain('冒充 京东');
    expect(r.out).toContain('brand-refund-words');
  });

  it('accepts --no-color like fanzha check, with the same report and exit code', async () => {
    const plain = await run(url, ['jd-tuikuan.vip']);
    const r = await run(url, ['jd-tuikuan.vip', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.out).toBe(plain.out);
    expect((await run(number, ['110', '--no-color'])).code).not.toBe(2);
  });

  it('official links exit 0; --lang en', async () => {
    const r = await run(url, ['https://m.jd.com/', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('verdict: official (JD.com)');
  });

  it('a platform\'s own number claimed as another platform: the verdict names no brand, the owner has its own line', async () => {
    const r = await run(number, ['4006065500 淘宝客服']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('结论：危险\n');
    expect(r.out).not.toContain('危险（京东）');
    expect(r.out).toContain('号码：京东公布的客服号码，与对方自称的身份不符');
    const own = await run(number, ['4006065500', '--claims', '京东']);
    expect(own.code).toBe(0);
    expect(own.out).toContain('官方（京东）');
    expect(own.out).not.toContain('不符');
  });

  it('--json gives one report per URL; any flagged URL makes exit 1', async () => {
    const r = await run(url, ['--json', 'm.jd.com', 'taob0o.com']);
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.out) as { verdict: string; registrableDomain: string }[];
    expect(reports.map((x) => x.verdict)).toEqual(['official', 'dangerous']);
    expect(reports[1]!.registrableDomain).toBe('taob0o.com');
  });

  it('bad input exits 2 with a one-line error', async () => {
    expect(await run(url, [])).toMatchObject({ code: 2 });
    const bad = await run(url, ['http://']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^not a URL/);
    const word = await run(url, ['not-a-url']);
    expect(word.code).toBe(2);
    expect(word.err).toMatch(/^not a URL: not-a-url \(a link names a domain/);
    expect((await run(url, ['--frobnicate', 'jd.com'])).code).toBe(2);
    expect((await run(url, ['jd.com', '--lang', 'fr'])).code).toBe(2);
  });
});

describe('fanzha number', () => {
  it('--claims 京东 on a mobile → claims-mismatch, exit 1', async () => {
    const r = await run(number, ['13812345678', '--claims', '京东']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('claims-mismatch');
    expect(r.out).toContain('不是京东公布的客服号码');
  });

  it('official numbers exit 0, JSON has the contract fields', async () => {
    const r = await run(number, ['95118', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ input: '95118', kind: 'service', officialFor: 'jd', verdict: 'official', findings: [] });
  });

  it('numbers written with spaces across arguments', async () => {
    const r = await run(number, ['+86', '170', '1234', '5678', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('virtual carrier range');
  });

  it('not a number → exit 2', async () => {
    const r = await run(number, ['hello']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^not a phone number/);
    expect((await run(number, ['--claims'])).code).toBe(2);
  });
});

describe('fanzha qr', () => {
  it('decodes a payment code image and exits 1', async () => {
    const file = join(dir, 'pay.png');
    writeFileSync(file, await QRCode.toBuffer('wxp://f2f0Xk3mQ9pLr7', { type: 'png' }));
    const r = await run(qr, [file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('付款码');
    const json = await run(qr, [file, '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ payload: 'wxp://f2f0Xk3mQ9pLr7', kind: 'payment', provider: 'wechat-pay' });
  });

  it('an official link QR exits 0', async () => {
    const file = join(dir, 'jd.png');
    writeFileSync(file, await QRCode.toBuffer('https://item.jd.com/100012043978.html', { type: 'png' }));
    expect((await run(qr, [file])).code).toBe(0);
  });

  it('a missing file exits 3; a non-image exits 2', async () => {
    const missing = await run(qr, [join(dir, 'nope.png')]);
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/cannot read/);
    const text = join(dir, 'note.txt');
    writeFileSync(text, 'just text');
    const notImage = await run(qr, [text]);
    expect(notImage.code).toBe(2);
    expect(notImage.err).toMatch(/not a PNG or JPEG/);
    const empty = await run(qr, ['']);
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/empty/);
  });
});

describe('fanzha domains', () => {
  it('permute lists candidates; --json is an array of {kind, domain}', async () => {
    const r = await run(domains, ['permute', 'jd.com']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('jdd.com');
    const json = await run(domains, ['permute', 'jd.com', '--json']);
    const list = JSON.parse(json.out) as { kind: string; domain: string }[];
    expect(list).toContainEqual({ kind: 'addition', domain: 'jdd.com' });
    expect(list).toContainEqual({ kind: 'transposition', domain: 'dj.com' });
  });

  it('usage errors exit 2', async () => {
    expect((await run(domains, ['jd.com'])).code).toBe(2);
    expect((await run(domains, ['permute'])).code).toBe(2);
    expect((await run(domains, ['permute', '1.2.3.4'])).code).toBe(2);
  });
});
