/**
 * Warnings that name the asker as the scam ("骗子才会让你…", "只有骗子才…") or end by asking the reader to
 * report such requests ("遇到要求先交钱的职位请及时举报") describe the request, they do not make it (issue 8
 * §1.5; nc-kinds' and sms-fp2's hand-offs, session 6: a job board's safety notice read `scam` 85). A
 * speaker who then asks for something of their own ("我只让您…", "我们不一样…") is asking again.
 */
import { describe, it } from 'vitest';
import { runCase, type FaultCase } from './helpers.ts';

const sms = (text: string) => ({ channel: 'sms' as const, text });
const call = (text: string) => ({ channel: 'call' as const, turns: [{ speaker: 'caller' as const, text }] });

const CASES: FaultCase[] = [
  { name: 'job board: the fees a real recruiter never asks, report such jobs', expect: 'safe',
    input: sms('【前程无忧】温馨提醒：正规招聘不会收取押金、服装费、培训费，遇到要求先交钱的职位请及时举报。') },
  { name: 'marketplace: deposits asked off-platform, report them', expect: 'safe',
    input: sms('【闲鱼】安全提醒：卖家要求先付定金到个人账户的，请勿付款并立即举报。') },
  { name: 'only a scammer asks for the code', expect: 'safe',
    input: sms('只有骗子才会让您提供验证码，我们的客服不会。') },
  { name: 'scammers are the ones who move you to WeChat for a refund', expect: 'safe',
    input: sms('骗子才会让你加微信退款，真正的退款会原路退回。') },
  { name: 'a family chat: scammers are the ones who ask for a screen share', expect: 'safe',
    input: { channel: 'chat', turns: [{ speaker: 'caller', text: '妈，骗子才会让你开屏幕共享，谁打电话说退款都别理' }] } },
  { name: 'scam: "not a scammer — scammers ask for transfers, I only ask you to borrow"', expect: 'not-safe',
    input: call('您放心，我不是骗子，骗子才会让您转账，我只让您在备用金里把额度借出来，系统自动退回。') },
  { name: 'scam: "scammers ask for money, we only need your code"', expect: 'not-safe',
    input: call('骗子才会要您的钱，我们只需要您把收到的验证码念一下，马上给您退款。') },
  { name: 'scam: a real request under a report line', expect: 'not-safe',
    input: sms('【某某招聘】入职需先交押金500元，请加微信kf123办理，如有疑问及时举报') },
  { name: 'scam: "not like the scammers", then the code', expect: 'scam',
    input: call('不要相信骗子，我是真的客服，把验证码给我，给您办理退款。') },
  { name: 'scam: a separate sentence after the warning asks for the code', expect: 'scam',
    input: sms('骗子才会让你等。我是京东客服，现在给您退款，请把验证码发我') },
];

describe('warnings that name the asker as the scam, or ask you to report, describe the request', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => { runCase(c); });
});
