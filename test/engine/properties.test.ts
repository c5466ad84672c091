/**
 * Properties (fast-check) of everything that reads untrusted text: the normaliser, the entity
 * recognisers, masking, the URL and number checkers and the input decoder. None may throw on any
 * string (the decoder only with its own InputError), and every offset they report lies inside
 * the original text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, InputError } from '../../src/index.ts';
import { extractEntities } from '../../src/entities/entities.ts';
import { maskPII } from '../../src/entities/mask.ts';
import { normalise, toOriginal } from '../../src/normalise/normalise.ts';
import { checkUrl } from '../../src/checks/url/check.ts';
import { checkNumber } from '../../src/checks/number/check.ts';
import { parseInput } from '../../src/engine/input.ts';

/** Strings built from the characters that matter here: digits in every form, separators, CJK, URL parts, surrogates. */
const PIECES = [
  '0', '1', '5', '8', '９', '一', '二', '幺', '壹', '捌', '十', '万', '元', '¥', '$', ' ', '  ', '.', ',', '，', '-', '/', '_', '(', ')',
  '（', '）', '·', 'x', 'X', '+', '验', '證', '码', '微', '薇', '信', '\u200b', '\u00ad', 'http://', 'www.', '.top', '.com', '?', '=', '@',
  ':', '#', '%', '\n', '😀', '\ud800', 'ｍ', 'Ⅻ', 'ﬁ', '①', 'İ', 'ß', '客服', '退款', '不需要', '验证码', 'tel:',
];
const hostile = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join('')),
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc.string({ maxLength: 200, unit: 'grapheme' }),
);

const RUNS = { numRuns: 400 };

describe('properties over hostile strings', () => {
  it('the normaliser never throws and maps every character into the original', () => {
    fc.assert(fc.property(hostile, (s) => {
      const n = normalise(s);
      for (let i = 0; i < n.text.length; i++) {
        const o = toOriginal(n, i, i + 1);
        expect(o.start).toBeGreaterThanOrEqual(0);
        expect(o.end).toBeLessThanOrEqual(s.length);
        expect(o.start).toBeLessThanOrEqual(o.end);
      }
    }), RUNS);
  });

  it('entities lie inside the normalised text, in order, and map back inside the original', () => {
    fc.assert(fc.property(hostile, (s) => {
      const n = normalise(s);
      let last = 0;
      for (const e of extractEntities(n.text)) {
        expect(e.start).toBeGreaterThanOrEqual(last);
        expect(e.end).toBeLessThanOrEqual(n.text.length);
        expect(e.start).toBeLessThan(e.end);
        last = e.start;
        const o = toOriginal(n, e.start, e.end);
        expect(o.start >= 0 && o.end <= s.length && o.start <= o.end).toBe(true);
      }
    }), RUNS);
  });

  it('masking never throws, never lengthens the text, and changes only digit-like characters to *', () => {
    fc.assert(fc.property(hostile, (s) => {
      const m = maskPII(s);
      expect(m.length).toBe(s.length);
      for (let i = 0; i < s.length; i++) if (m[i] !== s[i]) expect(m[i]).toBe('*');
      expect(maskPII(m)).toBe(m); // idempotent: masking a masked text changes nothing
    }), RUNS);
  });

  it('the URL and number checkers never throw', () => {
    fc.assert(fc.property(hostile, (s) => {
      checkUrl(s);
      checkNumber(s);
      checkNumber(s, { claims: s.slice(0, 20) });
    }), RUNS);
  });

  it('the input decoder either decodes or says why (InputError), and evidence offsets lie inside each turn', () => {
    fc.assert(fc.property(hostile, (s) => {
      let input;
      try {
        input = parseInput(s);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return;
      }
      const r = analyze(input);
      const turns = 'turns' in input ? input.turns.map((t) => t.text) : [input.text];
      for (const t of r.tactics) {
        for (const ev of t.evidence) {
          const text = turns[ev.turn];
          if (text === undefined) continue; // evidence from the caller's number or a QR payload
          expect(ev.start).toBeGreaterThanOrEqual(0);
          expect(ev.end).toBeLessThanOrEqual(text.length);
        }
      }
    }), { numRuns: 200 });
  });
});
