/**
 * The Chinese playbook for the fake e-commerce customer-service refund scam (冒充电商客服退款诈骗),
 * written from the Wuhan anti-fraud bulletin (shared/seed/refund-call-scam-article.md) and the
 * kill chain in DESIGN.md. Weights: contact 8–10, pretexts 15–30, channel shifts 20–30,
 * extraction 40–45 (alone already `suspicious`, so other scam kinds never read safe), cover 15–25.
 * Composites carry the rule "no single cue decides; the path does".
 */
import { definePlaybook } from '../schema.ts';
import { adviceExclusive, adviceNeeds } from '../advice-needs.ts';
import { singleMessage } from '../single-message.ts';
import { promotion } from '../promotion.ts';
import { adviceEn } from './advice-en.ts';
import { zhCases } from './cases.ts';
import { zhRequestCases } from './cases-requests.ts';
import { zhGrammar, zhLexicon } from './lexicon.ts';
import { zhVariants, ZH_SOUND_WORDS } from './variants.ts';
import { probeKindComposites, probeKindTactics } from './probe-kinds.ts';
import { recallKindComposites, recallKindTactics } from './recall-kinds.ts';
import { extractToldAsk, extractToldAskDone } from './told-asks.ts';
import { nc12KindComposites, nc12KindTactics } from './nc12-kinds.ts';
import { nc13KindComposites, nc13KindTactics } from './nc13-kinds.ts';
import { nc15KindComposites, nc15KindTactics } from './nc15-kinds.ts';
import { ncrecall17KindComposites, ncrecall17KindTactics } from './ncrecall17-kinds.ts';
import { recall15KindComposites, recall15KindTactics } from './recall15-kinds.ts';
import contactImpersonation from './tactics/contact.impersonation.ts';
import contactOrderDetails from './tactics/contact.order-details.ts';
import contactUnsolicitedProblem from './tactics/contact.unsolicited-problem.ts';
import contactAcquaintance from './tactics/contact.acquaintance.ts';
import pretextEasyMoney from './tactics/pretext.easy-money.ts';
import pretextTaskLure from './tactics/pretext.task-lure.ts';
import pretextPoliceCase from './tactics/pretext.police-case.ts';
import pretextUrgentMoney from './tactics/pretext.urgent-money.ts';
import pretextQualityRefund from './tactics/pretext.quality-refund.ts';
import pretextOverpaidRefund from './tactics/pretext.overpaid-refund.ts';
import pretextTooGoodCompensation from './tactics/pretext.too-good-compensation.ts';
import pretextCreditTooLow from './tactics/pretext.credit-too-low.ts';
import pretextAccountFrozen from './tactics/pretext.account-frozen.ts';
import pretextMistakenEnrolment from './tactics/pretext.mistaken-enrolment.ts';
import pretextParcelOrFlight from './tactics/pretext.parcel-or-flight.ts';
import pretextLoanAccountCancel from './tactics/pretext.loan-account-cancel.ts';
import pretextShopDeposit from './tactics/pretext.shop-deposit.ts';
import pretextSubscriptionRenewal from './tactics/pretext.subscription-renewal.ts';
import pretextParcelDamaged from './tactics/pretext.parcel-damaged.ts';
import pretextRefundOffer from './tactics/pretext.refund-offer.ts';
import pretextPayoutOffer from './tactics/pretext.payout-offer.ts';
import pretextRefundStuck from './tactics/pretext.refund-stuck.ts';
import pretextRefundOffPlatform from './tactics/pretext.refund-off-platform.ts';
import shiftPrivateContact from './tactics/shift.private-contact.ts';
import shiftGroup from './tactics/shift.group.ts';
import shiftScreenShare from './tactics/shift.screen-share.ts';
import shiftAppDownload from './tactics/shift.app-download.ts';
import shiftLink from './tactics/shift.link.ts';
import contactOfficialSender from './tactics/contact.official-sender.ts';
import contactAdvert from './tactics/contact.advert.ts';
import contactDoneNotice from './tactics/contact.done-notice.ts';
import { notice } from '../notice.ts';
import { deal } from '../deal.ts';
import { familyLoan } from '../family-loan.ts';
import { familyHelp } from '../family-help.ts';
import shiftGuidedOperation from './tactics/shift.guided-operation.ts';
import extractVerificationCode from './tactics/extract.verification-code.ts';
import extractCardCredentials from './tactics/extract.card-credentials.ts';
import extractIdentity from './tactics/extract.identity.ts';
import extractTransfer from './tactics/extract.transfer.ts';
import extractLoan from './tactics/extract.loan.ts';
import extractFinances from './tactics/extract.finances.ts';
import extractNewAccount from './tactics/extract.new-account.ts';
import extractUserPaid from './tactics/extract.user-paid.ts';
import extractMoneyRequest from './tactics/extract.money-request.ts';
import extractOrderFirst from './tactics/extract.order-first.ts';
import extractPersonalInfo from './tactics/extract.personal-info.ts';
import coverFakeDebit from './tactics/cover.fake-debit.ts';
import coverSecrecy from './tactics/cover.secrecy.ts';
import coverUrgency from './tactics/cover.urgency.ts';
import extractUpfrontFee from './tactics/extract.upfront-fee.ts';
import extractScanToPay from './tactics/extract.scan-to-pay.ts';
import extractProxyPurchase from './tactics/extract.proxy-purchase.ts';
import contactUnsolicitedOffer from './tactics/contact.unsolicited-offer.ts';
import shiftPaymentAppFriend from './tactics/shift.payment-app-friend.ts';
import contactClaimedStaff from './tactics/contact.claimed-staff.ts';
import shiftPrivateTrade from './tactics/shift.private-trade.ts';
import pretextDatingApp from './tactics/pretext.dating-app.ts';
import extractPlatformTopup from './tactics/extract.platform-topup.ts';
import pretextAccountTrade from './tactics/pretext.account-trade.ts';
import shiftOutsidePlatform from './tactics/shift.outside-platform.ts';
import contactAsksDetails from './tactics/contact.asks-details.ts';
import contactAgentRequest from './tactics/contact.agent-request.ts';
import contactDetailsRequest from './tactics/contact.details-request.ts';
import contactCallLine from './tactics/contact.call-line.ts';
import contactClaimedDesk from './tactics/contact.claimed-desk.ts';
import contactPromisedCallback from './tactics/contact.promised-callback.ts';
import shiftReplyCode from './tactics/shift.reply-code.ts';
import shiftClaimsLine from './tactics/shift.claims-line.ts';
import contactComplaintFollowup from './tactics/contact.complaint-followup.ts';
import extractThirdPartyPayee from './tactics/extract.third-party-payee.ts';
import contactInProcessPayment from './tactics/contact.in-process-payment.ts';
import contactOwnDeal from './tactics/contact.own-deal.ts';
import contactInPlatformRefund from './tactics/contact.in-platform-refund.ts';
import contactFamilyLoan from './tactics/contact.family-loan.ts';
import contactFamilyHelp from './tactics/contact.family-help.ts';
import extractGiftPaycode from './tactics/extract.gift-paycode.ts';
import pretextGuaranteedReturn from './tactics/pretext.guaranteed-return.ts';
import pretextDownline from './tactics/pretext.downline.ts';
import extractPaymentLink from './tactics/extract.payment-link.ts';
import pretextSextortion from './tactics/pretext.sextortion.ts';
import extractHushMoney from './tactics/extract.hush-money.ts';
import pretextCustomsHold from './tactics/pretext.customs-hold.ts';
import shiftRobocallKey from './tactics/shift.robocall-key.ts';
import pretextUtilityArrears from './tactics/pretext.utility-arrears.ts';
import extractBillLink from './tactics/extract.bill-link.ts';
import contactCallBackNumber from './tactics/contact.call-back-number.ts';
import pretextInsuranceAbuse from './tactics/pretext.insurance-abuse.ts';
import shiftTransferToPolice from './tactics/shift.transfer-to-police.ts';
import pretextRomanceInvestment from './tactics/pretext.romance-investment.ts';
import pretextPromisedReturn from './tactics/pretext.promised-return.ts';
import shiftRegisterPlatform from './tactics/shift.register-platform.ts';
import pretextLoanAd from './tactics/pretext.loan-ad.ts';
import pretextEasyLoanPromise from './tactics/pretext.easy-loan-promise.ts';
import contactBossNewAccount from './tactics/contact.boss-new-account.ts';
import contactInPersonCounter from './tactics/contact.in-person-counter.ts';
import extractStakeInPlatform from './tactics/extract.stake-in-platform.ts';
import extractTaskEscalation from './tactics/extract.task-escalation.ts';
import pretextAccused from './tactics/pretext.accused.ts';
import extractVerifyOnLink from './tactics/extract.verify-on-link.ts';
import shiftMaskedLink from './tactics/shift.masked-link.ts';
import extractPayoutAccount from './tactics/extract.payout-account.ts';
import shiftRefundLink from './tactics/shift.refund-link.ts';
import pretextCreditThreat from './tactics/pretext.credit-threat.ts';
import shiftCreditLine from './tactics/shift.credit-line.ts';
import { otherKindComposites, otherKindTactics } from './other-kinds.ts';

