/**
 * The text model in ONE message (src/score/score.ts): its points add to a reading below `scam` and
 * never carry it across; the rules alone decide `scam`. The rules-alone reading is the SAME
 * computation as the whole reading (the same caps and composites) on the points without the
 * model's, so a weight changed moves both, and a cap added to one is in the other.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zhPlaybook } from '../../src/playbook/zh/index.ts';
import { MODEL_ID, score, type FiredTactic, type ScoreContext } from '../../src/score/score.ts';
import type { Playbook } from '../../src/playbook/schema.ts';

const zh = zhPlaybook as unknown as Playbook;
const oneSms: ScoreContext = { channel: 'sms', turns: 1 };
const model = (weight: number): FiredTactic => ({ id: MODEL_ID, stage: 'contact', weight });
const story = (weight: number): FiredTactic => ({ id: 'pretext.quality-refund', stage: 'pretext', weight });
const code = (weight: number): FiredTactic => ({ id: 'extract.verification-code', stage: 'extraction', weight });

describe('one message: the model adds below scam, the rules decide scam', () => {
  // No composites, so the sum of the weights is all that decides.
  const bare = { ...zh, composites: [] } as Playbook;

  it('a request weight changed moves the whole reading and the rules-alone reading together', () => {
    for (const w of [20, 40, 54, 55, 56, 70]) {
      const rules = score([story(15), code(w)], bare, 'zh', oneSms);
      const whole = score([story(15), code(w), model(50)], bare, 'zh', oneSms);
      // The rules reach scam exactly at 15 + w ≥ 70; the model's 50 never does it for them.
      expect(rules.verdict === 'scam', `w=${w}`).toBe(15 + w >= 70);
      expect(whole.verdict === 'scam', `w=${w}`).toBe(rules.verdict === 'scam');
      expect(whole.risk, `w=${w}`).toBe(15 + w >= 70 ? Math.min(100, 65 + w) : 69);
    }
  });

  it('a composite the rules fire counts in both readings (the model cannot remove or add it)', () => {
    // zh's pretext + strong extraction composite (≥ 85) decides on the rules' evidence, whatever the points.
    const rules = score([story(1), code(1)], zh, 'zh', oneSms);
    const whole = score([story(1), code(1), model(60)], zh, 'zh', oneSms);
    expect(rules.verdict).toBe('scam');
    expect(whole.verdict).toBe('scam');
    expect(whole.composites.map((c) => c.id)).toEqual(rules.composites.map((c) => c.id));
  });

  it('over any shipped tactics and points: one message is scam with the model only if it is scam without it', () => {
    const ids = zh.tactics.map((t) => ({ id: t.id, stage: t.stage, weight: t.weight }));
    fc.assert(fc.property(
      fc.subarray(ids, { minLength: 1, maxLength: 6 }),
      fc.array(fc.integer({ min: -20, max: 60 }), { minLength: 6, maxLength: 6 }),
      fc.integer({ min: 1, max: 60 }),
      fc.constantFrom<ScoreContext>(oneSms, { channel: 'chat', turns: 1 }, { channel: 'sms', turns: 1, initiator: 'user' }),
      (chosen, points, m, ctx) => {
        // Shipped weights and any other points: the cap must hold whatever the playbook's numbers become.
        for (const pts of [chosen, chosen.map((t, i) => ({ ...t, weight: t.weight === 0 ? 0 : points[i]! }))]) {
          const rules = score(pts, zh, 'zh', ctx);
          const whole = score([...pts, model(m)], zh, 'zh', ctx);
          if (whole.verdict === 'scam') expect(rules.verdict, JSON.stringify({ pts, m })).toBe('scam');
        }
      },
    ), { numRuns: 300, seed: 8 });
  });
});
