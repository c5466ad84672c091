/**
 * Chinese written in pinyin ("nin hao wo shi tao bao ke fu, gei nin tui kuan"): recognised as
 * Chinese, not English, and transliterated back into the Chinese playbook's own words so that its
 * tactics and request grammar read it (issue 8 §1, newcomer kind 5).
 *
 * - `pinyinShare` says whether a text is written in pinyin: its letter words are toneless pinyin
 *   syllables (`tui`, `kuan`, `tui4`), the way English words are not.
 * - `pinyinDictionary` maps syllable sequences to the Chinese playbook's words: every Han term of
 *   the compiled playbook spelled in pinyin by pinyin-pro (so a word an officer adds to a tactic is
 *   read in pinyin too, with no list to keep in step), plus the everyday words of the playbook data
 *   (src/playbook/zh/pinyin.ts), which also settle homophones (`zhuan qian` → 转钱, not 赚钱).
 * - `transliterate` rewrites the syllables it can read into Han characters, longest word first,
 *   keeping for every output character the span of the syllables it came from (evidence offsets stay
 *   the citizen's own). Syllables it cannot read stay as they are, so no word is invented.
 *
 * Linear: one pass over the text; each syllable tries at most MAX_WORD_SYLLABLES keys.
 */
import { pinyin } from 'pinyin-pro';

/** Every toneless Mandarin syllable (ü written v, as typed on a keyboard). */
const SYLLABLES = new Set((
  'a ai an ang ao e ei en eng er o ou '
  + 'ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu '
  + 'pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu '
  + 'ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu '
  + 'fa fan fang fei fen feng fo fou fu '
  + 'da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo '
  + 'ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo '
  + 'na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve '
  + 'la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve '
  + 'ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo '
  + 'ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo '
  + 'ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo '
  + 'ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun '
  + 'qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun '
  + 'xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun '
  + 'zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo '
  + 'cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo '
  + 'sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo '
  + 'ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo '
  + 'za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo '
  + 'ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo '
  + 'sa sai san sang sao se sen seng si song sou su suan sui sun suo '
  + 'ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun '
  + 'wa wai wan wang wei wen weng wo wu'
).split(' '));
/** The longest syllable has 6 letters (zhuang, chuang, shuang). */
const MAX_SYLLABLE = 6;
/** The longest word the dictionary holds, in syllables (longer playbook terms are not needed: their words are). */
export const MAX_WORD_SYLLABLES = 8;
/** How much of a text is read (as the language detector: enough for any real message). */
const MAX_SCAN = 4000;

const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
/** Pinyin vowels with tone marks (ā á ǎ à …, ü ǖ ǘ ǚ ǜ) → the letter typed for them. */
const TONE_MARKED: Record<string, string> = {
  ā: 'a', á: 'a', ǎ: 'a', à: 'a', ē: 'e', é: 'e', ě: 'e', è: 'e', ī: 'i', í: 'i', ǐ: 'i', ì: 'i',
  ō: 'o', ó: 'o', ǒ: 'o', ò: 'o', ū: 'u', ú: 'u', ǔ: 'u', ù: 'u', ü: 'v', ǖ: 'v', ǘ: 'v', ǚ: 'v', ǜ: 'v',
};
function letterOf(ch: string): string | null {
  const c = ch.charCodeAt(0);
  if (isLower(c)) return ch;
  if (isUpper(c)) return String.fromCharCode(c + 0x20);
  return TONE_MARKED[ch] ?? TONE_MARKED[ch.toLowerCase()] ?? null;
}

/** One word of letters in the text: its letters (lower-case, tone marks and a tone digit dropped) and its span. */
interface Word { letters: string; start: number; end: number }

/** The letter words of a text: runs of letters, a trailing tone digit (tui4) kept inside the run. */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  const n = Math.min(text.length, MAX_SCAN);
  let i = 0;
  while (i < n) {
    if (letterOf(text[i]!) === null) { i++; continue; }
    let letters = '';
    let j = i;
    for (; j < n; j++) {
      const l = letterOf(text[j]!);
      if (l === null) break;
      letters += l;
    }
    // A tone digit right after the syllable (tui4 kuan3) belongs to it.
    let end = j;
    const d = text.charCodeAt(j);
    if (d >= 0x31 && d <= 0x35 && !(j + 1 < n && isDigitOrLetter(text.charCodeAt(j + 1)))) end = j + 1;
    else if (j < n && isDigitOrLetter(d)) { // a token with digits (tb2026, v5): not a word
      while (j < n && isDigitOrLetter(text.charCodeAt(j))) j++;
      i = j;
      continue;
    }
    out.push({ letters, start: i, end });
    i = end;
  }
  return out;
}
const isDigitOrLetter = (c: number): boolean => isLower(c) || isUpper(c) || (c >= 0x30 && c <= 0x39);

