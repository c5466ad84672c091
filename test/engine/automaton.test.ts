/**
 * The cue automaton (src/match/automaton.ts) finds exactly what the reference Aho-Corasick
 * (@monyone/aho-corasick) finds, with the same ASCII word-boundary rule, on the shipped
 * playbooks' keywords: the engine's evidence depends on every occurrence being reported.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import { TermAutomaton } from '../../src/match/automaton.ts';
import { getEngine } from '../../src/index.ts';
import { asciiBoundaryOk } from '../../src/normalise/normalise.ts';
import { PlaybookSchema } from '../../src/playbook/schema.ts';
import { PLAYBOOKS } from '../../src/playbook/index.ts';

type Occ = [number, number, number];

function ours(a: TermAutomaton, text: string): Occ[] {
  const out: Occ[] = [];
  a.scan(text, (term, start, end) => out.push([term, start, end]));
  return out;
}

function reference(keywords: ReadonlyMap<string, number>, lib: AhoCorasick, text: string): Occ[] {
  return lib.matchInText(text).filter((m) => asciiBoundaryOk(text, m.begin, m.end)).map((m) => [keywords.get(m.keyword)!, m.begin, m.end]);
}

const sorted = (list: Occ[]): Occ[] => [...list].sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0] - b[0]);

describe('TermAutomaton', () => {
  it('reports overlapping keywords and suffixes, in end order, longest first at one end', () => {
    const kw = new Map([['他', 0], ['她他', 1], ['他是', 2], ['他们是', 3], ['验证码', 4], ['证码', 5], ['码', 6]]);
    const a = new TermAutomaton(kw);
    expect(ours(a, '说她他们是')).toEqual([[1, 1, 3], [0, 2, 3], [3, 2, 5]]);
    expect(ours(a, '把验证码发我')).toEqual([[4, 1, 4], [5, 2, 4], [6, 3, 4]]);
    expect(ours(a, '')).toEqual([]);
    expect(ours(a, '无关的话')).toEqual([]);
  });

  it('keeps ASCII keywords to whole words, CJK edges always count', () => {
    const a = new TermAutomaton(new Map([['vx', 0], ['加vx', 1], ['app', 2]]));
    expect(ours(a, 'vxworks')).toEqual([]);
    expect(ours(a, '加vx好友')).toEqual([[1, 0, 3], [0, 1, 3]]);
    expect(ours(a, 'happy')).toEqual([]);
    expect(ours(a, '下载app。')).toEqual([[2, 2, 5]]);
  });

  it('rejects an empty keyword', () => {
    expect(() => new TermAutomaton(new Map([['', 0]]))).toThrow(/empty keyword/);
  });

  for (const lang of ['zh', 'en'] as const) {
    const cp = getEngine().playbook(lang);
    const lib = new AhoCorasick([...cp.termIds.keys()]);
    const book = PlaybookSchema.parse(PLAYBOOKS[lang]);
    const texts = book.tactics.flatMap((t) => [...t.examples.positive, ...t.examples.negative]).map((t) => t.toLowerCase());

    it(`${lang}: the same occurrences as the reference on every tactic example`, () => {
      let total = 0;
      for (const text of texts) {
        const got = ours(cp.automaton, text);
        total += got.length;
        expect(sorted(got), text).toEqual(sorted(reference(cp.termIds, lib, text)));
      }
      expect(total).toBeGreaterThan(texts.length);
    });

    it(`${lang}: the same occurrences on random text made of keyword pieces`, () => {
      const pieces = [...cp.termIds.keys()].slice(0, 400);
      const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom('，', ' ', 'a', 'x', '的', '。', '1')), { maxLength: 30 }).map((p) => p.join(''));
      fc.assert(fc.property(text, (t) => {
        expect(sorted(ours(cp.automaton, t))).toEqual(sorted(reference(cp.termIds, lib, t)));
      }), { numRuns: 300 });
    });
  }
});
