/**
 * Normalise text for matching while keeping, for every output character, the span of the
 * ORIGINAL text it came from, so evidence can be shown where the citizen sees it.
 *
 * Steps (each skipped when it cannot apply, because most utterances need none of them):
 *  1. NFKC (full-width → half-width, circled digits…) and ASCII lower-case;
 *  2. traditional → simplified, per character, from OpenCC's tables (length-preserving);
 *  3. drop zero-width characters and the separators scammers put between Chinese characters
 *     ("验 证 码", "验.证.码", "验+证+码", emoji and symbols: "验❤证🔥码", "屏★幕"), including a lone
 *     Latin letter spaced out among them ("加 V 信", "加 v❤x") so the evasion spellings of step 5
 *     meet; a run of up to SEPARATOR_RUN code units between two characters (a spaced-out word, an
 *     emoji with its skin tone or variation selector);
 *  4. runs of 3+ Chinese numerals → ASCII digits ("六二二八" → "6228");
 *  5. fold the playbook's evasion variants (薇信 → 微信, 扣扣 → qq).
 * Steps 2–4 only touch CJK text, so they are harmless for other languages.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { TermAutomaton } from '../match/automaton.ts';

export interface Normalised {
  /** The normalised text that cues are matched against. */
  text: string;
  /**
   * For each UTF-16 unit of `text`: start and end (exclusive) in the original. Null when the
   * text came through unchanged in length and position (most utterances): offsets are then 1:1.
   */
  start: Int32Array | null;
  end: Int32Array | null;
}

const startOf = (n: Normalised, i: number): number => (n.start ? n.start[i]! : i);
const endOf = (n: Normalised, i: number): number => (n.end ? n.end[i]! : i + 1);

/** Map a span of the normalised text back to the original text. */
export function toOriginal(n: Normalised, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const p = start < n.text.length ? startOf(n, start) : (n.text.length > 0 ? endOf(n, n.text.length - 1) : 0);
    return { start: p, end: p };
  }
  return { start: startOf(n, start), end: endOf(n, end - 1) };
}

/**
 * Invisible characters dropped wherever they are: zero-width spaces and joiners, the soft hyphen,
 * the word joiner and invisible operators, and the bidirectional marks, embeddings, overrides and
 * isolates (U+200E/F, U+061C, U+202A–202E, U+2066–2069) that a sender slips into a name
 * ("淘\u200b宝客服", "京\u202e东") to hide it from a word match, and combining marks NFKC leaves.
 */
const ZERO_WIDTH = new Set([
  0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x00ad, 0x180e, 0x034f,
  0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
  // Combining marks (U+0300–036F and the other combining blocks): an accent stacked on a Chinese
  // character ("退\u0301款") only hides the word; precomposed letters (é, ñ, ü) are not marks and stay.
  ...range(0x0300, 0x036f), ...range(0x1ab0, 0x1aff), ...range(0x1dc0, 0x1dff), ...range(0x20d0, 0x20ff), ...range(0xfe20, 0xfe2f),
]);
function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}
/** Separators removed when they sit between two CJK characters (spacing tricks). */
// Not 、，, ; : or quotes: ordinary punctuation between listed words and clauses (and quotes frame a
// warning's examples), not an evasion.
const CJK_SEPARATORS = new Set([...' \t\u3000·•.*_~|-/\\+=#^`'].map((c) => c.codePointAt(0)!));
/** Longest separator run (UTF-16 code units) dropped between two characters: "验    证", "验👍🏻证". */
const SEPARATOR_RUN = 6;

/**
 * A symbol or pictograph put between characters to break up a word: dingbats and miscellaneous
 * symbols (❤ ★ ☎ ✔), arrows, geometric shapes (● ◆ ■), variation selectors, and the emoji planes
 * (high surrogates U+D83C–D83E and their low halves; not other astral CJK: those are words).
 */
function isSymbolUnit(c: number): boolean {
  return (c >= 0x2190 && c <= 0x21ff) || (c >= 0x2300 && c <= 0x23ff) || (c >= 0x25a0 && c <= 0x27bf)
    || (c >= 0x2b00 && c <= 0x2bff) || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xd83c && c <= 0xd83e);
}

