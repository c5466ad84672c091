/**
 * The English playbook: the refund / tech-support scam ("your Amazon order of an iPhone",
 * "your computer is infected", "we refunded $4,000 instead of $400") as data. Same kill chain
 * and format as the Chinese playbook; nothing in the engine is specific to either language.
 */
import { definePlaybook } from '../schema.ts';
import { enCases } from './cases.ts';
import { enGrammar, enLexicon } from './lexicon.ts';
import { enRequestCases } from './cases-requests.ts';
import extractCardDetails from './tactics/extract.card-details.ts';
import extractPersonalDetails from './tactics/extract.personal-details.ts';
import extractFee from './tactics/extract.fee.ts';
import contactImpersonation from './tactics/contact.impersonation.ts';
import pretextUnexpectedCharge from './tactics/pretext.unexpected-charge.ts';
import pretextOverpaidRefund from './tactics/pretext.overpaid-refund.ts';
import pretextVirusOrHack from './tactics/pretext.virus-or-hack.ts';
import pretextRefundOwed from './tactics/pretext.refund-owed.ts';
import shiftRemoteAccess from './tactics/shift.remote-access.ts';
import shiftLink from './tactics/shift.link.ts';
import shiftCallback from './tactics/shift.callback.ts';
import extractVerificationCode from './tactics/extract.verification-code.ts';
import extractOnlineBanking from './tactics/extract.online-banking.ts';
import extractGiftCards from './tactics/extract.gift-cards.ts';
import extractTransfer from './tactics/extract.transfer.ts';
import extractUserPaid from './tactics/extract.user-paid.ts';
import coverSecrecy from './tactics/cover.secrecy.ts';
import coverUrgency from './tactics/cover.urgency.ts';
import contactNewNumber from './tactics/contact.new-number.ts';
import contactFamilyEmergency from './tactics/contact.family-emergency.ts';
import pretextGovernmentThreat from './tactics/pretext.government-threat.ts';
import pretextBenefitLapse from './tactics/pretext.benefit-lapse.ts';
import pretextAccountCompromised from './tactics/pretext.account-compromised.ts';
import pretextParcelProblem from './tactics/pretext.parcel-problem.ts';
import pretextTollUnpaid from './tactics/pretext.toll-unpaid.ts';
import pretextPrize from './tactics/pretext.prize.ts';
import pretextInvestment from './tactics/pretext.investment.ts';
import pretextJobOffer from './tactics/pretext.job-offer.ts';
import shiftPrivateContact from './tactics/shift.private-contact.ts';
import extractMoneyRequest from './tactics/extract.money-request.ts';
import pretextTaskScam from './tactics/pretext.task-scam.ts';
import pretextRomanceNeed from './tactics/pretext.romance-need.ts';
import contactWrongNumber from './tactics/contact.wrong-number.ts';
import extractFinances from './tactics/extract.finances.ts';
import extractCodeForward from './tactics/extract.code-forward.ts';
import pretextBuyerStory from './tactics/pretext.buyer-story.ts';
import pretextFinalNotice from './tactics/pretext.final-notice.ts';
import pretextQualityRefund from './tactics/pretext.quality-refund.ts';
import pretextTooGoodCompensation from './tactics/pretext.too-good-compensation.ts';
import shiftAppDownload from './tactics/shift.app-download.ts';
import extractCashPickup from './tactics/extract.cash-pickup.ts';
import { enShopCases } from './cases-shops.ts';
// The zh frame may fire on a message read by both playbooks: the rule is the same whichever scores it.
import { singleMessage } from '../single-message.ts';
import { promotion } from '../promotion.ts';
import { adviceExclusive, adviceNeeds } from '../advice-needs.ts';

/** Real notices and warnings: "PayPal will never ask for your password", "do not share it". */
const WARNING = [
      'will never ask', 'never ask you', 'never ask for', 'would never ask', 'will never call', 'never call you',
      'will never request', 'never request', 'will not ask', "won't ask", 'never share', 'do not share',
      "don't share", 'never give', 'never send', 'never pay', 'never install', 'never let', 'never allow',
      'never read', 'never buy', 'never move', 'never transfer', 'never click', 'no one from', 'nobody from',
      'no legitimate', 'pretend to be', 'pretending to be', 'claiming to be', 'posing as',
      'impersonate', 'impersonating', 'impersonators', 'is always a scam', 'is a scam', 'it is a scam', 'are scams',
      'are a scam', 'signs of a scam', 'beware of', 'watch out for', 'report it to',
      'scammers say', 'scammers claim', 'scammers text', 'scammers call', 'scammers send', 'fraudsters say',
      'criminals say', 'criminals send', 'scams ask', 'no real company', 'no real business', 'no real bank', 'no real store',
      'no real retailer', 'no real agency', 'no real government', 'no real tech', 'card scams', 'gift card scam', 'scams promise', 'scam texts', 'fake texts', 'no bank will', 'will ever ask', 'no company will', 'no genuine', 'scammers start', 'scams start', 'scams often', 'scam warning',
];
/** Who the impostor claimed to be: a warning's words, but also how a victim tells their own loss. */
const IMPOSTOR = new Set(['pretend to be', 'pretending to be', 'claiming to be', 'posing as', 'impersonate', 'impersonating', 'impersonators']);

