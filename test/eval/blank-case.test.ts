/**
 * nc13-fp kind F5: a case file's line whose text (or every turn) is white space was read `safe` and counted among the
 * legitimate texts, while `fanzha check` and the API refuse such input. The loader now refuses it the same way: a load
 * issue with the check's message. A case with some text, or a blank turn beside a spoken one, is read as before.
 */
import { describe, expect, it } from 'vitest';
import { parseJsonlCase } from '../../src/eval/case.ts';

const line = (o: object) => JSON.stringify(o);

describe('a case that says nothing is refused, as check refuses it (nc13-fp F5)', () => {
  it.each([
    ['spaces', '   '],
    ['an ideographic space and a line feed', '\u3000\n'],
    ['a tab and a zero-width space', '\t\u200b'],
    ['a stray NUL', '\u0000 '],
  ])('a text of %s', (_name, text) => {
    expect(() => parseJsonlCase(line({ id: 'b1', label: 'legit', text }), 'own')).toThrow(/empty input/);
  });
  it('a dialogue whose every turn is blank', () => {
    expect(() => parseJsonlCase(line({ id: 'b2', label: 'legit', turns: [{ speaker: 'caller', text: ' ' }, { speaker: 'user', text: '\u3000' }] }), 'own')).toThrow(/empty input/);
  });
  it('a dialogue with one blank turn beside a spoken one is read', () => {
    const c = parseJsonlCase(line({ id: 'b3', label: 'legit', turns: [{ speaker: 'caller', text: ' ' }, { speaker: 'user', text: '喂，你好' }] }), 'own');
    expect(c.turns).toHaveLength(2);
  });
  it('a text with a word in it is read', () => {
    expect(parseJsonlCase(line({ id: 'b4', label: 'legit', text: '  好的 ' }), 'own').turns[0]!.text).toBe('  好的 ');
  });
});
