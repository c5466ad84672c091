/**
 * Mask what identifies a victim (bank cards, ID numbers, phone numbers, codes) before anything
 * is logged or stored. Works on the ORIGINAL text, using the entity spans mapped back to it.
 */
import { normalise, toOriginal } from '../normalise/normalise.ts';
import { extractEntities } from './entities.ts';

const MASKED = new Set(['bank-card', 'id-number', 'phone', 'code']);

// Chinese numerals too: "六二二八…" read out on a call is still a card number.
const DIGIT_LIKE = /[0-9xX０-９零〇一二三四五六七八九幺壹贰叁肆伍陆柒捌玖]/g;

function maskDigits(s: string, keepHead: number, keepTail: number): string {
  let seen = 0;
  const total = (s.match(DIGIT_LIKE) ?? []).length;
  return s.replace(DIGIT_LIKE, (c) => {
    const i = seen++;
    return i < keepHead || i >= total - keepTail ? c : '*';
  });
}

/** Service numbers (95xxx, 110, 96110) and 400/800 business lines are public: evidence, not PII. */
const isPublicNumber = (digits: string): boolean => digits.length <= 5 || /^[48]00[0-9]{7}$/.test(digits);

export function maskPII(text: string): string {
  if (!/[0-9０-９一二三四五六七八九零幺]/.test(text)) return text;
  const n = normalise(text);
  const spans = extractEntities(n.text)
    .filter((e) => MASKED.has(e.kind) && !(e.kind === 'phone' && isPublicNumber(e.value)))
    .map((e) => ({ kind: e.kind, ...toOriginal(n, e.start, e.end) }));
  let out = '';
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    const piece = text.slice(s.start, s.end);
    out += text.slice(pos, s.start);
    out += s.kind === 'bank-card' ? maskDigits(piece, 0, 4)
      : s.kind === 'id-number' ? maskDigits(piece, 2, 0)
        : s.kind === 'phone' ? maskDigits(piece, 3, 4) : maskDigits(piece, 0, 0);
    pos = s.end;
  }
  out += text.slice(pos);
  // Any long digit run left (a card that fails Luhn, a mistyped ID) is masked too: better safe.
  return out.replace(/[0-9]{12,}/g, (d) => maskDigits(d, 0, 4));
}
