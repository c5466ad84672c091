/**
 * Offline link checker: is this URL one of the platforms' own domains, or a look-alike?
 * A pure function over the data files in ../data; never touches the network.
 */
import { domainToUnicode } from 'node:url';
import { parse as parseDomain } from 'tldts';
import { BRANDS, HOME_ENDINGS, OFFICIAL_DOMAIN_TO_BRAND, REFUND_WORDS, type Brand } from '../data/official-domains.ts';
import { IDN_BRAND_NAMES, IDN_LURE_WORDS } from '../data/idn-brands.ts';
import { normalise } from '../../normalise/normalise.ts';
import { RISKY_TLDS } from '../data/risky-tlds.ts';
import { SHORTENER_DOMAINS } from '../data/shorteners.ts';
import { finding, verdictFrom, type CheckVerdict, type Finding } from '../findings.ts';
import { deobfuscateUrl } from './deobfuscate.ts';
import { editDistance, skeleton } from './skeleton.ts';
import { foldedWords, hostWords, segment as segmentWords } from './words.ts';

export interface UrlReport {
  input: string;
  /** Normalised URL (scheme added when missing), or null when it cannot be parsed. */
  url: string | null;
  host: string | null;
  registrableDomain: string | null;
  /** Brand id (see data/official-domains.ts) the link belongs to or imitates. */
  brand: string | null;
  verdict: CheckVerdict;
  findings: Finding[];
}

/** Longer inputs are not URLs anyone types or texts; refusing them keeps the checker bounded. */
export const MAX_URL_LENGTH = 4096;
/** Input beyond this is not read at all (the head decides; the rest is padding). */
export const MAX_INPUT = 1 << 20;
/** The longest link `fanzha url` and `POST /v1/check/url` take as an argument (64 KB). */
export const MAX_URL_ARGUMENT = 65_536;

/** Short brand tokens (jd, qq) match only as whole parts; longer ones also inside a label. */
const SHORT_TOKEN = 4;

interface OfficialLabel {
  label: string;
  skeleton: string;
  brand: Brand;
  domain: string;
}

const OFFICIAL_LABELS: readonly OfficialLabel[] = BRANDS.flatMap((brand) =>
  brand.domains.map((domain) => {
    const label = parseDomain(domain).domainWithoutSuffix ?? domain;
    return { label, skeleton: skeleton(label), brand, domain };
  }),
);
const OFFICIAL_LABEL_SET: ReadonlySet<string> = new Set(OFFICIAL_LABELS.map((o) => o.label));

/** A brand's own top-level domain (.dhl, .taobao: Brand.brandTlds) → the brand. */
const BRAND_TLD: ReadonlyMap<string, Brand> = new Map(BRANDS.flatMap((b) => (b.brandTlds ?? []).map((t) => [t, b] as const)));

/**
 * The brand whose registrable domain this is: one listed in its `domains`, or any name under its own
 * brand TLD (mydhl.express.dhl: only DHL registers under .dhl), read only when tldts knows the TLD
 * as an ICANN suffix (a private suffix of that name would be anyone's).
 */
function ownerOf(registrable: string | null, suffix: string, icann: boolean): Brand | null {
  if (registrable === null) return null;
  // A brand's own Chinese domain, if the data ever lists one, is listed as the reader sees it (京东.中国), not as xn--….
  const listed = OFFICIAL_DOMAIN_TO_BRAND.get(registrable) ?? (registrable.includes('xn--') ? OFFICIAL_DOMAIN_TO_BRAND.get(domainToUnicode(registrable)) : undefined);
  return listed ?? (icann ? BRAND_TLD.get(suffix) ?? null : null);
}

/** Brand tokens, plus official labels long enough not to be ordinary words (vip, sto, boc are). */
const TOKEN_TO_BRAND: ReadonlyMap<string, Brand> = new Map(
  BRANDS.flatMap((b) => [...b.tokens, ...b.domains.map((d) => parseDomain(d).domainWithoutSuffix ?? d).filter((l) => l.length > SHORT_TOKEN)]
    .filter((t) => /^[a-z0-9]+$/.test(t) && !/^\d{1,4}$/.test(t))
    .map((t) => [t, b] as const)),
);
/** Brand names that are ordinary words too (apple, amazon, office): whole parts only, never inside a word. */
const WORD_TOKENS: ReadonlySet<string> = new Set(BRANDS.flatMap((b) => b.wordTokens ?? []));
const LONG_TOKENS: readonly (readonly [string, Brand])[] = [...TOKEN_TO_BRAND].filter(([t]) => t.length >= SHORT_TOKEN + 1 && !WORD_TOKENS.has(t));
/** Short labels that squatters do swap TLDs on (jd.vip); other short ones (sf.net, boc.com) are unrelated sites. */
const SHORT_TLD_SWAP: ReadonlySet<string> = new Set(['jd', 'qq']);

