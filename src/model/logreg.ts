/**
 * Logistic regression trained by AdaGrad SGD with L2, deterministic for a given seed (the shuffle
 * uses its own PRNG, never Math.random), and int8 quantisation for the shipped weights.
 */
import { DEFAULT_FEATURES, dot, featurize, sigmoid, type FeatureConfig, type SparseVector } from './features.ts';

export interface TrainExample {
  text: string;
  label: 0 | 1;
  weight?: number;
  /** The rules' tactic ids fired so far when this text was heard (the stacked features). */
  rules?: readonly string[];
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  features: FeatureConfig;
  /**
   * Probability (0–1) that an example is shown without its rule features in one epoch (all of
   * them at once, drawn from their own seeded PRNG, so the shuffle is unchanged). The rules fire on
   * nearly every teleantifraud-matrix scam turn and separate it on their own; without dropout the
   * character weights that carry to other sources stay small (EVALUATION.md, "The model").
   */
  ruleDropout?: number;
  /** L2 on the rule features instead of `l2` (a larger one keeps them from soaking up the weight). */
  ruleL2?: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 6, learningRate: 0.5, l2: 1e-6, seed: 20261125, features: DEFAULT_FEATURES };

export interface LinearModel {
  features: FeatureConfig;
  weights: Float32Array;
  bias: number;
}

/** Tight copies: featurize returns views into larger arrays, and training keeps every vector. */
const copy = (x: SparseVector): SparseVector => ({ index: Int32Array.from(x.index), value: Float32Array.from(x.value) });

/** mulberry32: a small seeded PRNG so training is reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(examples: TrainExample[], opts: TrainOptions = DEFAULT_TRAIN): LinearModel {
  const dim = 1 << opts.features.bits;
  const weights = new Float32Array(dim);
  const grad2 = new Float32Array(dim).fill(1e-8);
  let bias = 0;
  let biasGrad2 = 1e-8;
  const xs: SparseVector[] = examples.map((e) => copy(featurize(e.text, opts.features, e.rules)));
  // featurize lists the text features first, then the rules': the count of text features per example.
  const nText = Int32Array.from(examples, (e, i) => (opts.features.rules && e.rules && e.rules.length > 0 ? featurize(e.text, opts.features).index.length : xs[i]!.index.length));
  const dropout = opts.ruleDropout ?? 0;
  const ruleL2 = opts.ruleL2 ?? opts.l2;
  const order = examples.map((_, i) => i);
  const rand = prng(opts.seed);
  const dropRand = prng(opts.seed ^ 0x5bd1e995);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const full = xs[idx]!;
      const ex = examples[idx]!;
      const t = nText[idx]!;
      const x = dropout > 0 && t < full.index.length && dropRand() < dropout
        ? { index: full.index.subarray(0, t), value: full.value.subarray(0, t) }
        : full;
      const p = sigmoid(dot(weights, bias, x));
      const g = (p - ex.label) * (ex.weight ?? 1);
      for (let k = 0; k < x.index.length; k++) {
        const f = x.index[k]!;
        const gf = g * x.value[k]! + (k < t ? opts.l2 : ruleL2) * weights[f]!;
        grad2[f]! += gf * gf;
        weights[f]! -= (opts.learningRate * gf) / Math.sqrt(grad2[f]!);
      }
      biasGrad2 += g * g;
      bias -= (opts.learningRate * g) / Math.sqrt(biasGrad2);
    }
  }
  return { features: opts.features, weights, bias };
}

/** The raw score (log-odds before calibration). */
export function margin(model: LinearModel, text: string, rules?: Iterable<string>): number {
  return dot(model.weights, model.bias, featurize(text, model.features, rules));
}

export function predict(model: LinearModel, text: string, rules?: Iterable<string>): number {
  return sigmoid(margin(model, text, rules));
}

/**
 * Platt scaling: p = sigmoid(a·z + b) fitted by Newton's method on held-out (z, y) pairs, classes
 * weighted to even odds, so the shipped probability means "how likely scam at even prior odds".
 */
export function fitPlatt(points: readonly { z: number; y: 0 | 1 }[]): { a: number; b: number } {
  const pos = points.filter((p) => p.y === 1).length;
  const neg = points.length - pos;
  if (pos === 0 || neg === 0) return { a: 1, b: 0 };
  // Platt's smoothed targets keep the fit finite on separable data.
  const tPos = (pos + 1) / (pos + 2);
  const tNeg = 1 / (neg + 2);
  let a = 1;
  let b = 0;
  for (let it = 0; it < 100; it++) {
    let gA = 0, gB = 0, hAA = 0, hAB = 0, hBB = 0;
    for (const { z, y } of points) {
      const w = y === 1 ? points.length / (2 * pos) : points.length / (2 * neg);
      const p = sigmoid(a * z + b);
      const d = (p - (y === 1 ? tPos : tNeg)) * w;
      const h = Math.max(p * (1 - p), 1e-12) * w;
      gA += d * z; gB += d; hAA += h * z * z; hAB += h * z; hBB += h;
    }
    const det = hAA * hBB - hAB * hAB;
    if (Math.abs(det) < 1e-18) break;
    const dA = (hBB * gA - hAB * gB) / det;
    const dB = (hAA * gB - hAB * gA) / det;
    a -= dA; b -= dB;
    if (Math.abs(dA) + Math.abs(dB) < 1e-9) break;
  }
  return { a, b };
}

export const WEIGHTS_FORMAT = 'fanzha-text-rules-logreg/2';

/** The weights file: int8 weights with one scale, base64 (about 350 KB for 2^18 buckets). */
export interface WeightsFile {
  format: typeof WEIGHTS_FORMAT;
  features: FeatureConfig;
  bias: number;
  scale: number;
  weights: string;
  /** Platt calibration of the margin (see fitPlatt); identity when absent. */
  calibration?: { a: number; b: number };
  /** The words the model knows (found by jieba at training time; matched at run time). */
  vocabulary?: string[];
  trainedOn: string[];
  examples: number;
  seed: number;
  /**
   * sha256 of everything training read (the recipe and every example's text, label, weight and,
   * for a model with rule features, its tactic ids), in order: `npm run train -- --check` compares
   * it with today's inputs, so a changed corpus or rule set is named instead of a silent mismatch.
   */
  inputs?: string;
}

export interface WeightsMeta {
  trainedOn: string[];
  examples: number;
  seed: number;
  inputs?: string;
  calibration?: { a: number; b: number };
  vocabulary?: string[];
}

export function quantize(model: LinearModel, meta: WeightsMeta): WeightsFile {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i]! / scale);
  return {
    format: WEIGHTS_FORMAT, features: model.features, bias: model.bias, scale,
    weights: Buffer.from(q.buffer).toString('base64'), ...meta,
  };
}

export function dequantize(file: WeightsFile): LinearModel {
  const bytes = Buffer.from(file.weights, 'base64');
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * file.scale;
  return { features: file.features, weights, bias: file.bias };
}
