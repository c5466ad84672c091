/**
 * The RuleTester: every tactic of every shipped playbook runs its own positive and negative
 * examples, and every whole-engine case runs through analyze(). Add a tactic or a case to the
 * playbook data and it is tested here without touching this file.
 */
import { describe, expect, it } from 'vitest';
import { PLAYBOOKS } from '../../src/playbook/index.ts';
import { PlaybookSchema, AdviceIdSchema } from '../../src/playbook/schema.ts';
import { analyze, getEngine, parseInput, violatesWarningRule } from '../../src/index.ts';
import { createSession } from '../../src/index.ts';
import type { Lang } from '../../src/types.ts';
import { normalise } from '../../src/normalise/normalise.ts';
import { extractEntities } from '../../src/entities/entities.ts';
import { classesIn, requestsOf } from '../../src/match/match.ts';

/** The grammar's requests in one sentence, as "act × object" by class name (the speaker's own acts left out). */
function requestsIn(sentence: string, lang: Lang): { pairs: string[]; classes: Set<string> } {
  const cp = getEngine().playbook(lang);
  const n = normalise(sentence);
  const entities = extractEntities(n.text);
  return {
    pairs: requestsOf(cp, n.text, entities).filter((r) => !r.self).map((r) => `${r.act} × ${r.object}`),
    classes: classesIn(cp, n.text, entities),
  };
}

/**
 * Tactic ids fired by one sentence said by the caller, in the given playbook; a tactic that reads
 * only messages with no speaker turns (`speaker: 'unknown'`, e.g. an SMS) gets its sentence that way.
 */
function firedBy(sentence: string, lang: Lang, speaker: 'caller' | 'unknown' = 'caller'): string[] {
  const s = createSession({ lang });
  return s.push({ speaker, text: sentence }).state.tactics.map((t) => t.id);
}

for (const lang of Object.keys(PLAYBOOKS) as Lang[]) {
  const playbook = PlaybookSchema.parse(PLAYBOOKS[lang]);

  describe(`playbook ${lang}`, () => {
    it('compiles (valid schema, known guards, composites name real tactics)', () => {
      expect(() => getEngine().playbook(lang)).not.toThrow();
    });

    it('has advice for every advice id, and no advice breaks the 12381 rule (no link, no number but 110/96110)', () => {
      for (const id of AdviceIdSchema.options) {
        const text = playbook.advice[id];
        expect(text, `advice ${id}`).toBeTruthy();
        expect(violatesWarningRule(text!), `advice ${id}: ${text}`).toBeNull();
      }
    });

    // Each word class of the request grammar with its own examples: a positive sentence holds a
    // request that uses the class, a negative one none (context classes: the word is there or not).
    for (const [name, cls] of Object.entries(playbook.lexicon)) {
      describe(`word class ${name}`, () => {
        const uses = (sentence: string): boolean => {
          const r = requestsIn(sentence, lang);
          return cls.kind === 'context' ? r.classes.has(name) : r.pairs.some((p) => p.split(' × ').includes(name));
        };
        for (const example of cls.examples.positive) {
          it(`reads a request with it in: ${example}`, () => expect(uses(example), JSON.stringify(requestsIn(example, lang).pairs)).toBe(true));
        }
        for (const example of cls.examples.negative) {
          it(`reads none with it in: ${example}`, () => expect(uses(example), JSON.stringify(requestsIn(example, lang).pairs)).toBe(false));
        }
      });
    }

    for (const tactic of playbook.tactics) {
      describe(tactic.id, () => {
        const speaker = tactic.speaker === 'unknown' ? 'unknown' : 'caller';
        for (const example of tactic.examples.positive) {
          it(`fires on: ${example}`, () => expect(firedBy(example, lang, speaker)).toContain(tactic.id));
        }
        for (const example of tactic.examples.negative) {
          it(`stays quiet on: ${example}`, () => expect(firedBy(example, lang, speaker)).not.toContain(tactic.id));
        }
      });
    }

    describe('whole-engine cases', () => {
      for (const c of playbook.cases) {
        it(`${c.expect}: ${c.name}`, () => {
          const parsed = parseInput(c.text);
          const input = 'turns' in parsed ? { ...parsed, lang } : { ...parsed, channel: c.channel, lang };
          const r = analyze(input);
          const why = `${r.verdict} ${r.risk} ${r.tactics.map((t) => t.id).join(',')}`;
          if (c.expect === 'not-safe') expect(r.verdict, why).not.toBe('safe');
          else expect(r.verdict, why).toBe(c.expect);
        });
      }
    });
  });
}
