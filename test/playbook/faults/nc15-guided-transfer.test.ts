/**
 * newcomer15 kind 6: "the same ask reads lower without punctuation" — "您好 您上月在我们平台开通了百万医疗保险 现在要每月扣费 …
 * 您需要先把您银行卡里的钱转到您另外一张卡上 我告诉您怎么转" read suspicious 69. Found: punctuation was not the cause (the
 * punctuated text read 69 too as one message, and 100 as a call). One message may be `scam` only on a pair of the kill
 * chain (src/playbook/single-message.ts): the subscription story is one a platform tells of its own service (`notices`),
 * and money asked with such a story needs a fee named or a move. The move was there and unread: the speaker promising to
 * walk the reader through the transfer ("我告诉您怎么转", "我跟你说怎么操作") is shift.guided-operation's, like "我教您一步步
 * 操作". Every line is our own writing (the input is the newcomer's probe).
 */
import { describe } from 'vitest';
import { sms, chat, callerCall, runWithAndWithoutModel as run } from './helpers.ts';

describe('kind 6: the walk-through promised for the transfer (input and siblings)', () => {
  run([
    { name: 'input: unpunctuated', input: sms('您好 您上月在我们平台开通了百万医疗保险 现在要每月扣费 您是不是不知情 不知情的话我帮您关了 您需要先把您银行卡里的钱转到您另外一张卡上 我告诉您怎么转'), expect: 'scam', tactics: ['shift.guided-operation'] },
    { name: 'input: punctuated', input: sms('您好，您上月在我们平台开通了百万医疗保险，现在要每月扣费，您是不是不知情？不知情的话我帮您关了，您需要先把您银行卡里的钱转到您另外一张卡上，我告诉您怎么转。'), expect: 'scam' },
    { name: 'a call', input: callerCall('您好我是快手客服，您的直播会员下个月开始每月扣八百', '您先把卡里的钱转到另一张卡上，我跟您说怎么操作'), expect: 'scam' },
    { name: 'the loan story, chat', input: chat('您的学生贷款账户要注销，不然影响征信，您先把支付宝余额转到我们指定账户，我教您怎么转。'), expect: 'scam' },
    { name: 'I tell you how to set it', input: chat('您的抖音月付被误开通了，要关掉的话您把零钱转到另一张银行卡，我告诉你怎么设置。'), expect: 'not-safe', tactics: ['shift.guided-operation'] },
    { name: 'dialect', input: chat('你那个会员每个月要扣钱的，你先把卡里的钱转出来，我给你说怎么弄。'), expect: 'not-safe', tactics: ['shift.guided-operation'] },
    { name: 'voice transcript, short', input: chat('百万保障要扣费 您把钱转到另外一张卡 我教您怎么操作'), expect: 'not-safe', tactics: ['shift.guided-operation'] },
    { name: 'refund story', input: chat('您的订单退款失败了，需要您先转一笔钱验证，我来告诉您怎么转。'), expect: 'scam' },
    { name: 'parcel story', input: chat('快递丢了要给你理赔，你先把微信里的钱转到银行卡，我教你怎么点。'), expect: 'not-safe', tactics: ['shift.guided-operation'] },
    { name: 'fake police', input: chat('你的账户涉嫌洗钱，资金要核查，你把钱转到安全账户，我告诉你怎么转。'), expect: 'scam' },
    { name: 'renewal with a fee', input: chat('您的VIP会员到期自动续费，要取消的话先交50元手续费，我跟你说怎么操作。'), expect: 'not-safe' },
  ]);
});

describe('kind 6: hard negatives, how-to help that moves nothing for a stranger', () => {
  run([
    { name: 'a son helps his mother', input: chat('妈，你那张卡要销户了，先把卡里的钱转到工资卡上，我周末回来教你怎么转。'), expect: 'at-most-suspicious' },
    { name: 'cooking', input: chat('红烧肉不难做，我告诉你怎么弄，先焯水。'), expect: 'safe' },
    { name: 'a teacher', input: chat('作业平台登不上的话，我告诉你怎么操作，先清一下缓存。'), expect: 'safe' },
    { name: 'a bank notice', input: sms('【工商银行】您的会员服务将于12月31日到期，续费请在工行APP办理，无需向任何人转账。'), expect: 'safe' },
    { name: 'a renewal notice', input: sms('【爱奇艺】您的VIP会员将于12月5日自动续费25元，可在APP“我的-会员”中关闭。'), expect: 'safe' },
    { name: 'a friend with the router', input: chat('路由器重启一下就好，我跟你说怎么设置，先拔电源。'), expect: 'safe' },
    { name: 'a colleague', input: chat('报销单填错了没事，我教你怎么填，发票贴背面。'), expect: 'safe' },
    { name: 'a husband', input: chat('老婆，理财到期了把钱转到余额宝，我晚上告诉你怎么转。'), expect: 'at-most-suspicious' },
    { name: 'a warning', input: sms('警方提示：骗子会说“您的会员要扣费，把钱转到另一张卡，我告诉您怎么转”，遇到立即挂断。'), expect: 'safe' },
    // Read 45 by extract.transfer before this kind (the user's own move): at most suspicious, not this kind's to change.
    { name: 'the user asks', input: chat('我想把微信零钱转到银行卡，你告诉我怎么转？'), expect: 'at-most-suspicious' },
    { name: 'a daughter sets up the phone', input: chat('爸，手机字太小的话我教你怎么设置，点设置里的显示。'), expect: 'safe' },
  ]);
});
