/**
 * The model's features, hashed into a fixed number of buckets (the hashing trick keeps the weights
 * file small and needs no vocabulary):
 * - character 1–3-grams: Chinese has no spaces, so character n-grams are the cheapest tokens that
 *   still see words like 验证码 or 屏幕共享, whatever the segmentation;
 * - words: the vocabulary is found at training time by segmenting the training text with
 *   @node-rs/jieba (its dictionary plus the playbook's cue terms); the weights file carries it, and
 *   at run time every occurrence of a vocabulary word is a feature, found in one Aho-Corasick pass
 *   (a tenth of jieba's cost per utterance, no 5 MB dictionary to load), so 银行卡号 or 一步一步
 *   are tokens of their own that carry across sources phrasing the same request differently;
 * - the rules' findings so far (tactic ids and their kill-chain stages), so the model is a stacked
 *   detector over text and rules instead of a second opinion blind to them.
 * Text features are log-counts, L2-normalised together (long and short texts score alike); rule
 * features are 1 each, outside the normalisation (one finding weighs the same in any text).
 */
import { createRequire } from 'node:module';
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import type { Jieba } from '@node-rs/jieba';

export interface FeatureConfig {
  /** log2 of the number of buckets. */
  bits: number;
  /** Longest character n-gram. */
  maxN: number;
  /** Characters of input looked at (bounds the work per text). */
  maxChars: number;
  /** Occurrences of the vocabulary's words (see `setVocabulary`). */
  words?: boolean;
  /** The rules' tactic ids and stages as features (see `featurize`'s `rules`). */
  rules?: boolean;
}

/**
 * The default feature set: characters and rules (scripts/train.ts RULES_CHARS, shipped until session 9;
 * the shipped recipe since, SESSION4_TEXT, turns `rules` off; the weights file names its features). Words were measured (EVALUATION.md): on the dev halves they added
 * nothing over characters + rules and cost as much again per turn.
 */
export const DEFAULT_FEATURES: FeatureConfig = { bits: 18, maxN: 3, maxChars: 2000, words: false, rules: true };

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
// Different starting points keep the three kinds of feature apart (a word 验证码 is not the
// character trigram 验证码, and a tactic id never collides by construction with its own text).
const WORD_OFFSET = 0x9747b28c;
const RULE_OFFSET = 0x27d4eb2f;

function hashString(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME) >>> 0;
  return h;
}
const bucket = (h: number, mask: number): number => (h ^ (h >>> 16)) & mask;

// --- the word vocabulary, matched in one pass ---
let vocabulary: readonly string[] = [];
let vocabMatcher: AhoCorasick | null = null;
let vocabHash = new Map<string, number>();

/**
 * The words the model knows (from the weights file, or from training). Built into an automaton on
 * the first `featurize` that needs it (≈ 0.1 s for 10,000 words).
 */
export function setVocabulary(words: readonly string[]): void {
  if (words === vocabulary) return;
  vocabulary = words;
  vocabMatcher = null;
  vocabHash = new Map();
}

/** The vocabulary in use (so a test that swaps it can put it back). */
export const currentVocabulary = (): readonly string[] => vocabulary;

function wordMatcher(): AhoCorasick | null {
  if (vocabulary.length === 0) return null;
  if (!vocabMatcher) {
    vocabMatcher = new AhoCorasick([...vocabulary]);
    for (const w of vocabulary) vocabHash.set(w, hashString(w, WORD_OFFSET));
  }
  return vocabMatcher;
}

// --- jieba (training only: it finds the vocabulary), loaded once on first use (≈ 0.2 s: a 5 MB dictionary), with our lexicon added ---
let jieba: Jieba | null = null;
let jiebaLexicon: readonly string[] = [];

/**
 * Words the segmenter must keep whole (the playbook's cue terms). Set once from the weights file
 * before the first `featurize`; training sets the same list, so training and inference cut alike.
 */
export function setLexicon(terms: readonly string[]): void {
  if (terms === jiebaLexicon) return;
  jiebaLexicon = terms;
  jieba = null;
}

