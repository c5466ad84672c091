/**
 * The payment check's decision rules, as a table. Each rule names the facts that must all hold;
 * the answer is the most severe rule that matched (allow when none did), with every matched
 * rule's reason. Facts come from the transfer the bank describes and from the conversation.
 */
import { isShoppingApp, scamKind, type ScamKind } from '../playbook/scam-kinds.ts';
import type { AnalyzeResult, Lang } from '../types.ts';

export const PAYMENT_DECISIONS = ['allow', 'warn', 'hold'] as const;
export type PaymentDecision = (typeof PAYMENT_DECISIONS)[number];

export interface TransferFacts {
  amount: number;
  payeeNew: boolean;
  screenShareActive: boolean;
  callActive: boolean;
  /** The caller on the active call is in the user's contacts (the bank app may know). */
  callerKnown: boolean;
  loanJustDrawn: boolean;
}

export const FACTS = [
  'screenShare', 'strangerCall', 'payeeNew', 'refundPretext', 'loanJustDrawn',
  'scamConversation', 'suspiciousConversation', 'largeAmount',
  /** The payee account is one the other side of the conversation read out. */
  'payeeAccountSaid',
  /** The payee name (or bank) is one the other side of the conversation named. */
  'payeeNameSaid',
] as const;
export type Fact = (typeof FACTS)[number];

export interface PaymentRule {
  id: string;
  decision: Exclude<PaymentDecision, 'allow'>;
  when: readonly Fact[];
  /**
   * `{kind}` is the scam kind's name (src/playbook/scam-kinds.ts, "虚假贷款诈骗"), `{story}` the pretext told
   * (the refund scam's "退款/理赔" words, another kind's story by its name): see `KIND_WORDS`.
   */
  reason: Record<Lang, string>;
}

/** A transfer at least this large to a new payee is worth a second look on its own (CNY). */
export const LARGE_AMOUNT = 50_000;