const REFUND_WORD_SET: ReadonlySet<string> = new Set(REFUND_WORDS);
/** Refund words strong enough to mention even when no brand is named (generic words like help/service are not). */
const STRONG_REFUND_WORDS: ReadonlySet<string> = new Set([
  'tuikuan', 'lipei', 'tuifei', 'buchang', 'jiedong', 'fanxian', 'refund', 'refunds', 'claim', 'claims', 'compensation',
]);
/**
 * The lure words a brand's INITIALS count beside (mt-kf, dy-kefu, zfb-tk, wx-jiedong): the refund
 * scam's own pinyin and its abbreviations, never a generic English word (mt-support, ks-app, sn-service
 * are anybody's), since initials are ambiguous alone (see Brand.initials).
 */
const INITIALS_LURE: ReadonlySet<string> = new Set([
  ...STRONG_REFUND_WORDS, 'kefu', 'kf', 'tk', 'lp', 'kfzx', 'kd', 'tuifei', 'tuihuo', 'butie', 'renzheng', 'lingqu', 'buzhu',
  'fafang', 'tuishui', 'jiaofei', 'jifen', 'duihuan', 'jihuo', 'dongjie', 'kuaidi', 'wuliu', 'tuipiao', 'gaiqian', 'lingjiang',
  'baozhengjin', 'shenqing', 'guanwang',
]);
/**
 * Brand tokens of 4+ characters by their skeleton (0→o, 1/i→l, rn→m, vv→w: skeleton.ts), for a part of a
 * label that spells a brand with digits or letter pairs standing in for its letters ("taoba0-refund",
 * "a1ipay-tk", "rneituan-kefu"): the look-alike fold as a class, the same for every brand (newcomer8 kind 3:
 * taoba0 read "未发现问题" while the same label with the o was dangerous).
 */
const TOKEN_BY_SKELETON: ReadonlyMap<string, { token: string; brand: Brand }> = new Map(
  [...TOKEN_TO_BRAND].filter(([t]) => t.length >= SHORT_TOKEN && !WORD_TOKENS.has(t)).reverse().map(([t, b]) => [skeleton(t), { token: t, brand: b }]),
);
/** A digit or a letter pair among the swaps: a part without one is a word of its own, not a look-alike spelling. */
const SWAP_MARK = /[0-9]|rn|vv/;

/**
 * The first label part glued from brand and lure words of which one is spelled with look-alike characters
 * ("taoba0refund": taobao + refund), when the part read as written names no brand (words.ts foldedWords):
 * the part, its words as read, the brand, the lure words. Linear in the label (parts ≤ 63 characters).
 */
function gluedLookalike(parts: readonly string[]): { part: string; words: string; brand: Brand; lures: string[] } | null {
  for (const p of parts) {
    if (segmentWords(p)?.some((w) => w.kind === 'brand')) continue;
    const words = foldedWords(p);
    const brand = words?.find((w) => w.brand)?.brand;
    if (words && brand) return { part: p, words: words.map((w) => w.text).join(' + '), brand, lures: words.filter((w) => w.kind === 'lure').map((w) => w.text) };
  }
  return null;
}

/** The first label part that spells a brand token with look-alike characters, and that token. */
function spelledLikeBrand(parts: readonly string[]): { part: string; token: string; brand: Brand } | null {
  for (const p of parts) {
    if (p.length < SHORT_TOKEN || p.length > 63 || TOKEN_TO_BRAND.has(p) || !SWAP_MARK.test(p)) continue;
    const hit = TOKEN_BY_SKELETON.get(skeleton(p));
    if (hit && hit.token !== p) return { part: p, ...hit };
  }
  return null;
}

const INITIALS: ReadonlyMap<string, Brand> = new Map(BRANDS.flatMap((b) => (b.initials ?? []).map((t) => [t, b] as const)));

/**
 * A brand's initials beside a scam lure word: a whole part (mt-kf, dy-kefu) or glued before it
 * (zfbtuikuan); with the lure word, which a glued label hides from the host's word split.
 */
function initialsWithLure(parts: readonly string[]): { brand: Brand; lure: string } | null {
  const brand = parts.map((p) => INITIALS.get(p)).find((b) => b !== undefined);
  const lure = parts.find((p) => INITIALS_LURE.has(p));
  if (brand && lure) return { brand, lure };
  for (const p of parts) {
    for (const [t, b] of INITIALS) if (p.length > t.length && p.startsWith(t) && INITIALS_LURE.has(p.slice(t.length))) return { brand: b, lure: p.slice(t.length) };
  }
  return null;
}

const CHINESE_REFUND_WORDS = ['退款', '理赔', '退费', '赔付', '补偿', '解冻', '客服'];

/**
 * A brand's Chinese name in a Chinese domain's label as the reader sees it (京东理赔 in xn--xhq9mh07gmfv.com),
 * traditional characters read as simplified (京東 is 京东): the longest name it holds, its brand, and a lure
 * word beside it (退款, 客服…, or a pinyin/English one: 京东-tuikuan). Labels are at most 63 characters and the
 * names a fixed list: bounded work per link.
 */
