/**
 * Session 9, cs11, kind 1: a stranger's message that tells a refund kill-chain story (a charge to come, a
 * problem found on your account or parcel, a payout, a stuck refund) AND asks you to hand over your details or
 * to complete a step, without saying it is a desk (the LLM-written notice: "尊敬的用户…平台的后台操作出现了问题，
 * 您的账户将被扣除500元的会员费…请您提供您的账户信息"). The first two read safe 30 and 15 at dc95893 with the rules,
 * the last two were already `suspicious` by other composites (guards); dev texts-8 冒充客服 half A showed the kind, the
 * sentences are our own. Composite story-plus-request
 * (contact.details-request + a refund story): `suspicious`, never `scam` on the story and an ordinary ask.
 * Hard negatives: receipts of a refund or a payout already made ("已退回您的支付账户", "转入理赔款"), a platform's
 * notice that sends you to its own app's menu, the citizen's own report of someone's ask.
 */
import { describe, it } from 'vitest';
import { createEngine } from '../../../src/index.ts';
import { runCase, sms, type FaultCase } from './helpers.ts';

const rulesOnly = { engine: createEngine({ model: false }) };

const POSITIVES: FaultCase[] = [
  { name: 'a charge to come, provide your account', expect: 'suspicious', tactics: ['contact.details-request'],
    input: sms('尊敬的用户，您好！很抱歉地通知您，优品汇平台的后台操作出现了问题，您的账户将被扣除600元的会员费。请您提供您的账户信息，以便我们进行处理。') },
  { name: 'a refund stuck, complete the steps', expect: 'suspicious',
    input: sms('您好，您的退款因系统原因未能到账，请您按提示完成相关操作，以便款项顺利退回。') },
  { name: 'a problem found on the account, give your card number', expect: 'suspicious',
    input: sms('尊敬的客户，我们注意到您的账户出现了异常扣费问题，为了给您处理，请您提供一下银行卡号和开户行。') },
  { name: 'a parcel lost, reply with your details', expect: 'suspicious',
    input: sms('您好，您的快递在运输途中丢失，我们将为您理赔，请回复您的姓名和身份证号以便登记。') },
];

const NEGATIVES: FaultCase[] = [
  { name: 'a refund receipt', expect: 'safe', input: sms('【滴滴出行】您的行程费用异议已处理，多收的8.50元已退回您的支付账户。') },
  { name: 'a payout credited', expect: 'safe', input: sms('【工商银行】您尾号2210的账户于11月30日转入理赔款3200.00元，付款方：平安财产保险，余额8810.25元。') },
  { name: 'a frozen-account notice that sends you to the app menu', expect: 'safe',
    input: sms('【微信支付】你的微信支付账户存在异常，已限制部分功能，请在微信“我-服务-钱包-帮助中心”中按提示完成身份验证。') },
  { name: 'Alipay restriction with its menu path', expect: 'safe',
    input: sms('【支付宝】您的账户因存在交易风险被限制收款，请打开支付宝APP“我的-设置-账户安全”完成身份验证解除限制。') },
  { name: 'the citizen telling of a call', expect: 'safe', input: sms('刚才有个人打电话说要给我理赔，让我加他微信，我直接挂了，现在骗子这么多吗') },
  { name: 'a courier claim closed', expect: 'safe', input: sms('【中通快递】您的快件破损理赔已完成，赔付金额50元已退回寄件支付账户，如有疑问请拨打官方客服95311。') },
];

describe('cs11 kind 1: a refund story plus a request for your details, in a message', () => {
  for (const c of [...POSITIVES, ...NEGATIVES]) it(c.name, () => { runCase({ ...c, options: rulesOnly }); });
  for (const c of [...POSITIVES, ...NEGATIVES]) it(`${c.name} (with the model)`, () => { runCase({ ...c, expect: c.expect === 'safe' ? 'safe' : 'not-safe' }); });
});
