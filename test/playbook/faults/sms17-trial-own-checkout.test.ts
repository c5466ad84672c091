/**
 * sms17 kind F (session 17, issue 8 §4: real normal SMS flagged): a brand's free trial with the postage paid at its OWN
 * checkout ("【xx奶粉】新客试用装0元领，仅需支付运费10元，请在官方小程序下单", "免费领取试吃装，仅需付邮费10元，京东旗舰店
 * 下单") read as the "free, just pay the postage" scam (extract.free-gift-fee, standalone: suspicious 50). A shop's own
 * 0-yuan trial in its app was already out (unless 'app内', '官方app'); its site, its flagship store, its mini-program and its
 * shop on a platform are the same checkout. Now extract.free-gift-fee's `ordinary`: a sentence naming the seller's own
 * checkout as where to order (官网下单, 旗舰店下单, 店铺下单, 小程序下单, 官方商城…) is no fee asked, unless the turn holds
 * a prize (恭喜, 抽中, 幸运, 中奖, 资格), a fee beyond the postage (保险费, 手续费, 税, 押金) or the postage paid off that
 * checkout (a scan, a QR or payment code, a transfer, an account, a WeChat or QQ, 客服, a link, a card, a code, a password).
 * Before -> after (with the model): 14 siblings here suspicious 50 -> safe 0. Left: sms17's corpus line with its domain
 * between 官网 and 下单 ("官网 www.xxmask.cn 下单", scam 80 via extract.bill-link). Twins: the same trials with a prize, a
 * fee beyond the postage, a scan, a transfer to a personal account, a QQ, a link or a card: unchanged (50-100).
 * Noticed, not fixed (recall): free-gift twins paid to a shop owner's personal account, a QQ or by scanning read safe 0-25
 * at main already (see the report). With the model and without.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const safe = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} safe: ${t}`, input: sms(t), expect: 'safe' }));
const caught = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} flagged: ${t}`, input: sms(t), expect: 'not-safe' }));

describe('sms17 kind F: a free trial with its postage paid at the seller\'s own checkout', () => {
  runWithAndWithoutModel([
    ...safe('own checkout', [
      '【xx奶粉】新客试用装0元领，仅需支付运费10元，请在官方小程序下单，退订回T。',
      '亲爱的会员，NAME护手霜免费送小样，只需付DIGIT元邮费，在官方商城下单即可，回TD退订。',
      '【xx酵素】免费领取7天体验装，仅需付邮费12元，京东旗舰店下单，退订回N。',
      '【xx袜业】新品试穿，免费送一双，只需支付邮费5元，抖音店铺下单即可。',
      '【xx燕窝】新客0元领试吃装，仅需支付运费12元，请在官方小程序下单，回T退订。',
      '【xx精华】免费送小样三件套，只需付8元邮费，在官方商城下单即可。',
      '【xx蜂蜜】免费领取试吃装，仅需付邮费10元，京东旗舰店下单，退订回N。',
      '【xx鞋垫】新品免费送一双，只需支付邮费4元，淘宝店铺下单即可，回TD退订。',
      '【xx米粉】宝宝辅食0元领试吃装，仅需支付运费6元，天猫旗舰店下单。',
      '亲爱的会员，NAME洗发水免费送旅行装，只需付DIGIT元邮费，在官方小程序下单即可。',
      '【xx牙刷】免费领取刷头一支，仅需付邮费3元，官方店铺下单，退订回T。',
      '【xx坚果】新品免费送试吃装，只需支付邮费9元，抖音店铺下单即可。',
      '【xx眼霜】免费送小样，只需付5元邮费，官网下单即可，回T退订。',
      '【xx猫砂】新客免费领取一包，仅需付邮费11元，拼多多店铺下单，退订回N。',
    ]),
    ...caught('prize, fee or postage off the checkout', [
      '【xx面膜】恭喜您被抽中免费领取5片装试用装，仅需支付邮费8元，官网下单后添加客服微信确认。',
      '【xx茶叶】免费领取试饮装，只付邮费6元，请扫描下方二维码付款，在天猫旗舰店下单无效。',
      '【xx洗衣液】您是本月幸运用户，免费领取洗衣液一箱，只需支付运费5元，进入官方小程序下单。',
      'xx牙膏免费试用，邮费xx元，请点击链接填写银行卡号和验证码支付，京东店铺下单即可。',
      '【xx咖啡】恭喜中奖，免费送咖啡机一台，只需付邮费和保险费199元，淘宝店铺下单。',
      '【xx奶粉】试用装0元领，仅需支付运费10元，请加客服QQ 556677 付款后在官方小程序下单。',
      '【xx袜业】免费送一双，只需支付邮费5元，请把银行卡号发给我们扣款，抖音店铺下单即可。',
      '【xx护肤】您是幸运用户，0元领取正装一套，只需付邮费15元，官方商城下单。',
      '【xx按摩仪】免费送按摩仪，只需支付运费39元，请点击链接付款，官方店铺下单。',
      '【xx保健品】免费领取体验装，只需支付邮费和税费68元，京东旗舰店下单。',
      '【xx面霜】免费领取小样，只付邮费8元，请用银行卡号和验证码支付，商城下单。',
    ]),
  ]);
});
