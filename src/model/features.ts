/**
 * Character 1–3-gram features, hashed into a fixed number of buckets (the hashing trick keeps the
 * weights file small and needs no vocabulary). Chinese has no spaces, so character n-grams are
 * the cheapest tokens that still see words like 验证码 or 屏幕共享.
 */
export interface FeatureConfig {
  /** log2 of the number of buckets. */
  bits: number;
  /** Longest n-gram. */
  maxN: number;
  /** Characters of input looked at (bounds the work per text). */
  maxChars: number;
}

export const DEFAULT_FEATURES: FeatureConfig = { bits: 18, maxN: 3, maxChars: 2000 };

/** NFKC folds full-width forms; digits collapse so order numbers and amounts do not become features. */
export function prepare(text: string, maxChars: number): string {
  return text.slice(0, maxChars).normalize('NFKC').toLowerCase().replace(/[0-9]/g, '0').replace(/\s+/g, ' ');
}

export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// Scratch space reused by every call (the engine is synchronous, so calls never interleave).
let scratchBits = 0;
let scratch = new Float32Array(0);
let touched = new Int32Array(0);

/**
 * Hashed n-gram counts, log-scaled and L2-normalised (so long and short texts score alike).
 * The hash of an n-gram extends the hash of its (n-1)-gram prefix (FNV-1a over code points), so
 * each position costs maxN multiply-xors and no substring is built.
 */
export function featurize(text: string, cfg: FeatureConfig = DEFAULT_FEATURES): SparseVector {
  const s = prepare(text, cfg.maxChars);
  const mask = (1 << cfg.bits) - 1;
  if (scratchBits !== cfg.bits) {
    scratchBits = cfg.bits;
    scratch = new Float32Array(1 << cfg.bits);
  }
  const points: number[] = [];
  for (const ch of s) points.push(ch.codePointAt(0)!);
  const maxGrams = points.length * cfg.maxN;
  if (touched.length < maxGrams) touched = new Int32Array(Math.max(maxGrams, 1024));
  let nTouched = 0;
  for (let i = 0; i < points.length; i++) {
    let h = FNV_OFFSET;
    for (let n = 1; n <= cfg.maxN && i + n <= points.length; n++) {
      const cp = points[i + n - 1]!;
      h = Math.imul(h ^ cp, FNV_PRIME) >>> 0;
      if (n === 1 && cp === 32) break; // a lone space is not a feature, nor are grams starting with one
      const k = (h ^ (h >>> 16)) & mask;
      if (scratch[k] === 0) touched[nTouched++] = k;
      scratch[k]! += 1;
    }
  }
  const index = new Int32Array(nTouched);
  const value = new Float32Array(nTouched);
  let norm = 0;
  for (let j = 0; j < nTouched; j++) {
    const k = touched[j]!;
    const v = 1 + Math.log(scratch[k]!);
    scratch[k] = 0;
    index[j] = k;
    value[j] = v;
    norm += v * v;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let j = 0; j < value.length; j++) value[j]! *= inv;
  return { index, value };
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function dot(weights: Float32Array, bias: number, x: SparseVector): number {
  let z = bias;
  for (let i = 0; i < x.index.length; i++) z += weights[x.index[i]!]! * x.value[i]!;
  return z;
}