/**
 * Extraction moves no relative or colleague makes in everyday chat (codes, card data, transfers to
 * set accounts, loans). The high-risk composites use these; extract.money-request ("转给我") has its own.
 */
// extract.scan-to-pay: a code sent to pay IS money moved to the payee it names; until fp11 extract.transfer read the same
// "扫…二维码…付款" beside it (one ask counted twice: 85 on a laundry's "扫门口收款码付款"), and these composites held it through
// that duplicate. Now the ask is read once, by scan-to-pay, and named here (session 11).
const EXTRACTION_STRONG = ['extract.verification-code', 'extract.card-credentials', 'extract.identity', 'extract.transfer', 'extract.scan-to-pay', 'extract.loan', 'extract.user-paid', 'extract.finances'];

/**
 * The stories of the refund kill chain that open an SMS from a stranger (a complaint followed up, a
 * lost parcel, a faulty product, a refund, a charge to cancel, a frozen account, low credit): with a
 * request for details by reply or a promised call, each is the scam's SMS opening.
 */
const REFUND_STORIES = [
  'contact.complaint-followup', 'contact.unsolicited-problem',
  'pretext.quality-refund', 'pretext.refund-offer', 'pretext.parcel-damaged', 'pretext.parcel-or-flight', 'pretext.too-good-compensation',
  'pretext.account-frozen', 'pretext.mistaken-enrolment', 'pretext.subscription-renewal', 'pretext.credit-too-low', 'pretext.overpaid-refund',
  'pretext.payout-offer', 'pretext.refund-stuck', 'pretext.refund-off-platform',
];

/** What a warning's 请勿/切勿 forbids (泄露, 相信, 点击, 转账…): see the guard list `warning-story`. */
const WARNING_OBJECTS = [
  '泄露', '透露', '告诉', '告知', '提供', '相信', '轻信', '理会', '点击', '打开', '登录', '扫', '添加', '加', '转账', '汇款', '付款',
  '支付', '下载', '安装', '共享', '开启', '回复', '拨打', '回拨', '向', '将', '把', '给', '外传', '转发', '上当', '受骗', '随意', '私下',
  '与陌生', '陌生', '接听', '进入', '访问', '填写', '输入', '操作', '按照', '配合',
];

/** Warnings' words: in the same sentence, a guarded tactic's cue does not count (see `guards`). */
const WARNING_WORDS = [
  // "不会索要/不需要您提供…" are handled by `negation` below, scoped to the request they negate.
  '切勿', '请勿', '谨防', '警惕', '不会主动',
  '均为诈骗', '都是诈骗', '一律是诈骗', '就是诈骗', '肯定是诈骗', '属于诈骗', '都是骗子', '就是骗子', '冒充', '假冒', '防骗', '防诈',
  '以防上当', '谨防上当', '千万不要相信', '不要轻信', '请勿轻信',
  // A bank's or a police officer's conditional warning ("如果有人让您转到安全账户，那是诈骗"; conv17 kind C: a bank's own
  // fraud check read 45 on the 安全账户 it warned of).
  // Only right after the move it names (the condition's consequence): "银行说，那是诈骗，您别信，请把钱转到安全账户" is the
  // scammer dismissing a warning, and stays read.
  ...['账户', '保证金', '验证码', '手续费', '屏幕共享', '贷款', '转账'].flatMap((move) =>
    ['那是诈骗', '，那是诈骗', '那就是诈骗', '，那就是诈骗', '，那是骗子', '，那就是骗子'].map((then) => move + then)),
  // The police's slogan ("公安机关没有安全账户"): a warning, not a destination named.
  '没有安全账户', '没有“安全账户”', '没有所谓的安全账户', '没有所谓安全账户', '不存在安全账户', '没有什么安全账户',
];

