/**
 * Session 10 (fp10): legitimate SMS that opened the one-message gate (src/playbook/single-message.ts), measured at the
 * decision itself (scripts/gate-margin.ts), one kind per block; each with siblings of our own writing, the hard negatives
 * that must not read `scam` and the scams of the same register that must stay caught.
 */
import { describe, it } from 'vitest';
import { runCase, sms, type FaultCase } from './helpers.ts';

const run = (cases: FaultCase[]) => { for (const c of cases) it(c.name, () => { runCase(c); }); };

describe('kind 1: a code scanned to pay a price is money asked, not a fee before a payout (extract.scan-to-pay)', () => {
  // Until session 10 extract.upfront-fee (standalone) read any "扫…码…付款": with extract.transfer beside it, 85 and `scam`.
  run([
    { name: 'a fruit shop\'s pre-order', input: sms('年货节特惠！车厘子2斤装仅需99元，扫描二维码付款即可预订，送货上门，退订回T'), expect: 'at-most-suspicious', tactics: ['extract.scan-to-pay'] },
    { name: 'a member\'s discount paid at the shop', input: sms('【某某水果】会员专享：扫描店内二维码支付满50减10，活动仅限本周。'), expect: 'at-most-suspicious' },
    { name: 'an unpaid order', input: sms('尊敬的顾客，您的订单尚未付款，请扫描收款码完成支付，超时订单将自动取消。'), expect: 'at-most-suspicious' },
    { name: 'a neighbourhood group-buy', input: sms('【某某小区】本月团购大米已到，请扫描团长的收款码付款后到南门自提。'), expect: 'at-most-suspicious' },
    { name: 'cash on delivery', input: sms('您好，您的快递到付运费18元，请扫描快递员的收款码付款后签收。'), expect: 'at-most-suspicious' },
    { name: 'a car park\'s exit', input: sms('【某某停车场】您的车辆已出场，停车费15元，请扫描出口二维码支付。'), expect: 'at-most-suspicious' },
    { name: 'a driving school\'s balance at its finance office', input: sms('【某某驾校】学员您好，您的学车费用尾款2000元请于本周内到驾校财务室缴纳，可刷卡或扫描财务室的官方收款码，缴费后开具收据。'), expect: 'at-most-suspicious' },
    { name: 'a clinic\'s deposit at its front desk', input: sms('【口腔诊所】您好，您的种植牙手术预约在12月10日，需预付定金1000元锁定档期，可到前台支付或扫描诊所前台的收款码，术前一周内取消可全额退。'), expect: 'at-most-suspicious' },
    { name: 'an installer\'s materials', input: sms('【某某家电】尊敬的顾客，您购买的空调安装已预约在周六上午，安装师傅会带工牌上门，辅材费用按标准价目表收取，请当面扫描师傅工牌上的公司收款码付款。'), expect: 'at-most-suspicious' },
    { name: 'a restaurant\'s set-menu deposit', input: sms('您好，您预订的年夜饭套餐需支付定金200元，可扫描二维码付款，到店消费时抵扣。'), expect: 'at-most-suspicious' },
    { name: 'a school uniform fee', input: sms('家长您好，本学期校服费320元，请扫描班级群里的收款码缴纳，截止周五。'), expect: 'at-most-suspicious' },
    // The scams of the register: the code pays a fee before a prize or a trade, or comes with a story no sender tells.
    { name: 'a prize\'s insurance fee by code', input: sms('【某某珠宝】恭喜您成为本店幸运顾客，获得价值5888元金饰一套，需支付199元邮费及保价费，请扫描下方二维码付款领取。'), expect: 'scam' },
    { name: 'a trade\'s deposit by code', input: sms('为了保障交易安全，你扫一下这个二维码付1200元保险费用，交易完成后退还'), expect: 'scam' },
    { name: 'a frozen account unfrozen by code', input: sms('您的支付宝账户涉嫌洗钱已被冻结，请扫描下方二维码支付3000元保证金解冻。'), expect: 'scam' },
    { name: 'a fake police fine by code', input: sms('我是公安局的，你涉嫌一起诈骗案，扫这个码缴纳5000元保证金就不立案，不要告诉家人。'), expect: 'scam' },
    { name: 'a fake teacher asks by code: a warning', input: sms('你好，我是你孩子的老师，这学期的资料费要交，请扫描下方二维码支付680元。'), expect: 'not-safe' },
  ]);
});
