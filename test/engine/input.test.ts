import { describe, expect, it } from 'vitest';
import { parseInput, InputError } from '../../src/index.ts';

describe('parseInput', () => {
  it('reads plain text as one text', () => {
    expect(parseInput('  您的快递到了  ')).toEqual({ channel: 'text', text: '您的快递到了' });
  });

  it('reads speaker lines, Chinese and English, with continuation lines', () => {
    expect(parseInput('客服：您好\n我：你好\n接着说\ncaller: ok')).toEqual({
      channel: 'call',
      turns: [{ speaker: 'caller', text: '您好' }, { speaker: 'user', text: '你好\n接着说' }, { speaker: 'caller', text: 'ok' }],
    });
  });

  it('reads the speaker labels of other transcripts, both languages (Customer / Receiver / 客户 / 来电方 …)', () => {
    const turns = (text: string) => {
      const input = parseInput(text);
      return 'turns' in input ? input.turns.map((t) => t.speaker) : input.channel;
    };
    expect(turns('Agent: Hello, this is Amazon customer service about your refund.\nCustomer: Oh, what happened?')).toEqual(['caller', 'user']);
    expect(turns('Caller: Your parcel was lost, we will pay you double.\nReceiver: Really?')).toEqual(['caller', 'user']);
    expect(turns('Customer Service: please share your screen\nCUSTOMER: ok')).toEqual(['caller', 'user']);
    expect(turns('Suspect: transfer the deposit now\nInnocent: how much?')).toEqual(['caller', 'user']);
    expect(turns('来电方：您好，我是京东客服，您的订单需要退款\n客户：怎么退？')).toEqual(['caller', 'user']);
    expect(turns('坐席：请下载会议软件\n被叫：好的')).toEqual(['caller', 'user']);
    expect(turns('来电者：您的快递丢了\n接听方：那怎么办')).toEqual(['caller', 'user']);
    // What the user then sees: the pasted transcript is read as a call, turn by turn.
    const input = parseInput('Caller: I am from Taobao, your refund needs your card number.\nReceiver: Which card?');
    expect(input).toEqual({ channel: 'call', turns: [
      { speaker: 'caller', text: 'I am from Taobao, your refund needs your card number.' }, { speaker: 'user', text: 'Which card?' },
    ] });
  });

  it('keeps a greeting or a heading that is no speaker label as plain text', () => {
    expect(parseInput('尊敬的客户：您的退款已原路退回')).toEqual({ channel: 'text', text: '尊敬的客户：您的退款已原路退回' });
    expect(parseInput('Dear customer: your refund was issued')).toEqual({ channel: 'text', text: 'Dear customer: your refund was issued' });
    expect(parseInput('Officer: you are under investigation\nMe: what?')).toEqual({ channel: 'text', text: 'Officer: you are under investigation\nMe: what?' });
  });

  it('every speaker label in the data parses to its side, and no label names both', async () => {
    const { SPEAKER_LABELS } = await import('../../src/engine/speakers.ts');
    for (const [side, labels] of Object.entries(SPEAKER_LABELS)) {
      for (const label of [...labels.en, ...labels.zh]) {
        const other = side === 'caller' ? 'user' : 'caller';
        const input = parseInput(`${label}: 第一句\n${other}: 第二句`);
        expect('turns' in input && input.turns[0]!.speaker, label).toBe(side);
      }
    }
  });

  it('does not mistake a colon in ordinary text for a speaker', () => {
    expect(parseInput('提醒：明天开会')).toEqual({ channel: 'text', text: '提醒：明天开会' });
  });

  it('reads both JSON shapes', () => {
    expect(parseInput('{"channel":"sms","text":"hi"}')).toEqual({ channel: 'sms', text: 'hi' });
    const call = parseInput('{"channel":"call","turns":[{"speaker":"caller","text":"a"},{"text":"b"}]}');
    expect(call).toEqual({ channel: 'call', turns: [{ speaker: 'caller', text: 'a' }, { speaker: 'unknown', text: 'b' }] });
  });

  it('gives one-line errors for empty, malformed, wrong-shaped, binary and oversized input (a stray control character is no error)', () => {
    const err = (raw: string) => { try { parseInput(raw); } catch (e) { expect(e).toBeInstanceOf(InputError); return (e as Error).message; } throw new Error('no error'); };
    expect(err('   \n ')).toMatch(/^empty input/);
    expect(err('{"channel":')).toMatch(/^malformed JSON/);
    expect(err('{"channel":"sms","txt":"x"}')).toMatch(/^invalid input/);
    expect(err('{"channel":"call","turns":[{"speaker":"robot","text":"x"}]}')).toMatch(/turns\.0\.speaker/);
    expect(err('\u0000'.repeat(40))).toMatch(/binary/);
    // UTF-16 text read as UTF-8: every other character a NUL.
    expect(err([...'hello, this is customer service'].join('\u0000'))).toMatch(/binary/);
    expect(err('x'.repeat(1024 * 1024 + 1))).toMatch(/over 1 MB/);
    for (const m of [err(''), err('{'), err('[1,2]')]) expect(m).not.toContain('\n');
  });
});

