/**
 * newcomer8 kind 1: "reply with the code". 回复 / 回给我 / 回过来 / 短信回 toward the sender is the same give act as
 * 发给 / 告诉: "请回复收到的6位验证码给客服" read safe 35 and "麻烦把刚才收到的数字回给我" safe 0, while the same with
 * 发给 was not safe. The kind: act.reply is a give act of the request grammar for the code as for the card, and
 * the code named by where it came from ("刚才收到的数字", "短信里的数字") is the code. A bank's own one-time code
 * ("请勿回复/转告"), an opt-out keyword (回复T退订), a reply code that confirms (回复1确认) and a quoted opt-in
 * keyword (回复“验证码”免费办理) stay legitimate. The first three inputs are the newcomer's; the rest our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { runCase, sms, chat, callerCall, why, type FaultCase } from './helpers.ts';

const REPLY_THE_CODE: FaultCase[] = [
  { name: 'newcomer: 多多钱包 frozen, reply the 6-digit code to 客服', expect: 'scam', tactics: ['extract.verification-code'], input: sms('【拼多多】您的多多钱包存在异常交易已被冻结，解冻需验证身份，请回复收到的6位验证码给客服') },
  { name: 'newcomer: refund needs verifying, send the digits back', expect: 'not-safe', tactics: ['extract.verification-code'], input: sms('退款需要验证，麻烦把刚才收到的数字回给我') },
  { name: 'newcomer: account frozen, reply the SMS code to unfreeze', expect: 'scam', tactics: ['extract.verification-code'], input: sms('您的账户已冻结，请回复短信验证码解冻') },
  { name: 'claim payout, reply the code to this number', expect: 'scam', tactics: ['extract.verification-code'], input: sms('【中通快递】您的包裹丢失，理赔款398元待发放，请将收到的验证码回复至本号码完成核验') },
  { name: 'refund agent: the code, short-message it back', expect: 'scam', tactics: ['extract.verification-code'], input: sms('您好我是淘宝售后，您的订单退款需要核实身份，收到的动态码直接短信回过来就行') },
  { name: 'chat: send the six digits back to me', expect: 'not-safe', tactics: ['extract.verification-code'], input: chat('亲，系统给您发了个验证码，您回给我一下，我这边给您把理赔款打过去') },
  { name: 'call: the digits in the SMS, reply them', expect: 'scam', tactics: ['extract.verification-code'], input: callerCall('您好，我是京东客服，您买的电饭煲有质量问题，我们给您双倍赔偿', '等下您手机会收到一条短信，短信里的数字您回复给我就行') },
  { name: 'member cancellation: reply the code to cancel', expect: 'scam', tactics: ['extract.verification-code'], input: sms('【抖音】您开通的直播会员即将扣费800元/月，如需取消，请回复收到的校验码给专员') },
  { name: 'refund stuck, the code replied to the agent', expect: 'scam', tactics: ['extract.verification-code'], input: sms('亲，您的退款卡在审核了，需要验证一下，把手机上收到的数字回给客服就能到账') },
  { name: 'the phone-bill refund: reply the confirmation code', expect: 'not-safe', tactics: ['extract.verification-code'], input: sms('您的话费多扣了58元，退费需要确认，请直接回复您收到的确认码') },
  { name: 'a parcel claim: reply the 4-digit number', expect: 'not-safe', tactics: ['extract.verification-code'], input: sms('您的快递破损可以理赔，稍后会收到一条短信，把收到的四位数回复给我们即可办理') },
];

const CODES_THAT_STAY_LEGIT: FaultCase[] = [
  { name: 'bank OTP: do not reply or pass it on', expect: 'safe', input: sms('【招商银行】验证码836104，您正在绑定新设备，请勿回复或转告他人。') },
  { name: 'system OTP: do not reply', expect: 'safe', input: sms('本短信由系统自动发送，请勿回复。您的动态码为552913，5分钟内有效。') },
  { name: 'bank OTP with the transfer', expect: 'safe', input: sms('【中国银行】验证码718224，您正在进行网上银行转账，金额5000.00元，请勿泄露给任何人，请勿回复本短信。') },
  { name: 'opt-in keyword in quotes', expect: 'safe', input: sms('【工商银行】回复“验证码”免费办理电子密码器，退订回N') },
  { name: 'opt-out keyword', expect: 'safe', input: sms('【京东】您的退款已到账，满意请回复1，不满意请回复2，回复T退订') },
  { name: 'carrier plan by reply', expect: 'safe', input: sms('【中国移动】回复1确认办理10元流量包，验证码将另行发送') },
  { name: 'carrier: reply 1, then a code comes to you', expect: 'safe', input: sms('【中国联通】回复1确认开通来电提醒，回复后您将收到验证码，请勿转告他人') },
  { name: 'platform warning: never reply a code', expect: 'safe', input: sms('【淘宝】平台客服不会让您回复验证码，任何索要验证码的都是骗子') },
  { name: 'a friend says she will reply later', expect: 'safe', input: chat('验证码我收到了，等我登上去再回给你消息') },
  // The citizen's own report of a code given is the most urgent case (110/96110 first), never safe.
  { name: 'the user reports she replied the digits', expect: 'not-safe', tactics: ['extract.user-paid'], input: chat('我已经把收到的数字回给他了，是不是被骗了') },
  { name: 'a delivery code shown at the locker', expect: 'safe', input: sms('【丰巢】您的取件码为582011，请凭取件码到丰巢柜取件，请勿回复本短信') },
];

describe('reply with the code (newcomer8 kind 1)', () => {
  for (const c of REPLY_THE_CODE) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of CODES_THAT_STAY_LEGIT) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  it('回给我 reads as 发给我 does (same tactics, same verdict)', () => {
    const a = analyze(sms('退款需要验证，麻烦把刚才收到的验证码回给我'));
    const b = analyze(sms('退款需要验证，麻烦把刚才收到的验证码发给我'));
    expect(a.verdict, why(a)).toBe(b.verdict);
    expect(a.tactics.map((t) => t.id).sort(), why(a)).toEqual(b.tactics.map((t) => t.id).sort());
  });
});
