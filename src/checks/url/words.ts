/**
 * The words a look-alike host is glued from: brand names (jd, taobao, 12123, paypal), lure words
 * (tuikuan, refund, redelivery, jifen), state words (gov, zhengfu, guojia) and filler (www, cn).
 * `segment` splits one label part into such words when it is made of nothing else
 * ("jdtuikuan" → jd + tuikuan, "guojiacaipiaozhongxin" → guojia + caipiao + zhongxin,
 * "etcgov" → etc + gov), so a new brand or lure word in the data covers every way of gluing it.
 * A part with any letters left over ("pineapple", "sketchup") is not split: ordinary words stay
 * ordinary. Cost: O(part length × longest word), parts are ≤ 63 characters.
 */
import { parse as parseDomain } from 'tldts';
import { BRANDS, brandById, FILLER_WORDS, REFUND_WORDS, STATE_WORDS, type Brand } from '../data/official-domains.ts';
import { OFFICIAL_NUMBERS } from '../data/official-numbers.ts';
import { skeleton } from './skeleton.ts';

export type WordKind = 'brand' | 'lure' | 'state' | 'filler' | 'digits';

export interface Word {
  text: string;
  kind: WordKind;
  /** For brand words. */
  brand?: Brand;
}

const VOCAB = new Map<string, Word>();
const put = (text: string, w: Word): void => {
  if (/^[a-z0-9]+$/.test(text) && !VOCAB.has(text)) VOCAB.set(text, w);
};
// Brand tokens, then state and lure words, then the brands' domain labels: a label that is also a
// lure word (vip.com is 唯品会) reads as the lure word inside a longer host.
for (const b of BRANDS) {
  for (const t of [...b.tokens, ...(b.wordTokens ?? [])]) put(t, { text: t, kind: 'brand', brand: b });
}
for (const w of STATE_WORDS) put(w, { text: w, kind: 'state' });
for (const w of REFUND_WORDS) put(w, { text: w, kind: 'lure' });
for (const b of BRANDS) {
  for (const d of b.domains) {
    const label = parseDomain(d).domainWithoutSuffix ?? '';
    // Labels of one or two characters (3.cn, a.co, wo.cn) and short numbers (122, 189) name no
    // one inside another word, except the two every scam uses (jd, qq) and two couriers' (sf, tb).
    const ok = /^\d+$/.test(label) ? label.length >= 5 : label.length >= 3 || ['jd', 'qq', 'sf', 'tb'].includes(label);
    if (ok) put(label, { text: label, kind: 'brand', brand: b });
  }
}
// A brand's published hotline in a host (95588-kefu.com) names the brand as much as its name does.
for (const n of OFFICIAL_NUMBERS) {
  const b = brandById(n.brand);
  if (b && n.number.length >= 5 && n.number.length <= 8) put(n.number, { text: n.number, kind: 'brand', brand: b });
}
for (const w of FILLER_WORDS) put(w, { text: w, kind: 'filler' });
/** The vocabulary as a trie over a–z0–9 (36 children a node), so a split walks only real prefixes. */
const CHILD = 36;
const trieNext: number[] = [];
const trieWord: (Word | null)[] = [];
const newNode = (): number => { for (let k = 0; k < CHILD; k++) trieNext.push(-1); trieWord.push(null); return trieWord.length - 1; };
newNode();
const slot = (c: number): number => (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + c - 48 : -1);
for (const [text, w] of VOCAB) {
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    const k = slot(text.charCodeAt(i));
    let next = trieNext[node * CHILD + k]!;
    if (next < 0) { next = newNode(); trieNext[node * CHILD + k] = next; }
    node = next;
  }
  trieWord[node] = w;
}

export const wordOf = (text: string): Word | undefined => VOCAB.get(text);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Split `part` (lower-case letters and digits, ≤ 63) into vocabulary words and digit runs, fewest
 * pieces first; null when some letters belong to no word. Digit runs are free pieces (jd2024).
 */
const UNREACHED = 1 << 30;
/** Scratch rows (parts are ≤ 63 characters; the checker is synchronous, so one pair is enough). */
const COST = new Int32Array(64);
const FROM = new Int32Array(64);

