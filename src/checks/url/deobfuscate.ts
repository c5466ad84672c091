/**
 * Links written so that filters and link-previews miss them, turned back into the link a reader
 * would type: `hxxp://`, `jd-tuikuan点com`, `tb-refund。top`, `jd[.]com`, `jd (dot) com`,
 * `tb-refund .top`, a link broken across a line, full-width letters and dots.
 *
 * Two entry points share the rules: `deobfuscateUrl` for one link (what `fanzha url`, the API's
 * url check and the engine's link signal all call, so each surface judges the same link alike),
 * and `urlView` for running text (the entity extractor finds links in the view and maps their
 * spans back). Both are single left-to-right passes: linear in the input, no backtracking.
 */

/** Words written for a dot between two parts of a host. */
const DOT_WORDS = ['[.]', '(.)', '{.}', '[dot]', '(dot)', '{dot}', '[点]', '(点)', '【.】', '【点】'];
/**
 * Characters written for a dot: 点 (the word), 。 and ｡ (full stops), 丶 (a look-alike stroke), and the raised
 * and small dots a filter does not read as one (newcomer9 kind 3: "tk‧jd-refund‧xyz" was no link at all):
 * ‧ hyphenation point, · middle dot, ・ and ･ katakana middle dots, • bullet, ∙ bullet operator, ⋅ dot operator,
 * ﹒ small full stop, ． full-width stop (NFKC makes it a dot where the text is normalised first; the link checker
 * may be given the raw text). Each still needs a host part on both sides (letterRunAfter), so "张三·李四" and
 * "8点" stay text.
 */
const DOT_LOOKALIKES = ['点', '。', '｡', '丶', '‧', '·', '・', '･', '•', '∙', '⋅', '﹒', '．'];
const CJK_DOTS = new Set(DOT_LOOKALIKES);
const DOT_LOOKALIKE_CODES = new Set(DOT_LOOKALIKES.map((c) => c.charCodeAt(0)));
/** Endings a dot word must lead to (or to another host part): 8点ok and 回复td。 stay text. */
const DOT_TLDS = new Set([
  'com', 'cn', 'net', 'org', 'top', 'vip', 'xyz', 'cc', 'shop', 'site', 'online', 'club', 'info', 'biz', 'app',
  'icu', 'live', 'link', 'ltd', 'work', 'fun', 'store', 'tech', 'wang', 'ink', 'pro', 'asia', 'me', 'tv', 'co',
  'hk', 'io', 'uk', 'us', 'ru', 'tk', 'ml', 'ga', 'cf', 'gq', 'pw', 'win', 'cyou', 'sbs', 'cfd', 'bond', 'buzz', 'gov',
]);
/** Scheme spellings that stop a link being clickable. */
const FAKE_SCHEMES = ['hxxps', 'hxxp', 'hxtps', 'hxtp', 'h**ps', 'h**p', 'h__ps', 'h__p', 'hpps', 'hppt'];

const isAsciiAlnum = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000;
const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d;
/** Characters a URL may hold (RFC 3986 unreserved + reserved + %). */
const isUrlChar = (c: number): boolean => isAsciiAlnum(c) || '-._~:/?#[]@!$&\'()*+,;=%'.includes(String.fromCharCode(c));
/** A URL broken here is clearly unfinished: the next line continues it. */
const isOpenEnd = (c: number): boolean => '/?&=-._%#:'.includes(String.fromCharCode(c));

/**
 * Does a host part start at i (after up to 3 spaces), followed by another dot or a dot word, or
 * is it a known ending (com, cn, top)? The part is at most 63 characters: O(1) per call.
 */
function letterRunAfter(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 3 && isSpace(text.charCodeAt(j))) j++;
  let k = j;
  while (k < text.length && k - j < 63 && (isAsciiAlnum(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2d)) k++;
  if (k === j) return 0;
  const part = text.slice(j, k).toLowerCase();
  if (DOT_TLDS.has(part)) return k - j;
  if (k < text.length && (text.charCodeAt(k) === 0x2e || CJK_DOTS.has(text[k]!) || DOT_WORDS.some((w) => text.startsWith(w, k)))) return k - j;
  return 0;
}

