/**
 * newcomer15 kind 7: the refund said to need the reader's code or screen, in one message — "叔叔，退款马上就到了，刚才系统给您
 * 发了个四位的数，您报一下" (suspicious 69 after kind 1), "退款要确认本人…那一串数，您发我一下" (67), "退款的话您得开个视频会意，
 * 把手机界面共享给我看一下" (55 after kind 3). One message is `scam` only on a kill-chain pair (src/playbook/single-message.ts):
 * the code was asked, but "退款" named no story tactic. The ask that names its purpose carries the story:
 * contact.refund-condition (src/playbook/zh/tactics/contact.refund-condition.ts: a code told or sent, a screen shared or a
 * meeting app opened, with a refund, payout or cancellation word in the sentence) is a story for one message and, with the
 * ask, the composite refund-condition-plus-ask. Carriers' "reply the code to confirm", warnings and a chat the user opened
 * stay below `scam`. Our own writing (the inputs are the newcomer's probes).
 */
import { describe } from 'vitest';
import { sms, chat, callerCall, runWithAndWithoutModel as run } from './helpers.ts';

describe('kind 7: the refund needs your code or screen (inputs and siblings)', () => {
  run([
    { name: 'input: four digits for the refund', input: sms('叔叔，退款马上就到了，刚才系统给您发了个四位的数，您报一下我这边好录入。'), expect: 'scam', tactics: ['contact.refund-condition'] },
    { name: 'input: the string, to confirm', input: sms('亲，退款要确认本人，我们给您发了个码，就是那一串数，您发我一下就行。'), expect: 'scam' },
    { name: 'input: a video meeting and the screen', input: sms('退款的话您得开个视频会意，把手机界面共享给我看一下'), expect: 'scam' },
    { name: 'input: a little money back, elderly', input: sms('老人家别紧张，就是给您退点钱，您手机上刚收到的那串数字跟我说一下就行，不会扣您钱的。'), expect: 'scam' },
    { name: 'the payout, the code', input: sms('您的理赔款已审批，到账前请把手机收到的验证码告诉我核对。'), expect: 'scam' },
    { name: 'cancel the charge, the code', input: chat('取消会员自动扣费需要验证本人，您把刚收到的验证码报给我。'), expect: 'scam' },
    { name: 'the refund, a meeting app', input: chat('亲，退款要走专门通道，您下载个腾讯会议，我在会议里帮您操作。'), expect: 'scam' },
    { name: 'the refund, the screen', input: sms('为了给您办理退款，请您打开屏幕共享，客服远程确认后马上到账。'), expect: 'scam' },
    { name: 'unpunctuated', input: sms('您好退款已经申请好了您把短信里的验证码念给我我这边马上给您退'), expect: 'scam' },
    { name: 'unfreeze, the code', input: chat('您的账户解冻需要您本人确认，验证码发我一下马上解除。'), expect: 'scam' },
    { name: 'a call', input: callerCall('您好我是京东售后', '给您的退款卡在系统里了，您把收到的六位数报给我就能到账'), expect: 'scam' },
  ]);
});

describe('kind 7: hard negatives, codes and screens with a refund word that ask nothing of a stranger', () => {
  run([
    { name: 'a carrier: reply the code to confirm', input: sms('【中国移动】您正在办理关闭来电提醒业务，请回复短信验证码确认。'), expect: 'at-most-suspicious' },
    { name: 'a platform warns', input: sms('【淘宝】退款不需要您提供验证码，请勿告知任何人。'), expect: 'safe' },
    { name: 'a refund code delivered', input: sms('【京东】您的退款验证码为482913，5分钟内有效，切勿告知他人。'), expect: 'safe' },
    { name: 'a refund done', input: sms('【拼多多】您的退款已原路退回，请注意查收。'), expect: 'safe' },
    { name: 'a chat the user opened', input: { channel: 'chat' as const, turns: [{ speaker: 'user' as const, text: '我要申请退款，一直没到账' }, { speaker: 'caller' as const, text: '好的，退款需要核对本人，麻烦您提供一下手机收到的验证码' }] }, expect: 'at-most-suspicious' },
    { name: 'a son helps', input: chat('妈，退款到了没？验证码你发我一下我帮你登淘宝看看。'), expect: 'at-most-suspicious' },
    { name: 'police advice', input: sms('警方提醒：说退款要您报验证码、开屏幕共享的都是骗子。'), expect: 'safe' },
    { name: 'a meeting about refunds', input: chat('下午开个视频会议讨论退款流程，大家把屏幕共享准备好。'), expect: 'at-most-suspicious' },
    { name: 'a bank OTP for a refund', input: sms('【招商银行】您正在申请退款到账户，验证码395812，请勿泄露。'), expect: 'safe' },
    // Read 45 by extract.verification-code before this kind: at most suspicious, not this kind's to change.
    { name: 'a colleague', input: chat('报销退款那个系统要验证码，你在自己电脑上输一下就行。'), expect: 'at-most-suspicious' },
    { name: 'a shop explains', input: chat('亲，退款会原路退回，不会要求您提供任何验证码哦。'), expect: 'safe' },
  ]);
});
