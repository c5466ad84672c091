/**
 * The link, number and QR checkers as an engine signal provider: each flagged link, number or
 * QR payload in a turn becomes a tactic-shaped hit. Weights live in one table below, each with
 * its reason (the way an rspamd symbol carries its score and description).
 */
import type { SignalCatalogEntry } from '../engine/engine.ts';
import type { Stage } from '../types.ts';
import type { SignalHit, SignalProvider, Span, TurnSignalInput } from '../signals/types.ts';
import { checkNumber, chineseDigits, resolveClaim, type NumberReport } from './number/check.ts';
import { classifyQrPayload } from './qr/classify.ts';
import { checkUrl, type UrlReport } from './url/check.ts';
import { finding, isFlagged, type Finding, type Severity } from './findings.ts';
import { senderLink, signatureBrand } from './sender.ts';
import type { Brand } from './data/official-domains.ts';
import { LINK_NAMED_FAKE, LOOKALIKE_ASK_AFTER, LOOKALIKE_ASK_BEFORE, LOOKALIKE_ASK_UNLESS, LOOKALIKE_ASKS } from './data/lookalike-asks.ts';
import type { AdviceId } from '../playbook/schema.ts';

export type CheckSignalId =
  | 'shift.lookalike-link' | 'shift.app-download-link' | 'contact.spoofed-number' | 'extract.qr-payment' | 'shift.group-invite'
  | 'shift.hidden-link' | 'extract.lookalike-ask';

interface SignalDef {
  stage: Stage;
  /** Weight when the checker says suspicious (or the ordinary case). */
  weight: number;
  /** Weight when the checker says dangerous, or the context makes it worse (see `why`). */
  strongWeight: number;
  description: { zh: string; en: string };
  advice: AdviceId[];
  /** Why these weights. */
  why: string;
}

export const CHECK_SIGNALS: Record<CheckSignalId, SignalDef> = {
  'shift.lookalike-link': {
    stage: 'shift', weight: 40, strongWeight: 45,
    description: { zh: '发来的链接不是平台官方网站（仿冒域名）', en: 'a link that is not the platform\'s own site (look-alike domain)' },
    advice: ['check-domain', 'never-share-card'],
    why: 'Case 3: the refund "website" sent by SMS collected card number and password. A link `fanzha url` calls suspicious or dangerous is `suspicious` on its own in a message (40, the playbooks\' warn threshold): the same answer on every surface (issue 8 §1.2). Weak signs alone (a shortener, a risky TLD) are low findings the link checker itself does not flag, so they add nothing here. Dangerous (typosquat, homoglyph, brand in subdomain, fake gov.cn) weighs a little more.',
  },
  'shift.app-download-link': {
    stage: 'shift', weight: 35, strongWeight: 35,
    description: { zh: '发来安装包下载链接，让您装对方的APP', en: 'a link to install an app the other side names' },
    advice: ['no-app-download', 'refund-never-needs-payment'],
    why: 'The bulletin: 诱骗事主下载“退款”渠道软件. A platform never sends an .apk for a refund.',
  },
  'contact.spoofed-number': {
    stage: 'contact', weight: 15, strongWeight: 40,
    description: { zh: '来电/留下的号码与所称身份不符或为伪装号码', en: 'the number does not match who the caller claims to be, or is disguised' },
    advice: ['hang-up-verify-in-app'],
    why: 'A merely odd number (virtual carrier range) stays below a warning: real staff sometimes call from unlisted lines. A dangerous one (a prefixed fake of 96110/95xxx, +00 display, a platform claimed from a number it does not publish) is `suspicious` on its own, as `fanzha number` says (issue 8 §1.2). A message that is nothing but a number the checker flags (`fanzha check 17012345678`) asks about that number: it gets the number checker\'s answer, `suspicious`, not a note under "safe" — one answer on every surface.',
  },
  'extract.qr-payment': {
    stage: 'extraction', weight: 30, strongWeight: 45,
    description: { zh: '对方发来付款二维码（扫码即转账）', en: 'a payment QR code from the other side (scanning it pays them)' },
    advice: ['refund-never-needs-payment', 'no-transfer', 'already-paid'],
    why: 'Case 1: after a "refund" pretext, the victim scanned QR codes to "build credit" and paid 16,000 yuan. After any pretext.* tactic the weight rises to strongWeight.',
  },
  'shift.hidden-link': {
    stage: 'shift', weight: 0, strongWeight: 0,
    description: { zh: '链接用短链接或廉价后缀藏起了真正的网站，看不出是谁家的', en: 'a short link or a throwaway domain ending that hides whose site it is' },
    advice: ['check-domain'],
    why: 'The low findings the link checker does not flag on their own (a shortener such as t.cn, a risky ending such as .xyz or .top): nobody can tell whose page it opens. Weight 0, a component: a carrier or a shop sends short links every day; only a playbook composite reads it, with a refund or claim word naming the link as where the money is (newcomer9 kind 3: "退款 → t.cn/…" read safe 20).',
  },
  'extract.lookalike-ask': {
    stage: 'extraction', weight: 20, strongWeight: 20,
    description: { zh: '让您在仿冒网站上登录、更新证书、验证或填写银行卡和身份信息', en: 'asks you to log in, update, verify or fill in card or identity details on a look-alike site' },
    advice: ['check-domain', 'never-share-card'],
    why: 'The look-alike page is sent for one thing: to take what you type there (src/checks/data/lookalike-asks.ts: 登录, 更新, 认证, 填写, 上传, 缴纳… said beside the link, not under a warning word). Read only beside a link the link checker or the message\'s signer calls a brand\'s look-alike (【农业银行】… abc-kb.cc), never beside an unknown or official one: a real insurer\'s or bank\'s own page asks the same. An ask of the kill chain (single-message `neverAsked`): with the look-alike itself (a story: a brand impersonated) the message is `scam` (writer11\'s "【农业银行】您的K宝证书即将过期，请登录 abc-kb.cc 更新" read safe 20).',
  },
  'shift.group-invite': {
    stage: 'shift', weight: 25, strongWeight: 25,
    description: { zh: '对方发来加群或加好友的二维码', en: 'a group or contact invite QR code from the other side' },
    advice: ['no-app-download', 'hang-up-verify-in-app'],
    why: 'Case 2: the victim was added on QQ and pulled into a 理赔中心 group before the screen share.',
  },
};

