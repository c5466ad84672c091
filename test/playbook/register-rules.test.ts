/**
 * The one-message register rules as playbook data (src/playbook/schema.ts `registerRule`; read by src/score/score.ts
 * `registerReading`): `notice` (money told back as done, src/playbook/notice.ts), `deal` (a deal's own payment to the
 * escrow's or the company's account, src/playbook/deal.ts) and `familyLoan` (a family's everyday loan, paid back when
 * said, src/playbook/family-loan.ts). Every playbook that has one: the rule names only tactics the playbook has, its
 * frames are frames (weight 0, read by the score only), and its own examples hold through the whole engine — the
 * register's messages read safe with the frame fired (and the rule holding where a step of it weighed), the siblings in the same words do not hold it and are flagged.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../../src/index.ts';
import { PLAYBOOKS } from '../../src/playbook/index.ts';
import { FRAME_OPTIONS, PlaybookSchema, type RegisterRule } from '../../src/playbook/schema.ts';
import { dealReading, familyHelpReading, familyLoanReading, noticeReading, type FiredTactic } from '../../src/score/score.ts';
import { MODEL_SIGNAL_ID } from '../../src/model/id.ts';
import type { Lang, Stage } from '../../src/types.ts';
import { why } from './faults/helpers.ts';

/** Each register rule: its reading, and the keys its examples go under (yes: the register's own; no: siblings). */
const RULES = {
  notice: { read: noticeReading, yes: 'notice', no: 'notNotice' },
  deal: { read: dealReading, yes: 'deal', no: 'notDeal' },
  familyLoan: { read: familyLoanReading, yes: 'familyLoan', no: 'notFamilyLoan' },
  familyHelp: { read: familyHelpReading, yes: 'familyHelp', no: 'notFamilyHelp' },
} as const;
type Name = keyof typeof RULES;

const RULES_ONLY = { engine: createEngine({ model: false }) };
const sms = (text: string) => ({ channel: 'sms' as const, text });
const stageOf = (id: string): Stage => (id.startsWith('extract.') ? 'extraction' : id.split('.')[0]) as Stage;
const f = (id: string, weight: number): FiredTactic => ({ id, stage: stageOf(id), weight });

for (const lang of Object.keys(PLAYBOOKS) as Lang[]) {
  const playbook = PlaybookSchema.parse(PLAYBOOKS[lang]);
  const tactics = new Map(playbook.tactics.map((t) => [t.id, t]));
  for (const name of Object.keys(RULES) as Name[]) {
    const rule = playbook[name];
    if (!rule) continue;
    const { read, yes, no } = RULES[name];
    const examples = rule.examples as Record<string, readonly string[]>;

    describe(`${lang} register rule \`${name}\``, () => {
      it('names only tactics the playbook has; its frames are frames (weight 0, read by the score only)', () => {
        const named: readonly string[] = [...rule.frames, ...rule.words, ...rule.breakers, ...rule.kept];
        for (const id of named) expect(tactics.has(id), `${name} names ${id}`).toBe(true);
        for (const id of rule.frames) {
          const t = tactics.get(id)!;
          expect({ stage: t.stage, weight: t.weight, role: t.role, scoreOnly: t.scoreOnly, speaker: t.speaker }, id).toEqual(FRAME_OPTIONS);
        }
        // A tactic is a word, a breaker or kept: never two of them.
        const lists = [rule.words, rule.breakers, rule.kept].flat();
        expect(new Set(lists).size, name).toBe(lists.length);
      });

      it(`the text model's positive word ${rule.modelBreaks ? 'ends the reading' : 'keeps its weight and does not end it'}`, () => {
        const base = [f(rule.frames[0]!, 0), f(rule.words[0]!, 10)];
        expect(read(base, rule), name).not.toBeNull();
        const withModel = read([...base, f(MODEL_SIGNAL_ID, 20)], rule);
        if (rule.modelBreaks) expect(withModel, name).toBeNull();
        else expect(withModel, name).not.toBeNull();
        // Without its frame, or under a breaker or another step, it never holds.
        expect(read([f(rule.words[0]!, 10)], rule), name).toBeNull();
        expect(read([...base, f('shift.group', 20)], rule), name).toBeNull();
        for (const b of rule.breakers) expect(read([...base, f(b, 0)], rule), `${name} ${b}`).toBeNull();
        expect(read(base, undefined), name).toBeNull();
      });

      for (const text of examples[yes]!) {
        it(`${yes}: ${text}`, () => {
          for (const opts of [{}, RULES_ONLY]) {
            const r = analyze(sms(text), opts);
            expect(r.verdict, why(r)).toBe('safe');
            expect(r.tactics.some((t) => rule.frames.includes(t.id)), why(r)).toBe(true);
            // Where a step of the register weighed (not the frame alone), it is the rule that kept it safe.
            if (r.tactics.some((t) => t.weight > 0 && t.id !== MODEL_SIGNAL_ID)) expect(read(r.tactics, rule), why(r)).not.toBeNull();
          }
        });
      }
      for (const text of examples[no]!) {
        it(`${no}: ${text}`, () => {
          const r = analyze(sms(text));
          expect(read(r.tactics, rule), why(r)).toBeNull();
          expect(r.verdict, why(r)).not.toBe('safe');
        });
      }
    });
  }
}

/** What the rules say reads the same as the rule's type: the shared fields, every one of them set after parsing. */
it('every register rule parses to the shared fields (RegisterRule)', () => {
  const zh = PlaybookSchema.parse(PLAYBOOKS.zh);
  for (const name of Object.keys(RULES) as Name[]) {
    const rule: RegisterRule | undefined = zh[name];
    expect(rule, name).toBeDefined();
    expect(Object.keys(rule!).sort(), name).toEqual(['breakers', 'examples', 'frames', 'kept', 'modelBreaks', 'words']);
  }
});
