import { describe, expect, it } from 'vitest';
import { GroupAccumulator, HitFrequencies, median, type CaseOutcome } from '../../src/eval/metrics.ts';
import type { Verdict } from '../../src/types.ts';

function outcome(label: 'scam' | 'legit', verdict: Verdict, extra: Partial<CaseOutcome> = {}): CaseOutcome {
  return { id: 'x', source: 's', category: 'c', label, kind: 'text', turnCount: 1, verdict, risk: 0, alertTurn: null, tactics: [], ...extra };
}

describe('confusion-matrix figures (positive = not safe)', () => {
  it('matches a hand-checked example', () => {
    const g = new GroupAccumulator();
    // 10 scams: 6 scam, 2 suspicious, 2 safe. 20 legit: 3 suspicious, 1 scam, 16 safe.
    for (const [label, verdict, n] of [['scam', 'scam', 6], ['scam', 'suspicious', 2], ['scam', 'safe', 2], ['legit', 'suspicious', 3], ['legit', 'scam', 1], ['legit', 'safe', 16]] as const) {
      for (let i = 0; i < n; i++) g.add(outcome(label, verdict));
    }
    const m = g.metrics();
    expect([m.tp, m.fn, m.fp, m.tn]).toEqual([8, 2, 4, 16]);
    expect(m.precision).toBeCloseTo(8 / 12, 10);
    expect(m.recall).toBeCloseTo(0.8, 10);
    expect(m.f1).toBeCloseTo(0.727272727, 8);
    expect(m.fpr).toBeCloseTo(0.2, 10);
    expect(m.fprSuspicious).toBeCloseTo(0.15, 10);
    expect(m.fprScam).toBeCloseTo(0.05, 10);
    expect(m.recallScamVerdict).toBeCloseTo(0.6, 10);
    expect(m.early).toBeNull();
  });

  it('gives null, not NaN, where a ratio has nothing to divide by', () => {
    const g = new GroupAccumulator();
    g.add(outcome('scam', 'safe'));
    const m = g.metrics();
    expect(m.precision).toBeNull();
    expect(m.fpr).toBeNull();
    expect(m.recall).toBe(0);
    expect(m.f1).toBeNull();
  });
});

