/**
 * Issue 8 §2, session 7: one message written as a sender's own promotion (the advert frame
 * "尊敬的会员…回T退订" and nothing but the advert's own marks: its link, app or group, its urgency, a
 * reply asked for) needs a surer model before it lifts it (src/model/signal.ts `advertFloor`): the
 * score reads such a message as a promotion, so the model's reading is the whole case for a flag. Each
 * case runs through the WHOLE engine with a model whose probability the test sets, so it holds for any
 * weights. Every input is our own writing; negative siblings keep the shared floor.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeInput } from '../../src/index.ts';
import { Engine } from '../../src/engine/engine.ts';
import { advertOnly, makeModelSignal, modelSignal, MODEL_SIGNAL_ID, MODEL_WEIGHT_PARAMS, type ModelWeightParams } from '../../src/model/signal.ts';
import { PLAYBOOKS } from '../../src/playbook/index.ts';
import { DEFAULT_SIGNALS, SIGNAL_CATALOG } from '../../src/signals/index.ts';
import { why } from '../playbook/faults/helpers.ts';
import { promotionReading } from '../../src/score/score.ts';
import { promotion } from '../../src/playbook/promotion.ts';

const rulesOnly = DEFAULT_SIGNALS.filter((s) => s !== modelSignal);
const RULES = new Engine({ playbooks: PLAYBOOKS, signals: rulesOnly, signalCatalog: SIGNAL_CATALOG });
// One engine per (p, fusion): compiling the playbooks is the slow part.
const engines = new Map<string, Engine>();
const withModel = (p: number, params: ModelWeightParams = MODEL_WEIGHT_PARAMS): Engine => {
  const key = `${p} ${JSON.stringify(params)}`;
  let e = engines.get(key);
  if (!e) engines.set(key, e = new Engine({ playbooks: PLAYBOOKS, signals: [...rulesOnly, makeModelSignal(params, () => p)], signalCatalog: SIGNAL_CATALOG }));
  return e;
};
const SESSION6: ModelWeightParams = { ...MODEL_WEIGHT_PARAMS, advertFloor: undefined };
const sms = (text: string): AnalyzeInput => ({ channel: 'sms', text });
const modelWeight = (input: AnalyzeInput, engine: Engine): number => analyze(input, { engine }).tactics.find((t) => t.id === MODEL_SIGNAL_ID)?.weight ?? 0;

/** A p between the shared floor and the advert floor: the band the rule takes away from promotions. */
const BETWEEN = Math.round((MODEL_WEIGHT_PARAMS.floor + MODEL_WEIGHT_PARAMS.advertFloor!) * 500) / 1000;

// A shop's, a gym's, a bank's, a school's own promotion: the frame and its own move or words only.
const PROMOTIONS: AnalyzeInput[] = [
  sms('【某某健身】尊敬的会员，下载我们的APP预约私教课，限时五折，名额有限，回T退订'),
  sms('尊敬的客户，本行信用卡积分商城上新，点击 http://mall.bank-example.cn 查看，回TD退订'),
  sms('【某某超市】尊敬的会员，周末生鲜特价群已开放，扫码进群抢购，名额有限，退订回T'),
  sms('【某某教育】尊敬的家长，暑期班火热报名中，加入家长群领取试听课，回复1预约，回T退订'),
  sms('尊敬的会员，本店双十二福利群已开放，名额有限，扫码进群领取专属优惠券，回T退订。'),
];

