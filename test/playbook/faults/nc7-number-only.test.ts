/**
 * newcomer7 kind 2: a refund or claim line given as a NUMBER to call, spaced out to slip past filters
 * ("1 3 7 - 2 2 8 1 - 6 6 3 0", "Q Q 2 8 5 6 1 1 7 3") or as a rented 400 line after 退款专线/理赔热线,
 * read safe. The kind: spaced digits are read as the number or the chat id they spell
 * (src/entities/entities.ts: up to 3 spaces or hyphens between digits; an id spelt one character at a
 * time after its app's name), and a refund's own line (the lexicon's ctx.refund-line, read by shift.claims-line) takes a
 * 400/800 number too, since no platform runs a line of its own for refunds. A stranger's "call this
 * number for your refund/claim" is at least `suspicious`. Hard negatives: a platform's own 【签名】 notice
 * with its published hotline, a brand's 400 service line for an installation, spaced small numbers.
 * The first three inputs are the newcomer's; the rest our own writing.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities, normalise } from '../../../src/index.ts';
import { runCase, sms, chat, type FaultCase } from './helpers.ts';

const entitiesOf = (text: string) => extractEntities(normalise(text).text).map((e) => [e.kind, e.value]);

describe('spaced digits are the number or the id they spell (newcomer7 kind 2)', () => {
  it('a spaced mobile with hyphens between groups', () => {
    expect(entitiesOf('淘宝退款专员：1 3 7 - 2 2 8 1 - 6 6 3 0，速联系')).toContainEqual(['phone', '13722816630']);
  });
  it('a spaced landline', () => {
    expect(entitiesOf('理赔电话 0 2 1 - 5 5 6 6 - 7 7 8 8')).toContainEqual(['phone', '02155667788']);
  });
  it('a QQ id spelt one digit at a time after a spaced Q Q', () => {
    expect(entitiesOf('理赔请联系专员 Q Q 2 8 5 6 1 1 7 3，过期作废')).toContainEqual(['handle', '28561173']);
  });
  it('a WeChat id spelt one character at a time', () => {
    expect(entitiesOf('退款请加客服微信 t k 8 8 2 1 5')).toContainEqual(['handle', 'tk88215']);
  });
  it('small spaced numbers stay no number, an ordinary id keeps its reading', () => {
    expect(entitiesOf('这批货3 - 5 天到，单价 12 - 15 元').filter(([k]) => k === 'phone')).toEqual([]);
    expect(entitiesOf('加v kf111')).toContainEqual(['handle', 'kf111']);
    expect(entitiesOf('qq1839928811')).toContainEqual(['handle', '1839928811']);
  });
});

describe('a refund or claim line given as a number to call (newcomer7 kind 2)', () => {
  const CASES: FaultCase[] = [
    // The newcomer's.
    { name: 'spaced mobile after 退款专员', expect: 'suspicious', tactics: ['shift.claims-line'], input: sms('淘宝退款专员：1 3 7 - 2 2 8 1 - 6 6 3 0，您的订单需要理赔，速联系') },
    { name: '退款专线 as a 400 line, else forfeited', expect: 'suspicious', tactics: ['shift.claims-line'], input: sms('退款专线：400-820-6611 请尽快来电 否则视为放弃') },
    { name: 'spaced QQ for a claim', expect: 'suspicious', input: sms('【拼 多 多】您的订单因仓库失火无法发货，理赔请联系专员 Q Q 2 8 5 6 1 1 7 3，过期作废') },
    // Siblings.
    { name: 'spaced mobile of a claims agent', expect: 'suspicious', input: sms('您的包裹丢失，理赔专员电话 1 5 9 - 0 1 2 3 - 4 5 6 7，请尽快联系') },
    { name: '理赔热线 as a 400 line, forfeited after three days', expect: 'suspicious', input: sms('理赔热线：4006-882-913，未在三日内致电视为放弃赔付') },
    { name: 'a refund agent, mobile spaced digit by digit', expect: 'suspicious', input: sms('您的订单退款待处理，请联系退款专员 1 8 6 2 2 3 4 9 9 0 1') },
    { name: 'a spaced QQ with a colon', expect: 'suspicious', input: sms('快递遗失赔付，专员 Q Q：3 9 2 8 1 7 7 6 5，备注单号') },
    { name: '退款中心 as a spaced 400 line', expect: 'suspicious', input: sms('您购买的商品已下架，退款请致电退款中心 400 600 1234') },
    { name: '理赔部 as a spaced landline', expect: 'suspicious', input: sms('退款未到账？请联系理赔部 021 - 6688 - 1234') },
    { name: 'a spaced WeChat id for a refund', expect: 'suspicious', input: sms('退款请加客服微信 t k 8 8 2 1 5') },
    { name: 'a broken parcel, a spaced landline', expect: 'suspicious', input: sms('亲，您的快递破损了，理赔电话 0 2 1 - 5 5 6 6 - 7 7 8 8，请速联系') },
    // Hard negatives: a platform's own notice with its published line.
    { name: 'hard negative: JD\'s own refund line', expect: 'safe', input: sms('【京东】退款问题请致电客服950618') },
    { name: 'hard negative: a brand\'s 400 service line for an installation', expect: 'safe', input: sms('【格力空调】您的安装工单已派发，师傅将于明天上午上门，如需改约请致电格力官方服务热线4008-365-315。') },
    { name: 'hard negative: a courier\'s loss notice with its short line', expect: 'safe', input: sms('【中通快递】您好，您的快件JT20261122在运输中丢失，我们深表歉意，已按保价规则登记理赔，理赔款将由寄件网点联系发件人处理，如有疑问请拨打中通官方客服95311。') },
    { name: 'hard negative: an insurer\'s claim in its app, spaced case number', expect: 'safe', input: sms('【平安保险】您的车险理赔已受理，案件号 2026 1130 0012，理赔进度可在平安好车主APP查询，详询95511') },
    { name: 'hard negative: SF\'s approved claim goes back by itself', expect: 'safe', input: sms('【顺丰速运】您的理赔申请已审核通过，赔付金额将原路退回，如有疑问请拨打95338') },
    { name: 'hard negative: a spaced extension at the office', expect: 'safe', input: chat('会议室电话 0 2 1 - 5 5 6 6 转 8 0 1 2') },
    { name: 'hard negative: spaced small numbers', expect: 'safe', input: chat('这批货3 - 5 天到，单价 12 - 15 元') },
    { name: 'hard negative: Meituan\'s refund gone back, its hotline', expect: 'safe', input: sms('【美团】您的退款已原路退回，客服电话10107888') },
  ];
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
