/**
 * THE table of scam kinds: which kind a result is, what it is called, and which police advice goes with it.
 * One table an officer reads and extends; every consumer reads it: the headline a person reads first
 * ("很可能是虚假贷款诈骗", "有刷单返利诈骗的迹象"), /v1/analyze's `kind`, the bank's payment-hold reason, the console,
 * the call and guardian pages, AND the advice under the headline (src/pipeline/fold.ts → src/advise/advise.ts).
 * The headline and the advice cannot come from two different kinds: both are `scamKind` of the same tactics.
 * (Until session 11 the advice had a table of its own, src/playbook/advice-kinds.ts, written apart: a loan
 * advert's "客服" got the shopping app's "check 我的订单" under the headline "虚假贷款诈骗".)
 *
 * Each kind: its id, its name in each language, the advice set it adds (`advice`, one of KIND_ADVICE), the
 * tactics that tell it (`marks`) and those that tell it only when no kind's mark fired (`hints`). A tactic
 * id appears in at most one kind; every tactic of both playbooks is in a kind or in KIND_NEUTRAL (a test
 * says so: test/playbook/kind-table.test.ts).
 *
 * How a kind is chosen (`scamKind`): the kind with the most `marks` fired, the first in table order on a tie;
 * else the first one of whose `hints` fired (a hint tells the kind only when no kind's mark did: "稳赚高回报"
 * lures to paid tasks and to investment alike, a claimed agent opens the loan advert's call too); else none:
 * the page says "诈骗" without a kind and the advice is KIND_ADVICE['verify-yourself']. Order decides a tie
 * where one story carries another's move: the refund story with one fake police step is the refund scam; a
 * call whose fake police steps outnumber its refund opening is the police kind (on dev, 2 of the 3 such cases
 * are labelled 冒充公检法). A task scam whose "卡单" reads like a refund word too has more of the task's marks.
 * A tactic that lowers the risk (a legitimacy sign) tells no kind; neither does the text model's reading.
 *
 * The citizen's own report that money has gone (extract.user-paid) is no kind: it keeps the kind and
 * replaces the advice with PAID_ADVICE (110 / 96110 and the bank's 止付 first, whatever the story was).
 *
 * Sources of the kinds, their names and their advice: the seed bulletin (武汉反诈骗, "接到客服退款电话时：要向原
 * 购买平台的商家客服仔细核实"; a refund never needs payment), the Ministry of Public Security's common fraud
 * types (刷单返利, 虚假网络投资理财, 虚假网络贷款, 冒充电商物流客服, 冒充公检法, 网络游戏产品虚假交易, 网络婚恋交友,
 * 冒充领导熟人) and its "八个凡是", and, for the English playbook, the FTC's consumer-alert kinds (tech support,
 * government impersonation, family emergency, romance, job, investment, prize).
 */
import type { AdviceId } from './schema.ts';
import type { Lang } from '../types.ts';

/**
 * What a kind adds to the advice its tactics name: `always` for every non-safe verdict, `onExtraction` once an
 * extraction step was seen or the verdict is `scam`, and drops `omit` (advice that does not fit it: "check the
 * order in the shopping app" for a fake police call) even when a generic tactic such as a transfer names it.
 */
export interface KindAdvice {
  always: readonly AdviceId[];
  onExtraction: readonly AdviceId[];
  omit: readonly AdviceId[];
}

/** The advice sets a kind can have, by name. */
export const KIND_ADVICE = {
  // The seed bulletin's advice for the fake shop or platform agent: hang up, check in the shopping app's 我的订单
  // (the original platform), never through the caller's number, link or group; a real refund never needs payment.
  'shopping-app': {
    always: ['hang-up-verify-in-app'],
    onExtraction: ['refund-never-needs-payment', 'already-paid'],
    omit: [],
  },
  // A kind whose own tactics name its advice (police never by phone, paid tasks are the scam, a relative's old
  // number, no fee before a payout…): the shopping app's wording does not fit it.
  own: {
    always: [],
    onExtraction: ['already-paid'],
    omit: ['hang-up-verify-in-app', 'refund-never-needs-payment'],
  },
  // A kind that claims a company or an office (a courier, 社保, ETC, customs) and evidence that tells no kind (a
  // code asked for, a look-alike link, a stranger's number): check with the real company or office yourself.
  'verify-yourself': {
    always: ['verify-independently'],
    onExtraction: ['already-paid'],
    omit: ['hang-up-verify-in-app', 'refund-never-needs-payment'],
  },
} as const satisfies Record<string, KindAdvice>;
export type KindAdviceName = keyof typeof KIND_ADVICE;

