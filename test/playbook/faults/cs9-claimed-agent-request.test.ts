/**
 * Session 7, cs9, kind 1: a stranger's message in which the writer says he IS a platform's (or any)
 * customer-service desk and asks you to do anything at all — give information or an order number,
 * complete a payment, renew, transfer, act on a link. Each read safe 0–39 at 2d46155 (dev texts-8
 * 冒充客服 half A showed the kind; the sentences here are our own). Composite claimed-agent-plus-request
 * (contact.impersonation or contact.claimed-desk × contact.agent-request): at least `suspicious`.
 * Hard negatives: a platform's 【签名】 notice sending you to its app, a shop's after-sales via the order
 * page, a clinic's reminder, an agent's reply in a chat the user opened, a warning.
 */
import { describe, it } from 'vitest';
import { runCase, sms, type FaultCase } from './helpers.ts';

const POSITIVES: FaultCase[] = [
  { name: 'Taobao desk, a fee, complete the payment', expect: 'not-safe', tactics: ['contact.agent-request'],
    input: sms('您好，我们是淘宝客服，您申请的88VIP需扣除88元服务费，请您尽快确认并完成支付。') },
  { name: 'Kuaishou desk asks to renew the shop membership', expect: 'not-safe',
    input: sms('尊敬的商家您好，这里是快手平台客服，您的店铺会员即将到期，请及时续费，以免店铺被限流。') },
  { name: 'unknown brand desk asks for some information', expect: 'not-safe', tactics: ['contact.claimed-desk'],
    input: sms('您好，这里是优家商城客服中心，您的订单被系统拦截，需要您提供一些信息以便核实处理。') },
  { name: 'after-sales desk asks for the order number by reply', expect: 'not-safe',
    input: sms('您好！我是抖音商城售后客服，您购买的商品存在问题，请您提供订单号和收货人姓名，我们尽快为您处理。') },
  { name: 'desk, act on a link written as XXX', expect: 'not-safe',
    input: sms('您好，我们是微店平台客服，系统需要为您开通交易权限，请您点击链接进行操作：XXXXXX。') },
  { name: 'desk, move the money out as told', expect: 'not-safe',
    input: sms('我是京东金融客服专员，为了核实您的账户安全，请按照我们的操作要求转出5000元进行验证。') },
  { name: 'desk, complete identity verification', expect: 'not-safe',
    input: sms('您好，我是拼多多客服小王，您的退款因账户异常被退回，请您尽快完成身份验证。') },
  { name: 'desk under an unknown name, terse, add WeChat', expect: 'not-safe',
    input: sms('这里是鑫源电商售后部，退款事宜请添加微信 xy-kf0921 办理。') },
  { name: 'typo\'d desk asks for card info', expect: 'not-safe',
    input: sms('您好 我是美团客服 您的外卖订单异常 麻烦提供下银行卡信息 给您退款') },
];

const NEGATIVES: FaultCase[] = [
  { name: 'platform notice, complete payment in its app', expect: 'safe', input: sms('【京东】您有一笔订单待支付，请于30分钟内在京东APP完成支付，逾期订单将自动取消。') },
  { name: 'platform refund notice', expect: 'safe', input: sms('【淘宝】您的退款申请已通过，退款金额89.00元将在1-3个工作日原路退回至您的支付账户，请在淘宝APP“我的订单”中查看。') },
  { name: 'shop after-sales via the order page', expect: 'safe', input: sms('您好，我们是您购买的羽绒服的店铺客服，您的退换货申请已同意，请在订单页面填写退货单号。') },
  { name: 'clinic reminder', expect: 'safe', input: sms('您好，我是安心口腔的客服，您的洗牙预约在明天上午十点，到诊请带上身份证，如有变动请提前回复。') },
  { name: 'renewal notice that sends you to the app', expect: 'safe', input: sms('【爱奇艺】您的VIP会员将于12月5日自动续费25元，可在APP“我的-会员”中关闭。') },
  { name: 'agent reply in a chat the user opened', expect: 'at-most-suspicious', input: { channel: 'chat', turns: [
    { speaker: 'user', text: '你好，我买的鞋子想退货' },
    { speaker: 'caller', text: '您好，我是店铺客服，请您提供一下订单号，我帮您查询' },
  ] } },
  { name: 'warning quoting the ask', expect: 'safe', input: sms('警方提醒：自称客服让您“完成支付”“续费会员”“提供订单号”的短信，一律不要理会。') },
  { name: 'courier asks to reschedule', expect: 'safe', input: sms('您好，我是顺丰快递员小李，您的快递今天无人签收，请回复方便的派送时间。') },
];

describe('cs9 kind 1: a claimed agent plus any ask, in a message', () => {
  for (const c of [...POSITIVES, ...NEGATIVES]) it(c.name, () => { runCase(c); });
});
