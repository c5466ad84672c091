/** `fanzha qr` takes the code's text as well as an image: a scanner app shows `wxp://…`, and that is what people paste. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { classifyQrPayload } from '../../src/checks/qr/classify.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => { out += d; });
  stderr.on('data', (d) => { err += d; });
  stdin.end('');
  const code = await main(args, { stdout, stderr, stdin, env: {} });
  return { code, out, err };
}

describe('fanzha qr CODE', () => {
  it('classifies a WeChat Pay code given as text, as it would the decoded image', async () => {
    const r = await run(['qr', 'wxp://f2f0abc', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(classifyQrPayload('wxp://f2f0abc'))));
    expect(JSON.parse(r.out).kind).toBe('payment');
    const text = await run(['qr', 'wxp://f2f0abc', '--lang', 'en']);
    expect(text.out).toMatch(/payment code \(wechat-pay\)/);
  });
  it('takes other schemes and EMV payloads', async () => {
    for (const payload of ['alipays://platformapi/startapp?appId=20000067', 'https://qm.qq.com/q/abc', '00020101021126300010com.example0208123456785204000053031565802CN5905SHOP16007BEIJING6304ABCD']) {
      const r = await run(['qr', payload, '--json']);
      expect(r.err, payload).toBe('');
      expect(JSON.parse(r.out).payload, payload).toBe(payload);
    }
  });
  it('still reports a missing image file as unreadable (exit 3)', async () => {
    const r = await run(['qr', 'no-such-code.png']);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/no-such-code\.png/);
  });
  it('says in --help that it takes the code text', async () => {
    const r = await run(['qr', '--help']);
    expect(r.out + r.err).toMatch(/IMAGE\|CODE/);
  });
});
