/**
 * Components (`role: 'component'`, src/playbook/schema.ts): tactics that fire and are shown as
 * evidence of a composite but score nothing alone. The role is the schema's word, not a weight of 0
 * read in several places: these tests hold the schema, the one-message rule, the selectors and the
 * way a component is shown.
 */
import { describe, expect, it } from 'vitest';
import { analyze, getEngine } from '../../src/index.ts';
import { TacticSchema } from '../../src/playbook/schema.ts';
import { zhPlaybook } from '../../src/playbook/zh/index.ts';
import { enPlaybook } from '../../src/playbook/en/index.ts';
import { singleMessage } from '../../src/playbook/single-message.ts';
import { componentsOf, compositeFires, score, singleMessageMayBeScam, type FiredTactic } from '../../src/score/score.ts';
import { renderResult } from '../../src/cli/render.ts';

const five = ['a', 'b', 'c', 'd', 'e'];
const tactic = (extra: Record<string, unknown>) => ({
  id: 'shift.x', stage: 'shift', description: { zh: '某某', en: 'x x' }, cues: [{ any: ['某某'] }],
  examples: { positive: five, negative: five }, ...extra,
});

describe('the component role in the schema', () => {
  it('a component has weight 0, and weight 0 is only a component', () => {
    expect(TacticSchema.safeParse(tactic({ weight: 0, role: 'component' })).success).toBe(true);
    expect(TacticSchema.safeParse(tactic({ weight: 0 })).success).toBe(false);
    expect(TacticSchema.safeParse(tactic({ weight: 10, role: 'component' })).success).toBe(false);
    expect(TacticSchema.safeParse(tactic({ weight: 10 })).success).toBe(true);
    expect(TacticSchema.safeParse(tactic({ weight: -10 })).success).toBe(true);
  });

  it('every shipped component is known to the engine, and no other tactic weighs 0', () => {
    const engine = getEngine();
    for (const book of [zhPlaybook, enPlaybook]) {
      for (const t of book.tactics) {
        expect(engine.components.has(t.id), t.id).toBe(t.role === 'component');
        if (t.role !== 'component') expect(t.weight, t.id).not.toBe(0);
      }
    }
    expect(componentsOf(zhPlaybook as never).has('shift.sent-link')).toBe(true);
    expect(componentsOf(zhPlaybook as never).has('shift.link')).toBe(false);
  });
});

const story: FiredTactic = { id: 'pretext.gov-notice', stage: 'pretext', weight: 20 };
const sentLink: FiredTactic = { id: 'shift.sent-link', stage: 'shift', weight: 0 };
const callBack: FiredTactic = { id: 'contact.call-back-number', stage: 'contact', weight: 0 };
const feeQuoted: FiredTactic = { id: 'extract.fee-quoted', stage: 'extraction', weight: 0 };
const verifyOnLink: FiredTactic = { id: 'extract.verify-on-link', stage: 'extraction', weight: 20 };
const code: FiredTactic = { id: 'extract.verification-code', stage: 'extraction', weight: 45 };
const comps = componentsOf(zhPlaybook as never);

describe('components in the one-message rule', () => {
  it('a component move or request is the move or the ask it names', () => {
    // A move decides nothing with a story (session 6); with an ask no sender makes, the component link is the move.
    expect(singleMessageMayBeScam([story, sentLink], singleMessage, comps)).toBe(false);
    expect(singleMessageMayBeScam([verifyOnLink, sentLink], singleMessage, comps)).toBe(true);
    // A quoted fee is an ordinary request: it decides nothing, inside a story too (session 9).
    expect(singleMessageMayBeScam([story, feeQuoted], singleMessage, comps)).toBe(false);
    expect(singleMessageMayBeScam([{ id: 'extract.hush-money', stage: 'extraction', weight: 0 }], singleMessage, comps)).toBe(true);
  });

  it('a component contact frame is no story', () => {
    expect(singleMessageMayBeScam([code, callBack], singleMessage, comps)).toBe(false);
    // The same frame, were it scored, would be the story the request needs.
    expect(singleMessageMayBeScam([code, { ...callBack, id: 'contact.impersonation', weight: 10 }], singleMessage, comps)).toBe(true);
  });

  it('without the role, a weight-0 tactic counts for nothing', () => {
    expect(singleMessageMayBeScam([verifyOnLink, sentLink], singleMessage, new Set())).toBe(false);
  });
});

describe('components in the score', () => {
  it('score nothing alone', () => {
    const s = score([sentLink, callBack, feeQuoted], zhPlaybook as never, 'zh');
    expect(s.risk).toBe(0);
    expect(s.verdict).toBe('safe');
  });

  it('match a composite only by id, never by a stage or a prefix', () => {
    const byStage = { id: 't', description: { zh: '', en: '' }, all: ['stage:shift'], minRisk: 50 };
    const byPrefix = { id: 't', description: { zh: '', en: '' }, all: ['shift.*'], minRisk: 50 };
    const byId = { id: 't', description: { zh: '', en: '' }, all: ['shift.sent-link'], minRisk: 50 };
    expect(compositeFires(byStage, [sentLink])).toBe(false);
    expect(compositeFires(byPrefix, [sentLink])).toBe(false);
    expect(compositeFires(byId, [sentLink])).toBe(true);
  });
});

describe('how a component is shown', () => {
  const r = analyze({ channel: 'sms', text: '详情见 abc-pay.top/x' });

  it('is evidence, flagged as a component in the result', () => {
    const hit = r.tactics.find((t) => t.id === 'shift.sent-link');
    expect(hit?.component).toBe(true);
    expect(hit?.weight).toBe(0);
    // The link checker's weight-0 frame for a throwaway ending (.top) is a component too (signal catalog `component`).
    expect(r.tactics.find((t) => t.id === 'shift.hidden-link')?.component).toBe(true);
    expect(r.tactics.filter((t) => t.id !== 'shift.sent-link' && t.id !== 'shift.hidden-link').every((t) => t.component === undefined)).toBe(true);
  });

  it('reads "in combination", not "+0", in the CLI', () => {
    const out = renderResult(r, [{ speaker: 'unknown', text: '详情见 abc-pay.top/x' }], 'zh', false);
    expect(out).toContain('[shift.sent-link, 组合证据]');
    expect(out).not.toContain('+0]');
  });
});
