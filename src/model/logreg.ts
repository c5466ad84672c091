/**
 * Logistic regression trained by AdaGrad SGD with L2, deterministic for a given seed (the shuffle
 * uses its own PRNG, never Math.random), and int8 quantisation for the shipped weights.
 */
import { DEFAULT_FEATURES, dot, featurize, sigmoid, type FeatureConfig, type SparseVector } from './features.ts';

export interface TrainExample { text: string; label: 0 | 1; weight?: number }

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  features: FeatureConfig;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 6, learningRate: 0.5, l2: 1e-6, seed: 20261125, features: DEFAULT_FEATURES };

export interface LinearModel {
  features: FeatureConfig;
  weights: Float32Array;
  bias: number;
}

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
  const xs: SparseVector[] = examples.map((e) => featurize(e.text, opts.features));
  const order = examples.map((_, i) => i);
  const rand = prng(opts.seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const x = xs[idx]!;
      const ex = examples[idx]!;
      const p = sigmoid(dot(weights, bias, x));
      const g = (p - ex.label) * (ex.weight ?? 1);
      for (let k = 0; k < x.index.length; k++) {
        const f = x.index[k]!;
        const gf = g * x.value[k]! + opts.l2 * weights[f]!;
        grad2[f]! += gf * gf;
        weights[f]! -= (opts.learningRate * gf) / Math.sqrt(grad2[f]!);
      }
      biasGrad2 += g * g;
      bias -= (opts.learningRate * g) / Math.sqrt(biasGrad2);
    }
  }
  return { features: opts.features, weights, bias };
}

export function predict(model: LinearModel, text: string): number {
  return sigmoid(dot(model.weights, model.bias, featurize(text, model.features)));
}

/** The weights file: int8 weights with one scale, base64 (about 350 KB for 2^18 buckets). */
export interface WeightsFile {
  format: 'fanzha-char-ngram-logreg/1';
  features: FeatureConfig;
  bias: number;
  scale: number;
  weights: string;
  trainedOn: string[];
  examples: number;
  seed: number;
}

export function quantize(model: LinearModel, meta: { trainedOn: string[]; examples: number; seed: number }): WeightsFile {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i]! / scale);
  return {
    format: 'fanzha-char-ngram-logreg/1', features: model.features, bias: model.bias, scale,
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
