/**
 * Offline phone-number checker: what kind of number this is, whose official line it is, and
 * the tricks refund scammers play with caller numbers (a claimed platform calling from an
 * ordinary mobile, +00 international display, virtual-carrier ranges, prefixed fakes of
 * 96110 and 95xxx). Pure function over data; no network.
 */
import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';
import { BRANDS, brandById, type Brand } from '../data/official-domains.ts';
import { OFFICIAL_NUMBERS } from '../data/official-numbers.ts';
import { SERVICE_NUMBERS, VIRTUAL_CARRIER_PREFIXES, type ServiceNumber } from '../data/service-numbers.ts';
import { finding, verdictFrom, type CheckVerdict, type Finding } from '../findings.ts';
import type { Lang } from '../../types.ts';

export type NumberKind = 'mobile' | 'landline' | 'service' | 'hotline-400' | 'international' | 'police-antifraud' | 'invalid';

export interface NumberReport {
  input: string;
  e164: string | null;
  kind: NumberKind;
  /** ISO country code (CN for mainland China), when known. */
  country: string | null;
  /** Set for virtual-carrier (MVNO) mobile ranges. */
  carrierHint?: string;
  /** Brand id whose published number this is. */
  officialFor: string | null;
  /** Name of a public service line (96110, 10086 …) when it is one. */
  serviceName?: { zh: string; en: string };
  /** The extension dialled after a published line ("95188-6": '6'), when one was written. */
  extension?: string;
  verdict: CheckVerdict;
  findings: Finding[];
}

export interface NumberCheckOptions {
  /** Who the caller says they are: 京东, 淘宝客服, 支付宝 … */
  claims?: string;
  /**
   * Whose reading: `zh` (default) a reader in mainland China, for whom a foreign number is itself a sign
   * (国内平台不会用境外号码联系你); `en` an English reader, whose own bank, courier or office calls from
   * +1 or +44: a foreign number alone is no finding for them (newcomer16 K2). Everything else is read alike.
   */
  reader?: Lang;
}

/**
 * A number written the North American way (NANP): `1-800-642-7676`, `1 (800) 275-2273`, `+1 888 280 4331`,
 * `(800) 642-7676`. Chinese numbers are never grouped 1-3-3-4 nor written with a bracketed area code that
 * does not start with 0, so such a number is +1 (US/Canada), not the CN mobile 180… its bare digits would
 * also be (newcomer16 K2: 1-800-642-7676 read as +8618006427676). Anchored, bounded: linear.
 */
const NANP_WITH_ONE = /^\+?1[\s.-]+\(?[2-9]\d{2}\)?[\s.-]*\d{3}[\s.-]\d{4}$/;
const NANP_BRACKETED = /^\([2-9]\d{2}\)\s?\d{3}[\s.-]\d{4}$/;
export function nanpShaped(spelt: string): boolean {
  const t = spelt.trim();
  return t.length <= 20 && (NANP_WITH_ONE.test(t) || NANP_BRACKETED.test(t));
}

export const MAX_NUMBER_LENGTH = 40;

const BY_NUMBER: ReadonlyMap<string, string> = new Map(OFFICIAL_NUMBERS.map((n) => [n.number, n.brand]));
const SERVICE_BY_NUMBER: ReadonlyMap<string, ServiceNumber> = new Map(SERVICE_NUMBERS.map((s) => [s.number, s]));
/** Numbers worth faking: long enough that a prefix + number is not an accident (110 is not). */
const SPOOF_TARGETS = (d: string): boolean => d.length >= 5 && (BY_NUMBER.has(d) || SERVICE_BY_NUMBER.has(d));
const SEPARATORS = /[\s\-()（）.·]/g;
const SERVICE_PATTERN = /^9[56]\d{3,4}$/;
const SMS_PORT = /^106\d{5,17}$/;

/** Published numbers for a brand's whole group (淘宝 refunds may come from 支付宝 95188). */
function numbersOfGroup(group: string): string[] {
  const ids = new Set(BRANDS.filter((b) => b.group === group).map((b) => b.id));
  return OFFICIAL_NUMBERS.filter((n) => ids.has(n.brand)).map((n) => n.number);
}

