/**
 * Session 5 newcomer's probes, kind 1: a refund, claim or compensation to be collected through a
 * PRIVATE contact (a QQ/WeChat/DingTalk id, given with or without a colon, glued to its app's name,
 * spelt 🐧 / Q / wx / vx / 薇❤), with no "客服" claim, read safe 0–20. The kind: the id is an entity
 * (src/entities/entities.ts handles()), a move (shift.group) and, next to a refund in the same
 * message, the refund to be collected off the platform (pretext.refund-off-platform, cs-sms's tactic, which
 * gains the id as a cue): with its move at least `suspicious` (pretext-plus-shift); `scam` with a claimed
 * platform or multiplied compensation (claimed-platform-refund-plus-private-contact,
 * multiplied-compensation-plus-private-contact). The newcomer's inputs and siblings of our own,
 * positives and hard negatives.
 */
import { describe, it } from 'vitest';
import { runCase, sms, type FaultCase } from './helpers.ts';

const NEWCOMER: FaultCase[] = [
  { name: 'bare refund + Q id', expect: 'suspicious', tactics: ['pretext.refund-off-platform'], input: sms('您的订单退款请联系我 Q 1234567') },
  { name: 'refund here + wx id', expect: 'suspicious', tactics: ['pretext.refund-off-platform'], input: sms('亲，退款在这 wx: tk778') },
  { name: 'recall, full refund, add after-sales Q', expect: 'not-safe', tactics: ['pretext.refund-off-platform'],
    input: sms('亲 你买的鞋子厂家召回了 退你全款还多给一百 加一下售后的Q 3829102938') },
  { name: 'claimed Taobao CS + refund + add QQ', expect: 'suspicious', input: sms('我是淘宝客服，给您退款，请加QQ 2233445') },
  { name: 'triple compensation + WeCom id', expect: 'suspicious',
    input: sms('【抖音商城】尊敬的用户，您于11月26日购买的羽绒服因仓库受潮发霉，平台决定对您进行三倍赔付，请添加售后专员企业微信：dyshfw0923 领取赔付款。回T退订') },
  { name: 'tb CS, stuck refund, add 扣扣', expect: 'suspicious', input: sms('tb客服:您的单子卡住了，退不了款，加我扣扣 1839928811 我给您走人工通道') },
  { name: 'spaced-out lost parcel, 薇❤ id', expect: 'not-safe', input: sms('您 的 快 递 丢 失 ，理 赔 请 加 薇 ❤ ：lp8866，备注订单号') },
  { name: 'refund + 加v id', expect: 'suspicious', input: sms('退款 加v kf111') },
  { name: 'Shanghainese refund + QQ', expect: 'not-safe', input: sms('老板，侬买个物事出问题了，阿拉客服要把钞票退拨侬，侬加一下阿拉QQ 3345678912 好伐') },
];

const SIBLINGS: FaultCase[] = [
  { name: 'claim money via QQ, glued id', expect: 'not-safe', tactics: ['pretext.refund-off-platform'], input: sms('您好，您的快递理赔款已审批，加qq1928374650领取') },
  { name: 'compensation via vx with a dash id', expect: 'not-safe', input: sms('商品缺货无法发货，补偿您50元，vx：kf-2291 联系我') },
  { name: 'claimed JD after-sales, refund, WeChat id', expect: 'suspicious', input: sms('我是京东售后，您的订单需要退款，加我微信 jdsh2025 处理一下') },
  { name: 'double compensation, DingTalk id', expect: 'suspicious', input: sms('您买的电热水壶有安全隐患，给您双倍赔偿，请加钉钉 dd-lp8812 办理') },
  { name: 'refund waiting, penguin id', expect: 'not-safe', input: sms('亲亲，退款给您准备好了，🐧 556677889 找我') },
  { name: 'call: claimed CS then a QQ id', expect: 'scam', input: { channel: 'call', turns: [
    { speaker: 'caller', text: '您好，我是拼多多客服，您买的面膜有问题，给您退款' },
    { speaker: 'user', text: '好的，怎么退' },
    { speaker: 'caller', text: '退款请加我QQ 3482910573，我给您操作' },
  ] } },
  // Hard negatives: a real platform's notice, the citizen's own request, a work group, a coupon, no id.
  { name: 'hard negative: real refund done, in the app', expect: 'safe', input: sms('【淘宝】您的退款申请已通过，退款金额89.00元将在1-3个工作日原路退回至您的支付账户，请在淘宝APP“我的订单”中查看。') },
  { name: 'hard negative: platform notice names its own app', expect: 'safe', input: sms('【京东】您的售后申请已受理，如有疑问请在京东APP内联系官方客服') },
  { name: 'hard negative: the citizen asks a friend', expect: 'safe', input: chatText('我想申请退款，你把店家的微信 shop8866 发我一下') },
  { name: 'hard negative: shop coupon, WeCom, no refund', expect: 'at-most-suspicious', input: sms('【完美日记】添加专属美容顾问企业微信 pmrj2024 领10元券，回T退订') },
  { name: 'hard negative: QQ annual report', expect: 'safe', input: sms('QQ 2024年度报告已生成，快来看看你的年度关键词') },
  { name: 'hard negative: meeting about slow refunds', expect: 'safe', input: { channel: 'call', turns: [
    { speaker: 'caller', text: '售后群里最近投诉比较多，主要是退款到账慢' },
    { speaker: 'caller', text: '财务说走的是原路退回，银行那边要三到五个工作日' },
  ] } },
  { name: 'hard negative: version number after v', expect: 'safe', input: sms('系统已升级到 v 2.3.1，退款功能更稳定') },
  { name: 'hard negative: refund already arrived, follow for coupons', expect: 'safe', input: sms('您的退款已到账，关注公众号 jd_coupon1 领优惠券') },
];

function chatText(text: string) { return { channel: 'chat' as const, text }; }

describe('newcomer 5, kind 1: a refund collected through a private contact', () => {
  for (const c of [...NEWCOMER, ...SIBLINGS]) it(c.name, () => { runCase(c); });
});