/**
 * A run of letters split into syllables (`taobao` → tao, bao), fewest syllables first, or null when
 * it is not pinyin. At most MAX_SYLLABLE candidates per position: linear in the word.
 */
export function syllablesOf(letters: string): string[] | null {
  if (letters.length > 48) return null;
  const n = letters.length;
  const best = new Int32Array(n + 1).fill(-1);
  const from = new Int32Array(n + 1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i]! < 0) continue;
    for (let len = 1; len <= MAX_SYLLABLE && i + len <= n; len++) {
      if (!SYLLABLES.has(letters.slice(i, i + len))) continue;
      const cost = best[i]! + 1;
      if (best[i + len]! < 0 || cost < best[i + len]!) { best[i + len] = cost; from[i + len] = i; }
    }
  }
  if (best[n]! < 0) return null;
  const out: string[] = [];
  for (let k = n; k > 0; k = from[k]!) out.push(letters.slice(from[k]!, k));
  return out.reverse();
}

export interface PinyinShare {
  /** Letter words in the text. */
  words: number;
  /**
   * Of those, words that are pinyin: one syllable each (spaced pinyin, the way it is typed), or a word of
   * MIN_JOINED letters or more that splits wholly into syllables ("taobao kefu", "ni de kuaidi diu le, jia
   * wo vx lipei": chat-speak joins a word's syllables; newcomer10 kind 6). English words that happen to
   * split (women, china, time, game) stay far below PINYIN_SHARE of an English text's words: its
   * function words (the, to, of, and, your, with) split into none.
   */
  syllables: number;
}
const MIN_JOINED = 4;

/** How many of a text's letter words are pinyin (a syllable, or syllables joined). */
export function pinyinShare(text: string): PinyinShare {
  let words = 0;
  let syllables = 0;
  for (const w of wordsOf(text)) {
    words++;
    if (SYLLABLES.has(w.letters) || (w.letters.length >= MIN_JOINED && syllablesOf(w.letters) !== null)) syllables++;
  }
  return { words, syllables };
}

/**
 * Is this text written in pinyin? At least MIN_PINYIN_SYLLABLES words that are pinyin (pinyinShare),
 * and they make PINYIN_SHARE of its letter words. English has short words that are syllables too
 * (a, he, can, you, long), never seven in ten of them: "can you send me the code" has 3 of 7.
 */
export function looksLikePinyin(share: PinyinShare): boolean {
  return share.syllables >= MIN_PINYIN_SYLLABLES && share.syllables >= PINYIN_SHARE * share.words;
}
const MIN_PINYIN_SYLLABLES = 4;
const PINYIN_SHARE = 0.7;

/** Syllable sequence (space-joined) → the Chinese word it spells. */
export type PinyinDictionary = ReadonlyMap<string, string>;

/** A word's pinyin as pinyin-pro reads it in context (还款 → huan kuan), one syllable per character. */
export function spell(word: string): string[] {
  return pinyin(word, { toneType: 'none', type: 'array', v: true });
}

const HAN_WORD = /^[\u4e00-\u9fff]+$/;

/**
 * The dictionary: `preferred` words first (they win a homophone: listed by hand in the playbook
 * data), then every Han term of `terms` of 2..MAX_WORD_SYLLABLES characters in the order given (the
 * first of two homophones wins). Built once per compiled playbook (pinyin-pro: ~0.3 s for 6,000 terms).
 */
export function pinyinDictionary(preferred: Readonly<Record<string, string>>, terms: readonly string[]): PinyinDictionary {
  const dict = new Map<string, string>();
  for (const [key, word] of Object.entries(preferred)) dict.set(key, word);
  for (const term of terms) {
    if (term.length < 2 || term.length > MAX_WORD_SYLLABLES || !HAN_WORD.test(term)) continue;
    const syl = spell(term);
    if (syl.length !== term.length || syl.some((s) => !SYLLABLES.has(s))) continue;
    const key = syl.join(' ');
    if (!dict.has(key)) dict.set(key, term);
  }
  return dict;
}

