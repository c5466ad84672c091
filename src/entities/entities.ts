/**
 * Entities in NORMALISED text (see normalise.ts: half-width digits, lower-case). Every scan is
 * linear in the text: each regex here always succeeds where it starts and consumes what it
 * matched (no failing suffix to retry from every position), suffixes and prefixes are checked by
 * hand, and "is this inside a URL" is one pointer walk over sorted spans.
 */
import { parse as parseDomain } from 'tldts';
import { urlView } from '../checks/url/deobfuscate.ts';
import type { EntityKind } from '../playbook/schema.ts';
import { OFFICIAL_NUMBERS } from '../checks/data/official-numbers.ts';
import { SERVICE_NUMBERS } from '../checks/data/service-numbers.ts';
import { IDN_BRAND_NAMES } from '../checks/data/idn-brands.ts';

export interface Entity {
  kind: EntityKind;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  /** The entity's value: digits only for numbers, yuan for amounts, the URL as written. */
  value: string;
  /** A `handle`'s app, from the name it was given after ("qq", "微信", "钉钉"): the one reading of it staff see too (src/centre/indicators.ts). */
  app?: HandleApp;
}

/** The chat app a private id belongs to. */
export type HandleApp = 'qq' | 'wechat' | 'dingtalk';

/** Luhn checksum, as every bank card number carries. */
export function luhnValid(digits: string): boolean {
  if (!/^[0-9]{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10x98765432';

/** GB 11643 resident ID: 6-digit region, birth date, sequence, ISO 7064 check character. */
export function chineseIdValid(id: string): boolean {
  const s = id.toLowerCase();
  if (!/^[1-9][0-9]{16}[0-9x]$/.test(s)) return false;
  const year = Number(s.slice(6, 10));
  const month = Number(s.slice(10, 12));
  const day = Number(s.slice(12, 14));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (s.charCodeAt(i) - 48) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === s[17];
}

/**
 * Numbers the platforms, banks, carriers and offices publish (the number checker's data, with where
 * each is published: src/checks/data/official-numbers.ts, service-numbers.ts): a line such as JD's
 * 950618, Taobao's 9510211 or Meituan's 10107888 is a phone number whatever its length.
 */
const PUBLISHED_NUMBERS: ReadonlySet<string> = new Set([...OFFICIAL_NUMBERS.map((n) => n.number), ...SERVICE_NUMBERS.map((n) => n.number)]);

/**
 * Service numbers (95xxx, 110, 96110), 400/800 business lines and the numbers the checker lists as
 * published (950618, 9510211) are public: evidence, not PII, and no one's own line.
 */
export const isPublicNumber = (digits: string): boolean => digits.length <= 5 || /^[48]00[0-9]{7}$/.test(digits) || PUBLISHED_NUMBERS.has(digits);

/** Short numbers of services (banks' 95xxx, 96xxx, carriers' 100xx, government 12xxx). */
const SERVICE_NUMBER = /^(?:9[56][0-9]{3}|100[0-9]{2}|12[0-9]{3}|110|120|119|122)$/;

/**
 * A North American number as written (recall17 kind C): "(800) 642-7676", "1 (800) 275-2273", "(212) 555-0187", the shapes
 * the number checker reads as +1 (src/checks/number/check.ts nanpShaped, same patterns; not imported, so the text path does
 * not load libphonenumber). A Chinese number never has a bracketed area code that does not start with 0. Anchored, bounded.
 */
const NANP_WITH_ONE = /^\+?1[\s.-]+\(?[2-9]\d{2}\)?[\s.-]*\d{3}[\s.-]\d{4}$/;
const NANP_BRACKETED = /^\([2-9]\d{2}\)\s?\d{3}[\s.-]\d{4}$/;
export const nanpWritten = (raw: string): boolean => raw.length <= 20 && (NANP_BRACKETED.test(raw) || NANP_WITH_ONE.test(raw));

export function classifyDigits(raw: string): EntityKind | null {
  if (nanpWritten(raw)) return 'phone';
  const plus = raw.startsWith('+');
  const d = raw.replace(/[^0-9x]/g, '');
  if (d.length === 18 && chineseIdValid(d)) return 'id-number';
  if (d.includes('x')) return null;
  if (plus || d.startsWith('00')) return d.length >= 7 ? 'phone' : null;
  if (/^(?:86)?1[3-9][0-9]{9}$/.test(d)) return 'phone';
  if (d.length >= 16 && d.length <= 19 && luhnValid(d)) return 'bank-card';
  if (/^0[1-9][0-9]{8,10}$/.test(d)) return 'phone';
  if (/^[48]00[0-9]{7}$/.test(d)) return 'phone';
  if (SERVICE_NUMBER.test(d) || PUBLISHED_NUMBERS.has(d)) return 'phone';
  return null;
}

/**
 * A published line with an extension after a hyphen ("95188-6", "950618-2"): the line's digits, or null.
 * The extension is 1–4 digits; the line must be a service number or one the checker lists, so a date
 * ("2023-12") or a grouped card number is no line. Reads the run once from its end.
 */
export function lineWithExtension(run: string): string | null {
  const cut = run.lastIndexOf('-');
  if (cut <= 0) return null;
  const tail = run.slice(cut + 1).trim();
  if (tail.length < 1 || tail.length > 4 || !/^[0-9]+$/.test(tail)) return null;
  const head = run.slice(0, cut).replace(/[^0-9]/g, '');
  return SERVICE_NUMBER.test(head) || PUBLISHED_NUMBERS.has(head) ? head : null;
}

// Digit runs with spaces or hyphens between digits (card numbers are often grouped; a number is
// spaced out to slip past filters: "1 3 7 - 2 2 8 1 - 6 6 3 0", newcomer7). Up to 3 separators between
// two digits: each repetition must end on a digit, so the match is linear. What the digits are is
// decided by classifyDigits, so a run of unrelated small numbers ("3 - 5 天") is no phone.
// An area code in brackets may lead ("(0571)88158198"): a literal "(" starts it, so a failed try
// costs a few characters, never a rescan.
// A North American area code in brackets too ("(800) 642-7676", "1 (800) 275-2273"; recall17 kind C): a 1 and a space
// may lead it, and the bracket must close on three digits, so a failed try costs a few characters.
const DIGIT_RUN = /\+?(?:(?:1[ -]?)?\([2-9][0-9]{2}\) ?(?=[0-9]{3}[ .-][0-9]{4})|\(0[0-9]{2,3}\)[ -]?)?[0-9](?:[ -]{0,3}[0-9])*x?/g;
// URL-ish runs: one character class, so linear. Classified afterwards.
const URL_RUN = /[a-z0-9][a-z0-9\-._~:/?#@!$&*+,;=%[\]]*/g;
/** A number as written: digits with thousands commas and a decimal part. Always matches where it starts. */
const NUMBER_RUN = /[0-9][0-9,]*(?:\.[0-9]+)?/g;
/** Runs of Chinese numerals with their units (十, 百, 千, 万). */
const CN_NUMBER_RUN = /[零一二两三四五六七八九十百千万]+/g;
/** Units after a number, longest first, so 万元 wins over 万. */
const AMOUNT_UNITS = ['万元', '万块', '万', '元', '块钱', '块', 'rmb', '美元', 'dollars', 'dollar', 'usd'];
const CODE_WORDS = /验证码|动态码|校验码|确认码|短信码|口令|code|otp|passcode|pin/g;
const ORDER_WORDS = /订单|单号|order/g;
/** Words that name a card or an account beside a number written out ("转这个账号 6222 0212 3456 7890 1", "卡号6217…", "户名王某"). */
const CARD_WORDS = /卡号|账号|账户|卡上|卡里|银行卡|户名|储蓄卡|借记卡|这张卡|这个卡|开户行|card|account/g;

/**
 * A card number as a person writes it (`card-number`): 16–19 digits starting with 6 (UnionPay's 62, the banks' 60xx)
 * next to a card or account word and no order word, its check digit failing (newcomer12 kind S2: a number typed by
 * hand, or made up, fails Luhn as often as not; an order number is told by 订单/单号). A Luhn-valid one is `bank-card`
 * whatever the words; this one is only what the words around it say it is, so it is a kind of its own.
 */
function writtenCard(digits: string, text: string, start: number, end: number): boolean {
  return digits.length >= 16 && digits.length <= 19 && digits.charCodeAt(0) === 0x36 /* 6 */ && !digits.includes('x')
    && nearWord(CARD_WORDS, text, start, end, 12) && !nearWord(ORDER_WORDS, text, start, end, 12);
}

/** TLDs accepted for bare hosts ("jd-tuikuan.vip"): common generic ones plus any 2-letter ccTLD. */
const BARE_TLDS = new Set([
  'com', 'net', 'org', 'cn', 'top', 'vip', 'xyz', 'cc', 'shop', 'site', 'online', 'club', 'info', 'biz',
  'app', 'icu', 'live', 'link', 'ltd', 'work', 'fun', 'store', 'tech', 'wang', 'ink', 'pro', 'asia',
  'mobi', 'io', 'me', 'tv', 'co', 'uk', 'hk', 'tw', 'us', 'ru', 'tk', 'ml', 'ga', 'cf', 'gq', 'pw', 'win',
  'bid', 'loan', 'men', 'kim', 'red', 'space', 'website', 'host', 'press', 'email', 'cloud', 'gov', 'edu',
  // The cheap endings look-alike hosts use (src/checks/data/risky-tlds.ts: mt-kf.sbs, a newcomer7 probe, was no
  // link at all), not those that are English words people write after a full stop (date, life, review).
  'sbs', 'cfd', 'bond', 'cyou', 'buzz', 'click', 'quest', 'monster', 'xin', 'ren',
]);

/**
 * Suffixes of the public suffix list that are file extensions people write too ("contract.zip", "clip.mov"):
 * a bare name ending in one is a file unless a scheme or www. says otherwise.
 */
const FILE_SUFFIXES = new Set(['zip', 'mov']);

/**
 * Whether `tld` is a public suffix of the ICANN section of the public suffix list (tldts' data, kept
 * current by its releases): "jd-refund.help", "pdd-tk.beauty" are hosts as much as ".com" ones are
 * (newcomer8 kind 3: a bare host on a suffix outside BARE_TLDS read as no link at all, and lost every
 * tactic a link brings, while `fanzha url` called it dangerous).
 */
function isIcannSuffix(tld: string): boolean {
  if (FILE_SUFFIXES.has(tld)) return false;
  const p = parseDomain(`x.${tld}`, { allowPrivateDomains: false });
  return p.isIcann === true && p.publicSuffix === tld;
}

function looksLikeUrl(run: string): boolean {
  if (/^(?:https?:\/\/|www\.|data:|javascript:|ftp:\/\/)/.test(run)) return true;
  if (run.includes('@') && !run.includes('/')) return false; // an e-mail address
  const host = run.split(/[/?#]/, 1)[0]!.split(':', 1)[0]!;
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((l) => l.length === 0)) return false;
  const tld = labels[labels.length - 1]!;
  if (!/^[a-z]{2,10}$/.test(tld)) return false;
  // Ignore file names and versions like "v1.2" / "a.b" unless the TLD is a known web TLD.
  return BARE_TLDS.has(tld) || tld.length === 2 || isIcannSuffix(tld);
}

function nearWord(words: RegExp, text: string, start: number, end: number, window: number): boolean {
  const from = Math.max(0, start - window);
  const slice = text.slice(from, Math.min(text.length, end + window));
  words.lastIndex = 0;
  return words.test(slice);
}

/** Parse a Chinese-numeral amount (一万六千, 两千五百) into a number. */
export function parseChineseNumber(s: string): number | null {
  const digit: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const unit: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let section = 0;
  let current = 0;
  let seen = false;
  for (const ch of s) {
    if (digit[ch] !== undefined) { current = digit[ch]!; seen = true; } else if (unit[ch] !== undefined) {
      section += (current || 1) * unit[ch]!; current = 0; seen = true;
    } else if (ch === '万') { total += (section + current) * 10_000; section = 0; current = 0; seen = true; } else return null;
  }
  return seen ? total + section + current : null;
}

/**
 * A bare host glued to the words around it once the text is normalised (the full-width ：and ，become ASCII,
 * which a link may hold): "identity：paypal-cn-verify.com，24小时" is the run "identity:paypal-cn-verify.com,24"
 * (newcomer9 kind 3: the look-alike link in a mixed-language SMS was no link at all). Only for a run that is no
 * link as it stands: a word and a colon before it that is no scheme ("identity:", "网址:" is Han and never in the
 * run) are dropped, and the run ends at the first comma or semicolon (a bare host's path has none; a link with a
 * scheme keeps its query's commas, it already reads as a link). One pass over the run.
 */
function gluedBareHost(run: string): { run: string; offset: number } | null {
  let from = 0;
  const colon = run.indexOf(':');
  if (colon > 0 && !run.startsWith('//', colon + 1) && /^[a-z][a-z0-9-]*$/.test(run.slice(0, colon))) from = colon + 1;
  let to = run.length;
  for (let i = from; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c === 0x2c || c === 0x3b) { to = i; break; }
  }
  if (from === 0 && to === run.length) return null;
  const cut = run.slice(from, to);
  const trimmed = cut.slice(0, trimmedEnd(cut));
  return trimmed.length >= 4 ? { run: trimmed, offset: from } : null;
}

/** A Chinese character (CJK Unified Ideographs and extension A): what a Chinese domain's label is written in. */
const isCjk = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const isHostAscii = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
/** A Chinese domain's host is at most this long before its ending (a label is at most 63; two make a host here). */
const CJK_HOST_BACK = 128;
const SCHEMES = ['https://', 'http://'];
/** A bare Chinese host's label is read for a brand's name this far back from its ending (a label is at most 63). */
const CJK_LABEL = 63;
/** The brands' Chinese names by their first character: each position of a label looks at a handful. */
const BRAND_NAMES_BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [name] of IDN_BRAND_NAMES) {
    const list = m.get(name[0]!) ?? [];
    list.push(name);
    m.set(name[0]!, list);
  }
  return m;
})();
/** Where the first brand name in text[from, to) starts, or -1. */
function firstBrandName(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const names = BRAND_NAMES_BY_FIRST.get(text[i]!);
    if (names && names.some((n) => i + n.length <= to && text.startsWith(n, i))) return i;
  }
  return -1;
}
/** A link's path, port, query and fragment after its host, read where it starts (sticky: no search ahead). */
const PATH_RUN = /[a-z0-9\-._~:/?#@!$&*+,;=%[\]]*/y;

/**
 * Links whose host is written in Chinese characters (surface17: "http://京东理赔.com/r/8" was the link "http://",
 * and "请访问 京东退款.top 填写" no link at all, while `fanzha url` calls both a look-alike of JD): a Chinese character
 * right before ".ending" (an ASCII ending a bare host takes), the host's Chinese and ASCII
 * characters before it, and the path after it. With a scheme it is a link whatever its name; without one, Chinese
 * prose runs into the host with nothing between, so a bare one is read only when it holds a brand's Chinese name
 * (src/checks/data/idn-brands.ts) and starts there ("请访问京东退款.top" → "京东退款.top"). Each ending is looked at
 * once and each host read back at most CJK_HOST_BACK characters and never past the ending before it: linear in the
 * text.
 */
function cjkHostLinks(text: string): Entity[] {
  const out: Entity[] = [];
  let from = 0;
  let lastDot = -1;
  for (let dot = text.indexOf('.', 1); dot > 0; dot = text.indexOf('.', Math.max(dot + 1, from))) {
    if (!isCjk(text.charCodeAt(dot - 1))) continue;
    // A host read back from this ending stops at the last one looked at: each character is walked over once.
    const floor = Math.max(from, lastDot + 1, dot - CJK_HOST_BACK);
    lastDot = dot;
    // The host's ASCII tail: the ending and any further labels (京东.com.cn).
    let end = dot + 1;
    while (end < text.length && (isHostAscii(text.charCodeAt(end)) || (text.charCodeAt(end) === 0x2e && end + 1 < text.length && isHostAscii(text.charCodeAt(end + 1))))) end++;
    const tail = text.slice(dot + 1, end);
    const tld = tail.slice(tail.lastIndexOf('.') + 1);
    // The endings bare hosts take (BARE_TLDS) or a longer ICANN one; not any two letters, which are file
    // extensions too (京东爬虫.py, 报告.ai, 说明.md).
    if (!/^[a-z]{2,10}$/.test(tld) || !(BARE_TLDS.has(tld) || (tld.length > 2 && isIcannSuffix(tld)))) continue;
    // The host's characters before the ending: Chinese characters, ASCII letters, digits, hyphens and dots.
    let start = dot - 1;
    while (start > floor) {
      const c = text.charCodeAt(start - 1);
      if (!isCjk(c) && !isHostAscii(c) && c !== 0x2e) break;
      start--;
    }
    // "请访问www.美团赔付.com": the host starts at its www., whatever Chinese runs into it.
    const www = text.slice(start, dot).lastIndexOf('www.');
    if (www >= 0) start += www;
    const scheme = SCHEMES.find((s) => start >= s.length && text.startsWith(s, start - s.length));
    if (scheme) start -= scheme.length;
    else if (www < 0) {
      const at = firstBrandName(text, Math.max(start, dot - CJK_LABEL), dot);
      if (at < 0) continue;
      start = at;
    }
    // The path, as a link with an ASCII host has it.
    if (end < text.length && '/?#:'.includes(text[end]!)) {
      PATH_RUN.lastIndex = end;
      const m = PATH_RUN.exec(text);
      if (m) end += trimmedEnd(m[0]);
    }
    out.push({ kind: 'url', start, end, value: text.slice(start, end) });
    from = end;
  }
  return out;
}

/** Trailing sentence punctuation is not part of a URL ("见 www.a.cn。" / "www.a.cn)."). */
const TRAILING = new Set([...'.,;:!?)]'].map((c) => c.charCodeAt(0)));
function trimmedEnd(run: string): number {
  let end = run.length;
  while (end > 0 && TRAILING.has(run.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * `inside(s, e)`: is [s, e) within one of the spans? Spans are sorted and disjoint and queries
 * come in increasing `s`, so a pointer that only moves forward answers each in amortised O(1).
 */
function insideSpans(spans: readonly [number, number][]): (s: number, e: number) => boolean {
  let i = 0;
  let last = -1;
  return (s, e) => {
    if (s < last) i = 0; // not in order: start over (correct, only slower)
    last = s;
    while (i < spans.length && spans[i]![1] <= s) i++;
    return i < spans.length && s >= spans[i]![0] && e <= spans[i]![1];
  };
}

/**
 * The name of a chat app a private id is given after, and whether its ids are digits only (QQ).
 * In normalised text (lower-case, NFKC: "Ｑ" is "q", "：" is ":"). Latin names count only as whole
 * words (the q of "faq" is none). Kept small: the apps the refund scam moves people to (seed
 * bulletin: QQ, WeChat, DingTalk), with the spellings its SMS use (q, v, vx, wx, 扣扣, 🐧, 薇信).
 */
const HANDLE_APPS: readonly { word: string; digits: boolean; app: HandleApp }[] = [
  { word: 'qq', digits: true, app: 'qq' }, { word: 'q', digits: true, app: 'qq' }, { word: '扣扣', digits: true, app: 'qq' }, { word: '企鹅号', digits: true, app: 'qq' },
  { word: '\u{1f427}', digits: true, app: 'qq' }, // 🐧, QQ's penguin
  { word: '微信', digits: false, app: 'wechat' }, { word: '微信号', digits: false, app: 'wechat' }, { word: '薇信', digits: false, app: 'wechat' }, { word: '薇', digits: false, app: 'wechat' }, { word: 'v信', digits: false, app: 'wechat' },
  { word: 'vx', digits: false, app: 'wechat' }, { word: 'wx', digits: false, app: 'wechat' }, { word: 'v', digits: false, app: 'wechat' }, { word: 'wechat', digits: false, app: 'wechat' },
  { word: '企业微信', digits: false, app: 'wechat' }, { word: '企微', digits: false, app: 'wechat' }, { word: '钉钉', digits: false, app: 'dingtalk' }, { word: '钉钉号', digits: false, app: 'dingtalk' },
];
/** What may stand between the app's name and the id: "qq 123", "微信号：abc1", "vx是abc1", "企微-abc1", "微信搜 abc1". */
const HANDLE_GAP = new Set([...' :：是为号-~=>＞→搜索'].map((c) => c.charCodeAt(0)));
// An id as typed, or spaced out one character at a time to slip past filters ("q q 2 8 5 6 1 1 7 3":
// at least 5 single characters, each set apart by one space), or both ("微信 t k 8 8 2 1 5", whose first
// letters the normaliser has joined to the Chinese before them: "tk 8 8 2 1 5", at least 3 singles after).
// Each spaced form, failing, gives back at most its few characters: linear.
const HANDLE_RUN = /[a-z0-9](?:(?: [a-z0-9](?![a-z0-9_-])){4,}|[a-z0-9_-]*(?:(?: [a-z0-9](?![a-z0-9_-])){3,})?)/g;
const isAsciiLetterOrDigit = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);

/**
 * Private chat ids given after their app's name ("QQ 1839928811", "wx: tk778", "🐧88776655",
 * "企业微信 kf8899", "加v kf111", "企业微信：yx-lipei"): the id a refund scam SMS moves the reader to.
 * An id is 5–20 of [a-z0-9_-] with at least one digit, '-' or '_' (a QQ id: digits only, 5–11); a
 * word ("微信 pay") is none.
 * Each run is found once and only the few characters before it are looked at: linear.
 */
function handles(text: string): Entity[] {
  const out: Entity[] = [];
  HANDLE_RUN.lastIndex = 0;
  for (let m = HANDLE_RUN.exec(text); m; m = HANDLE_RUN.exec(text)) {
    let start = m.index;
    let run = m[0].includes(' ') ? m[0].replaceAll(' ', '') : m[0];
    // The app's Latin name glued to the id ("qq1839928811", "vx123456"): split it off.
    let app: (typeof HANDLE_APPS)[number] | undefined;
    for (const a of HANDLE_APPS) {
      if (a.word.charCodeAt(0) < 0x80 && run.startsWith(a.word) && run.length > a.word.length && isDigitCode(run.charCodeAt(a.word.length))) {
        if (!app || a.word.length > app.word.length) app = a;
      }
    }
    if (app) { start += app.word.length; run = run.slice(app.word.length); } else {
      // At most 4 code units of gap: spaces, a colon, 号/是, or a symbol put in to break the match ("薇❤：lp8866").
      // The app's name is looked for at every point of the gap, so an emoji name (🐧) is not taken for a gap.
      for (let j = start; j >= 0 && start - j <= 4 && !app; j--) {
        for (const a of HANDLE_APPS) {
          const at = j - a.word.length;
          if (at < 0 || !text.startsWith(a.word, at)) continue;
          // A Latin name is a whole word, set apart from its id ("v kf111", "wx:tk778"): else it was the run itself.
          if (a.word.charCodeAt(0) < 0x80 && ((at > 0 && isAsciiLetterOrDigit(text.charCodeAt(at - 1))) || j === start)) continue;
          if (!app || a.word.length > app.word.length) app = a;
        }
        if (j > 0 && !(HANDLE_GAP.has(text.charCodeAt(j - 1)) || isGapSymbol(text.charCodeAt(j - 1)))) break;
      }
    }
    if (!app || run.length < 5 || run.length > 20 || !/[0-9_-]/.test(run)) continue;
    if (app.digits && !/^[0-9]{5,11}$/.test(run)) continue;
    out.push({ kind: 'handle', start, end: m.index + m[0].length, value: run, app: app.app });
  }
  return out;
}

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Dingbats and symbols (❤ ★ ☎), and either half of an emoji's surrogate pair. */
const isGapSymbol = (c: number): boolean => (c >= 0x2600 && c <= 0x27bf) || (c >= 0xd83c && c <= 0xd83e) || (c >= 0xdc00 && c <= 0xdfff) || (c >= 0xfe00 && c <= 0xfe0f);

const unitAt = (text: string, i: number): string | null => {
  for (const u of AMOUNT_UNITS) if (text.startsWith(u, i)) return u;
  return null;
};

/** Money verbs a bare sum may follow: 转 and 汇 (转2000, 汇10000), 打 unless dialled (拨打110), each optionally with 个 (转个2000). */
const SUM_VERB = new Uint8Array(0x10000);
for (const c of '转汇打') SUM_VERB[c.charCodeAt(0)] = 1;
/** Verbs a sum may follow with 我 between: 借我3000, 转我2000, 汇我5000. */
const LEND_OR_SEND = new Uint8Array(0x10000);
for (const c of '借转汇') LEND_OR_SEND[c.charCodeAt(0)] = 1;
/** What a number before it counts, not money: 转2号线, 转100次, 打10分, 转500个, 汇10:30. */
const NOT_MONEY_AFTER = new Uint8Array(0x10000);
for (const c of '号次个楼路分秒点%:：-./年月日天期位条张层站公米斤克份折倍人名遍颗首页') NOT_MONEY_AFTER[c.charCodeAt(0)] = 1;

/**
 * Where the money verb of a sum starting at `start` is (转2000, 转个2000), or -1. Not after a number: "95013转84762"
 * is an extension dialled.
 */
function sumVerbBefore(text: string, start: number): number {
  let v = start - 1;
  if (v >= 0 && text.charCodeAt(v) === 0x4e2a /* 个 */) v--;
  // The payee between the verb and the sum ("借我3000", "转我2000", "汇我5000"; recall15 kind Z1): 我 after 借, 转, 汇.
  if (v >= 1 && text.charCodeAt(v) === 0x6211 /* 我 */ && LEND_OR_SEND[text.charCodeAt(v - 1)] === 1) return v - 1;
  if (v < 0 || SUM_VERB[text.charCodeAt(v)] !== 1) return -1;
  const p = v > 0 ? text.charCodeAt(v - 1) : 0;
  if ((p >= 0x30 && p <= 0x39) || p === 0x2d /* - */) return -1;
  return v;
}

/**
 * English money verbs a bare sum may follow, with at most one pronoun between ("transfer 400", "lend me 300",
 * "can you send her 250 for the bill", "I need 600 by tonight"): the "Hi Mum, new number" ask names no currency
 * (recall15 kind E2). Lower-case words, as the normalised text has them.
 */
const EN_SUM_VERBS = new Set(['send', 'transfer', 'wire', 'lend', 'loan', 'borrow', 'spare', 'need', 'venmo', 'zelle', 'etransfer', 'paypal', 'pay']);
const EN_SUM_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);
/** What may follow the bare sum: a sentence mark, the end, or one of these words ("lend me 300 till Friday"). */
const EN_AFTER_SUM = new Set(['for', 'to', 'into', 'today', 'tonight', 'tomorrow', 'now', 'asap', 'please', 'pls', 'plz', 'and', 'so',
  'till', 'until', 'back', 'by', 'via', 'on', 'over', 'before', 'right', 'quickly', 'x', 'xx', 'if', 'i', 'mum', 'mom', 'dad']);

/** The ASCII lower-case word ending just before `end` (at most 12 letters), or ''; its start in `out[0]`. */
function wordBefore(text: string, end: number, out: number[]): string {
  let i = end;
  while (i > 0 && end - i < 12) { const c = text.charCodeAt(i - 1); if (c < 0x61 || c > 0x7a) break; i--; }
  out[0] = i;
  return i < end && (i === 0 || !ASCII_ALNUM.test(text[i - 1]!)) ? text.slice(i, end) : '';
}

function englishBareSum(text: string, start: number, numeric: string): boolean {
  if (numeric.length < 2 || numeric.length > 7 || numeric.includes('.') || numeric.charCodeAt(0) === 0x30) return false;
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) return false;
  const at = [0];
  let w = wordBefore(text, start - 1, at);
  if (EN_SUM_PRONOUNS.has(w) && at[0]! >= 2 && text.charCodeAt(at[0]! - 1) === 0x20) w = wordBefore(text, at[0]! - 1, at);
  if (!EN_SUM_VERBS.has(w)) return false;
  const next = start + numeric.length;
  if (next >= text.length) return true;
  const c = text.charCodeAt(next);
  if (c === 0x2e || c === 0x2c || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x29 || c === 0x0a || c === 0xff0c || c === 0x3002) return true;
  if (c !== 0x20) return false;
  let j = next + 1;
  while (j < text.length && j - next <= 12) { const d = text.charCodeAt(j); if (d < 0x61 || d > 0x7a) break; j++; }
  return EN_AFTER_SUM.has(text.slice(next + 1, j));
}

/** Runs of numerals with their units, 几 and 半 included (八百, 两千, 二十万, 几千): matched whole, never retried. */
const CN_SUM = /[一二两三四五六七八九十几半百千万]+/g;

/**
 * Sums said in numerals right after the money verb with no 元 or 块 ("你给我打八百", "先转两千过来", "转二十万到…"):
 * one pass over the numeral runs that hold a 百, 千 or 万, each run found once.
 */
function bareChineseSums(text: string, out: Entity[]): void {
  CN_SUM.lastIndex = 0;
  for (let m = CN_SUM.exec(text); m; m = CN_SUM.exec(text)) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    // A numeral first, and a 百, 千 or 万 in it: a sum ("八百", "两千"), not a count (三个) nor a bare 万 (万一).
    const first = run.charCodeAt(0);
    if (first === 0x767e || first === 0x5343 || first === 0x4e07) continue;
    if (!run.includes('百') && !run.includes('千') && !run.includes('万')) continue;
    if (end < text.length && (text[end] === '元' || text[end] === '块')) continue; // an amount already
    if (sumVerbBefore(text, start) < 0) continue;
    if (end < text.length && NOT_MONEY_AFTER[text.charCodeAt(end)] === 1) continue;
    const value = parseChineseNumber(text.slice(Math.max(start, end - 12), end));
    out.push({ kind: 'sum', start, end, value: value === null ? run : String(value) });
  }
}