/**
 * The citizen reports money, a loan or a code already gone (DESIGN.md: the most urgent case): 110 / 96110 and
 * the bank's 止付 lead; advice that prevents ("不要回复，不要照做", "先挂断，到APP核实", "真正的退款不用您付钱")
 * comes too late and is dropped, whatever kind of scam it was; "do not transfer any more" stays (a second,
 * "recovery" demand often follows). Told by `PAID_MARKS` with a positive weight.
 */
export const PAID_MARKS: readonly string[] = ['extract.user-paid', 'extract.loss-asks-help', 'extract.told-ask-done'];
export const PAID_ADVICE: KindAdvice = {
  always: ['already-paid', 'no-transfer'],
  onExtraction: [],
  omit: ['hang-up-verify-in-app', 'verify-independently', 'refund-never-needs-payment'],
};

export interface ScamKind {
  id: string;
  /**
   * The kind's name as a headline says it: "很可能是{name}", "有{name}的迹象"; "Very likely {name}". A kind
   * without a name tells the advice only; the headline then says "诈骗" without a kind.
   */
  name?: Record<Lang, string>;
  /** The advice set this kind adds (KIND_ADVICE). 'shopping-app' is also what the page's first steps and the bank's warning read. */
  advice: KindAdviceName;
  /** Tactics that tell this kind (table order decides between kinds). */
  marks: readonly string[];
  /** Tactics that tell it only when no kind's mark fired. */
  hints?: readonly string[];
}

