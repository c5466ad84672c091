/**
 * Tactics and composites for scams of other kinds than the refund scam, added from the misses in
 * our own writing (data/corpus/gen-scam-other-zh.jsonl) and the dev halves (issue 8 §1.8, §4): the
 * online sweetheart, the fake unit order, the subsidy and the ATM "activation", online gambling,
 * crypto wallets, paying a stranger directly, the too-cheap bargain, the seller made to pay, the lure
 * to come over and the overseas job, prizes, credit "repair", the fake office notice, the stake "to
 * try" and "you will get it back". Each story (pretext) is weak alone: real couples, units, offices,
 * shops and prize draws exist. The composites below are the rule of issue 8 §1.8: a stranger's
 * story plus a money, credential or off-platform request is at least `suspicious`; a complete chain
 * (story + a request no real sender makes) is `scam`.
 */
import type { CompositeDef, TacticDef } from '../schema.ts';
import pretextOnlineRomance from './tactics/pretext.online-romance.ts';
import pretextUnitOrder from './tactics/pretext.unit-order.ts';
import pretextSubsidyPayout from './tactics/pretext.subsidy-payout.ts';
import extractAtmOperation from './tactics/extract.atm-operation.ts';
import pretextGambling from './tactics/pretext.gambling.ts';
import extractWalletSecret from './tactics/extract.wallet-secret.ts';
import extractDirectPayment from './tactics/extract.direct-payment.ts';
import pretextBargainGoods from './tactics/pretext.bargain-goods.ts';
import extractSellerFee from './tactics/extract.seller-fee.ts';
import pretextRecruitLure from './tactics/pretext.recruit-lure.ts';
import pretextOverseasJob from './tactics/pretext.overseas-job.ts';
import pretextPrizeWon from './tactics/pretext.prize-won.ts';
import pretextCreditRepair from './tactics/pretext.credit-repair.ts';
import pretextGovNotice from './tactics/pretext.gov-notice.ts';
import extractStakeTopup from './tactics/extract.stake-topup.ts';
import coverRefundableFee from './tactics/cover.refundable-fee.ts';
import shiftChatHandle from './tactics/shift.chat-handle.ts';
import shiftSentLink from './tactics/shift.sent-link.ts';
import extractFeeQuoted from './tactics/extract.fee-quoted.ts';
import pretextSexLure from './tactics/pretext.sex-lure.ts';
import pretextPointsRedeem from './tactics/pretext.points-redeem.ts';
import pretextStockTips from './tactics/pretext.stock-tips.ts';
import pretextLossRecovery from './tactics/pretext.loss-recovery.ts';
import pretextAbsentLandlord from './tactics/pretext.absent-landlord.ts';
import extractGiftCardCodes from './tactics/extract.gift-card-codes.ts';
import extractCashPickup from './tactics/extract.cash-pickup.ts';
import extractReplyCredentials from './tactics/extract.reply-credentials.ts';

export const otherKindTactics: TacticDef[] = [
  pretextOnlineRomance, pretextUnitOrder, pretextSubsidyPayout, extractAtmOperation, pretextGambling, extractWalletSecret,
  extractDirectPayment, pretextBargainGoods, extractSellerFee, pretextRecruitLure, pretextOverseasJob, pretextPrizeWon,
  pretextCreditRepair, pretextGovNotice, extractStakeTopup, coverRefundableFee, shiftChatHandle, shiftSentLink, extractFeeQuoted,
  pretextSexLure, pretextPointsRedeem, pretextStockTips, pretextLossRecovery, pretextAbsentLandlord, extractGiftCardCodes, extractCashPickup,
  extractReplyCredentials,
];