/**
 * A bare sum: 3 to 7 plain digits right after a money verb (转, 汇, 打; 转个), not before a counter or a unit of
 * something else, and after 打 only a round sum (打110, 打12315 are dialled). "你转2000给我呗", "请汇10000到…".
 */
function bareSumAt(text: string, start: number, numeric: string): boolean {
  if (numeric.length < 3 || numeric.length > 7) return false;
  for (let i = 0; i < numeric.length; i++) { const c = numeric.charCodeAt(i); if (c < 0x30 || c > 0x39) return false; }
  if (numeric.charCodeAt(0) === 0x30) return false;
  const next = start + numeric.length;
  if (next < text.length && NOT_MONEY_AFTER[text.charCodeAt(next)] === 1) return false;
  const v = sumVerbBefore(text, start);
  if (v < 0) return false;
  // After 打 a number is mostly dialled (打110, 拨打12315, 打95588): only a round sum (打800, 打2000) is money.
  if (text.charCodeAt(v) === 0x6253 /* 打 */) {
    if (v > 0 && text.charCodeAt(v - 1) === 0x62e8 /* 拨 */) return false;
    if (!numeric.endsWith('00')) return false;
  }
  return true;
}

/** Before 费 these make no fee's name: 免费, 消费, 浪费, 花费, 收费, 缴费, 交费, 付费, 扣费, 计费, 破费, 白费, 自费, 公费, 耗费, 经费. */
const NOT_FEE_BEFORE = new Uint8Array(0x10000);
for (const c of '免消浪花耗收缴交付扣计破白自公经') NOT_FEE_BEFORE[c.charCodeAt(0)] = 1;
const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/**
 * Fees named by their noun: the two Han characters before a 费 ("校服费", "教辅费", "活动费", "卫生费"), unless they make
 * it a verb or an adverb (免费, 消费, 缴费…). Any fee, named however a sender names it; one pass over the 费 in the text.
 */
