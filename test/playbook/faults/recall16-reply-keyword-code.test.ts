/**
 * recall16 kind R2 (session 16): a reply KEYWORD in quotes silenced the code asked after it. "回复“退款”后把验证码发给我们" (the
 * brief's known miss) and "回复“1”后把收到的验证码发给我们" read safe 0 while the same ask with the keyword unquoted read 69:
 * extract.verification-code's `unless` held every 回复 + opening quote (written for the bank's opt-in "回复“验证码”免费办理电子密码器")
 * for the whole sentence. Now the unless holds only the code word quoted (回复“验证码”, 回复“动态码”…), and the grammar reads a
 * short quoted word after 回复 (up to eight Latin letters or digits, or one or two other characters: “KT”, “1”, “退款”) as
 * that 回复's own keyword, as it read an unquoted one (src/match/grammar.ts keywordAt), so "回复“KT”开通，开通后验证码将发送至您
 * 手机" asks for nothing; a longer quote stays a template of the reader's details ("回复“姓名+卡号”"). Scams with every quote
 * shape are flagged; the senders' own reply keywords beside their code advice stay safe.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const caught = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `flagged: ${t}`, input: sms(t), expect: 'not-safe', tactics: ['extract.verification-code'] }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `safe: ${t}`, input: sms(t), expect: 'safe' }));

describe('recall16 kind R2: a quoted reply keyword, then the code asked (flagged)', () => {
  runWithAndWithoutModel(caught([
    '回复“退款”后把验证码发给我们',
    '回复“1”后把收到的验证码发给我们',
    '您好，回复“退款”后，把收到的验证码发给我们即可',
    '【理赔中心】回复“理赔”后，请将收到的短信验证码发给专员核实',
    '亲，回复“Y”确认退款，然后把手机收到的6位验证码告诉客服',
    '回复“是”以后，系统会发一个验证码，您把它报给我就行',
    '您的快递丢失，回复“赔付”登记，再把收到的验证码回复给我们',
    '回复“解冻”后，请把动态码发送给我们的工作人员',
    '回复‘退款’后把收到的验证码发给我们',
    '回复「1」办理注销，并把收到的校验码告诉我们的客服',
    '回复\'TK\'申请退款，收到验证码后直接发给客服即可',
    '您好，回复“领取”后请把验证码告诉我，我帮您把补贴打到卡上',
  ]));
});

describe("recall16 kind R2: a sender's quoted reply keyword beside its code advice (safe)", () => {
  runWithAndWithoutModel(safe([
    '【工商银行】回复“验证码”免费办理电子密码器，退订回N',
    '【老乡鸡】回复“1”领取10元午餐券，券码将短信发给您，到店付款时出示，退订回T',
    '【中国移动】回复“JF”查询积分，回复“DH+编码”兑换流量，兑换成功以短信为准。',
    '回复“Y”确认办理，稍后您将收到验证码短信，请勿告知他人',
    '【中国联通】回复“KT”开通，开通后验证码将发送至您手机，请妥善保管',
    '【中国电信】回复“1”办理流量包，办理成功后不会向您索要验证码，请勿泄露给任何人',
    '【招商银行】回复“KK”开通快捷支付，验证码仅用于本人操作，切勿告知他人',
    '【京东】回复“T”退订。验证码是您的账户钥匙，京东客服不会向您索要',
    '【中国移动】回复“CXLL”查询流量，本短信不含验证码，请放心',
    '【顺丰】回复“1”确认改派，快递员上门时请出示取件码',
    '【美团】回复“Q”领取优惠券，下单时输入券码即可使用',
    '【网上国网】回复“BD”绑定户号，绑定时请在APP内输入收到的验证码',
  ]));
});

describe("recall16 kind R2: a quoted template of the reader's details stays an ask", () => {
  runWithAndWithoutModel([
    { name: 'template name+card', input: sms('请回复“姓名+卡号”到本号码完成退款登记'), expect: 'not-safe' },
    { name: 'template name+id+card', input: sms('请回复“姓名+身份证号+卡号”办理退款'), expect: 'not-safe' },
  ]);
});