function idnBrandName(shown: string): { name: string; brand: Brand; exact: boolean; lure: string | null } | null {
  if (shown.length === 0 || shown.length > 63 || !/[\u3400-\u9fff]/.test(shown)) return null;
  const folded = normalise(shown).text;
  const hit = IDN_BRAND_NAMES.find(([name]) => folded.includes(name));
  if (!hit) return null;
  const [name, brand] = hit;
  const rest = folded.replace(name, '');
  const lure = IDN_LURE_WORDS.find((w) => rest.includes(w)) ?? tokensOf(rest).find((t) => REFUND_WORD_SET.has(t)) ?? null;
  return { name, brand, exact: rest.replace(/[-\s]/g, '').length === 0, lure };
}

const SCHEME = /^[a-z][a-z0-9+.-]{0,30}:/i;
const HAS_AUTHORITY = /^[a-z][a-z0-9+.-]{0,30}:\/\//i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const TOKEN_SPLIT = /[^a-z0-9]+/;

const invalid = (input: string): UrlReport => ({
  input, url: null, host: null, registrableDomain: null, brand: null, verdict: 'unknown', findings: [],
});

function tokensOf(text: string): string[] {
  return text.toLowerCase().split(TOKEN_SPLIT).filter((t) => t.length > 0);
}

/** Brand named by a token list: whole tokens, or a long brand token inside one. */
function brandInTokens(tokens: readonly string[]): Brand | null {
  for (const t of tokens) {
    const exact = TOKEN_TO_BRAND.get(t);
    if (exact) return exact;
  }
  for (const t of tokens) {
    if (t.length <= SHORT_TOKEN) continue;
    const inside = longTokenInside(t, false);
    if (inside) return inside;
  }
  return null;
}

function officialDomainInside(text: string): Brand | null {
  if (!text.includes('.')) return null;
  const lower = text.toLowerCase();
  for (const [domain, brand] of OFFICIAL_DOMAIN_TO_BRAND) {
    const at = lower.indexOf(domain);
    if (at < 0) continue;
    // Require a boundary so "notjd.com" inside a label does not count as "jd.com".
    const before = at === 0 ? '' : lower[at - 1]!;
    if (before === '' || !/[a-z0-9]/.test(before)) return brand;
  }
  return null;
}

function hasDoubledLetter(candidate: string, official: string): boolean {
  if (candidate.length !== official.length + 1) return false;
  for (let i = 0; i < candidate.length; i++) {
    if (candidate.slice(0, i) + candidate.slice(i + 1) === official && (candidate[i] === candidate[i - 1] || candidate[i] === candidate[i + 1])) return true;
  }
  return false;
}

/** `a` is `b` with one character added or removed at its start or end. */
function edgeEdit(a: string, b: string): boolean {
  if (a.length === b.length + 1) return a.slice(1) === b || a.slice(0, -1) === b;
  if (b.length === a.length + 1) return b.slice(1) === a || b.slice(0, -1) === a;
  return false;
}

/** First official label of each skeleton and of each label (the order of the data file). */
const BY_SKELETON_FIRST: ReadonlyMap<string, OfficialLabel> = new Map([...OFFICIAL_LABELS].reverse().map((o) => [o.skeleton, o]));
const BY_LABEL: ReadonlyMap<string, OfficialLabel> = new Map([...OFFICIAL_LABELS].reverse().map((o) => [o.label, o]));

/**
 * A long brand token (5+ characters, not an ordinary word) inside `text`, the first in the data's
 * order; `proper`: not the whole text. Tokens are grouped by their first two characters, so each
 * position of the text looks at a handful of candidates, not every token.
 */
const LONG_BY_PREFIX: ReadonlyMap<string, (readonly [string, Brand, number])[]> = (() => {
  const m = new Map<string, (readonly [string, Brand, number])[]>();
  LONG_TOKENS.forEach(([t, b], order) => {
    const k = t.slice(0, 2);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push([t, b, order]);
  });
  return m;
})();
function longTokenInside(text: string, proper: boolean): Brand | null {
  let best: Brand | null = null;
  let bestOrder = Infinity;
  for (let i = 0; i + SHORT_TOKEN < text.length; i++) {
    const cands = LONG_BY_PREFIX.get(text.slice(i, i + 2));
    if (!cands) continue;
    for (const [t, b, order] of cands) {
      if (order < bestOrder && text.startsWith(t, i) && !(proper && t.length === text.length)) { best = b; bestOrder = order; }
    }
  }
  return best;
}

