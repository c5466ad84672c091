/**
 * The sender's own mass notice (contact.official-sender, read only by the self-promotion rule in
 * src/score/score.ts): real senders greet and opt out in many forms — "尊敬的中国移动客户", "亲爱的淘宝用户",
 * "尊敬的天猫会员", "回复“T”即可退订", "如需退订请回复N", "退订勿扰" — not only "尊敬的用户" / "回TD退订". Under
 * any of them, a promotion that points to its own link and app (two moves, no story, no request) is
 * not a lure. The same greeting over a story, a request or a three-move funnel is still read.
 */
import { describe, it } from 'vitest';
import { runCase, sms, type FaultCase } from './helpers.ts';

const PROMOTIONS: FaultCase[] = [
  { name: 'carrier greeting with the carrier name', expect: 'safe', input: sms('尊敬的中国移动客户，点击 http://a.cn/x 下载和包客户端，首次登录送10元话费。') },
  { name: 'platform user greeting', expect: 'safe', input: sms('亲爱的淘宝用户，年货节红包已发放，点击 http://tb.cn/x8 领取，或下载淘宝特价版APP查看。') },
  { name: 'member greeting with a tier', expect: 'safe', input: sms('尊敬的金牌会员，新品上架，点击链接 http://m.shop.cn/a 查看，下载商城APP下单再减10元。') },
  { name: 'customer greeting with a city', expect: 'safe', input: sms('尊敬的PLACE联通用户，点击 URL 下载联通APP，登录即送1GB流量。') },
  { name: 'new member greeting', expect: 'safe', input: sms('亲爱的新会员，您关注的手机降价啦，下载国美APP抢购，点击 http://gome.cn/z 查看详情。') },
  { name: 'opt-out with quoted letter', expect: 'safe', input: sms('双旦狂欢，点击 http://vip.cn/h 领券，下载唯品会APP更优惠，回复“T”即可退订。') },
  { name: 'opt-out asked as a condition', expect: 'safe', input: sms('会员日全场5折，点击 http://a.cn/m 下载店铺APP领取优惠券，如需退订请回复N。') },
  { name: 'opt-out as 退订勿扰', expect: 'safe', input: sms('月末流量大派送，点击 http://x.cn/ll 下载营业厅APP领取，退订勿扰。') },
  { name: 'greeting to an owner', expect: 'safe', input: sms('尊敬的车主用户，冬季保养季，点击 http://4s.cn/b 预约，下载车主APP领取工时券。') },
  { name: 'greeting and its app and group', expect: 'safe', input: sms('亲爱的顾客，扫码下载门店APP，加入会员群每周领券，回复退订可取消。') },
  { name: 'a dear-user greeting', expect: 'safe', input: sms('亲爱的用户，新年快乐！点击以下链接 http://migu.cn/c 定制拜年彩铃，下载咪咕音乐APP免费使用。') },
];

const SCAMS: FaultCase[] = [
  { name: 'greeting over a refund story and a link', expect: 'not-safe', input: sms('尊敬的淘宝用户，您的订单商品质量有问题，点击 http://tb-lp.top/r 下载理赔APP办理退款。') },
  { name: 'greeting over a frozen account and a link', expect: 'not-safe', input: sms('尊敬的中国银行客户，您的账户已被冻结，点击 http://boc-jd.top 下载安全控件解冻。') },
  { name: 'greeting over a code request', expect: 'scam', input: sms('尊敬的京东会员，您的白条需要注销，否则影响征信，请把收到的验证码发给客服处理。') },
  { name: 'greeting over a task funnel (three moves)', expect: 'not-safe', input: sms('亲爱的用户，点击链接 http://rw-1.top 下载APP，进群领取日结任务，回复T退订。') },
  { name: 'greeting over a fee first', expect: 'scam', input: sms('尊敬的客户，您的贷款已审批通过，需先交2000元保证金才能放款，回复TD退订。') },
  { name: 'greeting over a screen share', expect: 'not-safe', input: sms('尊敬的会员，您开通的百万保障下月起每月自动扣费，如需关闭请下载会议软件开启屏幕共享。') },
  { name: 'greeting over a transfer to a safe account', expect: 'not-safe', input: sms('尊敬的用户，您的账户涉嫌洗钱，请将资金转入安全账户配合调查，如需退订请回复N。') },
  { name: 'greeting over a look-alike link', expect: 'not-safe', input: sms('尊敬的中国移动客户，您的积分即将清零，请点击 http://10086-jf.top 兑换现金。') },
  { name: 'greeting over a parcel story and a QQ group', expect: 'not-safe', input: sms('亲爱的用户，您的快递丢失，请加理赔QQ群 123456 领取三倍赔偿，退订勿扰。') },
  { name: 'greeting over a stranger asking for a card', expect: 'not-safe', input: sms('亲爱的会员，退款需要您提供银行卡号和密码，回复“T”即可退订。') },
];

describe('the sender frame: the many ways real senders greet and opt out', () => {
  for (const c of PROMOTIONS) it(`promotion: ${c.name}`, () => { runCase(c); });
  for (const c of SCAMS) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
