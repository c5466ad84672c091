/**
 * Normalise text for matching while keeping, for every output character, the span of the
 * ORIGINAL text it came from, so evidence can be shown where the citizen sees it.
 *
 * Steps (each skipped when it cannot apply, because most utterances need none of them):
 *  1. NFKC (full-width → half-width, circled digits…) and ASCII lower-case;
 *  2. traditional → simplified, per character, from OpenCC's tables (length-preserving);
 *  3. drop zero-width characters and the separators scammers put between Chinese characters
 *     ("验 证 码", "验.证.码");
 *  4. runs of 3+ Chinese numerals → ASCII digits ("六二二八" → "6228");
 *  5. fold the playbook's evasion variants (薇信 → 微信, 扣扣 → qq).
 * Steps 2–4 only touch CJK text, so they are harmless for other languages.
 */
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import * as OpenCC from 'opencc-js/t2cn';

export interface Normalised {
  /** The normalised text that cues are matched against. */
  text: string;
  /** For each UTF-16 unit of `text`: start and end (exclusive) in the original. */
  start: Int32Array;
  end: Int32Array;
}

/** Map a span of the normalised text back to the original text. */
export function toOriginal(n: Normalised, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const p = start < n.start.length ? n.start[start]! : (n.end[n.end.length - 1] ?? 0);
    return { start: p, end: p };
  }
  return { start: n.start[start]!, end: n.end[end - 1]! };
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e]);
/** Separators removed when they sit between two CJK characters (spacing tricks). */
const CJK_SEPARATORS = new Set([...' \t\u3000·•.*_~|-/\\、'].map((c) => c.codePointAt(0)!));
const CHINESE_DIGITS: Record<string, string> = {
  零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
  壹: '1', 贰: '2', 叁: '3', 肆: '4', 伍: '5', 陆: '6', 柒: '7', 捌: '8', 玖: '9',
};

const isCjk = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

/** traditional → simplified per character, built once from OpenCC's converter. */
let t2s: Map<string, string> | null = null;
function traditionalTable(): Map<string, string> {
  if (t2s) return t2s;
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  const chars: string[] = [];
  for (let c = 0x4e00; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  // One char per line so OpenCC's phrase tables cannot join neighbours.
  const converted = convert(chars.join('\n')).split('\n');
  t2s = new Map();
  if (converted.length === chars.length) {
    for (let i = 0; i < chars.length; i++) {
      const to = converted[i]!;
      if (to !== chars[i] && to.length === 1) t2s.set(chars[i]!, to);
    }
  }
  return t2s;
}

/** A compiled set of variant spellings (lower-case, NFKC'd keys) → canonical words. */
export interface VariantFolder {
  matcher: AhoCorasick | null;
  map: Map<string, string>;
}

export function compileVariants(variants: Record<string, string>): VariantFolder {
  const map = new Map<string, string>();
  for (const [from, to] of Object.entries(variants)) {
    // Keys go through steps 1–4 so they match normalised text.
    const key = normaliseBase(from).text;
    if (key.length > 0 && key !== to) map.set(key, to);
  }
  return { matcher: map.size ? new AhoCorasick([...map.keys()]) : null, map };
}

/** Steps 1–4. */
function normaliseBase(original: string): Normalised {
  // 1. NFKC + lower-case, 1:1 when lengths agree (the usual case), per code point otherwise.
  let text = original.normalize('NFKC');
  let start: Int32Array;
  let end: Int32Array;
  if (text.length === original.length) {
    start = new Int32Array(text.length);
    end = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) { start[i] = i; end[i] = i + 1; }
  } else {
    const out: string[] = [];
    const s: number[] = [];
    const e: number[] = [];
    for (let i = 0; i < original.length;) {
      const cp = original.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const piece = original.slice(i, i + width).normalize('NFKC');
      for (let k = 0; k < piece.length; k++) { out.push(piece[k]!); s.push(i); e.push(i + width); }
      i += width;
    }
    text = out.join('');
    start = Int32Array.from(s);
    end = Int32Array.from(e);
  }
  const lower = text.toLowerCase();
  if (lower.length === text.length) text = lower; // a few letters lower-case to 2 units: keep those as they are

  // 2–4 only matter when there is CJK text.
  let hasCjk = false;
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) { hasCjk = true; break; }
  let hasZeroWidth = false;
  for (let i = 0; i < text.length; i++) if (ZERO_WIDTH.has(text.charCodeAt(i))) { hasZeroWidth = true; break; }
  if (!hasCjk && !hasZeroWidth) return { text, start, end };

  const table = hasCjk ? traditionalTable() : null;
  const chars: string[] = [];
  const s: number[] = [];
  const e: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (ZERO_WIDTH.has(c)) continue;
    if (CJK_SEPARATORS.has(c) && chars.length > 0 && isCjk(chars[chars.length - 1]!.charCodeAt(0))) {
      // Skip a short run of separators only if a CJK character follows it.
      let j = i;
      while (j < n && j - i < 3 && (CJK_SEPARATORS.has(text.charCodeAt(j)) || ZERO_WIDTH.has(text.charCodeAt(j)))) j++;
      if (j < n && isCjk(text.charCodeAt(j))) { i = j - 1; continue; }
    }
    const ch = text[i]!;
    chars.push(table?.get(ch) ?? ch);
    s.push(start[i]!);
    e.push(end[i]!);
  }
  // 4. Chinese numeral runs of 3+ → digits (1:1, so the maps do not change).
  for (let i = 0; i < chars.length;) {
    if (CHINESE_DIGITS[chars[i]!] === undefined) { i++; continue; }
    let j = i;
    while (j < chars.length && CHINESE_DIGITS[chars[j]!] !== undefined) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) chars[k] = CHINESE_DIGITS[chars[k]!]!;
    i = j;
  }
  return { text: chars.join(''), start: Int32Array.from(s), end: Int32Array.from(e) };
}