/** 京东客服, 淘宝, JD → the brand; longest alias wins so 京东金融 is not read as something shorter. */
const claimCache = new Map<string, Brand | null>();
const CLAIM_CACHE_SIZE = 512;

export function resolveClaim(claims: string): Brand | null {
  const cached = claimCache.get(claims);
  if (cached !== undefined) return cached;
  const resolved = resolveClaimUncached(claims);
  // A session repeats one claim on every turn; the cache is bounded against hostile input.
  if (claimCache.size >= CLAIM_CACHE_SIZE) claimCache.clear();
  if (claims.length <= 100) claimCache.set(claims, resolved);
  return resolved;
}

function resolveClaimUncached(claims: string): Brand | null {
  const text = claims.normalize('NFKC').toLowerCase().trim().slice(0, 100);
  if (text.length === 0) return null;
  let best: Brand | null = null;
  let bestLength = 0;
  for (const b of BRANDS) {
    for (const alias of [b.zh, b.en, ...b.aliases]) {
      const a = alias.toLowerCase();
      const matches = a.length >= 2 && (/^[a-z. ]+$/.test(a) ? text.split(/[^a-z.]+/).includes(a) || text === a : text.includes(a));
      if (matches && a.length > bestLength) {
        best = b;
        bestLength = a.length;
      }
    }
  }
  return best;
}

/** 一七零 / 幺三八 / 〇五七一: numbers read out in Chinese numerals, digit by digit. */
const NUMERAL: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
export function chineseDigits(s: string): string {
  let out = '';
  for (const ch of s) out += NUMERAL[ch] ?? ch;
  return out;
}

const invalid = (input: string): NumberReport => ({
  input, e164: null, kind: 'invalid', country: null, officialFor: null, verdict: 'unknown', findings: [],
});

function maskedDigits(d: string): string {
  return d.length >= 7 ? `${d.slice(0, 3)}****${d.slice(-4)}` : d;
}

