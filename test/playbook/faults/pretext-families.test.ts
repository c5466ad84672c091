/**
 * Issue 8 §1.4: whole pretext families that were missing. Subscription / free trial "ending, then a
 * monthly charge" from a stranger; a damaged or lost parcel moving you to a private number; multiplied
 * compensation said in other words; a quality problem and its compensation far apart.
 */
import { describe, it } from 'vitest';
import { callerCall, runCase, type FaultCase } from './helpers.ts';

const call = callerCall;

const SUBSCRIPTION: FaultCase[] = [
  // One message with a story and "配合我操作" and no ask (no link, app, screen or payment yet): flagged,
  // not `scam` (the one-message rule, src/playbook/single-message.ts; issue 8 §1.4: `scam` once one follows).
  { name: 'issue: Kuaishou trial ended, monthly charge, "cooperate with me"', expect: 'suspicious',
    input: '您好，您去年开通的快手极速版会员免费体验已到期，下个月起每月自动扣费699元，如需关闭请配合我操作。', tactics: ['pretext.subscription-renewal'] },
  { name: 'issue: the same without "cooperate", as a call', expect: 'not-safe',
    input: call('您好，您去年开通的快手极速版会员免费体验已到期，下个月起每月自动扣费699元。') },
  { name: 'issue: the same without "cooperate", as an SMS', expect: 'not-safe',
    input: { channel: 'sms', text: '您好，您去年开通的快手极速版会员免费体验已到期，下个月起每月自动扣费699元。' } },
  { name: 'Douyin live membership trial over, then a screen share', expect: 'scam',
    input: call('您好，我是抖音客服，您的直播会员试用期已经结束，系统将按月扣费800元', '要取消的话，您打开屏幕共享，我教您关闭') },
  { name: 'million-yuan insurance, then a link', expect: 'scam',
    input: call('您好，您在京东开通的百万保险今天到期，不取消的话每月扣款', '我给您发个链接，您点进去填一下银行卡信息就能取消') },
  { name: 'membership charge, then a transfer to "cancel"', expect: 'scam',
    input: call('您的学生会员免费体验结束了，之后每月从您账户扣除299元', '您先把卡里的钱转到我们的安全账户，就不会被扣') },
  { name: 'trial over, then a meeting app download', expect: 'scam',
    input: call('我们检测到您的免费试用会员已过期，将从您的银行卡每月扣费', '您下载一个会议软件，我们远程帮您关闭') },
  { name: 'a stranger\'s renewal story alone', expect: 'not-safe',
    input: '女士您好，您的会员体验期到期了，下个月开始每个月扣您398元' },
  { name: 'hard negative: iQIYI\'s own renewal notice', expect: 'safe',
    input: '【爱奇艺】您的VIP会员将于12月5日自动续费25元，可在APP“我的-会员”中关闭' },
  { name: 'hard negative: Tencent Video trial ended, renew in the app', expect: 'safe',
    input: '【腾讯视频】您的试用会员已到期，续费可在APP内操作' },
  { name: 'hard negative: NetEase music trial ended, manage in settings', expect: 'safe',
    input: '【网易云音乐】您的黑胶VIP免费试用期已结束，可随时在设置中管理自动续费' },
  { name: 'hard negative: a user complaining about her own subscription', expect: 'safe',
    input: '我想取消抖音的会员，每月扣费太贵了' },
  { name: 'hard negative: a gym trial between friends', expect: 'safe',
    input: '你的健身卡体验期到了，要不要一起办年卡' },
];

const PARCEL: FaultCase[] = [
  { name: 'issue: Yunda damaged parcel, add this mobile number', expect: 'not-safe',
    input: '【韵达】您的快件外包装破损，麻烦加一下这个手机号，我把照片发给您确认。', tactics: ['pretext.parcel-damaged', 'shift.private-contact'] },
  { name: 'lost parcel, use this number from now on', expect: 'not-safe',
    input: '您好，您的包裹在运输中丢失了，后续用这个号码联系我就行' },
  { name: 'crushed parcel, add my personal WeChat', expect: 'not-safe',
    input: '您的快递在分拣时被压坏了，加我个人微信，我私下给您处理' },
  { name: 'lost parcel then a code request is the scam', expect: 'scam',
    input: call('您好，您的快递丢件了，我是负责这个件的专员', '为了给您登记，麻烦把收到的验证码告诉我') },
  { name: 'hard negative: damaged parcel re-packed and delivered', expect: 'safe',
    input: '您的快件外包装破损，已为您重新包装后派送' },
  { name: 'hard negative: user asking about her own broken parcel', expect: 'safe',
    input: '我的快递破了，找谁理赔啊' },
  { name: 'hard negative: refuse a damaged parcel at the door', expect: 'safe',
    input: '签收时发现外包装破损可以拒收' },
];

const COMPENSATION: FaultCase[] = [
  { name: 'triple claim (三倍理赔)', expect: 'not-safe', input: call('我是淘宝店铺客服，您买的奶粉这批有质量问题，给您三倍理赔'), tactics: ['pretext.too-good-compensation'] },
  { name: 'pay triple (赔付三倍)', expect: 'not-safe', input: call('我是淘宝店铺客服，您买的面膜有质量问题，我们赔付三倍'), tactics: ['pretext.too-good-compensation'] },
  { name: 'tenfold compensation (十倍赔偿)', expect: 'not-safe', input: call('我是京东客服，您买的奶粉检测出问题，按规定十倍赔偿'), tactics: ['pretext.too-good-compensation'] },
  { name: 'quality problem and compensation far apart', expect: 'not-safe',
    input: call('您好，我是店铺客服，您上个月在我们店铺购买的那款儿童保温杯，经过质检部门抽检发现存在严重的质量问题，根据平台的相关规定以及我们店铺的售后服务承诺，我们会主动给您进行理赔'), tactics: ['pretext.quality-refund'] },
  { name: 'hard negative: a shop\'s genuine-goods promise', expect: 'safe', input: '本店所有商品正品保证，假一赔十' },
  { name: 'hard negative: a user asking for a refund', expect: 'safe', input: '我买的保温杯有质量问题，想申请退货退款' },
];

describe('missing pretext families (issue 8 §1.4)', () => {
  describe('subscription / free trial ending, then a monthly charge', () => {
    for (const c of SUBSCRIPTION) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  });
  describe('damaged or lost parcel, then a private number', () => {
    for (const c of PARCEL) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  });
  describe('multiplied compensation and far-apart quality + compensation', () => {
    for (const c of COMPENSATION) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  });
});
