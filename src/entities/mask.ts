/**
 * Mask what identifies a victim (bank cards, ID numbers, phone numbers, verification codes)
 * before anything is logged or stored.
 *
 * Works on the NORMALISED text (the engine's normaliser: full width, Chinese and capital numerals,
 * zero-width and spacing tricks) and maps each masked character back through the offset map, so
 * a number is masked however it is written: `6222.0212.3456.7890.128`, `138/1234/5678`,
 * `(138)1234-5678`, `壹叁捌壹贰叁肆伍陆柒捌`, `110105.19491231.002X`, a mobile inside a URL.
 * Digit groups joined by short separator runs are read as one candidate and checked the way the
 * entity recogniser checks numbers (mobile prefixes, Luhn, the ID checksum); any single run of
 * 12+ digits is masked whatever it is. Linear: each group is looked at from at most 19 digits back.
 *
 * The output has the same length as the input: masked code units become `*`, nothing else moves.
 */
import { normalise, toOriginal } from '../normalise/normalise.ts';
import type { Normalised } from '../normalise/normalise.ts';
import { classifyDigits, extractEntities, isPublicNumber } from './entities.ts';

const MASKED = new Set(['bank-card', 'id-number', 'phone', 'code']);


/** What may sit between the digit groups of one written number: spaces, dots, dashes, slashes, commas, brackets. */
// Not ':' — times (13:45) and host:port (127.0.0.1:39207) are not numbers anyone dictates.
const JOINERS = new Set([...' \t.-_/\\,，、·()（）~|'].map((c) => c.charCodeAt(0)));
const MAX_JOIN = 3;
const MAX_DIGITS = 19; // the longest card number
const CATCH_ALL_DIGITS = 12;

const DIGIT_LIKE = /[0-9０-９〇零一二三四五六七八九幺壹贰叁肆伍陆柒捌玖貳參陸\u00b2\u00b3\u00b9\u2070-\u2089\u2460-\u24ff\u2776-\u2793\ud835]/;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => c >= 97 && c <= 122;

interface Group { start: number; end: number; digits: string }

/**
 * Maximal digit runs of the normalised text. An ID's check character x belongs to the run before
 * it, also when written apart ("… 638 X"): a lone x after a separator becomes a group of its own.
 */
function digitGroups(t: string): Group[] {
  const out: Group[] = [];
  for (let i = 0; i < t.length;) {
    const c = t.charCodeAt(i);
    if (c === 120 /* x */ && out.length > 0 && i - out[out.length - 1]!.end <= MAX_JOIN && !isLetter(t.charCodeAt(i + 1))
      && !isLetter(t.charCodeAt(i - 1))) {
      out.push({ start: i, end: i + 1, digits: 'x' });
      i++;
      continue;
    }
    if (!isDigit(c)) { i++; continue; }
    let j = i;
    while (j < t.length && isDigit(t.charCodeAt(j))) j++;
    if (t[j] === 'x') j++;
    out.push({ start: i, end: j, digits: t.slice(i, j) });
    i = j;
  }
  return out;
}

/** Can group b follow group a as part of the same written number? */
function joined(t: string, a: Group, b: Group): boolean {
  if (a.digits.endsWith('x')) return false;
  const gap = b.start - a.end;
  if (gap > MAX_JOIN) return false;
  for (let k = a.end; k < b.start; k++) if (!JOINERS.has(t.charCodeAt(k))) return false;
  return true;
}

type Kind = 'bank-card' | 'id-number' | 'phone' | 'code' | 'long';
interface Span { start: number; end: number; kind: Kind }

const personal = (kind: string | null, digits: string): kind is 'bank-card' | 'id-number' | 'phone' =>
  kind === 'bank-card' || kind === 'id-number' || (kind === 'phone' && !isPublicNumber(digits));

/**
 * Numbers written with any separators: for each group, the longest run of following joined
 * groups (≤ 19 digits) whose digits classify as a phone, card or ID; then jump past it.
 */
function separatedNumbers(t: string, groups: Group[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < groups.length;) {
    // A written number starts with a group of two or more digits; a lone digit ("127.0.0.1") does not start one.
    if (groups[i]!.digits.length < 2) { i++; continue; }
    let digits = '';
    let best: Span | null = null;
    let bestNext = i + 1;
    for (let j = i; j < groups.length; j++) {
      if (j > i && !joined(t, groups[j - 1]!, groups[j]!)) break;
      digits += groups[j]!.digits;
      if (digits.length > MAX_DIGITS + 1) break;
      const plus = t[groups[i]!.start - 1] === '+' ? '+' : '';
      const kind = classifyDigits(plus + digits);
      if (personal(kind, digits.replace(/x$/, ''))) {
        best = { start: groups[i]!.start, end: groups[j]!.end, kind };
        bestNext = j + 1;
      }
    }
    if (best) { out.push(best); i = bestNext; } else i++;
  }
  return out;
}

/** Spans (in the normalised text) of everything to mask, with the rule that found each. */
function maskSpans(n: Normalised): Span[] {
  const t = n.text;
  const spans: Span[] = [];
  for (const e of extractEntities(t)) {
    if (MASKED.has(e.kind) && !(e.kind === 'phone' && isPublicNumber(e.value))) spans.push({ start: e.start, end: e.end, kind: e.kind as Kind });
  }
  const groups = digitGroups(t);
  spans.push(...separatedNumbers(t, groups));
  // Any long digit run left (a card that fails Luhn, a mistyped ID) is masked too: better safe.
  for (const g of groups) if (g.digits.length >= CATCH_ALL_DIGITS) spans.push({ start: g.start, end: g.end, kind: 'long' });
  return spans;
}

/** How many of a span's digits stay visible at the head and the tail. */
const KEEP: Record<Kind, [number, number]> = {
  'bank-card': [0, 4], 'id-number': [2, 0], phone: [3, 4], code: [0, 0], long: [0, 4],
};

/** The number of digit characters (0-9, x) in t[start, end). */
function digitCount(t: string, start: number, end: number): number {
  let c = 0;
  for (let k = start; k < end; k++) if (isDigit(t.charCodeAt(k)) || t[k] === 'x') c++;
  return c;
}

export function maskPII(text: string): string {
  // Nothing digit-like at all (most strings in a snapshot): nothing to do. The class lists every
  // character NFKC or the numeral step turns into a digit (full width, circled, super/subscript, math).
  if (!DIGIT_LIKE.test(text)) return text;
  const n = normalise(text);
  const spans = maskSpans(n);
  if (spans.length === 0) return text;
  const hide = new Uint8Array(text.length);
  for (const s of spans) {
    const [head, tail] = KEEP[s.kind];
    const total = digitCount(n.text, s.start, s.end);
    let seen = 0;
    for (let k = s.start; k < s.end; k++) {
      const c = n.text.charCodeAt(k);
      if (!isDigit(c) && n.text[k] !== 'x') continue;
      const idx = seen++;
      if (idx < head || idx >= total - tail) continue;
      const o = toOriginal(n, k, k + 1);
      for (let p = o.start; p < o.end; p++) hide[p] = 1;
    }
  }
  let out = '';
  let from = 0;
  for (let p = 0; p < text.length; p++) {
    if (!hide[p]) continue;
    out += text.slice(from, p) + '*';
    from = p + 1;
  }
  return out + text.slice(from);
}

/** Every string in a JSON value, masked (object keys are ours, so they are left alone). */
export function maskDeep<T>(value: T, depth = 0): T {
  if (depth > 32) return value;
  if (typeof value === 'string') return maskPII(value) as T;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskDeep(v, depth + 1);
    return out as T;
  }
  return value;
}
