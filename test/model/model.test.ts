import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { currentLexicon, currentVocabulary, featurize, segment, setLexicon, setVocabulary, sigmoid } from '../../src/model/features.ts';
import { dequantize, fitPlatt, predict, quantize, train, type TrainExample } from '../../src/model/logreg.ts';
import { modelAvailable, scoreText } from '../../src/model/classifier.ts';
import { trainNaiveBayes } from '../../src/model/naive-bayes.ts';
import { makeModelSignal, MODEL_SIGNAL_ID, modelEvidenceWeight, type ModelWeightParams } from '../../src/model/signal.ts';
import type { TurnSignalInput } from '../../src/signals/types.ts';

const SMALL = { bits: 12, maxN: 3, maxChars: 500, words: true, rules: true };
const OPTS = { epochs: 8, learningRate: 0.5, l2: 1e-6, seed: 7, features: SMALL };

// Two obvious classes, written for this test.
const scam = ['请把验证码告诉我', '把钱转到安全账户', '报一下验证码和银行卡号', '开启屏幕共享并转账到指定账户', '验证码念给我听'];
const legit = ['今天晚饭吃什么', '周末一起去公园散步', '晚饭做了红烧鱼', '公园的花开了', '明天一起吃午饭'];
const examples: TrainExample[] = [...scam.map((text) => ({ text, label: 1 as const })), ...legit.map((text) => ({ text, label: 0 as const }))];

describe('char n-gram logistic regression', () => {
  it('separates two obvious classes, including unseen sentences', () => {
    const m = train(examples, OPTS);
    for (const t of scam) expect(predict(m, t)).toBeGreaterThan(0.5);
    for (const t of legit) expect(predict(m, t)).toBeLessThan(0.5);
    expect(predict(m, '麻烦把验证码发给我')).toBeGreaterThan(predict(m, '晚饭去公园吃'));
  });

  it('the naive Bayes alternative separates them too', () => {
    const m = trainNaiveBayes(examples, SMALL);
    for (const t of scam) expect(predict(m, t)).toBeGreaterThan(0.5);
    for (const t of legit) expect(predict(m, t)).toBeLessThan(0.5);
  });

  it('is deterministic for a fixed seed, and the seed matters', () => {
    const a = train(examples, OPTS);
    const b = train(examples, OPTS);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(a.bias).toBe(b.bias);
    const c = train(examples, { ...OPTS, seed: 8 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(c.weights.buffer))).toBe(false);
  });

  it('survives int8 quantisation with the same decisions', () => {
    const m = train(examples, OPTS);
    const q = dequantize(quantize(m, { trainedOn: ['test'], examples: examples.length, seed: OPTS.seed }));
    for (const e of examples) expect(predict(q, e.text) > 0.5).toBe(e.label === 1);
  });

  it('features ignore digits and width (order numbers and full-width forms do not change a text)', () => {
    // featurize reuses its buffers: copy the first result before the second call.
    const a = [...featurize('订单１２３号', SMALL).index];
    const b = [...featurize('订单987号', SMALL).index];
    expect(a).toEqual(b);
    expect(a.length).toBeGreaterThan(0);
  });
});

