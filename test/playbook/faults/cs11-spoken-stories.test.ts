/**
 * Session 9, cs11, kind 3: the refund and cancel-the-charge stories said aloud, in the register of a caller's SMS
 * ("试用期过了，从这个月开始每个月要扣您六百多", "会员要扣年费了，不需要的话回个电话我帮你关", "平台退你双倍", "你的订单需要
 * 退款，有空回个电话", "学生贷未注销，影响征信，回电处理"). Each read safe 0–20 at 450f3b1 with the rules (own SMS by
 * writers 5–7, who never read the rules); the sentences below are our own. Stories in the playbook's classes
 * (subscription-renewal, payout-offer, refund-offer) and the call back (promised-callback "回电处理"), read by the
 * existing composites: `suspicious`, never `scam` on a story and a call.
 */
import { describe, it } from 'vitest';
import { createEngine } from '../../../src/index.ts';
import { runCase, sms, type FaultCase } from './helpers.ts';

const rulesOnly = { engine: createEngine({ model: false }) };

const POSITIVES: FaultCase[] = [
  { name: 'trial over, charged monthly from now, spoken', expect: 'suspicious', tactics: ['pretext.subscription-renewal'],
    input: sms('您好，这边是快手客服，您之前开了个直播会员，试用期过了，从下个月开始每个月要扣您五百多，不想开的话今天就得关掉。') },
  { name: 'membership to charge its yearly fee, call back and I close it', expect: 'suspicious', tactics: ['pretext.subscription-renewal'],
    input: sms('你好，你的白金会员要扣年费了，不需要的话回个电话我帮你关') },
  { name: 'platform pays you double, call back to collect', expect: 'suspicious', tactics: ['pretext.payout-offer'],
    input: sms('你好，这边是外卖平台客服，你上周订餐的那家店被查出卫生问题，平台退你双倍，你回一下电话我教你怎么领。') },
  { name: 'your order needs a refund, call back', expect: 'suspicious', tactics: ['pretext.refund-offer'],
    input: sms('你好我是拼多多商城客服，你的订单需要退款，有空回个电话') },
  { name: 'student loan to close, call back to sort it out', expect: 'suspicious', tactics: ['contact.promised-callback'],
    input: sms('您的学生贷账户未注销，将影响征信，回电处理。') },
];

const NEGATIVES: FaultCase[] = [
  { name: 'a friend on a gym trial', expect: 'safe', input: sms('我健身房的试用期过了，下个月开始每个月要扣三百，我打算不续了') },
  { name: 'platform renewal with its app', expect: 'safe', input: sms('【爱奇艺】您的VIP会员将于12月5日自动续费25元，可在APP“我的-会员”中关闭。') },
  { name: 'a refund already made', expect: 'safe', input: sms('【淘宝】您的退款已原路退回，请注意查收。') },
  { name: 'the citizen asks for her own refund', expect: 'safe', input: sms('我的订单要退款，麻烦商家尽快处理一下') },
];

describe('cs11 kind 3: refund and charge stories in the spoken register of an SMS', () => {
  for (const c of [...POSITIVES, ...NEGATIVES]) it(c.name, () => { runCase({ ...c, options: rulesOnly }); });
});
