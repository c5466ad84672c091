/**
 * An act word inside a noun or a status word is no act (grammar `nouns`, src/match/grammar.ts):
 * "付款" in 赔付款 / 待付款 / 货到付款, "转账" in 转账记录. sms-fp found it: a courier's payout notice
 * ("赔付款150元将打到您的京东账户余额") read `scam` 85, and so did two of our second author's
 * legitimate in-app claim chats. The real request next to such a noun is still read.
 */
import { describe, it } from 'vitest';
import { runCase, type FaultCase } from './helpers.ts';

const sms = (text: string) => ({ channel: 'sms' as const, text });

const cases: FaultCase[] = [
  // Legitimate: the act word is part of a noun or a state.
  { name: 'a courier payout notice', expect: 'safe', input: sms('【京东物流】赔付款150元将打到您的京东账户余额，请注意查收') },
  { name: 'a claim approved, the payout to the app balance', expect: 'safe', input: sms('【顺丰速运】您的理赔申请已通过，理赔款300元将在1个工作日内打到您的顺丰钱包') },
  { name: 'an unpaid order reminder inside the app', expect: 'safe', input: sms('【淘宝】您有一笔待付款订单，请在淘宝APP“我的订单”中查看') },
  { name: 'cash on delivery', expect: 'safe', input: sms('【中通快递】您的包裹为货到付款，派送员今天下午送达，请保持电话畅通') },
  { name: 'a payment receipt', expect: 'safe', input: sms('【美团】付款成功，实付款36.5元，订单已送达，感谢您的支持') },
  { name: 'a transfer record in the bank app', expect: 'safe', input: sms('【招商银行】您可在手机银行“转账记录”中查看本月交易明细') },
  { name: 'a down payment mentioned in a house listing', expect: 'safe', input: sms('【链家】您关注的房源首付款约45万，欢迎到门店咨询，回T退订') },
  { name: 'a chat the customer opened: the payout goes to the app', expect: 'at-most-suspicious', input: { channel: 'chat', turns: [
    { speaker: 'user', text: '你们的快递把我的东西弄坏了，怎么赔？' },
    { speaker: 'caller', text: '您好，请在APP的“我的-理赔”里提交申请，我们审核后赔付款会打到您的原支付账户。' },
  ] } },
  // Scams: the real request next to the noun is read.
  { name: 'a payout that needs a fee first', expect: 'scam', input: sms('您的赔付款需要您先付款98元手续费才能到账，请尽快处理') },
  { name: 'the payout, then a transfer to their account', expect: 'scam', input: sms('您的理赔款会打到您的银行卡，请先转账500元保证金到指定账户') },
  { name: 'a withdrawal that needs a payment (the listener between modal and verb)', expect: 'not-safe', input: sms('你好，我是游戏客服。你的账号有一笔转账记录，需要你支付500元才能提现') },
  { name: 'a bare request to pay', expect: 'not-safe', input: sms('请先付款500元，以便我们把退款返给您') },
  { name: 'an unpaid order as the story, a transfer as the request', expect: 'not-safe', input: sms('您有待付款订单异常，需要您把钱转到我们的核对账户才能取消') },
];

describe('an act word inside a noun is no act; the request beside it still is', () => {
  it.each(cases)('$name', (c) => { runCase(c); });
});