/** Engine catalog entries: the ids this provider emits and the advice each triggers. */
// A signal that never weighs (shift.hidden-link) is a component: only a composite reads it.
export const CHECK_SIGNAL_CATALOG: SignalCatalogEntry[] = Object.entries(CHECK_SIGNALS)
  .map(([id, def]) => ({ id, advice: def.advice, ...(def.weight === 0 && def.strongWeight === 0 ? { component: true } : {}) }));

/** Per-turn caps: a pasted page full of links must not make a turn expensive. */
const MAX_SPANS_PER_TURN = 20;
const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

function worst(findings: readonly Finding[]): Finding[] {
  return [...findings].filter((f) => f.severity !== 'low').sort((a, b) => RANK[b.severity] - RANK[a.severity]).slice(0, 2);
}

/** `detail` is the finding in both languages: the session shows the one the user reads. */
function hit(id: CheckSignalId, strong: boolean, detail: { zh: string; en: string }, evidence: SignalHit['evidence']): SignalHit {
  const def = CHECK_SIGNALS[id];
  return { id, stage: def.stage, weight: strong ? def.strongWeight : def.weight, description: def.description, detail: detail.zh, detailEn: detail.en, evidence };
}

/** `where: finding；finding` in both languages. */
function explain(where: string, findings: readonly Finding[]): { zh: string; en: string } {
  return { zh: `${where}: ${findings.map((f) => f.zh).join('；')}`, en: `${where}: ${findings.map((f) => f.en).join('; ')}` };
}

