/**
 * Tactics for the scams newcomer15 found read too low in session 15 (/tmp/newcomer15/probes.jsonl, our own writing).
 * Each kind has its inputs, siblings and hard negatives in test/playbook/faults/nc15-*.test.ts.
 */
import type { CompositeDef, TacticDef } from '../schema.ts';
import contactRefundCondition from './tactics/contact.refund-condition.ts';

export const nc15KindTactics: TacticDef[] = [
  // Kind 7: the refund said to need the reader's code or screen, in the ask's own sentence.
  contactRefundCondition,
];

export const nc15KindComposites: CompositeDef[] = [
  {
    id: 'refund-condition-plus-ask',
    description: {
      zh: '说退款、理赔或取消扣费要先把验证码告诉对方或共享屏幕：真退款从不需要，这是诈骗',
      en: 'The refund, payout or cancellation said to need your code told to them or your screen shared: no real refund does; a scam',
    },
    all: ['contact.refund-condition'],
    any: ['extract.verification-code', 'shift.screen-share', 'shift.app-download'],
    minRisk: 85,
  },
];