/**
 * Long or dirty input is read, not refused (newcomer10, session 10): a stray NUL or control
 * character is a space (offsets unchanged); input that is mostly control characters is binary; a
 * text or turn over LIMITS.maxTurnChars is read whole, in pieces (session 11: reading only its end
 * let filler after a scam hide it), and every turn of a long conversation is read; evidence keeps
 * the turns and offsets of the input as given. Past 1 MB: refused.
 */
describe('stray control characters and binary input', () => {
  const text = (raw: string) => { const i = parseInput(raw); return 'text' in i ? i.text : i.turns.map((t) => t.text); };
  it('reads a stray NUL, form feed, DEL or C1 control as a space, in text, lines and JSON', () => {
    expect(text('您好\u0000我是京东客服')).toBe('您好 我是京东客服');
    expect(text('请提供验证码\u000c')).toBe('请提供验证码');
    expect(text('退款\u007f到账')).toBe('退款 到账');
    expect(text('订单\u0085已发货')).toBe('订单 已发货');
    expect(text('\u0000\u0000客服：您好\n我：\u0001你好')).toEqual(['您好', '你好']);
    expect(text('{"text":"ok"}\u0000')).toBe('ok');
    expect(text('tab\tand\r\nnewline')).toBe('tab\tand\r\nnewline');
  });
  it('keeps refusing what is mostly control characters, and reads what is mostly text', async () => {
    const { looksBinary } = await import('../../src/engine/input.ts');
    expect(looksBinary('\u0000'.repeat(8))).toBe(true);
    expect(looksBinary('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008ab')).toBe(true);
    expect(looksBinary('a\u0000b\u0000c\u0000d\u0000e\u0000f\u0000g\u0000h\u0000')).toBe(true);
    expect(looksBinary('\u0000\u0000\u0000')).toBe(false);
    expect(looksBinary('您好，我是淘宝客服'.repeat(4) + '\u0000'.repeat(8))).toBe(false);
    expect(looksBinary('普通短信\n\t\r\n')).toBe(false);
  });
});

