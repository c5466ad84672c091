/**
 * CLI faults a newcomer met (issue 8, product): the channel and the initiator as flags, `eval
 * --cases`, the page's "NUMBER NAME" form for `fanzha number`, and invisible characters inside a
 * platform's name. Each asserts what the user sees: the verdict, the advice wording, exit codes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';
import { analyze } from '../../src/index.ts';
import { numberAndClaim } from '../../src/cli/commands/number.ts';


const REFUND_SMS = '您好我是京东客服，您的订单有质量问题，给您双倍理赔，请提供银行卡号和验证码';
const RECOVERY_CHAT = [
  '用户：我账号登不上了，绑定的手机号也换了',
  '客服：麻烦您提供一下身份证号和之前绑定的银行卡后四位，我帮您申诉找回',
  '客服：现在给您新手机号发了验证码，麻烦提供一下',
].join('\n');

describe('fanzha check --channel', () => {
  it('answers a text as an SMS (no "hang up") or as a call, as the flag says', async () => {
    const sms = JSON.parse((await runCli(['check', '--channel', 'sms', '--json', REFUND_SMS])).out) as { verdict: string; advice: string[] };
    const call = JSON.parse((await runCli(['check', '--channel', 'call', '--json', REFUND_SMS])).out) as { verdict: string; advice: string[] };
    expect(sms.verdict).toBe('scam');
    expect(call.verdict).toBe('scam');
    expect(sms.advice.join('\n')).toContain('不要回复');
    expect(sms.advice.join('\n')).not.toContain('挂断');
    expect(call.advice.join('\n')).toContain('挂断');
  });

  it('overrides the channel inside JSON, and rejects an unknown channel with one line and exit 2', async () => {
    const json = JSON.stringify({ channel: 'call', text: REFUND_SMS });
    const r = JSON.parse((await runCli(['check', '--channel', 'sms', '--json'], json)).out) as { advice: string[] };
    expect(r.advice.join('\n')).not.toContain('挂断');
    const bad = await runCli(['check', '--channel', 'fax', REFUND_SMS]);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect(bad.err).toContain('--channel must be sms, chat, call or text');
  });
});

describe('fanzha check --initiator (issue 8 §1.6)', () => {
  it('an agent asking for an ID and a code in a chat the user opened is at most suspicious; the same lines from a stranger are scam', async () => {
    const verdict = async (...flags: string[]): Promise<string> =>
      (JSON.parse((await runCli(['check', '--channel', 'chat', ...flags, '--json'], RECOVERY_CHAT)).out) as { verdict: string }).verdict;
    expect(await verdict()).toBe('suspicious'); // the user spoke first: inferred
    expect(await verdict('--initiator', 'user')).toBe('suspicious');
    expect(await verdict('--initiator', 'counterpart')).toBe('scam');
  });

  it('in a chat the user opened, moving money off the platform still makes it scam', async () => {
    const chat = `${RECOVERY_CHAT}\n客服：找回前需要验证资金，请先转账500元到我发您的账户`;
    const r = JSON.parse((await runCli(['check', '--channel', 'chat', '--initiator', 'user', '--json'], chat)).out) as { verdict: string };
    expect(r.verdict).toBe('scam');
  });

  it('rejects an unknown initiator with exit 2', async () => {
    const r = await runCli(['check', '--initiator', 'me', REFUND_SMS]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--initiator must be user or counterpart');
  });
});

describe('fanzha eval --cases', () => {
  it('reads a case file like the plain path does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanzha-cases-'));
    const file = join(dir, 'mine.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a', label: 'scam', channel: 'sms', text: REFUND_SMS })}\n${JSON.stringify({ id: 'b', label: 'legit', channel: 'sms', text: '【京东】您的订单已签收，感谢您的购买。' })}\n`);
    const viaFlag = await runCli(['eval', '--cases', file, '--json']);
    const viaPath = await runCli(['eval', file, '--json']);
    expect(viaFlag.code).toBe(0);
    const cases = (JSON.parse(viaFlag.out) as { cases: { id: string; verdict: string }[] }).cases;
    expect(cases.map((c) => [c.id, c.verdict])).toEqual([['a', 'scam'], ['b', 'safe']]);
    expect(JSON.parse(viaFlag.out).cases).toEqual(JSON.parse(viaPath.out).cases);
    expect((await runCli(['eval', '--cases'])).code).toBe(2);
  });
});

describe('fanzha number "NUMBER NAME"', () => {
  it('reads the page\'s form as the number and who the caller claims to be', async () => {
    const r = await runCli(['number', '17012345678 京东客服']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('不是京东公布的客服号码');
    const official = await runCli(['number', '95118 京东']);
    expect(official.code).toBe(0);
    expect(official.out).toContain('官方');
  });

  it('splits only digits followed by a name', () => {
    expect(numberAndClaim('17012345678 京东客服')).toEqual({ number: '17012345678', claims: '京东客服' });
    expect(numberAndClaim('+86 170 1234 5678 淘宝')).toEqual({ number: '+86 170 1234 5678', claims: '淘宝' });
    expect(numberAndClaim('17012345678')).toBeNull();
    expect(numberAndClaim('京东 17012345678')).toBeNull();
    expect(numberAndClaim('170123京东')).toBeNull();
  });

  it('text that is no number says how to give the claim, exit 2', async () => {
    const r = await runCli(['number', 'abc 京东']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--claims');
  });
});

describe('invisible characters inside a name (normalisation)', () => {
  const names = [
    '淘\u200b宝\u200b客\u200b服', // zero-width space
    '京\u202e东\u2066客\u2069服', // bidi override and isolates
    '拼\u200e多\u200f多客服', // left-to-right / right-to-left marks
    '淘\u2060宝\u00ad客服', // word joiner, soft hyphen
  ];
  it.each(names)('%j still reads as a claimed platform agent', (name) => {
    const r = analyze({ channel: 'sms', text: `${name}：您的订单有质量问题，给您双倍理赔，请提供银行卡号` });
    expect(r.tactics.map((t) => t.id)).toContain('contact.impersonation');
    expect(r.verdict).toBe('scam');
    // The evidence still points into the original text, invisible characters included.
    const ev = r.tactics.find((t) => t.id === 'contact.impersonation')!.evidence[0]!;
    expect(ev.text.replace(/[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u00ad]/g, '')).toMatch(/客服/);
  });
});

describe('combining marks stacked on every character (newcomer, session 5: the seed scam read safe 0)', () => {
  const stack = (s: string, mark: string): string => [...s].map((c) => c + mark).join('');
  const scam = '我是淘宝客服，您的订单有质量问题，给您双倍理赔，请提供银行卡号和验证码';
  it.each(['\u0301', '\u0336', '\u20e3', '\u1dc4', '\ufe20', '\u0301\u0308'])('mark %j: still read as the scam, evidence in the original', (mark) => {
    const r = analyze({ channel: 'sms', text: stack(scam, mark) });
    expect(r.verdict).toBe('scam');
    const ev = r.tactics.find((t) => t.id === 'contact.impersonation')!.evidence[0]!;
    expect(ev.text.replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, '')).toMatch(/客服/);
  });
  it('a real refund notice with marks stays safe, and accented Latin text keeps reading as English', () => {
    expect(analyze({ channel: 'sms', text: stack('【淘宝】您的退款已原路退回，请在淘宝APP我的订单中查看', '\u0301') }).verdict).toBe('safe');
    const en = analyze({ channel: 'sms', text: 'Café Amélie: your table for two is confirmed for 7pm, reply C to cancel.' });
    expect(en.verdict).toBe('safe');
  });
});