function feeNouns(text: string, out: Entity[]): void {
  for (let i = text.indexOf('费'); i >= 0; i = text.indexOf('费', i + 1)) {
    const b = i - 1;
    if (b < 0 || !isHan(text.charCodeAt(b)) || NOT_FEE_BEFORE[text.charCodeAt(b)] === 1) continue;
    const start = b - 1 >= 0 && isHan(text.charCodeAt(b - 1)) ? b - 1 : b;
    out.push({ kind: 'fee', start, end: i + 1, value: text.slice(start, i + 1) });
  }
}

/**
 * Amounts: ¥/$ before a number, or a unit (元, 万, 块, usd…) after it, or Chinese numerals
 * before 元/块. Each number run is found once (maximal, never re-scanned), then its neighbours
 * are looked at, so a 20,000-digit run costs one pass, not 20,000.
 */
function amounts(text: string): Entity[] {
  const out: Entity[] = [];
  figureAmounts(text, out);
  numeralAmounts(text, out);
  return out;
}

/** Amounts and bare sums written in figures (any number run with its currency or unit). */
function figureAmounts(text: string, out: Entity[]): void {
  NUMBER_RUN.lastIndex = 0;
  for (let m = NUMBER_RUN.exec(text); m; m = NUMBER_RUN.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    const numeric = m[0].replace(/,+$/, '');
    let currency = false;
    const before = start > 0 ? text[start - 1] : '';
    if (before === '¥' || before === '$') { start -= 1; currency = true; } else if (before === ' ' && start > 1 && (text[start - 2] === '¥' || text[start - 2] === '$')) {
      start -= 2; currency = true;
    }
    let after = m.index + numeric.length;
    if (!currency) {
      const gap = text[after] === ' ' ? 1 : 0;
      const unit = unitAt(text, after + gap);
      if (!unit) {
        // A sum said bare after the money verb ("转2000给我", "汇10000到…", "往里面转10000"): money all the same.
        if (bareSumAt(text, m.index, numeric) || englishBareSum(text, m.index, numeric)) out.push({ kind: 'sum', start, end: after, value: numeric });
        continue;
      }
      end = after + gap + unit.length;
    } else {
      if (text.startsWith('万', after)) after += 1;
      end = after;
    }
    let v = Number(numeric.replace(/,/g, ''));
    if (!Number.isFinite(v)) continue;
    if (text.slice(m.index, end).includes('万')) v *= 10_000;
    out.push({ kind: 'amount', start, end, value: String(v) });
  }
}

