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

/** FNV-1a over UTF-16 code units, seeded per n-gram length. */
function fnv(s: string, start: number, len: number, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = start; i < start + len; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

/** Hashed n-gram counts, log-scaled and L2-normalised (so long and short texts score alike). */
export function featurize(text: string, cfg: FeatureConfig = DEFAULT_FEATURES): SparseVector {
  const s = prepare(text, cfg.maxChars);
  const mask = (1 << cfg.bits) - 1;
  const counts = new Map<number, number>();
  // Code points, so an astral character is one "character"; plain slicing when there is none (faster, same grams).
  const chars = /[\ud800-\udfff]/.test(s) ? Array.from(s) : null;
  const length = chars ? chars.length : s.length;
  for (let n = 1; n <= cfg.maxN; n++) {
    for (let i = 0; i + n <= length; i++) {
      const gram = chars ? chars.slice(i, i + n).join('') : s.slice(i, i + n);
      if (n === 1 && gram === ' ') continue;
      const h = fnv(gram, 0, gram.length, n * 0x9e3779b1) & mask;
      counts.set(h, (counts.get(h) ?? 0) + 1);
    }
  }
  const index = new Int32Array(counts.size);
  const value = new Float32Array(counts.size);
  let norm = 0;
  let k = 0;
  for (const [h, c] of counts) {
    const v = 1 + Math.log(c);
    index[k] = h;
    value[k] = v;
    norm += v * v;
    k++;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < value.length; i++) value[i]! *= inv;
  return { index, value };
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function dot(weights: Float32Array, bias: number, x: SparseVector): number {
  let z = bias;
  for (let i = 0; i < x.index.length; i++) z += weights[x.index[i]!]! * x.value[i]!;
  return z;
}
