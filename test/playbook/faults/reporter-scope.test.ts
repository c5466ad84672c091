/**
 * The reporter's scope (src/match/framing.ts): a reporter word ("骗子才会…", "只有骗子…", "不法分子…")
 * makes the rest of its sentence a description of the scam, but a speaker who then says who they
 * are in a clause of their own ("骗子才会让你等，我是京东客服，请把验证码发我") has taken the floor back:
 * their request counts again (review of session 6: that input read safe 0). When the reporter
 * introduced the scammer's words (说, 称, a colon, quotation marks), the 我 is the scammer's and the
 * warning stays a warning. A platform's notice on whoever asks a deposit ("…的，遇到要求先交押金的请
 * 向平台举报") describes the request it warns of (it read scam 85).
 */
import { describe, it } from 'vitest';
import { callerCall, runCase, sms, type FaultCase } from './helpers.ts';

const TAKEOVERS: FaultCase[] = [
  { name: 'the review\'s input: scammers make you wait, I am JD\'s agent, send me the code', expect: 'scam',
    input: sms('骗子才会让你等，我是京东客服，请把验证码发我') },
  { name: 'the brief\'s input: do not trust scammers, I am the real agent, give me the code', expect: 'scam',
    input: sms('不要相信骗子，我是真的客服，把验证码给我') },
  { name: 'only scammers ask a transfer, "we are Taobao\'s official service", the code', expect: 'scam',
    input: callerCall('只有骗子才会让您转账，我们是淘宝官方客服，只需要您提供验证码就能退款。') },
  { name: 'criminals want money, "I am JD after-sales", read me the code', expect: 'not-safe',
    input: callerCall('不法分子才会要您的钱，我是京东售后，请把收到的验证码念给我。') },
  { name: '"这边是" official service after the reporter, then a screen share', expect: 'not-safe',
    input: callerCall('骗子才会让你下载乱七八糟的软件，这边是抖音官方客服，您开通了会员要扣费，麻烦您开一下屏幕共享。') },
  { name: '"本人是" claims agent after the reporter, card and code', expect: 'scam',
    input: sms('骗子才会让您加微信，本人是拼多多理赔专员，您的订单可以三倍理赔，请提供银行卡号和验证码。') },
  { name: '"我这里是" a parcel claims centre after the reporter, the code', expect: 'not-safe',
    input: callerCall('骗子才会催您，我这里是快递理赔中心，您的包裹丢了，给您三倍理赔，请提供收到的验证码。') },
  { name: 'the "I only ask you to" takeover still holds', expect: 'not-safe',
    input: callerCall('您放心，我不是骗子，骗子才会让您转账，我只让您在备用金里把额度借出来，系统自动退回。') },
];

const STILL_WARNINGS: FaultCase[] = [
  { name: 'police notice quoting the script in quotation marks', expect: 'safe',
    input: sms('警方提示：骗子常说“您的商品有质量问题，给您双倍理赔，请提供银行卡号和验证码”，接到这类电话立即挂断。') },
  { name: 'the script after 常说 without quotes: the 我 is the scammer\'s', expect: 'safe',
    input: sms('骗子常说，我是淘宝客服，您的商品有质量问题，请提供银行卡号和验证码。') },
  { name: 'the script after a colon', expect: 'safe',
    input: sms('诈骗分子往往这样开场：您好，我是京东客服，给您办理退款，请把验证码报一下。') },
  { name: 'the script after 会说, with the 我 in the reporter\'s clause', expect: 'safe',
    input: sms('骗子会说我是淘宝客服，要给你退款，让你提供验证码，千万别信。') },
  { name: 'the script after 称', expect: 'safe',
    input: sms('反诈中心提醒：不法分子谎称，我们是平台理赔专员，需要您开启屏幕共享，请立即挂断。') },
  { name: 'a family chat: scammers are the ones who ask a screen share', expect: 'safe',
    input: { channel: 'chat', turns: [{ speaker: 'caller', text: '妈，骗子才会让你开屏幕共享，谁打电话说退款都别理' }] } },
];

const NOTICES: FaultCase[] = [
  { name: 'rental platform: the absent-landlord story, then "report whoever asks a deposit first"', expect: 'safe',
    input: sms('【安居客】租房安全提示：房东称人在外地无法看房，要求先交1000元押金再寄钥匙的，遇到要求先交押金的请向平台举报。') },
  { name: 'rental platform: the brief\'s line alone', expect: 'safe',
    input: sms('遇到要求先交押金的请向平台举报') },
  { name: 'rental platform: some landlords ask a deposit to hold the flat', expect: 'safe',
    input: sms('【XX租房】温馨提示：有的房东说人在外地，需要先付押金2000元到个人账户才能寄钥匙的，请及时举报。') },
  { name: 'marketplace: sellers asking a deposit to a personal account, report', expect: 'safe',
    input: sms('【闲鱼】安全提醒：卖家要求先付定金到个人账户的，请勿付款并立即举报。') },
  { name: 'job board: whoever asks a training fee first, call the police', expect: 'safe',
    input: sms('【智联招聘】提醒：以培训费、服装费为由要求求职者先交钱的，请及时报警。') },
  { name: 'scam: a real request with its own cover line "如有疑问及时举报" (no asker named)', expect: 'not-safe',
    input: sms('【某某招聘】入职需先交押金500元，请加微信kf123办理，如有疑问及时举报') },
  { name: 'scam: the landlord story and the deposit, then "report it" in a sentence of its own', expect: 'not-safe',
    input: sms('房东人在外地，您先把押金2000元转到我的个人账户，我把钥匙寄给您。有问题请向平台举报。') },
];

describe('a speaker who says who they are takes the floor back from a reporter', () => {
  it.each(TAKEOVERS.map((c) => [c.name, c] as const))('%s', (_n, c) => { runCase(c); });
});
describe('the scammer\'s own words after 说, 称 or a colon stay a warning\'s example', () => {
  it.each(STILL_WARNINGS.map((c) => [c.name, c] as const))('%s', (_n, c) => { runCase(c); });
});
describe('a notice on whoever asks it describes the request; a scam\'s cover line does not', () => {
  it.each(NOTICES.map((c) => [c.name, c] as const))('%s', (_n, c) => { runCase(c); });
});
