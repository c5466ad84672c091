/**
 * Session 9, cs11, kind 2: a short SMS that tells a refund kill-chain story and hands you a line to call — a rented
 * 400/800 line, a number shown masked, or "回电/回个电话/接个电话" with no number at all (the sender's own) — or
 * announces the call. A fresh writer who never read the rules (writer7, gen-w7-scam-sms-zh) wrote 34 customer-service
 * SMS that read safe; most were this shape, and the stories themselves were missed when said straight to the reader
 * ("您的快件异常", "您在我们店买的衣服有问题", "您的网购订单出现问题", "您的账户被设为商家"). Each positive below read safe
 * 0–30 at 1665ee9 with the rules; our own sentences. Composites: refund-story-plus-call-line (contact.call-line + a
 * refund story) and story-plus-callback (contact.promised-callback + a story), `suspicious` only.
 * Hard negatives: a platform's or a school's refund on its way with its own line "for questions", a courier's delay
 * with the courier's number, a recall that sends you to the app's order page, an order delivered.
 */
import { describe, it } from 'vitest';
import { createEngine } from '../../../src/index.ts';
import { runCase, sms, type FaultCase } from './helpers.ts';

const rulesOnly = { engine: createEngine({ model: false }) };

const POSITIVES: FaultCase[] = [
  { name: 'goods withdrawn, call a 400 line for the refund', expect: 'suspicious', tactics: ['contact.call-line'],
    input: sms('您购买的商品已下架，退款请回电 400-660-1234。') },
  { name: 'refund failed, call a 400 line', expect: 'suspicious', tactics: ['contact.call-line'], input: sms('退款失败，回电4008-226-019') },
  { name: 'quality problem, a masked number to ask', expect: 'suspicious', tactics: ['contact.call-line', 'contact.unsolicited-problem'],
    input: sms('【淘宝】您的订单商品存在质量问题，可申请退款，详询0571-2688****。') },
  { name: 'refund stuck in a wallet, a 400 line to open it', expect: 'suspicious',
    input: sms('【唯品会】您的退货款668.21元已打入您的“唯品金融”账户，因您未开通提现功能，请联系400-545-1699开通后提现。') },
  { name: 'parcel problem, an agent will call', expect: 'suspicious', tactics: ['contact.unsolicited-problem'],
    input: sms('您的快件异常，稍后客服联系您，请保持电话畅通。') },
  { name: 'shop: your clothes have a problem, call back', expect: 'suspicious', input: sms('亲，您在我们店买的衣服有问题，请回个电话。') },
  { name: 'online order problem, the call announced', expect: 'suspicious', input: sms('您的网购订单出现问题，客服将于30分钟内来电，请注意接听。') },
  { name: 'made a seller unasked, monthly charge, call back', expect: 'suspicious', tactics: ['pretext.mistaken-enrolment'],
    input: sms('您的淘宝账户被设为商家，每月扣费，速回电处理。') },
  { name: 'credit line turned into a merchant line, take a call', expect: 'suspicious',
    input: sms('您好，您的花呗额度已调整为商户额度，费率会很高，您方便接个电话吗，我给您处理一下。') },
];

const NEGATIVES: FaultCase[] = [
  { name: 'school refund on its way, a line for questions', expect: 'safe',
    input: sms('【新东方】您报名的冬令营因故取消，学费将全额原路退还，如有疑问请拨打400-618-0099。') },
  { name: 'JD refund with its published line', expect: 'safe', input: sms('【京东】您的退款已原路退回，如有疑问请致电客服950618。') },
  { name: 'recall sent to the app order page', expect: 'safe',
    input: sms('【天猫】您购买的暖风机存在安全隐患，厂家启动召回，请在天猫APP订单页申请免费退货退款，运费由商家承担。') },
  { name: 'recall, refund after the return, in the app', expect: 'safe',
    input: sms('【京东】您购买的婴儿奶粉批次已被召回，请停止食用，退款将在您提交退货后原路退回，可在京东APP“我的订单”中办理。') },
  { name: 'order delivered, problems on the order page', expect: 'safe', input: sms('【饿了么】您的订单已送达，如有问题可在订单页联系商家或平台客服。') },
  { name: 'refund made by itself', expect: 'safe',
    input: sms('【拼多多】您的订单因物流异常，平台已自动为您办理退款，退款金额已原路退回，无需任何操作。') },
  { name: 'parcel delayed, the courier will call', expect: 'safe', input: sms('【中通快递】您的快件派送异常，快递员会再次联系您，请保持电话畅通。') },
  { name: 'the citizen asks about her own parcel', expect: 'safe', input: sms('我的快递好像出了问题，一直没更新，你帮我问问') },
];

describe('cs11 kind 2: a refund story plus a line to call or a promised call, in a short SMS', () => {
  for (const c of [...POSITIVES, ...NEGATIVES]) it(c.name, () => { runCase({ ...c, options: rulesOnly }); });
  for (const c of [...POSITIVES, ...NEGATIVES]) it(`${c.name} (with the model)`, () => { runCase({ ...c, expect: c.expect === 'safe' ? 'safe' : 'not-safe' }); });
});
