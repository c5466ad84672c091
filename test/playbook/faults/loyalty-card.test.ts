/**
 * Session 12 (sms12): a shop's, a supermarket's or a petrol station's LOYALTY card number asked (to top up points,
 * to send a coupon) read extract.card-credentials / extract.reply-credentials (40, suspicious): 卡号 is the bank
 * card's word too. A member, points or fuel card ("会员卡", its homophone "回员卡", "加油卡", "积分卡") is no
 * bank card; a bank card, its password or a gift card's code and PIN still read. Every line is our own writing.
 */
import { describe } from 'vitest';
import { sms, runWithAndWithoutModel as run } from './helpers.ts';


describe('kind: a loyalty card\'s number asked (siblings of our own)', () => {
  run([
    { name: 'a sister topping up points', input: sms('姐，我在超市买了好多东西，你的回员卡号发我一下，积分给你冲上。'), expect: 'safe' },
    { name: 'a son with fuel coupons', input: sms('妈，你那个加油卡号发我一下，单位发的加油券用不完给你充点。'), expect: 'safe' },
    { name: 'a friend at the pharmacy', input: sms('我在药店买药，你的会员卡号发我，积分算你的。'), expect: 'safe' },
    { name: 'a mall\'s survey coupon', input: sms('您好，感谢参与商场会员调查，您获得30元购物券，请回复会员卡号后四位，券将发放到您的会员账户。'), expect: 'safe' },
    { name: 'a supermarket\'s points merge', input: sms('【某某超市】您有两张会员卡，回复会员卡号即可为您合并积分。退订回T'), expect: 'safe' },
    { name: 'a cousin at the petrol station', input: sms('哥，你的油卡号告诉我，我这边加油送的积分帮你充进去。'), expect: 'safe' },
    { name: 'a bakery\'s points card', input: sms('【某某烘焙】请回复您的积分卡号，生日券将发放到卡内。退订回T'), expect: 'safe' },
    { name: 'a colleague pooling points', input: sms('你会员卡号多少？我这单满减了，积分转你那。'), expect: 'safe' },
    { name: 'an aunt at the department store', input: sms('小芳，你那个商场的回员卡号发我下，我买大衣积分给你攒着。'), expect: 'safe' },
    { name: 'a gym\'s card number for a class', input: sms('【某某健身】请回复会员卡号预约周六瑜伽课，名额有限。退订回T'), expect: 'safe' },
    // The scams of the kind: the bank card and its password, a gift card's code.
    { name: 'a bank card and password for a prize', input: sms('恭喜您获得会员大礼包，请回复您的银行卡号和密码领取奖金。'), expect: 'not-safe' },
    { name: 'a fake boss\'s shopping cards', input: sms('我是你领导，帮我买几张购物卡，卡号卡密发我，回头报销。'), expect: 'scam' },
    { name: 'a subsidy to a card by reply', input: sms('您的高龄补贴已审批，请回复银行卡号领取。'), expect: 'not-safe' },
  ]);
});
