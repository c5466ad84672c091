/**
 * sms17 kind R (session 17, issue 8 §4: 0 `scam` on real legitimate text): a shop's or a mass sender's own code entered on
 * its own link to collect a coupon ("【星巴克】登录 https://www.starbucks.com.cn/m 输入收到的验证码即可领取买一送一券") read
 * `scam` 80 although gate16 (G2) meant a sender's own code on its own link to be one step. The link was counted twice:
 * shift.link (the sender's own channel) and shift.refund-link, a component that names the SAME link as where something is
 * collected (领取 beside a URL) and was not among `ownChannels`, so it paired with the code as a move elsewhere. Now
 * shift.refund-link is one of `ownChannels` in src/playbook/single-message.ts (as shift.sent-link, the same link's other
 * reading, already was): the code on the sender's own framed link is at most suspicious; a hidden or look-alike link
 * (shift.hidden-link, shift.lookalike-link), a story, a private contact, a screen share or a card still decide. Money asked
 * with a refund link still pairs with a story no sender tells, or with a notice's story and a fee named. Before -> after
 * (with the model): 12 lines here (3 from sms17's corpus) scam 80 -> suspicious 69; twins scam 80-100 unchanged.
 * With the model and without.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const notScam = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} at most suspicious: ${t}`, input: sms(t), expect: 'at-most-suspicious' }));
const scam = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} scam: ${t}`, input: sms(t), expect: 'scam' }));

describe('sms17 kind R: the sender\'s own code on its own link, the link read once', () => {
  runWithAndWithoutModel([
    ...notScam('own code, coupon collected', [
      '【星巴克】登录 https://www.starbucks.com.cn/m 输入收到的验证码即可领取买一送一券。',
      '【xx超市】会员专享：进入 www.xxmart.cn 输入手机号和验证码，领取满100减20券，到店使用。',
      '【xx书城】会员登录 m.xxbook.com 输入验证码即可免费领取七天VIP阅读卡，退订回N。',
      '【xx奶茶】会员日，打开 m.xxtea.cn 输入验证码领取第二杯半价券，回T退订。',
      '尊敬的会员，登录 www.xxhotel.com 输入短信验证码即可领取周末房8折券，退订回TD。',
      '【xx健身】新店开业，访问 m.xxgym.cn 输入手机号和验证码领取7天体验卡。',
      '【xx鞋城】周年庆，进入 m.xxshoes.com 填写验证码领取满300减50券，欢迎到店。',
      '尊敬的用户，进入 https://vip.xxmusic.cn 输入验证码即可领取一个月会员，回复TD退订。',
      '【xx面包】新品上市，登录 m.xxbread.cn 输入收到的验证码领取买二送一券。',
      '【xx眼镜】会员专享：进入 www.xxglasses.cn 输入验证码领取免费验光券，到店使用。',
      '尊敬的客户，登录 m.xxcar.com 输入手机号及验证码即可领取免费洗车券，退订回T。',
      '【xx花店】会员日特惠，打开 m.xxflower.cn 输入验证码领取9折券。',
    ]),
    ...scam('twin', [
      '【星巴克】您的会员账户异常将被冻结，请登录 https://www.starbucks.com.cn/m 输入收到的验证码领取补偿。',
      '【xx超市】会员专享：进入 t.cn/A6xk2pQ 输入手机号和验证码，领取满100减20券，到店使用。',
      '【xx书城】您的订单退款失败，请登录 m.xxbook.com 输入验证码领取退款，退订回N。',
      '【xx奶茶】会员日，请加客服微信 nc8899 把收到的验证码发给客服领取第二杯半价券。',
      '尊敬的会员，登录 www.xxhotel.com 输入银行卡号和验证码即可领取周末房8折券，退订回TD。',
      '【xx健身】您的年卡涉嫌违规已被冻结，访问 m.xxgym.cn 输入手机号和验证码领取退款。',
      '【xx鞋城】周年庆，进入 xxshoes-vip.top 填写银行卡号、密码和验证码领取满300减50券。',
      '尊敬的用户，进入 https://vip.xxmusic.cn 下载APP开启屏幕共享，输入验证码领取一个月会员。',
      '【淘宝】您购买的商品有质量问题，点击 tb-tk.top 输入验证码领取双倍赔偿。',
      '【顺丰】您的快递丢失，理赔款待领取，点击 dwz.cn/8Hk2a 输入验证码。',
      '尊敬的客户，您的积分可兑换现金，登录 jifen-xx.top 输入卡号和验证码领取。',
      '【xx银行】您的账户存在异常，请进入 m.xxbank-safe.cn 输入验证码领取解冻补偿金。',
    ]),
  ]);
});