export const SCAM_KINDS: readonly ScamKind[] = [
  {
    // Before every other kind: a sextortion threat is not told by a romance word that came first.
    id: 'sextortion',
    name: { zh: '裸聊敲诈', en: 'sextortion' },
    advice: 'own',
    marks: ['pretext.sextortion'],
  },
  {
    id: 'refund',
    name: { zh: '冒充客服退款诈骗', en: 'a fake customer-service refund scam' },
    advice: 'shopping-app',
    marks: [
      'pretext.quality-refund', 'pretext.refund-offer', 'pretext.overpaid-refund', 'pretext.too-good-compensation',
      'pretext.parcel-damaged', 'pretext.refund-stuck', 'pretext.refund-off-platform',
      'pretext.credit-too-low', 'cover.fake-debit', 'extract.order-first', 'extract.payout-account',
      // A payout offered, then their code to scan for it (newcomer12 kind S6).
      'extract.scan-for-payout',
      // English playbook
      'pretext.refund-owed',
    ],
    // "赔偿/补偿" in any story (a relative's accident, a tenant's deposit) tells the refund scam only when nothing else does.
    hints: ['pretext.payout-offer'],
  },
  {
    // The other openings of the fake agent: a membership or a "百万保障" to cancel, a student-loan account to close,
    // a shop's deposit, a parcel held or a flight cancelled. The seed bulletin's kind 4 (误将市民升级为会员…如不取消
    // 将扣费): its advice is the refund scam's, check with the original platform.
    id: 'customer-service',
    name: { zh: '冒充客服诈骗', en: 'a fake support-agent scam' },
    advice: 'shopping-app',
    marks: [
      'pretext.mistaken-enrolment', 'pretext.subscription-renewal', 'pretext.loan-account-cancel', 'pretext.shop-deposit',
      'pretext.parcel-or-flight',
      // English playbook: a surprise charge, tech support, the bank's "fraud team".
      'pretext.unexpected-charge', 'pretext.virus-or-hack', 'pretext.account-compromised',
    ],
  },
  {
    // A courier's "parcel on hold, pay the redelivery fee" text (English playbook), a courier's small fee by
    // message (改派费, 补运费): check in the courier's own app, not the shopping app's orders.
    id: 'delivery',
    name: { zh: '冒充快递物流诈骗', en: 'a fake delivery notice' },
    advice: 'verify-yourself',
    marks: ['pretext.parcel-problem', 'extract.courier-fee'],
  },
  {
    id: 'police',
    name: { zh: '冒充公检法诈骗', en: 'a fake police or government scam' },
    advice: 'own',
    marks: ['pretext.police-case', 'pretext.accused', 'shift.transfer-to-police', 'extract.cash-pickup', 'pretext.government-threat',
      // The "safe account" as the destination (ncrecall17 kind 4).
      'pretext.safe-account'],
  },
  {
    // 社保, 医保, customs, utilities, ETC and tolls, subsidies, the state's "unified refund": check with the office
    // itself (its own app, website or counter), never through the message's link or number.
    id: 'official',
    name: { zh: '冒充政府部门、公共服务诈骗', en: 'a fake official notice' },
    advice: 'verify-yourself',
    marks: [
      'pretext.customs-hold', 'pretext.insurance-abuse', 'pretext.utility-arrears', 'pretext.gov-notice', 'pretext.subsidy-payout',
      'extract.bill-link', 'pretext.toll-unpaid', 'pretext.final-notice', 'pretext.state-refund',
      // Your number misused and about to be cut off (a fake carrier, regulator or anti-fraud centre; newcomer11 kinds 2, 6).
      'pretext.number-cutoff',
      // A benefit, a licence or a cover said to lapse, to get the ID numbers (ncrecall17 kind 3, en).
      'pretext.benefit-lapse',
    ],
  },
  {
    id: 'acquaintance',
    name: { zh: '冒充熟人、领导诈骗', en: 'a fake relative, friend or boss scam' },
    advice: 'own',
    marks: ['contact.acquaintance', 'contact.boss-new-account', 'contact.new-number', 'contact.family-emergency',
      // A third party's "your child is hurt, send me the hospital's money" (newcomer12 kind S4).
      'pretext.relative-hurt',
      // The "boss" paying a supplier now, the account sent apart, the approval skipped (newcomer12 kind S1).
      'pretext.skip-approval',
      // A need beside a card number written out (newcomer12 kind S2).
      'pretext.short-of-money'],
    hints: ['pretext.urgent-money', 'extract.third-party-payee', 'extract.pay-through-me', 'extract.boss-payment', 'extract.to-written-card', 'extract.loan-by-app',
      // A sender who has to say who they are, then asks for money (recall15 kind Z1).
      'contact.self-introduced'],
  },
  {
    id: 'loan',
    name: { zh: '虚假贷款诈骗', en: 'a fake loan scam' },
    advice: 'own',
    marks: ['pretext.loan-ad', 'pretext.easy-loan-promise', 'pretext.credit-repair', 'pretext.loan-held'],
  },
  {
    id: 'task',
    name: { zh: '刷单返利诈骗', en: 'a paid-task (order-brushing) scam' },
    advice: 'own',
    marks: ['pretext.task-lure', 'extract.task-escalation', 'pretext.task-scam', 'pretext.job-offer'],
    hints: ['pretext.easy-money'],
  },
  {
    id: 'investment',
    name: { zh: '虚假投资理财诈骗', en: 'a fake investment scam' },
    advice: 'own',
    marks: [
      'pretext.romance-investment', 'pretext.promised-return', 'pretext.guaranteed-return', 'pretext.stock-tips',
      'extract.stake-in-platform', 'extract.wallet-secret', 'pretext.investment',
      // The inside top-up bonus (ncrecall17 kind 1, zh/inside-topup.ts).
      'contact.inside-deal',
    ],
  },
  {
    id: 'gambling',
    name: { zh: '网络赌博诈骗', en: 'an online gambling scam' },
    advice: 'own',
    marks: ['pretext.gambling'],
  },
  {
    // A prize, points to redeem, a "free" gift that costs only the postage (free-gift-fee).
    id: 'prize',
    name: { zh: '虚假中奖、领奖诈骗', en: 'a fake prize scam' },
    advice: 'own',
    marks: ['pretext.prize-won', 'pretext.points-redeem', 'pretext.prize', 'extract.free-gift-fee'],
  },
  {
    id: 'game',
    name: { zh: '游戏交易诈骗', en: 'a game-trade scam' },
    advice: 'own',
    marks: ['pretext.account-trade', 'extract.gift-paycode'],
  },
  {
    id: 'romance',
    name: { zh: '网络交友、婚恋诈骗', en: 'a romance scam' },
    advice: 'own',
    marks: ['pretext.online-romance', 'pretext.dating-app', 'pretext.sex-lure', 'pretext.romance-need', 'contact.wrong-number'],
  },
  {
    id: 'job',
    name: { zh: '虚假招聘、境外高薪诈骗', en: 'a fake job scam' },
    advice: 'own',
    marks: ['pretext.overseas-job', 'pretext.recruit-lure', 'pretext.downline'],
  },
  {
    id: 'shopping',
    name: { zh: '虚假购物、交易诈骗', en: 'a fake buying or selling scam' },
    advice: 'own',
    marks: [
      'shift.private-trade', 'extract.direct-payment', 'pretext.bargain-goods', 'extract.seller-fee', 'pretext.unit-order',
      'extract.proxy-purchase', 'pretext.absent-landlord', 'pretext.buyer-story',
      // The shop's "wrong, dearer item", pay the difference (newcomer11 kind 4).
      'pretext.wrong-item-difference',
    ],
  },
  {
    id: 'loss-recovery',
    name: { zh: '虚假“追回损失”诈骗', en: 'a fake money-recovery scam' },
    advice: 'own',
    marks: ['pretext.loss-recovery'],
  },
  {
    // A claimed agent or an order quoted with no story of another kind is the fake agent's opening (the same
    // name as 'customer-service'; an entry of its own so that the other kinds' hints come first).
    id: 'agent',
    name: { zh: '冒充客服诈骗', en: 'a fake support-agent scam' },
    advice: 'shopping-app',
    marks: [],
    hints: ['contact.impersonation', 'contact.order-details', 'contact.unsolicited-problem',
      // The refund said to need your code or screen (newcomer15 kind 7): the fake agent's refund script.
      'contact.refund-condition'],
  },
  {
    // Last, and nameless: moves that belong to some kind other than the fake shop agent (a fee before a payout, a
    // top-up that "earns", gift-card codes, an ATM "activation", money asked outright, a payment app's friend, an
    // outside platform) when nothing tells which: the shopping app's advice does not fit, the moves' own advice
    // does. The headline says "诈骗" without a kind.
    id: 'other',
    advice: 'own',
    marks: [],
    hints: [
      'contact.unsolicited-offer', 'extract.upfront-fee', 'extract.scan-to-pay', 'extract.platform-topup', 'extract.money-request',
      'extract.payment-link', 'extract.atm-operation', 'extract.scan-sent-code', 'extract.stake-topup', 'extract.gift-card-codes', 'extract.reply-credentials',
      'cover.refundable-fee', 'shift.outside-platform', 'shift.payment-app-friend',
      // nc13-recall: a health product's refund collected with your card at a venue; a policy surrendered with all premiums back.
      'pretext.bring-card-refund', 'pretext.full-surrender',
    ],
  },
];

