/**
 * newcomer15 kind 9: the double charge and its refund in other words — "你好你的网购订单因为系统故障重复扣了款我们要给你退回去你
 * 现在打开手机银行我教你操作一下" (suspicious 69: '重复扣了款' and '给你退回去' were no story, so the one message had no pair).
 * pretext.quality-refund's problem words hold the double charge however said (重复扣了, 扣重了, 多扣了, 扣了两遍, 重复收费,
 * 重复支付, 系统故障) and its payout words the refund said to 你 (给你退, 给您退回). A bank's or a platform's own notice that the
 * money went back stays safe (done-notice). Our own writing (the input is the newcomer's probe).
 */
import { describe } from 'vitest';
import { sms, chat, callerCall, runWithAndWithoutModel as run } from './helpers.ts';

describe('kind 9: the double charge said in other words (input and siblings)', () => {
  run([
    { name: 'input: charged twice, the mobile bank, guided', input: sms('你好你的网购订单因为系统故障重复扣了款我们要给你退回去你现在打开手机银行我教你操作一下'), expect: 'scam', tactics: ['pretext.quality-refund'] },
    { name: 'charged twice, a meeting app', input: sms('您好，您昨天的订单扣重了，我们给您退款，请下载腾讯会议我指导您。'), expect: 'scam' },
    { name: 'overcharged, the code', input: chat('亲，您的会员费多扣了三百，我们给您退回，您把收到的验证码告诉我。'), expect: 'scam' },
    { name: 'charged two times, a call', input: callerCall('您好我是美团客服', '您上周的外卖订单扣了您两次，我们给您退回，您打开支付宝我教您操作'), expect: 'scam' },
    { name: 'double payment, the card', input: chat('您的订单重复支付了，给你退回去，你银行卡号发我一下。'), expect: 'scam' },
    { name: 'system fault, a link', input: sms('系统故障导致您的订单重复收费，给您退款请点 http://refund-mt.top 填写信息。'), expect: 'not-safe', tactics: ['pretext.quality-refund'] },
    { name: 'charged twice, elderly', input: chat('阿姨，您买的药扣了两遍钱，我们给您退，您手机上有个借呗打开看看。'), expect: 'not-safe', tactics: ['pretext.quality-refund'] },
    { name: 'repeat fee, screen', input: chat('您的宽带重复扣费了，给您退回，需要您开一下屏幕共享。'), expect: 'scam' },
    { name: 'unpunctuated, the private WeChat', input: chat('你的快递费扣重了要给你退你加一下我微信'), expect: 'not-safe', tactics: ['pretext.quality-refund'] },
    { name: 'repeat payment, spoken', input: chat('那个订单你付了两次钱，重复付款了，我们给你退，你把收款码截图发我。'), expect: 'scam' },
  ]);
});

describe('kind 9: hard negatives, double charges in real notices and talk', () => {
  run([
    { name: 'a bank notice', input: sms('【招商银行】系统故障导致部分客户重复扣费，款项将于3个工作日内原路退回，无需任何操作。'), expect: 'safe' },
    { name: 'a platform refund done', input: sms('【美团】您的订单因系统故障重复支付，多付款项已原路退回，请注意查收。'), expect: 'safe' },
    { name: 'a utility', input: sms('【国家电网】您的电费多扣了，将在下月账单中抵扣，详情请登录网上国网APP查看。'), expect: 'safe' },
    { name: 'a friend', input: chat('上次AA我多扣了你五十，晚上微信给你退回去。'), expect: 'safe' },
    { name: 'the user asks', input: chat('我的订单重复扣了款，怎么申请退回？'), expect: 'safe' },
    { name: 'a shop in its own app', input: chat('亲，系统显示您重复支付了一笔，已为您申请退款，1-3个工作日原路退回，不需要您做任何操作哦。'), expect: 'at-most-suspicious' },
    { name: 'a gym', input: chat('会员卡扣重了是我们的问题，明天前台给你退现金。'), expect: 'at-most-suspicious' },
    { name: 'police advice', input: sms('警方提醒：自称客服说您重复扣了款要给您退回、让您打开手机银行的，都是诈骗。'), expect: 'safe' },
    { name: 'a canteen', input: chat('食堂刷卡机系统故障，今天扣了两遍的同学找财务退。'), expect: 'at-most-suspicious' },
    { name: 'a husband', input: chat('老婆，水费扣重了，我打电话问了，下个月自动抵扣。'), expect: 'safe' },
  ]);
});
