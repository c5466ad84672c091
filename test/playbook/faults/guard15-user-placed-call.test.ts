/**
 * guard15 kind L1: a call the CITIZEN placed to a bank's or a carrier's official line read as a stranger's call, so its
 * identity check (an SMS code, the card's last digits) made the refund-scam composites fire: "喂，我打的是10086吧？我手机号
 * 被停机了" / "请报一下您收到的验证码，我核实一下机主身份" scam 71; a bank's IVR greeting first ("感谢您致电邮储银行") and
 * then a frozen account's code check scam 100. Who placed the call was read only from the citizen's first words, and only
 * from a list of errands; the number they dialled ("我打的是", "我刚才拨打了") and the line's own greeting of a call it
 * received (INBOUND_GREETING: 欢迎致电, 感谢您致电, 感谢您的来电; src/playbook/zh/conversation-kinds.ts) now say it too
 * (src/pipeline/step.ts, src/score/initiator.ts). A user-placed call is at most `suspicious` unless money or control
 * leaves the platform (transfer, loan, screen share: those lift the cap, the fake hotline dialled from a search result
 * included); a stranger's call claiming to be 95533 or 10086, or a robocall's "请按1", is no greeting of a dialled line.
 * Every line is our own writing.
 */
import { describe, expect, it } from 'vitest';
import { greetsInboundCall, statesOwnErrand } from '../../../src/pipeline/conversation-kind.ts';
import { normalise } from '../../../src/normalise/normalise.ts';
import { INBOUND_GREETING, USER_ERRAND } from '../../../src/playbook/zh/conversation-kinds.ts';
import { runWithAndWithoutModel as run } from './helpers.ts';

describe('kind L1: the word lists\' own examples', () => {
  for (const text of INBOUND_GREETING.positive) it(`a dialled line's greeting: ${text}`, () => expect(greetsInboundCall(normalise(text).text)).toBe(true));
  for (const text of INBOUND_GREETING.negative) it(`no greeting of a dialled line: ${text}`, () => expect(greetsInboundCall(normalise(text).text)).toBe(false));
  for (const text of USER_ERRAND.positive) it(`an errand: ${text}`, () => expect(statesOwnErrand(normalise(text).text)).toBe(true));
  for (const text of USER_ERRAND.negative) it(`no errand: ${text}`, () => expect(statesOwnErrand(normalise(text).text)).toBe(false));
});

const call = (...turns: ['caller' | 'user', string][]) => ({ channel: 'call' as const, turns: turns.map(([speaker, text]) => ({ speaker, text })) });

describe('kind L1: calls the citizen placed to an official line, identity checks only', () => {
  run([
    { name: 'input: the carrier dialled, a code for the owner', expect: 'at-most-suspicious',
      input: call(['user', '喂，我打的是10086吧？我手机号被停机了'], ['caller', '您好，这里是中国移动，请报一下您收到的验证码，我核实一下机主身份'], ['user', '123456'], ['caller', '好的，您的号码因欠费停机，缴费后即可恢复']) },
    { name: 'input: a bank IVR asks for the code', expect: 'safe',
      input: call(['caller', '您好，欢迎致电中国建设银行，请输入您收到的验证码以验证身份'], ['user', '好的，输好了'], ['caller', '验证成功，请问有什么可以帮您？']) },
    { name: 'the card company dialled about a stolen card', expect: 'at-most-suspicious',
      input: call(['user', '你好，我刚才拨打了95588，我的信用卡被盗刷了'], ['caller', '您好，请提供一下卡号后四位和预留手机号收到的验证码，我帮您冻结'], ['user', '卡号后四位是2233，验证码是556677'], ['caller', '已为您临时冻结，盗刷款项我们会调查处理']) },
    { name: 'a postal bank greeting, a frozen account', expect: 'at-most-suspicious',
      input: call(['caller', '感谢您致电邮储银行，请问有什么可以帮您'], ['user', '我的账户被冻结了，转不了账'], ['caller', '您的账户因异常交易被冻结，请报一下您收到的验证码，核实后为您解冻']) },
    { name: 'a bank IVR, the card frozen by the citizen', expect: 'at-most-suspicious',
      input: call(['caller', '感谢您致电中国工商银行，工号1023为您服务'], ['user', '我的卡被冻结了，想问问怎么回事'], ['caller', '为了核实身份，请您输入身份证后六位和手机收到的验证码'], ['user', '好了'], ['caller', '您的卡因长期未使用被限制，请携带身份证到网点解除']) },
    { name: 'a carrier thanks for the call, a plan change', expect: 'at-most-suspicious',
      input: call(['caller', '您好，感谢您的来电，这里是中国联通客服'], ['user', '我想办理一下套餐变更'], ['caller', '好的，为了确认是机主本人，请报一下刚发到您手机上的验证码']) },
    { name: 'a payment app hotline, account recovery', expect: 'at-most-suspicious',
      input: call(['caller', '欢迎致电支付宝客服热线，请问有什么可以帮您'], ['user', '我的账号登不上了'], ['caller', '麻烦您提供一下绑定的手机号，我给您发个验证码，您报给我，我帮您申诉找回']) },
    { name: 'a password reset on the bank line', expect: 'at-most-suspicious',
      input: call(['user', '你好，我打你们客服是想问一下，手机银行登录密码忘了'], ['caller', '您好，重置密码需要验证身份，请输入您收到的短信验证码，然后按井号键结束']) },
    { name: 'the airline dialled, the ID digits', expect: 'at-most-suspicious',
      input: call(['user', '喂，我打的是航空公司客服吧，我的航班取消了'], ['caller', '是的，请提供一下您的身份证号后四位和姓名，我帮您查一下'], ['caller', '查到了，可以免费退票，退款原路返回']) },
    { name: 'a telecom IVR, the bill', expect: 'at-most-suspicious',
      input: call(['caller', '您好，欢迎拨打中国电信客服热线'], ['user', '我想查一下这个月话费'], ['caller', '请输入您收到的六位验证码，查询结果将以短信发送给您']) },
    { name: 'a swallowed card reported', expect: 'at-most-suspicious',
      input: call(['user', '喂，我的卡被吞了，在ATM上'], ['caller', '您好，这里是农业银行，请报一下您的卡号和身份证号，我帮您登记'], ['caller', '已登记，三个工作日内到网点领取']) },
    { name: 'an English bank line', expect: 'at-most-suspicious',
      input: call(['caller', 'Thank you for calling First National Bank. Please enter the code we just sent to your phone to verify your identity.'], ['user', 'Okay, done.'], ['caller', 'Thanks, how can I help you today?']) },
  ]);
});

