/**
 * newcomer8 kind 4: word-form variants of one class. "每个月扣费" read safe 10 where "每月扣费" read 69: the measure
 * word and 一 between 每 and its unit (每个月, 每一个月, 每一天) are fillers of one quantifier, folded for every class
 * (src/playbook/zh/variants.ts, kind 'measure'), not a synonym per phrase. And the short QR lure "亲 理赔到了 扫码领"
 * read safe 0: a payout named by its bare word (理赔, 赔付, 赔偿) is what "scan to collect" asks for, as 理赔款 is.
 * Plus the pay-later line (月付, 分付) said to charge every month is the subscription story. The first inputs
 * are the newcomer's; the rest our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { runCase, sms, chat, callerCall, why, type FaultCase } from './helpers.ts';

/** [with a filler, without it]: the two must read alike. */
const SAME_READING: Array<[string, string]> = [
  ['您好我是抖音客服，您之前开通的抖音月付，下个月开始每个月扣费500块，需要我帮您关闭吗', '您好我是抖音客服，您之前开通的抖音月付，下个月开始每月扣费500块，需要我帮您关闭吗'],
  ['您开通的百万保障试用期已满，每一个月自动扣费599元，如需关闭请联系专员', '您开通的百万保障试用期已满，每月自动扣费599元，如需关闭请联系专员'],
  ['您的会员免费体验已到期，之后每个月都会扣您398元', '您的会员免费体验已到期，之后每月都会扣您398元'],
  ['加入我们的理财群，每一天收益百分之五，稳赚不赔', '加入我们的理财群，每天收益百分之五，稳赚不赔'],
  ['跟着导师投资，每个星期分红一次，稳赚不亏', '跟着导师投资，每星期分红一次，稳赚不亏'],
  ['【爱奇艺】您的会员每个月扣费25元，可在设置中取消自动续费', '【爱奇艺】您的会员每月扣费25元，可在设置中取消自动续费'],
  ['我开通的会员每个月扣费15元，还挺划算', '我开通的会员每月扣费15元，还挺划算'],
  ['每一个人都要交50元资料费，扫码交给我', '每人都要交50元资料费，扫码交给我'],
  ['您的账户每个季度会收取管理费', '您的账户每季度会收取管理费'],
  ['做任务每一单返佣金20元，先垫付后返还', '做任务每单返佣金20元，先垫付后返还'],
];

const CASES: FaultCase[] = [
  { name: 'newcomer: 抖音月付 charged every month, shall I close it', expect: 'not-safe', tactics: ['pretext.subscription-renewal'], input: callerCall('您好我是抖音客服，您之前开通的抖音月付，下个月开始每个月扣费500块，需要我帮您关闭吗') },
  { name: '美团月付 opened by mistake, charged every month', expect: 'not-safe', input: sms('您好，这边是美团客服，您误开通的美团月付每一个月要扣费299元，关闭请联系专员') },
  { name: 'newcomer: 亲 理赔到了 扫码领', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('亲 理赔到了 扫码领') },
  { name: 'short lure: 赔付到账 扫码领取', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('亲，您的赔付已到账，扫码领取') },
  { name: 'short lure: 快递赔偿 扫码领', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('快递丢了给您赔偿，扫码领') },
  { name: 'short lure: 补偿 扫一扫领取', expect: 'not-safe', tactics: ['extract.transfer'], input: chat('质量问题补偿200元，扫一扫领取') },
  { name: 'short lure: 理赔金 扫码到账', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('理赔金已审核，扫码到账') },
  // Legitimate neighbours.
  { name: 'a refund notice with a coupon to scan', expect: 'safe', input: sms('【唯品会】退款成功，扫码领取5元优惠券') },
  { name: 'an e-invoice by scan', expect: 'safe', input: sms('【中国石化】扫码领取电子发票，感谢您的光临') },
  { name: 'an insurer: claim paid to your card', expect: 'safe', input: sms('【平安保险】您的理赔款1200元已转入您尾号3321的银行卡，请注意查收') },
  { name: 'a renewal receipt, 每个月, to the app', expect: 'safe', input: sms('【腾讯视频】您的VIP会员每个月自动续费25元，如需取消，可在腾讯视频APP-个人中心-VIP会员中操作。') },
  { name: 'a pay-later bill: monthly debit in the app', expect: 'safe', input: sms('【美团】您的美团月付账单已出，本期应还320元，每个月10日自动扣款，可在美团APP查看') },
  { name: 'a gym: every month charge, talked about', expect: 'safe', input: chat('健身卡每个月扣费199，我打算下个月停了') },
];

describe('word-form variants of one class (newcomer8 kind 4)', () => {
  for (const [filled, plain] of SAME_READING) {
    it(`reads alike: ${filled.slice(0, 24)}`, () => {
      const a = analyze(sms(filled));
      const b = analyze(sms(plain));
      expect(a.verdict, why(a)).toBe(b.verdict);
      expect(a.tactics.map((t) => t.id).sort(), why(a)).toEqual(b.tactics.map((t) => t.id).sort());
    });
  }
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