/** Length in code units of the separator at `j` (a spacing character, a symbol or an emoji), else 0. */
function separatorAt(text: string, j: number): number {
  const c = text.charCodeAt(j);
  if (CJK_SEPARATORS.has(c) || ZERO_WIDTH.has(c)) return 1;
  if (!isSymbolUnit(c)) return 0;
  if (c >= 0xd83c && c <= 0xd83e) {
    const lo = text.charCodeAt(j + 1);
    return lo >= 0xdc00 && lo <= 0xdfff ? 2 : 0;
  }
  return 1;
}

/** End of the separator run starting at `i` (at most SEPARATOR_RUN code units), or `i` if none. */
function separatorRunEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    const len = separatorAt(text, j);
    if (len === 0 || j + len - i > SEPARATOR_RUN) return j;
    j += len;
  }
}
const CHINESE_DIGITS: Record<string, string> = {
  零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
  壹: '1', 贰: '2', 叁: '3', 肆: '4', 伍: '5', 陆: '6', 柒: '7', 捌: '8', 玖: '9',
};

const CHINESE_DIGIT_CODES = new Set(Object.keys(CHINESE_DIGITS).map((c) => c.charCodeAt(0)));
/** Chinese numeral code unit → its ASCII digit's code (0: not a numeral). */
const DIGIT_OF = new Uint16Array(0x10000);
for (const [c, d] of Object.entries(CHINESE_DIGITS)) DIGIT_OF[c.charCodeAt(0)] = d.charCodeAt(0);

/**
 * Is the separator run starting at `i` (up to 3 characters) spacing out text: after a CJK character
 * (or a lone letter right after one, "加v x") and before a CJK character or a lone Latin letter?
 */
function separatedCjk(text: string, i: number): boolean {
  const p = text.charCodeAt(i - 1);
  if (!isCjk(p) && !(isAsciiLetter(p) && i > 1 && isCjk(text.charCodeAt(i - 2)))) return false;
  const j = separatorRunEnd(text, i);
  return j > i && j < text.length && (isCjk(text.charCodeAt(j)) || loneLetterAt(text, j));
}

const isCjk = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

const isAsciiAlnum = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);

/** A single ASCII letter not part of a longer word or number ("V" in "加 V 信", not "a" in "app"). */
function loneLetterAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) return false;
  return j + 1 >= text.length || !isAsciiAlnum(text.charCodeAt(j + 1));
}

/**
 * Does the output so far end in spaced-out text: a CJK character, or a lone Latin letter joined to
 * one ("加v" of "加 v x")? English words ("a b c" after a space) never qualify.
 */
function spacedOutBefore(chars: readonly number[]): boolean {
  const p = chars[chars.length - 1]!;
  if (isCjk(p)) return true;
  if (chars.length < 2 || !((p >= 0x61 && p <= 0x7a) || (p >= 0x41 && p <= 0x5a))) return false;
  const q = chars[chars.length - 2]!;
  if (isCjk(q)) return true;
  // Two letters at most ("w x" → "wx"): a third is an English run, not an evasion.
  return chars.length >= 3 && ((q >= 0x61 && q <= 0x7a) || (q >= 0x41 && q <= 0x5a)) && isCjk(chars[chars.length - 3]!);
}

/** traditional → simplified per character, built once from OpenCC's converter. */
let t2s: Map<string, string> | null = null;
/** One flag per CJK code point: is it a traditional form? Checked on every character, so an array. */
const isTraditional = new Uint8Array(0x10000);
/** Traditional code unit → simplified code unit (0: not traditional), filled with `t2s`. */
const simplifiedOf = new Uint16Array(0x10000);
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
      if (to !== chars[i] && to.length === 1) {
        t2s.set(chars[i]!, to);
        isTraditional[chars[i]!.charCodeAt(0)] = 1;
        simplifiedOf[chars[i]!.charCodeAt(0)] = to.charCodeAt(0);
      }
    }
  }
  return t2s;
}

/** A compiled set of variant spellings (lower-case, NFKC'd keys) → canonical words. */
export interface VariantFolder {
  /**
   * The keys in the engine's own automaton (src/match/automaton.ts: term id = index in `keys`,
   * ASCII keys as whole words only), null when there are none. The model folds every scored turn
   * with it (src/model/text.ts), so it is the scan of the cue matcher, not a library's (BENCHMARKS.md).
   */
  automaton: TermAutomaton | null;
  keys: readonly string[];
  map: Map<string, string>;
}

