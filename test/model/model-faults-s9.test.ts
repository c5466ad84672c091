/**
 * Issue 8 §2, session 9: the two kinds that kept the retrained text model (`session4-text`) off main in
 * session 8 (EVALUATION.md, "Issue 8 §2, session 8"):
 *  (1) a stranger's opener ("不好意思加错人了，看你头像挺有气质", "sorry, wrong number": OPENERS) asks nothing
 *      and moves nowhere: with only contact cues and an opener fired, the model needs `openerFloor` and then
 *      counts as if no rule had fired; an opener with a request, a move or an offer keeps the shared curve.
 *      Through the WHOLE engine with a model whose probability the test sets, so it holds for any weights;
 *  (2) legitimate text typed in pinyin: the model had seen pinyin only in scams; the data fix is
 *      data/corpus/gen-legit-model9-zh.jsonl (and the register's scams, gen-scam-model9-zh.jsonl). Here the
 *      shipped model on siblings in other words than the corpus: everyday pinyin stays safe, pinyin scams
 *      are still caught.
 * Every input is our own writing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeInput } from '../../src/index.ts';
import { Engine } from '../../src/engine/engine.ts';
import { CONTACT_CUES, modelSignal, MODEL_SIGNAL_ID, MODEL_WEIGHT_PARAMS, OPENERS, type ModelWeightParams } from '../../src/model/signal.ts';
import { PLAYBOOKS } from '../../src/playbook/index.ts';
import { DEFAULT_SIGNALS, SIGNAL_CATALOG } from '../../src/signals/index.ts';
import { why } from '../playbook/faults/helpers.ts';
import { stubModelEngine } from './stub-model.ts';

const rulesOnly = DEFAULT_SIGNALS.filter((s) => s !== modelSignal);
const RULES = new Engine({ playbooks: PLAYBOOKS, signals: rulesOnly, signalCatalog: SIGNAL_CATALOG });
/** Session 8's candidate fusion (scripts/model-compare.ts S8_FUSION) with the opener class at the alone floor. */
const S8: ModelWeightParams = {
  floor: 0.95, maxWeight: 50, requireRuleEvidence: true, aloneFloor: 0.999, aloneWeight: 40, minChars: 8, maxTurn: 20,
  benignBelow: 0.2, discount: 15, weakCueFloor: 0.999, contactCueFloor: 0.98, advertFloor: 0.97,
};
const FUSIONS: [string, ModelWeightParams][] = [
  ['session-8 fusion, openers from the alone floor', { ...S8, openerFloor: 0.999 }],
  ['shipped fusion', MODEL_WEIGHT_PARAMS],
];
const withModel = (params: ModelWeightParams, p: number): Engine => stubModelEngine(params, p);
const sms = (text: string): AnalyzeInput => ({ channel: 'sms', text });
const chat = (text: string): AnalyzeInput => ({ channel: 'chat', text });
const modelWeight = (r: ReturnType<typeof analyze>): number => r.tactics.find((t) => t.id === MODEL_SIGNAL_ID)?.weight ?? 0;
const fired = (r: ReturnType<typeof analyze>): string[] => r.tactics.filter((t) => t.id !== MODEL_SIGNAL_ID && !RULES.scoreOnly.has(t.id)).map((t) => t.id);

