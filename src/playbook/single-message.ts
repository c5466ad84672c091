/**
 * When ONE message may be called `scam` (issue 8 §4: "0 `scam` verdicts on any real legitimate
 * text"). An SMS, a single chat line or a pasted text with one turn (not a call: a call's first turn
 * opens a conversation) carries its whole case in its own words, so the verdict is decided from the
 * kill chain (DESIGN.md), not from how many cues and how much of the text model add up:
 *
 *   `scam` needs  a REPORT of a loss (the citizen says money or a code already went),
 *            or   a STANDALONE request whose own words are the story (a fee or a top-up before a
 *                 payout, one more task to unlock the stake, gift-card or payment codes, a ransom),
 *            or   a REQUEST of a kill-chain step (code, card, password, ID, transfer, loan, fee,
 *                 screen share, an APK link) together with a STORY told by another cue (who claims to
 *                 write, what happened to you, a look-alike of a brand's site),
 *            or   a request NO legitimate sender makes in a message (`neverAsked`: a code, a card and
 *                 its password, a card bound on a link, a screen share or remote control, an APK,
 *                 money into an account or a platform it names) with an OFFER or a MOVE elsewhere
 *                 (the link, app or group where the ask is to be done: the phishing SMS).
 *   Otherwise the message is at most `suspicious`, whatever the sum (composites included).
 *
 * A MOVE (a link, an app, a group, a private WeChat/QQ) is never enough with a story, nor with an
 * ordinary request (an ID's last digits, a name, a price, "转给我"), and neither is a whole story with
 * no ask (two story tactics) nor a look-alike link alone (it is the story or the ask, not both): a
 * shop, a carrier, a bank, a courier, a driving school and a court each write one of those in a real
 * message, and the rules' reading of such a message is where
 * the false `scam` verdicts on real SMS came from (session 6: the dev half's false alarms were fixed
 * one by one and the never-read test half still gave 6 `scam` on 3,858 real SMS; our own legitimate
 * SMS read `scam` through "request + move" — a driving school's "发送姓名和身份证后四位…教练拉您进学员
 * 群"). The refund scam's SMS that asks nothing ("我是淘宝客服，您的订单异常，加QQ群办理退款") stays
 * `suspicious`: a warning, not the verdict that the step was asked. A request with an OFFER counts only
 * when no legitimate sender makes it: an advert asks you to buy, borrow, top up or pay (the loan, the
 * top-up bonus, the price are its product), never for your code or your screen.
 * A request read only at weight 0 (extract.fee-quoted: a price or a fee named, "会员费399", "学费
 * 3880") counts as a REQUEST only inside a STORY, as before (session 5).
 *
 * Classes are kill-chain selectors (a tactic id, `<prefix>.*`, `stage:<stage>`), shared by both
 * playbooks (a message read by both is scored alike); only positively weighted evidence counts, and
 * components (`role: 'component'`: an outside link, a quoted fee, a ransom read with its threat) as
 * the request they name, never as a story or an offer (a component contact frame such as
 * contact.call-back-number says who writes, not what happened); an id in `except` never counts. A
 * new pretext counts as a STORY unless it is listed under `offers`.
 *
 * Measured (`fanzha eval --split dev`, EVALUATION.md): see the commit that made the rule.
 */
import type { Playbook } from './schema.ts';

export const singleMessage: NonNullable<Playbook['singleMessage']> = {
  reports: ['extract.user-paid'],
  // Requests whose own words are the story: a fee or a top-up before a loan, a prize, a withdrawal or a
  // parcel ("凡是先交钱才能放款、领奖、提现的都是诈骗"), a deposit before a buyer's money can be received, one more task to unlock the stake, a payment code
  // for a free gift, gift-card codes, a ransom with its threat. Enough on their own.
  standalone: ['extract.upfront-fee', 'extract.seller-fee', 'extract.platform-topup', 'extract.task-escalation', 'extract.gift-paycode', 'extract.hush-money', 'extract.fee', 'extract.gift-cards'],
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
  // Asks no bank, shop, carrier, courier or lender makes in a message, whatever it sells: with an offer
  // ("无抵押贷款，回复验证码即可放款", "贷款已审批，先交解冻金到指定账户") or a move elsewhere ("点 etcbd.cc 重新
  // 绑定银行卡") as with a story. A code, a card and its password, a card bound on a link, a screen share
  // or remote control, an APK, money sent to an account or put into a platform the sender names. Not a
  // loan, a price, an ID's last digits or a bare "转给我": an advert's product is the first two ("信用
  // 贷款，放款快", "会员费399"), a school or a club asks the third, family write the last.
  neverAsked: [
    'extract.verification-code', 'extract.card-credentials', 'extract.reply-credentials', 'extract.wallet-secret', 'extract.gift-card-codes',
    'extract.verify-on-link', 'extract.atm-operation', 'shift.screen-share', 'shift.remote-access', 'shift.app-download-link',
    'extract.transfer', 'extract.direct-payment', 'extract.new-account', 'extract.third-party-payee', 'extract.stake-topup', 'extract.stake-in-platform',
  ],
  moves: ['stage:shift'],
  // A screen share and a remote control are one ask of control ("a screen share is no move of its own"):
  // the two ids (zh shift.screen-share, en shift.remote-access) on one mixed warning ("no real platform
  // will ask you to share your screen. 有人让你“开启屏幕共享”…") paired each other and read scam 85. Each
  // still pairs with an ask or a move of another kind (an app, a code).
  control: ['shift.screen-share', 'shift.remote-access'],
  // Asking your name or address is not a move of money, credentials or control.
  except: ['extract.personal-info'],
};
