/**
 * Issue 8 §2, session 8: the kinds that kept the retrained text model (`session4-text`) off main in
 * session 7 (EVALUATION.md, "Issue 8 §2, session 7", Next), each through the WHOLE engine with a model
 * whose probability the test sets (a stub scorer in src/model/signal.ts's fusion), so they hold for
 * whatever weights ship:
 *  (1) a claimed identity or a promised call-back, like the weak contact cues, does not back the
 *      model's positive reading: after contact cues only (CONTACT_CUES) the model needs
 *      `contactCueFloor`, and then counts as if no rule had fired;
 *  (2) a shift of control ("我教你在手机上操作", a screen share) is never discounted by a benign reading,
 *      and a story or a claimed agent with control in words is `scam` by the rules (the composite
 *      guided-operation-with-story), not by the model's lift;
 * (3), the hard-negative kinds as training text, is data/corpus/gen-legit-model8-zh.jsonl; its inputs
 * are asserted with the shipped model in test/playbook/faults (nc6-fp-claims-jobs-news,
 * newcomer5-private-contact, nc-pinyin, sms-cs-follow-up).
 * Every input is our own writing; positives and negative siblings for each.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeInput } from '../../src/index.ts';
import { Engine } from '../../src/engine/engine.ts';
import { CONTACT_CUES, CONTROL_SHIFTS, modelSignal, MODEL_SIGNAL_ID, MODEL_WEIGHT_PARAMS, type ModelWeightParams } from '../../src/model/signal.ts';
import { PLAYBOOKS } from '../../src/playbook/index.ts';
import { DEFAULT_SIGNALS, SIGNAL_CATALOG } from '../../src/signals/index.ts';
import { why } from '../playbook/faults/helpers.ts';
import { stubModelEngine } from './stub-model.ts';

const rulesOnly = DEFAULT_SIGNALS.filter((s) => s !== modelSignal);
const RULES = new Engine({ playbooks: PLAYBOOKS, signals: rulesOnly, signalCatalog: SIGNAL_CATALOG });
/** Session 7's candidate fusion (scripts/model-compare.ts S7_FUSION) with the contact-cue class at 0.99, and the shipped one with the same floor. */
const S7: ModelWeightParams = {
  floor: 0.95, maxWeight: 50, requireRuleEvidence: true, aloneFloor: 0.999, aloneWeight: 40, minChars: 8, maxTurn: 20,
  benignBelow: 0.2, discount: 15, weakCueFloor: 0.999, advertFloor: 0.97,
};
const FLOOR = 0.99;
const FUSIONS: [string, ModelWeightParams][] = [
  ['session-7 fusion', { ...S7, contactCueFloor: FLOOR }],
  ['shipped fusion', { ...MODEL_WEIGHT_PARAMS, contactCueFloor: FLOOR }],
];
const withModel = (params: ModelWeightParams, p: number): Engine => stubModelEngine(params, p);
const sms = (text: string): AnalyzeInput => ({ channel: 'sms', text });
const chat = (text: string): AnalyzeInput => ({ channel: 'chat', text });
const call = (...lines: string[]): AnalyzeInput => ({ channel: 'call', turns: lines.map((text) => ({ speaker: 'caller' as const, text })) });
const modelWeight = (r: ReturnType<typeof analyze>): number => r.tactics.find((t) => t.id === MODEL_SIGNAL_ID)?.weight ?? 0;
/** Rule ids with weight (score-only frames and zero-weight components are no rule evidence for the model). */
const ruleIds = (r: ReturnType<typeof analyze>): string[] => r.tactics.filter((t) => t.id !== MODEL_SIGNAL_ID && !RULES.scoreOnly.has(t.id) && t.weight > 0).map((t) => t.id);