/** Personal numbers are masked in the explanation (it may be stored); official and fake-official ones are not. */
function shownNumber(report: NumberReport, text: string): string {
  const personal = report.kind === 'mobile' || (report.kind === 'landline' && !report.officialFor) || report.kind === 'international';
  let digits = chineseDigits(text.normalize('NFKC')).replace(/\D/g, '');
  if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  if (!personal || report.findings.some((f) => f.id === 'prefixed-lookalike') || digits.length < 7) return text;
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** Low findings that say the link hides whose site it opens (see shift.hidden-link's `why`). */
const HIDING_FINDINGS = new Set(['shortener', 'risky-tld']);

/**
 * The link read with who signs the message (src/checks/sender.ts): the signer's own name on its home
 * ending is its own link (no hit at all: 【携程】… ctrip.cn/x8Ka); the signer's name borrowed by a host
 * it does not own is a look-alike of the signer (【农业银行】… abc-kb.cc), dangerous whatever the ending.
 */
function withSigner(report: UrlReport, signer: Brand | null): UrlReport | null {
  if (signer === null) return report;
  const link = senderLink(report, signer);
  if (link === null) return report;
  if (link.kind === 'own') return null;
  const borrowed = finding('sender-name-borrowed', 'high',
    `短信署名是“${signer.zh}”，链接却是 ${link.registrable}：它借用了${signer.zh}的名字“${link.part}”，但不是${signer.zh}的网站${signer.domains[0] ? `（官方是 ${signer.domains[0]}）` : ''}`,
    `the message is signed "${signer.en}" but the link is ${link.registrable}: it borrows ${signer.en}'s name "${link.part}" and is not ${signer.en}'s site${signer.domains[0] ? ` (the official one is ${signer.domains[0]})` : ''}`);
  return { ...report, brand: signer.id, verdict: 'dangerous', findings: [borrowed, ...report.findings] };
}

function linkHits(read: UrlReport, evidence: SignalHit['evidence'], signer: Brand | null = null): SignalHit[] {
  const report = withSigner(read, signer);
  if (report === null) return [];
  if (!isFlagged(report.verdict)) {
    const hiding = report.verdict === 'official' ? [] : report.findings.filter((f) => HIDING_FINDINGS.has(f.id));
    return hiding.length > 0 ? [hit('shift.hidden-link', false, explain(report.host ?? report.input.slice(0, 60), hiding), evidence)] : [];
  }
  const where = report.host ?? report.input.slice(0, 60);
  const out: SignalHit[] = [];
  const apk = report.findings.find((f) => f.id === 'apk-download');
  if (apk) out.push(hit('shift.app-download-link', true, explain(where, [apk]), evidence));
  const rest = worst(report.findings.filter((f) => f.id !== 'apk-download'));
  if (rest.length > 0 || !apk) {
    out.push(hit('shift.lookalike-link', report.verdict === 'dangerous', explain(where, rest.length ? rest : worst(report.findings)), evidence));
  }
  return out;
}

/**
 * An ask said beside a look-alike link ("请登录 abc-kb.cc 更新", "访问 ctrip-gq.top 填写银行卡"): the words
 * just before and after its span, read once (bounded windows: O(1) per link). Null beside a warning word.
 */
function askBeside(text: string, span: Span): string | null {
  const { before, after } = beside(text, span);
  if (LOOKALIKE_ASK_UNLESS.some((w) => before.includes(w) || after.includes(w))) return null;
  return LOOKALIKE_ASKS.find((w) => before.includes(w) || after.includes(w)) ?? null;
}
function beside(text: string, span: Span): { before: string; after: string } {
  return {
    before: text.slice(Math.max(0, span.start - LOOKALIKE_ASK_BEFORE), span.start).toLowerCase(),
    after: text.slice(span.end, span.end + LOOKALIKE_ASK_AFTER).toLowerCase(),
  };
}
/** A warning word beside the link ("abc-kb.cc 等假网站，请勿点击"): the signer names the fake, it does not send it. */
function warnedBeside(text: string, span: Span): boolean {
  const { before, after } = beside(text, span);
  return LOOKALIKE_ASK_UNLESS.some((w) => before.includes(w) || after.includes(w));
}

/** The link named as the fake a warning is about, beside it (LINK_NAMED_FAKE): the same two bounded windows. */
function namedAsFake(text: string, span: Span): boolean {
  const { before, after } = beside(text, span);
  return LINK_NAMED_FAKE.some((w) => before.includes(w) || after.includes(w));
}

/** `bare`: the turn is nothing but this number, a question about it: answered as `fanzha number` answers (see `why`). */
function numberHit(report: NumberReport, shown: string, evidence: SignalHit['evidence'], bare = false): SignalHit[] {
  if (!isFlagged(report.verdict)) return [];
  return [hit('contact.spoofed-number', report.verdict === 'dangerous' || bare, explain(shownNumber(report, shown), worst(report.findings)), evidence)];
}

const spanEvidence = (turn: number, s: Span): SignalHit['evidence'] => [{ turn, start: s.start, end: s.end, text: s.text }];
/** QR payloads and the caller id are not spans of the text: point at the turn itself. */
const turnEvidence = (turn: number): SignalHit['evidence'] => [{ turn, start: 0, end: 0, text: '' }];

/** How far before a number the text is read for who the number claims to be ("京东官方客服热线：…"). */
const CLAIM_WINDOW = 16;
/** Words that make a brand name before a number a claim that the number is that brand's service line. */
const SERVICE_WORDS = ['客服', '官方', '热线', '售后', '理赔', '退款', 'customer service', 'support', 'helpline', 'hotline'];

/**
 * A number written in the text claims a platform when the few characters before it name the brand
 * and its service ("淘宝官方客服热线 170…", "京东理赔专线"). A brand alone ("京东快递员 138…") is no
 * claim: couriers and shops call from mobiles. A written 95xxx/96xxx short code is checked too: one
 * published by another brand ("工商银行客服 95533", CCB's) is a mismatch; an unlisted one only a
 * doubt (the MIIT allocates them to registered companies). Bounded window: O(1) per number.
 */
const HAS_CJK = /[\u4e00-\u9fff]/;

function claimBefore(text: string, start: number): { claims?: string } {
  const window = text.slice(Math.max(0, start - CLAIM_WINDOW), start).toLowerCase();
  if (!SERVICE_WORDS.some((w) => window.includes(w))) return {};
  return resolveClaim(window) ? { claims: window } : {};
}

export const checkSignals: SignalProvider = (input: TurnSignalInput): SignalHit[] => {
  const out: SignalHit[] = [];
  const fromUser = input.speaker === 'user';
  const claims = input.claimedIdentity ? { claims: input.claimedIdentity } : {};

  const check = input.checkUrl ?? checkUrl;
  // Who signs the message (【农业银行】…) or who the caller said they are: read with each link (withSigner).
  const signer = input.urls.length === 0 ? null
    : signatureBrand(input.text) ?? (input.claimedIdentity ? resolveClaim(input.claimedIdentity) : null);
  let asked = false;
  for (const span of input.urls.slice(0, MAX_SPANS_PER_TURN)) {
    const read = linkHits(check(span.text), spanEvidence(input.turn, span), signer !== null && !warnedBeside(input.text, span) ? signer : null);
    // A link a warning names as the fake ("仿冒网站 icbc-vip.top，请勿登录"): shown as a link, never as one sent to act on.
    const hits = read.some((h) => h.id !== 'shift.hidden-link') && namedAsFake(input.text, span) ? read.filter((h) => h.id === 'shift.hidden-link') : read;
    out.push(...hits);
    // A look-alike that names a brand (not a bare risky link): what it is sent for, said beside it.
    const look = hits.find((h) => h.id === 'shift.lookalike-link' && h.weight === CHECK_SIGNALS['shift.lookalike-link'].strongWeight);
    const ask = look && !asked && !fromUser ? askBeside(input.text, span) : null;
    if (ask) {
      asked = true;
      out.push(hit('extract.lookalike-ask', false, { zh: `${span.text}: “${ask}”`, en: `${span.text}: "${ask}"` }, spanEvidence(input.turn, span)));
    }
  }
  // The user's own number ("我的手机号是…") says nothing about the caller.
  if (!fromUser) {
    // A message with no Chinese in it is an English reader's: their own bank's +1 / +44 line is no sign by itself
    // (newcomer16 K2; the overseas cue is a reader in China's). One look for a CJK character: linear.
    const reader = HAS_CJK.test(input.text) ? 'zh' as const : 'en' as const;
    for (const span of input.phones.slice(0, MAX_SPANS_PER_TURN)) {
      const claimed = { ...(input.claimedIdentity ? claims : claimBefore(input.text, span.start)), reader };
      const bare = input.phones.length === 1 && input.urls.length === 0 && input.text.trim() === span.text.trim();
      out.push(...numberHit(checkNumber(span.text, claimed), span.text, spanEvidence(input.turn, span), bare));
    }
  }
  if (input.callerNumber && !input.firedSoFar.has('contact.spoofed-number')) {
    out.push(...numberHit(checkNumber(input.callerNumber, claims), input.callerNumber, turnEvidence(input.turn)));
  }

  const afterPretext = [...input.firedSoFar].some((id) => id.startsWith('pretext.'));
  for (const payload of input.qr.slice(0, MAX_SPANS_PER_TURN)) {
    const qr = classifyQrPayload(payload);
    const evidence = turnEvidence(input.turn);
    if (qr.kind === 'payment') {
      out.push(hit('extract.qr-payment', afterPretext, { zh: `二维码: ${qr.findings[0]?.zh ?? ''}`, en: `QR code: ${qr.findings[0]?.en ?? ''}` }, evidence));
    } else if (qr.kind === 'group-invite') {
      out.push(hit('shift.group-invite', false, { zh: `二维码: ${qr.findings[0]?.zh ?? ''}`, en: `QR code: ${qr.findings[0]?.en ?? ''}` }, evidence));
    } else if (qr.url) {
      out.push(...linkHits(qr.url, evidence));
    }
  }
  return out;
};