export function compileVariants(variants: Record<string, string>): VariantFolder {
  const map = new Map<string, string>();
  for (const [from, to] of Object.entries(variants)) {
    // Keys go through steps 1–4 so they match normalised text.
    const key = normaliseBase(from).text;
    if (key.length > 0 && key !== to) map.set(key, to);
  }
  const keys = [...map.keys()];
  return { automaton: keys.length > 0 ? new TermAutomaton(new Map(keys.map((k, i) => [k, i]))) : null, keys, map };
}

/**
 * Does steps 2–4 have anything to do? One pass of char-code checks, so the usual utterance
 * (already simplified, no tricks) skips the rewriting and keeps 1:1 offsets.
 */
function needsRewrite(text: string): boolean {
  const flags = charFlags();
  let digitRun = 0;
  for (let i = 0; i < text.length; i++) {
    const f = flags[text.charCodeAt(i)]!;
    if (f === 0) { digitRun = 0; continue; }
    if (f & (FLAG_ZERO_WIDTH | FLAG_TRADITIONAL)) return true;
    if (f & FLAG_DIGIT) { if (++digitRun >= 3) return true; } else digitRun = 0;
    if (f & FLAG_SEPARATOR && i > 0 && separatedCjk(text, i)) return true;
  }
  return false;
}

const FLAG_ZERO_WIDTH = 1;
const FLAG_TRADITIONAL = 2;
const FLAG_DIGIT = 4;
const FLAG_SEPARATOR = 8;
const FLAG_NFKC_SLOW = 16;
let flagTable: Uint8Array | null = null;
/** One byte per UTF-16 code unit saying which rewrite it may need: one lookup per character. */
function charFlags(): Uint8Array {
  if (flagTable) return flagTable;
  traditionalTable();
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (isTraditional[c]) t[c] = FLAG_TRADITIONAL;
  for (const c of ZERO_WIDTH) t[c]! |= FLAG_ZERO_WIDTH;
  for (const c of CHINESE_DIGIT_CODES) t[c]! |= FLAG_DIGIT;
  for (const c of CJK_SEPARATORS) t[c]! |= FLAG_SEPARATOR;
  for (let c = 0; c < 0x10000; c++) if (isSymbolUnit(c)) t[c]! |= FLAG_SEPARATOR;
  // Characters NFKC may change other than full-width forms: the fast path leaves them to ICU.
  for (let c = 0; c < 0x10000; c++) {
    const plain = (c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || (c >= 0x4e00 && c <= 0x9fff)
      || (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || (c >= 0x3001 && c <= 0x3002) || (c >= 0x3008 && c <= 0x3011)
      || (c >= 0x3014 && c <= 0x301b) || (c >= 0x2018 && c <= 0x201d) || c === 0x00b7;
    if (!plain) t[c]! |= FLAG_NFKC_SLOW;
  }
  flagTable = t;
  return t;
}

/**
 * The usual utterance in one pass: every character is printable ASCII, a CJK ideograph, common
 * CJK punctuation or a full-width form, so NFKC, lower-casing and traditional → simplified are
 * all 1:1 table lookups, and nothing is deleted. Returns null when the slow path is needed.
 */
function fastPath(original: string): Normalised | null {
  const n = original.length;
  const flags = charFlags();
  const table = oneToOne();
  const out = n <= SCRATCH.length ? SCRATCH : new Uint16Array(n);
  let changed = false;
  let digitRun = 0;
  let numerals = false;
  let separators = false;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    const f = flags[c]!;
    if (f & (FLAG_NFKC_SLOW | FLAG_ZERO_WIDTH)) return null;
    if (f & FLAG_DIGIT) { if (++digitRun >= 3) numerals = true; } else digitRun = 0;
    if (f & FLAG_SEPARATOR && i > 0) {
      if (separatedCjk(original, i)) return null;
      separators = true;
    }
    const m = table[c]!;
    if (m !== 0) { out[i] = m; changed = true; } else out[i] = c;
  }
  // 4. Chinese numeral runs of 3+ → digits, 1:1 as on the slow path (a run of the original's
  // numerals decides that there is one; the runs are then read on the simplified text, as there).
  if (numerals) {
    // With a separator too, the slow path (which reads separators on the rewritten text) decides.
    if (separators) return null;
    for (let i = 0; i < n;) {
      if (DIGIT_OF[out[i]!] === 0) { i++; continue; }
      let j = i;
      while (j < n && DIGIT_OF[out[j]!] !== 0) j++;
      if (j - i >= 3) for (let k = i; k < j; k++) { out[k] = DIGIT_OF[out[k]!]!; changed = true; }
      i = j;
    }
  }
  if (!changed) return { text: original, start: null, end: null };
  let text = '';
  for (let i = 0; i < n; i += 4096) text += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return { text, start: null, end: null };
}
const SCRATCH = new Uint16Array(4096);

let oneToOneTable: Uint16Array | null = null;
/** Char code → replacement for the 1:1 rewrites (0 = unchanged): full width, upper case, traditional. */
function oneToOne(): Uint16Array {
  if (oneToOneTable) return oneToOneTable;
  const t = new Uint16Array(0x10000);
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  for (let c = 0xff01; c <= 0xff5e; c++) {
    const ascii = c - 0xfee0;
    t[c] = ascii >= 0x41 && ascii <= 0x5a ? ascii + 0x20 : ascii;
  }
  t[0x3000] = 0x20;
  for (const [from, to] of traditionalTable()) t[from.charCodeAt(0)] = to.charCodeAt(0);
  oneToOneTable = t;
  return t;
}

/** Steps 1–4: the one-pass fast path when it applies, else each step with its offset maps. */
function normaliseBase(original: string): Normalised {
  const fast = fastPath(original);
  if (fast) return fast;
  // The slow path (a few percent of utterances). 1. NFKC + lower-case, 1:1 when lengths agree,
  // per code point otherwise.
  let text = original.normalize('NFKC');
  let start: Int32Array | null = null;
  let end: Int32Array | null = null;
  if (text.length !== original.length) {
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
  if (!needsRewrite(text)) return { text, start, end };

  // Code units, not one-character strings: this path runs on every spaced-out transcript line.
  traditionalTable();
  const chars: number[] = [];
  const s: number[] = [];
  const e: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (ZERO_WIDTH.has(c)) continue;
    if ((CJK_SEPARATORS.has(c) || isSymbolUnit(c)) && chars.length > 0 && spacedOutBefore(chars)) {
      // Skip a short run of separators only if a CJK character or a lone Latin letter follows it.
      const j = separatorRunEnd(text, i);
      if (j > i && j < n && (isCjk(text.charCodeAt(j)) || loneLetterAt(text, j))) { i = j - 1; continue; }
    }
    chars.push(simplifiedOf[c] || c);
    s.push(start ? start[i]! : i);
    e.push(end ? end[i]! : i + 1);
  }
  // 4. Chinese numeral runs of 3+ → digits (1:1, so the maps do not change).
  for (let i = 0; i < chars.length;) {
    if (DIGIT_OF[chars[i]!] === 0) { i++; continue; }
    let j = i;
    while (j < chars.length && DIGIT_OF[chars[j]!] !== 0) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) chars[k] = DIGIT_OF[chars[k]!]!;
    i = j;
  }
  let out = '';
  for (let i = 0; i < chars.length; i += 4096) out += String.fromCharCode.apply(null, chars.slice(i, i + 4096));
  return { text: out, start: Int32Array.from(s), end: Int32Array.from(e) };
}

