/**
 * told17 (session 17) kind 1: a family member asks "is this a scam?" with the message quoted, and the question's own 骗子/诈骗
 * acted as a warning frame over the quotes: "我妈收到这条短信：“您好，我是淘宝客服，您的订单需要退款，请提供银行卡号和验证码”，这是
 * 诈骗吗？" read safe 0 (scam 100 without the question), "帮我看看这个是不是骗子：“您的快递丢失，我们给您三倍理赔，请加理赔专员QQ
 * 3318820941”" 0, "这个是诈骗吗？“…请下载腾讯会议开启屏幕共享”" 0, "是不是骗子啊，他说：“把您收到的验证码告诉我…”" 0, 「」 quotes 0,
 * "Is this a scam? "This is Amazon support, … install AnyDesk and give me the code"" 0; and a verdict asked ("…，这个会不会是
 * 骗局？") made what preceded it an example. src/match/framing.ts: a frame word asked about (askedAbout: 是不是/是否/会不会/算不算/
 * is this… just before it in its clause, or 吗/么/嘛/？ just after it past at most two light particles) makes no quotes a warning's
 * example; quotes in a turn whose only frame words outside them are asked about are the message received (Framing.received): the
 * retelling around them (我妈收到, 他说) does not narrate them; a verdict asked about judges nothing. Now scam 85-100 / suspicious 65-69.
 * Twins protect: warnings quoting the script (骗子常说：“…”，遇到请直接挂断; 警方提醒：凡是说“…”的，都是诈骗; a warning that then asks
 * and answers itself), a retelling refused then asked (没理他，直接删了，是骗子吧？), a third person's story asked about with no quote
 * (legit-context: 我妈说有人让她…，这是骗子吧？), hearsay asked about, English advisories.
 */
import { describe } from 'vitest';
import { chat, runWithAndWithoutModel, type FaultCase } from './helpers.ts';

const asked = (texts: string[]): FaultCase[] =>
  texts.map((t) => ({ name: `message asked about, read: ${t}`, input: chat(t), expect: 'not-safe' as const }));
const scam = (texts: string[]): FaultCase[] =>
  texts.map((t) => ({ name: `message asked about, scam: ${t}`, input: chat(t), expect: 'scam' as const }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `warning or story: ${t}`, input: chat(t), expect: 'safe' as const }));

describe('told17 kind 1: a question about a quoted message is no warning over it', () => {
  runWithAndWithoutModel([
    ...scam([
      '我妈收到这条短信：“您好，我是淘宝客服，您的订单需要退款，请提供银行卡号和验证码”，这是诈骗吗？',
      '我妈收到这条短信：「您好，我是淘宝客服，您的订单需要退款，请提供银行卡号和验证码」，这是诈骗吗？',
      '这个是诈骗吗？“您好，我是京东客服，您开通了百万保障，请下载腾讯会议开启屏幕共享”',
      '是不是骗子啊，他说：“把您收到的验证码告诉我，我马上给您退款”',
      'Is this a scam? "This is Amazon support, we will refund you $300. Please install AnyDesk and give me the code"',
      '我爸收到“您的医保卡被冻结，请点击链接输入卡号和密码解冻”，这个会不会是骗局？',
      '姐，你帮我看下这个是不是诈骗：“您好，我是拼多多客服，您的商品有质量问题，给您双倍赔偿，请提供银行卡号和验证码”',
      '奶奶手机上收到“您的快递丢了，理赔请提供银行卡号和收到的验证码”，这是骗子吗？',
    ]),
    ...asked([
      '帮我看看这个是不是骗子：“您的快递丢失，我们给您三倍理赔，请加理赔专员QQ 3318820941”',
      '刚收到一条：“【顺丰】您的快递丢失，理赔请加微信kf2088”，靠谱吗，是不是骗子？',
      '老公收到“您的京东金条利率过高，需注销账户，请下载会议软件配合操作”，这是不是诈骗？',
      'Is it a scam? "Your Amazon refund is ready, install AnyDesk so we can send it"',
      'Is this a scam? "Hi, this is Microsoft support, your PC is infected, please install TeamViewer and read me the code"',
    ]),
    ...safe([
      '骗子常说：“您好，我是淘宝客服，请提供银行卡号和验证码”，遇到请直接挂断。',
      '警方提醒：凡是说“把验证码告诉我，我给您退款”的，都是诈骗。',
      '凡是说“把验证码告诉我”的，是不是都是诈骗？警方提醒：一律挂断。',
      '骗子最新套路“您的快递丢了要理赔，请下载会议软件开屏幕共享”，大家千万别上当！这是诈骗吗？当然是！',
      '我妈说有人让她下载个软件共享屏幕，要给她退款，这是骗子吧？',
      '我妈收到一条“请提供验证码”的短信，没理他，直接删了，是骗子吧？',
      'Scammers say "give me the code and I will refund you". Is this a scam? Yes, always hang up.',
      '反诈中心提醒：接到“您的快递丢失，三倍理赔”的电话，请立即挂断。',
      '听说那个刷单的要先垫付，是真的吗？',
      '那个兼职是不是要先交钱？要交钱就算了',
      '民警提示：“安全账户”都是骗子编的，公安机关没有安全账户。',
    ]),
  ]);
});
