/**
 * What to tell the citizen, chosen by what was seen. The texts are the playbook's (police advice,
 * fixed wording); this module only picks and orders them.
 */
import type { AdviceId, Playbook } from '../playbook/schema.ts';
import type { Channel, Stage, Verdict } from '../types.ts';

export interface AdviceInput {
  verdict: Verdict;
  /** Advice ids named by the tactics that fired. */
  requested: Iterable<AdviceId>;
  stagesSeen: ReadonlySet<Stage>;
}

/**
 * Advice that belongs to another scam kind than the refund scam (a relative's loan, a fee before a
 * payout, a game trade): when the evidence asks only for these, the refund scam's defaults ("verify
 * in the shopping app", "a real refund never needs payment") do not fit and are left out.
 */
const OTHER_KIND_ADVICE: ReadonlySet<AdviceId> = new Set<AdviceId>(['verify-known-contact', 'no-upfront-fee', 'stay-on-platform']);
const REFUND_ADVICE: ReadonlySet<AdviceId> = new Set<AdviceId>(['hang-up-verify-in-app', 'refund-never-needs-payment']);

export function chooseAdvice(input: AdviceInput): AdviceId[] {
  const ids = new Set<AdviceId>();
  if (input.verdict === 'safe') return [];
  for (const id of input.requested) ids.add(id);
  const otherKind = [...ids].some((id) => OTHER_KIND_ADVICE.has(id)) && ![...ids].some((id) => REFUND_ADVICE.has(id));
  // Whatever the tactic: verify through the platform's own app (the refund scam), or the kind's own advice.
  if (!otherKind) ids.add('hang-up-verify-in-app');
  if (input.stagesSeen.has('extraction') || input.verdict === 'scam') {
    if (!otherKind) ids.add('refund-never-needs-payment');
    ids.add('already-paid');
  }
  return [...ids];
}

/**
 * The advice texts for `ids`, most urgent first. `channel` picks the message wording
 * (`adviceForMessages`) for anything that is not a call, so a text message is not answered with
 * "hang up".
 */
export function adviceTexts(ids: readonly AdviceId[], playbook: Playbook, channel: Channel = 'call'): string[] {
  const order = new Map(playbook.adviceOrder.map((id, i) => [id, i]));
  const forMessages = channel === 'call' ? undefined : playbook.adviceForMessages;
  return [...ids]
    .sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99))
    .map((id) => forMessages?.[id] ?? playbook.advice[id])
    .filter((t): t is string => typeof t === 'string');
}

/**
 * 12381's rule for every warning fanzha sends: no link, and no phone number but 110 and 96110.
 * Used by the tests on every playbook's advice and by the notifier before anything goes out.
 */
export function violatesWarningRule(text: string): string | null {
  if (/https?:\/\/|www\.|[a-z0-9-]+\.(?:com|cn|net|org|top|vip|xyz|cc)\b/i.test(text)) return 'contains a link';
  for (const m of text.matchAll(/[0-9][0-9 -]{1,}[0-9]/g)) {
    const digits = m[0].replace(/[^0-9]/g, '');
    if (digits !== '110' && digits !== '96110') return `contains the number ${digits}`;
  }
  return null;
}