const BY_SKELETON: ReadonlyMap<string, OfficialLabel> = new Map([...OFFICIAL_LABELS].reverse().map((o) => [o.skeleton, o]));
const BY_UNHYPHENATED: ReadonlyMap<string, OfficialLabel> = new Map([...OFFICIAL_LABELS].reverse().map((o) => [o.skeleton.replaceAll('-', ''), o]));
/** Official labels by length, so the edit-distance pass only visits labels of a near length. */
const BY_LENGTH: readonly OfficialLabel[][] = (() => {
  const buckets: OfficialLabel[][] = Array.from({ length: 66 }, () => []);
  for (const o of OFFICIAL_LABELS) buckets[Math.min(o.skeleton.length, 65)]!.push(o);
  return buckets;
})();

/** A look-alike of an official label: same skeleton (homoglyph) or a small typo. */
function lookalikeOf(label: string): { brand: Brand; kind: 'homoglyph' | 'typo' | 'hyphen'; official: string } | null {
  if (label.length > 63 || OFFICIAL_LABEL_SET.has(label)) return null;
  const skel = skeleton(label);
  const same = BY_SKELETON.get(skel);
  if (same) return { brand: same.brand, kind: 'homoglyph', official: same.label };
  if (label.includes('-')) {
    const joined = BY_UNHYPHENATED.get(skel.replaceAll('-', ''));
    if (joined) return { brand: joined.brand, kind: 'hyphen', official: joined.label };
  }
  const hasDigit = /\d/.test(label);
  for (let len = Math.max(1, skel.length - 2); len <= Math.min(65, skel.length + 2); len++) {
    for (const o of BY_LENGTH[len]!) {
      // One- and two-character names (3.cn, a.co, tb.cn) have countless one-edit neighbours; only
      // the two that squatters do target (jdd, qqq) are kept.
      if (o.label.length < 3 && !SHORT_TLD_SWAP.has(o.label)) continue;
      const max = o.label.length >= 10 ? 2 : 1;
      if (Math.abs(skel.length - o.skeleton.length) > max) continue;
      // One edit leaves the first or the last character of names of 3+ in place: a cheap exact
      // filter before the distance (most labels share neither with most names).
      if (max === 1 && skel.length >= 3 && o.skeleton.length >= 3 && skel[0] !== o.skeleton[0]
        && skel[skel.length - 1] !== o.skeleton[o.skeleton.length - 1]) continue;
      if (editDistance(skel, o.skeleton, max) > max) continue;
      // Short names sit one edit away from many real words (small/tmall, bbc/boc); there only a
      // doubled letter (jdd) or a digit standing in for a letter (taob0o) counts.
      // A letter added or dropped at either end of a name under 8 letters is usually another
      // word (cloud/icloud, offices/office, paypals): there too only a doubled letter or a digit.
      const plain = o.label.length >= 8 || !edgeEdit(skel, o.skeleton);
      if ((o.label.length >= 6 && plain) || hasDoubledLetter(skel, o.skeleton) || (hasDigit && !/\d/.test(o.label))) {
        return { brand: o.brand, kind: 'typo', official: o.label };
      }
    }
  }
  return null;
}

/**
 * Is this host one of the brands' own domains, or a government site (anything under gov.cn)?
 * For callers that only need the yes/no (the centre's indicator extraction), without a report.
 */
