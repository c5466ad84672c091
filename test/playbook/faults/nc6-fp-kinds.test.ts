/**
 * False-alarm kinds a newcomer found on main f669a88 with 300 texts of their own (session 6,
 * /tmp/newcomer6-probes: 9 of 134 legitimate texts flagged, 2 `scam`), fixed as kinds. Each kind: the
 * newcomer's input, at least eight legitimate siblings of our own (other lenders, insurers,
 * recruiters, wordings) and at least five scams of the same shape that must stay caught.
 */
import { describe, it } from 'vitest';
import { chat, runCase, sms, type FaultCase } from './helpers.ts';

/**
 * 1. A lender marketing its OWN credit line in its own app: a credit line waiting for its holder
 * (待激活, 待提现, 待领取) is an offer, not a loan drawn and sent on; a credit RAISE (额度已提升) is no
 * credit-too-low story. A loan scam still asks for a fee or a deposit, a "解冻/刷流水" transfer, or
 * sends you to a stranger's QQ or app.
 */
const LENDER_OWN: FaultCase[] = [
  { name: 'newcomer: 分期乐 credit line to activate in its app (was scam 80)', expect: 'safe',
    input: sms('【分期乐】尊敬的用户，您有一笔5000元借款额度待激活，下载分期乐APP完成实名认证即可使用。退订回T') },
  { name: 'newcomer: 度小满 credit raised (was scam 75)', expect: 'safe',
    input: sms('【度小满】您的信用额度已提升至8万元，最快3分钟到账，点击 dxm.cn/a8 立即借款，拒收请回复R') },
  { name: 'newcomer: 安逸花 credit line to draw in its app (was suspicious 45)', expect: 'safe',
    input: sms('【安逸花】您的借款额度5万元待提现，登录安逸花APP即可提现到卡。回T退订') },
  { name: 'newcomer: 京东金条 credit line to collect in its app (was suspicious 50)', expect: 'safe',
    input: sms('【京东金条】尊敬的用户，您有一笔最高20万元的借款额度待领取，下载京东金融APP激活，退订回T') },
  { name: '招联 credit raised, see it in the app', expect: 'safe',
    input: sms('【招联金融】您的好期贷额度已提高至3万元，打开招联金融APP即可查看，退订回T') },
  { name: '美团 credit line to activate in its app', expect: 'safe',
    input: sms('【美团】您的美团借钱额度待激活，打开美团APP-我的-借钱即可激活使用，回TD退订') },
  { name: '微粒贷 credit raised, see it in WeChat', expect: 'safe',
    input: sms('【微众银行】您的微粒贷额度已提高至4万元，可在微信-钱包中查看，拒收请回复R') },
  { name: '中邮消费金融 credit raised, use it in its app', expect: 'safe',
    input: sms('【中邮消费金融】尊敬的客户，您的信用额度已上调至2万元，登录中邮钱包APP即可使用，退订回T') },
  { name: '省呗 credit line to draw to your own card', expect: 'safe',
    input: sms('【省呗】您有一笔3万元借款额度待提现，登录省呗APP即可提现至本人银行卡，退订回T') },
  { name: '360借条 credit line to activate', expect: 'safe',
    input: sms('【360借条】您的借款额度待激活，打开360借条APP完成认证即可使用，退订回T') },
  { name: 'bank\'s credit-card limit raised', expect: 'safe',
    input: sms('【招商银行】您的信用卡信用额度已提升至5万元，可在掌上生活APP查看，拒收请回复R') },
  // Scams of the same shape that must stay caught.
  { name: 'scam: a credit line to activate for a fee to an account', expect: 'not-safe',
    input: sms('您的借款额度待激活，需先缴纳500元激活费到指定账户，激活后即可提现') },
  { name: 'scam: a frozen loan released by a transfer', expect: 'not-safe',
    input: sms('【京东金融】您的借款已被冻结，需转账3000元到解冻账户验证还款能力才能提现') },
  { name: 'scam: credit too low, raise it by 刷流水 to get the loan', expect: 'not-safe',
    input: sms('您的信用分不足，借款无法到账，需要刷流水提高信用才能放款') },
  { name: 'scam: draw the credit line and send it on', expect: 'scam',
    input: '京东客服：您的订单要退款，请您在借呗里把额度借出来，转到我们的验证账户' },
  { name: 'scam: credit raised, then a deposit over QQ', expect: 'not-safe',
    input: sms('您的信用额度已提升至5万元，请添加客服QQ 2839471 缴纳保证金后放款') },
  { name: 'scam: a loan advert with a stranger\'s QQ', expect: 'not-safe',
    input: sms('无抵押秒到账，额度已审批通过，加QQ 2839471 领取') },
  { name: 'scam: a credit line to collect, a fee over QQ first', expect: 'not-safe',
    input: sms('您有一笔5万元借款额度待领取，请添加信贷经理QQ 2839471，缴纳300元工本费后放款') },
  { name: 'scam: a credit line to collect in a stranger\'s app with no review', expect: 'not-safe',
    input: sms('您有一笔20万元借款额度待领取，无抵押免审核，下载速借宝APP领取 http://sujiebao.vip/d') },
  { name: 'scam: a credit line to draw, then sent to their card', expect: 'not-safe',
    input: sms('您的借款额度待提现，提现后请转到我们提供的银行卡完成验证') },
];

