/**
 * Newcomer kinds 3 and 4 (issue 8 §1).
 *  3. A travel cancellation with a compensation and a line that is not the operator's: flights, 12306
 *     trains and hotel bookings (pretext.parcel-or-flight's travel group), and a 400/800 line next to
 *     them counts as the claims line unless the number checker lists it (cue option `businessLines`):
 *     an airline's own line is 95xxx, so "改签补偿300元，请致电400-123-4567" is suspicious and the
 *     airline's "详询95530" notice is safe.
 *  4. A refund "the system" forces on the order plus an announced call from customer service
 *     ("系统将对您的订单强制退款，稍后客服致电您") is the set-up of the call (story-plus-callback).
 * Hard negatives: operators' own notices, refunds that go back by themselves, the citizen's own
 * application or booking followed up, a courier arranging a delivery.
 */
import { describe, it } from 'vitest';
import { runCase, sms, chat, callerCall, type FaultCase } from './helpers.ts';

describe('travel cancellation with compensation and a line that is not the operator\'s (newcomer kind 3)', () => {
  const CASES: FaultCase[] = [
    { name: 'the newcomer\'s input: a flight, 改签补偿, a 400 line', expect: 'not-safe', tactics: ['pretext.parcel-or-flight', 'shift.claims-line'], input: sms('尊敬的旅客，您预订的CA1234航班因机械故障取消，改签补偿300元，请致电400-123-4567办理') },
    { name: 'a flight, compensation per passenger, a 400 line', expect: 'not-safe', tactics: ['shift.claims-line'], input: sms('【航旅通知】您的MU2201航班因故取消，每位旅客补偿500元，退改请致电4006-178-999') },
    { name: '12306: a cancelled ticket, compensation, a 400 line', expect: 'not-safe', tactics: ['pretext.parcel-or-flight'], input: sms('您好，您的12306车票因列车调度已取消，可获得赔偿200元，请拨打4008-123-456') },
    { name: 'a high-speed train stopped, compensation, a mobile', expect: 'not-safe', input: sms('您好，您乘坐的高铁因故停运，可申请补偿100元，请联系客服13812345678') },
    { name: 'a hotel cancelled, refund and compensation, a mobile', expect: 'not-safe', tactics: ['pretext.parcel-or-flight'], input: sms('您预订的酒店因故取消，将给您退款并补偿，请联系客服17012345678') },
    { name: 'a flight delay claim via WeChat', expect: 'not-safe', input: sms('航班延误理赔：您的航班延误4小时，可申请理赔500元，请加微信 hk8888 办理') },
    { name: 'an airline "customer service" asks for the card', expect: 'scam', input: callerCall('您好我是东方航空客服，您的航班取消了，给您改签补偿300元', '需要您提供一下银行卡号') },
    // Hard negatives.
    { name: 'hard negative: the airline\'s own notice with 95530', expect: 'safe', input: sms('【东方航空】尊敬的旅客，您预订的MU5101航班因天气原因取消，请登录东航APP或致电95530办理改签退票') },
    { name: 'hard negative: a delay notice with 95583', expect: 'safe', input: sms('【中国国航】您的CA1831航班延误，新的起飞时间18:30，详询95583') },
    { name: 'hard negative: 12306 refunds by itself', expect: 'safe', input: sms('【12306】您购买的G123次列车停运，票款将原路退回，无需办理') },
    { name: 'hard negative: a hotel chain\'s cancellation with its 400 line', expect: 'safe', input: sms('【华住会】您预订的汉庭酒店订单已取消，如有疑问请致电4008121121') },
    { name: 'hard negative: a hotel refund back by itself, 400 line', expect: 'safe', input: sms('【锦江酒店】您的订单已取消，退款将在3个工作日内原路退回，客服热线4008209999') },
    { name: 'hard negative: an OTA\'s ticket with its 400 line', expect: 'safe', input: sms('【同程旅行】您的火车票已出票，如需退票改签请致电4007777777') },
    { name: 'hard negative: rebooking in the airline\'s app', expect: 'safe', input: sms('【南方航空】您的航班CZ3456已取消，请通过南航APP办理免费改签或退票') },
  ];
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('a forced refund and an announced call (newcomer kind 4)', () => {
  const CASES: FaultCase[] = [
    { name: 'the newcomer\'s input', expect: 'suspicious', tactics: ['pretext.refund-offer', 'contact.promised-callback'], input: sms('系统将对您的订单强制退款，稍后客服致电您') },
    { name: 'an order error, a forced refund, customer service will contact you', expect: 'suspicious', input: sms('您的订单异常，系统将强制退款，稍后会有客服人员与您联系') },
    { name: 'a product taken down, a forced refund, customer service will contact you', expect: 'suspicious', input: sms('您在本店购买的商品被平台下架，订单将强制退款，稍后客服会联系您') },
    { name: 'a returned parcel, a forced refund, a specialist will call', expect: 'suspicious', input: sms('您的快递被退回，系统将强制退款，稍后专员致电您') },
    { name: 'a claimed sender, a forced refund, keep the phone on', expect: 'suspicious', input: sms('【淘宝】您的订单将被强制退款，请保持电话畅通，客服稍后联系您') },
    { name: 'a quality refund and a claims specialist\'s call', expect: 'not-safe', input: sms('您购买的商品存在质量问题，平台将为您办理退款，稍后理赔专员会给您来电') },
    // Hard negatives.
    { name: 'hard negative: a refund done, questions in the app', expect: 'safe', input: sms('【京东】您的订单已退款成功，如有疑问请在APP内联系客服') },
    { name: 'hard negative: a courier will call about the address', expect: 'safe', input: sms('【顺丰】您的快件派送异常，快递员稍后会致电您确认地址') },
    { name: 'hard negative: a repair booking followed up', expect: 'safe', input: sms('您的维修预约已受理，稍后工程师会致电您确认上门时间') },
    { name: 'hard negative: the citizen\'s own insurance claim followed up', expect: 'safe', input: sms('【中国平安】您的理赔申请已受理，理赔员将在1个工作日内致电您核实') },
    { name: 'hard negative: the citizen reports a callback', expect: 'safe', input: chat('我申请的退款，客服说稍后会打电话给我') },
    { name: 'hard negative: a forced refund alone', expect: 'safe', input: sms('您的订单将被强制退款') },
  ];
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