/** Requests that move money or credentials (a fee, a transfer, a stake, a card, a code): what a story must not be followed by. */
const MONEY_OR_CREDENTIALS = [
  'extract.money-request', 'extract.upfront-fee', 'extract.scan-to-pay', 'extract.transfer', 'extract.direct-payment', 'extract.stake-topup', 'extract.stake-in-platform',
  'extract.platform-topup', 'extract.card-credentials', 'extract.identity', 'extract.verification-code', 'extract.atm-operation', 'extract.wallet-secret',
  'extract.seller-fee', 'extract.third-party-payee', 'extract.gift-paycode', 'extract.payment-link', 'extract.loan', 'extract.proxy-purchase',
  'extract.gift-card-codes', 'extract.cash-pickup', 'extract.reply-credentials',
];
/** Moves off the platform or to the stranger's own channel. */
const MOVES = [
  'shift.private-contact', 'shift.group', 'shift.app-download', 'shift.link', 'shift.outside-platform', 'shift.private-trade', 'shift.register-platform', 'extract.bill-link',
  // A handle to add ("加V：…") and any link off the official sites (weight 0 alone: decisive only beside these stories).
  'shift.chat-handle', 'shift.sent-link',
];

const both = (zh: string, en: string) => ({ zh, en });

export const otherKindComposites: CompositeDef[] = [
  {
    id: 'online-romance-plus-money',
    description: both(
      '网上认识、没见过面的“恋人”要您出钱、替他付账、充值或投资：这是网络交友诈骗（杀猪盘），一分钱也别转',
      'An online sweetheart you have never met asks you to pay, cover a bill, top up or invest: the romance scam; send nothing',
    ),
    all: ['pretext.online-romance'],
    any: MONEY_OR_CREDENTIALS,
    minRisk: 75,
  },
  {
    id: 'online-romance-plus-platform',
    description: both(
      '网上的“恋人”带您上平台、谈收益、让您注册或进群：这是杀猪盘的开始',
      'An online sweetheart brings up a platform, gains, registering or a group: the start of pig-butchering',
    ),
    all: ['pretext.online-romance'],
    any: ['pretext.guaranteed-return', 'pretext.promised-return', 'pretext.romance-investment', 'pretext.gambling', ...MOVES],
    minRisk: 50,
  },
  {
    id: 'unit-order-plus-money-or-move',
    description: both(
      '自称部队、武警采购，却让您先垫钱、从他指定的供货商进货或加私人微信：真部队不会这样，这是冒充军警购物诈骗',
      'A claimed army or police purchase that has you advance money, buy from a supplier they name or move to a private chat: real units never do; the fake-unit-order scam',
    ),
    all: ['pretext.unit-order'],
    any: [...MONEY_OR_CREDENTIALS, 'shift.private-contact', 'shift.group'],
    minRisk: 70,
  },
  {
    id: 'subsidy-plus-request',
    description: both(
      '说有助学金、补贴可领，又让您去ATM“激活”、点链接、下载APP、进群、交钱或报卡号身份证：补贴直接发到卡上，这是诈骗',
      'A grant or subsidy to claim plus an ATM "activation", a link, an app, a group, a fee or your card or ID: subsidies are paid straight to your card; this is a scam',
    ),
    all: ['pretext.subsidy-payout'],
    any: [...MONEY_OR_CREDENTIALS, ...MOVES, 'shift.reply-code', 'shift.guided-operation'],
    minRisk: 75,
  },
  {
    id: 'subsidy-plus-callback',
    description: both(
      '说有补贴可领，让您打他给的电话办理：先别打，自己查官方电话核实',
      'A subsidy to claim and a number of theirs to call: do not call it; look up the official number yourself',
    ),
    all: ['pretext.subsidy-payout'],
    any: ['contact.call-back-number', 'shift.claims-line', 'contact.promised-callback'],
    minRisk: 45,
  },
  {
    id: 'gambling-plus-move',
    description: both(
      '网络赌博的诱饵（送彩金、内部计划、稳赢），又发网址、拉群、让您下载或充值：网络赌博平台都是骗局，别注册、别充值',
      'Online gambling bait (bonus, insider plan, sure win) plus a site, a group, an app or a deposit: every gambling platform is a scam; do not register or pay',
    ),
    all: ['pretext.gambling'],
    any: [...MOVES, ...MONEY_OR_CREDENTIALS, 'pretext.guaranteed-return'],
    minRisk: 75,
  },
  {
    id: 'return-story-plus-stake',
    description: both(
      '保证稳赚、带您投注或投资，又要您先充钱、放钱进去：这是投资、赌博诈骗',
      'A sure gain, bets or an investment with someone\'s tips, plus a top-up or a stake: the investment or gambling scam',
    ),
    all: ['extract.stake-topup'],
    any: ['pretext.guaranteed-return', 'pretext.promised-return', 'pretext.gambling', 'pretext.romance-investment', 'pretext.online-romance', 'pretext.easy-money', 'contact.unsolicited-offer'],
    minRisk: 75,
  },
  {
    id: 'bargain-plus-move',
    description: both(
      '低得离谱的价格，又要您加私人微信、QQ下单：这是假网店诈骗，只在正规平台下单',
      'A price too good to be true plus a private WeChat or QQ to order: the fake-shop scam; buy only through a real platform',
    ),
    all: ['pretext.bargain-goods'],
    any: ['shift.private-contact', 'shift.group', 'shift.private-trade', 'shift.outside-platform', 'shift.link', 'shift.chat-handle', 'shift.sent-link'],
    minRisk: 45,
  },
  {
    id: 'bargain-plus-direct-payment',
    description: both(
      '低得离谱的价格，又要您先直接转账、不走平台：这是假网店、假票诈骗，钱转了货不会来',
      'A price too good to be true plus a direct payment first, off the platform: the fake-shop or fake-ticket scam',
    ),
    all: ['pretext.bargain-goods'],
    any: ['extract.direct-payment', 'extract.money-request', 'extract.upfront-fee', 'extract.scan-to-pay', 'extract.payment-link'],
    minRisk: 75,
  },
  {
    id: 'direct-payment-plus-move',
    description: both(
      '把您拉到私人微信、QQ或平台外，又要您直接转账付款：脱离平台交易，钱付了就追不回',
      'Moved to a private WeChat, QQ or off the platform, then asked to pay directly: off-platform, the money cannot be claimed back',
    ),
    all: ['extract.direct-payment'],
    any: ['shift.private-contact', 'shift.group', 'shift.private-trade', 'shift.outside-platform', 'pretext.account-trade', 'pretext.dating-app', 'shift.chat-handle', 'pretext.sex-lure'],
    minRisk: 75,
  },
  {
    id: 'seller-fee-plus-trade',
    description: both(
      '买家说已付款，却要卖家开通保证金、认证或去外部网站“确认收款”：平台收款从不需要这样，这是二手交易诈骗',
      'A buyer says they paid, but the seller must open a deposit, get certified or "confirm receipt" on an outside site: platforms never need this; the second-hand scam',
    ),
    all: ['extract.seller-fee'],
    any: ['stage:pretext', 'stage:shift', 'stage:contact', 'extract.money-request', 'extract.upfront-fee', 'extract.scan-to-pay', 'cover.refundable-fee'],
    minRisk: 75,
  },
  {
    id: 'recruit-lure-plus-money',
    description: both(
      '劝您去外地“发展”（路费我报、来了就知道、国家扶持），又谈赚钱、拉人或交钱：这是传销',
      'Urges you to come to another city (fare paid, "you will see", "state-backed"), with earnings, recruits or a fee: a pyramid scheme',
    ),
    all: ['pretext.recruit-lure'],
    any: ['pretext.downline', 'pretext.easy-money', 'pretext.guaranteed-return', 'pretext.promised-return', 'contact.unsolicited-offer', 'stage:extraction'],
    minRisk: 55,
  },
  {
    id: 'overseas-job-plus-move',
    description: both(
      '境外高薪工作，又要您加私人联系方式、交钱或马上动身：这是缅北等地诈骗、绑架团伙的招工陷阱',
      'An overseas high-pay job plus a private contact, a fee or leaving at once: the recruiting trap of the Myanmar fraud compounds',
    ),
    all: ['pretext.overseas-job'],
    any: [...MOVES, ...MONEY_OR_CREDENTIALS, 'pretext.recruit-lure'],
    minRisk: 75,
  },
  {
    id: 'prize-plus-fee-or-move',
    description: both(
      '说您中奖了，又要您先交运费、税、手续费，或点链接、加微信、打他给的电话领奖：中奖要先交钱的都是诈骗',
      'A prize you won plus postage, tax or a fee first, or a link, a WeChat or a number of theirs to claim it: a prize that needs money first is a scam',
    ),
    all: ['pretext.prize-won'],
    // Not contact.asks-details: a shop's own lucky-customer draw asks for the address to send the gift (texts-5 dev normal SMS).
    any: [...MONEY_OR_CREDENTIALS, ...MOVES, 'contact.call-back-number', 'shift.claims-line', 'cover.refundable-fee'],
    minRisk: 75,
  },
  {
    id: 'credit-repair-plus-fee',
    description: both(
      '说能修复征信、停息挂账、走特殊渠道，又要交费或加私人联系方式：征信不能花钱修改，这是诈骗',
      'Credit "repair", debt suspension or a "special channel" plus a fee or a private contact: no one can alter a credit record for money; a scam',
    ),
    all: ['pretext.credit-repair'],
    any: [...MONEY_OR_CREDENTIALS, ...MOVES, 'cover.refundable-fee'],
    minRisk: 75,
  },
  {
    id: 'gov-notice-plus-move',
    description: both(
      '自称交警、医保、社保、ETC、税务等部门说您的证件或待遇出了问题，又发来非官方链接、要您转账、加微信或回电：政府部门只在官方APP、官网或窗口办理，这是钓鱼诈骗',
      'A claimed office (traffic police, insurance, social security, ETC, tax) with a problem, plus an unofficial link, a transfer, a private chat or a number to call: offices work only through their own app, site or counter; phishing',
    ),
    all: ['pretext.gov-notice'],
    any: [...MONEY_OR_CREDENTIALS, ...MOVES, 'contact.call-back-number', 'shift.reply-code'],
    minRisk: 75,
  },
  {
    id: 'refundable-fee-plus-payment',
    description: both(
      '要您先交一笔钱，又说“之后会退还”：入职、放款、领奖、收款前要交的钱都是骗，退还是假的',
      'A payment first with "you will get it back later": money asked before a job, a loan, a prize or a payout is the scam; the refund is a lie',
    ),
    all: ['cover.refundable-fee'],
    any: ['extract.upfront-fee', 'extract.scan-to-pay', 'extract.direct-payment', 'extract.stake-topup', 'extract.platform-topup', 'extract.seller-fee', 'extract.money-request'],
    minRisk: 70,
  },
  {
    id: 'story-plus-fee',
    description: both(
      '修复征信、中奖、网恋对象、传销、公检法办案、赌博或刷单平台、粉丝福利、“房东”在外地，又要您交一笔费用：这些事要先交钱的都是诈骗',
      'Credit repair, a prize, an online sweetheart, a pyramid lure, a police case, a gambling or task platform, a fan club or an absent landlord, plus a fee to pay: any of these that needs money first is a scam',
    ),
    all: ['extract.fee-quoted'],
    // Not pretext.gov-notice nor pretext.unit-order: a real fine or a unit's deposit for its own order is priced too.
    any: [
      'pretext.credit-repair', 'pretext.prize-won', 'pretext.online-romance', 'pretext.recruit-lure', 'pretext.police-case', 'pretext.accused', 'pretext.gambling',
      'pretext.downline', 'pretext.dating-app', 'pretext.account-trade', 'pretext.loss-recovery', 'pretext.absent-landlord', 'pretext.sex-lure', 'pretext.subsidy-payout',
      'pretext.easy-loan-promise', 'pretext.loan-ad', 'pretext.stock-tips', 'pretext.customs-hold', 'pretext.insurance-abuse', 'pretext.overseas-job',
    ],
    minRisk: 70,
  },
  {
    id: 'sex-lure-plus-move',
    description: both(
      '色情引诱，又让您下载软件、点链接、加好友、充值或先付款：这是色情引流诈骗，后面往往是敲诈',
      'A sex lure plus an app, a link, a contact, a top-up or a payment first: the sex-lure scam, often followed by extortion',
    ),
    all: ['pretext.sex-lure'],
    any: [...MOVES, ...MONEY_OR_CREDENTIALS],
    minRisk: 75,
  },
  {
    id: 'points-redeem-plus-link',
    description: both(
      '说积分能换现金、今天到期，又发来非官方链接：这是积分兑换钓鱼，只在官方APP里兑换',
      'Points to cash "expiring today" plus an unofficial link: points phishing; redeem only in the official app',
    ),
    all: ['pretext.points-redeem'],
    any: ['shift.sent-link', 'shift.link', 'extract.bill-link', 'shift.chat-handle', 'shift.group'],
    minRisk: 75,
  },
  {
    id: 'stock-tips-plus-move',
    description: both(
      '陌生人免费荐股，又拉您进群、加老师微信或下载APP：这是荐股诈骗的开始',
      'Free stock tips from a stranger plus a group, a "teacher\'s" WeChat or an app: the start of the stock-tip scam',
    ),
    all: ['pretext.stock-tips'],
    any: MOVES,
    minRisk: 50,
  },
  {
    id: 'stock-tips-plus-money',
    description: both(
      '陌生人荐股，又要您充值、入金、交会员费或转账：这是投资诈骗，平台上的收益是假的',
      'Stock tips from a stranger plus a deposit, a membership fee or a transfer: the investment scam; the gains shown are fake',
    ),
    all: ['pretext.stock-tips'],
    any: MONEY_OR_CREDENTIALS,
    minRisk: 75,
  },
  {
    id: 'loss-recovery-plus-fee',
    description: both(
      '说能帮您追回被骗的钱，又要先交律师费、手续费：追赃只有公安机关能做，而且不收费，这是二次诈骗',
      'Offers to recover money you lost, for a fee first: only the police recover stolen money, free; this is a second scam',
    ),
    all: ['pretext.loss-recovery'],
    any: [...MONEY_OR_CREDENTIALS, 'extract.fee-quoted', ...MOVES],
    minRisk: 75,
  },
  {
    id: 'absent-landlord-plus-money',
    description: both(
      '“房东”不能带看，却要您先交押金、房租或看房费：没看房、没签合同不要交钱，这是虚假租房诈骗',
      'A "landlord" who cannot show the flat wants a deposit, rent or a viewing fee first: pay nothing before viewing and a contract; the fake-rental scam',
    ),
    all: ['pretext.absent-landlord'],
    any: [...MONEY_OR_CREDENTIALS, 'shift.chat-handle', 'shift.private-contact'],
    minRisk: 70,
  },
  {
    id: 'gift-cards-plus-story',
    description: both(
      '自称领导、亲友或网上的“恋人”，让您买购物卡、充值卡并把卡密发给他：卡密就是现金，先打原来的电话核实',
      'Someone claiming to be your boss, a relative or an online sweetheart has you buy gift cards and send the codes: the codes are cash; call their known number first',
    ),
    all: ['extract.gift-card-codes'],
    any: ['contact.acquaintance', 'contact.boss-new-account', 'pretext.urgent-money', 'cover.secrecy', 'cover.urgency', 'pretext.online-romance', 'extract.new-account'],
    minRisk: 85,
  },
  {
    id: 'cash-pickup-plus-story',
    description: both(
      '说您涉案、亲人出事，又让您取现金交给上门的人：公安和亲人都不会这样，这是诈骗，马上打110',
      'A police case or a relative in trouble, then cash handed to a courier: neither police nor family do this; a scam, call 110',
    ),
    all: ['extract.cash-pickup'],
    // ncrecall16 kind A: a relative hurt or in a fight, the injured party's claim or the "settle it quietly" money are the
    // grandparent script's stories too ("您儿子在我们这儿打伤了人，对方要三万…派一个同事过来您家门口取").
    any: ['pretext.police-case', 'pretext.accused', 'pretext.urgent-money', 'contact.acquaintance', 'cover.secrecy', 'pretext.customs-hold', 'pretext.insurance-abuse',
      'pretext.relative-hurt', 'pretext.damage-claim', 'extract.hush-money'],
    minRisk: 85,
  },
  {
    id: 'offer-plus-handle',
    description: both(
      '兼职赚钱、贷款、稳赚的机会，又留一个“加V”“+v”的私人号：这是刷单、贷款、投资诈骗的引流',
      'A side job, a loan or a sure gain with a private handle to add ("加V", "+v"): the lead-in of task, loan and investment scams',
    ),
    all: ['shift.chat-handle'],
    any: ['contact.unsolicited-offer', 'pretext.easy-money', 'pretext.easy-loan-promise', 'pretext.loan-ad', 'pretext.guaranteed-return', 'pretext.downline', 'pretext.promised-return'],
    minRisk: 45,
  },
];
