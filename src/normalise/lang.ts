/**
 * Which language(s) a text is written in, for choosing the playbook(s) that read it.
 *
 * Language is a property of the words people read. URLs, e-mail addresses, tokens and codes
 * (`TB2026113012345`, `eyJhbGciOi…`, `https://…`) are not words: they are skipped, so a long link
 * in a Chinese SMS does not turn it into English. A message that mixes a Chinese sentence and an
 * English paragraph is read by both playbooks (`detectLangs`).
 *
 * One pass over the text, O(n), no regular expression over user text.
 */
import type { Lang } from '../types.ts';
import { looksLikePinyin, pinyinShare } from './pinyin.ts';

/** How much of a text is read for the decision: enough for any real message, bounded for huge ones. */
const MAX_SCAN = 4000;
/**
 * A mixed text is read by the other playbook too when that language has at least this much in it:
 * a sentence's worth, not a brand name. Chinese: 4 Han characters (`淘宝客服`); English: 3 words
 * of ≥ 2 letters with ≥ 12 letters in all ("VIP", "APP", "QQ" in a Chinese SMS stay Chinese).
 */
const MIN_ZH_CHARS = 4;
const MIN_EN_WORDS = 3;
const MIN_EN_LETTERS = 12;

export interface LangCounts {
  /** Han characters. */
  cjk: number;
  /** Letters in readable English words (not URLs, e-mail addresses, tokens, codes). */
  latin: number;
  /** Readable English words of two letters or more. */
  words: number;
  /** Where the first Han character and the first readable English word of 2+ letters start (-1: none). */
  firstCjk: number;
  firstWord: number;
  /**
   * Grammar words of each language (Chinese: 的 了 是 我 您 …; English: the, is, your, please …). In
   * code-switched text the matrix language — the one whose grammar words hold the sentence together —
   * is the reader's language, whatever nouns are dropped in ("您的order有quality problem" is Chinese;
   * Myers-Scotton's Matrix Language Frame model of code-switching).
   */
  zhGrammar: number;
  enGrammar: number;
}

/** Chinese grammar characters: pronouns, particles, copula, common prepositions and auxiliaries. */
const ZH_GRAMMAR_CHARS = '的了是我您你他她吗呢吧啊在有把给被就都也要会能和这那们请';
/**
 * The same as one flag per UTF-16 unit: read for every Han character of every turn (twice a turn:
 * the reader's choice and the model's text), where a Set lookup first made a one-character string.
 */
