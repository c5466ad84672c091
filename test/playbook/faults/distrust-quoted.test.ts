/**
 * Session 13 (sms13 kind 1): a sender's caution that names the scam's own words in quotes after a verb of
 * distrust ("不要相信陌生人“包装资质”“刷流水”", "别信所谓的“内部渠道”") read those quoted words as said to the
 * reader: a bank's own loan advert ending in that caution read pretext.credit-too-low + extract.transfer,
 * `scam` 85 (the tenth author's w10tl-0268). 不要相信/别信/勿信/不要听信 outside the quotes make the quotes the
 * warning's examples, as 骗子/谨防 already did; outside quotes nothing changes ("不要相信别人，把验证码发我" still
 * asks). Every line is our own writing.
 */
import { describe } from 'vitest';
import { sms, runWithAndWithoutModel as run } from './helpers.ts';


describe('kind: a caution quoting the scam\'s words after a distrust verb (siblings of our own)', () => {
  run([
    { name: 'a bank\'s loan advert, own card', input: sms('【某某银行】工薪贷上线，最高20万，手机银行APP申请，放款到本人卡。不要相信陌生人“包装资质”“刷流水”。'), expect: 'safe' },
    { name: 'a lender warns of paid credit repair', input: sms('【某某消费金融】借款只在官方APP办理，不要相信“征信修复”“刷流水提额”等说法。退订回T'), expect: 'at-most-suspicious' },
    // (Rules only: pretext.credit-too-low's cue starts on 借款 outside the quotes and ends on 刷流水 inside; read at its last
    // word, the scam's own quoted app name — 下载“zoom” in a fake officer's script with 警方 — went too: 39 dev scams lost.)
    { name: 'a bank warns of a guarantee fee', input: sms('【某某银行】贷款审批不收任何费用，请勿相信“先交保证金再放款”的说法。'), expect: 'safe' },
    { name: 'a carrier warns of refund calls', input: sms('【某某快递】我司理赔只在官方APP申请，别信来电所谓的“双倍理赔”“加群退款”。'), expect: 'safe' },
    { name: 'a school warns parents', input: sms('各位家长：学校从未委托任何机构收费，不要听信“缴纳资料费”“转账到老师个人账户”之类的消息。'), expect: 'safe' },
    { name: 'a platform warns of safe accounts', input: sms('【某某支付】勿信“转到安全账户”“验证资金”等说辞，我们不会这样要求您。'), expect: 'safe' },
    { name: 'a daughter to her mother', input: sms('妈，别信那些“中奖要先交税”“刷单返现”的电话，直接挂。'), expect: 'safe' },
    { name: 'a community notice', input: sms('社区提醒：不要相信“免费领鸡蛋”“扫码领礼品”，都是套路。'), expect: 'safe' },
    { name: 'a credit union advert', input: sms('【某某信用社】助农贷，利率优惠，到网点办理。不要相信中介“包装流水”“代办下款”。'), expect: 'safe' },
    { name: 'a game company to players', input: sms('【某某游戏】不要相信“低价代充”“账号解封”等私聊信息，充值请认准官方渠道。'), expect: 'safe' },
    // The scams of the kind: a distrust verb that is the scammer's own, with the ask outside the quotes.
    { name: 'distrust of others, then the code', input: sms('不要相信别人，我是真的客服，把验证码发我就给您退款。'), expect: 'scam' },
    { name: 'distrust of the bank, then the safe account', input: sms('别信银行的话，您的账户涉嫌洗钱，马上把钱转到我给您的安全账户：6222021234567890123。'), expect: 'not-safe' },
    { name: 'quotes as the scammer\'s own button', input: sms('【京东客服】您的订单异常，点击“一键退款”填写银行卡号和密码即可到账。'), expect: 'not-safe' },
  ]);
});