/** Normalise one utterance. `variants` comes from the playbook (compiled once). */
export function normalise(original: string, variants?: VariantFolder): Normalised {
  const base = normaliseBase(original);
  if (!variants?.matcher || !variants.matcher.hasKeywordInText(base.text)) return base;
  // 5. Fold variants, leftmost-longest, non-overlapping.
  const matches = variants.matcher.matchInText(base.text)
    .sort((a, b) => a.begin - b.begin || b.end - a.end);
  const chars: string[] = [];
  const s: number[] = [];
  const e: number[] = [];
  let pos = 0;
  for (const m of matches) {
    if (m.begin < pos) continue;
    if (!asciiBoundaryOk(base.text, m.begin, m.end)) continue;
    for (let i = pos; i < m.begin; i++) { chars.push(base.text[i]!); s.push(base.start[i]!); e.push(base.end[i]!); }
    const to = variants.map.get(m.keyword)!;
    for (const ch of to) { chars.push(ch); s.push(base.start[m.begin]!); e.push(base.end[m.end - 1]!); }
    pos = m.end;
  }
  for (let i = pos; i < base.text.length; i++) { chars.push(base.text[i]!); s.push(base.start[i]!); e.push(base.end[i]!); }
  return { text: chars.join(''), start: Int32Array.from(s), end: Int32Array.from(e) };
}

const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/**
 * ASCII words match only as whole words ("vx" not inside "vxworks", "code" not inside "barcode");
 * CJK has no spaces, so CJK edges are always boundaries.
 */
export function asciiBoundaryOk(text: string, begin: number, end: number): boolean {
  if (isAsciiLetter(text.charCodeAt(begin)) && begin > 0 && isAsciiLetter(text.charCodeAt(begin - 1))) return false;
  if (isAsciiLetter(text.charCodeAt(end - 1)) && end < text.length && isAsciiLetter(text.charCodeAt(end))) return false;
  return true;
}

/** Normalise a cue term or guard exactly as text is normalised, so they meet. */
export function normaliseTerm(term: string, variants?: VariantFolder): string {
  return normalise(term, variants).text;
}
