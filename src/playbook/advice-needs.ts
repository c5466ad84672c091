/**
 * Advice tied to one move, not to a kind, shared by every language's playbook (the advice ids are the same;
 * each playbook words them). Read by src/advise/advise.ts; schema: `adviceNeeds` and `adviceExclusive` in
 * src/playbook/schema.ts. Which advice goes with which scam KIND is in the one kind table,
 * src/playbook/scam-kinds.ts (`KIND_ADVICE`, each kind's `advice`), the same table the headline reads.
 */
import type { PlaybookDef } from './schema.ts';

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
    'extract.bill-link', 'extract.payment-link', 'extract.verify-on-link', 'extract.lookalike-ask',
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
