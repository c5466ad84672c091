/**
 * sms15 (session 15): legitimate SMS of our own (data/corpus/gen-sms15-legit-sms-zh.jsonl) read as asks, each fixed as a
 * KIND. The first line of each safe list is the input found in that file; the rest are siblings written here (other
 * brands, word orders, lengths); each kind has scam twins in the same words that must stay flagged. Every case runs with
 * the text model and with the rules alone.
 *  - kind 1 (exposed kind, session 12 note, b: "top up X, get Y" read as a platform top-up): a shop's or app's stored value
 *    said with its own terms (不可提现, 不支持提现, 仅限本店, 到店消费…): guard list `stored-value` (src/playbook/zh/index.ts)
 *    on extract.transfer, extract.platform-topup, extract.stake-in-platform;
 *  - kind 2: 入金 read across a word boundary (放入金桂苑, 转入金额, 输入金额): src/playbook/zh/deposit-word.ts;
 *  - kind 3: a subscription's own receipt — cancel at will, in the brand's app, or already stopped at the reader's request;
 *  - kind 4: a loan paid off (已结清, 结清证明, 提前还款) read as a loan drawn to "prove" something (extract.loan);
 *  - kind 5: a trading platform's settlement of a sale made on it (pretext.account-trade);
 *  - kind 6: a bank's alert on the transfer the reader is making (extract.platform-topup);
 *  - kind 7: a signed sender's own app ("【网上国网】下载网上国网APP…完成新手任务送2元电费红包"): the tactic option `signerApp`
 *    (src/playbook/schema.ts, src/match/match.ts) on shift.app-download — the session-14 left-over of the reward-task kind.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const safe = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} safe: ${t}`, input: sms(t), expect: 'safe' }));
const caught = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} flagged: ${t}`, input: sms(t), expect: 'not-safe' }));

describe('sms15 kind 1 (exposed kind, session 12 note, b): stored value is credit to spend, not a platform that pays out', () => {
  runWithAndWithoutModel([
    ...safe('stored value', [
      '【美团】美团钱包充值200元得210元，充值金额仅可在美团内消费，不可提现，活动详情以APP为准，回T退订',
      '【美团】充值200得220，余额仅限美团外卖使用，不支持提现。',
      '【滴滴】打车金充值100返10，充值金额不可提现，不可转赠。',
      '【抖音】充值抖币得额外赠送，充值金额不退还，不可提现。',
      '【喜马拉雅】充值喜点满50送5，喜点仅限购买专辑，不可兑现。',
      '【健身房】储值卡充2000送500，赠送部分不可提现，不可退卡。',
      '【酒店】储值1000元送200元，储值余额可用于房费及餐饮，余额不可提现。',
      '充值满300送60，到店消费可用，余额不退不提现。',
      '【某某超市】购物卡充值返现5%，返现部分存入卡内，仅限本店消费。',
      '【蛋糕店】会员充500返80，返还金额仅限本店使用，不予提现。',
      '【奶茶店】充100得120元储值，储值仅限门店使用，不可兑换现金。',
      '【洗车行】年卡充值返现金券，充值款仅限店内消费，不退不换。',
    ]),
    ...caught('earning top-up', [
      '下载APP充值100元返120元，做完任务即可提现，当天到账',
      '先充值500元做任务，完成后返还本金和佣金，随时提现',
      '平台充值越多返利越高，明天就能提现到银行卡',
      '点赞关注就返佣金，下载XX App 领任务，第一单先垫付充值300，返你360',
      '充值入金后收益翻倍，跟着导师操作稳赚',
      '你的账户需要再充值3000元才能解冻提现',
    ]),
  ]);
});

describe('sms15 kind 2: 入金 is a word only where the scam says it', () => {
  runWithAndWithoutModel([
    ...safe('入金 across words', [
      '【兔喜生活】您的快递已放入金桂苑快递柜12号格口，取件码440129，扫码或输码均可开柜。',
      '【工商银行】本次转入金额1000元已到账，可用余额3,218.00元。',
      '请在页面输入金额后确认支付，支付完成后凭小票取货。',
      '【邮储银行】您尾号3320账户存入金额5,000.00元，柜面存款。',
      '【丰巢】您的包裹已放入金色港湾东门丰巢柜，取件码551203。',
      '【税务】您本年度收入金额已汇总，可在个人所得税APP查看明细。',
      '【社保】您的缴费基数已录入金保系统，如有疑问请咨询12333。',
      '【物业】维修基金已汇入金地物业专户，明细在公告栏公示。',
      '本月项目已纳入金融服务专项，详细材料周五前交给财务。',
      '【医保局】您的医保个人账户本年度划入金额已到账，可通过国家医保服务平台APP查询。',
      '【中通快递】您的包裹已送入金桥花园驿站，凭取件码3-2-1108领取。',
    ]),
    ...caught('入金 as the scam says it', [
      '入金一万就能开始交易，老师带你做',
      '先入金五千到平台账户，明天就有收益',
      '你入金了吗，今天行情好，赶紧进场',
      '首次入金送50%体验金，名额有限',
      '入金到指定账户后开始带单',
      '需要入金才能提现，这是平台规定',
      '老师带单，胜率九成，入金请联系助理',
    ]),
  ]);
});

describe('sms15 kind 3: a subscription\'s own receipt names the way out in its own app', () => {
  runWithAndWithoutModel([
    ...safe('receipt', [
      '【知乎】您的盐选会员免费试用期将于明天结束，届时将按月扣费19元，如不需要请在知乎APP提前关闭自动续费。',
      '【Keep客服】您的会员自动续费已按您的申请关闭，当前会员有效期至2027年1月3日。',
      '【网易云音乐】黑胶VIP首月充值6元，之后按月15元自动续费，可随时在APP“设置-自动续费”中取消。',
      '【百度网盘】您的超级会员免费体验期即将结束，次日起按月扣费30元，如不需要请在百度网盘APP提前取消。',
      '【喜马拉雅】您的会员自动续费已根据您的申请取消，权益可使用至本期结束。',
      '【WPS】您的会员试用期结束后将每月扣费20元，可在WPS APP内关闭自动续费。',
      '【腾讯视频】您的连续包月已应您的要求关闭，本月不再扣费。',
      '【B站】大会员首月充值5元，次月起每月15元，可随时取消。',
      '【酷狗音乐】您的免费试用期明天到期，之后每月自动扣费15元，如不需要可在酷狗APP中关闭。',
      '【美团】您的会员免费体验已到期，每月扣费10元的自动续费已按照您的申请关闭。',
    ]),
    ...caught('cancel through them', [
      '您好，您去年开通的快手极速版会员免费体验已到期，下个月起每月自动扣费699元，如需关闭请配合我操作。',
      '【快手】您的极速版会员免费体验已到期，下月起每月扣费699元，如需关闭请联系客服 400-882-1234',
      '您的直播会员试用期结束，将按月扣费800元，如不需要请下载会议APP关闭',
      '【抖音】您的会员即将扣费1179元/月，不是本人开通请联系客服取消',
      '您的百万保障免费期满，下月开始每月扣款，取消请加客服微信 bw8812',
    ]),
  ]);
});

describe('sms15 kind 4: a loan paid off is no loan drawn', () => {
  runWithAndWithoutModel([
    ...safe('loan settled', [
      '【中国银行】您的中银E贷提前还款已办理成功，贷款已结清，结清证明可在手机银行下载。',
      '【建设银行】您的快贷已全部还清，贷款结清证明可到网点打印。',
      '【工商银行】您的房贷已提前还款20万元，剩余贷款本金可在手机银行查询。',
      '【招商银行】您的闪电贷借款已结清，借款结清证明已发送至您的邮箱。',
      '【农业银行】您的网捷贷已经结清，如需开具贷款结清证明请到网点办理。',
      '【微众银行】您的微粒贷借款已结清，结清后额度将自动恢复。',
      '【交通银行】您的车贷已提前还清，抵押解除材料请到网点领取，贷款结清证明一并提供。',
      '【邮储银行】您的个人贷款已结清，结清证明可用于办理抵押注销。',
      '【平安银行】您的信用贷款已提前还款成功，贷款结清证明可在口袋银行APP下载。',
      '【宁波银行】您的经营贷已结清，征信将在次月更新，结清证明请联系客户经理。',
    ]),
    ...caught('a loan drawn to prove', [
      '打开微粒贷，先借一笔五千，证明您的还款能力',
      '用 网 商 贷 贷出来两万，证明资金流水正常',
      '你去借呗上借五千，借到了马上转过来',
      '先贷款来提高会员积分，后面会全额返还',
      '理赔需要您先把支付宝备用金领出来，验证一下您的收款能力',
    ]),
  ]);
});

describe('sms15 kind 5: a trading platform settles a sale made on it', () => {
  runWithAndWithoutModel([
    ...safe('settlement', [
      '【游戏交易平台5173】您出售的游戏账号买家已确认收货，货款扣除5%服务费后已转入平台余额。',
      '【交易猫】您出售的游戏装备买家已确认收货，货款已转入平台余额，可申请提现。',
      '【网易藏宝阁】您寄售的角色已售出，买家确认收货后，货款扣除手续费已进入藏宝阁钱包。',
      '【盼之代售】您的游戏账号已售出，买家确认收货，款项已结算至您的账户余额。',
      '【5173】您出售的游戏币订单买家已确认收货，扣除服务费后货款已转入平台余额。',
      '【螃蟹账号】您的游戏账号交易已完成，买家已确认收货，货款扣除服务费后已结算至钱包。',
      '【交易猫】您购买的游戏账号已完成换绑，确认收货后货款才会结算给卖家。',
      '【密马】您挂售的游戏皮肤已售出，买家已确认收货，款项已结算至平台余额。',
      '【DD373】您出售的游戏道具买家确认收货，扣除服务费后已转入您的平台余额。',
      '【租号玩】您出租的游戏账号订单已完成，买家已确认收货，收益已结算至余额。',
    ]),
    ...caught('trade moved off the platform', [
      '我看到你在网上出售游戏账号，你加我QQ 28810021，我们私下交易',
      '您好，您出售的游戏账号买家已付款，但您需要先缴纳500元保证金才能收款',
      '买家已确认收货，但您的账户未缴纳保证金，需先交500元保证金才能提现',
    ]),
  ]);
});

describe('sms15 kind 6: a bank\'s alert on the reader\'s own transfer', () => {
  runWithAndWithoutModel([
    ...safe('transfer alert', [
      '【工商银行】您正在向首次交易的账户转账20,000元，如对方自称客服、公检法或要求您刷单返利，请立即停止并拨打96110咨询。',
      '【建设银行】您正在向首次交易的账户转账5,000元，如对方承诺高额收益、返利，请立即停止。',
      '【农业银行】您本次向新收款人转账30,000元，如对方以投资理财、充值返利为由要求转账，请立即停止交易。',
      '【招商银行】您正在转账8,800元至首次交易的账户，如系网络兼职、充值返利等要求，请立即停止。',
      '【中国银行】您正在向个人账户转账12,000元，如对方自称导师带您赚钱，请立即停止并拨打96110。',
      '【邮储银行】您本次向对方转账的账户为首次交易的账户，如涉及刷单返利、投资收益，请停止操作。',
      '【交通银行】您正在向首次转账的账户汇款，对方要求您充值返利的都是诈骗。',
      '【浦发银行】您正在向首次交易的账户转账，如为投资平台充值，请谨慎核实平台资质。',
      '【兴业银行】您正在向首次交易的账户转账1万元，若对方称充值可赚取佣金，请立即停止。',
      '【中信银行】您本次向首次交易的账户转账，如对方承诺返利提现，请立即拨打96110。',
    ]),
    ...caught('earning top-up asked', [
      '你先往平台账户转账两万，每天收益百分之三，随时提现',
      '注册账号并充值，你就能赚取高额收益',
      '完成三次充值任务后即可获得返利',
    ]),
  ]);
});

describe('sms15 kind 7: a signed sender\'s own app is no move elsewhere', () => {
  runWithAndWithoutModel([
    ...safe('own app', [
      '【网上国网】下载网上国网APP并绑定户号，完成新手任务送2元电费红包。',
      '【中国移动】新用户下载中国移动APP并登录即送5GB流量，完成签到任务还可领积分，回T退订',
      '【招商银行】下载掌上生活APP完成绑卡任务，领取10元刷卡金，刷卡金限本行信用卡消费，回T退订',
      '【华为应用市场】下载体验指定游戏，完成新手任务可得50花币，花币仅限应用市场使用。',
      '【农业银行】下载农行掌上银行完成“月月有礼”任务，可抽取话费券，活动详情以APP为准。',
      '【美团】下载美团APP完成首单任务，立得15元无门槛红包，回T退订',
      '【京东】下载京东APP，完成新人任务领188元新人礼包，拒收请回复R',
      '【拼多多】下载拼多多APP，完成签到任务领现金红包，可提现至微信零钱',
      '【淘宝特价版】下载淘宝特价版APP，完成浏览任务领金币兑好礼，回TD退订',
      '【云闪付】下载云闪付APP并绑卡，完成新手任务领5元红包，回T退订',
      '【抖音极速版】下载抖音极速版APP，看视频完成任务领金币，金币可兑换现金',
      '【快手极速版】下载快手极速版APP，完成新人任务领现金，回T退订',
      '【支付宝】打开支付宝APP完成浏览任务可领积分，积分可兑换视频会员。',
      '【中国联通】下载中国联通APP签到领流量，完成任务还可抽手机，回T退订',
      '【12306】下载铁路12306APP，完成实名核验后即可在线选座，回T退订',
      '【个人所得税】请下载个人所得税APP，完成年度汇算任务后可查看退税进度。',
    ]),
    ...caught('their app, or a channel beside it', [
      '点赞关注就返佣金，下载XX App 领任务',
      '【抖音】点赞关注就返佣金，下载抖音任务APP领任务，一单一结',
      '【京东】下载京东APP完成任务领返利，请加客服微信 jd8821 领取佣金',
      '【美团】下载美团众包APP，刷单返佣，日赚300，联系QQ 28817721',
      '【网上国网】您的电费有一笔退费，请下载网上国网APP后点击 sgcc-tf.cc 领取',
      '【拼多多】下载拼多多任务版APP，垫付下单返佣金，佣金日结',
    ]),
  ]);
});