export const zhPlaybook = definePlaybook({
  lang: 'zh',
  // Evasion spellings by kind (homophones, pinyin, initials…): data with its own examples, ./variants.ts.
  variants: zhVariants,
  // Key nouns read by their sound (屏慕共想 → 屏幕共享): ./variants.ts ZH_SOUND_WORDS.
  soundWords: [...ZH_SOUND_WORDS],

  guards: {
    // Warnings, negations and official notices: in the same sentence, a cue does not count.
    warning: ['如非本人操作', ...WARNING_WORDS],
    // For the citizen's report of a loss: the same, but 冒充/假冒 are the victim's own story ("有人冒充快递
    // 客服，我按他说的操作，钱被转走了", newcomer7 kind 1), not a warning's.
    'warning-report': ['如非本人操作', ...WARNING_WORDS.filter((w) => w !== '冒充' && w !== '假冒')],
    // For the refund and charge stories and their call-back line: the same words, but not the two that the
    // scam's SMS writes about something else. The bank alert's "如非本人操作" is copied to point at the
    // scammer's own line ("误开通…会员…如非本人操作请拨打 0531-…"); a bare 请勿/切勿 is the scammer's own
    // "请勿错过来电", "请勿继续使用", "请勿挂断" as often as a warning's, so only a warning's object counts
    // ("请勿泄露", "切勿相信"). Kind found in our own SMS (data/corpus/gen-scam-cs-zh.jsonl: complaint,
    // recall and compensation notices ending "请勿错过来电" read safe 0); a bank's alert holds none of
    // these stories' cues (our bank alerts with the phrase: gen-legit-sms-zh, gen-legit-zh, legit-zh).
    'warning-story': [
      // Nor 假冒 alone: the counterfeit goods the story pays for ("您购买的假冒商品已被查实，可获十倍赔偿").
      ...WARNING_WORDS.filter((w) => w !== '请勿' && w !== '切勿' && w !== '假冒'),
      '假冒客服', '假冒平台', '假冒工作人员', '假冒官方', '假冒快递', '假冒银行', '出现假冒',
      // A warning's or a report's account of the pretext ("以“包裹破损赔偿”为由添加受害人微信").
      '为由',
      ...['请勿', '切勿'].flatMap((n) => WARNING_OBJECTS.map((o) => n + o)),
    ],
    // A shop's or an app's stored value (储值, 充值送, 充X得Y) said with its own terms: the money stays credit to spend
    // with the sender (不可提现, 不支持提现, 不可兑现, 仅限本店, 到店消费, 存入卡内). A platform that "earns" promises the
    // opposite: a withdrawal (提现), a return. "充值金额仅可在美团内消费，不可提现" read 充值 x 提现 and 充值…返 as the task
    // scam's top-up: scam 85 on a signed promotion. Exposed kind (session 12 note, b): test/playbook/faults/sms15-stored-value.test.ts.
    'stored-value': [
      '不可提现', '不支持提现', '不提现', '不予提现', '不可兑现', '不兑现', '不可兑换现金', '不可转赠', '不可退卡', '不退不换',
      '余额仅限', '金额仅限', '仅限本店', '仅限门店', '仅限店内', '限本店', '店内消费', '内消费', '到店消费', '存入卡内', '仅限消费',
    ],
  },
  // A turn containing one of these is a bulletin ABOUT scams. Never a bare 诈骗: scammers say 这不是诈骗.
  // Only the names of a warning's source and genre: a scam SMS that ends in boilerplate ("谨防诈骗",
  // "以免上当受骗") or says "都是骗子" somewhere is still read; verdicts, reporters and quotes make a
  // warning's examples examples sentence by sentence (grammar in lexicon.ts, src/match/framing.ts).
  turnGuards: [
    '警方提醒', '民警提醒', '公安提醒', '反诈中心提醒', '反诈提醒', '反诈提示', '防骗提示', '防诈提示', '诈骗手法', '诈骗套路', '骗局揭秘',
    '反诈宣传', '广大市民', '广大群众',
  ],
  // A request said in the negative is not a request: a real agent says "不需要您提供验证码". Only
  // negator + (filler) + request verb counts, so "不用担心，把验证码告诉我" stays a request, and
  // a contrast word after it ("不需要您转账，只需要把验证码告诉我") keeps the request that follows.
  negation: {
    negators: ['不需要', '无需', '不用', '不必', '不会', '从不', '从来不', '绝不', '不要求', '没必要', '用不着', '无须',
      // A prohibition said to the reader ("别扫，那是付款码", "千万不要转到他说的账户"): a warning, never the ask.
      // Scoped to the verb right after it, so "您不要扫别的码，扫我发的这个码付款" still reads its second clause.
      '别', '不要', '千万别', '千万不要', '切勿', '请勿', '勿',
      // A rule's prohibition after its answer ("如收到…，一律当面确认，不得直接转账"; guard17 kind B reads that clause as said).
      '不得', '严禁'],
    fillers: ['', '您', '你', '您再', '你再', '向您', '向你', '让您', '让你', '要您', '要你', '任何人', '跟您', '给我们', '您任何', '直接', '私自', '擅自'],
    verbs: [
      '提供', '告诉', '透露', '说出', '报', '念', '发送', '填写', '输入', '索要', '索取', '要', '问您要',
      '转账', '汇款', '付款', '支付', '缴纳', '交', '扫码', '贷款', '借款', '下载', '安装', '共享屏幕', '开启屏幕共享', '加微信', '加qq',
      '扫', '扫描', '点', '点击', '点开', '转', '借',
    ],
    contrasts: ['只需要', '只需', '只要', '只用', '但是', '但', '而是', '就需要', '还是需要', '还需要', '得'],
    window: 6,
  },
  lexicon: zhLexicon,
  grammar: zhGrammar,
  tactics: [
    contactImpersonation, contactOrderDetails, contactUnsolicitedProblem, contactAcquaintance,
    pretextEasyMoney, pretextTaskLure, pretextPoliceCase, pretextUrgentMoney,
    pretextQualityRefund, pretextTooGoodCompensation, pretextOverpaidRefund, pretextCreditTooLow, pretextAccountFrozen, pretextMistakenEnrolment, pretextParcelOrFlight, pretextLoanAccountCancel,
    pretextSubscriptionRenewal, pretextParcelDamaged, pretextRefundOffer, pretextPayoutOffer, pretextRefundStuck, pretextRefundOffPlatform,
    shiftGroup, shiftPrivateContact, shiftScreenShare, shiftAppDownload, shiftLink, shiftGuidedOperation,
    extractVerificationCode, extractCardCredentials, extractIdentity, extractTransfer, extractLoan, extractFinances, extractNewAccount, extractUserPaid, extractMoneyRequest, extractOrderFirst, extractPersonalInfo,
    // The platform's own after-sale money steps, read by the initiator rule (src/score/initiator.ts).
    contactInProcessPayment,
    // A payment in a deal the reader signed, to the company's or the escrow's account (src/playbook/deal.ts).
    contactOwnDeal,
    contactInPlatformRefund,
    // Lending between family and friends, paid back when said (src/playbook/family-loan.ts).
    contactFamilyLoan,
    contactFamilyHelp,
    coverFakeDebit, coverSecrecy, coverUrgency,
    // Other scam kinds that ask for money (issue 8 §1.8).
    // The refund scam in SMS form: a follow-up out of nowhere that asks for your details by reply.
    contactComplaintFollowup, contactAsksDetails, contactPromisedCallback, shiftReplyCode, shiftClaimsLine,
    extractUpfrontFee, extractScanToPay, extractPlatformTopup, pretextAccountTrade, shiftOutsidePlatform, extractProxyPurchase, contactUnsolicitedOffer, shiftPaymentAppFriend, contactClaimedStaff, shiftPrivateTrade, pretextDatingApp,
    extractThirdPartyPayee, extractGiftPaycode, pretextGuaranteedReturn, pretextDownline, extractPaymentLink,
    // Whole kinds a newcomer found with no rule (issue 8 §1.8, kinds2): extortion, fake authorities, utility
    // phishing, romance-investment, loan adverts, the boss on a new account; and a legitimacy sign.
    pretextSextortion, extractHushMoney, pretextCustomsHold, shiftRobocallKey, pretextUtilityArrears, extractBillLink, contactCallBackNumber,
    pretextInsuranceAbuse, shiftTransferToPolice, pretextRomanceInvestment, pretextPromisedReturn, shiftRegisterPlatform, pretextLoanAd,
    pretextEasyLoanPromise, contactBossNewAccount, contactInPersonCounter, extractStakeInPlatform,
    extractTaskEscalation, pretextAccused,
    // A phishing link's ask (verify, bind, complete your card details): weak alone, decisive with the link (composites).
    extractVerifyOnLink,
    // A link named but hidden (XXX, [链接]): read only with the phishing ask beside it (masked-link-asks-verification).
    shiftMaskedLink,
    // Which account you are paid on, asked inside a payout story: the first extraction step (suspicious with the story).
    extractPayoutAccount,
    // A link given as where the refund is (weight 0): read only with a link that hides whose site it is (refund-word-plus-hidden-link).
    shiftRefundLink,
    // Your credit at stake over an account said to be wrong (newcomer9 kind 2), and a line of theirs to call about it (weight 0).
    pretextCreditThreat, shiftCreditLine,
    // The platform's merchant desk to a shop owner: the shop's deposit short, to upgrade or to return (cs8).
    pretextShopDeposit,
    // Other kinds' stories and requests from our own writing's misses (issue 8 §1.8): ./other-kinds.ts.
    ...otherKindTactics,
    // Any ask in a message (weight 0): read only with a claimed agent (claimed-agent-plus-request).
    contactAgentRequest, contactClaimedDesk,
    // A request for your details or to complete a step (weight 0): read only with a refund story (story-plus-request).
    contactDetailsRequest,
    // A line of theirs to call, any kind (weight 0): read only with a refund story (refund-story-plus-call-line).
    contactCallLine,
    // A sender's own mass notice (weight 0): read only by the score's self-promotion rule.
    contactOfficialSender, contactAdvert,
    // Money already moved back to the reader (weight 0): read only by the score's notice rule (src/playbook/notice.ts).
    contactDoneNotice,
    // The kinds a newcomer found by probing in session 10: ./probe-kinds.ts.
    ...probeKindTactics,
    // The scams a newcomer found read as safe in session 11: ./recall-kinds.ts.
    ...recallKindTactics,
    // A stranger's ask told with no refusal, and told as done (told17 kind 3): ./told-asks.ts.
    extractToldAsk, extractToldAskDone,
    // The scams newcomer12 found read as safe or too low in session 12: ./nc12-kinds.ts.
    ...nc12KindTactics,
    // The scams newcomer13 and writer13 found missed in session 13: ./nc13-kinds.ts.
    ...nc13KindTactics,
    // The scams newcomer15 found read too low in session 15: ./nc15-kinds.ts.
    ...nc15KindTactics,
    // The other scam kinds newcomer17's reading found safe (ncrecall17): ./ncrecall17-kinds.ts.
    ...ncrecall17KindTactics,
    // The scams recall15 found read as safe in session 15: ./recall15-kinds.ts.
    ...recall15KindTactics,
  ],
  composites: [
    {
      id: 'subscription-plus-shift-or-extraction',
      description: {
        zh: '说会员或保险到期要扣费，又要您点链接、下载软件、共享屏幕、进群或付款：这就是“取消扣费”诈骗',
        en: 'A "your membership ends and you will be charged" story plus a link, an app, a screen share, a group or a payment: the cancel-the-charge scam',
      },
      all: ['pretext.subscription-renewal'],
      any: ['stage:shift', 'stage:extraction'],
      minRisk: 80,
    },
    {
      id: 'overpaid-refund-send-back',
      description: {
        zh: '"多退了钱"又要您转账退回差额：典型的反向退款诈骗',
        en: '"We overpaid you" followed by a request to send money back: the reverse refund scam',
      },
      all: ['pretext.overpaid-refund'],
      any: ['extract.transfer', 'extract.scan-to-pay', 'extract.money-request', 'extract.qr-payment', 'extract.loan'],
      minRisk: 85,
    },
    {
      id: 'pretext-plus-extraction',
      description: {
        // Any pretext (stage:pretext): the label names none, so it never tells a lender's or a job's text it
        // was "a refund" (a label must fit what matched; session 6, nc6-fp-kinds.test.ts).
        zh: '先编了一个说法，又索要验证码、卡号密码或要您转账、贷款：这就是诈骗',
        en: 'A story told, then a request for codes, card details, money or a loan: a scam whatever the sum',
      },
      all: ['stage:pretext'],
      // Not extract.money-request: a relative's plain "转给我" is scored by money-request-with-story instead.
      any: EXTRACTION_STRONG,
      minRisk: 85,
    },
    // A complete refund chain: the story and a move that hands over control (an outside link to fill
    // in, a screen share, an app of theirs). No real refund needs any of these (DESIGN.md: "it never asks
    // for stage 3–4 things"), so the pair is `scam`; the story alone stays at most `suspicious`
    // (score.ts hasMove) and a move to a private WeChat or QQ `suspicious` (pretext-plus-shift).
    // Kind: our own corpus, where complete chains read only `suspicious` (data/corpus/gen-scam-cs-zh.jsonl).
    {
      id: 'refund-story-plus-link',
      description: {
        zh: '以退款、理赔、赔偿为由，发来不是平台官方的链接让您登记、填写或领取：这就是退款诈骗',
        en: 'A refund or compensation story plus a link off the platform\'s own site to register, fill in or claim: the refund scam',
      },
      all: ['shift.link'],
      any: REFUND_STORIES,
      minRisk: 75,
    },
    {
      id: 'refund-story-plus-screen-share',
      description: {
        zh: '以退款、理赔为由，要您开启屏幕共享或远程协助：对方会看到您的密码和验证码，这是诈骗',
        en: 'A refund or claim story plus a screen share or remote control: they will see your passwords and codes; a scam',
      },
      all: ['shift.screen-share'],
      any: REFUND_STORIES,
      minRisk: 80,
    },
    {
      id: 'refund-story-plus-app',
      description: {
        zh: '以退款、理赔为由，要您下载对方指定的APP或会议软件：真退款不需要装任何软件，这是诈骗',
        en: 'A refund or claim story plus an app or meeting software they name: a real refund needs no app; a scam',
      },
      all: ['shift.app-download'],
      any: REFUND_STORIES,
      minRisk: 75,
    },
    // A screen share or a meeting app with ANY story or a claimed staff identity (not only the refund
    // stories above): a membership to cancel, a police case, a loan, "客服" alone. No real service
    // needs your screen (seed bulletin, case 2). Kind: the newcomer's probes at a1fc6b1 (mixed-language
    // and dialect refund SMS with 腾讯会议/共享屏幕 read 50–60).
    // A link the checker flags (a look-alike of an official or platform domain) that asks you to verify,
    // bind or fill in card or identity details, or for a code: the phishing page itself (seed case 3).
    {
      id: 'lookalike-link-asks-details',
      description: {
        zh: '发来仿冒官方或平台的网址，让您认证、绑定或填写银行卡、身份信息：这是钓鱼诈骗',
        en: 'A look-alike of an official or platform site asking you to verify, bind or fill in card or identity details: phishing',
      },
      all: ['shift.lookalike-link'],
      any: ['extract.verify-on-link', 'extract.card-credentials', 'extract.identity', 'extract.verification-code', 'extract.lookalike-ask'],
      minRisk: 85,
    },
    // A link that is not the sender's official site (shift.link) asking to verify or bind, in a message
    // that names a sender or tells a story (ETC, 人社局, a bank): the named brand is impersonated.
    {
      id: 'outside-link-asks-verification',
      description: {
        zh: '以官方名义发来非官方网址，让您认证、绑定或补全银行卡信息：这是钓鱼诈骗',
        en: 'A link that is not the named sender\'s own site asking you to verify, bind or complete card details: phishing',
      },
      all: ['shift.link', 'extract.verify-on-link'],
      any: ['contact.official-sender', 'contact.impersonation', 'contact.unsolicited-offer', 'stage:pretext'],
      minRisk: 75,
    },
    // The same ask beside a link the message names but hides ("请点击链接绑定您的银行卡：XXX", "点链接开通交易上限：
    // [链接]"): no checker can call a hidden link official, and the ask (bind a card, verify, unlock a limit on the
    // link) is the phishing page's, whoever signs. `suspicious` (the single-message rule decides any `scam`). Kind:
    // dev texts-8 冒充客服 half A, own CS SMS (gen-scam-cs-sms3-zh), cs10; real SMS dev: extract.verify-on-link never fires.
    {
      id: 'masked-link-asks-verification',
      description: {
        zh: '让您点一个看不到网址的链接去绑定银行卡、认证身份或开通额度、权限：这是钓鱼的做法，不要点，到官方APP核实',
        en: 'Asks you to open a link it does not show to bind a card, verify your identity or unlock a limit: how phishing works; do not open it, check in the official app',
      },
      all: ['extract.verify-on-link', 'shift.masked-link'],
      minRisk: 40,
    },
    // A refund or a claim to collect on a link whose site nobody can tell (a shortener, a throwaway ending): the
    // phishing page whatever the story, and a platform sends none (newcomer9 kind 3: "退款 → t.cn/A6xk2pQ" read safe
    // 20). `suspicious`: a warning to check in the app (single-message rule: a link alone is never the ask).
    {
      id: 'refund-word-plus-hidden-link',
      description: {
        zh: '说是退款、理赔或赔付，却只发来一个短链接或看不出是谁家的网址：真正的退款会自动原路退回，不用点链接领取，到官方APP核实',
        en: 'A refund, claim or payout to collect on a short link or a site that hides whose it is: a real refund comes back by itself; check in the official app',
      },
      all: ['shift.refund-link', 'shift.hidden-link'],
      minRisk: 40,
    },
    // Your credit said to be at stake over an account that is "wrong", and a channel of theirs to sort it out: a
    // number (a 400 line included), a chat id, a link. The credit record is handled in the lender's app or at the
    // credit centre's counter, never through a stranger's line (newcomer9 kind 2: such SMS read safe 15-20).
    // `suspicious` in a message; with a request of the kill chain the single-message rule decides `scam`.
    {
      id: 'credit-threat-plus-channel',
      description: {
        zh: '说您的账户或额度出了问题、会影响征信，又让您打对方给的电话、加QQ微信或点链接处理：征信只在官方APP或征信中心查询处理，先别联系，自己到官方渠道核实',
        en: 'Says your account or credit line is wrong and your credit record will suffer, then gives a number, a chat id or a link of theirs to sort it out: credit is dealt with only in the official app or at the credit centre; check there yourself',
      },
      all: ['pretext.credit-threat'],
      any: ['contact.call-back-number', 'shift.claims-line', 'shift.credit-line', 'shift.group', 'shift.private-contact', 'shift.chat-handle', 'shift.link', 'shift.sent-link', 'shift.lookalike-link'],
      minRisk: 45,
    },
    {
      id: 'screen-share-with-story',
      description: {
        zh: '有人编了个理由（或自称客服、工作人员），又要您共享屏幕、下载会议软件：对方会看到您的密码和验证码，这是诈骗',
        en: 'A story (or a claimed staff identity) plus a screen share or a meeting app: they will see your passwords and codes; a scam',
      },
      all: ['shift.screen-share'],
      any: ['stage:pretext', 'contact.impersonation', 'contact.claimed-staff'],
      minRisk: 80,
    },
    // The screen share's move in words ("我教你在手机上操作", "你按我说的点", "我带您一步步点": act.direct ×
    // obj.steps) after the same story or claimed identity: the caller drives the phone the money leaves
    // by. Until session 8 only the old model (reading the rules' ids) lifted these calls to `scam`; a
    // text model reads the words only, so the kill chain says it (test/playbook/faults/nc-control-words.test.ts).
    {
      id: 'guided-operation-with-story',
      description: {
        zh: '有人编了个理由（或自称客服、工作人员），又要“我教您在手机上一步步操作”：这是遥控您的手机转走钱，是诈骗',
        en: 'A story (or a claimed staff identity) plus "I will walk you through it on your phone, step by step": the caller drives your apps; a scam',
      },
      all: ['shift.guided-operation'],
      any: ['stage:pretext', 'contact.impersonation', 'contact.claimed-staff'],
      minRisk: 70,
    },
    {
      id: 'screen-share-plus-extraction',
      description: {
        zh: '共享屏幕后又要验证码、卡号或转账：对方能看到您的一切操作',
        en: 'A screen share followed by any extraction request: the caller sees everything you type',
      },
      all: ['shift.screen-share'],
      any: EXTRACTION_STRONG,
      minRisk: 85,
    },
    {
      id: 'fake-debit-plus-extraction',
      description: {
        zh: '一边要钱或要信息，一边说扣款是虚拟的、钱会返还：典型诈骗话术',
        en: 'An extraction request plus "the debit is virtual, the money comes back": a classic scam script',
      },
      all: ['cover.fake-debit'],
      any: EXTRACTION_STRONG,
      minRisk: 85,
    },
    {
      id: 'secrecy-plus-extraction',
      description: {
        zh: '要钱或要信息，还叫您别告诉家人、银行：这是诈骗',
        en: 'An extraction request plus "tell nobody, not your family or your bank" is a scam',
      },
      all: ['cover.secrecy'],
      any: EXTRACTION_STRONG,
      minRisk: 85,
    },
    {
      id: 'shift-plus-extraction',
      description: {
        zh: '把您引到群聊、另一个软件或链接里，再要钱或要信息',
        en: 'Moved to a group, an app or a link, then asked for money or credentials',
      },
      all: ['stage:shift'],
      any: EXTRACTION_STRONG,
      minRisk: 80,
    },
    {
      id: 'impersonation-plus-money-or-code',
      description: {
        zh: '自称客服却要验证码、转账或贷款：真客服从不这样做',
        en: 'Someone claiming to be customer service asks for a code, a transfer or a loan: real customer service never does',
      },
      all: ['contact.impersonation'],
      any: ['extract.verification-code', 'extract.transfer', 'extract.scan-to-pay', 'extract.loan'],
      minRisk: 80,
    },
    {
      id: 'impersonation-plus-extraction',
      description: {
        zh: '自称客服的来电索要卡号、身份证等信息：先挂断，到官方APP核实',
        en: 'An unsolicited "customer service" caller asking for card or ID details: hang up and verify in the official app',
      },
      all: ['contact.impersonation', 'stage:extraction'],
      minRisk: 45,
    },
    {
      id: 'impersonation-plus-shift',
      description: {
        zh: '自称客服又要您加QQ、开会议软件、共享屏幕或点链接：真客服不会这样，先挂断核实',
        en: 'Claimed customer service moving you to QQ, a meeting app, a screen share or a link: real agents never do; hang up and verify',
      },
      all: ['contact.impersonation', 'stage:shift'],
      minRisk: 50,
    },
    {
      id: 'pretext-plus-shift',
      description: {
        // Any pretext with any move: the label names neither story nor channel it did not see.
        zh: '先编了一个说法，又要您换到群聊、软件、链接或屏幕共享：高度可疑',
        en: 'A story told, then a move to a group, an app, a link or a screen share: highly suspicious',
      },
      all: ['stage:pretext', 'stage:shift'],
      minRisk: 50,
    },
    // A refund to be collected through a private QQ/WeChat id (pretext.refund-off-platform with its move:
    // pretext-plus-shift, suspicious) from someone claiming the platform, or multiplied compensation with a
    // private contact: `scam`. No platform pays a refund through a private id. Kind: a newcomer's probes,
    // session 5 (test/playbook/faults/newcomer5-private-contact.test.ts).
    {
      id: 'claimed-platform-refund-plus-private-contact',
      description: {
        zh: '自称平台或店铺客服，要给您退款理赔，又让您加私人QQ、微信办理：这就是冒充客服退款诈骗',
        en: 'Claims to be a platform\'s or shop\'s customer service, offers a refund and moves you to a private QQ or WeChat: the fake customer-service refund scam',
      },
      all: ['contact.impersonation', 'pretext.refund-off-platform'],
      any: ['shift.group', 'shift.private-contact', 'shift.chat-handle'],
      minRisk: 75,
    },
    {
      id: 'multiplied-compensation-plus-private-contact',
      description: {
        zh: '许诺双倍、三倍赔偿，又让您加私人QQ、微信、企业微信领取：这就是退款诈骗',
        en: 'Double or triple compensation to be collected through a private QQ, WeChat or WeCom id: the refund scam',
      },
      all: ['pretext.too-good-compensation'],
      any: ['pretext.refund-off-platform', 'shift.group', 'shift.private-contact', 'shift.chat-handle'],
      minRisk: 75,
    },
    {
      id: 'impersonation-plus-strong-pretext',
      description: {
        zh: '自称客服，说您信用不足不能退款、误开通会员要扣费或账户要冻结：这是诈骗剧本的开头',
        en: 'Claimed customer service with a credit-too-low, mistaken-enrolment or frozen-account story: the opening of the scam script',
      },
      all: ['contact.impersonation'],
      any: [
        'pretext.credit-too-low', 'pretext.mistaken-enrolment', 'pretext.account-frozen', 'pretext.too-good-compensation',
        'pretext.parcel-or-flight', 'pretext.loan-account-cancel',
      ],
      // A refund back the original way in the platform's own process, said with the story and nothing asked
      // ("已为您办理全额退款，原路退回"): the shop's own after-sales voice, not a stranger's opener (nc11-fp kind L2).
      none: ['contact.in-process-payment'],
      minRisk: 45,
    },
    // The student-loan or credit-line "cancellation" story with its next step: a number of theirs, a promised
    // call, a link, a group, or the deadline ("否则影响征信", "今日内"). No lender asks you to close a loan
    // account by phone (the account and its closing are in the lender's app); the story alone stays below
    // `suspicious` (a news item, a lender's own notice). Kind: own SMS (gen-w3-scam-sms-zh 征信, gen-scam-cs-zh), cs8.
    {
      id: 'loan-account-cancel-plus-next-step',
      description: {
        zh: '说您有学生贷款账户或违规额度要“注销”“清零”，否则影响征信，又给您电话、链接或催您今天办：这是注销校园贷诈骗',
        en: 'Says a student-loan account or an irregular credit line must be "closed" or your credit record suffers, then gives a number, a link or a deadline: the cancel-your-student-loan scam',
      },
      all: ['pretext.loan-account-cancel'],
      any: ['stage:shift', 'contact.call-back-number', 'contact.promised-callback', 'cover.urgency'],
      minRisk: 45,
    },
    {
      id: 'money-request-with-story',
      description: {
        zh: '要您转账、代付或垫钱，同时编了急事、换了号、叫您加新微信或别声张：先打原来的号码或当面核实',
        en: 'Asks you to send or advance money along with an emergency story, a new contact, a move to another chat or a request for secrecy: call their old number or check in person',
      },
      all: ['extract.money-request'],
      any: ['stage:pretext', 'stage:shift', 'cover.secrecy', 'cover.urgency', 'extract.new-account'],
      minRisk: 45,
    },
    {
      id: 'guided-operation-plus-shift',
      description: {
        zh: '要您下载软件、进群、点链接或开屏幕共享，再“我一步步指导您操作”：这是远程遥控您的手机',
        en: 'An app, group, link or screen share plus "I will walk you through it step by step": remote control of your phone',
      },
      all: ['shift.guided-operation'],
      any: ['shift.app-download', 'shift.screen-share', 'shift.group', 'shift.link'],
      minRisk: 45,
    },
    {
      id: 'acquaintance-plus-money-or-shift',
      description: {
        zh: '自称亲友、领导或老同学，又要钱、要您转账或加新微信：先打原来的号码或当面核实',
        en: 'Claims to be a relative, boss or classmate and asks for money or moves you to a new chat account: call their old number or check in person',
      },
      all: ['contact.acquaintance'],
      any: ['pretext.urgent-money', 'stage:shift', 'stage:extraction'],
      minRisk: 45,
    },
    {
      id: 'cold-problem-plus-shift',
      description: {
        zh: '对方主动说您的账户或订单有问题，又要您加QQ微信、下载软件、点链接或共享屏幕：先挂断，到官方APP核实',
        en: 'An unasked "we found a problem with your account" followed by a move to QQ/WeChat, an app, a link or a screen share: hang up and verify in the official app',
      },
      all: ['contact.unsolicited-problem', 'stage:shift'],
      minRisk: 45,
    },
    {
      id: 'impersonation-plus-cold-problem',
      description: {
        zh: '自称客服并主动说您的账户或订单出了问题：真平台的通知在APP里看得到，先挂断核实',
        en: 'Claimed customer service reporting a problem with your account or order unasked: a real notice is visible in the app; hang up and check',
      },
      all: ['contact.impersonation', 'contact.unsolicited-problem'],
      minRisk: 40,
    },
    {
      id: 'impersonation-plus-refund-offer',
      description: {
        zh: '自称客服的来电主动说您的商品有问题、要给您退款理赔：这是退款诈骗的开场，先挂断，到官方APP核实',
        en: 'A caller claiming to be customer service offers a refund or compensation unasked: the opening of the refund scam; hang up and check in the official app',
      },
      all: ['contact.impersonation'],
      // Not contact.order-details alone: an agent in a chat the user opened asks for the order number every day.
      any: ['pretext.quality-refund', 'pretext.refund-offer'],
      // A refund back the original way in the platform's own process, said with the story and nothing asked
      // ("已为您办理全额退款，原路退回"): the shop's own after-sales voice, not a stranger's opener (nc11-fp kind L2).
      none: ['contact.in-process-payment'],
      minRisk: 40,
    },
    // A stranger who introduces himself in his own message as a desk (contact.claimed-desk: 我是/这里是/我们是…客服,
    // under any name; read in messages only, never on a call where every agent says it) AND tells a refund
    // kill-chain story with no request yet: a payout pressed on you, a charge about to be taken, a mistaken
    // enrolment, a frozen or stuck refund, an overpayment ("这里是快手商场客服…取消该项业务并返还…作为补偿金"). A
    // platform's own notice signs 【平台】 and sends you to its app; it introduces no person. Not a complaint
    // followed up, a problem found or a damaged parcel: a real agent's message reports those already handled
    // (own legit: "我是顺丰速运的客服，您的快件…轻微破损，我们已经重新包装…照常派送"). A story is never `scam`
    // alone (src/playbook/single-message.ts): `suspicious` only. Kind: dev texts-8 冒充客服 half A, our own CS SMS
    // (gen-scam-cs-zh, gen-w5-scam-sms-zh), cs10.
    {
      id: 'claimed-desk-plus-story',
      description: {
        zh: '陌生来信自称某个客服、售后部门的人，主动说要给您退款赔偿、要扣您的费、误开了业务或钱被冻结：真平台的通知只让您回官方APP查看，先别回复，到官方APP核实',
        en: 'A stranger\'s message introduces someone from a customer-service or after-sales desk and tells you of a refund or compensation, a charge to come, a mistaken enrolment or frozen money: a real platform only sends you to its own app; do not reply, check in the official app',
      },
      all: ['contact.claimed-desk'],
      any: REFUND_STORIES.filter((t) => t !== 'contact.complaint-followup' && t !== 'contact.unsolicited-problem' && t !== 'pretext.parcel-damaged'),
      // A refund back the original way in the platform's own process, said with the story and nothing asked
      // ("已为您办理全额退款，原路退回"): the shop's own after-sales voice, not a stranger's opener (nc11-fp kind L2).
      none: ['contact.in-process-payment'],
      minRisk: 40,
    },
    // A stranger's message that claims to be a platform's customer service (in its own words: 我是/这里是/
    // 我们是…客服, "京东客服：") AND asks you to do anything at all — give information or an order number, complete
    // a payment, renew, transfer, act on a link: the refund scam's SMS, whatever the story. A real platform
    // signs as 【平台】 and sends you to its app (contact.agent-request's unless); a chat the customer opened
    // drops every composite (initiator rule). Kind: dev texts-8 冒充客服 half A (claimed agent + 完成支付, 续费,
    // 提供信息, 点击链接进行操作), counted on half B; our own SMS (gen-scam-cs-sms3-zh, gen-legit-cs-sms3-zh), cs9.
    {
      id: 'claimed-agent-plus-request',
      description: {
        zh: '陌生来信自称平台或店铺客服，又要您提供信息、付款、续费、转账或点链接操作：真平台的通知只让您回官方APP处理，先别照做，到官方APP核实',
        en: 'A stranger\'s message claims to be a platform\'s or shop\'s customer service and asks you to give details, pay, renew, transfer or act on a link: a real platform only sends you to its own app; do nothing, check in the official app',
      },
      all: ['contact.agent-request'],
      // The claim: a platform's desk (contact.impersonation) or a desk under any name (contact.claimed-desk). Not
      // contact.claimed-staff: a bank's loan officer's advert asks you to add his WeChat (own legit SMS g-ls-690).
      // A desk "following up your complaint" (contact.complaint-followup) speaks as one too.
      any: ['contact.impersonation', 'contact.claimed-desk', 'contact.complaint-followup'],
      minRisk: 40,
    },
    // A refund kill-chain story told unasked (a payout, a charge to come, a frozen or stuck refund, a problem
    // found on your account or parcel) AND an ask of any kind in the same stranger's message — give your
    // account or details, complete a step, pay, act on a link, add or join (contact.agent-request: the request
    // grammar, at weight 0) — whoever it says it is. claimed-agent-plus-request needs the writer to claim a desk;
    // the LLM-written notice often names none ("尊敬的用户…淘心购平台的后台操作出现了问题，您的账户将被扣除500元的会员费…
    // 请您提供您的账户信息"). A real notice sends you into its own app (contact.agent-request's unless: "请打开支付宝
    // APP“我的-设置”完成身份验证"). `suspicious` only: a story with an ordinary ask is never `scam` in one message
    // (single-message.ts). Kind: dev texts-8 冒充客服 half A, counted on half B; own SMS (gen-w*-scam-sms-zh).
    {
      id: 'story-plus-request',
      description: {
        zh: '陌生来信说要给您退款赔偿、要扣您的费、账户或包裹出了问题，又要您提供信息、完成操作、付款或点链接：真平台只让您回官方APP处理，先别照做，到官方APP核实',
        en: 'A stranger\'s message tells of a refund or compensation, a charge to come, or a problem with your account or parcel, and asks you to give details, complete a step, pay or act on a link: a real platform only sends you to its own app; do nothing, check in the official app',
      },
      all: ['contact.details-request'],
      any: REFUND_STORIES,
      minRisk: 40,
    },
    // A refund kill-chain story (a payout, a charge to come, a problem with what you bought, a stuck or frozen refund)
    // AND a line of theirs to call about it — a mobile, a landline, a rented 400/800 line or a number shown masked
    // (contact.call-line): "【淘宝】您的订单商品存在质量问题，可申请退款，详询0571-2688****", "退款失败，回电4008-226-019".
    // A platform's refund goes back by itself and its line is the published short one (950618, 95188: the number
    // checker's data, `notOfficial`). `suspicious`, never `scam` on a story and a number (single-message.ts). Kind:
    // writer7's CS SMS, the session-9 brief's "请致电4008…", own SMS (gen-w3/-w4-scam-sms-zh), cs11.
    {
      id: 'refund-story-plus-call-line',
      description: {
        zh: '陌生来信说要给您退款赔偿、要扣您的费或您买的东西出了问题，又给一个号码让您打过去办理：真平台的退款会自动原路退回，不用打对方给的电话，到官方APP核实',
        en: 'A stranger\'s message tells of a refund or compensation, a charge to come or a problem with what you bought, and gives a number of theirs to call: a real refund goes back by itself; do not call their number, check in the official app',
      },
      all: ['contact.call-line'],
      any: REFUND_STORIES,
      minRisk: 40,
    },
    {
      id: 'story-plus-details',
      description: {
        zh: '说收到您的投诉、您的包裹丢了、要给您退款，又要您直接回复或提供订单号、姓名、手机号、账户名：真平台只在自己的APP里问这些，先别回复，到官方APP核实',
        en: 'A complaint, lost-parcel or refund story, then a request to send your order number, name, phone or account name straight back: a real platform asks only inside its own app; do not reply, check in the official app',
      },
      all: ['contact.asks-details'],
      // Not contact.impersonation alone: a booking desk's "请提供姓名和联系方式" (teleantifraud normal dialogues).
      any: REFUND_STORIES,
      minRisk: 45,
    },
    {
      id: 'identity-by-reply',
      description: {
        zh: '陌生短信要您直接回复或提供身份证号，连同姓名、手机号：身份证号只在官方APP或柜台核验，不要回复',
        en: 'A stranger\'s message wants your ID number sent straight back with your name or phone: IDs are checked only in the official app or at a counter; do not reply',
      },
      all: ['contact.asks-details', 'extract.identity'],
      minRisk: 40,
    },
    {
      id: 'story-plus-callback',
      description: {
        zh: '陌生短信说您的包裹丢了、商品有质量问题、收到您的投诉或要给您退款，又说“客服会联系您”：接下来的电话就是冒充客服诈骗，接到后挂断，到官方APP核实',
        en: 'A stranger\'s message about a lost parcel, a faulty product, your complaint or a refund, saying "an agent will call you": the call that follows is the fake customer-service scam; hang up and check in the official app',
      },
      all: ['contact.promised-callback'],
      any: REFUND_STORIES,
      minRisk: 40,
    },
    // Other scam kinds (issue 8 §1.8): an offer or a trade that moves you off the platform or asks for money.
    {
      id: 'unsolicited-offer-plus-move',
      description: {
        zh: '主动送上门的中奖、礼品、兼职赚钱或贷款，又要您加好友、下载对方的APP、到对方的网站注册或交钱：先别理会',
        en: 'An unasked prize, gift, easy money or loan, plus a move to a friend request, their app or site, or a payment: ignore it',
      },
      all: ['contact.unsolicited-offer'],
      any: ['shift.group', 'shift.private-contact', 'shift.app-download', 'shift.outside-platform', 'shift.payment-app-friend', 'stage:extraction'],
      minRisk: 45,
    },
    {
      id: 'claimed-agent-plus-offer',
      description: {
        zh: '自称客服、信贷经理或工作人员，主动说您中奖、能领礼品、能兼职赚钱或能贷款：先别理会，到官方渠道核实',
        en: 'Someone claiming to be an agent or loan officer offers a prize, a gift, easy money or a loan unasked: ignore it and check through official channels',
      },
      all: ['contact.unsolicited-offer'],
      any: ['contact.impersonation', 'contact.claimed-staff'],
      minRisk: 40,
    },
    {
      id: 'dating-plus-money',
      description: {
        zh: '以交友、约会为诱饵，又要您充值、开会员、交会费或转账：这是交友诈骗',
        en: 'Dating or hook-up bait plus a top-up, a membership, a fee or a transfer: the dating scam',
      },
      all: ['pretext.dating-app', 'stage:extraction'],
      minRisk: 50,
    },
    {
      id: 'account-trade-plus-money',
      description: {
        zh: '买卖游戏账号、装备时要您交钱、充值或转账：只在原平台内交易',
        en: 'A game-account or item trade that asks you to pay, top up or transfer: trade only on the original platform',
      },
      all: ['pretext.account-trade', 'stage:extraction'],
      minRisk: 50,
    },
    {
      id: 'police-case-plus-shift',
      description: {
        zh: '说您涉案、要配合调查，又要您加微信QQ、下载软件、登录网站或共享屏幕：公检法从不这样办案，这是冒充公检法诈骗',
        en: 'Says you are under investigation, then moves you to WeChat/QQ, an app, a website or a screen share: police never work this way; it is the fake-police scam',
      },
      all: ['pretext.police-case', 'stage:shift'],
      minRisk: 60,
    },
    {
      id: 'police-case-plus-pressure',
      description: {
        zh: '说您涉案，又催您、吓您或叫您保密（马上转接检察院、否则发通缉令、不能告诉家人）：这是冒充公检法诈骗',
        en: 'Says you are under investigation and pressures you or swears you to secrecy (transferred to the prosecutor now, a warrant otherwise, tell no one): the fake-police scam',
      },
      all: ['pretext.police-case'],
      any: ['cover.secrecy', 'cover.urgency', 'pretext.accused'],
      minRisk: 50,
    },
    {
      id: 'police-case-plus-extraction',
      description: {
        zh: '说您涉案，又要您的信息、钱或转账：公检法不会在电话里要钱要信息',
        en: 'Says you are under investigation, then asks for your details, money or a transfer: police never do this by phone',
      },
      all: ['pretext.police-case', 'stage:extraction'],
      minRisk: 50,
    },
    {
      id: 'account-trade-plus-shift',
      description: {
        zh: '买卖游戏账号、装备，却要您到对方指定的网站、APP、微信QQ上交易：只在原平台内交易',
        en: 'A game-account or item trade moved to a site, app or chat the other side names: trade only on the original platform',
      },
      all: ['pretext.account-trade', 'stage:shift'],
      minRisk: 45,
    },
    {
      id: 'guaranteed-return-plus-move',
      description: {
        zh: '保证稳赚、包中奖，又要您充值、投钱、转账或进群下载APP：这是投资、赌博、虚拟货币诈骗',
        en: 'A guaranteed gain plus a top-up, a stake, a transfer or a move to a group or app: the investment, gambling or crypto scam',
      },
      all: ['pretext.guaranteed-return'],
      any: ['stage:extraction', 'stage:shift'],
      minRisk: 50,
    },
    {
      id: 'downline-plus-money',
      description: {
        zh: '靠发展下线、升级代理挣钱，又要您交钱、进货、充值或进群：这是传销、微商代理骗局',
        en: 'Earnings from recruits or agent levels plus a payment, stock, a top-up or a group: the pyramid or fake-agency scheme',
      },
      all: ['pretext.downline'],
      any: ['stage:extraction', 'stage:shift', 'pretext.guaranteed-return'],
      minRisk: 50,
    },
    {
      id: 'downline-plus-offer',
      description: {
        zh: '主动找上门的“赚钱项目”，靠拉人头、发展下线挣钱：这是传销',
        en: 'An unasked money-making project that pays for recruits: a pyramid scheme',
      },
      all: ['pretext.downline', 'contact.unsolicited-offer'],
      minRisk: 45,
    },
    {
      id: 'payment-link-plus-move',
      description: {
        zh: '先拉您到微信、QQ或群里私聊，再发“付款链接”让您付款：这是二手交易和假网店诈骗',
        en: 'Moved to WeChat, QQ or a group, then sent a "payment link": the second-hand and fake-shop scam',
      },
      all: ['extract.payment-link'],
      any: ['shift.group', 'shift.private-contact', 'shift.private-trade', 'shift.outside-platform', 'shift.link'],
      minRisk: 50,
    },
    // Kinds a newcomer found with no rule (kinds2): each story plus its next move.
    {
      id: 'sextortion-plus-money',
      description: {
        zh: '拿裸聊视频、不雅照威胁发给您的亲友，又要钱：这是裸聊敲诈，一分钱也别给，马上报警',
        en: 'Threatens to send a nude video or photos to your contacts and demands money: sextortion; pay nothing, report it',
      },
      all: ['pretext.sextortion'],
      any: ['stage:extraction', 'extract.hush-money'],
      minRisk: 90,
    },
    // One per fake-authority story (a composite's `all` is a conjunction): story + the move it hands you to.
    ...(['pretext.customs-hold', 'pretext.insurance-abuse', 'pretext.utility-arrears'] as const).map((story) => ({
      id: `fake-authority-plus-move-${story.slice('pretext.'.length)}`,
      description: {
        zh: '冒充海关、出入境、医保社保、电网燃气，说您出了问题，又让您按键转人工、打对方给的电话、转接“警方”或点链接：这是冒充公职人员诈骗',
        en: 'Poses as customs, immigration, insurance or a utility with a problem, then a key press, a number to call, a call put through to "police" or a link: the fake-authority scam',
      },
      all: [story],
      any: ['shift.robocall-key', 'contact.call-back-number', 'shift.transfer-to-police', 'shift.link', 'extract.bill-link'],
      minRisk: 55,
    })),
    {
      id: 'fake-authority-to-police',
      description: {
        zh: '先说您的医保、护照、包裹出了问题，再把电话转接给“警察”：这是冒充公检法诈骗，马上挂断，自己拨打110核实',
        en: 'A problem with your insurance, passport or parcel, then the call is put through to "police": the fake-police scam; hang up and call 110 yourself',
      },
      all: ['shift.transfer-to-police'],
      any: ['pretext.insurance-abuse', 'pretext.customs-hold', 'pretext.utility-arrears', 'pretext.account-frozen', 'pretext.police-case'],
      minRisk: 75,
    },
    {
      id: 'fake-authority-plus-extraction',
      description: {
        zh: '冒充海关、医保社保、电网燃气，又要您交钱、转账或给信息：这是诈骗',
        en: 'Poses as customs, insurance or a utility, then asks for money, a transfer or your details: a scam',
      },
      all: ['stage:extraction'],
      any: ['pretext.customs-hold', 'pretext.insurance-abuse', 'pretext.utility-arrears'],
      minRisk: 75,
    },
    {
      id: 'romance-plus-investment',
      description: {
        zh: '网上的“恋人”谈投资，许诺月收益、推荐导师、让您注册平台：这是杀猪盘，别注册、别充值',
        en: 'An online "lover" talks investment, promises a monthly return, a mentor or a platform to register on: pig-butchering; do not register or pay',
      },
      all: ['pretext.romance-investment'],
      any: ['pretext.promised-return', 'pretext.guaranteed-return', 'shift.register-platform', 'stage:shift', 'stage:extraction'],
      minRisk: 55,
    },
    {
      id: 'romance-or-return-plus-stake',
      description: {
        zh: '网上的“恋人”或许诺月收益的人，要您往平台里充值、入金或转账：这是杀猪盘、投资诈骗，平台上的收益都是假的',
        en: 'An online "lover" or someone promising a monthly return asks you to deposit into a platform or transfer: pig-butchering; the gains shown are fake',
      },
      all: ['pretext.romance-investment'],
      any: ['extract.stake-in-platform', 'extract.platform-topup', 'extract.transfer', 'extract.scan-to-pay', 'extract.money-request'],
      minRisk: 85,
    },
    {
      id: 'promised-return-plus-stake',
      description: {
        zh: '许诺固定的月收益、日收益，又要您往平台里充值、入金：这是投资诈骗，平台上的收益都是假的',
        en: 'A fixed monthly or daily return plus a deposit into a platform: the investment scam; the gains shown are fake',
      },
      all: ['pretext.promised-return'],
      any: ['extract.stake-in-platform', 'extract.platform-topup'],
      minRisk: 80,
    },
    {
      id: 'promised-return-plus-platform',
      description: {
        zh: '许诺固定的月收益、日收益，又让您注册平台、下载软件或进群：这是投资诈骗',
        en: 'A fixed monthly or daily return plus a platform to register on, an app or a group: the investment scam',
      },
      all: ['pretext.promised-return'],
      any: ['shift.register-platform', 'shift.app-download', 'shift.group', 'shift.outside-platform'],
      minRisk: 50,
    },
    {
      id: 'loan-ad-plus-move',
      description: {
        zh: '贷款广告说无抵押、秒到账、额度已审批，又发来链接或让您加微信QQ、下载软件：这是虚假贷款，不要点',
        en: 'A loan advert (no collateral, instant payout, approved line) with a link, a chat move or an app: a fake loan; do not open it',
      },
      all: ['pretext.easy-loan-promise'],
      any: ['shift.link', 'extract.bill-link', 'shift.private-contact', 'shift.group', 'shift.app-download'],
      minRisk: 50,
    },
    {
      id: 'boss-new-account-plus-money',
      description: {
        zh: '陌生账号自称领导，又要您转账、垫钱或代付：先打领导原来的电话核实，一分钱也别转',
        en: 'An unknown account claiming to be your boss asks you to transfer, advance or pay money: call your boss on the known number; send nothing',
      },
      all: ['contact.boss-new-account'],
      any: ['stage:extraction', 'extract.money-request', 'pretext.urgent-money'],
      minRisk: 85,
    },
    // Other kinds' stories followed by a money, credential or off-platform request (issue 8 §1.8): ./other-kinds.ts.
    ...otherKindComposites,
    ...probeKindComposites,
    ...recallKindComposites,
    ...nc12KindComposites,
    ...nc13KindComposites,
    ...nc15KindComposites,
    ...ncrecall17KindComposites,
    ...recall15KindComposites,
  ],
  advice: {
    'already-paid': '如果已经转账、付款、贷了款或说出了验证码，马上拨打110或96110报警，同时打银行卡背面的官方电话申请紧急止付，越快越有机会追回。准备好：转账的时间、金额、对方的收款账户（或二维码）和聊天记录。',
    'hang-up-verify-in-app': '先挂断电话。打开您购物用的淘宝、京东等官方APP，在“我的订单”里联系商家核实；不要用对方给的电话、链接或群。',
    'never-share-code': '验证码就是您的钱包钥匙，任何人索要都不能给，客服、银行、警察都不会问您要。',
    'never-share-card': '不要说出或填写银行卡号、密码、身份证号、卡背面三位数和有效期。',
    'refund-never-needs-payment': '真正的退款不用您付钱、扫码、贷款、共享屏幕，也不用下载任何软件，钱会自动原路退回。',
    'no-screen-share': '马上关掉屏幕共享或会议软件，退出对方的会议，对方能看到您手机上的一切。',
    'no-app-download': '不要下载对方让装的软件，不要加对方的QQ、微信或进对方的群。已经装了的马上卸载。',
    'no-loan': '不要为了“提高信用”“解冻”去借呗、微粒贷、银行APP借钱，借了就是您自己的债。',
    'no-transfer': '不要往陌生人给的账户或二维码转钱，不管叫“安全账户”“指定账户”“对公账户”，还是押金、保证金、解冻费：公安和正规平台都不会让您这样转钱。',
    'tell-family': '叫您保密的一定是骗子。马上告诉家里人，或者打96110问一问。',
    'check-domain': '不要点对方发来的链接。官方网址您可以在官方APP里查到，看不懂就别点、别填。',
    'verify-known-contact': '自称亲友、领导、老同学找您要钱或让您代付：先打他原来的号码或当面核实，别用对方新给的号码、微信。',
    'no-upfront-fee': '凡是要您先交手续费、保证金、税金、加盟费或先充值，才能领奖、放款、提现、交易、上岗的，都是诈骗，一分钱也别交。',
    'stay-on-platform': '买卖游戏账号、二手物品只在原平台内交易，不去对方给的网站、APP或QQ、微信，“解冻”“保证金”都不要交。',
    'police-never-by-phone': '公安、检察院、法院不会打电话办案，不会让您把钱转到“安全账户”，也不会让您保密或下载软件。马上挂断，有疑问自己拨打110核实。',
    'no-paid-tasks': '刷单、点赞、做任务返佣金都是诈骗：先让您赚点小钱，再要您垫付、充值大额，钱不会再退回。一分钱也别再垫付。',
    'sextortion-no-pay': '不要转钱：给了钱对方只会要得更多，也不会删视频。马上停止和对方联系，不要再视频，保留聊天记录和对方账号，拨打110报警。',
    'pay-bills-officially': '水费、电费、燃气费、话费只在国家电网、燃气公司、运营商的官方APP或营业厅查询和缴纳，不点短信里的缴费链接，也不打短信里的电话。',
    'verify-independently': '先挂断电话。不要用对方给的电话、链接、二维码或群去核实，自己打开官方APP、官方网站，或拨打自己查到的官方电话问清楚。',
    'no-investment-tips': '网上认识的“导师”“老师”、群里的“内幕消息”，带您投资、炒币、买彩票或上“稳赚不赔”的平台，都是诈骗，平台上看到的收益是假的，不要再充值或转账。',
  },
  adviceForMessages: {
    'verify-independently': '不要回复，不要照做。不要用对方给的电话、链接、二维码或群去核实，自己打开官方APP、官方网站，或拨打自己查到的官方电话问清楚。',
    'police-never-by-phone': '公安、检察院、法院不会通过短信、微信或电话办案，不会让您把钱转到“安全账户”。不要回复，不要点链接，有疑问自己拨打110核实。',
    'hang-up-verify-in-app': '不要回复，不要照对方说的做。打开您购物用的淘宝、京东等官方APP，在“我的订单”里联系商家核实；不要用对方给的电话、链接或群。',
  },
  adviceOrder: [
    'already-paid', 'sextortion-no-pay', 'police-never-by-phone', 'verify-known-contact', 'no-upfront-fee', 'no-paid-tasks', 'no-investment-tips', 'stay-on-platform', 'hang-up-verify-in-app', 'verify-independently', 'pay-bills-officially', 'never-share-code', 'no-screen-share', 'no-transfer', 'no-loan', 'never-share-card',
    'refund-never-needs-payment', 'no-app-download', 'check-domain', 'tell-family',
  ],
  // A bulletin's 警方提醒, in the seed's order: verify in the platform's app first, never give a code
  // (whatever the period's cases showed), "already paid" last.
  bulletin: {
    leads: ['hang-up-verify-in-app'],
    always: ['never-share-code'],
    closes: ['already-paid'],
  },
  adviceNeeds,
  adviceExclusive,
  adviceTranslations: { en: adviceEn },
  promotion,
  // The one-message register rules (src/playbook/schema.ts `registerRule`): money told back as done, a deal's own
  // payment, a family's everyday loan.
  notice,
  deal,
  familyLoan,
  familyHelp,
  singleMessage,
  thresholds: { watch: 15, suspicious: 40, scam: 70 },
  cases: [...zhCases, ...zhRequestCases],
});