/** The last non-space character before i (within 3), or -1. */
function alnumBefore(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && isSpace(text.charCodeAt(j))) j--;
  return j >= 0 && (isAsciiAlnum(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2d);
}

/** One or two digits right before i, with no letter, digit or hyphen before them. */
function hourBefore(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && isSpace(text.charCodeAt(j))) j--;
  let k = j;
  while (k >= 0 && j - k < 3 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k--;
  const digits = j - k;
  return digits >= 1 && digits <= 2 && (k < 0 || !(isAsciiAlnum(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2d));
}

export interface UrlView {
  /** The text with obfuscated links written plainly. */
  text: string;
  /** For each UTF-16 unit of `text`, its offset in the input. Null when the text is unchanged. */
  map: Int32Array | null;
}

/**
 * Running text with every obfuscated link written plainly, and where each character came from.
 * Only spellings between ASCII letters or digits are touched (点 in 请点击 stays), and a line
 * break is only joined when the link before it is clearly unfinished (ends in / ? = & - . %) or
 * the next line clearly continues it (starts with / ? & . -).
 */
export function urlView(text: string): UrlView {
  if (!mayBeObfuscated(text)) return { text, map: null };
  const out: number[] = [];
  const map: number[] = [];
  const push = (code: number, from: number): void => { out.push(code); map.push(from); };
  // Inside a run that started with a scheme or www.: the only place line breaks are joined.
  let inLink = false;
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    // Fake schemes (hxxp://) at a word start.
    if ((c === 0x68 || c === 0x48) && (i === 0 || !isAsciiAlnum(text.charCodeAt(i - 1)))) {
      const scheme = FAKE_SCHEMES.find((s) => text.startsWith(s, i) || text.slice(i, i + s.length).toLowerCase() === s);
      if (scheme && (text.startsWith('://', i + scheme.length) || text.startsWith(':/', i + scheme.length))) {
        const real = scheme.endsWith('s') ? 'https' : 'http';
        for (let k = 0; k < real.length; k++) push(real.charCodeAt(k), i + Math.min(k, scheme.length - 1));
        i += scheme.length;
        inLink = true;
        continue;
      }
    }
    if (c === 0x68 && (text.startsWith('http://', i) || text.startsWith('https://', i))) inLink = true;
    else if (c === 0x77 && text.startsWith('www.', i)) inLink = true;
    // Dot words between host parts: jd[.]com, jd (dot) com, jd点com, jd。com.
    if (alnumBefore(text, i)) {
      let width = 0;
      for (const w of DOT_WORDS) if (text.startsWith(w, i)) { width = w.length; break; }
      // 3点cc, 10点com: an hour, not a host (no host is one or two digits).
      if (width === 0 && CJK_DOTS.has(text[i]!) && !hourBefore(text, i)) width = 1;
      if (width === 0 && (c === 0x20) && text.startsWith(' dot ', i)) width = 5;
      if (width > 0 && letterRunAfter(text, i + width) > 0) {
        while (out.length > 0 && isSpace(out[out.length - 1]!)) { out.pop(); map.pop(); }
        push(0x2e, i);
        i += width;
        while (i < n && isSpace(text.charCodeAt(i))) i++;
        continue;
      }
      // Spaces before a dot that a TLD or host part follows: "tb-refund .top".
      if (isSpace(c)) {
        let j = i;
        while (j < n && j - i < 3 && isSpace(text.charCodeAt(j))) j++;
        if (text.charCodeAt(j) === 0x2e && letterRunAfter(text, j + 1) > 0) {
          push(0x2e, j);
          i = j + 1;
          while (i < n && i - j <= 3 && isSpace(text.charCodeAt(i))) i++;
          continue;
        }
      }
    }
    // Spaces after a dot inside a host ("www. jd-tk. com"): the dot follows a host part, a letter follows.
    if (c === 0x2e && alnumBefore(text, i) && i + 1 < n && isSpace(text.charCodeAt(i + 1)) && inLink) {
      let j = i + 1;
      while (j < n && j - i <= 3 && isSpace(text.charCodeAt(j))) j++;
      if (j < n && isLetter(text.charCodeAt(j))) { push(c, i); i = j; continue; }
    }
    // A link broken across lines.
    if (isBreak(c) && inLink && out.length > 0) {
      let j = i;
      while (j < n && j - i < 2 && isBreak(text.charCodeAt(j))) j++;
      const before = out[out.length - 1]!;
      const after = j < n ? text.charCodeAt(j) : 0;
      if (isUrlChar(before) && isUrlChar(after) && (isOpenEnd(before) || '/?&.-'.includes(String.fromCharCode(after)))) { i = j; continue; }
    }
    if (!isUrlChar(c)) inLink = false;
    push(c, i);
    i++;
  }
  if (out.length === n && out.every((code, k) => code === text.charCodeAt(k))) return { text, map: null };
  let s = '';
  for (let k = 0; k < out.length; k += 4096) s += String.fromCharCode.apply(null, out.slice(k, k + 4096));
  return { text: s, map: Int32Array.from(map) };
}