export function checkNumber(raw: string, opts: NumberCheckOptions = {}): NumberReport {
  const input = raw;
  if (raw.length > MAX_NUMBER_LENGTH * 2) return invalid(input);
  const written = chineseDigits(raw.normalize('NFKC'));
  // A North American number is dialled +1 whatever its digits would be at home.
  const spelt = nanpShaped(written) ? `+1${written.replace(/\D/g, '').slice(-10)}` : written;
  // A published line with its extension ("95188-6", "950618转2"): the line itself, with the extension noted.
  const ext = extensionOf(spelt);
  if (ext !== null) return { ...checkNumber(ext.line, opts), input, extension: ext.extension };
  const cleaned = spelt.replace(SEPARATORS, '');
  if (cleaned.length === 0 || cleaned.length > MAX_NUMBER_LENGTH || !/^\+?\d+$/.test(cleaned)) return invalid(input);
  const plus = cleaned.startsWith('+');
  const digits = plus ? cleaned.slice(1) : cleaned;
  const findings: Finding[] = [];

  let report: NumberReport;
  const domestic = plus && digits.startsWith('86') ? digits.slice(2) : digits.startsWith('0086') ? digits.slice(4) : null;
  const local = domestic ?? (plus || digits.startsWith('00') ? null : digits);

  if (local !== null && (BY_NUMBER.has(local) || SERVICE_BY_NUMBER.has(local))) {
    report = registryReport(input, local);
  } else {
    const spoofed = spoofTarget(digits, plus);
    const padded = spoofed ? null : paddedTarget(local);
    if (padded) {
      const who = describeRegistry(padded);
      findings.push(finding('padded-lookalike', 'high',
        `${cleaned} 是在 ${padded}（${who.zh}）后面多加了数字的假号码；${who.zh}的号码就是 ${padded}，不会多出几位`,
        `${cleaned} is ${padded} (${who.en}) with digits added; ${who.en}'s number is ${padded}, with nothing after it`));
      report = { input, e164: null, kind: 'service', country: 'CN', officialFor: null, verdict: 'unknown', findings };
    } else if (spoofed) {
      const who = describeRegistry(spoofed);
      findings.push(finding('prefixed-lookalike', 'high',
        `${cleaned} 是在 ${spoofed}（${who.zh}）前面加了前缀的假号码；真正的 ${spoofed} 来电不会带“+”或其他前缀`,
        `${cleaned} is ${spoofed} (${who.en}) with a prefix added; the real ${spoofed} never calls with "+" or a prefix`));
      report = { input, e164: null, kind: 'international', country: null, officialFor: null, verdict: 'unknown', findings };
      if (!plus && !digits.startsWith('00')) report.kind = 'service';
    } else if (local !== null && SERVICE_PATTERN.test(local)) {
      report = { input, e164: null, kind: 'service', country: 'CN', officialFor: null, verdict: 'unknown', findings };
    } else if (local !== null && SMS_PORT.test(local)) {
      report = { input, e164: null, kind: 'service', country: 'CN', officialFor: null, verdict: 'unknown', findings };
    } else {
      const intlDigits = plus ? digits : digits.startsWith('00') ? digits.slice(2) : null;
      const parsed = intlDigits !== null ? parsePhoneNumberFromString(`+${intlDigits.replace(/^00/, '')}`) : parsePhoneNumberFromString(digits, 'CN');
      if (!parsed || !parsed.isValid()) return invalid(input);
      report = parsedReport(input, parsed, findings, opts.reader ?? 'zh');
    }
    if (digits.startsWith('00') && !digits.startsWith('0086')) {
      findings.push(finding('international', 'high',
        `号码以“${plus ? '+00' : '00'}”开头显示，是境外改号软件的典型特征，国内平台客服不会这样来电`,
        `the number is displayed with a leading "${plus ? '+00' : '00'}", typical of overseas caller-ID spoofing; no domestic platform calls like this`));
    }
  }

  if (opts.claims) {
    const claimed = resolveClaim(opts.claims);
    // A government office has local landlines no national list holds (社保局 0571-…): only a
    // mobile, 400, 95 or foreign number claiming a government body is a mismatch.
    const localOffice = claimed?.kind === 'government' && report.kind === 'landline';
    if (claimed && !localOffice) {
      const officialBrand = report.officialFor ? brandById(report.officialFor) : undefined;
      // The published numbers decide, but are not printed: a warning gives no number to call back
      // but 110/96110 (README), and the citizen looks the brand's number up in its own app.
      const published = numbersOfGroup(claimed.group);
      const unlistedService = !officialBrand && local !== null && SERVICE_PATTERN.test(local) && !SERVICE_BY_NUMBER.has(local);
      if (unlistedService) {
        // 95xxx / 96xxx lines are allocated by the MIIT to registered companies only, so an unknown
        // one may be a second line of the claimed brand: a doubt, not proof.
        findings.push(finding('unlisted-service-number', 'medium',
          `${local} 不在${claimed.zh}公布的客服号码里；请以银行卡背面或官方 App 里的号码为准`,
          `${local} is not among the numbers ${claimed.en} publishes; use the number on your card or in the official app`));
      } else if (!officialBrand || officialBrand.group !== claimed.group) {
        const shownNumber = report.kind === 'mobile' ? maskedDigits(local ?? digits) : cleaned;
        findings.push(finding('claims-mismatch', 'high',
          `对方自称“${claimed.zh}”，但 ${shownNumber} 不是${claimed.zh}公布的客服号码${published.length ? `（官方客服请在${claimed.zh}的 APP 或官网里查）` : '（该平台只在自己的 App 内提供客服）'}`,
          `the caller claims to be ${claimed.en}, but ${shownNumber} is not a number ${claimed.en} publishes${published.length ? ` (look up its customer service in its own app or website)` : ' (its customer service is in-app only)'}`));
      }
    }
  }

  report.findings = findings;
  report.verdict = verdictFrom(findings, report.officialFor !== null || report.serviceName !== undefined);
  return report;
}

/**
 * "95188-6", "950618转2", "95188 转 6": a number the registry lists, then a hyphen or 转 and 1–4 digits.
 * Only a listed line takes an extension: "9506188" (950618 with a digit glued on) is another number.
 */
function extensionOf(spelt: string): { line: string; extension: string } | null {
  const cut = Math.max(spelt.lastIndexOf('-'), spelt.lastIndexOf('转'));
  if (cut <= 0) return null;
  const extension = spelt.slice(cut + 1).trim();
  if (extension.length < 1 || extension.length > 4 || !/^[0-9]+$/.test(extension)) return null;
  const line = spelt.slice(0, cut).replace(SEPARATORS, '');
  return BY_NUMBER.has(line) || SERVICE_BY_NUMBER.has(line) ? { line, extension } : null;
}

