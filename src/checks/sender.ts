/**
 * Whose link is it, read with who signs the message. A real notice is signed 【携程】, 【农业银行】 and
 * links to the signer's own site; a phishing SMS signs with the brand too, but its link only BORROWS
 * the brand's name inside someone else's domain (abc-kb.cc, ccb-zs.cc, boc-sj.vip). The link checker
 * alone cannot tell abc-kb.cc from any "abc" site; with the signature it can:
 *
 *   own:      the signer's exact name on an ending brands register for themselves (HOME_ENDINGS:
 *             【携程】 ctrip.cn/x8Ka, 【顺丰】 sf.cn/…): the signer's own link, read as an official one;
 *   borrowed: the signer's name, initials or a label of its domains as a whole part of a host the
 *             signer does not own (【农业银行】 abc-kb.cc, 【中国移动】 10086-jf.cc): a look-alike of the
 *             signer, whatever the ending; but not that name alone as the whole label on a home
 *             ending (【拼多多】 pdd.cn: maybe the brand's own short domain; the checker's reading stands).
 *
 * Data: Brand.aliases (who a signature names), Brand.domains / tokens / initials (the names a host
 * borrows), HOME_ENDINGS, all in src/checks/data/official-domains.ts. Linear: the signature is read in a
 * bounded window at either end of the text, a host is split once into parts and each part looked up.
 */
import { parse as parseDomain } from 'tldts';
import { BRANDS, HOME_ENDINGS, type Brand } from './data/official-domains.ts';
import { resolveClaim } from './number/check.ts';
import type { UrlReport } from './url/check.ts';

/** A signature is a short bracketed name at the start or the end of the message. */
const MAX_SIGNATURE = 16;
const OPEN = new Set(['【', '[', '〔', '［']);
const CLOSE = new Set(['】', ']', '〕', '］']);
/** Blanks and closing punctuation a signature at the end may be followed by. */
const TRAIL = new Set([' ', '\t', '\n', '\r', '。', '.', '!', '！', '\u3000']);

/** The brand a message's signature names (【农业银行】…, …【中国联通】), or null. */
export function signatureBrand(text: string): Brand | null {
  let i = 0;
  while (i < text.length && i < 4 && TRAIL.has(text[i]!)) i++;
  if (OPEN.has(text[i] ?? '')) {
    for (let j = i + 1; j < text.length && j <= i + MAX_SIGNATURE + 1; j++) {
      if (CLOSE.has(text[j]!)) {
        const b = j > i + 1 ? resolveClaim(text.slice(i + 1, j)) : null;
        if (b) return b;
        break;
      }
    }
  }
  let end = text.length;
  while (end > 0 && text.length - end < 4 && TRAIL.has(text[end - 1]!)) end--;
  if (CLOSE.has(text[end - 1] ?? '')) {
    for (let j = end - 2; j >= 0 && j >= end - MAX_SIGNATURE - 2; j--) {
      if (OPEN.has(text[j]!)) return j < end - 2 ? resolveClaim(text.slice(j + 1, end - 1)) : null;
    }
  }
  return null;
}

/** The ASCII names a host may borrow from a brand: its initials, tokens, ASCII aliases, domain labels and brand TLDs. */
const NAMES: ReadonlyMap<Brand, ReadonlySet<string>> = new Map(BRANDS.map((b) => {
  const labels = b.domains.map((d) => parseDomain(d).domainWithoutSuffix ?? d);
  const ascii = [...(b.initials ?? []), ...b.tokens, ...b.aliases.map((a) => a.toLowerCase()), ...labels, ...(b.brandTlds ?? [])]
    .filter((n) => /^[a-z0-9]{2,}$/.test(n));
  return [b, new Set(ascii)] as const;
}));
/** A brand's own labels (ctrip, sf, jd): its exact name on a home ending is its own link. */
const LABELS: ReadonlyMap<Brand, ReadonlySet<string>> = new Map(BRANDS.map((b) => [b, new Set(b.domains.map((d) => parseDomain(d).domainWithoutSuffix ?? d))] as const));

export type SenderLink = { kind: 'own' } | { kind: 'borrowed'; part: string; registrable: string };

/** How a link stands to the brand that signs the message (see the file's comment); null: neither. */
export function senderLink(report: UrlReport, signer: Brand): SenderLink | null {
  if (report.verdict === 'official' || report.host === null || report.registrableDomain === null) return null;
  const p = parseDomain(report.host);
  const label = p.domainWithoutSuffix ?? '';
  const home = HOME_ENDINGS.has(p.publicSuffix ?? '');
  if (home && LABELS.get(signer)?.has(label)) return { kind: 'own' };
  const names = NAMES.get(signer);
  if (!names || names.size === 0) return null;
  // The signer's other name as the whole label on a home ending (【拼多多】… pdd.cn/xyz): maybe the brand's own
  // short domain, maybe not; neither own nor borrowed (the link checker's reading stands).
  if (home && !p.subdomain && names.has(label)) return null;
  const host = p.subdomain ? `${p.subdomain}.${label}` : label;
  let start = 0;
  for (let i = 0; i <= host.length; i++) {
    if (i < host.length && host[i] !== '.' && host[i] !== '-') continue;
    const part = host.slice(start, i);
    if (names.has(part)) return { kind: 'borrowed', part, registrable: report.registrableDomain };
    start = i + 1;
  }
  return null;
}