describe('(1) after a stranger\'s opener alone, the model counts as if no rule had fired', () => {
  it('the shipped fusion sets the opener floor', () => {
    expect(MODEL_WEIGHT_PARAMS.openerFloor).toBeDefined();
    expect(MODEL_WEIGHT_PARAMS.openerFloor!).toBeGreaterThan(MODEL_WEIGHT_PARAMS.floor);
  });
  // Real openers: a wrong add, a compliment, a matchmaking site, a wrong number in English.
  const LONE: AnalyzeInput[] = [
    chat('加错人了吧？不过你头像拍得真好看'),
    chat('不好意思加错了人，看你朋友圈挺文艺的，交个朋友吧'),
    chat('不好意思加错人了，你也在深圳吗，交个朋友呗'),
    chat('我在婚恋网站上看到你的资料，想认识一下'),
    sms('Sorry, wrong number! You seem nice though, where are you from?'),
    chat('Hi, is this Linda? Sorry, I texted the wrong person.'),
  ];
  for (const [name, params] of FUSIONS) {
    for (const input of LONE) {
      const label = JSON.stringify(input).slice(20, 56);
      it(`${name}: an opener alone stays safe however sure the model is, below the floor: ${label}`, () => {
        const rules = analyze(input, { engine: RULES });
        const ids = fired(rules);
        expect(ids.some((id) => OPENERS.has(id)) && ids.every((id) => OPENERS.has(id) || CONTACT_CUES.has(id)), why(rules)).toBe(true);
        const r = analyze(input, { engine: withModel(params, (params.openerFloor! + params.floor) / 2) });
        expect(modelWeight(r), why(r)).toBe(0);
        expect(r.verdict, why(r)).toBe('safe');
      });
      it(`${name}: from the floor on, the model's alone weight (no more): ${label}`, () => {
        const r = analyze(input, { engine: withModel(params, 0.9999) });
        expect(modelWeight(r), why(r)).toBe(params.aloneWeight ?? modelWeight(r));
        expect(r.verdict, why(r)).toBe('suspicious');
      });
    }
    it(`${name}: an opener with an offer keeps the shared curve (the pig-butchering pitch)`, () => {
      const input = chat('不好意思加错人了，既然认识了，我在做一个投资平台，带你赚点钱');
      const rules = analyze(input, { engine: RULES });
      expect(fired(rules).some((id) => !OPENERS.has(id) && !CONTACT_CUES.has(id)), why(rules)).toBe(true);
      const r = analyze(input, { engine: withModel(params, 0.99) });
      expect(modelWeight(r), why(r)).toBeGreaterThan(0);
      expect(r.verdict, why(r)).not.toBe('safe');
    });
    it(`${name}: an opener with a move keeps the shared curve`, () => {
      const input = chat('加错人了，不过聊得挺投缘，加我另一个微信吧，这个号不常用');
      const r = analyze(input, { engine: withModel(params, 0.99) });
      expect(modelWeight(r), why(r)).toBeGreaterThan(0);
      expect(r.verdict, why(r)).not.toBe('safe');
    });
    it(`${name}: the sweetheart's money request is \`scam\` whatever the model reads`, () => {
      for (const p of [0.01, 0.99]) {
        const r = analyze(chat('亲爱的，我们还没见过面，我在国外出了事故，手术费还差三万，你先帮我交一下'), { engine: withModel(params, p) });
        expect(r.verdict, why(r)).toBe('scam');
      }
    });
  }
  // 45 legitimate openers of our own writing (a wrong add or number, old classmates, neighbours, new
  // colleagues): hard negatives, not training text (trained, they cost dev scams of other kinds:
  // EVALUATION.md "Issue 8 §2, session 9"). The shipped model adds no flag to any of them and none is `scam`.
  const FIXTURE = readFileSync(new URL('../fixtures/model/openers-model9-zh.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; channel: 'sms' | 'chat'; text: string });
  it('the fixture holds at least 40 openers', () => { expect(FIXTURE.length).toBeGreaterThanOrEqual(40); });
  for (const o of FIXTURE) {
    it(`shipped model: no flag the rules do not give, never \`scam\`: ${o.id} ${o.text.slice(0, 24)}`, () => {
      const input: AnalyzeInput = { channel: o.channel, text: o.text };
      const rules = analyze(input, { engine: RULES });
      const r = analyze(input);
      expect(r.verdict, why(r)).not.toBe('scam');
      if (rules.verdict === 'safe') expect(r.verdict, why(r)).toBe('safe');
    });
  }
  it('the class holds openers of both playbooks, none of them a request, a move or a claimed identity', () => {
    const all = new Map([...PLAYBOOKS.zh.tactics, ...PLAYBOOKS.en.tactics].map((t) => [t.id, t]));
    for (const id of OPENERS) {
      expect(all.get(id), id).toBeDefined();
      expect(['contact', 'pretext']).toContain(all.get(id)!.stage);
      expect(CONTACT_CUES.has(id)).toBe(false);
    }
  });
});

describe('(2) pinyin: everyday chats stay safe with the shipped model, pinyin scams are still caught', () => {
  const LEGIT = [
    'wo zai kai che, deng wo dao le zai gei ni hui dian hua',
    'zheng zai shang ke, xia ke le da gei ni',
    'ma, zhe zhou mo wo hui jia chi fan, bu yong lai jie',
    'fang zu wo zhuan gei fang dong le, ni de na fen yue di gei wo jiu xing',
    'kuai di dao le, fang zai men wei, xia ban ji de na',
    'wo gang xia ban, jin tian jia ban tai lei le, wan dian liao',
    'tao bao mai de yi fu tui huo le, qian yi jing tui hui lai le',
    'ming tian shang wu jiu dian kai hui, bie chi dao',
  ];
  for (const text of LEGIT) {
    it(`safe: ${text}`, () => {
      const r = analyze(chat(text));
      expect(r.verdict, why(r)).toBe('safe');
    });
  }
  const SCAMS: [string, 'scam' | 'not-safe'][] = [
    ['nin hao wo shi jing dong ke fu, nin mai de shang pin you zhi liang wen ti, gei nin tui kuan, qing ba yan zheng ma fa gei wo', 'scam'],
    ['nin de kuai di diu shi le, wo shi li pei zhuan yuan, gei nin san bei pei chang, qing jia wo wei xin', 'not-safe'],
    ['tao bao ke fu: nin de hui yuan ji jiang zi dong xu fei, qu xiao qing xia zai hui yi ruan jian gong xiang ping mu', 'scam'],
  ];
  for (const [text, expected] of SCAMS) {
    it(`${expected}: ${text.slice(0, 40)}`, () => {
      const r = analyze(sms(text));
      if (expected === 'scam') expect(r.verdict, why(r)).toBe('scam');
      else expect(r.verdict, why(r)).not.toBe('safe');
    });
  }
});