function describeRegistry(number: string): { zh: string; en: string } {
  const brandId = BY_NUMBER.get(number);
  const brand = brandId ? brandById(brandId) : undefined;
  if (brand) return { zh: `${brand.zh}客服`, en: `${brand.en} customer service` };
  const service = SERVICE_BY_NUMBER.get(number);
  return service ? { zh: service.zh, en: service.en } : { zh: '官方号码', en: 'an official number' };
}

function registryReport(input: string, number: string): NumberReport {
  const brandId = BY_NUMBER.get(number) ?? null;
  const service = SERVICE_BY_NUMBER.get(number);
  const isShort = number.length <= 8;
  const kind: NumberKind = service?.kind ?? (number.startsWith('400') || number.startsWith('800') ? 'hotline-400' : isShort ? 'service' : 'landline');
  const e164 = isShort ? null : `+86${number.replace(/^0/, '')}`;
  const report: NumberReport = { input, e164, kind, country: 'CN', officialFor: brandId, verdict: 'official', findings: [] };
  if (service) report.serviceName = { zh: service.zh, en: service.en };
  return report;
}

/** +96110, 0096110, +0095118, 1795188: an official number behind a prefix. */
function spoofTarget(digits: string, plus: boolean): string | null {
  let rest = digits;
  if (rest.startsWith('00')) rest = rest.slice(2);
  if ((plus || digits !== rest) && SPOOF_TARGETS(rest)) return rest;
  // Short junk prefixes (IP-dialling 17951, "1", "0") in front of a 5–6 digit official number.
  for (let p = 1; p <= 4 && p < digits.length; p++) {
    const tail = digits.slice(p);
    if (SPOOF_TARGETS(tail) && tail.length <= 6) return tail;
  }
  return null;
}

/**
 * "9506188", "95102118": a platform's published line of six digits or more with one or two digits added
 * after it. Only those lines: a carrier's 10086 or a bank's 95588 have real sub-lines (1008611), and a
 * line with an extension is written with a hyphen or 转 (checkNumber reads that as the line).
 */
function paddedTarget(local: string | null): string | null {
  if (local === null || local.length < 7 || local.length > 10) return null;
  for (let extra = 1; extra <= 2; extra++) {
    const head = local.slice(0, local.length - extra);
    if (head.length >= 6 && BY_NUMBER.has(head)) return head;
  }
  return null;
}

function parsedReport(input: string, parsed: PhoneNumber, findings: Finding[], reader: Lang): NumberReport {
  const country = parsed.country ?? null;
  if (country !== 'CN') {
    // The overseas cue is a Chinese reader's: an English reader's own lines are +1 / +44 (newcomer16 K2).
    if (reader === 'zh') findings.push(finding('international', 'medium',
      `这是境外号码（${country ?? parsed.countryCallingCode}）；国内电商平台客服不会用境外号码联系你`,
      `this is an overseas number (${country ?? `+${parsed.countryCallingCode}`}); domestic platforms never contact you from abroad`));
    return { input, e164: parsed.number, kind: 'international', country, officialFor: null, verdict: 'unknown', findings };
  }
  const type = parsed.getType();
  const national = parsed.nationalNumber;
  const published = BY_NUMBER.get(`0${national}`) ?? BY_NUMBER.get(national) ?? null;
  if (type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE') {
    const report: NumberReport = { input, e164: parsed.number, kind: 'mobile', country, officialFor: null, verdict: 'unknown', findings };
    const virtual = VIRTUAL_CARRIER_PREFIXES.find((p) => national.startsWith(p));
    if (virtual) {
      report.carrierHint = `virtual-${virtual}`;
      findings.push(finding('virtual-carrier', 'medium',
        `${virtual} 号段属于虚拟运营商，易被批量办理，诈骗来电中比例很高`,
        `the ${virtual} range belongs to virtual carriers; such numbers are bought in bulk and common in fraud calls`));
    }
    return report;
  }
  const kind: NumberKind = type === 'TOLL_FREE' || type === 'SHARED_COST' ? 'hotline-400' : 'landline';
  return { input, e164: parsed.number, kind, country, officialFor: published, verdict: 'unknown', findings };
}