/** Amounts and bare sums said in Chinese numerals (八百, 两千元). */
function numeralAmounts(text: string, out: Entity[]): void {
  bareChineseSums(text, out);
  // A numeral run counts only before 元 or 块: most turns have neither (and 一 is in every other sentence).
  if (!text.includes('元') && !text.includes('块')) return;
  CN_NUMBER_RUN.lastIndex = 0;
  for (let m = CN_NUMBER_RUN.exec(text); m; m = CN_NUMBER_RUN.exec(text)) {
    const end = m.index + m[0].length;
    if (text[end] !== '元' && text[end] !== '块') continue;
    // As before: at most the 12 numerals nearest the unit (a longer run is not an amount anyone says).
    const start = Math.max(m.index, end - 12);
    const value = parseChineseNumber(text.slice(start, end));
    if (value === null) continue;
    out.push({ kind: 'amount', start, end: end + 1, value: String(value) });
  }
}

/** A Latin letter or a digit, of either case. */
const ASCII_ALNUM = /[0-9A-Za-z]/;

const byStart = (a: Entity, b: Entity): number => a.start - b.start;

export function extractEntities(text: string): Entity[] {
  // No Latin letter and no digit (most Chinese turns): no link, number, code, handle or amount in figures
  // can be in it, since each of their patterns starts on one and the link view (urlView) only adds dots
  // and a scheme's letters around letters already there. Left: sums in numerals and fees, found as below.
  if (!ASCII_ALNUM.test(text)) {
    const few: Entity[] = [];
    numeralAmounts(text, few);
    if (text.includes('费')) feeNouns(text, few);
    return few.length > 1 ? few.sort(byStart) : few;
  }
  const out: Entity[] = [];
  const taken: [number, number][] = [];

  // Links are found in a view of the text with obfuscations undone (hxxp, jd点com, a link broken
  // across lines); their spans map back to the text, their values are the plain links.
  const view = urlView(text);
  const vt = view.text;
  // Links with a Chinese host first; a run below that overlaps one ("http://" before 京东理赔.com) is part of it.
  const cjk = cjkHostLinks(text);
  for (const e of cjk) { out.push(e); taken.push([e.start, e.end]); }
  URL_RUN.lastIndex = 0;
  for (let m = URL_RUN.exec(vt); m; m = URL_RUN.exec(vt)) {
    let run = m[0].slice(0, trimmedEnd(m[0]));
    let at = m.index;
    if (run.length >= 4 && !looksLikeUrl(run)) {
      const bare = gluedBareHost(run);
      if (bare !== null) { at += bare.offset; run = bare.run; }
    }
    if (run.length >= 4 && looksLikeUrl(run)) {
      const start = view.map ? view.map[at]! : at;
      const end = view.map ? view.map[at + run.length - 1]! + 1 : at + run.length;
      if (cjk.length > 0 && cjk.some((e) => start < e.end && end > e.start)) continue;
      out.push({ kind: 'url', start, end, value: run });
      taken.push([start, end]);
    }
  }
  if (cjk.length > 0) taken.sort((a, b) => a[0] - b[0]);
  const inUrl = insideSpans(taken);

  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inUrl(start, end)) continue;
    const digits = m[0].replace(/[^0-9x]/g, '');
    const kind = classifyDigits(m[0]);
    // A North American number's value is dialled +1 whatever its digits would be at home ("(800) 642-7676" is no CN 800 line).
    if (kind) { out.push({ kind, start, end, value: kind === 'phone' && nanpWritten(m[0]) ? `1${digits.slice(-10)}` : digits }); continue; }
    if (writtenCard(digits, text, start, end)) { out.push({ kind: 'card-number', start, end, value: digits }); continue; }
    const line = lineWithExtension(m[0]);
    if (line !== null) { out.push({ kind: 'phone', start, end, value: line }); continue; }
    if (/^[0-9]{4,8}$/.test(digits) && nearWord(CODE_WORDS, text, start, end, 10)) {
      out.push({ kind: 'code', start, end, value: digits });
    } else if (/^[0-9a-z]{10,32}$/.test(digits) && (digits.length >= 15 || nearWord(ORDER_WORDS, text, start, end, 10))) {
      out.push({ kind: 'order-number', start, end, value: digits });
    }
  }

  for (const a of amounts(text)) {
    if (!inUrl(a.start, a.end)) out.push(a);
  }
  for (const h of handles(text)) {
    if (!inUrl(h.start, h.end)) out.push(h);
  }
  if (text.includes('费')) feeNouns(text, out);
  return out.sort(byStart);
}
