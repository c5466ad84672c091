/**
 * `fanzha check --file -` reads standard input, as `replay -` does and most Unix tools (nc12-recall: it said
 * "cannot read -", exit 3), and the 1 MB ceiling is said as a reader counts it: bytes of UTF-8, about
 * 349,000 Chinese characters (README "Long or dirty input"; --help).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

describe('check --file - is standard input', () => {
  it('reads the text piped in, as without --file', async () => {
    const text = '我是淘宝客服，您的订单异常需要退款，请把收到的验证码告诉我';
    const piped = await runCli(['check', '--json', '--no-model', '--file', '-'], text);
    const plain = await runCli(['check', '--json', '--no-model'], text);
    expect(piped.err).toBe('');
    expect(piped.code).toBe(plain.code);
    expect(JSON.parse(piped.out)).toEqual(JSON.parse(plain.out));
  });
  it('an empty standard input is bad input (exit 2), not an unreadable file (exit 3)', async () => {
    const r = await runCli(['check', '--file', '-'], '');
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/cannot read/);
  });
  it('over the ceiling, the refusal gives it in bytes and in Chinese characters', async () => {
    const r = await runCli(['check', '--file', '-'], '骗'.repeat(350_000));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/over 1 MB .*1,048,576 bytes.*349,525 Chinese/);
  });
  it('just under it (349,000 Chinese characters) is read, not refused', async () => {
    const r = await runCli(['check', '--json', '--no-model', '--file', '-'], '您好。'.repeat(116_000));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);
  it('--help says the limit in bytes and characters', async () => {
    for (const cmd of ['check', 'replay']) {
      const r = await runCli([cmd, '--help']);
      expect(r.out + r.err).toMatch(/1,048,576 bytes of UTF-8: about 349,000 Chinese/);
    }
  });
});
