/**
 * Entities in NORMALISED text (see normalise.ts: half-width digits, lower-case). Every scan is a
 * single linear regex with disjoint alternatives, so no input can make it backtrack.
 */
import type { EntityKind } from '../playbook/schema.ts';

export interface Entity {
  kind: EntityKind;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  /** The entity's value: digits only for numbers, yuan for amounts, the URL as written. */
  value: string;
}

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

/** Short numbers of services (banks' 95xxx, 96xxx, carriers' 100xx, government 12xxx). */
const SERVICE_NUMBER = /^(?:9[56][0-9]{3}|100[0-9]{2}|12[0-9]{3}|110|120|119|122)$/;

export function classifyDigits(raw: string): EntityKind | null {
  const plus = raw.startsWith('+');
  const d = raw.replace(/[^0-9x]/g, '');
  if (d.length === 18 && chineseIdValid(d)) return 'id-number';
  if (d.includes('x')) return null;
  if (plus || d.startsWith('00')) return d.length >= 7 ? 'phone' : null;
  if (/^(?:86)?1[3-9][0-9]{9}$/.test(d)) return 'phone';
  if (d.length >= 16 && d.length <= 19 && luhnValid(d)) return 'bank-card';
  if (/^0[1-9][0-9]{8,10}$/.test(d)) return 'phone';
  if (/^[48]00[0-9]{7}$/.test(d)) return 'phone';
  if (SERVICE_NUMBER.test(d)) return 'phone';
  return null;
}

// Digit runs with single spaces or hyphens between digits (card numbers are often grouped).
const DIGIT_RUN = /\+?[0-9](?:[ -]?[0-9])*x?/g;
// URL-ish runs: one character class, so linear. Classified afterwards.
const URL_RUN = /[a-z0-9][a-z0-9\-._~:/?#@!$&*+,;=%[\]]*/g;
const AMOUNT = /[¥$][ ]?[0-9][0-9,]*(?:\.[0-9]+)?(?:万)?|[0-9][0-9,]*(?:\.[0-9]+)?[ ]?(?:万元|万块|万|元|块钱|块|rmb|美元|dollars|dollar|usd)|[零一二两三四五六七八九十百千万]{1,12}(?:元|块)/g;
const CODE_WORDS = /验证码|动态码|校验码|确认码|短信码|口令|code|otp|passcode|pin/g;
const ORDER_WORDS = /订单|单号|order/g;

/** TLDs accepted for bare hosts ("jd-tuikuan.vip"): common generic ones plus any 2-letter ccTLD. */
const BARE_TLDS = new Set([
  'com', 'net', 'org', 'cn', 'top', 'vip', 'xyz', 'cc', 'shop', 'site', 'online', 'club', 'info', 'biz',
  'app', 'icu', 'live', 'link', 'ltd', 'work', 'fun', 'store', 'tech', 'wang', 'ink', 'pro', 'asia',
  'mobi', 'io', 'me', 'tv', 'co', 'uk', 'hk', 'tw', 'us', 'ru', 'tk', 'ml', 'ga', 'cf', 'gq', 'pw', 'win',
  'bid', 'loan', 'men', 'kim', 'red', 'space', 'website', 'host', 'press', 'email', 'cloud', 'gov', 'edu',
]);

function looksLikeUrl(run: string): boolean {
  if (/^(?:https?:\/\/|www\.|data:|javascript:|ftp:\/\/)/.test(run)) return true;
  if (run.includes('@') && !run.includes('/')) return false; // an e-mail address
  const host = run.split(/[/?#]/, 1)[0]!.split(':', 1)[0]!;
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((l) => l.length === 0)) return false;
  const tld = labels[labels.length - 1]!;
  if (!/^[a-z]{2,10}$/.test(tld)) return false;
  // Ignore file names and versions like "v1.2" / "a.b" unless the TLD is a known web TLD.
  return BARE_TLDS.has(tld) || tld.length === 2;
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

function amountValue(m: string): string {
  const cn = /^[零一二两三四五六七八九十百千万]+/.exec(m);
  if (cn) return String(parseChineseNumber(cn[0]) ?? '');
  const num = /[0-9][0-9,]*(?:\.[0-9]+)?/.exec(m);
  if (!num) return '';
  let v = Number(num[0].replace(/,/g, ''));
  if (m.includes('万')) v *= 10_000;
  return String(v);
}

export function extractEntities(text: string): Entity[] {
  const out: Entity[] = [];
  const taken: [number, number][] = [];

  URL_RUN.lastIndex = 0;
  for (let m = URL_RUN.exec(text); m; m = URL_RUN.exec(text)) {
    const run = m[0].replace(/[.,;:!?)\]]+$/, '');
    if (run.length >= 4 && looksLikeUrl(run)) {
      out.push({ kind: 'url', start: m.index, end: m.index + run.length, value: run });
      taken.push([m.index, m.index + run.length]);
    }
  }
  const inUrl = (s: number, e: number): boolean => taken.some(([a, b]) => s >= a && e <= b);

  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inUrl(start, end)) continue;
    const digits = m[0].replace(/[^0-9x]/g, '');
    const kind = classifyDigits(m[0]);
    if (kind) { out.push({ kind, start, end, value: digits }); continue; }
    if (/^[0-9]{4,8}$/.test(digits) && nearWord(CODE_WORDS, text, start, end, 10)) {
      out.push({ kind: 'code', start, end, value: digits });
    } else if (/^[0-9a-z]{10,32}$/.test(digits) && (digits.length >= 15 || nearWord(ORDER_WORDS, text, start, end, 10))) {
      out.push({ kind: 'order-number', start, end, value: digits });
    }
  }

  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    const value = amountValue(m[0]);
    if (value && !inUrl(m.index, m.index + m[0].length)) {
      out.push({ kind: 'amount', start: m.index, end: m.index + m[0].length, value });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
