/**
 * More false-alarm kinds from a newcomer's probes on main f669a88 (session 6, see nc6-fp-kinds.test.ts),
 * each with the newcomer's input, 8+ legitimate siblings of our own and 5+ scams that stay caught:
 *  2. a claim the citizen filed, accepted, and money coming TO them by the original route or to their
 *     own card (an insurer's notice; an agent in a chat the customer opened): no payout pressed on them;
 *  3. a casual job paid by the day (日结) with a WeChat to apply and no fee: the task scam's lure is the
 *     day's pay for likes, orders or typing on a phone, or an advance;
 *  5. a news story's passive reported speech ("一名老人…被要求把钱转到安全账户"): what a third person was
 *     told, not a request to the reader (src/match/framing.ts, grammar `passives`).
 */
import { describe, it } from 'vitest';
import { runCase, sms, type FaultCase } from './helpers.ts';

/** A chat the customer opened (the first turn is theirs). */
const userChat = (...turns: [string, string][]) => ({ channel: 'chat' as const, turns: turns.map(([speaker, text]) => ({ speaker: speaker as 'user' | 'caller', text })) });

const CLAIM_NOTICE: FaultCase[] = [
  { name: 'newcomer: 平安好车主 claim accepted, payout to your card (was suspicious 40)', expect: 'safe',
    input: sms('【平安好车主】您的车险理赔已受理，查勘员将于1小时内联系您，请保持电话畅通，理赔款将直接打入您的银行卡。') },
  { name: 'newcomer: in-app chat the customer opened, payout to the original account (was suspicious 40)', expect: 'safe',
    input: userChat(['user', '我的快递显示签收了但我没收到'], ['caller', '您好，这边帮您查询一下，麻烦提供一下运单号和收件人手机后四位'], ['user', 'SF123456，后四位5521'], ['caller', '已经联系快递员核实，如确认丢件，会在平台上给您发起理赔，理赔款退到原支付账户']) },
  { name: '人保 claim closed, payout to your card', expect: 'safe',
    input: sms('【中国人保】您报案的车险已结案，理赔款3200元将于3个工作日内支付至您的银行卡，请注意查收。') },
  { name: '太平洋 medical claim accepted', expect: 'safe',
    input: sms('【太平洋保险】您提交的医疗险理赔申请已受理，审核通过后理赔款将打入您预留的银行账户。') },
  { name: '顺丰 lost-parcel claim accepted, payout to the original account', expect: 'safe',
    input: sms('【顺丰速运】您申请的快件丢失理赔已受理，赔付款将退回原支付账户，请在顺丰APP查看进度。') },
  // Left at most suspicious: "您的理赔申请已受理…专员将与您联系" is word for word the refund scam's SMS opening
  // (a request followed up, a call promised: story-plus-callback); only the citizen knows they filed it.
  { name: '中国人寿 claim accepted, an adjuster will call (known: reads like the scam\'s opening)', expect: 'at-most-suspicious',
    input: sms('【中国人寿】您的理赔申请已受理，理赔专员将在2个工作日内与您联系，理赔款将转入您的银行卡。') },
  { name: '众安 return-shipping insurance paid back by the original route', expect: 'safe',
    input: sms('【众安保险】您的退货运费险理赔已受理，理赔款将原路退回至您的支付账户。') },
  { name: 'in-app chat: a broken cup, payout back by the original route', expect: 'safe',
    input: userChat(['user', '我买的杯子收到就碎了'], ['caller', '非常抱歉给您带来不便，核实后会为您申请理赔，理赔款原路退回到您的支付账户']) },
  { name: 'in-app chat: a lost parcel, compensation to the original payment account', expect: 'safe',
    input: userChat(['user', '我的包裹三天没更新了'], ['caller', '您好，已帮您联系网点，如确认丢失，赔付款会退到您的原支付账户，请留意平台通知']) },
  { name: '阳光保险 claim accepted, surveyor will call', expect: 'safe',
    input: sms('【阳光保险】您的车险报案已受理，查勘员稍后将与您联系，理赔款将支付至被保险人银行卡。') },
  // Scams of the same shape that must stay caught.
  { name: 'scam: lost parcel payout needs card number and code', expect: 'scam',
    input: '您好，我是京东快递理赔专员，您的快件丢失了，理赔款需要您提供银行卡号和验证码才能打入' },
  { name: 'scam: payout to your card, add the adjuster\'s WeChat', expect: 'not-safe',
    input: sms('【顺丰】您的快件丢失，理赔款将直接打入您的银行卡，请添加理赔专员微信 sf-lp88 办理') },
  { name: 'scam: claim accepted, a fee first', expect: 'not-safe',
    input: sms('您的车险理赔已受理，理赔款需先缴纳300元手续费才能打入您的银行卡') },
  { name: 'scam: triple payout and a promised call', expect: 'not-safe',
    input: sms('您购买的商品有质量问题，我们给您三倍理赔，理赔款将直接打入您的银行卡，稍后理赔专员联系您') },
  { name: 'scam: user-opened chat, the agent moves to a private WeChat for the payout', expect: 'not-safe',
    input: userChat(['user', '我的快递丢了'], ['caller', '理赔款需要您加我私人微信 lp-6688，发一下银行卡号和验证码']) },
  { name: 'scam: a call, the payout by the original route needs a screen share', expect: 'not-safe',
    input: { channel: 'call', turns: [{ speaker: 'caller', text: '您好我是淘宝客服，您的商品有质量问题给您理赔' }, { speaker: 'caller', text: '理赔款原路退回需要您开启屏幕共享配合操作' }] } },
];

