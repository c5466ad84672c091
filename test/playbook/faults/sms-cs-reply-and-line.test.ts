/**
 * A refund or claim that waits on the reader, and the move it asks for (issue 8 §4, sms-cs brief's
 * kinds: "refunds to be confirmed", "回复1/回复数字 moves", "a callback number that is not the
 * platform's"; every input our own writing):
 *  - a refund, claim or compensation said to wait on you (退款待确认, 理赔金额…待领取): `pretext.refund-offer`;
 *  - a reply code to accept it (同意退款请回复1, 回复Y确认领取): `shift.reply-code`;
 *  - a mobile or landline of theirs to call for it (请拨打理赔热线 170…): `shift.claims-line`.
 * Hard negatives: a shop's rating request, a carrier's own plan by reply, an opt-out, a courier's or a
 * platform's published number (95xxx, 400), the courier's own mobile, a refund pending in the app.
 */
import { describe, it } from 'vitest';
import { runCase, type FaultCase, sms } from './helpers.ts';


const REPLY: FaultCase[] = [
  { name: 'refund to confirm, reply 1', expect: 'not-safe', tactics: ['pretext.refund-offer', 'shift.reply-code'],
    input: sms('【淘宝】您的订单退款待确认，同意退款请回复1，我们将安排专员联系您。') },
  { name: 'double compensation, reply 1 to apply', expect: 'not-safe', tactics: ['shift.reply-code'],
    input: sms('您购买的商品存在质量问题，可申请双倍赔付，需要办理请回复1。') },
  { name: 'claim waiting, reply Y', expect: 'not-safe', tactics: ['shift.reply-code'],
    input: sms('您的快递丢失，理赔金额198元待领取，回复Y确认领取。') },
  { name: 'a charge to cancel, reply 2', expect: 'not-safe', tactics: ['shift.reply-code'],
    input: sms('您开通的会员即将自动扣费，如需取消请回复2，客服会与您联系。') },
  { name: 'refund amount checked, reply a digit for the payout', expect: 'not-safe',
    input: sms('您的退款金额已核实为89元，退款待确认，请回复数字1选择到账方式。') },
  { name: 'recall compensation, reply yes', expect: 'not-safe',
    input: sms('您购买的奶粉被召回，可获得三倍赔偿，同意请回复是。') },
  { name: 'a parcel stopped, claim by reply', expect: 'not-safe',
    input: sms('您的包裹因故停运，运费险理赔待领取，回复1领取。') },
  { name: 'full-width digit after 回复', expect: 'not-safe',
    input: sms('您的订单有一笔退款待处理，同意退款请回复１。') },
  { name: 'quoted digit', expect: 'not-safe',
    input: sms('您购买的商品有质量问题，理赔款待领取，回复“1”即可领取赔付款。') },
  { name: 'a digit between hearts', expect: 'not-safe',
    input: sms('您有一笔理赔款待领取❤回复1❤领取。') },
  { name: 'hard negative: a shop asks for a rating', expect: 'safe', input: sms('【京东】您的退款已到账，满意请回复1，不满意请回复2。') },
  { name: 'hard negative: a carrier plan by reply', expect: 'safe', input: sms('【中国移动】回复1确认办理10元流量包。') },
  { name: 'hard negative: an opt-out', expect: 'safe', input: sms('【唯品会】双十一退款极速到账，更多优惠请打开APP，回复TD退订。') },
  { name: 'hard negative: a delivery confirmation', expect: 'safe', input: sms('【顺丰】您的快件已签收，如有问题回复1联系快递员确认收货。') },
  { name: 'hard negative: a refund pending in the app', expect: 'safe', input: sms('【淘宝】您的退款申请待商家确认，请在淘宝APP查看进度。') },
  { name: 'hard negative: the user tells what they did', expect: 'safe', input: { channel: 'chat', turns: [{ speaker: 'user', text: '我回复1了，对方说退款马上到，这正常吗？' }] } },
];

const LINE: FaultCase[] = [
  { name: 'refund to confirm, call their landline', expect: 'not-safe', tactics: ['pretext.refund-offer', 'shift.claims-line'],
    input: sms('您有一笔退款待确认，请致电客服 0571-86651234 办理。') },
  { name: 'lost parcel, call a mobile "claims line"', expect: 'not-safe', tactics: ['shift.claims-line'],
    input: sms('您的包裹已丢失，请拨打理赔热线 17012345678 领取赔偿。') },
  { name: 'claim waiting, contact an officer\'s mobile', expect: 'not-safe', tactics: ['shift.claims-line'],
    input: sms('您有一笔理赔款待领取，请在24小时内联系专员 13812345678。') },
  { name: 'quality problem, call after-sales on a mobile', expect: 'not-safe',
    input: sms('您购买的面膜有质量问题，退款请打电话给我们的售后专员：13900001111。') },
  { name: 'compensation, claims line on a landline', expect: 'not-safe',
    input: sms('您的快件破损，可获得赔付，请联系理赔专线 021-55556666 办理。') },
  { name: 'recall, call the number', expect: 'not-safe',
    input: sms('您购买的儿童座椅被召回，退款请拨打 0755-23456789 联系专员。') },
  { name: 'refund failed, call back', expect: 'not-safe',
    input: sms('您的订单退款失败，请尽快致电 18600001234 重新办理。') },
  { name: 'membership charge, call to cancel', expect: 'not-safe',
    input: sms('您误开通的会员下月起每月扣费，如需取消请拨打 17755556666。') },
  { name: 'number spelled in Chinese digits', expect: 'not-safe',
    input: sms('您的快递丢失了，理赔请拨打一七零一二三四五六七八。') },
  { name: 'number after a heart', expect: 'not-safe',
    input: sms('您有一笔退款待领取，请联系客服电话❤13812345678。') },
  { name: 'hard negative: courier 95 number', expect: 'safe', input: sms('【顺丰】您的快件已签收，如有问题请拨打95338。') },
  { name: 'hard negative: damage claim via the 95 number', expect: 'at-most-suspicious', input: sms('【中通快递】您的快件破损已登记理赔，请拨打官方客服95311查询进度。') },
  { name: 'hard negative: official 400 line', expect: 'safe', input: sms('【格力】如有疑问请拨打官方客服热线400-836-5315。') },
  { name: 'hard negative: the courier\'s own mobile', expect: 'safe', input: sms('您的快递今天派送，快递员电话13812345678，请保持畅通。') },
  { name: 'hard negative: a warning about such numbers', expect: 'safe', input: sms('警方提醒：收到“退款待领取，请拨打17012345678”的短信不要回拨，这是诈骗。') },
  { name: 'hard negative: the branch office', expect: 'safe', input: sms('您的快件在网点 0571-86651234，请联系领取。') },
];

describe('SMS: a refund waiting on a reply code (sms-cs)', () => {
  for (const c of REPLY) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('SMS: a refund waiting on a call to their own number (sms-cs)', () => {
  for (const c of LINE) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
