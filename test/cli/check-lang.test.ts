/** `fanzha check --input-lang/--lang` and the JSON fields `inputLang`, `lang`, `initiator` (issue 8 §1.1, §1.6). */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

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

const MIXED = '我是淘宝客服，给您退款，请提供验证码。Dear customer this is an important notice regarding your order and account please read carefully now';

describe('fanzha check: input and output language', () => {
  it('reads a Chinese scam with an English tail in Chinese and answers in Chinese', async () => {
    const r = await run(['check', '--json', MIXED]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.verdict).toBe('scam');
    expect(j.lang).toBe('zh');
    expect(j.advice[0]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('--lang en answers in English without changing what is read', async () => {
    const j = JSON.parse((await run(['check', '--json', '--lang', 'en', MIXED])).out);
    expect(j.verdict).toBe('scam');
    expect(j.advice[0]).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('--input-lang en forces the English playbook on Chinese text (nothing English to read: safe)', async () => {
    const r = await run(['check', '--json', '--input-lang', 'en', '我是淘宝客服，给您退款，请提供验证码']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).verdict).toBe('safe');
  });

  it('rejects an unknown --input-lang with exit 2 and one line on stderr', async () => {
    const r = await run(['check', '--input-lang', 'fr', '你好']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--input-lang must be zh, en or auto/);
  });

  it('takes initiator from the JSON input: the issue\'s recovery chat is at most suspicious', async () => {
    const chat = {
      channel: 'chat',
      turns: [
        { speaker: 'user', text: '我账号登不上了，绑定的手机号也换了' },
        { speaker: 'caller', text: '麻烦您提供一下身份证号和之前绑定的银行卡后四位，我帮您申诉找回' },
        { speaker: 'caller', text: '现在给您新手机号发了验证码，麻烦提供一下' },
      ],
    };
    expect(JSON.parse((await run(['check', '--json'], JSON.stringify(chat))).out).verdict).not.toBe('scam');
    expect(JSON.parse((await run(['check', '--json'], JSON.stringify({ ...chat, initiator: 'counterpart' }))).out).verdict).toBe('scam');
  });
});