const RECRUIT: FaultCase[] = [
  { name: 'newcomer: a warehouse job, paid daily, add WeChat, no fee (was suspicious 50)', expect: 'safe',
    input: sms('【XX人力资源】急招仓库理货员，日结200元，包工作餐，有意者加微信hr-zhang88详聊，不收任何费用') },
  { name: 'sorting job, paid daily, WeChat', expect: 'safe',
    input: sms('【58同城】急招快递分拣员，日结180元，包吃住，有意者加微信 hr58-li 详聊，全程不收费') },
  { name: 'loaders at a logistics park', expect: 'safe',
    input: sms('某物流园招装卸工，日结250元，体检合格即可上岗，加微信 wl-zp2026 报名，无任何押金') },
  { name: 'restaurant waiters', expect: 'safe',
    input: sms('餐厅招服务员，日结150，包两餐，有意加微信 cy-hr01，不收中介费') },
  { name: 'cleaners', expect: 'safe',
    input: sms('【家政服务】招聘保洁员，日结工资160元，加微信 bj-zp 了解，不收取任何费用') },
  { name: 'site labourers', expect: 'safe',
    input: sms('工地急招小工，日结300元，加微信 gd88 现场面试，不收钱') },
  { name: 'supermarket promoters', expect: 'safe',
    input: sms('超市招临时促销员，日结200元，加微信 cs-zhaopin 报名，我们不收任何费用') },
  { name: 'factory workers', expect: 'safe',
    input: sms('【某某劳务】电子厂招普工，日结220元，包吃住，加微信 ht-hr99，不收任何押金和服务费') },
  { name: 'movers for the weekend', expect: 'safe',
    input: sms('搬家公司周末招临时搬运工，日结260元，有意者加微信 bj-banyun 报名') },
  // Scams of the same shape that must stay caught.
  { name: 'scam: order-brushing, advance first', expect: 'not-safe',
    input: sms('兼职刷单，日结300元，加微信 sd888 领任务，先垫付后返佣') },
  { name: 'scam: typing at home on the phone', expect: 'not-safe',
    input: sms('招聘打字员，在家手机操作，日结500，加QQ 2839471 报名') },
  { name: 'scam: like tasks in a group, "no fee"', expect: 'not-safe',
    input: sms('抖音点赞员，一单3元，日结，加微信 dy-job 进群领任务，不收任何费用') },
  { name: 'scam: mothers and students, easy daily money', expect: 'not-safe',
    input: sms('宝妈学生兼职，动动手指日赚300，加微信 jz-777') },
  { name: 'scam: a job that needs a deposit first', expect: 'not-safe',
    input: sms('急招仓库理货员，日结200元，加微信 hr-wang 报名，入职需先交300元押金') },
];

const PASSIVE_NEWS: FaultCase[] = [
  { name: 'newcomer: news, an old man was told to move money to a "safe account" (was suspicious 45)', expect: 'safe',
    input: sms('今天新闻：一名老人接到自称京东客服的电话，被要求把借呗里的钱转到“安全账户”，损失12万元。') },
  { name: 'news: told to share the screen', expect: 'safe',
    input: '据说市民王女士被要求下载一款会议软件并开启屏幕共享，随后卡里的5万元被转走。' },
  { name: 'a victim told to pay a deposit', expect: 'safe',
    input: '她被告知需要缴纳保证金才能解冻账户，先后转账3次共计8万元。' },
  { name: 'a man asked for card number and code', expect: 'safe',
    input: '李某被对方要求提供银行卡号和验证码，随后发现账户被盗刷。' },
  { name: 'a student told to borrow and transfer', expect: 'safe',
    input: '一名大学生被要求在多个网贷平台借款，再把钱转到对方指定账户，损失4万余元。' },
  { name: 'an aunt told to join a QQ group', expect: 'safe',
    input: '张阿姨被对方要求加入QQ群“理赔中心”，按指示操作后损失2万元。' },
  { name: 'citizens asked to scan a code and pay an activation fee', expect: 'safe',
    input: '记者了解到，多名市民被要求扫描二维码支付“激活费”。' },
  { name: 'a man told to prove his innocence with a transfer', expect: 'safe',
    input: '该男子被告知要把钱转到“安全账户”才能证明清白，幸好银行工作人员及时发现。' },
  // Requests said to the reader stay requests.
  { name: 'scam: move the money to a safe account', expect: 'not-safe',
    input: sms('您的账户涉嫌洗钱，需要把借呗里的钱转到安全账户') },
  { name: 'scam: "the system requires you" to transfer', expect: 'not-safe',
    input: sms('系统要求您把钱转到安全账户才能解冻') },
  { name: 'scam: "you are required" and then asked', expect: 'not-safe',
    input: sms('您被要求配合调查，请把钱转到安全账户') },
  { name: 'scam: "you have been told", then the card and code', expect: 'not-safe',
    input: '您已被告知账户异常，请提供银行卡号和验证码' },
  { name: 'scam: required in one clause, the ask in the next', expect: 'not-safe',
    input: sms('您因涉嫌洗钱被要求配合调查，请将资金转到安全账户') },
];

describe('nc6-fp: a claim the citizen filed, paid back to them, is no payout offer', () => { for (const c of CLAIM_NOTICE) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('nc6-fp: a casual job paid by the day is no task scam', () => { for (const c of RECRUIT) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
describe('nc6-fp: a news story\'s passive reported speech is no request', () => { for (const c of PASSIVE_NEWS) it(`${c.expect}: ${c.name}`, () => { runCase(c); }); });
