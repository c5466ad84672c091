/**
 * Confirmed indicators as a signal: a number, domain, account or id that an anti-fraud centre
 * confirmed in a case (涉诈号码/网址/账户) and that appears again in a new conversation. The lookup
 * (`kind:value` → case ref) comes from the caller (the server passes the centre's confirmed list),
 * so the engine stays pure. Values are normalised the way src/centre/indicators.ts stores them.
 *
 * Weight 45: alone it is a warning (≥ 40), not a block (70): numbers are reassigned and domains
 * change hands, so a centre's confirmation says "this is very likely them", and any pretext or
 * request on top of it blocks.
 */
import { getDomain, getHostname } from 'tldts';
import type { SignalCatalogEntry } from '../engine/engine.ts';
import type { SignalHit, SignalProvider, TurnSignalInput } from './types.ts';
import type { Stage } from '../types.ts';

export const CONFIRMED_INDICATOR_WEIGHT = 45;

const DEFS = {
  'contact.confirmed-number': { stage: 'contact', zh: '这个号码已被反诈中心在案件中确认为涉诈号码', en: 'this number was confirmed as a scam number by an anti-fraud centre' },
  'shift.confirmed-domain': { stage: 'shift', zh: '这个网址已被反诈中心在案件中确认为涉诈网址', en: 'this website was confirmed as a scam site by an anti-fraud centre' },
  'extract.confirmed-account': { stage: 'extraction', zh: '这个账户已被反诈中心在案件中确认为涉诈账户', en: 'this account was confirmed as a scam account by an anti-fraud centre' },
} as const satisfies Record<string, { stage: Stage; zh: string; en: string }>;
type Id = keyof typeof DEFS;

export const INDICATOR_SIGNAL_CATALOG: SignalCatalogEntry[] = [
  { id: 'contact.confirmed-number', advice: ['hang-up-verify-in-app', 'no-transfer'] },
  { id: 'shift.confirmed-domain', advice: ['check-domain', 'never-share-card'] },
  { id: 'extract.confirmed-account', advice: ['no-transfer', 'already-paid'] },
];

function phoneDigits(raw: string): string {
  let d = raw.replace(/[^0-9]/g, '');
  if (d.startsWith('0086')) d = d.slice(4);
  else if (d.startsWith('86') && d.length === 13) d = d.slice(2);
  return d;
}

// Bank card and account numbers: 12–30 digits, spaces or dashes allowed between groups. One
// linear scan (a digit run with single separators), no backtracking.
const ACCOUNT_RUN = /[0-9](?:[ -]?[0-9]){11,40}/g;

function hit(id: Id, ref: string, shown: string, turn: number, start: number, end: number, text: string): SignalHit {
  const d = DEFS[id];
  return {
    id, stage: d.stage, weight: CONFIRMED_INDICATOR_WEIGHT,
    description: { zh: d.zh, en: d.en },
    // One language each, so the answer shows the one its reader reads (issue 8 §1.2).
    detail: `${shown}：已在案件 ${ref} 中确认`,
    detailEn: `${shown}: confirmed in case ${ref}`,
    evidence: [{ turn, start, end, text }],
  };
}

export const indicatorSignal: SignalProvider = (input: TurnSignalInput): SignalHit[] => {
  const lookup = input.indicators;
  if (!lookup || lookup.size === 0) return [];
  const out: SignalHit[] = [];
  const seen = new Set<string>();
  const add = (id: Id, key: string, shown: string, start: number, end: number, text: string) => {
    const ref = lookup.get(key);
    if (ref === undefined || seen.has(id)) return;
    seen.add(id);
    out.push(hit(id, ref, shown, input.turn, start, end, text));
  };
  if (input.callerNumber) add('contact.confirmed-number', `phone:${phoneDigits(input.callerNumber)}`, input.callerNumber, 0, 0, '');
  if (input.speaker !== 'user') {
    for (const p of input.phones) add('contact.confirmed-number', `phone:${phoneDigits(p.text)}`, p.text, p.start, p.end, p.text);
    ACCOUNT_RUN.lastIndex = 0;
    for (let m = ACCOUNT_RUN.exec(input.text); m; m = ACCOUNT_RUN.exec(input.text)) {
      add('extract.confirmed-account', `account:${m[0].replace(/[^0-9]/g, '')}`, m[0], m.index, m.index + m[0].length, m[0]);
    }
  }
  for (const u of input.urls) {
    const host = getHostname(/^[a-z][a-z0-9+.-]*:\/\//i.test(u.text) ? u.text : `http://${u.text}`)?.toLowerCase();
    if (!host) continue;
    add('shift.confirmed-domain', `domain:${host}`, host, u.start, u.end, u.text);
    const reg = getDomain(host);
    if (reg && reg !== host) add('shift.confirmed-domain', `domain:${reg}`, host, u.start, u.end, u.text);
  }
  return out;
};