/** Normalise one utterance. `variants` comes from the playbook (compiled once). */
export function normalise(original: string, variants?: VariantFolder): Normalised {
  const base = normaliseBase(original);
  if (!variants?.automaton) return base;
  // 5. Fold variants, leftmost-longest, non-overlapping. The scan reports whole-word occurrences
  // only (asciiBoundaryOk), by end; they are read by start, the longest first.
  const found: VariantMatch[] = [];
  variants.automaton.scan(base.text, (key, begin, end) => { found.push({ key, begin, end }); });
  if (found.length === 0) return base;
  const matches = found.sort((a, b) => a.begin - b.begin || b.end - a.end);
  const chars: string[] = [];
  const s: number[] = [];
  const e: number[] = [];
  let pos = 0;
  for (const m of matches) {
    if (m.begin < pos) continue;
    for (let i = pos; i < m.begin; i++) { chars.push(base.text[i]!); s.push(startOf(base, i)); e.push(endOf(base, i)); }
    const to = variants.map.get(variants.keys[m.key]!)!;
    for (const ch of to) { chars.push(ch); s.push(startOf(base, m.begin)); e.push(endOf(base, m.end - 1)); }
    pos = m.end;
  }
  for (let i = pos; i < base.text.length; i++) { chars.push(base.text[i]!); s.push(startOf(base, i)); e.push(endOf(base, i)); }
  return { text: chars.join(''), start: Int32Array.from(s), end: Int32Array.from(e) };
}

interface VariantMatch { key: number; begin: number; end: number }

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
