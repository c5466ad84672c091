/**
 * Issue 8 §2, session 6: the kinds that kept the retrained text model off main (EVALUATION.md, "Issue 8
 * §2, session 5", Next), each through the WHOLE engine with a model whose probability the test sets
 * (a stub scorer in src/model/signal.ts's fusion), so they hold for whatever weights ship. Fault (a),
 * requests never discounted, is in model-faults.test.ts.
 *  (b) a weak contact cue alone (an official-looking sender, a request for contact details, a number
 *      to call back) does not back the model's positive reading: the model must be very sure;
 *  (c) a "boss" or "relative" asking for money is caught by the RULES, not left to the model's lift;
 *  (d) the model reads the text the playbooks read: an obfuscated spelling and its plain twin give the
 *      model the same text.
 * Every input is our own writing; positives and negative siblings for each.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeInput } from '../../src/index.ts';
import { Engine } from '../../src/engine/engine.ts';
import { makeModelSignal, modelSignal, MODEL_SIGNAL_ID, MODEL_WEIGHT_PARAMS, WEAK_CONTACT_CUES, type ModelWeightParams } from '../../src/model/signal.ts';
import { modelText } from '../../src/model/text.ts';
import { normalise } from '../../src/normalise/normalise.ts';
import { PLAYBOOKS } from '../../src/playbook/index.ts';
import { ZH_VARIANT_GROUPS } from '../../src/playbook/zh/variants.ts';
import { DEFAULT_SIGNALS, SIGNAL_CATALOG } from '../../src/signals/index.ts';
import { why } from '../playbook/faults/helpers.ts';
import { stubModelEngine } from './stub-model.ts';

const rulesOnly = DEFAULT_SIGNALS.filter((s) => s !== modelSignal);
const RULES = new Engine({ playbooks: PLAYBOOKS, signals: rulesOnly, signalCatalog: SIGNAL_CATALOG });
/** Session 4's candidate fusion (scripts/model-compare.ts SESSION4_FUSION) and the shipped one, each with a weak-cue floor of 0.995. */
const S4: ModelWeightParams = { floor: 0.95, maxWeight: 50, requireRuleEvidence: true, aloneFloor: 0.98, aloneWeight: 40, minChars: 8, maxTurn: 20, benignBelow: 0.2, discount: 15 };
const FUSIONS: [string, ModelWeightParams][] = [
  ['session-4 fusion', { ...S4, weakCueFloor: 0.995 }],
  ['shipped fusion', { ...MODEL_WEIGHT_PARAMS, weakCueFloor: 0.995 }],
];
const withModel = (params: ModelWeightParams, p: number): Engine => stubModelEngine(params, p);
const sms = (text: string): AnalyzeInput => ({ channel: 'sms', text });
const chat = (text: string): AnalyzeInput => ({ channel: 'chat', text });
const call = (...lines: string[]): AnalyzeInput => ({ channel: 'call', turns: lines.map((text) => ({ speaker: 'caller' as const, text })) });

describe('(b) a weak contact cue does not back the model\'s positive reading', () => {
  // Real notices whose only rule evidence is a weak contact cue (our own writing, in the registers of
  // telecom-fraud-texts-5's normal SMS).
  const NOTICES: AnalyzeInput[] = [
    sms('尊敬的用户，恭喜您获得话费奖励，请尽快回复您的姓名、电话号码及身份证号以便我们寄送奖品。'),
    sms('【某某物业】尊敬的业主，您家的燃气表需要年检，请回复您的姓名和联系电话预约上门时间。'),
    sms('【某某宽带】尊敬的客户，您的宽带将于本月底到期，续费请到营业厅办理，退订回T'),
    sms('【某某银行】尊敬的客户，您的信用卡账单已出，详情请致电我行客服热线查询，退订回N'),
  ];
  for (const [name, params] of FUSIONS) {
    for (const input of NOTICES) {
      it(`${name}: a notice with a weak cue only stays safe at p = 0.99: ${JSON.stringify(input).slice(20, 64)}`, () => {
        const rules = analyze(input, { engine: RULES });
        // A score-only frame (contact.agent-request: "请回复您的姓名") is no rule evidence for the model (src/pipeline/step.ts).
        expect(rules.tactics.filter((t) => !RULES.scoreOnly.has(t.id) && (t.weight > 0 || !WEAK_CONTACT_CUES.has(t.id))).every((t) => WEAK_CONTACT_CUES.has(t.id)), why(rules)).toBe(true);
        const r = analyze(input, { engine: withModel(params, 0.99) });
        expect(r.verdict, why(r)).toBe('safe');
        expect(r.tactics.find((t) => t.id === MODEL_SIGNAL_ID)).toBeUndefined();
      });
    }
    it(`${name}: from the weak-cue floor on, the model may still lift it (a paraphrase no rule names)`, () => {
      const r = analyze(NOTICES[0]!, { engine: withModel(params, 0.999) });
      expect(r.tactics.find((t) => t.id === MODEL_SIGNAL_ID)?.weight ?? 0, why(r)).toBeGreaterThan(0);
    });
    // Positive siblings: a story or a move is rule evidence, and the model's reading backs it as before.
    const BACKED: AnalyzeInput[] = [
      sms('尊敬的用户，您购买的商品有质量问题，我们将为您办理双倍理赔，请回复您的姓名和电话'),
      sms('【快递】尊敬的客户，您的包裹在运输中丢失，理赔请回拨本号码'),
    ];
    for (const input of BACKED) {
      it(`${name}: with a story fired, the model lifts as before: ${JSON.stringify(input).slice(20, 64)}`, () => {
        const rules = analyze(input, { engine: RULES });
        expect(rules.tactics.some((t) => t.weight > 0 && !WEAK_CONTACT_CUES.has(t.id)), why(rules)).toBe(true);
        const r = analyze(input, { engine: withModel(params, 0.99) });
        expect(r.tactics.find((t) => t.id === MODEL_SIGNAL_ID)?.weight ?? 0, why(r)).toBeGreaterThan(0);
      });
    }
  }
  it('the weak cues are contact-stage tactics of the Chinese playbook', () => {
    const zh = new Map(PLAYBOOKS.zh.tactics.map((t) => [t.id, t]));
    for (const id of WEAK_CONTACT_CUES) expect(zh.get(id)?.stage, id).toBe('contact');
  });
});