function segmenter(): Jieba {
  if (jieba) return jieba;
  const require = createRequire(import.meta.url);
  const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
  const j = JiebaClass.withDict(dict);
  if (jiebaLexicon.length > 0) {
    // jieba's dictionary format: "word frequency"; a high frequency makes the term win the cut.
    j.loadDict(Buffer.from(jiebaLexicon.map((t) => `${t.replace(/\s+/g, '')} 200000`).join('\n'), 'utf8'));
  }
  jieba = j;
  return j;
}

/** The lexicon in use (so a test that swaps it can put it back). */
export const currentLexicon = (): readonly string[] => jiebaLexicon;

/** jieba's segmentation (no HMM) with the lexicon: how training finds the vocabulary. */
export function segment(text: string): string[] {
  return segmenter().cut(text, false);
}

/** Whether a segmented token is worth a place in the vocabulary (two characters or more, not punctuation or digits). */
export function isVocabularyWord(w: string): boolean {
  return w.length >= 2 && w.length <= 12 && !/[\s]/.test(w) && !/^[0\p{P}\p{S}]+$/u.test(w);
}


// Tactic ids repeat on every turn of a conversation: their hashes are computed once.
const ruleCache = new Map<string, { id: number; stage: number; stageBit: number }>();
const stageBits = new Map<string, number>();
function ruleHashes(id: string): { id: number; stage: number; stageBit: number } {
  let r = ruleCache.get(id);
  if (!r) {
    const dot = id.indexOf('.');
    const stage = dot > 0 ? id.slice(0, dot) : '';
    let bit = stageBits.get(stage);
    if (bit === undefined) { bit = 1 << Math.min(30, stageBits.size); stageBits.set(stage, bit); }
    r = { id: hashString(id, RULE_OFFSET), stage: stage ? hashString(`stage:${stage}`, RULE_OFFSET) : 0, stageBit: bit };
    if (ruleCache.size < 4096) ruleCache.set(id, r);
  }
  return r;
}

// Scratch space reused by every call (the engine is synchronous, so calls never interleave).
let scratchBits = 0;
let scratch = new Float32Array(0);
let touched = new Int32Array(0);
// The result's storage, reused too: a SparseVector is read at once (dot) or copied (training).
let outIndex = new Int32Array(0);
let outValue = new Float32Array(0);

/**
 * Hashed features of one text and, optionally, of the rules' findings so far. The vector is a view
 * of buffers the next call reuses: read it before calling again, or copy it.
 * The hash of a character n-gram extends the hash of its (n-1)-gram prefix (FNV-1a over code
 * points), so each position costs maxN multiply-xors and no substring is built.
 * @param rules tactic ids fired so far (`contact.impersonation`…); each adds its id and its stage.
 */
export function featurize(text: string, cfg: FeatureConfig = DEFAULT_FEATURES, rules?: Iterable<string>): SparseVector {
  const s = prepare(text, cfg.maxChars);
  const mask = (1 << cfg.bits) - 1;
  if (scratchBits !== cfg.bits) {
    scratchBits = cfg.bits;
    scratch = new Float32Array(1 << cfg.bits);
  }
  const nPoints = codePoints(s);
  const points = pointBuf;
  const matcher = cfg.words && s.length > 0 ? wordMatcher() : null;
  const words = matcher ? matcher.matchInText(s) : [];
  const maxFeatures = nPoints * cfg.maxN + words.length + 64;
  if (touched.length < maxFeatures) touched = new Int32Array(Math.max(maxFeatures, 1024));
  let nTouched = 0;
  const add = (k: number): void => {
    if (scratch[k] === 0) touched[nTouched++] = k;
    scratch[k]! += 1;
  };
  for (let i = 0; i < nPoints; i++) {
    let h = FNV_OFFSET;
    for (let n = 1; n <= cfg.maxN && i + n <= nPoints; n++) {
      const cp = points[i + n - 1]!;
      h = Math.imul(h ^ cp, FNV_PRIME) >>> 0;
      if (n === 1 && cp === 32) break; // a lone space is not a feature, nor are grams starting with one
      add(bucket(h, mask));
    }
  }
  for (const w of words) add(bucket(vocabHash.get(w.keyword)!, mask));
  const nText = nTouched;
  let norm = 0;
  const need = nTouched + (cfg.rules && rules ? 32 : 0);
  if (outIndex.length < need) { outIndex = new Int32Array(Math.max(need, 1024)); outValue = new Float32Array(outIndex.length); }
  const index = outIndex;
  const value = outValue;
  for (let j = 0; j < nText; j++) {
    const k = touched[j]!;
    const v = 1 + Math.log(scratch[k]!);
    scratch[k] = 0;
    index[j] = k;
    value[j] = v;
    norm += v * v;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let j = 0; j < nText; j++) value[j]! *= inv;
  let n = nText;
  if (cfg.rules && rules) {
    let stagesSeen = 0;
    for (const id of rules) {
      if (n >= need - 8) break;
      const r = ruleHashes(id);
      index[n] = bucket(r.id, mask); value[n++] = 1;
      // Each stage once, whatever the number of its tactics (a bit per stage in a small mask).
      if (r.stage !== 0 && (stagesSeen & r.stageBit) === 0) {
        stagesSeen |= r.stageBit;
        index[n] = bucket(r.stage, mask); value[n++] = 1;
      }
    }
  }
  return { index: index.subarray(0, n), value: value.subarray(0, n) };
}

