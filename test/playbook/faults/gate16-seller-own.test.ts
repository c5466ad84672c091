/**
 * gate16 (session 16): when may ONE message alone be called `scam`? A seller's or a mass sender's own message pairs less
 * (src/playbook/single-message.ts `sellerFrames`, `products`, `sellerOffers`, `senderFrames`, `ownCodes`; src/score/score.ts
 * singleMessageGate). The test half's real SMS read `scam` on a top-up with its bonus, a coupon taken by scanning, a code
 * replied for a discount and a login: two of those kinds written here in our own words.
 *  - kind G1: under a seller's advert marks (a sale, an opening, its shop, an opt-out: contact.advert) a top-up with its
 *    bonus ("充值1000元返200元现金，余额可随时提现") is its price, and what it sells and its own channels no second step: at
 *    most suspicious (8 of these read `scam` 85-100 before). Twins in the same words with a story, an offer it does not sell
 *    (easy money for tasks), a move off its own channels (a private WeChat or QQ, a group) or a fee before a payout (no
 *    seller's price) stay `scam`.
 *  - kind G2: a mass sender to its own customers (尊敬的用户/会员…: contact.official-sender) asking for the code it sent on
 *    its own link or app: its own confirmation, one step: at most suspicious (8 read `scam` 80 before). Twins: a code with
 *    a story, a look-alike or hidden link, a private contact or a group, a screen share with an app, and a card with its
 *    password on the sender's own page or app (nobody's own to ask) stay `scam`.
 * With the text model and with the rules alone.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const notScam = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} at most suspicious: ${t}`, input: sms(t), expect: 'at-most-suspicious' }));
const scam = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} scam: ${t}`, input: sms(t), expect: 'scam' }));

describe('gate16 kind G1: a seller\'s top-up under its own advert', () => {
  runWithAndWithoutModel([
    ...notScam('seller top-up', [
      '【xx健身】年终大促，充值1000元返200元现金，余额可随时提现，名额有限。',
      'xx美容会所店庆：充值3000元送1000元，赠送金额可提现，到店即享。',
      '亲爱的会员，本店周年庆，充值500元即返100元现金，返现可随时提现，欢迎莅临门店。',
      '【丽人美甲】新店开业，会员卡充值800元返160元，返现可提现，退订回T。',
      '【老王烧烤】店庆特惠：充值1000元送300元，送的余额也能提现，欢迎到店品尝。',
      '【星光KTV】周年庆储值2000元返500元现金，返现可随时提现，本店地址：人民路88号。',
      '【优品洗车】开业大促，洗车卡充值600元返120元，余额可提现，到店即可办理。',
      '【童趣乐园】会员日充值1000元送400元，赠送部分可提现，欢迎光临。',
      '【悦享茶楼】会员专享：储值1000元即返200元现金，返现随时可提现，到店即可办理。',
      '【瑜伽馆】新店开业，年卡特价，充值2000元返300元现金，余额可随时提现，名额有限，退订回T。',
      '【xx眼镜】周年庆特惠，扫码支付99元即可获得价值300元的验光配镜券，到店使用，名额有限。',
      '【xx家居】店庆秒杀，先付定金200元即可锁定团购价，定金可抵1000元，欢迎到店选购。',
    ]),
    ...scam('seller top-up twin', [
      '【xx健身】年终大促，您的会员账户已被冻结，请充值1000元解冻后才能提现，名额有限。',
      'xx美容会所店庆：充值3000元送1000元，赠送金额可提现，请加客服微信mr8899转账办理。',
      '亲爱的会员，本店周年庆，充值500元即返100元现金，返现可提现，请联系店长QQ 88990011 转账充值。',
      '【老王烧烤】店庆特惠：恭喜您中奖了，获得现金红包3000元，领奖前需先交300元手续费，欢迎到店。',
      '【星光KTV】周年庆：您的账户涉嫌洗钱已被冻结，需充值2000元验证流水后才能提现，本店地址：人民路88号。',
      '【优品洗车】开业大促，洗车卡充值600元返120元，请加入会员群，群里转账充值返现。',
      '【童趣乐园】会员日：您的返现已到账但提现失败，需先充值1000元激活账户才能提现，欢迎光临。',
      '【瑜伽馆】新店开业特价，您的年卡退款因账户异常被冻结，需先交解冻费300元，退订回T。',
      '【xx眼镜】周年庆特惠，您的订单质量问题需退款，请扫描下方二维码支付99元保证金后退款到账，名额有限。',
      '【悦享茶楼】会员专享：储值返现活动需下载悦享理财APP，充值1000元做任务返利，返利随时提现。',
      '【xx超市】店庆特惠，您已被抽中为幸运用户，获得iPhone一部，需先支付运费和保险费299元，欢迎光临。',
    ]),
  ]);
});

describe('gate16 kind G2: a mass sender\'s own code on its own channel', () => {
  runWithAndWithoutModel([
    ...notScam('own code', [
      '尊敬的用户，点击链接 https://vip.lehuo.cn/u 登录您的账户，输入手机号码和收到的验证码，即可领取20元优惠券。',
      '亲爱的会员，您的账户尚有余额36元，登录 m.xxshop.com 输入手机号和短信验证码即可查询提现。',
      '尊敬的客户，您的积分即将到期，点击链接 http://jf.xxmall.cn 输入手机号和验证码即可兑换礼品，退订回T。',
      '尊敬的车主，登录 www.chexiang.com 输入手机号和收到的验证码，即可查看本次保养报告并领取洗车券。',
      '尊敬的会员，请在 https://m.xxbook.com 输入手机号和短信验证码，领取本月免费阅读券，回复TD退订。',
      '尊敬的旅客，登录 www.xxair.com 输入手机号和验证码即可查询里程并兑换升舱券。',
      '尊敬的用户，您的宽带账号可在 https://kd.xxtel.cn 输入手机号和验证码登录，领取提速券。',
      '尊敬的客户，您的话费券已到账，点击 https://u.10010.cn/q 输入手机号和验证码即可使用。',
      '尊敬的会员，下载优选APP，输入手机号和收到的验证码登录，即可领取新人红包。',
      '尊敬的用户，请在 https://m.xxmall.cn 填写手机号及短信验证码，领取您的生日专属折扣。',
    ]),
    ...scam('own code twin', [
      '尊敬的用户，您的账户存在异常已被冻结，点击链接 https://t.cn/A6xYz12 输入手机号码和验证码解冻。',
      '尊敬的用户，您的订单退款失败，请点击 m.xxshop.com 输入银行卡号和验证码领取退款。',
      '尊敬的会员，请加客服QQ 88990011，把您收到的验证码发给客服，领取生日专属优惠券。',
      '尊敬的客户，您的积分即将清零，请登录 jd-jifen.top 输入手机号和验证码兑换现金。',
      '尊敬的用户，您涉嫌一起洗钱案件，请下载安全APP，输入银行卡号和验证码配合调查。',
      '尊敬的客户，您的信用卡额度可提升至5万，请加微信 ed5566，把卡号和验证码发给专员办理。',
      '尊敬的会员，您的账号被盗，请进群 https://weixin.qq.com/g/xyz 把收到的验证码发到群里核实身份，回复TD退订。',
      '尊敬的旅客，您的航班已取消，改签赔偿300元，请登录 xxair-pei.top 输入手机号和验证码领取。',
      '尊敬的用户，您的宽带即将停机，请点击 https://kd.xxtel.cn 下载云会议APP，开启屏幕共享办理。',
      '尊敬的客户，您的快递丢失需理赔，请点击 sf-lipei.cc 输入银行卡号和验证码领取赔偿。',
      '您好，您的网贷额度已开通，下载借款APP后把银行卡号和密码填写到页面即可放款，退订回T。',
      '尊敬的会员，请登录 m.xxshop.com，输入您的银行卡号和取款密码领取会员返现。',
    ]),
  ]);
});
