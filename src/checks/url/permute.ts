/**
 * dnstwist-style look-alike candidates for a domain, for an anti-fraud centre to watch for
 * registration. Pure generation: nothing is resolved or looked up.
 */
import { domainToASCII } from 'node:url';
import { parse as parseDomain } from 'tldts';
import { OFFICIAL_DOMAIN_TO_BRAND } from '../data/official-domains.ts';

export type PermutationKind =
  | 'addition' | 'omission' | 'repetition' | 'transposition' | 'replacement' | 'homoglyph'
  | 'hyphenation' | 'subdomain' | 'tld-swap' | 'dictionary';

export interface Permutation {
  kind: PermutationKind;
  /** ASCII (punycode) form, as registries and DNS see it. */
  domain: string;
  /** What a reader sees, when different (IDN homoglyphs). */
  display?: string;
}

export class PermuteInputError extends Error {}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** QWERTY neighbours: the typos a finger makes. */
const KEYBOARD: Record<string, string> = {
  q: 'wa', w: 'qes', e: 'wrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'o',
  a: 'qsz', s: 'awdz', d: 'sefx', f: 'drgc', g: 'fthv', h: 'gyjb', j: 'hukn', k: 'jilm', l: 'ko',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
  '1': '2q', '2': '13w', '3': '24e', '4': '35r', '5': '46t', '6': '57y', '7': '68u', '8': '79i', '9': '80o', '0': '9p',
};

/** Look-alikes: ASCII ones (taob0o, rn for m) and the Cyrillic letters that render like Latin. */
const GLYPHS: Record<string, readonly string[]> = {
  a: ['а', '4'], b: ['8', 'ь'], c: ['с'], d: ['cl', 'ԁ'], e: ['е', '3'], g: ['9', 'ɡ'], h: ['һ'],
  i: ['1', 'l', 'і'], j: ['ј'], k: ['κ'], l: ['1', 'i', 'ӏ'], m: ['rn', 'nn'], n: ['m'], o: ['0', 'о', 'ο'],
  p: ['р'], q: ['ԛ', 'g'], s: ['5', 'ѕ'], u: ['υ', 'v'], v: ['ν', 'u'], w: ['vv', 'ԝ'], x: ['х'], y: ['у'], z: ['2'],
};

const TLDS = ['com', 'cn', 'com.cn', 'net', 'net.cn', 'org', 'top', 'vip', 'xyz', 'cc', 'shop', 'club', 'icu', 'online', 'site', 'info', 'hk', 'co', 'app'];
/** Words scammers attach to a brand (jd-tuikuan, taobao-kefu). */
const DICTIONARY = ['tuikuan', 'lipei', 'kefu', 'refund', 'service', 'vip', 'pay', 'app', 'kf', 'zhongxin', 'login', 'help'];

const LABEL_OK = /^[a-z0-9-]{1,63}$/;
export const MAX_PERMUTATIONS = 5000;

export function permuteDomain(input: string): Permutation[] {
  const raw = input.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').split('/')[0] ?? '';
  if (raw.length === 0 || raw.length > 253) throw new PermuteInputError('expected a domain such as jd.com');
  const parsed = parseDomain(raw);
  const label = parsed.domainWithoutSuffix;
  const suffix = parsed.publicSuffix;
  if (!label || !suffix || parsed.isIp || !LABEL_OK.test(label)) {
    throw new PermuteInputError(`not a registrable domain: ${raw.slice(0, 80)}`);
  }
  const original = `${label}.${suffix}`;
  const out: Permutation[] = [];
  const seen = new Set<string>([original]);
  const add = (kind: PermutationKind, newLabel: string, newSuffix = suffix): void => {
    if (newLabel.length === 0 || newLabel.startsWith('-') || newLabel.endsWith('-') || newLabel.startsWith('.') || newLabel.endsWith('.')) return;
    const display = `${newLabel}.${newSuffix}`;
    const ascii = domainToASCII(display);
    // The brand's own other domains (jdl.com for jd.com) are not look-alikes to watch.
    if (ascii === '' || seen.has(ascii) || OFFICIAL_DOMAIN_TO_BRAND.has(ascii) || out.length >= MAX_PERMUTATIONS) return;
    seen.add(ascii);
    out.push(ascii === display ? { kind, domain: ascii } : { kind, domain: ascii, display });
  };

  for (const c of LETTERS) add('addition', label + c);
  for (let i = 0; i < label.length; i++) add('omission', label.slice(0, i) + label.slice(i + 1));
  for (let i = 0; i < label.length; i++) add('repetition', label.slice(0, i + 1) + label[i] + label.slice(i + 1));
  for (let i = 0; i + 1 < label.length; i++) add('transposition', label.slice(0, i) + label[i + 1] + label[i] + label.slice(i + 2));
  for (let i = 0; i < label.length; i++) {
    for (const r of KEYBOARD[label[i]!] ?? '') add('replacement', label.slice(0, i) + r + label.slice(i + 1));
  }
  for (let i = 0; i < label.length; i++) {
    for (const g of GLYPHS[label[i]!] ?? []) add('homoglyph', label.slice(0, i) + g + label.slice(i + 1));
  }
  for (let i = 1; i < label.length; i++) add('hyphenation', `${label.slice(0, i)}-${label.slice(i)}`);
  for (let i = 1; i < label.length; i++) add('subdomain', `${label.slice(0, i)}.${label.slice(i)}`);
  for (const tld of TLDS) if (tld !== suffix) add('tld-swap', label, tld);
  for (const word of DICTIONARY) {
    add('dictionary', `${label}-${word}`);
    add('dictionary', `${label}${word}`);
    add('dictionary', `${label}-${word}`, 'top');
  }
  return out;
}
