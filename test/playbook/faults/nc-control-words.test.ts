/**
 * Newcomer kind 1 (issue 8 §1): after a refund or claim story the caller takes control in words —
 * "我教你在手机上操作", "你按我说的点", "跟着我一步一步来", "手机给我远程看一下" — the screen share's
 * move without the app. The grammar reads it as classes (src/playbook/zh/lexicon.ts: act.direct ×
 * obj.steps for shift.guided-operation, act.show × obj.remote for shift.screen-share), so any words
 * of the classes count, and a story plus the move is the kill chain's pair.
 * Hard negatives: family teaching a parent, recipes, a real agent pointing into the platform's app,
 * advice against it, a phone shop's screen talk.
 */
import { describe, it } from 'vitest';
import { runCase, sms, chat, callerCall, type FaultCase } from './helpers.ts';

describe('control in words after a refund or claim story (newcomer kind 1)', () => {
  const CASES: FaultCase[] = [
    { name: 'the newcomer\'s input: a claim, then "我教你在手机上操作"', expect: 'scam', tactics: ['shift.guided-operation'], input: callerCall('您好我是淘宝客服，您买的衣服有质量问题，给您办理理赔', '我教你在手机上操作，很简单') },
    { name: 'claimed after-sales, a refund, then "你按我说的点"', expect: 'scam', tactics: ['shift.guided-operation'], input: callerCall('我是京东售后，您的订单需要退款', '你按我说的点就行') },
    { name: 'a lost parcel payout, "跟着我一步一步来"', expect: 'not-safe', tactics: ['shift.guided-operation'], input: sms('您好，您的快递丢失，我们给您理赔300元，跟着我一步一步来操作') },
    { name: 'a claims specialist: "手机给我远程看一下"', expect: 'scam', tactics: ['shift.screen-share'], input: callerCall('我是快递理赔专员，包裹丢了给您赔偿', '手机给我远程看一下，我帮您弄') },
    { name: 'a quality refund: "按照我说的操作"', expect: 'scam', tactics: ['shift.guided-operation'], input: callerCall('您的订单有质量问题给您退款', '您打开支付宝，按照我说的操作') },
    { name: 'a membership charge: "我带您一步步点"', expect: 'scam', tactics: ['shift.guided-operation'], input: callerCall('我是抖音客服，您开通的会员下个月要自动扣费', '您别着急，我带您一步步点，马上就能关掉') },
    { name: 'a frozen refund: "听我的，在手机上点"', expect: 'not-safe', tactics: ['shift.guided-operation'], input: callerCall('您的退款被系统冻结了', '您听我的，在手机上点一下设置') },
    { name: 'a claim: "我远程帮您看一下"', expect: 'not-safe', tactics: ['shift.screen-share'], input: callerCall('您的包裹在运输中破损了，我们要给您理赔', '您手机上的理赔页面打不开的话，我远程帮您看一下') },
    // Hard negatives.
    { name: 'hard negative: a daughter teaches her mother video calls', expect: 'safe', input: chat('我教你在手机上操作微信视频，很简单的，妈') },
    { name: 'hard negative: a recipe', expect: 'safe', input: chat('跟着我一步一步来，先把面粉和水混合') },
    { name: 'hard negative: a real agent points into the app', expect: 'safe', input: chat('退款的话你在淘宝APP里按我说的点：我的订单-申请售后-退款') },
    { name: 'hard negative: a friend finds the phone\'s version', expect: 'safe', input: chat('你按我说的点，设置-通用-关于本机，就能看到版本号') },
    { name: 'hard negative: a reported daughter\'s help', expect: 'safe', input: chat('女儿说：妈，我教你在手机上操作退款，就在淘宝我的订单里') },
    { name: 'hard negative: advice against it', expect: 'safe', input: sms('反诈提醒：陌生人说“我教你在手机上操作”“手机给我远程看一下”，一定是骗子，马上挂断') },
    { name: 'hard negative: a phone shop talks about the screen', expect: 'safe', input: chat('您可以看一下这款手机，体验一下手感和屏幕效果') },
    { name: 'hard negative: an IT colleague at work', expect: 'safe', input: chat('服务器日志我看不到，你有空远程帮我看一下') },
  ];
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