export function segment(part: string): Word[] | null {
  const n = part.length;
  if (n === 0 || n > 63 || !/^[a-z0-9]+$/.test(part)) return null;
  // cost[i]: fewest pieces covering part[0, i); from[i]: where the last piece starts.
  const cost = COST;
  const from = FROM;
  cost.fill(UNREACHED, 0, n + 1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i] === UNREACHED) continue;
    if (isDigit(part.charCodeAt(i))) {
      let j = i;
      while (j < n && isDigit(part.charCodeAt(j))) j++;
      // A digit run that is itself a word (12123, 10086) is taken below as that word.
      if (!VOCAB.has(part.slice(i, j)) && cost[i]! + 1 < cost[j]!) { cost[j] = cost[i]! + 1; from[j] = i; }
    }
    for (let node = 0, j = i; j < n;) {
      node = trieNext[node * CHILD + slot(part.charCodeAt(j))]!;
      if (node < 0) break;
      j++;
      if (trieWord[node] && cost[i]! + 1 < cost[j]!) { cost[j] = cost[i]! + 1; from[j] = i; }
    }
  }
  if (cost[n] === UNREACHED) return null;
  const out: Word[] = [];
  for (let j = n; j > 0; j = from[j]!) {
    const text = part.slice(from[j]!, j);
    out.push(VOCAB.get(text) ?? { text, kind: 'digits' });
  }
  return out.reverse();
}

/** Words of a host's labels (subdomains and the registrable label), split at dots and hyphens. */
export function hostWords(labels: readonly string[]): { parts: string[]; words: Word[]; covered: boolean } {
  const parts = labels.flatMap((l) => l.split(/[-.]+/)).filter((p) => p.length > 0);
  const words: Word[] = [];
  let covered = parts.length > 0;
  for (const p of parts) {
    const seg = segment(p);
    if (seg) words.push(...seg); else covered = false;
  }
  return { parts, words, covered };
}

/**
 * The brand and lure words by their look-alike skeleton (skeleton.ts: 0→o, 1/i→l, rn→m, vv→w), for a label
 * part glued from words one of which is spelled with look-alike characters ("taoba0refund", "a1ipaytuikuan",
 * "rneituankefu"). Brand words of 4+ characters only (jd, qq, sf are too short to tell inside a folded
 * string), and not the brands' ordinary-word tokens (apple, trip).
 */
const FOLDED = new Map<string, Word>();
for (const b of BRANDS) for (const t of b.tokens) if (t.length >= 4 && /^[a-z0-9]+$/.test(t)) { const k = skeleton(t); if (!FOLDED.has(k)) FOLDED.set(k, { text: t, kind: 'brand', brand: b }); }
for (const w of REFUND_WORDS) { const k = skeleton(w); if (!FOLDED.has(k)) FOLDED.set(k, { text: w, kind: 'lure' }); }
for (const w of STATE_WORDS) { const k = skeleton(w); if (!FOLDED.has(k)) FOLDED.set(k, { text: w, kind: 'state' }); }
const FOLDED_MAX = Math.max(...[...FOLDED.keys()].map((k) => k.length));
/** A digit or a letter pair among the skeleton's swaps: a part without one spells nothing with look-alikes. */
const SWAPPED = /[01]|rn|vv|cl|nn/;
const FOLD_COST = new Int32Array(128);
const FOLD_FROM = new Int32Array(128);

/**
 * A label part (lower-case letters and digits, ≤ 63) that reads as brand and lure words only once its
 * look-alike characters are folded ("taoba0refund" → taobao + refund): the words in order, or null when the
 * part has no look-alike character, does not split into such words, names no brand, or is one word only (a
 * whole label is the whole-label look-alike check's). Fewest pieces first; O(part × longest word).
 */
export function foldedWords(part: string): Word[] | null {
  if (part.length === 0 || part.length > 63 || !/^[a-z0-9]+$/.test(part) || !SWAPPED.test(part)) return null;
  const f = skeleton(part);
  const n = f.length;
  const cost = FOLD_COST;
  const from = FOLD_FROM;
  cost.fill(UNREACHED, 0, n + 1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i] === UNREACHED) continue;
    for (let j = i + 1; j <= Math.min(n, i + FOLDED_MAX); j++) {
      if (cost[i]! + 1 < cost[j]! && FOLDED.has(f.slice(i, j))) { cost[j] = cost[i]! + 1; from[j] = i; }
    }
  }
  if (cost[n] === UNREACHED || cost[n]! < 2) return null;
  const out: Word[] = [];
  for (let j = n; j > 0; j = from[j]!) out.push(FOLDED.get(f.slice(from[j]!, j))!);
  out.reverse();
  return out.some((w) => w.kind === 'brand') ? out : null;
}
