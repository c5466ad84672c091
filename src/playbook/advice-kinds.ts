/**
 * Which police advice goes with which scam kind, shared by every language's playbook (the advice
 * ids are the same; each playbook words them). Read by src/advise/advise.ts; schema: `adviceKinds`
 * in src/playbook/schema.ts. An officer adding a kind lists the tactics that tell it (`marks`), the
 * defaults it adds and the advice that does not fit it.
 *
 * Source of the defaults: the seed bulletin's advice for the refund scam ("挂断电话，到购物平台官方
 * APP核实"; a refund never needs payment, a loan or a screen share), and the Ministry of Public
 * Security's "八个凡是" for the other kinds; `already-paid` (110 / 96110 and the bank's 止付) goes
 * with every kind once money may move.
 */
import type { PlaybookDef } from './schema.ts';

export const adviceKinds: PlaybookDef['adviceKinds'] = [
  {
    // First: the citizen reports money, a loan or a code already gone (DESIGN.md: the most urgent
    // case). 110 / 96110 and the bank's 止付 lead (already-paid is first in adviceOrder); advice that
    // prevents ("不要回复，不要照做", "先挂断，到APP核实", "真正的退款不用您付钱") comes too late and
    // is dropped, whatever kind of scam it was; "do not transfer any more" stays (a second, "recovery"
    // demand often follows).
    id: 'already-paid',
    marks: ['extract.user-paid'],
    always: ['already-paid', 'no-transfer'],
    onExtraction: [],
    omit: ['hang-up-verify-in-app', 'verify-independently', 'refund-never-needs-payment'],
  },
  {
    // First: a refund-scam pretext or a claimed platform agent makes it the refund
    // scam, even when a fake police step or a "boss" appears in the same call. Generic moves (a frozen
    // account, a transfer, a link) tell no kind and are not marks.
    id: 'refund',
    marks: [
      'contact.impersonation', 'contact.order-details', 'contact.unsolicited-problem',
      'pretext.quality-refund', 'pretext.refund-offer', 'pretext.overpaid-refund', 'pretext.too-good-compensation',
      'pretext.parcel-damaged', 'pretext.parcel-or-flight', 'pretext.subscription-renewal', 'pretext.mistaken-enrolment',
      'pretext.credit-too-low', 'pretext.loan-account-cancel', 'cover.fake-debit', 'extract.order-first',
      // English playbook
      'pretext.refund-owed', 'pretext.unexpected-charge', 'pretext.virus-or-hack',
    ],
    always: ['hang-up-verify-in-app'],
    onExtraction: ['refund-never-needs-payment', 'already-paid'],
  },
  {
    // A relative's or boss's money request, a fee before a payout, a game trade, a fake police case,
    // paid tasks, an investment "teacher", a dating app: the shopping-app advice does not fit.
    id: 'other',
    marks: [
      'contact.acquaintance', 'contact.unsolicited-offer', 'pretext.police-case', 'pretext.easy-money', 'pretext.dating-app',
      'pretext.urgent-money', 'pretext.account-trade', 'extract.upfront-fee', 'extract.scan-to-pay', 'extract.platform-topup', 'extract.proxy-purchase',
      'extract.money-request', 'shift.private-trade', 'shift.outside-platform', 'shift.payment-app-friend',
      // English playbook: a relative on a new number, a fake agency's threat, investment, task and job
      // offers, an online sweetheart's need, a prize.
      'contact.new-number', 'contact.family-emergency', 'contact.wrong-number', 'pretext.government-threat',
      'pretext.investment', 'pretext.job-offer', 'pretext.task-scam', 'pretext.romance-need', 'pretext.prize', 'pretext.buyer-story',
      'extract.third-party-payee', 'extract.gift-paycode', 'pretext.guaranteed-return', 'pretext.downline', 'extract.payment-link',
      'extract.task-escalation', 'pretext.accused',
      // Kinds found by a newcomer's probes: sextortion, fake customs / 医保, romance to investment,
      // loan adverts, a boss on a new account, utility-arrears phishing.
      'pretext.sextortion', 'extract.hush-money', 'pretext.customs-hold', 'pretext.insurance-abuse', 'pretext.romance-investment',
      'pretext.promised-return', 'extract.stake-in-platform', 'pretext.loan-ad', 'pretext.easy-loan-promise', 'contact.boss-new-account',
      'pretext.utility-arrears', 'extract.bill-link',
      // Other kinds from our own writing's misses (src/playbook/zh/other-kinds.ts): romance, fake unit orders, subsidies,
      // gambling, crypto wallets, direct payment for goods, bargains, second-hand seller fees, pyramid and overseas-job
      // lures, prizes, credit repair, fake office notices, stakes and "you will get it back".
      'pretext.online-romance', 'pretext.unit-order', 'pretext.subsidy-payout', 'extract.atm-operation', 'pretext.gambling',
      'extract.wallet-secret', 'extract.direct-payment', 'pretext.bargain-goods', 'extract.seller-fee', 'pretext.recruit-lure',
      'pretext.overseas-job', 'pretext.prize-won', 'pretext.credit-repair', 'pretext.gov-notice', 'extract.stake-topup',
      'cover.refundable-fee', 'shift.chat-handle', 'extract.fee-quoted', 'pretext.sex-lure', 'pretext.points-redeem', 'pretext.stock-tips',
      'pretext.loss-recovery', 'pretext.absent-landlord', 'extract.gift-card-codes', 'extract.cash-pickup', 'extract.reply-credentials',
    ],
    always: [],
    onExtraction: ['already-paid'],
    omit: ['hang-up-verify-in-app', 'refund-never-needs-payment'],
  },
  {
    // Evidence that tells no kind (a code asked for, a look-alike 社保 or ETC link, a stranger's
    // number): verify with the real company or office yourself, without the shopping-app wording.
    id: 'unknown',
    marks: [],
    always: ['verify-independently'],
    onExtraction: ['already-paid'],
    omit: ['hang-up-verify-in-app', 'refund-never-needs-payment'],
  },
];

