/**
 * Session 8, cs10, kind 4: class words missing from existing tactics and the request grammar (never one input's
 * phrase): a desk that "heard" of your trouble (contact.unsolicited-problem: 听说您…问题), a refund's eligibility
 * said in other words (pretext.refund-offer: 符合…条件…可以申请退款), an app named by its edition or role
 * (obj.app: 助手, 商家版, 极速版). Sentences our own (dev texts-5/-8 冒充客服 half A and consumed-gen dev showed
 * the kinds).
 */
import { describe, it } from 'vitest';
import { runCase, sms, type FaultCase } from './helpers.ts';

const POSITIVES: FaultCase[] = [
  { name: 'desk heard of your trouble, offers help', expect: 'suspicious', tactics: ['contact.unsolicited-problem'],
    input: sms('您好，我们是安付通客服中心，听说您最近在支付上遇到了一些问题，我们可以为您提供帮助。') },
  { name: 'securities desk: eligible for a course refund', expect: 'suspicious', tactics: ['pretext.refund-offer'],
    input: sms('您好，我是华信证券的客服人员，您之前办理的服务已经终止，符合一定的条件可以申请退款处理。') },
  { name: 'download the seller edition to collect compensation', expect: 'not-safe', tactics: ['shift.app-download'],
    input: sms('您好，这里是闲置交易平台客服，您的订单因卖家违规被取消，需要您下载“闲置商家版”领取赔偿。') },
];

const NEGATIVES: FaultCase[] = [
  { name: 'a friend heard you were unwell', expect: 'safe', input: sms('听说你最近身体不太舒服，有什么问题随时跟我说，周末去看你。') },
  { name: 'shop policy: refund in the app when eligible', expect: 'safe', input: sms('【优品汇】如订单符合退款条件，您可以在APP内申请退款，退款将原路退回。') },
  { name: 'school: download the class assistant app', expect: 'at-most-suspicious', input: sms('各位家长好，请下载“班级小助手”查看本周作业，有问题联系班主任。') },
  { name: 'platform notice of a speed edition', expect: 'safe', input: sms('【快手】快手极速版新版本已上线，可在应用商店更新体验。') },
];

describe('cs10 kind 4: class words of stories, eligibility and apps', () => {
  for (const c of [...POSITIVES, ...NEGATIVES]) it(c.name, () => { runCase(c); });
});