/**
 * Tactics that tell no kind, each group with its reason: a move every kind makes, a cue of how the contact came,
 * a component read only by composites, a legitimacy sign. They still name their own advice (the tactic's
 * `advice`); they do not choose the kind's.
 */
export const KIND_NEUTRAL: Readonly<Record<string, readonly string[]>> = {
  // Every kind asks for these: a code, a card and its password, an ID, a transfer, a loan, a new account.
  'a request every kind makes': [
    'extract.verification-code', 'extract.card-credentials', 'extract.card-details', 'extract.code-forward', 'extract.transfer',
    'extract.loan', 'extract.loan-to-safe-account', 'extract.identity', 'extract.personal-info', 'extract.personal-details',
    'extract.finances', 'extract.new-account', 'extract.online-banking', 'extract.verify-on-link', 'extract.fee', 'extract.gift-cards',
    // The damage claim's money sent to the caller now (newcomer11 kind 3).
    'extract.damage-pay',
    // A fee into the sender's own private account (recall15 kind Z3): the teacher's, the courier's, the landlord's.
    'extract.fee-to-private',
    // A stranger's ask told by the one asked, with no refusal (told17 kind 3).
    'extract.told-ask',
  ],
  // Off the platform, into the scammer's control: a link, an app, a group, a screen share, a private number.
  'a channel every kind moves to': [
    'shift.app-download', 'shift.callback', 'shift.claims-line', 'shift.group', 'shift.guided-operation', 'shift.link',
    'shift.private-contact', 'shift.register-platform', 'shift.remote-access', 'shift.reply-code', 'shift.robocall-key',
    'shift.screen-share',
  ],
  // Pressure and cover told in any kind's script.
  'pressure or cover in any script': ['cover.secrecy', 'cover.urgency', 'cover.lie-to-bank'],
  // Stories shared by several kinds: a frozen account (the refund scam's and the police's), a credit threat (the
  // student-loan account's and the loan advert's), a transfer made "by mistake" (no kind of its own: check your
  // bank's own app).
  'a story several kinds tell': ['pretext.account-frozen', 'pretext.credit-threat', 'pretext.mistaken-transfer', 'pretext.damage-claim'],
  // How the contact came or what it asked first: said by real senders too, the kind is told by the story.
  'how the contact came': [
    'contact.asks-details', 'contact.advert', 'contact.done-notice', 'contact.agent-request', 'contact.call-back-number', 'contact.call-line',
    'contact.claimed-desk', 'contact.claimed-staff', 'contact.complaint-followup', 'contact.details-request',
    'contact.in-process-payment', 'contact.in-platform-refund', 'contact.official-sender', 'contact.own-deal', 'contact.family-loan', 'contact.family-help', 'contact.promised-callback',
  ],
  // Weight 0, read only by composites or by the advice's needs: a link as sent, a credit line, a ransom sum, a fee
  // quoted, a chat handle.
  'components': [
    'shift.sent-link', 'shift.masked-link', 'shift.refund-link', 'shift.credit-line', 'extract.hush-money', 'extract.fee-quoted',
    'shift.chat-handle',
  ],
  // A legitimacy sign lowers the risk; it tells no kind.
  'a legitimacy sign': ['contact.in-person-counter'],
  // The citizen's own report that money has gone: it keeps the kind and gives PAID_ADVICE.
  'the citizen reports a loss': ['extract.user-paid', 'extract.loss-asks-help', 'extract.told-ask-done'],
};