/**
 * Advice tied to one move needs that move's evidence (schema: `adviceNeeds`). "叫您保密的一定是骗子"
 * with no secrecy asked, "马上关掉屏幕共享" with no screen share, "不要下载对方让装的软件，不要加
 * 对方的QQ、微信或进对方的群" with no app, contact or group: each reads as if the engine had not read
 * the message (found by a newcomer's probes, issue 8); "不要点对方发来的链接" with no link in the input.
 * A need is met by a tactic or signal that fired with a positive weight or by a component (the link
 * itself, shift.sent-link, is the evidence the link advice needs). Both playbooks and the signals use these ids.
 */
export const adviceNeeds: PlaybookDef['adviceNeeds'] = {
  'tell-family': ['cover.secrecy'],
  // "自称亲友、领导、老同学找您要钱…先打他原来的号码" only when someone claims to be a person the user knows
  // (newcomer8 kind 6: a romance, an exam leak, a unit's purchase order and Temu's "3x compensation, add
  // our agent on Telegram" all read it): a money request or a private contact alone names no relative or boss.
  'verify-known-contact': [
    'contact.acquaintance', 'contact.boss-new-account', 'pretext.urgent-money',
    // Money to a third person's card ("妈，…你速汇800元到我同学的卡上"): a relative's voice as often as not.
    'extract.third-party-payee',
    // English playbook
    'contact.new-number', 'contact.family-emergency',
  ],
  'no-screen-share': ['shift.screen-share', 'shift.remote-access'],
  // "不要为了“提高信用”“解冻”去借呗…借钱": only once a loan is asked for or the credit story is told.
  'no-loan': ['extract.loan', 'pretext.credit-too-low', 'pretext.loan-account-cancel', 'pretext.loan-ad', 'pretext.easy-loan-promise'],
  // "不要点对方发来的链接" / "Do not open links…": only when a link was sent or spoken of (a pretext that
  // usually comes with one, a loan advert, a prize, a 社保 notice, names the advice, but this message may
  // carry none). shift.sent-link is the component that fires on any link off the official sites.
  'check-domain': [
    'shift.link', 'shift.sent-link', 'shift.lookalike-link', 'shift.app-download-link', 'shift.confirmed-domain',
    'extract.bill-link', 'extract.payment-link', 'extract.verify-on-link',
  ],
  // "公安、检察院、法院不会通过电话办案" only with a police, court or office story: a number to call back
  // (contact.call-back-number) is also the refund scam's ("百万保障…如需关闭请联系客服 170…"), whose advice
  // must not open with 公检法 (newcomer7 kind 3).
  'police-never-by-phone': [
    'pretext.police-case', 'pretext.accused', 'shift.transfer-to-police', 'shift.robocall-key', 'extract.cash-pickup',
    'pretext.customs-hold', 'pretext.insurance-abuse', 'pretext.utility-arrears', 'pretext.gov-notice', 'pretext.government-threat',
  ],
  'no-app-download': [
    'shift.app-download', 'shift.app-download-link', 'shift.group', 'shift.group-invite', 'shift.private-contact',
    'shift.payment-app-friend', 'shift.register-platform', 'shift.outside-platform', 'shift.remote-access',
  ],
};

/**
 * One advice per scam kind (schema: `adviceExclusive`): paid tasks (刷单, 做任务返佣金) and investment (导师, 稳赚
 * 不赔的平台) are different kinds with their own advice; pretext.easy-money's lure words (稳赚, 高回报, 佣金) fit
 * both and name both, so the kind the other tactics tell decides (newcomer8: an investment scam was told
 * about order-brushing first).
 */
export const adviceExclusive: PlaybookDef['adviceExclusive'] = [
  ['no-paid-tasks', 'no-investment-tips'],
];
