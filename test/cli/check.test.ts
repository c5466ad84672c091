import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';


const SCAM_CALL = [
  '客服：您好，我是淘宝店铺的客服，您上周买的面膜这批有质量问题，我们给您退款。',
  '我：哦，好的。',
  '客服：退款要先加我们理赔中心的QQ群，群号我发您短信。',
  '我：加了。',
  '客服：您的芝麻信用分不够，退款到不了账，需要刷一下流水，请扫描我发的二维码。',
  '客服：您收到一个验证码，念给我听一下，这个是系统虚拟支出不会扣钱。',
].join('\n');

describe('fanzha check', () => {
  it('flags a refund-scam call with exit 1 and evidence in Chinese', async () => {
    const r = await runCli(['check'], SCAM_CALL);
    expect(r.code).toBe(1);
    expect(r.out).toContain('高度疑似诈骗');
    expect(r.out).toContain('【'); // evidence marked in the text (no TTY: brackets instead of colour)
    expect(r.out).toContain('110');
  });

  it('prints the documented --json shape with evidence spans that point into the original turns', async () => {
    const r = await runCli(['check', '--json'], SCAM_CALL);
    const j = JSON.parse(r.out) as { verdict: string; risk: number; stage: string; alertTurn: number; advice: string[]; tactics: { id: string; stage: string; weight: number; evidence: { turn: number; start: number; end: number; text: string }[] }[] };
    expect(j.verdict).toBe('scam');
    expect(j.risk).toBeGreaterThanOrEqual(70);
    expect(j.alertTurn).not.toBeNull();
    expect(j.alertTurn!).toBeLessThanOrEqual(4); // warned before the code was asked for (turn 5)
    const turns = SCAM_CALL.split('\n').map((l) => l.replace(/^[^：]+：/, ''));
    for (const t of j.tactics) for (const e of t.evidence) {
      if (e.end > e.start) expect(turns[e.turn]!.slice(e.start, e.end)).toBe(e.text);
    }
    expect(j.tactics.map((t) => t.id)).toContain('extract.verification-code');
    for (const a of j.advice) expect(a).not.toMatch(/https?:|www\./);
  });

  it('keeps a bank OTP SMS safe with exit 0', async () => {
    const r = await runCli(['check', '--json', '【某银行】验证码384756，用于网上支付，任何人索取验证码均为诈骗，切勿泄露。']);
    expect(JSON.parse(r.out).verdict).toBe('safe');
    expect(r.code).toBe(0);
  });

  it('reads JSON input from a file and answers in English with --lang en', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanzha-cli-'));
    const file = join(dir, 'sms.json');
    writeFileSync(file, JSON.stringify({ channel: 'sms', text: '您好，我是京东客服，您的订单商品有质量问题，我们双倍退款，请添加客服微信办理。' }));
    const r = await runCli(['check', '--file', file, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Verdict: (suspicious|very likely a scam)/);
  });

  it.each([
    ['empty input', [''], /empty input/],
    // nc13-fp kind F5: white space says nothing however it comes (plain, JSON text, JSON turns), as the API's empty_input.
    ['white space only', [' \u3000\n\t '], /empty input/],
    ['JSON whose text is white space', ['{"channel":"sms","text":"  \u3000 "}'], /empty input/],
    ['JSON whose every turn is white space', ['{"channel":"call","turns":[{"speaker":"caller","text":" "},{"speaker":"user","text":"\u200b"}]}'], /empty input/],
    ['malformed JSON', ['{"channel":'], /malformed JSON/],
    ['wrong shape', ['{"channel":"sms","body":"x"}'], /invalid input/],
    ['invalid UTF-8', [Buffer.from([0xff, 0xfe, 0x41])], /not valid UTF-8/],
    ['over 1 MB', ['a'.repeat(1024 * 1024 + 10)], /over 1 MB/],
  ])('rejects %s with one line on stderr and exit 2', async (_name, [stdin], pattern) => {
    const r = await runCli(['check'], stdin as string | Buffer);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(pattern as RegExp);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });

  it('exits 3 for a file that does not exist and 2 for an unknown flag', async () => {
    expect((await runCli(['check', '--file', '/nonexistent/x.txt'])).code).toBe(3);
    expect((await runCli(['check', '--frobnicate'])).code).toBe(2);
  });
});

describe('fanzha replay', () => {
  it('shows the risk rising turn by turn and never falling in level', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanzha-cli-'));
    const file = join(dir, 'call.txt');
    writeFileSync(file, SCAM_CALL);
    const r = await runCli(['replay', file, '--json']);
    const j = JSON.parse(r.out) as { turns: { risk: number; level: string }[]; verdict: string };
    const order = ['none', 'watch', 'warn', 'block'];
    const levels = j.turns.map((t) => order.indexOf(t.level));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(j.turns[0]!.risk).toBeLessThan(j.turns[j.turns.length - 1]!.risk);
    expect(j.verdict).toBe('scam');
    expect(r.code).toBe(1);
  });
});