/** What a kind is told from: a fired tactic's id and weight (a negative weight, a legitimacy sign, tells none). */
export interface FiredForKind {
  id: string;
  weight?: number;
}

/** Mark and hint → the index of the first kind that names it, built once. */
const MARKS = new Map<string, number>();
const HINTS = new Map<string, number>();
SCAM_KINDS.forEach((k, i) => {
  for (const m of k.marks) if (!MARKS.has(m)) MARKS.set(m, i);
  for (const h of k.hints ?? []) if (!HINTS.has(h)) HINTS.set(h, i);
});

/** The kind the fired tactics tell (the rule in this file's header), or null when none. Linear in `fired`. */
export function scamKind(fired: Iterable<FiredForKind>): ScamKind | null {
  const marks = new Array<number>(SCAM_KINDS.length).fill(0);
  let hint = Infinity;
  const seen = new Set<string>();
  for (const t of fired) {
    if ((t.weight !== undefined && t.weight < 0) || seen.has(t.id)) continue;
    seen.add(t.id);
    const m = MARKS.get(t.id);
    if (m !== undefined) marks[m]!++;
    const h = HINTS.get(t.id);
    if (h !== undefined && h < hint) hint = h;
  }
  let best = -1;
  for (let i = 0; i < marks.length; i++) if (marks[i]! > 0 && (best < 0 || marks[i]! > marks[best]!)) best = i;
  const at = best >= 0 ? best : hint;
  return at === Infinity ? null : SCAM_KINDS[at]!;
}

/**
 * The advice set for fired tactics: PAID_ADVICE when the citizen reports a loss (a PAID_MARKS tactic with a
 * positive weight), else the advice of the kind `scamKind` tells (the headline's), else 'verify-yourself'.
 */
export function kindAdvice(fired: Iterable<FiredForKind>): KindAdvice {
  const list = [...fired];
  if (list.some((t) => (t.weight === undefined || t.weight > 0) && PAID_MARKS.includes(t.id))) return PAID_ADVICE;
  return KIND_ADVICE[scamKind(list)?.advice ?? 'verify-yourself'];
}

/** Whether the shopping app's advice fits a kind (the page's first steps, the bank's warning). */
export function isShoppingApp(k: ScamKind): boolean {
  return k.advice === 'shopping-app';
}

/** A kind as an answer shows it: its id, its name in one language, and whether the shopping app's advice fits. */
export interface KindShown {
  id: string;
  name: string;
  shoppingApp: boolean;
}

/** A kind as an answer shows it; null for a kind without a name (the headline says "诈骗" without one). */
export function kindShown(k: ScamKind, lang: Lang): KindShown | null {
  return k.name === undefined ? null : { id: k.id, name: k.name[lang], shoppingApp: isShoppingApp(k) };
}

/** The kind as an answer shows it (`kindShown`); null when the verdict is safe or no named kind is told. */
export function kindOf(result: { verdict: string; tactics: readonly FiredForKind[] }, lang: Lang): KindShown | null {
  if (result.verdict === 'safe') return null;
  const k = scamKind(result.tactics);
  return k === null ? null : kindShown(k, lang);
}

/** A kind named in both languages (for a page whose language is its reader's, not the request's); null for an unknown or nameless id. */
export function kindNamed(id: string): { id: string; zh: string; en: string; shoppingApp: boolean } | null {
  const k = SCAM_KINDS.find((x) => x.id === id);
  return k?.name === undefined ? null : { id: k.id, zh: k.name.zh, en: k.name.en, shoppingApp: isShoppingApp(k) };
}