export const enPlaybook = definePlaybook({
  lang: 'en',
  // Folded before matching (after NFKC and lower-casing), as whole words: digit-for-letter brand
  // spellings, split tool names, typographic apostrophes and hyphenated forms, so cue lists stay short.
  // Whole words means every inflection needs its own entry ('giftcard' does not fold 'giftcards').
  variants: {
    '\u2019': "'",
    '\u2018': "'",
    'amaz0n': 'amazon',
    'arnazon': 'amazon',
    'amazn': 'amazon',
    'paypa1': 'paypal',
    'payp4l': 'paypal',
    'pay pal': 'paypal',
    'micro soft': 'microsoft',
    'micr0soft': 'microsoft',
    'mircosoft': 'microsoft',
    'app1e': 'apple',
    'any desk': 'anydesk',
    'team viewer': 'teamviewer',
    'ultra viewer': 'ultraviewer',
    'rust desk': 'rustdesk',
    'giftcard': 'gift card',
    'giftcards': 'gift cards',
    'gift-card': 'gift card',
    'gift-cards': 'gift cards',
    'acc0unt': 'account',
    'o.t.p': 'otp',
    'one-time-password': 'one time password',
    'one-time': 'one time',
    '-digit': ' digit',
    'auto-renew': 'auto renew',
    'auto-renewed': 'auto renewed',
    'auto-renewal': 'auto renewal',
    'auto-renews': 'auto renews',
    'log-in': 'log in',
    'sign-in': 'sign in',
    'e-mail': 'email',
    'bit coin': 'bitcoin',
    'bitcoin-atm': 'bitcoin atm',
    // Text-speak, so "can u send me" reads as "can you send me".
    'u': 'you',
    'ur': 'your',
    'pls': 'please',
    'plz': 'please',
    'acct': 'account',
    'txt': 'text',
  },
  guards: {
    // Real notices and warnings: "PayPal will never ask for your password", "do not share it".
    warning: WARNING,
    // For a victim's own report: "I got conned by someone pretending to be from Amazon" — who pretended is their story.
    'warning-report': WARNING.filter((w) => !IMPOSTOR.has(w)),
  },
  // A turn that is plainly a warning ABOUT this scam. Scammers say "this is not a scam" and
  // "your account was attacked by scammers", so no bare 'scam' or 'scammers' here.
  turnGuards: [
    'how to spot', 'signs of a scam', 'common scams', 'is always a scam', 'are always scams', 'scammers often',
    'scammers may', 'scammers might', 'fraudsters often', 'fraudsters may', 'if someone calls claiming',
    'if anyone calls claiming', 'if someone calls you claiming', 'if you get a call claiming',
    'if you receive a call claiming', 'if someone contacts you claiming', 'criminals pretend', 'scammers pretend',
    'fraudsters pretend', 'they pretend to be', 'scam alert from', 'criminals often', 'criminals may',
    'scam warning', 'fraud warning', 'scams often start', 'fraudsters send', 'scammers send', 'criminals send',
  ],
  lexicon: enLexicon,
  grammar: enGrammar,
  tactics: [
    contactImpersonation,
    pretextUnexpectedCharge,
    pretextOverpaidRefund,
    pretextVirusOrHack,
    pretextRefundOwed,
    shiftRemoteAccess,
    shiftLink, shiftCallback,
    extractVerificationCode,
    extractOnlineBanking,
    extractGiftCards,
    extractTransfer,
    extractUserPaid,
    extractCardDetails,
    extractPersonalDetails,
    extractFee,
    coverSecrecy,
    coverUrgency,
    // Other kinds (issue 8 §1.8 in English): government threats, bank "fraud team", parcel, toll,
    // prize, investment, task jobs, "Hi Mum, new number".
    contactNewNumber,
    contactFamilyEmergency,
    pretextGovernmentThreat,
    pretextAccountCompromised,
    pretextParcelProblem,
    pretextTollUnpaid,
    pretextPrize,
    pretextInvestment,
    pretextJobOffer,
    shiftPrivateContact,
    extractMoneyRequest,
    pretextTaskScam,
    pretextRomanceNeed,
    contactWrongNumber,
    extractFinances,
    extractCodeForward,
    pretextBuyerStory,
    pretextFinalNotice,
    // The shop's or courier's agent with a lost or damaged parcel (newcomer7): the refund scam as told in Chinese.
    pretextQualityRefund,
    pretextTooGoodCompensation,
    shiftAppDownload,
    // ncrecall16 kind A: cash handed to a courier at the door.
    extractCashPickup,
    // ncrecall17 kind 3: a benefit, a licence or a cover lapsing, to get the ID numbers.
    pretextBenefitLapse,
  ],
  composites: [
    {
      id: 'en-agent-then-credentials',
      description: {
        zh: '自称平台、快递、银行等的客服，又索要验证码、卡号或网银登录：诈骗',
        en: 'Someone claiming to be a company\'s support who asks for a code, your card details or your online banking: a scam',
      },
      all: ['contact.impersonation'],
      any: ['extract.verification-code', 'extract.card-details', 'extract.online-banking', 'extract.code-forward'],
      minRisk: 80,
    },
    {
      id: 'en-charge-then-callback',
      description: {
        zh: '陌生扣款通知加"按1转人工/回拨我们的电话"：回拨式诈骗的开头',
        en: 'An unexpected charge plus "press 1 / call our number": how callback scams start',
      },
      all: ['stage:pretext', 'shift.callback'],
      minRisk: 50,
    },
    {
      id: 'en-pretext-then-extraction',
      description: {
        zh: '先编造理由（陌生扣款、病毒、多退款），再索要验证码、密码、礼品卡或转账：诈骗',
        en: 'A made-up reason (unknown charge, virus, overpaid refund) followed by a request for a code, password, gift cards or money: a scam',
      },
      all: ['stage:pretext', 'stage:extraction'],
      minRisk: 85,
    },
    {
      id: 'en-shift-then-extraction',
      description: {
        zh: '先把您引到陌生网站、回拨号码或远程软件，再索要卡号、验证码、个人信息或费用：诈骗',
        en: 'Sent to an outside site, a callback number or a remote tool, then asked for card details, a code, personal details or a fee: a scam',
      },
      all: ['stage:shift', 'stage:extraction'],
      minRisk: 80,
    },
    {
      id: 'en-remote-then-extraction',
      description: {
        zh: '远程控制您的电脑后又索要验证码、网银、礼品卡或转账：诈骗',
        en: 'Remote control of your computer plus a request for a code, banking login, gift cards or money: a scam',
      },
      all: ['shift.remote-access', 'stage:extraction'],
      minRisk: 85,
    },
    {
      id: 'en-story-then-remote',
      description: {
        zh: '先讲退款、扣款、病毒等理由，再要您安装远程控制软件：诈骗',
        en: 'A story (a refund, a charge, a virus) and then a remote-access app to install: a scam',
      },
      all: ['stage:pretext', 'shift.remote-access'],
      minRisk: 75,
    },
    {
      id: 'en-impersonation-remote',
      description: {
        zh: '自称大公司客服并要您安装远程控制软件：高度可疑',
        en: 'Someone claiming to be a big company\'s support who wants remote access to your computer: highly suspicious',
      },
      all: ['contact.impersonation', 'shift.remote-access'],
      minRisk: 45,
    },
    {
      id: 'en-overpaid-send-back',
      description: {
        zh: '"多退了钱"再要您用转账或礼品卡退回差额：典型退款诈骗',
        en: '"We refunded too much" followed by sending the difference back by transfer or gift cards: the classic refund scam',
      },
      all: ['pretext.overpaid-refund'],
      any: ['extract.transfer', 'extract.gift-cards'],
      minRisk: 90,
    },
    {
      id: 'en-extraction-with-secrecy',
      description: {
        zh: '索要钱款或凭证，同时叫您保密、别挂电话：诈骗',
        en: 'A request for money or credentials together with "keep it secret" or "do not hang up": a scam',
      },
      all: ['stage:extraction', 'cover.secrecy'],
      minRisk: 75,
    },
    {
      id: 'en-threat-then-demand',
      description: {
        zh: '冒充政府机关以拘捕、起诉、停用社保号相威胁，再要您回电、点链接、保密或付款：诈骗',
        en: 'A threat of arrest, a lawsuit or a suspended number from a "government agency", then a callback, a link, secrecy or a payment: a scam',
      },
      all: ['pretext.government-threat'],
      any: ['stage:extraction', 'shift.callback', 'shift.link', 'cover.secrecy'],
      minRisk: 75,
    },
    {
      id: 'en-problem-then-link',
      description: {
        zh: '包裹被扣、欠过路费、中奖、账户被锁或政府威胁，再发来链接让您付款或填写信息：诈骗',
        en: 'A held parcel, an unpaid toll, a prize, a locked account or a government threat, followed by a link to pay or fill in details: a scam',
      },
      all: ['shift.link'],
      any: ['pretext.parcel-problem', 'pretext.toll-unpaid', 'pretext.prize', 'pretext.account-compromised', 'pretext.government-threat', 'pretext.investment', 'pretext.job-offer'],
      minRisk: 75,
    },
    {
      id: 'en-alarm-then-callback',
      description: {
        zh: '"电脑中毒/账户被入侵"的警报再让您拨打对方给的电话：技术支持诈骗',
        en: 'A "virus" or "hacked account" alarm that tells you to ring the number it gives: the tech-support scam',
      },
      all: ['shift.callback'],
      any: ['pretext.virus-or-hack', 'pretext.government-threat'],
      minRisk: 70,
    },
    {
      id: 'en-new-number-money',
      description: {
        zh: '自称亲人换了新号码，又要您转账付款：冒充亲友诈骗',
        en: 'A "relative" on a new number who then asks you to send or pay money: the "Hi Mum" scam',
      },
      all: ['contact.new-number', 'stage:extraction'],
      minRisk: 75,
    },
    {
      id: 'en-family-emergency-money',
      description: {
        zh: '亲人"出事"急需用钱，又换了号码或叫您别告诉家人：冒充亲友诈骗',
        en: 'A "relative" in sudden trouble who needs money, from a new number or asking you to keep it from the family: a scam',
      },
      all: ['contact.family-emergency', 'stage:extraction'],
      any: ['contact.new-number', 'cover.secrecy', 'shift.private-contact'],
      minRisk: 80,
    },
    {
      id: 'en-cash-pickup-story',
      description: {
        zh: '说亲人出事、被捕或您涉案，又让您把现金交给上门来取的人：律师、法院、警察和亲人都不会这样，这是诈骗',
        en: 'A relative in trouble, an arrest or a case against you, then cash for someone sent to your door: no lawyer, court, police or relative does this; a scam',
      },
      all: ['extract.cash-pickup'],
      any: ['contact.family-emergency', 'pretext.government-threat', 'cover.secrecy', 'contact.impersonation', 'contact.new-number'],
      minRisk: 85,
    },
    {
      id: 'en-new-number-move',
      description: {
        zh: '自称亲人换了新号码，又要您改到 WhatsApp 等私聊或说有急事：高度可疑',
        en: 'A "relative" on a new number who moves you to WhatsApp or says they need a favour: highly suspicious',
      },
      all: ['contact.new-number'],
      any: ['shift.private-contact', 'contact.family-emergency'],
      minRisk: 45,
    },
    {
      id: 'en-job-then-move',
      description: {
        zh: '主动发来高薪兼职或"做任务"，又要您加 WhatsApp/Telegram 私聊：高度可疑',
        en: 'An unsolicited well-paid part-time job or "tasks", then a move to WhatsApp or Telegram: highly suspicious',
      },
      all: ['shift.private-contact'],
      any: ['pretext.job-offer', 'pretext.task-scam', 'pretext.investment'],
      minRisk: 50,
    },
    {
      id: 'en-stranger-investment',
      description: {
        zh: '"发错消息"的陌生人聊着聊着推荐投资赚钱：杀猪盘的开场，高度可疑',
        en: 'A "wrong number" stranger who moves on to an investment that pays: how pig-butchering starts, highly suspicious',
      },
      all: ['contact.wrong-number', 'pretext.investment'],
      minRisk: 50,
    },
  ],
  advice: {
    'hang-up-verify-in-app':
      'Hang up. If you want to check an order, a charge or a refund, open the company\'s own app or type its website yourself, and look there. Never use a number, link or contact the caller gave you.',
    'check-domain':
      'Do not open links from a call, text or email you did not expect. Look at the real address: a refund page on a strange or misspelled domain is not Amazon, PayPal, Apple or your bank.',
    'never-share-code':
      'Never read out or forward a verification code. The code is the key to your account; the real company will never ask you for it.',
    'never-share-card':
      'Never give your password, PIN, card number, CVV or Social Security number to someone who contacted you, and never log in to online banking while a stranger is watching or connected.',
    'refund-never-needs-payment':
      'A real refund never needs you to pay anything, buy gift cards, send back an "overpayment", install an app or let anyone into your computer.',
    'no-screen-share':
      'Stop sharing your screen and close any remote session now. If someone has been in your computer, turn off its internet and have it checked before you use online banking on it.',
    'no-app-download':
      'Do not install AnyDesk, TeamViewer or any "support app" a caller asks for. If you already did, uninstall it and disconnect from the internet.',
    'no-loan':
      'Never take out a loan or credit, or open a new card, to "unlock" a refund or "protect" your money.',
    'no-transfer':
      'Never move money to a "safe account", a Bitcoin ATM, Zelle or a wire the caller gives you, and never pay with gift cards. No real company or bank asks for this.',
    'tell-family':
      'Scammers tell you to keep it secret and stay on the line. Hang up and talk to a family member or someone you trust before you do anything.',
    'already-paid':
      'Already paid, gave a code, sent gift card numbers or let someone into your computer? Call your bank now to stop the payment, and report it to the police (in China: 110 or 96110). Have ready: the time, the amount and the receiving account, with the receipts and messages.',
    'verify-known-contact':
      'Someone says they are your relative, friend or boss and needs money? Call them back on the number you already had, or ask something only they would know, before you send anything.',
    'no-upfront-fee':
      'A fee, deposit, tax or "top-up" you must pay before you get a prize, a loan, a job, a sale or a withdrawal is the scam itself: do not pay it.',
    'stay-on-platform':
      'Keep a sale, a purchase or a game trade on the platform where it started. Do not move to a site, app or chat the other side names, and never pay to "unlock" the money.',
    'police-never-by-phone':
      'Police, courts and tax offices do not handle a case by phone, and never ask you to move money to a "safe account", pay with gift cards or keep it secret. Hang up and call the police yourself on a number you know (in China: 110).',
    'no-paid-tasks':
      'A job that pays you for likes, reviews or "tasks" but first asks you to pay, top up or advance money is the scam: the money does not come back. Do not pay any more.',
    'sextortion-no-pay':
      'Do not pay: paying only brings more demands, and the images are not deleted. Stop all contact, keep the messages and the account names, and report it to the police (in China: 110).',
    'pay-bills-officially':
      'Pay utility and phone bills only in the provider\'s own app or office. Never pay through a link or a number in a message.',
    'verify-independently':
      'Hang up. Do not use the number, link, QR code or group the caller gave you: check with the company or office yourself, through its own app or website or a number you look up.',
    'no-investment-tips':
      'An online friend, "mentor" or group with an investment, crypto or betting platform that cannot lose is the scam: the profits it shows are fake. Do not deposit any more.',
  },
  adviceForMessages: {
    'verify-independently':
      'Do not reply and do not do what the message asks. Do not use the number, link, QR code or group it gives you: check with the company or office yourself, through its own app or website or a number you look up.',
    'police-never-by-phone':
      'Police, courts and tax offices do not handle a case by text or chat, and never ask you to move money to a "safe account" or keep it secret. Do not reply or open a link; call the police yourself on a number you know (in China: 110).',
    'hang-up-verify-in-app':
      'Do not reply and do not do what the message asks. If you want to check an order, a charge or a refund, open the company\'s own app or type its website yourself, and look there. Never use a number, link or contact the message gave you.',
    'tell-family':
      'Scammers tell you to keep it secret and to act at once. Stop and talk to a family member or someone you trust before you do anything.',
  },
  adviceOrder: [
    'already-paid',
    'sextortion-no-pay',
    'police-never-by-phone',
    'verify-known-contact',
    'no-upfront-fee',
    'no-paid-tasks',
    'no-investment-tips',
    'stay-on-platform',
    'hang-up-verify-in-app',
    'verify-independently',
    'pay-bills-officially',
    'no-transfer',
    'never-share-code',
    'never-share-card',
    'no-app-download',
    'no-screen-share',
    'refund-never-needs-payment',
    'no-loan',
    'check-domain',
    'tell-family',
  ],
  adviceNeeds,
  adviceExclusive,
  promotion,
  singleMessage,
  thresholds: { watch: 15, suspicious: 40, scam: 70 },
  cases: [...enCases, ...enRequestCases, ...enShopCases],
});
