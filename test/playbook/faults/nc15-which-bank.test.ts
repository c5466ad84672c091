/**
 * newcomer15 kind 8: which bank your card is with, asked inside a refund or cancellation story — "喂 是王淑芬女士吗 我们是快手的
 * 您是不是开通了个直播会员 一个月要扣八百的 … 我们帮您取消 您那边用的哪个银行的卡" (suspicious 69). The script's sizing-up step
 * (extract.finances) reads the question (act.ask-which-bank × obj.held-card) with a refund, payout or cancellation word in
 * the sentence: a refund goes back by the route the reader paid, and nobody cancelling a membership needs the bank. The
 * reader asking where their own refund went, and family money talk, stay below it. Our own writing (the input is the
 * newcomer's probe).
 */
import { describe } from 'vitest';
import { sms, chat, callerCall, runWithAndWithoutModel as run } from './helpers.ts';

describe('kind 8: which bank, asked in a refund or cancellation story (input and siblings)', () => {
  run([
    { name: 'input: the membership cancelled, which bank', input: sms('喂 是王淑芬女士吗 我们是快手的 您是不是开通了个直播会员 一个月要扣八百的 您年纪大了可能是误点的 我们帮您取消 您那边用的哪个银行的卡'), expect: 'scam', tactics: ['extract.finances'] },
    { name: 'the payout, the salary card', input: sms('给您理赔三百块，您平时工资卡是哪个银行的？'), expect: 'scam' },
    { name: 'a call', input: callerCall('您好我是京东售后，您买的电暖器被召回了', '给您全额退款，您那边储蓄卡是哪家银行的'), expect: 'not-safe', tactics: ['extract.finances'] },
    { name: 'the insurance cancelled', input: chat('您的百万保险我们帮您关闭，关闭前问一下您用的什么银行的卡？'), expect: 'not-safe', tactics: ['extract.finances'] },
    { name: 'the parcel payout, elderly', input: chat('大爷您的快递丢了要赔您钱，您那个存折是哪个银行的？'), expect: 'not-safe', tactics: ['extract.finances'] },
    { name: 'unpunctuated', input: chat('退款给你打过去你用的卡是哪一家银行的说一下'), expect: 'not-safe', tactics: ['extract.finances'] },
    { name: 'refund to you', input: chat('多扣的钱要退给您，您手上的银行卡是哪个行的？'), expect: 'not-safe', tactics: ['extract.finances'] },
    { name: 'a deposit returned', input: chat('保证金马上退还，您绑定的信用卡是哪家银行的？'), expect: 'not-safe', tactics: ['extract.finances'] },
    { name: 'the student loan cancelled', input: chat('您的校园贷账户要注销，注销后退款给您，您借记卡是什么银行的？'), expect: 'not-safe', tactics: ['extract.finances'] },
    { name: 'the compensation, spoken', input: chat('赔偿金给您打卡上，您那张卡是哪个银行的啊？'), expect: 'not-safe', tactics: ['extract.finances'] },
  ]);
});

describe('kind 8: hard negatives, which bank in real talk', () => {
  run([
    { name: 'the reader asks about their refund', input: sms('我的退款退到哪个银行卡了？'), expect: 'safe' },
    { name: 'a mother sends money', input: chat('你工资卡是哪个银行的？我给你转生活费。'), expect: 'safe' },
    { name: 'a lost card', input: chat('银行卡丢了去哪个银行挂失？'), expect: 'safe' },
    { name: 'a refund notice', input: sms('【淘宝】退款已原路退回，到账时间以付款银行为准，请在APP查看。'), expect: 'safe' },
    { name: 'an HR question', input: chat('新员工请把工资卡是哪家银行的告诉人事，下月发工资。'), expect: 'at-most-suspicious' },
    { name: 'friends compare', input: chat('你信用卡是哪家银行的？我想办一张额度高的。'), expect: 'safe' },
    // Read 50 before this kind (money-request-with-story on 退费…打到…卡), extract.finances not among it: not this kind's to change.
    { name: 'a school fee refund', input: chat('学费退费会打到缴费时用的卡，不用问哪个银行的。'), expect: 'at-most-suspicious' },
    { name: 'a landlord', input: chat('押金我退你，你那张卡是哪个银行的？我用手机银行转跨行要两天。'), expect: 'at-most-suspicious' },
    { name: 'police advice', input: sms('警方提醒：自称客服说要退款又问您用哪个银行的卡，是在摸底，立即挂断。'), expect: 'safe' },
    { name: 'a bank branch', input: chat('取消这张卡的年费要去开户行办，你的卡是哪个银行的就去哪个银行。'), expect: 'at-most-suspicious' },
  ]);
});