describe('one message that is only a sender\'s promotion needs a surer model', () => {
  for (const input of PROMOTIONS) {
    const text = (input as { text: string }).text;
    it(`the rules read it as the playbooks' one promotion rule: ${text.slice(0, 24)}`, () => {
      const r = analyze(input, { engine: RULES });
      expect(r.tactics.map((t) => t.id), why(r)).toContain('contact.official-sender');
      expect(promotionReading(r.tactics, promotion), why(r)).not.toBeNull();
      expect(r.verdict).toBe('safe');
    });
    it(`p = ${BETWEEN} adds nothing and it stays safe (the session-6 rule added points): ${text.slice(0, 24)}`, () => {
      expect(modelWeight(input, withModel(BETWEEN, SESSION6))).toBeGreaterThan(0);
      const r = analyze(input, { engine: withModel(BETWEEN) });
      expect(r.tactics.find((t) => t.id === MODEL_SIGNAL_ID), why(r)).toBeUndefined();
      expect(r.verdict, why(r)).toBe('safe');
    });
    it(`a model sure of a scam script still lifts it (a paraphrase no rule names): ${text.slice(0, 24)}`, () => {
      expect(modelWeight(input, withModel(0.999))).toBeGreaterThan(40);
    });
  }
  it('the lift grows from the advert floor to the full weight at p = 1', () => {
    const input = PROMOTIONS[2]!;
    const floor = MODEL_WEIGHT_PARAMS.advertFloor!;
    expect(modelWeight(input, withModel(floor - 0.001))).toBe(0);
    const mid = modelWeight(input, withModel((floor + 1) / 2));
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(modelWeight(input, withModel(1)));
    expect(modelWeight(input, withModel(1))).toBe(MODEL_WEIGHT_PARAMS.maxWeight);
  });
});

describe('siblings keep the shared floor', () => {
  const KEEP: [string, AnalyzeInput][] = [
    // No frame: who writes is not known to be a seller to its own customers ("本店" would be one).
    ['the same words without the frame', sms('双十二福利群已开放，进群领取专属优惠券。')],
    // A story under the frame is more than a promotion.
    ['a story under the frame', sms('尊敬的用户，您的快递丢失，我们将为您理赔，请加入理赔群办理，回T退订')],
    ['a claimed agent under the frame', sms('尊敬的用户，我是淘宝客服，您的订单异常需要退款，请加入退款群办理，回T退订')],
    // A call is no mass message, whatever it says.
    ['a caller saying the promotion', { channel: 'call', turns: [{ speaker: 'caller', text: '尊敬的会员，本店双十二福利群已开放，名额有限，扫码进群领取专属优惠券，回T退订。' }] }],
  ];
  for (const [name, input] of KEEP) {
    it(`${name}: p = ${BETWEEN} adds points as before`, () => {
      const w = modelWeight(input, withModel(BETWEEN));
      expect(w).toBeGreaterThan(0);
      expect(w).toBe(modelWeight(input, withModel(BETWEEN, SESSION6)));
    });
  }
});

describe('advertOnly', () => {
  it('reads the engine\'s promotion reading, in one message with a rule fired', () => {
    expect(advertOnly(['shift.group'], { channel: 'sms', turn: 0, promotion: true })).toBe(true);
    expect(advertOnly(['shift.link', 'shift.sent-link', 'cover.urgency'], { channel: 'chat', turn: 0, promotion: true })).toBe(true);
    expect(advertOnly(['shift.group'], { channel: 'sms', turn: 0 })).toBe(false);
    expect(advertOnly([], { channel: 'sms', turn: 0, promotion: true })).toBe(false);
    expect(advertOnly(['shift.group'], { channel: 'call', turn: 0, promotion: true })).toBe(false);
    expect(advertOnly(['shift.group'], { channel: 'chat', turn: 1, promotion: true })).toBe(false);
  });
  it('the engine reads it with the score\'s rule: a promised call-back or a claimed agent is more than a promotion', () => {
    const frame = { id: 'contact.official-sender', weight: 0 };
    expect(promotionReading([frame, { id: 'shift.group', weight: 20 }], promotion)).not.toBeNull();
    expect(promotionReading([frame, { id: 'shift.group', weight: 20 }, { id: 'contact.promised-callback', weight: 0 }], promotion)).toBeNull();
    expect(promotionReading([frame, { id: 'shift.group', weight: 20 }, { id: 'contact.impersonation', weight: 10 }], promotion)).toBeNull();
    expect(promotionReading([{ id: 'shift.group', weight: 20 }], promotion)).toBeNull();
  });
  it('names tactics both playbooks have', () => {
    const ids = new Set(Object.values(PLAYBOOKS).flatMap((b) => b.tactics.map((t) => t.id)));
    for (const id of [...Object.keys(promotion.frames), ...promotion.channels, ...promotion.words, ...promotion.breakers]) expect(ids.has(id), id).toBe(true);
  });
});