describe('long input: all of it is read, a long text or turn in pieces', () => {
  const L = { chars: 20_000, turns: 2_000 };
  const filler = '今天的会议改到下午三点，请大家准时参加。\n';
  const ask = '我是淘宝客服，您的订单需要退款，请把收到的验证码告诉我';
  const inText = (text: string, e: { start: number; end: number; text: string }) => expect(text.slice(e.start, e.end)).toBe(e.text);

  it('an ask at the head, in the middle or at the end of a text over 20,000 characters is found, evidence in the text as given', async () => {
    const { analyze } = await import('../../src/index.ts');
    for (const long of [ask + '\n' + filler.repeat(2_000), filler.repeat(1_000) + ask + '\n' + filler.repeat(1_000), filler.repeat(2_000) + ask]) {
      expect(long.length).toBeGreaterThan(L.chars);
      const input = parseInput(long);
      const given = 'text' in input ? input.text : '';
      expect(given).toBe(long.trim());
      const r = analyze(input);
      expect(r.verdict).not.toBe('safe');
      expect(r.alertTurn).toBe(0);
      const hits = r.tactics.flatMap((t) => t.evidence).filter((e) => e.end > e.start);
      expect(hits.length).toBeGreaterThan(0);
      for (const e of hits) { expect(e.turn).toBe(0); inText(given, e); }
    }
  });

  it('the same ask in a short text reads the same', async () => {
    const { analyze } = await import('../../src/index.ts');
    expect(analyze(parseInput(ask)).verdict).toBe(analyze(parseInput(ask + '\n' + filler.repeat(2_000))).verdict);
  });

  it('a legitimate long text stays safe', async () => {
    const { analyze } = await import('../../src/index.ts');
    expect(analyze(parseInput(filler.repeat(3_000) + '会后请把纪要发到群里。')).verdict).toBe('safe');
  });

  it('a conversation over 2,000 turns is read whole: an ask in turn 1 is found, turn numbers are those of the input', async () => {
    const { analyze } = await import('../../src/index.ts');
    const lines = [`客服：${ask}\n`, '客服：您好，这里是京东客服\n我：你好\n'.repeat(1_100)].join('');
    const input = parseInput(lines);
    expect('turns' in input && input.turns.length).toBe(2_201);
    const r = analyze(input);
    expect(r.verdict).not.toBe('safe');
    expect(r.alertTurn).toBe(0);
    const turns = 'turns' in input ? input.turns : [];
    for (const t of r.tactics) for (const e of t.evidence) if (e.end > e.start) inText(turns[e.turn]!.text, e);
  });

  it('a JSON turn over 20,000 characters is read in pieces, its offsets those of the turn as given', async () => {
    const { analyze } = await import('../../src/index.ts');
    const big = ask + '嗯'.repeat(25_000) + ask;
    const r = analyze({ channel: 'call', turns: [{ speaker: 'caller', text: '您好' }, { speaker: 'caller', text: big }, { speaker: 'user', text: '好的' }] });
    expect(r.alertTurn).toBe(1);
    const hits = r.tactics.flatMap((t) => t.evidence).filter((e) => e.end > e.start);
    expect(hits.some((e) => e.turn === 1 && e.start < ask.length)).toBe(true);
    for (const e of hits.filter((h) => h.turn === 1)) inText(big, e);
  });

  it('pieces cover the text once, end after a sentence or line end near the limit, and never split a surrogate pair', async () => {
    const { readTurns } = await import('../../src/engine/input.ts');
    const long = filler.repeat(2_500);
    const { turns, pieces } = readTurns({ channel: 'text', text: long });
    expect(turns.map((t) => t.text).join('')).toBe(long);
    expect(pieces!.map((p) => p.from)).toEqual(turns.map((_, k) => turns.slice(0, k).reduce((n, t) => n + t.text.length, 0)));
    for (const t of turns) expect(t.text.length).toBeLessThanOrEqual(L.chars);
    for (const t of turns.slice(0, -1)) expect(t.text.endsWith('\n')).toBe(true);
    const emoji = '😀'.repeat(15_000); // 30,000 code units, no break anywhere
    for (const text of [emoji, 'x' + emoji]) {
      const r = readTurns({ channel: 'text', text });
      expect(r.turns.map((t) => t.text).join('')).toBe(text);
      for (const t of r.turns) {
        const last = t.text.charCodeAt(t.text.length - 1);
        expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
      }
    }
  });

  it('input within the limits is read as given, with no pieces', async () => {
    const { readTurns } = await import('../../src/engine/input.ts');
    const input = { channel: 'call' as const, turns: Array.from({ length: L.turns + 5 }, () => ({ speaker: 'caller' as const, text: 'a'.repeat(10) })) };
    expect(readTurns(input)).toEqual({ turns: input.turns, pieces: null });
    const text = { channel: 'text' as const, text: 'b'.repeat(L.chars) };
    expect(readTurns(text)).toEqual({ turns: [{ speaker: 'unknown', text: text.text }], pieces: null });
  });

  it('over 1 MB is still refused, with one line', () => {
    expect(() => parseInput('退'.repeat(400_000))).toThrow(/over 1 MB/);
  });
});