/** A transliterated text: its characters and, for each, the span of the input it came from. */
export interface Transliterated {
  text: string;
  start: Int32Array;
  end: Int32Array;
}

/**
 * Rewrite the pinyin in `text` into the dictionary's Chinese words, longest first; a syllable no
 * word covers stays in letters with a space on each side (so it joins no Chinese word); spaces
 * between two Chinese words go; everything else (punctuation, digits, links) stays as it is.
 */
export function transliterate(text: string, dict: PinyinDictionary): Transliterated {
  // The syllables, each with its span (a concatenated word's syllables share its span, split evenly
  // by letters; a tone digit stays with the last one).
  const syl: string[] = [];
  const ss: number[] = [];
  const se: number[] = [];
  for (const w of wordsOf(text)) {
    const parts = syllablesOf(w.letters);
    if (parts === null) { syl.push(''); ss.push(w.start); se.push(w.end); continue; }
    let at = w.start;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k]!;
      const end = k === parts.length - 1 ? w.end : at + p.length;
      syl.push(p); ss.push(at); se.push(end);
      at = end;
    }
  }
  const chars: number[] = [];
  const cs: number[] = [];
  const ce: number[] = [];
  const push = (s: string, start: number, end: number): void => {
    for (let k = 0; k < s.length; k++) { chars.push(s.charCodeAt(k)); cs.push(start); ce.push(end); }
  };
  // The reading: a DP over syllable positions that leaves the fewest syllables unread, then uses
  // the fewest words (longer words first: 和 验证码, not 核验 + zheng + 吗). O(syllables × MAX_WORD_SYLLABLES).
  const m = syl.length;
  const cost = new Float64Array(m + 1).fill(Infinity);
  const take = new Int32Array(m + 1); // syllables of the step that ends here (0: one unread syllable)
  cost[0] = 0;
  for (let i = 0; i < m; i++) {
    const c = cost[i]!;
    if (c + UNREAD < cost[i + 1]!) { cost[i + 1] = c + UNREAD; take[i + 1] = 0; }
    if (syl[i] === '') continue;
    let key = '';
    for (let k = 0; k < MAX_WORD_SYLLABLES && i + k < m && syl[i + k] !== ''; k++) {
      key = k === 0 ? syl[i]! : `${key} ${syl[i + k]!}`;
      if (dict.has(key) && c + 1 < cost[i + k + 1]!) { cost[i + k + 1] = c + 1; take[i + k + 1] = k + 1; }
    }
  }
  const steps: number[] = []; // syllables per step, in order (0: unread)
  for (let i = m; i > 0;) { const k = take[i]!; steps.push(k); i -= k === 0 ? 1 : k; }
  steps.reverse();
  let pos = 0; // next input position not yet copied
  let lastHan = false;
  let i = 0;
  for (const k of steps) {
    const word = k > 0 ? dict.get(syl.slice(i, i + k).join(' ')) : undefined;
    const len = k > 0 ? k : 1;
    // What lies between the previous syllable and this one: kept, except blanks between Chinese words.
    const gapStart = pos;
    const gapEnd = ss[i]!;
    const blank = isBlank(text, gapStart, gapEnd);
    if (!(blank && lastHan && word !== undefined)) for (let q = gapStart; q < gapEnd; q++) push(text[q]!, q, q + 1);
    if (word !== undefined) {
      for (let q = 0; q < len; q++) push(word[q]!, ss[i + q]!, se[i + q]!);
      pos = se[i + len - 1]!;
      lastHan = true;
    } else {
      // Unread: its letters as written, apart from a Chinese word it touches.
      if (lastHan && gapEnd === gapStart) push(' ', ss[i]!, ss[i]!);
      for (let q = ss[i]!; q < se[i]!; q++) push(text[q]!, q, q + 1);
      pos = se[i]!;
      lastHan = false;
    }
    i += len;
  }
  for (let k = pos; k < text.length; k++) push(text[k]!, k, k + 1);
  let out = '';
  for (let i = 0; i < chars.length; i += 4096) out += String.fromCharCode.apply(null, chars.slice(i, i + 4096));
  return { text: out, start: Int32Array.from(cs), end: Int32Array.from(ce) };
}

/** The cost of a syllable no word reads: more than any number of words in a message. */
const UNREAD = 1e6;

function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 0x20 && text.charCodeAt(k) !== 0x09) return false;
  return true;
}
