/**
 * sms14 (session 14): legitimate SMS of our own read as asks, each fixed as a KIND. The first line of each legit list is
 * the input found in data/corpus/gen-sms14-legit-sms-zh.jsonl; the rest are siblings written here; each kind also has
 * its scam twins in the same words, which must stay flagged.
 *  - kind 1 (exposed kind, session 12 note: "reply with the code for the discount"): the code written out after its name
 *    ("回复验证码 382916 确认办理", "回复验证码“HM88”") is given by the message (obj.code `keyword`, src/match/grammar.ts literalAt);
 *  - kind 2 (exposed kind, session 12 note: "a coupon claimed by scanning"): a code scanned to TAKE a coupon, the payment
 *    word its later use ("支付时自动抵扣", "付款可抵"): extract.scan-to-pay's `ordinary`;
 *  - kind 4: a bank's transfer alert in the conditional ("如对方…要求转账，请立即停止"; "向陌生账户转账"): lexicon generic +
 *    advisory, extract.transfer unless 陌生账户;
 *  - kind 5: an insurer's or courier's payout told as paid TO the reader ("理赔金额1,280元将于3个工作日内支付至您在报案时登记的
 *    账户") read as the sender asking a payment (contact.agent-request, the claimed-agent composite 40): its unless.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';

const read = (text: string) => analyze({ channel: 'sms', text });
function flagged(texts: string[], title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text).verdict).not.toBe('safe'));
}
function safe(texts: string[], title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text).verdict).toBe('safe'));
}

describe('sms14 kind 1: a code the message itself writes out is given, not asked', () => {
  safe([
    "【盒马】新人专享：下单回复验证码“HM88”至本号，即可享首单立减15元，仅限盒马APP下单使用。回T退订",
    "【中国移动】您正在办理10元5GB流量包，回复验证码 382916 确认办理，10分钟内有效。",
    "【中国联通】回复验证码8821即可确认订购视频会员，资费15元/月，不回复则不办理。",
    "【美甲店】老顾客回复口令“冬暖”即享全场八折，到店出示短信即可。拒收请回复R",
    "【屈臣氏】回复优惠码WS2026领取满100减20券，券自动发放至会员账户。回T退订",
    "【瑞幸咖啡】回复暗号“提神”领取一张5折券，打开APP下单即可使用。回TD退订",
    "【电信】回复校验码 5531 即可参与充值有礼活动，活动详情见中国电信APP。",
    "【健身房】回复验证码 0622 确认预约本周六私教体验课，免费体验，不收取费用。",
    "【天猫】下单时填写优惠码“TM1212”立减30元，每个账号限用一次。回T退订",
    "【京东】在结算页输入验证码“JD666”，即可享受会员专享价。回T退订",
    "【海底捞】生日当天回复验证码HDL520到本号码，即可兑换生日果盘一份。",
    "【美团】回复兑换码 MT8899 领取外卖红包，红包有效期3天。回T退订",
  ], 'code written out');
  flagged([
    "【盒马】您的订单需要验证，请将收到的验证码回复至本号码，即可享首单立减15元。",
    "您好，我是美团客服，退款需要核验身份，请把刚收到的验证码回复给我。",
    "【京东】回复短信验证码至本号，即可领取30元无门槛券。",
    "请把手机上收到的6位验证码发给我，我帮您领取优惠券。",
    "回复您手机收到的验证码即可领取会员折扣，过期作废。",
    "您好，您的退款已通过，请回复收到的验证码确认退款。",
  ], 'the reader\'s own code asked back');
});

describe('sms14 kind 2: a coupon claimed by scanning, paid for later', () => {
  safe([
    "【加油站】中石化会员日：加油前扫描加油机上二维码领取每升立减0.3元优惠券，支付时自动抵扣。",
    "【沃尔玛】扫描二维码领取满88减15优惠券，付款时自动抵扣。回T退订",
    "【全家】扫码领取早餐优惠券，支付时直接减免5元，仅限本周。",
    "【美宜佳】扫描小票上的二维码领红包，下次消费付款可抵3元。",
    "【滴滴加油】扫码领取加油券，支付时可抵扣10元，每人限领一张。回T退订",
    "【永辉】扫二维码领取满50减10券，结算付款时使用。退订回T",
    "【肯德基】扫描包装袋上的二维码领取优惠券，下次点单支付立减。",
    "【中国石油】扫码领取洗车券，加油满200元付款时出示使用。回T退订",
    "【电影院】扫码领观影券，在线购票支付时勾选即可抵扣15元。",
    "【奶茶店】扫杯身二维码领券，下单付款时第二杯半价。",
    "【药房】扫描收据二维码领取会员券，下次购药支付满100减10。",
    "【水果店】扫码进群领优惠券，付款时出示群内券码可减5元。",
  ], 'coupon scanned, discount at payment');
  flagged([
    "恭喜您获得500元购物券，请扫描下方二维码支付9.9元手续费领取。",
    "您的优惠券已发放，扫码支付20元激活后即可使用。",
    "扫描我发的二维码领取理赔优惠券，需先支付保证金50元。",
    "【抖音】您中奖了，扫码支付邮费15元领取奖品。",
    "扫这个码付款199元，领取会员返现券。",
  ], 'a fee or a sum paid on the code');
});

describe('sms14 kind 4: a bank\'s conditional transfer alert', () => {
  safe([
    "【建设银行】您本次向陌生账户转账50,000元，系统提示该账户存在风险，如对方自称客服、公检法或以退款为由要求转账，请立即停止并拨打110。",
    "【工商银行】您正在向他人转账，如对方以刷单返利、退款理赔为由要求您转账，均为诈骗，请立即停止操作。",
    "【农业银行】温馨提示：若有人以“安全账户”名义要求您转账汇款，请立即停止，公安机关没有安全账户。",
    "【招商银行】您本次转账对象为首次交易账户，如果是对方要求您把钱转到指定账户，请谨慎核实。",
    "【中国银行】如有陌生人要求您下载会议软件、开启屏幕共享或转账到指定账户，请立即挂断并拨打96110。",
    "【邮储银行】提醒您：凡是要求您先交保证金、解冻费才能提现的，都是诈骗。",
    "【交通银行】接到自称客服的电话要求您转账退款的，请不要相信，及时拨打官方热线核实。",
    "【支付宝】对方要求你扫码付款才能领取退款？这是诈骗！请停止付款。",
    "【微信支付】转账提醒：如对方要求您转账后才能发货或退款，请谨慎交易。",
    "【国家反诈中心】凡是让您把钱转入“安全账户”的，都是诈骗。",
  ], 'conditional alert');
  flagged([
    "如对方客服联系您，请按客服要求把钱转到指定账户完成退款。",
    "您好，我是京东客服，您的退款需要验证，请把钱转到我们的安全账户，立即停止其他操作。",
    "如遇系统提示风险，请忽略，继续转账到我给您的账户即可。",
    "我是公安局的，你涉嫌洗钱，立即停止和任何人联系，把资金转到安全账户接受核查。",
  ], 'the ask itself');
});

describe('sms14 kind 5: a payout paid TO the reader is no payment asked', () => {
  safe([
    "【太平洋保险】您的理赔申请已受理，理赔金额1,280元将于3个工作日内支付至您在报案时登记的账户。",
    "【平安健康】您提交的门诊理赔申请已受理，赔付金额426元将在5个工作日内打入您的收款账户。",
    "【众安保险】您的退货运费险理赔已完成，理赔款12元将支付至您的支付宝账户。",
    "【顺丰】您的保价理赔申请已受理，赔付金额800元将于3个工作日内支付至寄件时付款账户。",
    "【中国人寿】您的住院医疗理赔已结案，理赔金2,130元已支付至您指定的银行卡，请注意查收。",
    "【泰康在线】您的意外险理赔审核通过，赔款960元预计2个工作日内支付到您的银行账户。",
    "【京东物流】您的丢件理赔已处理完成，赔付金额158元将赔付至您的京东账户余额。",
    "【大地保险】您的车损理赔款4,700元将于今日支付至原缴费账户，请留意到账短信。",
    "【人社局】您的失业保险金1,850元已核定，将于本月15日发放至您的社保卡金融账户。",
    "【阳光保险】理赔申请已受理，赔款将汇入您投保时绑定的银行卡，无需另行提供卡号。",
    "【中通快递】您的破损理赔已审核，赔付款60元将打入您下单时的支付账户。",
  ], 'payout to the reader');
  flagged([
    "您好，我是快递理赔专员，赔付款将支付至您的账户，请先提供银行卡号和验证码。",
    "理赔款800元将打入您的银行卡，需要您先支付50元手续费。",
    "【保险理赔】您的赔款将支付至您的账户，请点击 http://pa-lipei.top 填写银行卡信息。",
    "您的退款将发放至您的支付宝，请加客服微信 kf8821 完成操作。",
  ], 'a payout with an ask beside it');
});
