/**
 * recall17 (session 17) kind A: a code sent on to a number, or replied after a quoted keyword, read as nothing asked.
 * (1) 将 as the object marker: "请将收到的验证码发送到13812345678，完成身份核验" read safe 0, beside the same ask with 把 at 69:
 * the grammar's `self` markers 将收到 / 将发送 (the sender's future, "您将收到验证码") made the clause the speaker's own.
 * Now a `self` marker starting inside an imperative 将 (grammar.imperatives: 请将, 请您将, 麻烦将, 务必将…) is the object's
 * relative clause (safe 0 -> suspicious 69; "请将发送到您手机的验证码告诉我" 0 -> 45; "请务必将收到的验证码发送到这个号码，否则
 * 无法解冻" 0 -> 69). (2) A quoted reply keyword and the code after it ("回复“确认”+验证码即可完成退款"): the keyword made the
 * reply its own object, so the code after it was nothing asked (safe 0 -> suspicious 45; "回复“同意”+收到的验证码即可领取补贴"
 * 30 -> scam 85). extract.verification-code reads 回复/编辑/发送 then the closing quote joined to a code word (+, 和, 加, 及…).
 * Twins: the sender's own future ("您将收到的验证码请勿告诉他人", a bank's 验证码将发送至您), a carrier's opt-in where the code
 * comes after the reply ("【中国联通】回复“1”确认办理，回复后您将收到验证码" read suspicious 45 before: 回复后 is now a noun of
 * the grammar, the time of what follows), a printed code replied to its carrier, 请将 with no code (a parcel, an invoice), the
 * code typed in the platform's own app, a police warning, a US bank's OTP with its own number. With and without the model.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

describe('recall17 kind A: a code sent on to a number or replied after a keyword', () => {
  runWithAndWithoutModel([
    ...[
      '请将收到的验证码发送到13812345678，完成身份核验',
      '请将发送到您手机的验证码告诉我',
      '请您将收到的短信验证码转发到15900001234，客服为您办理退款',
      '麻烦将收到的动态码发送给我们的工作人员',
      '请将收到的校验码发送至18612340000领取理赔金',
      '请务必将收到的验证码发送到这个号码，否则无法解冻',
      '回复“确认”+验证码即可完成退款',
      '回复“是”+验证码确认退款',
      '回复“同意”+收到的验证码即可领取补贴',
      '请回复“确认”和验证码完成解冻',
      '回复"1"+验证码即可开通退款通道',
      '您的包裹理赔已通过，请编辑“理赔”+收到的验证码发送到本号码',
      '【京东】您的退款已审核，请将收到的6位验证码发送至15900001111完成退款',
    ].map((t): FaultCase => ({ name: `code asked: ${t}`, input: sms(t), expect: 'not-safe', tactics: ['extract.verification-code'] })),
    ...[
      '您将收到的验证码请勿告诉他人',
      '回复后您将收到验证码，请在APP内输入',
      '【中国联通】回复“1”确认办理，回复后您将收到验证码',
      '【中国移动】回复1办理，回复后将收到一条确认短信',
      '【中国移动】您正在办理5G套餐，验证码为482913，回复“是”+验证码确认办理',
      '【招商银行】您将收到一条验证码短信，请勿向任何人透露',
      '【工商银行】验证码将发送至您尾号1234的手机，请勿泄露',
      '请将收到的快递放在门口就行',
      '请将收到的发票拍照发给财务报销',
      '【中国移动】回复“KT”开通10元5G流量包，回复后您将收到办理结果通知',
      '警方提醒：骗子会让你将收到的验证码发送到指定号码，千万别发',
      '【顺丰速运】您的快件已签收，请将收到的包裹检查后确认，如有问题拨打95338',
      '请将收到的验证码在京东APP内输入完成验证',
      '【Bank of America】Your verification code is 482913. Do not share it. Call us at (800) 432-1000 if you did not request it.',
    ].map((t): FaultCase => ({ name: `twin safe: ${t}`, input: sms(t), expect: 'safe' })),
  ]);
});
