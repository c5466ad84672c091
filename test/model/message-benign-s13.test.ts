/**
 * Session 13 (sms13): the text model's benign reading of ONE message (`messageBenignBelow`, src/model/signal.ts).
 * Until now a benign reading (p ≤ 0.2) never discounted a turn with a link, a number or a QR code, nor one with
 * any request of the kill chain. In one message (an SMS, a chat's first line; never a call) it now discounts also
 * the sender's own channels (a link, an app, a group, a number) and the requests a sender makes of its own service
 * (an ID, a name and address, a payout account, a biller's link, a price: MESSAGE_READABLE_REQUESTS); money asked
 * of the reader, a code, a card, control and a reported loss are never discounted. Each input goes through the
 * whole engine with a stub scorer that sets p, so the rule holds for whatever weights ship. Our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeInput } from '../../src/index.ts';
import { Engine } from '../../src/engine/engine.ts';
import { makeModelSignal, modelSignal, MODEL_SIGNAL_ID, MODEL_WEIGHT_PARAMS } from '../../src/model/signal.ts';
import { PLAYBOOKS } from '../../src/playbook/index.ts';
import { DEFAULT_SIGNALS, SIGNAL_CATALOG } from '../../src/signals/index.ts';
import { why } from '../playbook/faults/helpers.ts';

const rulesOnly = DEFAULT_SIGNALS.filter((s) => s !== modelSignal);
const withP = (p: number): Engine => new Engine({ playbooks: PLAYBOOKS, signals: [...rulesOnly, makeModelSignal(MODEL_WEIGHT_PARAMS, () => p)], signalCatalog: SIGNAL_CATALOG });
const BENIGN = withP(0.1);
const UNSURE = withP(0.3);
const sms = (text: string): AnalyzeInput => ({ channel: 'sms', text });
const call = (...lines: string[]): AnalyzeInput => ({ channel: 'call', turns: lines.map((text) => ({ speaker: 'caller' as const, text })) });
const modelWeight = (r: ReturnType<typeof analyze>): number => r.tactics.find((t) => t.id === MODEL_SIGNAL_ID)?.weight ?? 0;

describe('one message read benign: its own channels and an ordinary request are discounted', () => {
  // Real-register messages of our own: a sender's own link, app, group or line, or an ID / payout account asked.
  const OWN: AnalyzeInput[] = [
    sms('【某某书店】您预订的图书已到店，请凭取书码到门店领取，详情见 https://shop.example.com/order 退订回T'),
    sms('【某某驾校】科目一预约成功，请下载某某学车APP查看考场路线，考试当天携带身份证。'),
    sms('各位家长好，下周三春游，请扫码加入班级群接收通知，报名截止周一。'),
    sms('【某某物业】本周六停水检修，详情请拨打物业服务中心电话 0571-88886666 咨询。'),
    sms('【某某人社】您的职业技能补贴已审核通过，请回复本人身份证后四位确认领取账户。'),
    sms('【某某电力】您户号1234567本月电费已出账，可点击 https://pay.example.com 缴费，或到营业厅办理。'),
    sms('【某某健身】您的私教课改到周六上午10点，如需调整请在APP内预约。'),
    sms('【某某医院】您的体检报告已出，请登录 https://his.example.com 或到二楼服务台领取，需携带身份证。'),
    sms('【某某航空】您的航班已改签，新行程请在APP“我的订单”查看，如有疑问请致电客服热线。'),
    sms('【某某快递】您的快件已到驿站，请凭取件码领取，驿站地址见 https://kd.example.com/s 退订回T'),
  ];
  for (const input of OWN) {
    it(`p 0.1: ${JSON.stringify(input).slice(27, 70)}`, () => {
      const r = analyze(input, { engine: BENIGN });
      if (r.tactics.some((t) => t.id !== MODEL_SIGNAL_ID && t.weight > 0)) expect(modelWeight(r), why(r)).toBe(-MODEL_WEIGHT_PARAMS.discount!);
      expect(r.verdict, why(r)).toBe('safe');
      // At p 0.3 nothing is discounted by this rule.
      const u = analyze(input, { engine: UNSURE });
      expect(modelWeight(u), why(u)).toBeGreaterThanOrEqual(0);
    });
  }
});

describe('never discounted, however benign the model: money, a code, a card, control, a loss, a call', () => {
  const STRONG: [AnalyzeInput, 'scam' | 'not-safe'][] = [
    [sms('【某某银行】您的账户存在风险，请将验证码回复给客服以完成核实。'), 'not-safe'],
    [sms('您好，您的退款已审核，请在 http://tk-refund.top 填写银行卡号和密码领取。'), 'not-safe'],
    [sms('您的理赔需要开启屏幕共享，客服指导您操作，请下载会议软件。'), 'not-safe'],
    [sms('店长个人卡号6222021234567890123，充值请直接转账到这张卡，转账后截图给我。'), 'not-safe'],
    [sms('我是你领导，明天开会前帮我转两万到这个账户，急用，别跟别人说。'), 'not-safe'],
    [sms('我刚按客服说的转了8000块，现在联系不上了，怎么办'), 'scam'],
  ];
  for (const [input, want] of STRONG) {
    it(`p 0.1: ${JSON.stringify(input).slice(27, 70)}`, () => {
      const r = analyze(input, { engine: BENIGN });
      expect(modelWeight(r), why(r)).toBeGreaterThanOrEqual(0);
      if (want === 'scam') expect(r.verdict, why(r)).toBe('scam');
      else expect(r.verdict, why(r)).not.toBe('safe');
    });
  }
  it('a call turn with a link is not one message', () => {
    const r = analyze(call('您好，这边是某某商城售后，您的退款链接我短信发您了，https://a.example.com/r 您点一下'), { engine: BENIGN });
    expect(modelWeight(r), why(r)).toBeGreaterThanOrEqual(0);
  });
});
