/**
 * Tactics for the scams newcomer13 and writer13 found missed or read too low in session 13 (newcomer13's probes:
 * /tmp/newcomer13/probes.jsonl, our own writing; writer13's dev files data/corpus/gen-w11-scam-sms*-zh). Each kind
 * has our own siblings, scams and legitimate texts in the same words, in test/engine/nc13-recall.test.ts.
 */
import type { CompositeDef, TacticDef } from '../schema.ts';
import pretextBringCardRefund from './tactics/pretext.bring-card-refund.ts';
import pretextFullSurrender from './tactics/pretext.full-surrender.ts';

export const nc13KindTactics: TacticDef[] = [
  // R3: a health product's "refund" collected only with your bank card brought to a hotel, a restaurant or a venue.
  pretextBringCardRefund,
  // R2: a policy surrendered with all premiums back plus interest: the 退保 scam's bait.
  pretextFullSurrender,
];

export const nc13KindComposites: CompositeDef[] = [
  {
    // The text model reads these as a shop's kindly notice (model 0.02 on our own siblings, −15): the ask of the card
    // at a venue is the scam's own step whatever the wording, so it holds a floor of its own (suspicious, not scam:
    // one message with no code or password asked yet).
    id: 'bring-card-refund',
    description: {
      zh: '说保健品、理疗仪退款或召回，要您带银行卡、存折到宾馆、饭店、会场或门店：真退款原路退回，不要去，告诉子女',
      en: 'A health product\'s refund or recall collected by bringing your bank card to a hotel, restaurant or venue: a real refund goes back the way you paid; do not go, tell your family',
    },
    all: ['pretext.bring-card-refund'],
    minRisk: 50,
  },
];
