/**
 * sms17 kind C (session 17, issue 8 §4: real normal SMS flagged): a cash-on-delivery parcel paid to the courier at the door
 * by scanning the courier's own payment code ("【中通快递】您的快件需要签收时支付到付运费xx元，请准备好零钱或扫快递员的收款码
 * 付款") read as a code sent to pay (extract.scan-to-pay: suspicious 40). fp11 had already made a code at the place where the
 * payer stands no ask (门口, 柜台, 收银台, 现场, 当面…: the payer sees who is paid); the courier holding out the code when the
 * reader signs is the same. Now extract.scan-to-pay's unless += 签收时, 快递员的收款码 / 派件员的 / 送货员的 / 配送员的 /
 * 快递小哥的收款码, 准备好零钱. Not a bare 到付: "您有一件到付快件…请扫描我发给您的二维码提前支付" is a code sent by message.
 * Before -> after (with the model): 10 of the 16 siblings here suspicious 40 -> safe 0 (6 read 0 before); own corpus
 * s17l-0104 and fp10-ls-0230 40 -> 0. Twins: a courier's fee, a customs duty, a re-delivery, a fine or a 'COD' fee paid on a
 * code sent by message or by the courier's WeChat: unchanged (40-100). With the model and without.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const safe = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} safe: ${t}`, input: sms(t), expect: 'safe' }));
const caught = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} flagged: ${t}`, input: sms(t), expect: 'not-safe' }));

describe('sms17 kind C: cash on delivery, the courier\'s own code at the door', () => {
  runWithAndWithoutModel([
    ...safe('at the door', [
      '【中通快递】您的快件需要签收时支付到付运费xx元，请准备好零钱或扫快递员的收款码付款。',
      '【韵达】您有一件到付快件，运费15元，签收时可现金或扫描快递员的收款码支付。',
      '【申通】您的到付件今天派送，运费xx元，请准备好零钱或微信扫码付款。',
      '【圆通】到付件运费23元，签收时请扫快递员收款码支付，谢谢配合。',
      '【EMS】您的邮件为到付，资费18元，派件员上门时可扫派件员的收款码付款。',
      '【京东物流】您的货到付款订单今日送达，签收时请扫描配送员的收款码支付货款。',
      '【德邦】大件到付，运费xxx元，送货员上门时请扫送货员的收款码支付。',
      '【极兔速递】您的快件运费到付12元，签收时扫码支付即可。',
      '尊敬的客户，您的到付快递已到PLACE网点，取件时可扫描柜台二维码支付运费DIGIT元。',
      '【顺丰】您的快件为到付，运费xx元，快递小哥上门时扫快递小哥的收款码即可。',
      '【中通快递】您的到付件运费12元，签收时请扫描快递员的收款码付款。',
      '【韵达】货到付款订单，签收时可扫码支付货款，快递员会当场确认。',
      '【百世快递】到付运费xx元，请扫派件员的收款码支付后签收。',
      '【邮政】您的包裹需签收时支付到付资费，可扫描投递员出示的二维码付款。',
      '【丹鸟】您的到付件今天送达，签收时扫配送员的收款码支付运费即可。',
      '【闪送】您的订单需到付配送费xx元，送达时请扫配送员的收款码付款。',
    ]),
    ...caught('a code sent by message', [
      '【中通快递】您的快件运费不足需补交xx元，请扫描下方二维码付款后才能派送。',
      '【韵达】您有一件到付快件，运费15元，请扫描我发给您的二维码提前支付，否则退回。',
      '【申通】您的包裹因地址错误被扣留，需扫码支付20元改址费。',
      '【圆通】您的快件丢失，理赔前需扫描下方二维码支付10元保价费。',
      '【EMS】您的邮件涉及违禁品被海关扣押，请扫描二维码缴纳罚款3000元。',
      '【京东物流】您的订单需补缴关税，请扫这个二维码支付280元。',
      '【德邦】您的大件需要加收超重费，请扫描短信里的二维码支付xxx元后签收。',
      '【极兔速递】您的快件被退回，重新派送需扫描二维码支付12元。',
      '尊敬的客户，您的到付快递运费DIGIT元，请扫描下方二维码付款，付款后截图发客服。',
      '【顺丰】您的快件需补交运费xx元，请加快递员微信扫他的收款码转账。',
    ]),
  ]);
});