describe('early-warning figures', () => {
  it('counts warn at or before firstExtraction and how much of the dialogue had passed', () => {
    const g = new GroupAccumulator();
    const d = (turnCount: number, alertTurn: number | null, firstExtraction: number) =>
      outcome('scam', alertTurn === null ? 'safe' : 'scam', { kind: 'dialogue', turnCount, alertTurn, firstExtraction });
    g.add(d(6, 2, 4)); // warned on turn 3 of 6, before the extraction turn
    g.add(d(4, 3, 2)); // warned only after the extraction turn
    g.add(d(5, null, 3)); // never warned
    g.add(outcome('scam', 'scam', { alertTurn: 0 })); // a single text is not a dialogue
    g.add(outcome('legit', 'safe', { kind: 'dialogue', turnCount: 3 }));
    const e = g.metrics().early!;
    expect(e.scamDialogues).toBe(3);
    expect(e.warned).toBe(2);
    expect([e.warnedByExtraction, e.withExtraction]).toEqual([1, 3]);
    expect(e.shareByExtraction).toBeCloseTo(1 / 3, 10);
    expect(e.meanTurnsAtWarn).toBe(3.5);
    expect(e.medianTurnsAtWarn).toBe(3.5);
    expect(e.meanShareAtWarn).toBeCloseTo((3 / 6 + 4 / 4) / 2, 10);
  });

  it('median of odd and even lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('hit frequencies', () => {
  it('gives each tactic its scam and legit rates and S/O ratio, best first', () => {
    const h = new HitFrequencies();
    h.add(outcome('scam', 'scam', { tactics: ['a', 'b'] }));
    h.add(outcome('scam', 'scam', { tactics: ['a', 'a'] }));
    h.add(outcome('scam', 'safe'));
    h.add(outcome('scam', 'safe'));
    h.add(outcome('legit', 'suspicious', { tactics: ['a'] }));
    h.add(outcome('legit', 'safe'));
    const rows = h.rows();
    expect(rows.map((r) => r.tactic)).toEqual(['b', 'a']);
    const a = rows.find((r) => r.tactic === 'a')!;
    expect([a.scamHits, a.legitHits, a.scamRate, a.legitRate, a.so]).toEqual([2, 1, 0.5, 0.5, 0.5]);
    const b = rows.find((r) => r.tactic === 'b')!;
    expect([b.scamRate, b.legitRate, b.so]).toEqual([0.25, 0, 1]);
  });
});

describe('refund-talk subgroup', () => {
  it('tags scams that talk about a refund and counts them in their own group', async () => {
    const { tagsOf } = await import('../../src/eval/run.ts');
    const { EvalAccumulator } = await import('../../src/eval/metrics.ts');
    const base = { id: 'a', source: 's', category: 'c', channel: 'sms', kind: 'text' } as const;
    expect(tagsOf({ ...base, label: 'scam', turns: [{ speaker: 'caller', text: '您的商品有质量问题，给您办理退款' }] })).toEqual(['refund-talk']);
    expect(tagsOf({ ...base, label: 'scam', turns: [{ speaker: 'caller', text: '我是你领导，转钱给我' }] })).toEqual([]);
    // A real refund notice is legitimate: never tagged.
    expect(tagsOf({ ...base, label: 'legit', turns: [{ speaker: 'caller', text: '退款已原路退回' }] })).toEqual([]);
    const acc = new EvalAccumulator();
    acc.add(outcome('scam', 'scam', { tags: ['refund-talk'] }));
    acc.add(outcome('scam', 'safe'));
    expect(acc.groups.get('s / #refund-talk')!.metrics().recall).toBe(1);
    expect(acc.groups.get('s')!.metrics().recall).toBe(0.5);
  });
});

describe('other-kind subgroups (issue 8 §4)', () => {
  it('tags scams of another kind than customer service, and those whose counterpart words a request', async () => {
    const { tagsOf } = await import('../../src/eval/run.ts');
    const base = { id: 'a', source: 'telecom-fraud-texts-5', channel: 'sms', kind: 'text', label: 'scam' } as const;
    expect(tagsOf({ ...base, category: '冒充领导熟人', turns: [{ speaker: 'caller', text: '我是你领导，明天来我办公室' }] })).toEqual(['other-kind']);
    // A fee word from the public "八个凡是" list counts as a request, whatever the playbook says.
    expect(tagsOf({ ...base, category: '冒充领导熟人', turns: [{ speaker: 'caller', text: '领奖前要先交手续费' }] })).toEqual(['other-kind', 'other-kind-request']);
    expect(tagsOf({ ...base, category: '冒充领导熟人', turns: [{ speaker: 'caller', text: '马上给这个账户转账' }] })).toEqual(['other-kind', 'other-kind-request']);
    // Customer-service scams, legitimate cases and our own case files (no kind) are not other kinds.
    expect(tagsOf({ ...base, category: '冒充客服', turns: [{ speaker: 'caller', text: '把验证码给我' }] })).toEqual([]);
    expect(tagsOf({ ...base, category: '正常短信', label: 'legit', turns: [{ speaker: 'caller', text: '充值成功' }] })).toEqual([]);
    expect(tagsOf({ ...base, source: 'heldout-zh', category: 'scam', turns: [{ speaker: 'caller', text: '转账' }] })).toEqual([]);
    // The user's own words are not the counterpart's request.
    expect(tagsOf({ ...base, kind: 'dialogue', category: '投资诈骗', turns: [{ speaker: 'caller', text: '这个项目很好' }, { speaker: 'user', text: '我要充值吗' }] })).toEqual(['other-kind']);
  });

  it('reports both figures per source and the two SMS sets pooled', async () => {
    const { otherKindRows } = await import('../../src/eval/report.ts');
    const { EvalAccumulator } = await import('../../src/eval/metrics.ts');
    const acc = new EvalAccumulator();
    const o = (source: string, verdict: 'safe' | 'suspicious', tags: string[]) => acc.add({ ...outcome('scam', verdict, { tags }), source });
    o('telecom-fraud-texts-5', 'suspicious', ['other-kind', 'other-kind-request']);
    o('telecom-fraud-texts-5', 'safe', ['other-kind']);
    o('telecom-fraud-texts-8', 'safe', ['other-kind', 'other-kind-request']);
    const groups = Object.fromEntries([...acc.groups].map(([k, g]) => [k, g.metrics()]));
    const rows = otherKindRows(groups, ['telecom-fraud-texts-5', 'telecom-fraud-texts-8']);
    expect(rows).toEqual([
      ['telecom-fraud-texts-5', '1/2', '0.500', '1/1', '1.000'],
      ['telecom-fraud-texts-8', '0/1', '0.000', '0/1', '0.000'],
      ['telecom-fraud-texts-5 + -8', '1/3', '0.333', '1/2', '0.500'],
    ]);
  });
});

describe('estimated first request', () => {
  it('is the first non-user turn that words a request, and counts apart from firstExtraction', async () => {
    const { estimateFirstRequest } = await import('../../src/eval/first-request.ts');
    expect(estimateFirstRequest([
      { speaker: 'caller', text: '您好，我是客服' },
      { speaker: 'user', text: '验证码是什么？' },
      { speaker: 'caller', text: '把验证码报给我' },
    ])).toBe(2);
    expect(estimateFirstRequest([{ speaker: 'caller', text: '您好' }])).toBeUndefined();
    const { GroupAccumulator } = await import('../../src/eval/metrics.ts');
    const g = new GroupAccumulator();
    const base = { source: 's', category: 'c', label: 'scam' as const, kind: 'dialogue' as const, turnCount: 5, risk: 50, tactics: [] };
    g.add({ ...base, id: 'a', verdict: 'suspicious', alertTurn: 1, estimatedFirstRequest: 2 });
    g.add({ ...base, id: 'b', verdict: 'suspicious', alertTurn: 3, estimatedFirstRequest: 2 });
    g.add({ ...base, id: 'c', verdict: 'safe', alertTurn: null, estimatedFirstRequest: 2 });
    g.add({ ...base, id: 'd', verdict: 'scam', alertTurn: 0, firstExtraction: 1, estimatedFirstRequest: 4 });
    const e = g.metrics().early!;
    expect([e.warnedByEstimate, e.withEstimate]).toEqual([1, 3]);
    expect([e.warnedByExtraction, e.withExtraction]).toEqual([1, 1]);
  });
});

describe('estimated first request', () => {
  it('is the first non-user turn that words a request, and counts only where no firstExtraction is given', async () => {
    const { estimateFirstRequest } = await import('../../src/eval/first-request.ts');
    const turns = [
      { speaker: 'caller', text: '您好，我是客服' },
      { speaker: 'user', text: '我的验证码是多少？' }, // the user's own words never count
      { speaker: 'caller', text: '请把验证码告诉我' },
    ] as const;
    expect(estimateFirstRequest([...turns])).toBe(2);
    expect(estimateFirstRequest([{ speaker: 'caller', text: '祝您生活愉快' }])).toBeUndefined();
    const g = new GroupAccumulator();
    g.add(outcome('scam', 'scam', { kind: 'dialogue', turnCount: 3, alertTurn: 1, estimatedFirstRequest: 2 }));
    g.add(outcome('scam', 'scam', { kind: 'dialogue', turnCount: 3, alertTurn: 2, estimatedFirstRequest: 1 }));
    g.add(outcome('scam', 'scam', { kind: 'dialogue', turnCount: 3, alertTurn: 0, firstExtraction: 1, estimatedFirstRequest: 0 }));
    const e = g.metrics().early!;
    expect([e.warnedByEstimate, e.withEstimate]).toEqual([1, 2]);
    expect([e.warnedByExtraction, e.withExtraction]).toEqual([1, 1]);
  });
});
