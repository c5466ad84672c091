/**
 * A notice to the reader is not the reader's report of a loss (issue 8 §4: "0 `scam` on any real
 * legitimate text"; session 8, smsfp4). The loss report (extract.user-paid, weight 70) decides a message
 * on its own, so a bank's, a carrier's or a school's SMS that tells the READER what happened to the
 * reader's account or family ("您尾号5521的账户今日被转走了3000元", "您的孩子…可能被骗了") must not
 * take it: the report's `reader` words (您的, 您尾号, 您于, 您名下 …) named earlier in the sentence make
 * the loss the sender's news, unless the speaker names themselves in the clause ("我按客服说的…").
 * Six of the ten notices below read `scam` 70-100 before; the citizens' own reports stay `scam`.
 */
import { describe, it } from 'vitest';
import { runCase, sms, chat, type FaultCase } from './helpers.ts';

const NOTICES: FaultCase[] = [
  { name: 'bank: your card had 2,000 taken?', expect: 'safe', input: sms('【邮储银行】您的银行卡被转走了2000元？如非本人操作请立即拨打95580挂失。') },
  { name: 'school: your child may have been cheated in a game', expect: 'safe', input: sms('【XX学校】亲爱的家长，您的孩子在玩游戏时，可能被骗了！请登录账户查看是否开通了自动续费。') },
  { name: 'bank: your account ending 5521 had 3,000 taken today', expect: 'safe', input: sms('【农业银行】尊敬的客户，您尾号5521的账户今日被转走了3000元，如有疑问请致电95599。') },
  { name: 'anti-fraud centre: your family may have been fooled', expect: 'safe', input: sms('【反诈中心】您的家人可能上当了，近期有冒充客服退款诈骗，请提醒家中老人。') },
  { name: 'payment app: your balance taken? freeze it in the app', expect: 'at-most-suspicious', input: sms('【支付宝】您的账户资金被转走了？请立即在支付宝APP中申请冻结，客服电话95188。') },
  { name: 'bank: have you been cheated? every "agent" asking a transfer is a scam', expect: 'safe', input: sms('【中国银行】您已被骗了吗？任何自称客服要求转账的都是诈骗，请拨打96110。') },
  { name: 'police: your money taken? report first, stop payment', expect: 'safe', input: sms('【某某派出所】您的钱被转走了请第一时间报警并联系银行止付，切勿再向对方转账。') },
  { name: 'payment app: your payment on 30 Nov cheated? complain in the app', expect: 'safe', input: sms('【微信支付】您于11月30日在某商户的付款被骗了？可在微信支付投诉中心申请处理。') },
  { name: 'bank: the card in your name ending 0021 was skimmed, frozen for you', expect: 'safe', input: sms('【建设银行】您名下尾号0021的卡被盗刷了5000元，已为您临时冻结，请到网点办理。') },
  { name: 'community: if your parents get an "agent" call and money is taken, call 110', expect: 'safe', input: sms('【社区】您的父母如果接到自称客服的电话，钱被转走了，请马上拨打110。') },
];

const REPORTS: FaultCase[] = [
  { name: 'the citizen: I did what the agent said, the money in my card was taken', expect: 'scam', input: chat('我按客服说的操作，卡里的钱被转走了，怎么办') },
  { name: 'a greeting is no reader: hello, I was cheated', expect: 'scam', input: chat('你好，我被骗了，刚才按客服说的转了五千') },
  { name: 'for a parent: my mum was cheated, she told the agent the code', expect: 'scam', input: chat('我妈被骗了，她把验证码告诉那个客服了') },
  { name: 'my card, then the screen share', expect: 'scam', input: chat('我的银行卡被转走了两万，刚才一个自称京东客服的让我开了屏幕共享') },
  { name: 'the listener named after the speaker: I checked as you said, the agent had me pay twice', expect: 'scam', input: chat('警官你好，我按你们说的查了，客服让我扫码付了两次，钱都没了') },
];

describe('a notice telling the reader of the reader\'s loss is no report (never `scam`)', () => {
  it.each(NOTICES.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const r = runCase(c);
    if (r.tactics.some((t) => t.id === 'extract.user-paid')) throw new Error(`read as a report: ${c.name}`);
  });
});
describe('the citizen\'s own report stays a report', () => {
  it.each(REPORTS.map((c): [string, FaultCase] => [c.name, { ...c, tactics: ['extract.user-paid'] }]))('%s', (_n, c) => { runCase(c); });
});
