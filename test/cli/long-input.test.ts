/**
 * Long or dirty input on the command line is read, not refused (newcomer10, session 10): a chat
 * export over 2,000 lines or a text over 20,000 characters is read whole (session 11: reading only
 * its end let filler after a scam hide it, newcomer11); a stray NUL is a space; a UTF-16 export is decoded;
 * input that is mostly control characters, or over 1 MB, is still a one-line error (exit 2).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'fanzha-long-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => { const p = join(dir, name); writeFileSync(p, content); return p; };

const chat = '客服：您好，这里是京东客服，您的快递明天到\n我：好的，谢谢\n'.repeat(1_200);
const ask = '客服：您的订单需要退款，请把手机收到的验证码发给我\n';
const parking = '这是我们小区业主群的聊天记录，大家在讨论停车位的事情。\n'.repeat(800);
const scamText = '您好我是淘宝客服，您的订单需要退款，请提供银行卡号和验证码\n';

describe('long input is read whole', () => {
  it('check: a chat of 2,401 turns with the ask in its first turns is flagged, at the turn of the ask', async () => {
    const r = await runCli(['check', '--no-model', '--no-color', '--file', file('chat.txt', ask + chat)]);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/第1句/);
    expect(r.out).not.toMatch(/内容太长/);
  }, 120_000);

  it('check --json: a text over 20,000 characters with the ask at its head or its end is flagged; evidence offsets are in the text as given', async () => {
    for (const longText of [scamText + parking, parking + scamText]) {
      const r = await runCli(['check', '--no-model', '--json', '--file', file('text.txt', longText)]);
      expect(r.code).toBe(1);
      const j = JSON.parse(r.out) as { verdict: string; truncated?: unknown; tactics: { evidence: { start: number; end: number; text: string }[] }[] };
      expect(j.verdict).not.toBe('safe');
      expect(j.truncated).toBeUndefined();
      const given = longText.trim();
      const hits = j.tactics.flatMap((t) => t.evidence).filter((e) => e.end > e.start);
      expect(hits.length).toBeGreaterThan(0);
      for (const e of hits) expect(given.slice(e.start, e.end)).toBe(e.text);
    }
  }, 120_000);

  it('a long legitimate chat stays safe', async () => {
    const r = await runCli(['check', '--no-model', '--no-color', '--file', file('legit.txt', chat)]);
    expect(r.code).toBe(0);
  }, 120_000);

  it('replay: every turn, numbered as in the file; the ask in the first turns blocks there', async () => {
    const r = await runCli(['replay', '--no-model', '--no-color', file('replay.txt', ask + chat)]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^ *1 caller/m);
    expect(r.out).toMatch(/^ *2401 user/m);
    const j = await runCli(['replay', '--no-model', '--json', file('replay.txt', ask + chat)]);
    const s = JSON.parse(j.out) as { turns: { turn: number }[]; truncated?: unknown; warnTurn: number | null };
    expect(s.turns).toHaveLength(2_401);
    expect(s.turns[0]!.turn).toBe(0);
    expect(s.truncated).toBeUndefined();
    expect(s.warnTurn).toBe(0);
  }, 120_000);

  it('replay reads standard input and --file as check does', async () => {
    const short = '客服：您好，我是京东客服，您买的奶粉有质量问题\n我：怎么了\n客服：请把验证码告诉我\n';
    const a = await runCli(['replay', '--no-model', '--json'], short);
    const b = await runCli(['replay', '--no-model', '--json', '--file', file('short.txt', short)]);
    const c = await runCli(['replay', '--no-model', '--json', '-'], short);
    expect(a.code).toBe(1);
    expect(a.out).toBe(b.out);
    expect(a.out).toBe(c.out);
  }, 120_000);
});

describe('dirty input is cleaned, binary refused', () => {
  it('a stray NUL or control character inside normal text is read as a space', async () => {
    const clean = await runCli(['check', '--no-model', '--json', '您好 我是京东客服，请提供验证码']);
    for (const dirty of ['您好\u0000我是京东客服，请提供验证码', '您好\u0007我是京东客服，请提供验证码', '您好\u001b我是京东客服，请提供验证码']) {
      const r = await runCli(['check', '--no-model', '--json'], dirty);
      expect(r.err).toBe('');
      expect(r.out).toBe(clean.out);
    }
  }, 120_000);

  it('a UTF-16 export (with its BOM) is decoded, little- and big-endian', async () => {
    const text = '客服：您的订单需要退款，请把验证码发给我\n我：好的\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const utf8 = await runCli(['check', '--no-model', '--json', '--file', file('u8.txt', text)]);
    for (const [name, bytes] of [['le.txt', le], ['be.txt', be]] as const) {
      const r = await runCli(['check', '--no-model', '--json', '--file', file(name, bytes)]);
      expect(r.err, name).toBe('');
      expect(r.out, name).toBe(utf8.out);
    }
  }, 120_000);

  it('mostly control characters is binary: exit 2, one line', async () => {
    for (const bytes of [Buffer.alloc(64), Buffer.from([...'hello customer service refund'].join('\u0000'), 'utf8')]) {
      const r = await runCli(['check', '--file', file('bin.dat', bytes)]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/binary/);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('over 1 MB is still refused: exit 2, one line', async () => {
    const r = await runCli(['check', '--file', file('big.txt', '退'.repeat(400_000))]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/over 1 MB/);
    const s = await runCli(['replay', file('big2.txt', '客服：' + '退'.repeat(400_000))]);
    expect(s.code).toBe(2);
  });
});
