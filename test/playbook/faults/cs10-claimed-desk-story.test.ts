/**
 * Session 8, cs10, kind 1: a stranger's message in which the writer introduces himself as a desk (我是/这里是/
 * 我们是…客服, under any name) and tells a refund kill-chain story with no request yet — a payout pressed on you,
 * a charge about to be taken, a mistaken enrolment, a frozen or stuck refund. Each read safe 10–35 at b05b9ea
 * (dev texts-8 冒充客服 half A showed the kind; the sentences here are our own). Composite
 * claimed-desk-plus-story: at least `suspicious`, never `scam` on the story alone.
 * Hard negatives: a platform's 【签名】 notice, a real agent telling you a refund or a damaged parcel already
 * handled ("不需要您做任何操作"), a complaint followed up, a relative's warning.
 */
import { describe, it } from 'vitest';
import { runCase, sms, type FaultCase } from './helpers.ts';

// The first two read safe 20 at b05b9ea; the rest were already `suspicious` through other composites (guards).
const POSITIVES: FaultCase[] = [
  { name: 'unknown mall desk, the shop gone, the money as compensation', expect: 'suspicious', tactics: ['contact.claimed-desk'],
    input: sms('您好，我们是惠多多商城售后，您的订单商家已跑路，平台将把货款作为补偿金统一退给您，请留意后续通知。') },
  { name: 'mall desk, auto-debit to cancel and compensation', expect: 'suspicious', tactics: ['contact.claimed-desk', 'pretext.payout-offer'],
    input: sms('您好，这里是优选商城客服。您的账户被设置了自动代扣服务，我们将为您取消并把已扣的钱作为补偿金退还给您，请放心。') },
  { name: 'unknown desk, a payout waiting', expect: 'suspicious',
    input: sms('您好，我们是鑫达商城售后中心，您购买的电热毯被检测出线路问题，厂家同意全额退款加补偿，稍后工作人员会联系您。') },
  { name: 'desk, a membership about to charge monthly', expect: 'suspicious',
    input: sms('您好，我是直播平台客服，您开通的贵宾会员体验期已到期，下月起每月扣费600元，不是本人开通请留意我们的来电。') },
  { name: 'desk, mistaken enrolment as an agent', expect: 'suspicious',
    input: sms('您好，我这边是某购物平台售后部，由于系统错误将您登记成了代理商，每月会产生扣费，我们会尽快为您处理。') },
  { name: 'desk, refund frozen', expect: 'suspicious',
    input: sms('您好，这里是星购网客服中心，您的退款因交易异常已被冻结，我们正在为您处理，请保持电话畅通。') },
];

const NEGATIVES: FaultCase[] = [
  { name: 'platform refund notice', expect: 'safe', input: sms('【淘宝】您的退款申请已通过，退款金额89.00元将在1-3个工作日原路退回至您的支付账户，请在淘宝APP“我的订单”中查看。') },
  { name: 'real agent: refund already made, nothing to do', expect: 'safe',
    input: sms('您好，我是外卖平台的客服，关于您反映的漏送问题，我们已经给您全额退款了，钱会原路退回，不需要您做任何操作。') },
  { name: 'real agent: damaged parcel repacked', expect: 'safe',
    input: sms('您好，我是中通快递的客服，您的快件在运输中外箱有些破损，我们已经重新包装，明天照常派送，签收时请先验货。') },
  { name: 'real agent: complaint followed up', expect: 'safe',
    input: sms('您好，我们是美团客服，已经收到您的投诉，商家会在24小时内给您答复，您可以在APP订单详情里查看处理进度。') },
  { name: 'platform renewal notice with its app', expect: 'safe', input: sms('【爱奇艺】您的VIP会员将于12月5日自动续费25元，可在APP“我的-会员”中关闭。') },
  { name: 'relative warning about a fake desk', expect: 'safe',
    input: sms('爸，要是有人说是淘宝客服要给你退款赔偿，别理他，直接挂了，退款都在APP里自己看。') },
];

describe('cs10 kind 1: a claimed desk plus a refund story, in a message', () => {
  for (const c of [...POSITIVES, ...NEGATIVES]) it(c.name, () => { runCase(c); });
});