describe('word and rule features', () => {
  it('the segmenter keeps a lexicon term whole', () => {
    const saved = currentLexicon();
    try {
      setLexicon([]);
      expect(segment('您按照网址一步一步操作就行')).not.toContain('一步一步操作');
      setLexicon(['一步一步操作']);
      expect(segment('您按照网址一步一步操作就行')).toContain('一步一步操作');
    } finally {
      setLexicon(saved);
    }
  });

  it('a vocabulary word adds a feature wherever it occurs, and only vocabulary words do', () => {
    const saved = currentVocabulary();
    try {
      setVocabulary([]);
      const none = featurize('请提供银行卡号', SMALL).index.length;
      setVocabulary(['银行卡号', '屏幕共享']);
      expect(featurize('请提供银行卡号', SMALL).index.length).toBe(none + 1);
      expect(featurize('今天天气不错', SMALL).index.length).toBe(featurize('今天天气不错', { ...SMALL, words: false }).index.length);
    } finally {
      setVocabulary(saved);
    }
  });

  it('every occurrence of a vocabulary word is a feature; each fired tactic adds its id and its stage once', () => {
    const text = '请把银行卡号发给我';
    const saved = currentVocabulary();
    setVocabulary(['银行卡', '卡号']);
    const nChars = featurize(text, { ...SMALL, words: false }).index.length;
    const words = featurize(text, SMALL);
    const nWords = words.index.length;
    expect(nWords).toBe(nChars + 2);
    const rules = featurize(text, SMALL, ['extract.card-credentials', 'extract.verification-code', 'contact.impersonation']);
    // 3 ids + 2 stages (extract, contact), weight 1 each, outside the text's L2 normalisation.
    expect(rules.index.length).toBe(nWords + 5);
    expect([...rules.value.slice(nWords)]).toEqual([1, 1, 1, 1, 1]);
    setVocabulary(saved);
  });

  it('a model trained with rule features uses them: the same text scores higher after an extraction tactic', () => {
    const ex: TrainExample[] = [
      ...['您好我这边是客服', '这边是售后部门', '我是平台的工作人员'].map((text) => ({ text, label: 1 as const, rules: ['extract.verification-code'] })),
      ...['您好我这边是客服', '这边是售后部门', '我是平台的工作人员'].map((text) => ({ text, label: 0 as const, rules: [] })),
    ];
    const m = train(ex, OPTS);
    expect(predict(m, '您好这边是客服', ['extract.verification-code'])).toBeGreaterThan(0.5);
    expect(predict(m, '您好这边是客服', [])).toBeLessThan(0.5);
  });

  it('rule dropout keeps the text weights: when a rule separates the training data alone, the text still scores unseen scam wording without it', () => {
    // Every scam carries the rule, no legitimate text does: the rule alone explains the labels.
    const ex: TrainExample[] = examples.map((e) => ({ ...e, rules: e.label === 1 ? ['extract.verification-code'] : [] }));
    const opts = { ...OPTS, features: { ...SMALL, words: false } };
    const plain = train(ex, opts);
    const dropped = train(ex, { ...opts, ruleDropout: 0.5 });
    const unseen = '验证码和银行卡号告诉我';
    expect(predict(dropped, unseen, [])).toBeGreaterThan(predict(plain, unseen, []));
    expect(predict(dropped, unseen, [])).toBeGreaterThan(0.5);
    expect(predict(dropped, '周末去公园吃晚饭', [])).toBeLessThan(0.5);
    // Deterministic, and dropout 0 is the old training to the bit (the shipped weights stay reproducible).
    expect(train(ex, { ...opts, ruleDropout: 0.5 }).weights).toEqual(dropped.weights);
    expect(train(ex, { ...opts, ruleDropout: 0 }).weights).toEqual(plain.weights);
  });

  it('a separate L2 on rule features shrinks only them', () => {
    const ex: TrainExample[] = examples.map((e) => ({ ...e, rules: e.label === 1 ? ['extract.verification-code'] : [] }));
    const opts = { ...OPTS, features: { ...SMALL, words: false } };
    const loose = train(ex, opts);
    const tight = train(ex, { ...opts, ruleL2: 0.05 });
    const rule = featurize('', opts.features, ['extract.verification-code']);
    const ruleWeight = (m: typeof loose) => Array.from(rule.index).reduce((a, k) => a + Math.abs(m.weights[k]!), 0);
    expect(ruleWeight(tight)).toBeLessThan(ruleWeight(loose));
  });
});

describe('Platt calibration', () => {
  it('maps margins to probabilities that match the observed rates, monotonically', () => {
    // Margins where y = 1 is 3 times as likely as y = 0 at z = 1, and the reverse at z = -1.
    const pts: { z: number; y: 0 | 1 }[] = [];
    for (let i = 0; i < 300; i++) pts.push({ z: 1, y: i % 4 === 0 ? 0 : 1 }, { z: -1, y: i % 4 === 0 ? 1 : 0 });
    const { a, b } = fitPlatt(pts);
    expect(sigmoid(a + b)).toBeCloseTo(0.75, 1);
    expect(sigmoid(-a + b)).toBeCloseTo(0.25, 1);
    expect(a).toBeGreaterThan(0);
  });
  it('is the identity on one class only', () => {
    expect(fitPlatt([{ z: 2, y: 1 }])).toEqual({ a: 1, b: 0 });
  });
});

describe('shipped classifier', () => {
  it('weights stay under 5 MB', () => {
    expect(statSync(join(import.meta.dirname, '../../src/model/weights.json')).size).toBeLessThan(5 * 1024 * 1024);
  });

  it('loads its weights and scores like a probability, the same every time', () => {
    expect(modelAvailable).toBe(true);
    const t = '您好，我是淘宝客服，您的商品有质量问题，需要您提供验证码办理退款';
    const p = scoreText(t);
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(1);
    expect(scoreText(t)).toBe(p);
    expect(scoreText('')).toBe(0);
  });

  it('ranks a refund-scam script above a food order', () => {
    expect(scoreText('您的包裹丢失了，我们双倍理赔，请提供银行卡号和验证码')).toBeGreaterThan(scoreText('你好，我想点一份宫保鸡丁，送到公司楼下'));
  });
});