export function isOfficialHost(host: string): boolean {
  const p = parseDomain(host.toLowerCase());
  const suffix = p.publicSuffix ?? '';
  if (ownerOf(p.domain, suffix, p.isIcann === true)) return true;
  return p.domain !== null && (suffix === 'gov.cn' || suffix.endsWith('.gov.cn'));
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function checkUrl(raw: string): UrlReport {
  const input = raw;
  const whole = deobfuscateUrl(raw.length > MAX_INPUT ? raw.slice(0, MAX_INPUT) : raw);
  if (whole.length === 0) return invalid(input);
  // A link padded past what anyone types still opens its host: judge the head, and say so.
  const overlong = whole.length > MAX_URL_LENGTH || raw.length > MAX_INPUT;
  const trimmed = overlong ? whole.slice(0, MAX_URL_LENGTH) : whole;
  const head = trimmed.slice(0, 16).toLowerCase();

  if (head.startsWith('javascript:') || head.startsWith('vbscript:')) {
    return {
      input, url: trimmed, host: null, registrableDomain: null, brand: null, verdict: 'dangerous',
      findings: [finding('javascript-scheme', 'high',
        'javascript: 链接会在你的浏览器里直接运行对方写的代码，不是网页地址',
        'a javascript: link runs the sender\'s code in your browser; it is not a web address')],
    };
  }
  if (head.startsWith('data:')) {
    return {
      input, url: trimmed, host: null, registrableDomain: null, brand: null, verdict: 'dangerous',
      findings: [finding('data-scheme', 'high',
        'data: 链接把整个页面藏在链接里，没有网站域名，常用于伪造登录或退款页面',
        'a data: link carries a whole page inside the link with no domain behind it; used to fake login or refund pages')],
    };
  }
  if (head.startsWith('itms-services:')) {
    return {
      input, url: trimmed, host: null, registrableDomain: null, brand: null, verdict: 'dangerous',
      findings: [finding('apk-download', 'high',
        '这是直接安装苹果企业签名应用的链接，绕过了应用商店；真正的退款不需要安装任何软件',
        'this link installs an enterprise-signed iPhone app outside the App Store; a real refund never needs an app')],
    };
  }

  const withScheme = HAS_AUTHORITY.test(trimmed) ? trimmed : SCHEME.test(trimmed) && !/^[^:]+:\d/.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return invalid(input);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { input, url: url.href, host: url.hostname || null, registrableDomain: null, brand: null, verdict: 'unknown', findings: [] };
  }

  let host = url.hostname.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length === 0) return invalid(input);
  // A word typed without a scheme ("not-a-url", "验证码") is not a link: a link someone sends names a domain
  // (jd.com) or an address. With a scheme, a one-label host (http://intranet/) is a link, judged unknown.
  if (withScheme !== trimmed && !host.includes('.') && !host.startsWith('[')) return invalid(input);
  const findings: Finding[] = [];
  if (overlong) {
    findings.push(finding('overlong', 'low',
      `链接超过 ${MAX_URL_LENGTH} 个字符，把真正的网址藏在一长串字符里`,
      `the link is over ${MAX_URL_LENGTH} characters long, hiding the real address in a long string`));
  }
  const path = decodePath(url.pathname + url.search + url.hash).slice(0, MAX_URL_LENGTH);
  const pathTokens = tokensOf(path);
  const pathLower = path.toLowerCase();

  let userinfoBrand: Brand | null = null;
  if (url.username || url.password) {
    const fake = decodePath(url.username);
    const named = officialDomainInside(fake) ?? brandInTokens(tokensOf(fake));
    userinfoBrand = named;
    findings.push(named
      ? finding('userinfo', 'high',
        `“@”前面的“${fake}”只是用户名，真正打开的网站是 ${host}`,
        `"${fake}" before the "@" is only a user name; the site that opens is ${host}`)
      : finding('userinfo', 'medium',
        `链接里有“@”：前面的“${fake}”不是网站，真正打开的是 ${host}`,
        `the link contains "@": "${fake}" is not the site; the site that opens is ${host}`));
  }
  if (url.port !== '') {
    findings.push(finding('odd-port', 'medium',
      `链接使用了非常规端口 ${url.port}，正规购物网站不会这样`,
      `the link uses the unusual port ${url.port}; real shopping sites do not`));
  }

  const isIp = IPV4.test(host) || host.startsWith('[');
  if (isIp) {
    findings.push(finding('ip-host', 'medium',
      `链接直接用 IP 地址 ${host}，没有域名，正规平台不会这样发链接`,
      `the link points at the bare IP address ${host} instead of a domain; platforms never send such links`));
    addRefundWords(findings, null, pathTokens, pathLower);
    addApk(findings, url, false);
    return { input, url: url.href, host, registrableDomain: null, brand: null, verdict: verdictFrom(findings, false), findings };
  }

  const parsed = parseDomain(host);
  const registrable = parsed.domain;
  const label = parsed.domainWithoutSuffix ?? '';
  const suffix = parsed.publicSuffix ?? '';
  const subdomain = parsed.subdomain ?? '';
  const official = ownerOf(registrable, suffix, parsed.isIcann === true);
  // Only government bodies can register under gov.cn (CNNIC's rules), and it is a public suffix:
  // any registrable domain below it is a government site, listed or not.
  const government = suffix === 'gov.cn' || suffix.endsWith('.gov.cn');
  let brand: Brand | null = official ?? userinfoBrand;
  /** Lure words read from a glued look-alike part ("taoba0refund" → refund): the host split misses them. */
  let gluedLures: string[] = [];

  if (SHORTENER_DOMAINS.has(host) || (registrable !== null && SHORTENER_DOMAINS.has(registrable))) {
    // Low: carriers and shops send t.cn / dwz.cn links in real notices; only with other findings.
    findings.push(finding('shortener', 'low',
      `${host} 是短链接服务，看不出最终会打开哪个网站；平台退款不会发短链接让你填写信息`,
      `${host} is a URL shortener that hides where the link leads; platforms do not send short links for refund forms`));
  }
  addApk(findings, url, official !== null);

  if (!official && !government && registrable) {
    // IDN: decode and compare what the reader sees, not the xn-- form.
    // The ending cut by its own decoded length: a Chinese ending (.中国 is xn--fiqs8s) is shorter decoded than written.
    const shownSuffix = suffix.includes('xn--') ? domainToUnicode(`x.${suffix}`).slice(2) : suffix;
    const unicodeLabel = label.includes('xn--') ? domainToUnicode(`${label}.${suffix}`).slice(0, -(shownSuffix.length + 1)) : label;
    if (host.includes('xn--')) {
      const shown = domainToUnicode(host);
      const latinMix = /[a-z]/.test(shown) && /[\u0370-\u03ff\u0400-\u04ff]/.test(shown);
      const cjkOnly = /^[\u3400-\u9fff.\-a-z0-9]*$/.test(shown) && !latinMix;
      findings.push(finding('punycode', cjkOnly ? 'low' : 'medium',
        `域名是国际化域名（${host}），显示出来是“${shown}”${latinMix ? '，其中混用了拉丁字母和西里尔/希腊字母' : ''}`,
        `the domain is an internationalised name (${host}) shown as "${shown}"${latinMix ? ', mixing Latin with Cyrillic/Greek letters' : ''}`));
    }

    // A brand's Chinese name in a Chinese domain (京东理赔.com, 淘宝.com, 拼多多客服.cn): not on the brand's list, so
    // not its site. The name with a lure word is the fake refund page; the name alone on a cheap ending is too
    // (as jingdong.top is); the name with other words, or alone on .com/.cn, is at least suspicious (jd-shop.com).
    const idn = host.includes('xn--') ? idnBrandName(unicodeLabel) : null;
    if (idn) {
      brand = idn.brand;
      const shownDomain = `${unicodeLabel}.${shownSuffix}`;
      const own = idn.brand.domains[0] ? `（官方网站是 ${idn.brand.domains[0]}）` : '';
      const ownEn = idn.brand.domains[0] ? ` (its site is ${idn.brand.domains[0]})` : '';
      findings.push(finding('brand-idn', idn.exact && !HOME_ENDINGS.has(suffix) ? 'high' : 'medium',
        `“${shownDomain}”是用“${idn.name}”这个中文名注册的中文域名，不是${idn.brand.zh}的官方网站${own}`,
        `"${shownDomain}" is a Chinese-character domain made from ${idn.brand.en}'s Chinese name "${idn.name}"; it is not ${idn.brand.en}'s site${ownEn}`));
      if (idn.lure) {
        findings.push(finding('brand-refund-words', 'high',
          `链接把“${idn.brand.zh}”和“${idn.lure}”放在一起，是冒充客服退款的典型写法`,
          `the link pairs "${idn.brand.en}" with "${idn.lure}", the typical shape of a fake refund page`));
      }
    } else if (subdomain.includes('xn--')) {
      // 京东退款.example.com: the brand's Chinese name in front for show.
      const inSub = idnBrandName(domainToUnicode(subdomain));
      if (inSub) {
        brand = inSub.brand;
        findings.push(finding('brand-in-subdomain', 'high',
          `${domainToUnicode(host)} 把“${inSub.name}”放在前面装样子，真正的网站是 ${domainToUnicode(registrable)}，不是${inSub.brand.zh}`,
          `${domainToUnicode(host)} puts "${inSub.name}" (${inSub.brand.en}) in front for show; the real site is ${domainToUnicode(registrable)}, not ${inSub.brand.en}`));
      }
    }

    const look = idn ? null : lookalikeOf(unicodeLabel);
    if (look) {
      brand = look.brand;
      if (look.kind === 'homoglyph') {
        findings.push(finding('homoglyph', 'high',
          `“${unicodeLabel}”用形近字符冒充 ${look.official}（${look.brand.zh}），看起来一样，其实是另一个网站`,
          `"${unicodeLabel}" imitates ${look.official} (${look.brand.en}) with look-alike characters; it is a different site`));
      } else {
        findings.push(finding('typosquat', 'high',
          `${registrable} 与 ${look.brand.zh}的官方域名 ${look.official} 只差一两个字符（${look.kind === 'hyphen' ? '加了连字符' : '拼写变化'}）`,
          `${registrable} differs from ${look.brand.en}'s official ${look.official} by a character or two (${look.kind === 'hyphen' ? 'hyphen added' : 'misspelling'})`));
      }
    } else if (subdomain) {
      // tao.bao.com: the brand split across a dot so the registrable part looks harmless.
      const joined = skeleton(`${subdomain.split('.').pop() ?? ''}${label}`);
      const split = BY_SKELETON_FIRST.get(joined);
      if (split) {
        brand = split.brand;
        findings.push(finding('typosquat', 'high',
          `${host} 把 ${split.label} 拆成了两段，真正的网站是 ${registrable}，不是${split.brand.zh}`,
          `${host} splits ${split.label} across a dot; the real site is ${registrable}, not ${split.brand.en}`));
      }
    }
    if (!look && !findings.some((f) => f.id === 'typosquat')) {
      const swapped = BY_LABEL.get(label);
      const tldRisky = RISKY_TLDS.has(suffix.split('.').pop() ?? '');
      if (swapped && label.length >= 4 && HOME_ENDINGS.has(suffix) && swapped.domain !== registrable) {
        // The brand's exact name on .com/.cn (ctrip.cn, spdb.cn): brands hold these themselves (HOME_ENDINGS).
        brand = swapped.brand;
        findings.push(finding('brand-home-ending', 'low',
          `${registrable} 是${swapped.brand.zh}的名字加常见后缀，多半是品牌自己注册的域名（官方主站是 ${swapped.domain}）；涉及付款或登录，请在官方APP里办理`,
          `${registrable} is ${swapped.brand.en}'s name on a common ending, most likely registered by the brand itself (its main site is ${swapped.domain}); pay or sign in only in the official app`));
      } else if (swapped && (label.length >= 4 || SHORT_TLD_SWAP.has(label)) && (!WORD_TOKENS.has(label) || tldRisky)) {
        brand = swapped.brand;
        findings.push(finding('typosquat', 'high',
          `${registrable} 借用了 ${swapped.brand.zh}的名字但换了后缀；官方域名是 ${swapped.domain}`,
          `${registrable} borrows ${swapped.brand.en}'s name with another ending; the official domain is ${swapped.domain}`));
      }
    }

    const subWords = subdomain ? hostWords(subdomain.split('.')).words : [];
    const labelSplit = hostWords([label]);
    const labelWords = labelSplit.words;
    if (subdomain) {
      const inSub = officialDomainInside(subdomain);
      const subTokens = tokensOf(subdomain);
      const tokenBrand = inSub ?? brandInTokens(subTokens) ?? subWords.find((w) => w.brand)?.brand ?? null;
      if (tokenBrand) {
        brand ??= tokenBrand;
        // usps.com-track.info: the label starts with "com-" so the brand's own domain seems to end there.
        const fakeEnding = /^(?:com|cn|net|org|gov)-/.test(label);
        findings.push(finding('brand-in-subdomain', inSub || fakeEnding || subTokens.some((t) => t.length > SHORT_TOKEN) ? 'high' : 'medium',
          `${host} 把“${tokenBrand.zh}”放在前面装样子，真正的网站是 ${registrable}，不是${tokenBrand.zh}`,
          `${host} puts "${tokenBrand.en}" in front for show; the real site is ${registrable}, not ${tokenBrand.en}`));
      }
    }

    const labelParts = label.split('-').filter((p) => p.length > 0);
    let initials: { brand: Brand; lure: string } | null = null;
    const spelled = !look && labelParts.length > 1 ? spelledLikeBrand(labelParts) : null;
    if (spelled) {
      brand ??= spelled.brand;
      findings.push(finding('homoglyph', 'high',
        `“${spelled.part}”用形近的数字或字母（0当o、1当l、rn当m）拼出“${spelled.token}”，冒充${spelled.brand.zh}；${registrable} 不是${spelled.brand.zh}的网站`,
        `"${spelled.part}" spells "${spelled.token}" with look-alike digits or letters (0 for o, 1 for l, rn for m), imitating ${spelled.brand.en}; ${registrable} is not ${spelled.brand.en}'s site`));
    }
    // The same look-alike glued to other words inside one part ("taoba0refund", "a1ipaytuikuan", "rneituankefu").
    const glued = !look && !spelled ? gluedLookalike(labelParts) : null;
    if (glued) {
      brand ??= glued.brand;
      gluedLures = glued.lures;
      findings.push(finding('homoglyph', 'high',
        `“${glued.part}”用形近的数字或字母（0当o、1当l、rn当m）拼出“${glued.words}”，冒充${glued.brand.zh}；${registrable} 不是${glued.brand.zh}的网站`,
        `"${glued.part}" spells "${glued.words}" with look-alike digits or letters (0 for o, 1 for l, rn for m), imitating ${glued.brand.en}; ${registrable} is not ${glued.brand.en}'s site`));
    }
    if (!look) {
      const joined = labelParts.join('');
      // A label glued from words (jdtuikuan, 12123weizhang, etcgov) names the brand among them.
      const glued = labelWords.length > 1 ? labelWords.find((w) => w.brand)?.brand ?? null : null;
      const addBrand = (labelParts.length > 1 ? brandInTokens(labelParts.filter((p) => TOKEN_TO_BRAND.has(p))) : null)
        ?? longTokenInside(joined, true)
        ?? shortBrandWithRefundWord(joined)
        ?? glued
        ?? (initials = initialsWithLure(labelParts))?.brand
        ?? null;
      // The brand's name as the whole label (zhifubao.com, 12123.top) where it has no site of that name.
      const named = labelSplit.covered && labelWords.length === 1 && !findings.some((f) => f.id === 'typosquat') ? labelWords[0]!.brand ?? null : null;
      if (addBrand) {
        brand ??= addBrand;
        findings.push(finding('brand-hyphenation', 'medium',
          `${registrable} 是“${addBrand.zh}”的名字加上别的词拼成的新域名，不是${addBrand.zh}的官方网站`,
          `${registrable} joins "${addBrand.en}"'s name with other words; it is not ${addBrand.en}'s site`));
      } else if (named && (RISKY_TLDS.has(suffix.split('.').pop() ?? '') || named.domains.length === 0)) {
        // Only on a throwaway ending (zhifubao.vip, 12123.top), or for a body with no site at all
        // (etc.com): brands own their names under .com and .cn (jingdong.com is JD's).
        brand ??= named;
        findings.push(finding('brand-name', 'medium',
          `${registrable} 用的是“${named.zh}”的名字，但不是${named.zh}的官方网站`,
          `${registrable} uses "${named.en}"'s name but is not ${named.en}'s site`));
      }
    }
    // Refund words next to a brand only count when the HOST borrows the brand: a path naming a
    // brand on an ordinary site (github.com/jd-opensource/help) is not an imitation.
    const hostBrand = brand === userinfoBrand ? null : brand;

    const pathBrand = officialDomainInside(path) ?? brandInTokens(pathTokens);
    if (pathBrand) {
      findings.push(finding('brand-in-path', 'low',
        `链接路径里出现“${pathBrand.zh}”，但网站是 ${registrable}`,
        `the link's path mentions "${pathBrand.en}" but the site is ${registrable}`));
    }

    const lureWords = [...subWords, ...labelWords].filter((w) => w.kind === 'lure').map((w) => w.text).concat(gluedLures);
    if (initials) lureWords.push(initials.lure);
    addRefundWords(findings, hostBrand, [...tokensOf(`${subdomain}.${label}`), ...lureWords, ...pathTokens], pathLower);

    // gov.cn outside gov.cn (122.gov.cn.jg-query.top, etc-gov.cn, guojiacaipiaozhongxin.com).
    const hostLower = `${subdomain}.${label}`;
    const stateWord = [...subWords, ...labelWords].find((w) => w.kind === 'state')?.text ?? null;
    const govBrand = brand?.kind === 'government' ? brand : null;
    if ((hostLower.includes('gov.cn') || stateWord !== null || govBrand) && brand?.kind !== 'foreign') {
      const claimsGov = hostLower.includes('gov.cn') || (stateWord !== null && /^gov|zhengfu|zhengwu/.test(stateWord));
      const strong = claimsGov || lureWords.length > 0 || govBrand !== null;
      const what = govBrand ? govBrand.zh : stateWord ?? 'gov.cn';
      findings.push(finding('fake-government', strong ? 'high' : 'medium',
        `${host} 冒充政府或公共服务网站（“${what}”）：真正的政府网站都以 .gov.cn 结尾，这个网站是 ${registrable}`,
        `${host} poses as a government or public-service site ("${govBrand ? govBrand.en : what}"): every real Chinese government site ends in .gov.cn; this one is ${registrable}`));
    }

    const tld = suffix.split('.').pop() ?? '';
    if (RISKY_TLDS.has(tld)) {
      findings.push(finding('risky-tld', 'low',
        `.${tld} 后缀的域名常被用于诈骗网站`,
        `.${tld} domains are often used by scam sites`));
    }
  }

  return {
    input,
    url: url.href,
    host,
    registrableDomain: registrable,
    brand: brand?.id ?? null,
    verdict: verdictFrom(findings, official !== null || government),
    findings,
  };
}

