/**
 * Which kind of scam a result is, by name, for the headline a person reads first ("很可能是虚假贷款诈骗",
 * "有刷单返利诈骗的迹象") and the bank's payment-hold reason. One table an officer extends: a kind's id,
 * its name in each language, and the tactics that tell it. The name comes from this table only, never
 * from the scammer's text.
 *
 * How a kind is chosen (`scamKind`): the kind with the most `marks` fired, the first in table order on a tie;
 * else the first one of whose `hints` fired (a hint tells the kind only when no kind's mark did: "稳赚高回报"
 * lures to paid tasks and to investment alike, a claimed agent opens the loan advert's call too); else none,
 * and the page says "诈骗" without a kind. Order decides a tie where one story carries another's move: the
 * refund story with a fake police step is the refund scam (the same order as src/playbook/advice-kinds.ts);
 * a task scam whose "卡单" reads like a refund word too has more of the task's marks.
 * A tactic that lowers the risk (a legitimacy sign) tells no kind; neither does the text model's reading.
 *
 * Sources of the kinds and their names: the Ministry of Public Security's common fraud types (刷单返利,
 * 虚假网络投资理财, 虚假网络贷款, 冒充电商物流客服, 冒充公检法, 网络游戏产品虚假交易, 网络婚恋交友, 冒充领导熟人)
 * and, for the English playbook, the FTC's consumer-alert kinds (tech support, government impersonation,
 * family emergency, romance, job, investment, prize).
 */
import type { Lang } from '../types.ts';

export interface ScamKind {
  id: string;
  /** The kind's name as a headline says it: "很可能是{name}", "有{name}的迹象"; "Very likely {name}". */
  name: Record<Lang, string>;
  /** Tactics that tell this kind (table order decides between kinds). */
  marks: readonly string[];
  /** Tactics that tell it only when no kind's mark fired. */
  hints?: readonly string[];
  /**
   * The fake shop or platform agent's kinds: "check in the shopping app's 我的订单" is the advice that fits (the
   * page's first steps, the bank's warning). Any other kind is told to check through official channels instead.
   */
  shoppingApp?: true;
}