describe('model evidence weight', () => {
  const params: ModelWeightParams = { floor: 0.9, maxWeight: 20, requireRuleEvidence: true, minChars: 4, maxTurn: 20, benignBelow: 0.05, discount: 10 };
  it('adds nothing below the floor and rises to the maximum at p = 1', () => {
    expect(modelEvidenceWeight(0.5, params)).toBe(0);
    expect(modelEvidenceWeight(0.89, params)).toBe(0);
    expect(modelEvidenceWeight(0.95, params)).toBe(10);
    expect(modelEvidenceWeight(1, params)).toBe(20);
    expect(modelEvidenceWeight(Number.NaN, params)).toBe(0);
  });

  it('discounts a benign reading only after a rule hit', () => {
    expect(modelEvidenceWeight(0.01, params, true)).toBe(-10);
    expect(modelEvidenceWeight(0.01, params, false)).toBe(0);
    expect(modelEvidenceWeight(0.2, params, true)).toBe(0);
    expect(modelEvidenceWeight(0.01, { ...params, discount: 0 }, true)).toBe(0);
  });

  it('alone, the signal fires with no rule evidence; rules reach the model as its features', () => {
    const seen: string[][] = [];
    const signal = makeModelSignal({ ...params, requireRuleEvidence: false }, (_t, rules) => { seen.push([...(rules ?? [])]); return 0.99; });
    const base: TurnSignalInput = { turn: 0, speaker: 'unknown', text: '请您提供一下验证码', urls: [], phones: [], qr: [], firedSoFar: new Set() };
    expect(signal(base)[0]?.weight).toBe(18);
    signal({ ...base, firedSoFar: new Set([MODEL_SIGNAL_ID, 'pretext.quality-refund']) });
    expect(seen).toEqual([[], ['pretext.quality-refund']]);
  });

  it('stays silent once the conversation already reads as a scam (risk ≥ 70): no verdict can change', () => {
    let calls = 0;
    const signal = makeModelSignal({ ...params, requireRuleEvidence: false }, () => { calls++; return 0.99; });
    const base: TurnSignalInput = { turn: 1, speaker: 'caller', text: '请您提供一下验证码', urls: [], phones: [], qr: [], firedSoFar: new Set(['extract.verification-code']) };
    expect(signal({ ...base, riskSoFar: 70 })).toEqual([]);
    expect(calls).toBe(0);
    expect(signal({ ...base, riskSoFar: 69 })).toHaveLength(1);
  });

  it('a benign reading after a rule hit is a negative hit with its own description', () => {
    const signal = makeModelSignal(params, () => 0.01);
    const [hit] = signal({ turn: 0, speaker: 'caller', text: '【淘宝】您的退款已原路退回', urls: [], phones: [], qr: [], firedSoFar: new Set(['pretext.quality-refund']) });
    expect(hit?.weight).toBe(-10);
    expect(hit?.description.en).toMatch(/ordinary service message/);
    // A turn carrying a link or a number is the checkers' to judge: no discount.
    const withUrl = signal({ turn: 0, speaker: 'caller', text: '【淘宝】您的退款已原路退回 http://tb.cn.refund.top', urls: [{ start: 15, end: 40, text: 'http://tb.cn.refund.top' }], phones: [], qr: [], firedSoFar: new Set(['shift.lookalike-link']) });
    expect(withUrl).toEqual([]);
    const withPhone = signal({ turn: 0, speaker: 'caller', text: '京东客服来电 +0095118，请注意接听', urls: [], phones: [{ start: 7, end: 15, text: '+0095118' }], qr: [], firedSoFar: new Set(['contact.spoofed-number']) });
    expect(withPhone).toEqual([]);
  });

  it('the signal only corroborates: silent until a playbook tactic fired, silent on the user side', () => {
    const signal = makeModelSignal(params, () => 0.99);
    const base: TurnSignalInput = { turn: 2, speaker: 'caller', text: '请您提供一下验证码', urls: [], phones: [], qr: [], firedSoFar: new Set() };
    expect(signal(base)).toEqual([]);
    expect(signal({ ...base, firedSoFar: new Set([MODEL_SIGNAL_ID]) })).toEqual([]);
    expect(signal({ ...base, speaker: 'user', firedSoFar: new Set(['pretext.quality-refund']) })).toEqual([]);
    const [hit] = signal({ ...base, firedSoFar: new Set(['pretext.quality-refund']) });
    expect(hit?.id).toBe(MODEL_SIGNAL_ID);
    expect(hit?.weight).toBe(18);
    expect(hit?.detail).toBe('model: 0.99');
    expect(hit?.evidence[0]).toEqual({ turn: 2, start: 0, end: 0, text: '' });
    // Late turns of a long conversation are not scored.
    expect(signal({ ...base, turn: 20, firedSoFar: new Set(['pretext.quality-refund']) })).toEqual([]);
  });
});