describe('(1) after contact cues only, the model needs the contact-cue floor', () => {
  // Each fires contact cues only (a claimed agent or desk, a promised call-back), and is a real opener.
  const OPENERS: AnalyzeInput[] = [
    call('您好，这边是天猫售后，您的退款今天已经原路退回了，有问题在APP里联系我们'),
    call('您好，我是京东家电的客服，您的冰箱明天上午配送，师傅出发前会联系您'),
    sms('我在开会，等下再给你打电话'),
    chat('wo zai kai hui, deng xia gei ni da dian hua'),
    sms('您好，这里是拼多多客服中心，我们稍后联系您，请注意接听'),
    call('您好我是美团的工作人员，晚点我再打给您，您先忙'),
  ];
  for (const [name, params] of FUSIONS) {
    for (const input of OPENERS) {
      it(`${name}: contact cues only stay safe just under the floor: ${JSON.stringify(input).slice(20, 64)}`, () => {
        const rules = analyze(input, { engine: RULES });
        // Contact cues fired (a zero-weight one counts: the model sees every rule fired), and nothing else.
        const fired = rules.tactics.filter((t) => !RULES.scoreOnly.has(t.id)).map((t) => t.id);
        expect(fired.length > 0 && fired.every((id) => CONTACT_CUES.has(id)), why(rules)).toBe(true);
        const r = analyze(input, { engine: withModel(params, FLOOR - 0.005) });
        expect(r.verdict, why(r)).toBe('safe');
        expect(modelWeight(r), why(r)).toBe(0);
      });
    }
    it(`${name}: from the floor on the model counts as if alone (a claimed agent's paraphrase no rule names)`, () => {
      const input = sms('您好，我是抖音官方客服，关于您的账号有些情况需要和您说明一下');
      const rules = analyze(input, { engine: RULES });
      expect(ruleIds(rules).length > 0 && ruleIds(rules).every((id) => CONTACT_CUES.has(id)), why(rules)).toBe(true);
      const r = analyze(input, { engine: withModel(params, 0.995) });
      expect(r.verdict, why(r)).not.toBe('safe');
      if (params.aloneWeight !== undefined) expect(modelWeight(r), why(r)).toBe(params.aloneWeight);
    });
    it(`${name}: a story next to the claimed identity keeps the shared curve`, () => {
      // A pretext fired: more than contact cues, so the model backs it from the shared floor.
      const input = call('您好，我是淘宝客服，您买的面膜检测出质量问题，我们要给您办理理赔');
      const rules = analyze(input, { engine: RULES });
      expect(ruleIds(rules).some((id) => !CONTACT_CUES.has(id)), why(rules)).toBe(true);
      const r = analyze(input, { engine: withModel(params, (params.floor + FLOOR) / 2) });
      expect(modelWeight(r), why(r)).toBeGreaterThan(0);
    });
  }
  it('the class is contact-stage only, and not a relative\'s or a boss\'s claim (their scams\' story)', () => {
    const zh = new Map(PLAYBOOKS.zh.tactics.map((t) => [t.id, t]));
    for (const id of CONTACT_CUES) expect(zh.get(id)?.stage, id).toBe('contact');
    expect(CONTACT_CUES.has('contact.acquaintance')).toBe(false);
  });
});

describe('(2) a shift of control is never discounted, and control in words after a story is `scam`', () => {
  const SCAMS: AnalyzeInput[] = [
    call('喂您好，我这边是拼多多售后，您买的电热毯有安全隐患要召回，给您退全款', '您别挂电话，我一步一步教您在手机上操作'),
    call('您好，我是快手客服，您开通的直播会员下个月开始每月扣费', '您听我的，我带您一步步点，几分钟就关掉了'),
    call('您的包裹在转运中丢失了，我们给您双倍赔偿', '您打开微信，按照我说的来操作就行'),
  ];
  for (const input of SCAMS) {
    it(`rules alone: scam: ${JSON.stringify(input).slice(20, 70)}`, () => {
      const r = analyze(input, { engine: RULES });
      expect(r.tactics.some((t) => t.id === 'shift.guided-operation'), why(r)).toBe(true);
      expect(r.verdict, why(r)).toBe('scam');
    });
    for (const [name, params] of FUSIONS) {
      it(`${name}: a sure-benign reading (p = 0.01) keeps it \`scam\`: ${JSON.stringify(input).slice(20, 60)}`, () => {
        const r = analyze(input, { engine: withModel(params, 0.01) });
        expect(r.verdict, why(r)).toBe('scam');
      });
    }
  }
  // One message: the story and the control shift in the same turn; the benign reading takes nothing
  // off (the one-message rule keeps it at most `suspicious`: a move is no request in one message).
  const ONE = sms('您好，我是京东客服，您的订单退款失败，需要您跟着我一步一步来操作才能到账');
  for (const [name, params] of FUSIONS) {
    it(`${name}: one message with a control shift is not discounted`, () => {
      const rules = analyze(ONE, { engine: RULES });
      expect(rules.tactics.some((t) => t.id === 'shift.guided-operation'), why(rules)).toBe(true);
      const r = analyze(ONE, { engine: withModel(params, 0.01) });
      expect(modelWeight(r), why(r)).toBe(0);
      expect(r.risk, why(r)).toBe(rules.risk);
      expect(r.verdict, why(r)).not.toBe('safe');
    });
  }
  // Hard negatives: control words with no story and no claimed agent, or pointing into the platform's own app.
  const LEGIT: AnalyzeInput[] = [
    chat('爸，我教你在手机上操作视频通话，你先点右下角那个加号'),
    chat('你按我说的点，设置-显示-字体大小，字就变大了'),
    chat('退货的话你在京东APP里按我说的点：我的订单-申请售后-退货'),
    chat('跟着我一步一步来，先把鸡蛋打散，再放盐'),
  ];
  for (const input of LEGIT) {
    it(`hard negative stays safe with a sure-scam model reading below the alone floor: ${JSON.stringify(input).slice(20, 60)}`, () => {
      const r = analyze(input, { engine: withModel({ ...S7, contactCueFloor: FLOOR }, 0.97) });
      expect(r.verdict, why(r)).toBe('safe');
    });
  }
  it('the control shifts are shift-stage tactics of a playbook', () => {
    const all = new Map([...PLAYBOOKS.zh.tactics, ...PLAYBOOKS.en.tactics].map((t) => [t.id, t]));
    for (const id of CONTROL_SHIFTS) expect(all.get(id)?.stage, id).toBe('shift');
  });
});
