import { describe, expect, it } from 'vitest';
import { fingerprint, RECIPE, trainWeightsFile, weigh, type Example, type Recipe } from '../../scripts/train.ts';
import type { WeightsFile } from '../../src/model/logreg.ts';

// A small recipe (2^12 buckets, 3 epochs) so the test trains in milliseconds; the lines are ours.
const SMALL: Recipe = { ...RECIPE, features: { ...RECIPE.features, bits: 12, words: false }, train: { ...RECIPE.train, epochs: 3 } };
const lines: [string, 0 | 1, boolean][] = [
  ['您的订单商品有质量问题，给您双倍理赔，请提供银行卡号和验证码', 1, true],
  ['退款需要您下载会议软件开启屏幕共享', 1, false],
  ['把验证码念给我听，我帮您操作退款', 1, false],
  ['【京东】您的退款已原路退回，请在APP订单详情查看', 0, true],
  ['妈，晚上回家吃饭吗', 0, false],
  ['您好，您的快递已放在菜鸟驿站，取件码8-2-3017', 0, false],
];
const examples: Example[] = lines.map(([text, label, ours], i) => ({ text, label, ours, caseId: `t-${i}`, rules: label ? ['extract.verification-code'] : [] }));

describe('npm run train: deterministic, and says what it was trained on', () => {
  it('writes the same bytes for the same inputs, with their fingerprint inside', () => {
    const a = trainWeightsFile(examples, [], SMALL);
    expect(trainWeightsFile(examples, [], SMALL)).toBe(a);
    const file = JSON.parse(a) as WeightsFile;
    expect(file.inputs).toBe(fingerprint(SMALL, weigh(examples, SMALL.ourWeight, undefined, SMALL.ourLegitWeight), []));
    expect(file.inputs).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('any changed text, label or recipe changes the fingerprint; rule ids count only for a model that reads them', () => {
    const base = fingerprint(SMALL, examples, []);
    const edited = examples.map((e, i) => (i === 4 ? { ...e, text: `${e.text}？` } : e));
    expect(fingerprint(SMALL, edited, [])).not.toBe(base);
    expect(fingerprint(SMALL, examples.map((e, i) => (i === 4 ? { ...e, label: 1 as const } : e)), [])).not.toBe(base);
    expect(fingerprint({ ...SMALL, ourLegitWeight: 3 }, examples, [])).not.toBe(base);
    const otherRules = examples.map((e) => ({ ...e, rules: [...(e.rules ?? []), 'shift.link'] }));
    const withRules: Recipe = { ...SMALL, features: { ...SMALL.features, rules: true } };
    const textOnly: Recipe = { ...SMALL, features: { ...SMALL.features, rules: false } };
    expect(fingerprint(withRules, otherRules, [])).not.toBe(fingerprint(withRules, examples, []));
    expect(fingerprint(textOnly, otherRules, [])).toBe(fingerprint(textOnly, examples, []));
  });

  it('our legitimate lines can weigh more than our scam lines, and the classes stay balanced', () => {
    const w = weigh(examples, 5, 'global', 3);
    const mass = (y: 0 | 1) => w.filter((e) => e.label === y).reduce((s, e) => s + e.weight!, 0);
    expect(mass(0)).toBeCloseTo(mass(1), 6);
    const ourLegit = w.find((e) => e.ours && e.label === 0)!.weight!;
    const theirLegit = w.find((e) => !e.ours && e.label === 0)!.weight!;
    expect(ourLegit / theirLegit).toBeCloseTo(15, 6);
    const ourScam = w.find((e) => e.ours && e.label === 1)!.weight!;
    const theirScam = w.find((e) => !e.ours && e.label === 1)!.weight!;
    expect(ourScam / theirScam).toBeCloseTo(5, 6);
  });
});
