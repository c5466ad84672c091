/**
 * What to tell the citizen, chosen by what was seen. The texts are the playbook's (police advice,
 * fixed wording); this module only picks and orders them.
 */
import type { AdviceId, Playbook } from '../playbook/schema.ts';
import type { Channel, Stage, Verdict } from '../types.ts';
import type { KindAdvice } from '../playbook/scam-kinds.ts';

export interface AdviceInput {
  verdict: Verdict;
  /** Advice ids named by the tactics that fired. */
  requested: Iterable<AdviceId>;
  /** The same, one list per tactic that fired: what tells a kind in `exclusive` groups (default: none told). */
  requestedBy?: Iterable<readonly AdviceId[]>;
  /** Ids of the tactics that fired (with a positive weight). */
  fired: Iterable<string>;
  stagesSeen: ReadonlySet<Stage>;
  /**
   * Ids of the evidence the `needs` read: `fired` and the components that fired (a link sent is a
   * component, shift.sent-link, and it is what the link advice needs). Default: `fired`.
   */
  evidence?: Iterable<string>;
}

/**
 * The defaults the scam's kind adds to the advice, from the one kind table (src/playbook/scam-kinds.ts
 * `kindAdvice`: the same kind the headline names, or the citizen's reported loss).
 */
export type { KindAdvice } from '../playbook/scam-kinds.ts';

/**
 * The advice ids for a result: those of the tactics that fired, plus the kind's defaults (its
 * `always`, and its `onExtraction` once extraction was seen or the verdict is scam), less what the
 * kind `omit`s. None when safe.
 */
export function chooseAdvice(
  input: AdviceInput, kind: KindAdvice, needs: Playbook['adviceNeeds'] = {}, exclusive: Playbook['adviceExclusive'] = [],
): AdviceId[] {
  if (input.verdict === 'safe') return [];
  const fired = new Set(input.fired);
  const ids = new Set<AdviceId>(input.requested);
  for (const id of kind.always) ids.add(id);
  if (input.stagesSeen.has('extraction') || input.verdict === 'scam') for (const id of kind.onExtraction) ids.add(id);
  for (const id of kind.omit) ids.delete(id);
  // Advice about one move only when that move was seen (`adviceNeeds`).
  const evidence = input.evidence === undefined ? fired : new Set(input.evidence);
  for (const id of ids) {
    const need = needs[id];
    if (need && !need.some((t) => evidence.has(t))) ids.delete(id);
  }
  // One advice per scam kind: a group's advice told by a tactic naming only it keeps the group's other
  // advice out unless that too is told so (`adviceExclusive`).
  if (exclusive.length > 0 && input.requestedBy !== undefined) {
    const lists = [...input.requestedBy];
    for (const group of exclusive) {
      const told = new Set<AdviceId>();
      for (const list of lists) {
        const inGroup = list.filter((id) => group.includes(id));
        if (inGroup.length === 1) told.add(inGroup[0]!);
      }
      if (told.size > 0) for (const id of group) if (!told.has(id)) ids.delete(id);
    }
  }
  return [...ids];
}

/**
 * The advice texts for `ids`, most urgent first. `channel` picks the message wording
 * (`adviceForMessages`) for anything that is not a call, so a text message is not answered with
 * "hang up". `source`: the playbook that read the input, when the answer is in another language:
 * its `adviceTranslations` for `playbook.lang` come first (a Chinese scam answered in English keeps
 * China's police advice), the output playbook's own texts fill the rest.
 */
/** Each playbook's advice order as a map, built once (every alert reads it; playbooks are not changed once loaded). */
const adviceOrders = new WeakMap<Playbook, Map<AdviceId, number>>();
function adviceOrderOf(playbook: Playbook): Map<AdviceId, number> {
  let order = adviceOrders.get(playbook);
  if (order === undefined) adviceOrders.set(playbook, order = new Map(playbook.adviceOrder.map((id, i) => [id, i])));
  return order;
}

export function adviceTexts(ids: readonly AdviceId[], playbook: Playbook, channel: Channel = 'call', source?: Playbook): string[] {
  const order = adviceOrderOf(playbook);
  const message = channel !== 'call';
  const forMessages = message ? playbook.adviceForMessages : undefined;
  // The input's playbook worded in the output language (`adviceTranslations`), when it differs.
  const tr = source && source !== playbook ? source.adviceTranslations[playbook.lang] : undefined;
  return [...ids]
    .sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99))
    .map((id) => (message ? tr?.adviceForMessages[id] : undefined) ?? tr?.advice[id] ?? forMessages?.[id] ?? playbook.advice[id])
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
