/**
 * When ONE message may be called `scam` (issue 8 §4: "0 `scam` verdicts on any real legitimate
 * text"). An SMS, a single chat line or a pasted text with one turn (not a call: a call's first turn
 * opens a conversation) carries its whole case in its own words, so the verdict is decided from the
 * kill chain (DESIGN.md), not from how many cues and how much of the text model add up:
 *
 *   `scam` needs  a REPORT of a loss (the citizen says money or a code already went),
 *            or   a STANDALONE request whose own words are the story (a fee or a top-up before a
 *                 payout, one more task to unlock the stake, gift-card or payment codes, a ransom),
 *            or   a REQUEST that moves money, credentials or control (code, card, password, ID,
 *                 transfer, loan, fee, top-up, screen share, a look-alike or APK link) together with
 *                 a STORY, an OFFER or a MOVE off the official channel,
 *            or   a STORY together with a MOVE off the official channel (a link, an app, a group, a
 *                 private WeChat/QQ, a call put through to "police"),
 *            or   a whole STORY: two distinct story tactics (who claims to write and what happened to
 *                 you: "我是快手客服" + "您误开通了会员"; a police case and its accusation).
 *   Otherwise the message is at most `suspicious`, whatever the sum (composites included).
 *   A request read only at weight 0 (extract.fee-quoted: a price or a fee named, "会员费399", "学费
 *   3880") is what every advert says: it is a REQUEST only inside a STORY, never with an offer or a
 *   move alone (session 5: 6 of the 8 dev real SMS the rule let be `scam` were a quoted price with
 *   the advert's own group, app or link; on the dev SMS scams 5 `scam` verdicts of adverts with a
 *   price became `suspicious`, texts-8 游戏/虚拟物品交易 394 → 390 and 网络交友 113 → 112 of 767 and
 *   319; not-safe unchanged).
 *
 * So an advert with its own contact (an OFFER plus a MOVE: "无抵押贷款，加微信", "加店长微信领券",
 * a promotion with its link or app), a link or a number alone, a request with no story ("转到这个卡
 * 上"), and one bare story ("您的账户已被冻结", a court's hearing notice) each stay at most
 * `suspicious`: a real sender writes every one of them (a loan broker, a shop, a landlord, a bank's
 * alert, a court). The refund scam's SMS is STORY + MOVE, STORY + REQUEST or the whole STORY
 * ("我是淘宝客服，您的订单异常，加QQ群办理退款").
 *
 * Classes are kill-chain selectors (a tactic id, `<prefix>.*`, `stage:<stage>`), shared by both
 * playbooks (a message read by both is scored alike); only positively weighted evidence counts, and
 * components (`role: 'component'`: an outside link, a quoted fee, a ransom read with its threat) as
 * the move or the request they name, never as a story or an offer (a component contact frame such as
 * contact.call-back-number says who writes, not what happened); an id in `except` never counts. A
 * new pretext counts as a STORY unless it is listed under `offers`.
 *
 * Measured (`fanzha eval --split dev`, EVALUATION.md "One message"): no case's not-safe verdict
 * changes; `scam` verdicts on dev SMS scam categories fall by 2–6 points where the rules see the
 * story (冒充客服 texts-5 0.900 → 0.882, texts-8 0.802 → 0.782; 冒充公检法 0.848 → 0.808, 0.811 → 0.756)
 * and by 5–11 points where the SMS is an advert with a contact or a bare request (刷单返利 0.451 →
 * 0.340, 冒充领导熟人 0.50 → 0.45–0.46, 贷款 0.64/0.61 → 0.61/0.57): those stay `suspicious`.
 */
import type { Playbook } from './schema.ts';

export const singleMessage: NonNullable<Playbook['singleMessage']> = {
  reports: ['extract.user-paid'],
  // Requests whose own words are the story: a fee or a top-up before a loan, a prize, a withdrawal or a
  // parcel ("凡是先交钱才能放款、领奖、提现的都是诈骗"), one more task to unlock the stake, a payment code
  // for a free gift, gift-card codes, a ransom with its threat. Enough on their own.
  standalone: ['extract.upfront-fee', 'extract.platform-topup', 'extract.task-escalation', 'extract.gift-paycode', 'extract.hush-money', 'extract.fee', 'extract.gift-cards'],
  requests: [
    'stage:extraction',
    // Control and credentials through a page or an app the counterpart sent.
    'shift.screen-share', 'shift.remote-access', 'shift.lookalike-link', 'shift.app-download-link',
  ],
  stories: [
    'stage:pretext',
    // Who the counterpart claims to be, or what it says happened to you.
    'contact.impersonation', 'contact.claimed-staff', 'contact.acquaintance', 'contact.boss-new-account',
    'contact.unsolicited-problem', 'contact.complaint-followup', 'contact.spoofed-number',
    'contact.family-emergency', 'contact.new-number', 'contact.wrong-number',
    'cover.secrecy', 'cover.fake-debit',
    // "The money comes back after" (押金入职后返还, 测试完成后原路退回): the story that makes you pay.
    'cover.refundable-fee',
    // A brand's name in someone else's domain, a call handed on to "police": both are impersonation.
    'shift.lookalike-link', 'shift.transfer-to-police',
  ],
  offers: [
    // The sender's own product: what every advert says. A STORY only with a REQUEST.
    'contact.unsolicited-offer', 'pretext.easy-money', 'pretext.easy-loan-promise', 'pretext.loan-ad',
    'pretext.guaranteed-return', 'pretext.promised-return', 'pretext.downline', 'pretext.dating-app', 'pretext.account-trade',
    'pretext.investment', 'pretext.job-offer', 'pretext.prize', 'pretext.task-scam',
  ],
  moves: ['stage:shift'],
  // Asking your name or address is not a move of money, credentials or control.
  except: ['extract.personal-info'],
};