/** Cheap pre-check: can any rule above apply? (Most text has no link and no obfuscation.) */
/** The characters mayBeObfuscated looks at (h H w [ ( { 【 space .), and the dot look-alikes (DOT_LOOKALIKE). */
const DOT_LOOKALIKE = 2;
const MAY_START = new Uint8Array(0x10000);
for (const c of 'hHw[({\u3010 .') MAY_START[c.charCodeAt(0)] = 1;
for (const c of DOT_LOOKALIKE_CODES) MAY_START[c] = DOT_LOOKALIKE;

function mayBeObfuscated(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Most characters start none of the spellings below: one table lookup each.
    if (MAY_START[c] === 0) continue;
    if (c === 0x68 || c === 0x48) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x78 || next === 0x58 || next === 0x2a || next === 0x5f || next === 0x70) return true;
      if (next === 0x74 && text.charCodeAt(i + 2) === 0x74 && text.charCodeAt(i + 3) === 0x70) return true;
    }
    if (c === 0x77 && text.startsWith('www.', i)) return true;
    if ((c === 0x5b || c === 0x28 || c === 0x7b || c === 0x3010) && i > 0 && isAsciiAlnum(text.charCodeAt(i - 1))) return true;
    if (MAY_START[c] === DOT_LOOKALIKE && alnumBefore(text, i)) return true;
    if (c === 0x20 && (text.charCodeAt(i + 1) === 0x2e || text.startsWith(' dot ', i))) return true;
    if (c === 0x2e && isSpace(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/**
 * One link as a reader would type it: NFKC (full-width letters and dots), fake schemes undone,
 * dot words made dots, and whitespace and line breaks inside removed (a link holds none). Text
 * glued after the host ("tb-refund.top领取") is cut at the first character no host can hold.
 */
const PLAIN_URL = /^[\x21-\x7e]*$/;

export function deobfuscateUrl(raw: string): string {
  let s = raw.trim();
  // The usual link: printable ASCII with no space, no fake scheme, no dot words. Unchanged.
  if (PLAIN_URL.test(s) && !s.includes('[') && !s.includes('(') && !s.includes('{') && !/^h[x*_]/i.test(s)) return s;
  s = s.normalize('NFKC').trim();
  if (s.length === 0) return s;
  s = urlView(s).text;
  // A link holds no whitespace: what the view left (spaces inside a label) is padding.
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) || isBreak(c)) continue;
    out += s[i];
  }
  // Chinese text right after a bare host with no path: cut there (an IDN host keeps its CJK
  // when no ASCII TLD comes before it).
  const schemeEnd = out.indexOf('://');
  const hostStart = schemeEnd >= 0 ? schemeEnd + 3 : 0;
  for (let i = hostStart; i < out.length; i++) {
    const c = out.charCodeAt(i);
    if (c === 0x2f || c === 0x3f || c === 0x23) break;
    if (c > 0x7f) {
      const head = out.slice(hostStart, i);
      const tld = head.slice(head.lastIndexOf('.') + 1);
      if (head.includes('.') && /^[a-z]{2,}$/i.test(tld)) out = out.slice(0, i);
      break;
    }
  }
  return out;
}
