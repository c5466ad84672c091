/**
 * The model's fused scorer (hashedMargin) gives exactly the margin of the vector path
 * (featurize then dot) — to the last bit, so the engine's verdicts do not move when the faster
 * path is used — on the playbooks' examples, on random text (surrogates, digits, spaces, upper
 * case, long texts) and with the rules' tactic ids.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_FEATURES, dot, featurize, hashedMargin, type FeatureConfig, type QuantizedWeights } from '../../src/model/features.ts';
import { PlaybookSchema } from '../../src/playbook/schema.ts';
import { PLAYBOOKS } from '../../src/playbook/index.ts';
import { dequantize, prng, WEIGHTS_FORMAT, type WeightsFile } from '../../src/model/logreg.ts';

/** Random int8 weights and the float32 weights `dequantize` makes of them. */
function randomWeights(bits: number, seed: number): { quantized: QuantizedWeights; float: Float32Array } {
  const rand = prng(seed);
  const q = new Int8Array(1 << bits);
  for (let i = 0; i < q.length; i++) q[i] = Math.round((rand() - 0.5) * 254);
  const scale = 0.0123 + rand() * 0.01;
  const file: WeightsFile = { format: WEIGHTS_FORMAT, features: DEFAULT_FEATURES, bias: 0, scale, weights: Buffer.from(q.buffer).toString('base64'), trainedOn: [], examples: 0, seed: 0 };
  return { quantized: { q, scale }, float: dequantize(file).weights };
}

// The feature setting with the rules' tactic ids (the shipped one reads characters only).
const RULED: FeatureConfig = { ...DEFAULT_FEATURES, rules: true };
const RULES = ['contact.impersonation', 'pretext.quality-refund', 'shift.link', 'extract.verification-code', 'contact.order-details', 'cover.secrecy'];

describe('hashedMargin', () => {
  const weights = randomWeights(DEFAULT_FEATURES.bits, 7);
  const bias = -0.37;
  const both = (text: string, cfg: FeatureConfig = DEFAULT_FEATURES, rules?: string[]): [number, number] =>
    [hashedMargin(weights.quantized, bias, text, cfg, rules), dot(weights.float, bias, featurize(text, cfg, rules))];

  it('equals featurize + dot on every playbook example, with and without rules', () => {
    let n = 0;
    for (const lang of ['zh', 'en'] as const) {
      const book = PlaybookSchema.parse(PLAYBOOKS[lang]);
      for (const t of book.tactics) {
        for (const text of [...t.examples.positive, ...t.examples.negative]) {
          const [fast, ref] = both(text);
          expect(Object.is(fast, ref), text).toBe(true);
          const [fastR, refR] = both(text, RULED, RULES.slice(0, (n % RULES.length) + 1));
          expect(Object.is(fastR, refR), text).toBe(true);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(100);
  });

  it('equals featurize + dot on random text and many rules (the 24-feature bound)', () => {
    const chars = fc.constantFrom('验', '证', '码', '退', '款', ' ', '\n', '\t', '\r', '\u000b', 'A', 'Z', 'b', '7', '０', 'Ａ', 'ｚ', '😊', '\ud83d', '，', '.', '\u3000', '\u00a0', '·', '“', '《', 'ﬁ', '①', 'é', '…');
    const text = fc.array(chars, { maxLength: 200 }).map((a) => a.join(''));
    const rules = fc.array(fc.constantFrom(...RULES, 'a.b', 'x', 'extract.transfer', 'shift.app'), { maxLength: 40 });
    fc.assert(fc.property(text, rules, fc.boolean(), (t, r, withRules) => {
      const [fast, ref] = both(t, RULED, withRules ? r : undefined);
      expect(Object.is(fast, ref)).toBe(true);
    }), { numRuns: 500 });
  });

  it('equals featurize + dot past maxChars (a 9,600-character text), with other feature settings and on an empty text', () => {
    const long = '您好我是淘宝客服您的快递丢失了我们给您双倍赔偿'.repeat(200);
    for (const cfg of [DEFAULT_FEATURES, RULED, { ...DEFAULT_FEATURES, maxN: 2, bits: 16 }, { ...DEFAULT_FEATURES, maxChars: 30 }, { ...DEFAULT_FEATURES, rules: false }]) {
      const w = randomWeights(cfg.bits, 11);
      expect(hashedMargin(w.quantized, 0.1, long, cfg, RULES)).toBe(dot(w.float, 0.1, featurize(long, cfg, RULES)));
    }
    expect(hashedMargin(weights.quantized, bias, '', DEFAULT_FEATURES)).toBe(bias);
  });

  // hashedMargin counts n-grams in fixed scratch (2,048 code points, 6,144 n-grams) and goes through
  // featurize past it; it reads int8 weights through a table of the last weights' scale.
  it('equals featurize + dot on both sides of its scratch bound, when NFKC lengthens the text, for maxN 1 to 4, and as the weights change', () => {
    const unit = '您好我是淘宝客服，您的快递丢了 we pay 双倍 ';
    const sized = (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const texts = [sized(2047), sized(2048), sized(2049), sized(4000), 'ﬁ'.repeat(1023), 'ﬁ'.repeat(1024), 'ﬁ'.repeat(1025), `${'①'.repeat(1500)}验证码`, sized(1536), sized(1537)];
    const cfgs: FeatureConfig[] = [
      { ...DEFAULT_FEATURES, rules: false }, { ...DEFAULT_FEATURES, maxChars: 5000 }, { ...DEFAULT_FEATURES, maxN: 1 },
      { ...DEFAULT_FEATURES, maxN: 2 }, { ...DEFAULT_FEATURES, maxN: 4, maxChars: 5000 }, RULED,
    ];
    const ws = [randomWeights(DEFAULT_FEATURES.bits, 21), randomWeights(DEFAULT_FEATURES.bits, 22)];
    let n = 0;
    for (const text of texts) {
      for (const cfg of cfgs) {
        for (const w of [ws[0]!, ws[1]!, ws[0]!]) {
          const fast = hashedMargin(w.quantized, bias, text, cfg, RULES);
          const ref = dot(w.float, bias, featurize(text, cfg, RULES));
          expect(Object.is(fast, ref), `${text.length} ${JSON.stringify(cfg)}`).toBe(true);
          n++;
        }
      }
    }
    expect(n).toBe(texts.length * cfgs.length * 3);
  });
});
