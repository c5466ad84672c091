/**
 * A newcomer's fresh text (fix-detect): a platform's desk used as the message's SENDER ("京东客服：…",
 * "【京东客服】…", "京东客服提醒：…") is impersonation evidence like "我是京东客服", and "订单异常需要退款"
 * is a refund pretext. The signature alone is only contact evidence: a real platform's signed notice
 * stays safe; with a pretext and a move off the platform it is a warning.
 */
import { describe, it } from 'vitest';
import { runCase, type FaultCase } from './helpers.ts';

const CASES: FaultCase[] = [
  { name: 'newcomer: "京东客服：" order fault, refund, private WeChat', expect: 'not-safe', tactics: ['contact.impersonation', 'pretext.quality-refund'],
    input: '京东客服：您的订单异常需要退款，请加微信 jd8866kf' },
  { name: 'newcomer: "【京东客服】" signature', expect: 'not-safe', tactics: ['contact.impersonation'],
    input: '【京东客服】您的订单异常需要退款，请加微信 jd8866kf' },
  { name: 'newcomer: "京东客服提醒：" signature', expect: 'not-safe', tactics: ['contact.impersonation'],
    input: '京东客服提醒：您的订单异常需要退款，请加微信 jd8866kf' },
  { name: 'spaced-out signature with V 信', expect: 'not-safe', tactics: ['contact.impersonation'],
    input: '京 东 客 服 提 醒：您 的 订 单 异 常 需 退 款，请 加 V 信：jd8866kf 办 理，过 期 作 废' },
  { name: 'Taobao after-sales signature, order fault, refund link', expect: 'scam', tactics: ['contact.impersonation'],
    input: '淘宝客服：您的订单异常需要退款，请点击 http://tb-refund.top 办理' },
  { name: 'Pinduoduo signature, lost parcel, claims group', expect: 'not-safe', tactics: ['contact.impersonation'],
    input: '【拼多多客服】您的包裹丢失，需要理赔，请加入理赔QQ群 556677' },
  { name: 'hard negative: JD\'s own refund notice', expect: 'safe', input: '【京东】您的退款已原路退回，请注意查收' },
  { name: 'hard negative: Taobao\'s own shipping notice', expect: 'safe', input: '【淘宝】您的订单已发货' },
  { name: 'hard negative: a desk notice sending you back to the app', expect: 'safe',
    input: '【京东客服】您的订单支付异常，退款已原路退回，请在APP内查看' },
  { name: 'hard negative: the signature with an ordinary message', expect: 'safe',
    input: '京东客服：您的订单已签收，欢迎评价' },
];

describe('a desk as the sender (fix-detect)', () => {
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