export const SCAM_KINDS: readonly ScamKind[] = [
  {
    // Before every other kind: a sextortion threat is not told by a romance word that came first.
    id: 'sextortion',
    name: { zh: '裸聊敲诈', en: 'sextortion' },
    marks: ['pretext.sextortion'],
  },
  {
    id: 'refund',
    shoppingApp: true,
    name: { zh: '冒充客服退款诈骗', en: 'a fake customer-service refund scam' },
    marks: [
      'pretext.quality-refund', 'pretext.refund-offer', 'pretext.overpaid-refund', 'pretext.too-good-compensation',
      'pretext.parcel-damaged', 'pretext.refund-stuck', 'pretext.refund-off-platform',
      'pretext.credit-too-low', 'cover.fake-debit', 'extract.order-first', 'extract.payout-account',
      // English playbook
      'pretext.refund-owed',
    ],
    // "赔偿/补偿" in any story (a relative's accident, a tenant's deposit) tells the refund scam only when nothing else does.
    hints: ['pretext.payout-offer'],
  },
  {
    // The other openings of the fake agent: a membership or a "百万保障" to cancel, a student-loan account to close,
    // a shop's deposit, a parcel held or a flight cancelled.
    id: 'customer-service',
    shoppingApp: true,
    name: { zh: '冒充客服诈骗', en: 'a fake support-agent scam' },
    marks: [
      'pretext.mistaken-enrolment', 'pretext.subscription-renewal', 'pretext.loan-account-cancel', 'pretext.shop-deposit',
      'pretext.parcel-or-flight',
      // English playbook: a surprise charge, tech support, the bank's "fraud team".
      'pretext.unexpected-charge', 'pretext.virus-or-hack', 'pretext.account-compromised',
    ],
  },
  {
    // English playbook: a courier's "parcel on hold, pay the redelivery fee" text.
    id: 'delivery',
    name: { zh: '冒充快递物流诈骗', en: 'a fake delivery notice' },
    marks: ['pretext.parcel-problem'],
  },
  {
    id: 'police',
    name: { zh: '冒充公检法诈骗', en: 'a fake police or government scam' },
    marks: ['pretext.police-case', 'pretext.accused', 'shift.transfer-to-police', 'extract.cash-pickup', 'pretext.government-threat'],
  },
  {
    id: 'official',
    name: { zh: '冒充政府部门、公共服务诈骗', en: 'a fake official notice' },
    marks: [
      'pretext.customs-hold', 'pretext.insurance-abuse', 'pretext.utility-arrears', 'pretext.gov-notice', 'pretext.subsidy-payout',
      'extract.bill-link', 'pretext.toll-unpaid', 'pretext.final-notice',
    ],
  },
  {
    id: 'acquaintance',
    name: { zh: '冒充熟人、领导诈骗', en: 'a fake relative, friend or boss scam' },
    marks: ['contact.acquaintance', 'contact.boss-new-account', 'contact.new-number', 'contact.family-emergency'],
    hints: ['pretext.urgent-money', 'extract.third-party-payee'],
  },
  {
    id: 'loan',
    name: { zh: '虚假贷款诈骗', en: 'a fake loan scam' },
    marks: ['pretext.loan-ad', 'pretext.easy-loan-promise', 'pretext.credit-repair'],
  },
  {
    id: 'task',
    name: { zh: '刷单返利诈骗', en: 'a paid-task (order-brushing) scam' },
    marks: ['pretext.task-lure', 'extract.task-escalation', 'pretext.task-scam', 'pretext.job-offer'],
    hints: ['pretext.easy-money'],
  },
  {
    id: 'investment',
    name: { zh: '虚假投资理财诈骗', en: 'a fake investment scam' },
    marks: [
      'pretext.romance-investment', 'pretext.promised-return', 'pretext.guaranteed-return', 'pretext.stock-tips',
      'extract.stake-in-platform', 'extract.wallet-secret', 'pretext.investment',
    ],
  },
  {
    id: 'gambling',
    name: { zh: '网络赌博诈骗', en: 'an online gambling scam' },
    marks: ['pretext.gambling'],
  },
  {
    id: 'prize',
    name: { zh: '虚假中奖、领奖诈骗', en: 'a fake prize scam' },
    marks: ['pretext.prize-won', 'pretext.points-redeem', 'pretext.prize'],
  },
  {
    id: 'game',
    name: { zh: '游戏交易诈骗', en: 'a game-trade scam' },
    marks: ['pretext.account-trade', 'extract.gift-paycode'],
  },
  {
    id: 'romance',
    name: { zh: '网络交友、婚恋诈骗', en: 'a romance scam' },
    marks: ['pretext.online-romance', 'pretext.dating-app', 'pretext.sex-lure', 'pretext.romance-need', 'contact.wrong-number'],
  },
  {
    id: 'job',
    name: { zh: '虚假招聘、境外高薪诈骗', en: 'a fake job scam' },
    marks: ['pretext.overseas-job', 'pretext.recruit-lure', 'pretext.downline'],
  },
  {
    id: 'shopping',
    name: { zh: '虚假购物、交易诈骗', en: 'a fake buying or selling scam' },
    marks: [
      'shift.private-trade', 'extract.direct-payment', 'pretext.bargain-goods', 'extract.seller-fee', 'pretext.unit-order',
      'extract.proxy-purchase', 'pretext.absent-landlord', 'pretext.buyer-story',
    ],
  },
  {
    id: 'loss-recovery',
    name: { zh: '虚假“追回损失”诈骗', en: 'a fake money-recovery scam' },
    marks: ['pretext.loss-recovery'],
  },
  {
    // Last: a claimed agent or an order quoted with no story of another kind is the fake agent's opening (the same
    // name as 'customer-service'; an entry of its own so that the other kinds' hints come first).
    id: 'agent',
    shoppingApp: true,
    name: { zh: '冒充客服诈骗', en: 'a fake support-agent scam' },
    marks: [],
    hints: ['contact.impersonation', 'contact.order-details', 'contact.unsolicited-problem'],
  },
];

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

/** A kind as an answer shows it: its id, its name in one language, and whether the shopping app's advice fits. */
export interface KindShown {
  id: string;
  name: string;
  shoppingApp: boolean;
}

export function kindShown(k: ScamKind, lang: Lang): KindShown {
  return { id: k.id, name: k.name[lang], shoppingApp: k.shoppingApp === true };
}

/** The kind as an answer shows it (`kindShown`); null when the verdict is safe or no kind is told. */
export function kindOf(result: { verdict: string; tactics: readonly FiredForKind[] }, lang: Lang): KindShown | null {
  if (result.verdict === 'safe') return null;
  const k = scamKind(result.tactics);
  return k === null ? null : kindShown(k, lang);
}

/** A kind named in both languages (for a page whose language is its reader's, not the request's); null for an unknown id. */
export function kindNamed(id: string): { id: string; zh: string; en: string; shoppingApp: boolean } | null {
  const k = SCAM_KINDS.find((x) => x.id === id);
  return k === undefined ? null : { id: k.id, zh: k.name.zh, en: k.name.en, shoppingApp: k.shoppingApp === true };
}
