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
