/**
 * How the classifier enters the engine: one signal, `contact.model`, shown as "model: 0.93".
 * It never decides alone: its weight stays below the suspicious threshold (40) and, by default, it
 * only fires once a playbook tactic has fired in the conversation, so it lifts weak rule evidence
 * over a threshold instead of flagging text the rules see nothing in. The curve and the
 * corroboration rule were chosen by measurement (EVALUATION.md, "The model").
 */
import type { SignalHit, SignalProvider, TurnSignalInput } from '../signals/types.ts';
import { modelAvailable, scoreText } from './classifier.ts';

export const MODEL_SIGNAL_ID = 'contact.model';

export interface ModelWeightParams {
  /** Below this probability the model adds nothing. */
  floor: number;
  /** Weight added at p = 1 (linear in p above the floor). */
  maxWeight: number;
  /** Only fire once a playbook tactic (not this signal) has fired. */
  requireRuleEvidence: boolean;
  /** Turns shorter than this are not scored (greetings say nothing). */
  minChars: number;
  /**
   * Only turns before this index are scored. Every scored turn is one more draw at a false alarm,
   * and a long real conversation (a 200-turn meeting) would get hundreds; scam scripts show early.
   */
  maxTurn: number;
}

export const MODEL_WEIGHT_PARAMS: ModelWeightParams = { floor: 0.9, maxWeight: 20, requireRuleEvidence: true, minChars: 8, maxTurn: 20 };

/** Risk points the model adds for probability `p`: 0 below the floor, then linear up to `maxWeight` at p = 1. */
export function modelEvidenceWeight(p: number, params: ModelWeightParams = MODEL_WEIGHT_PARAMS): number {
  if (!(p >= params.floor)) return 0;
  const span = 1 - params.floor;
  const share = span <= 0 ? 1 : (p - params.floor) / span;
  return Math.round(params.maxWeight * Math.min(1, share) * 10) / 10;
}

export function makeModelSignal(params: ModelWeightParams = MODEL_WEIGHT_PARAMS, score: (text: string) => number = scoreText): SignalProvider {
  return (input: TurnSignalInput): SignalHit[] => {
    if (input.speaker === 'user' || input.text.length < params.minChars || input.turn >= params.maxTurn) return [];
    // At risk 100 more evidence changes nothing; skip the classifier's cost.
    if ((input.riskSoFar ?? 0) >= 100) return [];
    if (params.requireRuleEvidence && ![...input.firedSoFar].some((id) => id !== MODEL_SIGNAL_ID)) return [];
    const p = score(input.text);
    const weight = modelEvidenceWeight(p, params);
    if (weight <= 0) return [];
    return [{
      id: MODEL_SIGNAL_ID,
      stage: 'contact',
      weight,
      description: { zh: '文本模型：话术与已知诈骗脚本相似', en: 'text model: reads like known scam scripts' },
      detail: `model: ${p.toFixed(2)}`,
      // The model reads the whole turn, so there is no span to highlight: an empty span at the turn's
      // start names the turn, and the detail ("model: 0.93") explains it. Highlighting the whole
      // text would drown the rules' precise evidence on the page.
      evidence: [{ turn: input.turn, start: 0, end: 0, text: '' }],
    }];
  };
}

/** The provider the engine registers (DEFAULT_SIGNALS) when the model is enabled. */
export const modelSignal: SignalProvider = makeModelSignal();
export { modelAvailable };