/** jdtuikuan, qqkefu: a short brand name glued to a refund word. */
const SHORT_TOKENS: readonly (readonly [string, Brand])[] = [...TOKEN_TO_BRAND].filter(([t]) => t.length <= SHORT_TOKEN);
function shortBrandWithRefundWord(label: string): Brand | null {
  for (const [token, brand] of SHORT_TOKENS) {
    if (!label.startsWith(token)) continue;
    const rest = label.slice(token.length);
    if (REFUND_WORD_SET.has(rest)) return brand;
  }
  return null;
}

function addRefundWords(findings: Finding[], brand: Brand | null, tokens: readonly string[], pathLower: string): void {
  if (brand && findings.some((f) => f.id === 'brand-refund-words')) return; // said once (a Chinese domain's lure word)
  const word = tokens.find((t) => (brand ? REFUND_WORD_SET : STRONG_REFUND_WORDS).has(t))
    ?? CHINESE_REFUND_WORDS.find((w) => pathLower.includes(w));
  if (!word) return;
  findings.push(brand
    ? finding('brand-refund-words', 'high',
      `链接把“${brand.zh}”和“${word}”放在一起，是冒充客服退款的典型写法`,
      `the link pairs "${brand.en}" with "${word}", the typical shape of a fake refund page`)
    : finding('refund-words', 'low',
      `链接里有“${word}”一类退款字样，但不是任何平台的官方网站`,
      `the link mentions "${word}" (refund wording) but is not any platform's site`));
}

function addApk(findings: Finding[], url: URL, official: boolean): void {
  if (official) return;
  const p = url.pathname.toLowerCase();
  if (p.endsWith('.apk') || url.search.toLowerCase().includes('.apk')) {
    findings.push(finding('apk-download', 'high',
      '这是安卓安装包（.apk）下载链接；真正的退款不需要下载任何“退款”软件',
      'this link downloads an Android app (.apk); a real refund never needs a "refund" app'));
  }
}