describe('(c) a boss\'s or relative\'s request for money is caught by the rules', () => {
  const ASKS: AnalyzeInput[] = [
    sms('我是你外孙，我在外面把人打伤了，对方要私了，你赶紧给我转五万'),
    sms('我是你孙子，我被关在派出所了，要交两万块保释才能出来，千万别告诉我爸妈'),
    sms('小刘，我是李总，今天要给领导送点礼，你往我给你的账户里转两万块，回来我报销'),
    sms('我是你侄子，出了点事，你先给我汇三千，别跟我妈说'),
    sms('我是王总，客户的款要今天结，你先转到我发你的账户上，八万'),
    sms('我是你表姐，我在医院交不上费，你给我转两千，明天还你'),
    sms('我是你儿子的班主任，孩子在学校打伤了同学，要交五千块保释，你先转给我'),
  ];
  for (const input of ASKS) {
    it(`not safe on the rules alone, and still not safe when the model reads it as benign: ${JSON.stringify(input).slice(20, 64)}`, () => {
      const rules = analyze(input, { engine: RULES });
      expect(rules.verdict, why(rules)).not.toBe('safe');
      const r = analyze(input, { engine: withModel(S4, 0.1) });
      expect(r.verdict, why(r)).not.toBe('safe');
    });
  }
  const FAMILY: AnalyzeInput[] = [
    chat('妈，这个月生活费快用完了，给我转500块吧'),
    chat('钱已经转到我给你的账户了，注意查收'),
    chat('爸给你转了两千，买点好吃的'),
    sms('我是李总，明天上午九点在三楼会议室开周会，请准时参加'),
    chat('我给你的账户里转了两万，你查一下'),
  ];
  for (const input of FAMILY) {
    it(`a family member's everyday money talk stays safe on the rules: ${JSON.stringify(input).slice(20, 64)}`, () => {
      const rules = analyze(input, { engine: RULES });
      expect(rules.verdict, why(rules)).toBe('safe');
    });
  }
});

describe('(d) the model reads what the playbooks read', () => {
  /** The texts the model is given, in turn order, for one input. */
  const seen = (input: AnalyzeInput): string[] => {
    const texts: string[] = [];
    const engine = new Engine({ playbooks: PLAYBOOKS, signals: [...rulesOnly, makeModelSignal({ ...S4, requireRuleEvidence: false }, (t) => { texts.push(t); return 0.5; })], signalCatalog: SIGNAL_CATALOG });
    analyze(input, { engine });
    return texts;
  };
  for (const g of ZH_VARIANT_GROUPS) {
    for (const [obfuscated, plain] of g.examples) {
      it(`${g.kind}: "${obfuscated.slice(0, 30)}" reads as "${plain.slice(0, 30)}"`, () => {
        const a = seen(sms(obfuscated));
        expect(a.length).toBeGreaterThan(0);
        expect(a).toEqual(seen(sms(plain)));
      });
    }
  }
  const SPELLINGS: [string, string][] = [
    ['理 赔 请 加 W X 号 lp5566', '理赔请加微信号 lp5566'],
    ['亲，您的宝贝有质量问题，给您腿款，加薇信 tk-0921 办理', '亲，您的宝贝有质量问题，给您退款，加微信 tk-0921 办理'],
    ['您好我是淘宝kf，订单异常需要tk，请提供yhk号', '您好我是淘宝客服，订单异常需要退款，请提供银行卡号'],
  ];
  for (const [obfuscated, plain] of SPELLINGS) {
    it(`spelled out or spaced: "${obfuscated}"`, () => expect(seen(sms(obfuscated))).toEqual(seen(sms(plain))));
  }
  it('English text keeps its English words (the Chinese playbook\'s fold is for Chinese text)', () => {
    const t = normalise('Please add me on WeChat to process your refund today').text;
    expect(modelText(t)).toBe(t);
  });
  it('a Chinese word that only looks like a variant is left alone', () => {
    for (const t of ['我们这里赔不起', '肯德基kfc门店', '今天vip会员日']) expect(modelText(normalise(t).text)).toBe(normalise(t).text);
  });
});