export const PAYMENT_RULES: readonly PaymentRule[] = [
  { id: 'payee-account-from-refund-call', decision: 'hold', when: ['payeeAccountSaid', 'refundPretext'],
    reason: { zh: '收款账户正是对方在{story}中报给您的账户', en: 'the payee account is the one the other side read out after {story}' } },
  { id: 'payee-account-from-stranger-call', decision: 'hold', when: ['payeeAccountSaid', 'strangerCall'],
    reason: { zh: '收款账户是正在通话的陌生人报给您的', en: 'the payee account was read out by a stranger on the active call' } },
  { id: 'payee-account-from-suspicious-conversation', decision: 'hold', when: ['payeeAccountSaid', 'suspiciousConversation'],
    reason: { zh: '收款账户来自一段有诈骗迹象的对话', en: 'the payee account comes from a conversation that shows signs of the scam' } },
  { id: 'payee-account-from-scam-conversation', decision: 'hold', when: ['payeeAccountSaid', 'scamConversation'],
    reason: { zh: '收款账户来自一段已判定为诈骗的对话', en: 'the payee account comes from a conversation judged a scam' } },
  { id: 'screen-share-refund-new-payee', decision: 'hold', when: ['screenShare', 'payeeNew', 'refundPretext'],
    reason: { zh: '屏幕共享中，在{story}之后首次向新收款人转账', en: 'screen sharing on, first transfer to a new payee after {story}' } },
  { id: 'stranger-call-refund-new-payee', decision: 'hold', when: ['strangerCall', 'payeeNew', 'refundPretext'],
    reason: { zh: '正与陌生来电通话，在{story}之后首次向新收款人转账', en: 'on a call with a stranger, first transfer to a new payee after {story}' } },
  { id: 'scam-conversation-new-payee', decision: 'hold', when: ['scamConversation', 'payeeNew'],
    reason: { zh: '对话已被判定为诈骗，且收款人是新的', en: 'the conversation was judged a scam and the payee is new' } },
  { id: 'loan-refund-new-payee', decision: 'hold', when: ['loanJustDrawn', 'refundPretext', 'payeeNew'],
    reason: { zh: '刚借款后，在{story}之后向新收款人转账', en: 'a loan was just drawn and is going to a new payee after {story}' } },
  { id: 'screen-share-loan-new-payee', decision: 'hold', when: ['screenShare', 'loanJustDrawn', 'payeeNew'],
    reason: { zh: '屏幕共享中，把刚借到的钱转给新收款人', en: 'screen sharing on, a fresh loan going to a new payee' } },
  { id: 'screen-share', decision: 'warn', when: ['screenShare'],
    reason: { zh: '转账时屏幕正在共享，对方能看到您的操作和验证码', en: 'the screen is shared during the transfer: the other side sees every step and code' } },
  { id: 'scam-conversation', decision: 'warn', when: ['scamConversation'],
    reason: { zh: '对话已被判定为诈骗', en: 'the conversation was judged a scam' } },
  { id: 'suspicious-conversation', decision: 'warn', when: ['suspiciousConversation'],
    reason: { zh: '对话有{kind}的迹象', en: 'the conversation shows signs of {kind}' } },
  { id: 'refund-pretext-new-payee', decision: 'warn', when: ['refundPretext', 'payeeNew'],
    reason: { zh: '在{story}之后向新收款人转账', en: 'transfer to a new payee after {story}' } },
  { id: 'loan-new-payee', decision: 'warn', when: ['loanJustDrawn', 'payeeNew'],
    reason: { zh: '刚借到的钱转给新收款人', en: 'a fresh loan going to a new payee' } },
  { id: 'stranger-call-new-payee', decision: 'warn', when: ['strangerCall', 'payeeNew'],
    reason: { zh: '正与陌生来电通话时向新收款人转账', en: 'transfer to a new payee during a call with a stranger' } },
  { id: 'payee-account-said', decision: 'warn', when: ['payeeAccountSaid'],
    reason: { zh: '收款账户是对方在对话中报给您的', en: 'the payee account is one the other side read out in the conversation' } },
  { id: 'payee-name-after-refund-pretext', decision: 'warn', when: ['payeeNameSaid', 'refundPretext'],
    reason: { zh: '收款人是对方在{story}中指定的', en: 'the payee is the one the other side named after {story}' } },
  { id: 'large-new-payee', decision: 'warn', when: ['largeAmount', 'payeeNew'],
    reason: { zh: '向新收款人大额转账', en: 'a large transfer to a new payee' } },
];

/**
 * The words that fill `{kind}` and `{story}` (both languages), by the kind the conversation tells: the kind's
 * own name from the playbook's table, never the scammer's words; neutral words when no kind is told.
 */
export function kindWords(kind: ScamKind | null, lang: Lang): { kind: string; story: string } {
  if (kind?.name === undefined) return lang === 'zh' ? { kind: '诈骗', story: '对方编造的理由' } : { kind: 'a scam', story: 'a pretext' };
  const name = kind.name[lang];
  if (kind.id === 'refund') return lang === 'zh' ? { kind: name, story: '"退款/理赔"说辞' } : { kind: name, story: 'a refund or compensation pretext' };
  return lang === 'zh' ? { kind: name, story: `“${name}”的说辞` } : { kind: name, story: `a pretext (${name})` };
}

/** The warning for a kind that is not the shop's or platform's agent's (`shoppingApp` in the kinds table). */
const NEUTRAL_WARN: Record<Lang, string[]> = {
  zh: ['先别转账：陌生人让您转账、贷款、共享屏幕或说出验证码，都请先挂断，再自己通过官方渠道核实。'],
  en: ['Do not send it yet: when a stranger asks you to transfer, borrow, share your screen or read out a code, hang up and check through official channels yourself first.'],
};

export const PAYMENT_ADVICE: Record<PaymentDecision, Record<Lang, string[]>> = {
  allow: { zh: [], en: [] },
  warn: {
    zh: ['真正的退款不需要您付款、扫码、贷款或共享屏幕。请先挂断电话，通过购物平台官方应用自行核实。'],
    en: ['A real refund never needs you to pay, scan a code, take a loan or share your screen. Hang up and check in the shopping platform’s own app first.'],
  },
  hold: {
    zh: [
      '这笔转账已暂停：极可能是{kind}。请立即挂断电话、关闭屏幕共享，不要向对方提供验证码。',
      '如已向对方转账，请马上拨打110或96110，并联系银行止付。',
    ],
    en: [
      'This transfer is on hold: it is very likely {kind}. Hang up now, stop screen sharing, and give no verification code.',
      'Already paid? Call 110 or 96110 now, and your bank to stop the payment.',
    ],
  },
};