/**
 * 4. A password-reset notice ("请使用新密码登录") tells the holder to use the password they just set
 * on the service's own login: it asks for nothing. A request for the card's password stays one.
 */
const PASSWORD_NOTICE: FaultCase[] = [
  { name: 'newcomer: Tencent appeal passed, log in with the new password (was suspicious 40)', expect: 'safe',
    input: sms('【腾讯客服】您提交的账号申诉已通过，请使用新密码登录，并及时修改密保手机。') },
  { name: 'NetEase password reset', expect: 'safe',
    input: sms('【网易】您的账号密码已重置成功，请使用新密码登录。如非本人操作，请立即修改密码。') },
  { name: 'China Mobile service password reset', expect: 'safe',
    input: sms('【中国移动】您的服务密码已重置，请用新密码登录中国移动APP。') },
  { name: '12306 password changed', expect: 'safe',
    input: sms('【12306】您的密码已修改成功，下次请使用新密码登录。') },
  { name: 'Alipay login password changed', expect: 'safe',
    input: sms('【支付宝】您提交的登录密码修改已完成，请使用新密码登录，如非本人操作请及时冻结账户。') },
  { name: 'CHSI password reset', expect: 'safe',
    input: sms('【学信网】您的密码重置成功，请用新密码登录系统。') },
  { name: 'bank online-banking password changed', expect: 'safe',
    input: sms('【工商银行】您已成功修改网银登录密码，请牢记新密码，不要告诉他人。') },
  { name: 'JD new password set', expect: 'safe',
    input: sms('【京东】您的账户已设置新密码，下次登录请使用新密码。') },
  { name: 'WeChat account unblocked', expect: 'safe',
    input: sms('【微信团队】您提交的解封申请已通过，请使用新密码登录并开启登录保护。') },
  // Scams of the same shape that must stay caught.
  { name: 'scam: card number and password for a refund', expect: 'scam',
    input: '您好，我是淘宝客服，您的商品有质量问题要给您退款，请把银行卡号和密码发给我' },
  { name: 'scam: a look-alike login page wanting card number and password', expect: 'not-safe',
    input: sms('京东客服：您的账户异常，请登录 jd-safe.top 填写银行卡号和密码') },
  { name: 'scam: payment password and code for a refund', expect: 'scam',
    input: '退款需要验证，请提供您的支付密码和验证码，我帮您办理退款' },
  { name: 'scam: fill a new password and card number to unfreeze', expect: 'not-safe',
    input: sms('您的账户已冻结，请在页面填写银行卡号和取款密码解冻') },
  { name: 'scam: tell me your Alipay password for the refund', expect: 'not-safe',
    input: '淘宝客服：退款需要您告诉我支付宝密码' },
];

describe('nc6-fp: a lender\'s own credit line is no loan scam', () => {
  for (const c of LENDER_OWN) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('nc6-fp: a password-reset notice asks for nothing', () => {
  for (const c of PASSWORD_NOTICE) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

void chat;
