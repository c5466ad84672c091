/**
 * `fanzha check` and `replay` start from a bundle of the sources (bin/fanzha.js, esbuild, rebuilt
 * whenever a file under src/ changes) instead of 240 files through tsx: about half the start-up CPU.
 * The answer must be the same, byte for byte, as the sources run through tsx (FANZHA_NO_BUNDLE=1).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['bin/fanzha.js', ...args], { encoding: 'utf8', timeout: 240_000, env: { ...process.env, ...env } });

describe('the bundled check and replay answer as the sources do', () => {
  it.each([
    ['check', '--json', '您好，我是京东客服，您买的奶粉有质量问题，给您双倍退款，请把验证码告诉我'],
    ['check', '--json', '--lang', 'en', 'Hello, this is Amazon support. Your refund needs your card number and the code we sent.'],
    ['check', '--no-color', '【淘宝】您的退款申请已通过，退款金额89.00元将在1-3个工作日原路退回。'],
    ['replay', '--json', 'docs/tour/call.txt'],
  ])('fanzha %s %s …', (...args) => {
    const bundled = run(args);
    const sources = run(args, { FANZHA_NO_BUNDLE: '1' });
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(sources.status);
    expect(bundled.stdout).toBe(sources.stdout);
    expect(bundled.stdout.length).toBeGreaterThan(0);
  }, 600_000);
});