describe('kind L1: strangers claiming the line, and moves off the platform, stay flagged', () => {
  run([
    { name: 'a stranger claims to be 95533', expect: 'scam',
      input: call(['caller', '您好，我是建设银行95533的客服，您的账户存在异常，需要冻结，请把收到的验证码告诉我']) },
    { name: 'a stranger claims to be 10086', expect: 'scam',
      input: call(['user', '喂？'], ['caller', '您好，我是10086客服，您的号码涉嫌违规即将停机，请报一下刚收到的验证码']) },
    { name: 'a greeting, then the safe account', expect: 'scam',
      input: call(['caller', '欢迎致电中国建设银行'], ['user', '我的卡被冻结了'], ['caller', '您的账户涉嫌洗钱，请把卡里的钱全部转到我们的安全账户，我们核查后退还给您']) },
    { name: 'a fake hotline dialled, a screen share', expect: 'scam',
      input: call(['user', '我打的是你们京东客服吧，我退款一直没到'], ['caller', '您下载一下腾讯会议，开一下屏幕共享，我指导您操作退款']) },
    { name: 'a greeting, then a loan to their account', expect: 'scam',
      input: call(['caller', '感谢您致电京东金融'], ['user', '我想注销一下金条'], ['caller', '注销前需要您在借呗把额度借出来转到我们的对公账户验证流水']) },
    { name: 'a robocall press 1, then the code', expect: 'not-safe',
      input: call(['caller', '您好，这里是中国移动，您的号码即将停机，人工服务请按1'], ['caller', '您好，请报一下刚才收到的验证码，我帮您取消停机']) },
    { name: 'a stranger with a refund story, card and code', expect: 'scam',
      input: call(['caller', '您好，我是淘宝客服，您的商品有质量问题，我们给您双倍赔偿，请把银行卡号和验证码报给我']) },
    { name: 'the citizen answers a stranger, who thanks them', expect: 'scam',
      input: call(['user', '喂，你好，哪位？'], ['caller', '您好，我是京东金融的，您的学生贷款没有注销，会影响征信，需要您把借款额度借出来转到我们的账户']) },
    { name: 'a carrier impostor, the code and a transfer', expect: 'scam',
      input: call(['caller', '您好，这里是中国移动，您的号码涉嫌诈骗即将停机'], ['user', '啊？那怎么办'], ['caller', '您把收到的验证码报给我，再把余额转到我们的核查账户']) },
    { name: 'a greeting faked after the dial, then a gift card', expect: 'not-safe',
      input: call(['caller', '感谢您致电苹果客服'], ['user', '我的账号被锁了'], ['caller', '解锁需要您去买两千元的苹果礼品卡，把卡密拍给我']) },
  ]);
});