// The code points of the prepared text, reused by every call (as `for…of` reads a string: a
// surrogate pair is one code point, a lone surrogate is itself).
let pointBuf = new Int32Array(1024);
function codePoints(s: string): number {
  if (pointBuf.length < s.length) pointBuf = new Int32Array(Math.max(s.length, 2 * pointBuf.length));
  const out = pointBuf;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { out[n++] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000; i++; continue; }
    }
    out[n++] = c;
  }
  return n;
}

/** Int8 weights and their scale, as the weights file ships them: weight k is fround(q[k] × scale). */
export interface QuantizedWeights {
  q: Int8Array;
  scale: number;
}

/**
 * For the characters most text is made of (printable ASCII, tab and line breaks, CJK ideographs,
 * full-width forms, the ideographic space, common CJK punctuation and quotes), what `prepare`
 * makes of each one alone: NFKC is one unit for one (full-width → ASCII, U+3000 → space), then
 * lower case, digits → 0; WS for white space (a run becomes one space). NOT_PLAIN: anything else.
 */
const NOT_PLAIN = -1;
const WS = -2;
const PREPARED = ((): Int32Array => {
  const t = new Int32Array(0x10000).fill(NOT_PLAIN);
  const plain = (c: number): boolean => (c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || (c >= 0x4e00 && c <= 0x9fff)
    || (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || (c >= 0x3001 && c <= 0x3002) || (c >= 0x3008 && c <= 0x3011)
    || (c >= 0x3014 && c <= 0x301b) || (c >= 0x2018 && c <= 0x201d) || c === 0x00b7;
  for (let c = 0; c < 0x10000; c++) {
    if (!plain(c)) continue;
    let m = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c;
    if (m >= 0x41 && m <= 0x5a) m += 0x20;
    if (m >= 0x30 && m <= 0x39) m = 0x30;
    t[c] = m === 0x20 || m === 0x09 || m === 0x0a || m === 0x0d ? WS : m;
  }
  return t;
})();

/**
 * The code points of `prepare(text, maxChars)` into `out` (at least min(text.length, maxChars)
 * long) without building the prepared string (four string copies and an NFKC pass per turn), when
 * every character is in PREPARED's plain set; −1 otherwise (then the caller prepares the string).
 */
function preparedPoints(text: string, maxChars: number, out: Int32Array): number {
  const n = Math.min(text.length, maxChars);
  let k = 0;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // A CJK ideograph is itself (PREPARED[c] = c): no read of the 256 KB table for most characters.
    const m = c >= 0x4e00 && c <= 0x9fff ? c : PREPARED[c]!;
    if (m >= 0) { out[k++] = m; space = false; continue; }
    if (m === NOT_PLAIN) return -1;
    if (!space) { out[k++] = 0x20; space = true; }
  }
  return k;
}

// Scratch of hashedMargin, fixed in size and bound with `const`: the JIT then reads these arrays
// as constants, where a `let` binding that a call may grow costs a load of the binding, of the
// array's storage and of its length on every access (twice the time of the whole loop, session 13).
// A text longer than FAST_POINTS or with more than FAST_FEATURES n-grams goes through featurize.
const FAST_POINTS = 2048;
const FAST_FEATURES = 3 * FAST_POINTS;
/** The prepared text's code points. */
const fastPoints = new Int32Array(FAST_POINTS);
// The turn's buckets counted in a small open-addressing table (a call uses the first 2^k ≥ twice its
// n-grams, so a short turn's table is a few KB and stays in the L1 cache where a 2^18 array would
// miss on nearly every feature), listed in the order first seen, as featurize lists them.
const SLOTS = 16384; // ≥ 2 × FAST_FEATURES, a power of two
const slotKey = new Int32Array(SLOTS).fill(-1);
const slotCount = new Int32Array(SLOTS);
const slotOf = new Int32Array(FAST_FEATURES);
const bucketOf = new Int32Array(FAST_FEATURES);
const touchedValue = new Float32Array(FAST_FEATURES);
/** 1 + ln(count) for the usual counts, the very doubles Math.log gives (a turn's counts are small). */
const ONE_PLUS_LOG = Float64Array.from({ length: 256 }, (_, c) => 1 + Math.log(c));

/**
 * Counts bucket `k` in the slot table (slotMask + 1 slots, −1 = free): one more occurrence of a
 * bucket already seen, or a new one listed at `nTouched` (first-seen order). Returns the new number
 * of buckets listed. Small enough for the JIT to inline at each of hashedMargin's call sites.
 */
function countBucket(k: number, nTouched: number, slotMask: number): number {
  let at = Math.imul(k, 0x9e3779b1) & slotMask;
  for (;;) {
    const key = slotKey[at]!;
    if (key === k) { slotCount[at]!++; return nTouched; }
    if (key === -1) { slotKey[at] = k; slotCount[at] = 1; slotOf[nTouched] = at; bucketOf[nTouched] = k; return nTouched + 1; }
    at = (at + 1) & slotMask;
  }
}

/**
 * fround(q × scale) for each int8 value q, indexed by its byte (q & 255): the weight `dequantize`
 * makes, read from a 2 KB table instead of a multiply and a rounding per feature. One entry: the
 * weights last scored with (the shipped model's, in the engine).
 */
let lastQ: Int8Array | null = null;
let lastScale = 0;
let lastBytes: Uint8Array = new Uint8Array(0);
let lastTable = new Float64Array(256);
function byteWeights(q: Int8Array, scale: number): void {
  if (q === lastQ && Object.is(scale, lastScale)) return;
  const t = new Float64Array(256);
  for (let b = 0; b < 256; b++) t[b] = Math.fround(((b << 24) >> 24) * scale);
  lastQ = q; lastScale = scale; lastTable = t;
  lastBytes = new Uint8Array(q.buffer, q.byteOffset, q.length);
}

/** The margin through the vector path (featurize, then the int8 weights): the words, and texts too long for the scratch. */
function vectorMargin(weights: QuantizedWeights, bias: number, text: string, cfg: FeatureConfig, rules?: Iterable<string>): number {
  const { q, scale } = weights;
  const x = featurize(text, cfg, rules);
  let z = bias;
  for (let i = 0; i < x.index.length; i++) z += Math.fround(q[x.index[i]!]! * scale) * x.value[i]!;
  return z;
}

/**
 * `dot(w, bias, featurize(text, cfg, rules))` for the int8 weights w[k] = fround(q[k] × scale)
 * (what `dequantize` makes), without building the vector: the same features, the same float32
 * roundings and the same order of summation, so the same number to the last bit
 * (test/model/hashed-margin.test.ts). The weights stay int8 (256 KB instead of 1 MB of float32
 * for 2^18 buckets), so the random reads of a turn's few hundred features mostly hit the cache:
 * the model runs on most caller turns. A configuration with words goes through `featurize`.
 * The hashes are int32 (`Math.imul` without `>>> 0`: the bucket is the same low bits, and a uint32
 * above 2^31 is a double to the JIT); the shipped maxN = 3 has its loop over n written out.
 */
export function hashedMargin(weights: QuantizedWeights, bias: number, text: string, cfg: FeatureConfig, rules?: Iterable<string>): number {
  if (cfg.words || Math.min(text.length, cfg.maxChars) > FAST_POINTS) return vectorMargin(weights, bias, text, cfg, rules);
  const points = fastPoints;
  let nPoints = preparedPoints(text, cfg.maxChars, points);
  if (nPoints < 0) {
    // NFKC may lengthen the text (ﬁ → fi): the prepared code points may not fit.
    nPoints = codePoints(prepare(text, cfg.maxChars));
    if (nPoints > FAST_POINTS) return vectorMargin(weights, bias, text, cfg, rules);
    points.set(pointBuf.subarray(0, nPoints));
  }
  const maxN = cfg.maxN;
  const maxFeatures = nPoints * maxN;
  if (maxFeatures > FAST_FEATURES) return vectorMargin(weights, bias, text, cfg, rules);
  const mask = (1 << cfg.bits) - 1;
  let slots = 256;
  while (slots < 2 * maxFeatures) slots *= 2;
  const slotMask = slots - 1;
  let nTouched = 0;
  if (maxN === 3) {
    for (let i = 0; i < nPoints; i++) {
      const c0 = points[i]!;
      if (c0 === 32) continue; // a lone space is not a feature, nor are grams starting with one
      let h = Math.imul(FNV_OFFSET ^ c0, FNV_PRIME);
      nTouched = countBucket((h ^ (h >>> 16)) & mask, nTouched, slotMask);
      if (i + 1 < nPoints) {
        h = Math.imul(h ^ points[i + 1]!, FNV_PRIME);
        nTouched = countBucket((h ^ (h >>> 16)) & mask, nTouched, slotMask);
        if (i + 2 < nPoints) {
          h = Math.imul(h ^ points[i + 2]!, FNV_PRIME);
          nTouched = countBucket((h ^ (h >>> 16)) & mask, nTouched, slotMask);
        }
      }
    }
  } else {
    for (let i = 0; i < nPoints; i++) {
      let h = FNV_OFFSET | 0;
      for (let n = 1; n <= maxN && i + n <= nPoints; n++) {
        const cp = points[i + n - 1]!;
        h = Math.imul(h ^ cp, FNV_PRIME);
        if (n === 1 && cp === 32) break;
        nTouched = countBucket((h ^ (h >>> 16)) & mask, nTouched, slotMask);
      }
    }
  }
  const fv = touchedValue;
  let norm = 0;
  for (let j = 0; j < nTouched; j++) {
    const at = slotOf[j]!;
    const count = slotCount[at]!;
    const v = count < ONE_PLUS_LOG.length ? ONE_PLUS_LOG[count]! : 1 + Math.log(count);
    slotKey[at] = -1;
    fv[j] = v;
    norm += v * v;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const { q, scale } = weights;
  byteWeights(q, scale);
  const w = lastTable;
  const qb = lastBytes;
  let z = bias;
  for (let j = 0; j < nTouched; j++) z += w[qb[bucketOf[j]!]!]! * Math.fround(fv[j]! * inv);
  if (cfg.rules && rules) {
    // featurize keeps at most 24 rule features (its `need - 8` bound).
    let n = 0;
    let stagesSeen = 0;
    for (const id of rules) {
      if (n >= 24) break;
      const r = ruleHashes(id);
      z += Math.fround(q[bucket(r.id, mask)]! * scale); n++;
      if (r.stage !== 0 && (stagesSeen & r.stageBit) === 0) {
        stagesSeen |= r.stageBit;
        z += Math.fround(q[bucket(r.stage, mask)]! * scale); n++;
      }
    }
  }
  return z;
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function dot(weights: Float32Array, bias: number, x: SparseVector): number {
  let z = bias;
  for (let i = 0; i < x.index.length; i++) z += weights[x.index[i]!]! * x.value[i]!;
  return z;
}
