/**
 * `fanzha eval --baseline keywords` measures the 20-keyword yardstick of issue 8 through the same
 * metrics, so the engine's figures can be read against it.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASELINE_KEYWORDS, keywordBaseline } from '../../src/eval/baseline.ts';
import { PassThrough } from 'node:stream';
import { command } from '../../src/cli/commands/eval.ts';
import { CliError } from '../../src/cli/command.ts';

async function runCli(args: string[]): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  let o = '';
  stdout.on('data', (d: Buffer) => { o += d.toString(); });
  try {
    const code = await command.run(args.slice(1), { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env: {} });
    return { code, stdout: o };
  } catch (e) {
    if (e instanceof CliError) return { code: e.code, stdout: o };
    throw e;
  }
}

describe('the keyword baseline', () => {
  it('has 20 fixed words and flags a counterpart line holding one', () => {
    expect(BASELINE_KEYWORDS).toHaveLength(20);
    expect(keywordBaseline({ channel: 'sms', text: '您的退款已到账' }).verdict).toBe('suspicious');
    expect(keywordBaseline({ channel: 'sms', text: '今晚一起吃饭吧' }).verdict).toBe('safe');
  });

  it("reads only the counterpart's lines of a dialogue", () => {
    const r = keywordBaseline({ channel: 'call', turns: [{ speaker: 'user', text: '我要退款' }, { speaker: 'caller', text: '好的您稍等' }] });
    expect(r.verdict).toBe('safe');
    const s = keywordBaseline({ channel: 'call', turns: [{ speaker: 'user', text: '喂' }, { speaker: 'caller', text: '请把验证码告诉我' }] });
    expect(s).toMatchObject({ verdict: 'suspicious', alertTurn: 1 });
  });

  it('runs through fanzha eval and says so in the JSON summary; refuses model flags', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanzha-baseline-'));
    const file = join(dir, 'cases.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'a', label: 'scam', channel: 'sms', text: '请提供验证码办理退款' }),
      JSON.stringify({ id: 'b', label: 'scam', channel: 'sms', text: '加我微信领取补偿' }),
      JSON.stringify({ id: 'c', label: 'legit', channel: 'sms', text: '您的快递已到驿站' }),
    ].join('\n') + '\n');
    const r = await runCli(['eval', file, '--baseline', 'keywords', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { summary: { baseline: string }; cases: { id: string; verdict: string }[] };
    expect(out.summary.baseline).toBe('keywords');
    expect(Object.fromEntries(out.cases.map((c) => [c.id, c.verdict]))).toEqual({ a: 'suspicious', b: 'safe', c: 'safe' });
    const bad = await runCli(['eval', file, '--baseline', 'keywords', '--no-model']);
    expect(bad.code).toBe(2);
    expect((await runCli(['eval', file, '--baseline', 'words'])).code).toBe(2);
  });
});