export function paymentFacts(
  t: TransferFacts,
  conversation: Pick<AnalyzeResult, 'verdict' | 'level' | 'tactics'> | null,
  payee: { account: boolean; name: boolean; bank: boolean } = { account: false, name: false, bank: false },
): Set<Fact> {
  const f = new Set<Fact>();
  if (payee.account) f.add('payeeAccountSaid');
  if (payee.name) f.add('payeeNameSaid');
  if (t.screenShareActive) f.add('screenShare');
  if (t.callActive && !t.callerKnown) f.add('strangerCall');
  if (t.payeeNew) f.add('payeeNew');
  if (t.loanJustDrawn) f.add('loanJustDrawn');
  if (t.amount >= LARGE_AMOUNT) f.add('largeAmount');
  if (conversation) {
    if (conversation.tactics.some((h) => h.id.startsWith('pretext.'))) f.add('refundPretext');
    if (conversation.verdict === 'scam' || conversation.level === 'block') f.add('scamConversation');
    else if (conversation.verdict === 'suspicious' || conversation.level === 'warn') f.add('suspiciousConversation');
  }
  return f;
}

export interface PaymentAnswer {
  decision: PaymentDecision;
  reasons: { rule: string; decision: PaymentDecision; reason: string }[];
  advice: string[];
}

const severity = (d: PaymentDecision) => PAYMENT_DECISIONS.indexOf(d);

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Whether a text is in the language: Chinese when it has Han characters, English when it has none. */
export function inLanguage(text: string, lang: Lang): boolean {
  return lang === 'zh' ? HAN.test(text) : !HAN.test(text);
}

/** The named kind a conversation tells (whatever its verdict: the pretext is the fact), for `decidePayment`; null for none or a nameless one. */
export function conversationKind(conversation: Pick<AnalyzeResult, 'tactics'> | null): ScamKind | null {
  const k = conversation === null ? null : scamKind(conversation.tactics);
  return k?.name === undefined ? null : k;
}

const fill = (text: string, words: { kind: string; story: string }): string => text.replace('{kind}', words.kind).replace('{story}', words.story);

/**
 * The answer for `facts`, its reasons and advice in `lang`. `kind`: the scam kind the conversation tells
 * (`conversationKind`), named in the reasons and the hold ("极可能是虚假贷款诈骗"); null (the default) says "诈骗".
 */
export function decidePayment(
  facts: ReadonlySet<Fact>, lang: Lang, conversationAdvice: readonly string[] = [], kind: ScamKind | null = null,
): PaymentAnswer {
  const matched = PAYMENT_RULES.filter((r) => r.when.every((fact) => facts.has(fact)));
  let decision: PaymentDecision = 'allow';
  for (const r of matched) if (severity(r.decision) > severity(decision)) decision = r.decision;
  const words = kindWords(kind, lang);
  // The refund advice ("真正的退款不需要您付款…") is the shop's or platform's agent's kind's only: another kind, or none
  // named (a relative in trouble, a large sum to a new payee), gets the neutral words (newcomer16 K5).
  const base = decision === 'warn' && (kind === null || !isShoppingApp(kind)) ? NEUTRAL_WARN[lang] : PAYMENT_ADVICE[decision][lang];
  const advice = base.map((a) => fill(a, words));
  // The conversation's advice is in its own language: only what is in the answer's language is added.
  if (decision !== 'allow') for (const a of conversationAdvice) if (inLanguage(a, lang) && !advice.includes(a)) advice.push(a);
  return {
    decision,
    reasons: matched.map((r) => ({ rule: r.id, decision: r.decision, reason: fill(r.reason[lang], words) })),
    advice,
  };
}