const ZH_GRAMMAR = new Uint8Array(0x10000);
for (const ch of ZH_GRAMMAR_CHARS) ZH_GRAMMAR[ch.charCodeAt(0)] = 1;
/** English grammar words (lower case). */
const EN_GRAMMAR = new Set(['the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'to', 'of', 'and', 'or', 'your', 'you', 'we', 'our', 'i', 'my', 'it', 'this', 'that', 'for', 'with', 'will', 'has', 'have', 'please', 'in', 'on', 'at', 'from', 'not', 'can', 'if', 'by', 'as', 'do']);

/** Full-width ASCII (ｐｌｅａｓｅ, ＶＩＰ) reads as the ASCII it stands for, as the normaliser's NFKC does. */
const fold = (c: number): number => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);
const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Characters that end a word: space, anything non-ASCII (Han, CJK punctuation), and , ; ! ? " ( ). */
function isBreak(c: number): boolean {
  return c <= 0x20 || c >= 0x80 || c === 0x2c || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x22 || c === 0x28 || c === 0x29;
}

/**
 * Counts Han characters and the letters of readable English words. A "word" is a run of ASCII
 * between breaks; it is readable when it is letters only (with an inner apostrophe or hyphen and
 * trailing `.`/`:`), at most 24 letters long. Anything with digits, `/`, `@`, `=`, `_`, an inner
 * dot (a domain) is a token, a link or an address and counts for neither language.
 */
export function langCounts(text: string): LangCounts {
  let cjk = 0;
  let latin = 0;
  let words = 0;
  let firstCjk = -1;
  let firstWord = -1;
  let zhGrammar = 0;
  let enGrammar = 0;
  const n = Math.min(text.length, MAX_SCAN);
  let i = 0;
  while (i < n) {
    const c = fold(text.charCodeAt(i));
    if (isHan(c)) {
      if (firstCjk < 0) firstCjk = i;
      cjk++;
      zhGrammar += ZH_GRAMMAR[c]!;
      i++;
      continue;
    }
    if (isBreak(c)) { i++; continue; }
    // An ASCII run: classify it as a whole.
    let letters = 0;
    let token = false;
    let j = i;
    for (; j < n; j++) {
      const d = fold(text.charCodeAt(j));
      if (isBreak(d)) break;
      if (isLetter(d)) letters++;
      else if (d === 0x27 || d === 0x2d) { /* don't, e-mail */ }
      else if (d === 0x2e || d === 0x3a) {
        // A dot or colon inside a run (jd.com, http:) makes it an address; at its end it is punctuation.
        const next = j + 1 < n ? text.charCodeAt(j + 1) : 0x20;
        if (!isBreak(next) && next !== 0x2e) token = true;
      } else token = true; // digits, / @ = _ & % # …
      if (isDigit(d)) token = true;
    }
    if (!token && letters > 0 && letters <= 24) {
      latin += letters;
      if (letters >= 2) { if (firstWord < 0) firstWord = i; words++; }
      // Only short runs can be grammar words: the lookup never copies a long run.
      if (j - i <= 6 && EN_GRAMMAR.has(text.slice(i, j).toLowerCase())) enGrammar++;
    }
    i = j;
  }
  return { cjk, latin, words, firstCjk, firstWord, zhGrammar, enGrammar };
}

/** The main language of a text: Chinese when Han characters weigh at least as much as English letters. */
function primaryOf(c: LangCounts): Lang | null {
  if (c.cjk === 0 && c.latin === 0) return null;
  // A Chinese sentence has ~1 character per word, English ~5 letters per word: weigh accordingly.
  return c.cjk * 5 >= c.latin ? 'zh' : 'en';
}

/** Chinese or English, from the words people read (Chinese when there are none, e.g. a bare link). */
export function detectLang(text: string): Lang {
  return detectLangs(text).primary ?? 'zh';
}

export interface TextLangs {
  /** The main language, or null when the text has no readable words (a bare link, digits). */
  primary: Lang | null;
  /** Every language with a sentence's worth of words in the text, the main one first. */
  all: Lang[];
  /**
   * Whether the main language has a sentence's worth of words (4 Han characters; 3 English words
   * of 12 letters): a greeting ("hi", "喂") tells the playbook that reads it, not the language of
   * the conversation. Absent (older callers) means true.
   */
  sure?: boolean;
  /**
   * The text is Chinese typed in pinyin ("nin hao wo shi tao bao ke fu"): read by the Chinese playbook
   * through its pinyin dictionary (src/normalise/pinyin.ts) and by the English one as well.
   */
  pinyin?: boolean;
}

/**
 * The main language and every language present enough to be read by its playbook. When both are,
 * the main one is the language that dominates by weight (twice the other's), else the one with more
 * to read (Han characters against English words), else the one whose grammar words carry the text,
 * else the language the text opens with. The answer's language defaults to this main language.
 */
export function detectLangs(text: string): TextLangs {
  const c = langCounts(text);
  const primary = primaryOf(c);
  if (primary === null) return { primary: null, all: [] };
  const zh = c.cjk >= MIN_ZH_CHARS;
  const en = c.words >= MIN_EN_WORDS && c.latin >= MIN_EN_LETTERS;
  // Letters that spell Chinese syllables, not English words: Chinese first, English as a fallback.
  if (!zh && primary === 'en' && c.words >= MIN_EN_WORDS && looksLikePinyin(pinyinShare(text))) {
    return { primary: 'zh', all: ['zh', 'en'], sure: true, pinyin: true };
  }
  if (!(zh && en)) return { primary, all: [primary], sure: primary === 'zh' ? zh : en };
  // Both present: the language that clearly dominates (twice the other's weight) is the main one
  // ("Dear customer, please note: " before three Chinese sentences is answered in Chinese); when
  // they are close, the one the text opens with (the greeting and the claim come first).
  const zhWeight = c.cjk * 5;
  // Close weights: what the reader reads more of, Han characters or English words ("【PDD】Your 退款 is
  // pending，请登录…输入card number和password完成" is 10 characters to 7 words: Chinese, though it opens with
  // English); then the language whose grammar words carry the text (code-switching: "Hello亲，我是淘宝官方
  // customer service，您的order有quality problem" is Chinese with English nouns); only on a tie in both,
  // the one the text opens with.
  const main: Lang = zhWeight >= 2 * c.latin ? 'zh' : c.latin >= 2 * zhWeight ? 'en'
    : c.cjk !== c.words ? (c.cjk > c.words ? 'zh' : 'en')
    : c.zhGrammar >= 2 * Math.max(1, c.enGrammar) ? 'zh' : c.enGrammar >= 2 * Math.max(1, c.zhGrammar) ? 'en'
    : c.firstCjk >= 0 && (c.firstWord < 0 || c.firstCjk < c.firstWord) ? 'zh' : 'en';
  return { primary: main, all: main === 'zh' ? ['zh', 'en'] : ['en', 'zh'], sure: true };
}
