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

  it('gives one-line errors for empty, malformed, wrong-shaped, binary and oversized input', () => {
    const err = (raw: string) => { try { parseInput(raw); } catch (e) { expect(e).toBeInstanceOf(InputError); return (e as Error).message; } throw new Error('no error'); };
    expect(err('   \n ')).toMatch(/^empty input/);
    expect(err('{"channel":')).toMatch(/^malformed JSON/);
    expect(err('{"channel":"sms","txt":"x"}')).toMatch(/^invalid input/);
    expect(err('{"channel":"call","turns":[{"speaker":"robot","text":"x"}]}')).toMatch(/turns\.0\.speaker/);
    expect(err('ab\u0000cd')).toMatch(/binary/);
    expect(err('x'.repeat(1024 * 1024 + 1))).toMatch(/over 1 MB/);
    for (const m of [err(''), err('{'), err('[1,2]')]) expect(m).not.toContain('\n');
  });
});
