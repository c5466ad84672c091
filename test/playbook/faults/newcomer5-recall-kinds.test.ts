/**
 * Session 5 newcomer's probes, kinds 3 and 4 (customer-service scam SMS the engine read safe):
 *  - word order: "给您退款，请提供验证码" read scam 85 but "退款给您请提供验证码" safe 30. The payout said
 *    object first ("退款给您", "赔偿给你") is the same payout (pretext.payout-offer);
 *  - "which account should we pay you on?" after a payout story nobody asked for ("要赔你钱，你有支付宝吗",
 *    "您是微信还是支付宝", "留一下收款的支付宝账号"): the extraction's first step (extract.payout-account,
 *    the lexicon's act.ask-account × obj.payout-account in a refund sentence).
 * The newcomer's inputs and siblings of our own, positives and hard negatives.
 */
import { describe, it } from 'vitest';
import { runCase, sms, type FaultCase } from './helpers.ts';

const WORD_ORDER: FaultCase[] = [
  { name: 'newcomer: 退款给您请提供验证码', expect: 'scam', tactics: ['pretext.payout-offer'], input: sms('退款给您请提供验证码') },
  { name: 'compensation first, then the code', expect: 'scam', input: sms('赔偿给你，把收到的验证码发我') },
  { name: 'claim money first, then card number', expect: 'scam', input: sms('理赔款打给您 请提供银行卡号') },
  { name: 'refund first, no punctuation, then a screen share', expect: 'not-safe', input: sms('退款给您需要开启屏幕共享我指导您操作') },
  { name: 'the natural order still reads', expect: 'scam', input: sms('给您退款，请提供验证码') },
  { name: 'hard negative: refund already back to you', expect: 'safe', input: sms('【淘宝】退款已原路退回给您，请查收') },
  { name: 'hard negative: the citizen wants a refund', expect: 'safe', input: sms('我想申请退款给我妈买的那件') },
  { name: 'hard negative: a bank code notice', expect: 'safe', input: sms('【工商银行】验证码123456，您正在进行网上支付，请勿泄露给他人') },
];

const PAYOUT_ACCOUNT: FaultCase[] = [
  { name: 'newcomer: lost goods, compensation, do you have Alipay', expect: 'not-safe', tactics: ['extract.payout-account'],
    input: sms('你好，你网购的东西丢了，要赔你钱，你有支付宝吗') },
  { name: 'newcomer: lost in transit, WeChat or Alipay?', expect: 'not-safe', tactics: ['extract.payout-account'],
    input: sms('您好，您网购的商品在物流中丢失，现对您进行理赔，请问您有微信或支付宝吗？') },
  { name: 'newcomer: courier damage, WeChat or Alipay, I add you', expect: 'not-safe',
    input: sms('您好，我是京东物流的，您的快递在运输中出现了破损，我们这边要对您进行赔偿，您看您是微信还是支付宝？我加您一下') },
  { name: 'newcomer: rain-soaked parcel, leave your Alipay account', expect: 'not-safe',
    input: sms('您好～您的快递在派送途中被雨淋湿损坏了，我们这边给您赔偿，您方便留一下收款的支付宝账号吗') },
  { name: 'quality compensation, have you got Alipay', expect: 'not-safe', input: sms('衣服有质量问题，给您补偿五十元，您有没有支付宝') },
  { name: 'call: payout then the account question', expect: 'not-safe', input: { channel: 'call', turns: [
    { speaker: 'caller', text: '您好，您的快递丢了，我们要给您理赔三百元' },
    { speaker: 'user', text: '哦，好的' },
    { speaker: 'caller', text: '理赔款打到哪里，您是微信还是支付宝？' },
  ] } },
  { name: 'hard negative: refund goes back to Alipay', expect: 'safe', input: sms('退款将原路退回您的支付宝，请注意查收') },
  { name: 'hard negative: payment methods listed', expect: 'safe', input: sms('付款方式：微信、支付宝均可，退款原路返回') },
  { name: 'hard negative: friends splitting a bill', expect: 'safe', input: sms('你有支付宝吗？晚上吃饭AA') },
  { name: 'hard negative: a platform saying what it never asks', expect: 'safe', input: sms('平台不会问您有没有支付宝，退款原路退回') },
  { name: 'hard negative: the citizen got the refund', expect: 'safe', input: sms('我的支付宝收到退款了') },
];

describe('newcomer 5, kind 3: a payout said object first is the same payout', () => {
  for (const c of WORD_ORDER) it(c.name, () => { runCase(c); });
});
describe('newcomer 5, kind 4: which account to pay you on, asked inside a payout story', () => {
  for (const c of PAYOUT_ACCOUNT) it(c.name, () => { runCase(c); });
});
