/**
 * The playbooks' own whole-engine cases (hard negatives that must stay safe, full scams that must
 * not), read live from the shipped playbook so the evaluation always runs the current set. They
 * were written while developing the playbook: a tuning set, never held-out.
 */
import { parseSpeakerLines } from '../../engine/input.ts';
import { PLAYBOOKS } from '../../playbook/index.ts';
import type { Lang } from '../../types.ts';
import type { EvalCase, EvalTurn } from '../case.ts';
import type { LoaderOptions } from './common.ts';

export const playbookSourceName = (lang: Lang): string => `playbook-cases-${lang}`;

export async function* loadPlaybookCases(lang: Lang, opts: LoaderOptions): AsyncGenerator<EvalCase> {
  const cases = PLAYBOOKS[lang].cases ?? [];
  let emitted = 0;
  for (const [i, c] of cases.entries()) {
    if (opts.perFileLimit !== undefined && emitted >= opts.perFileLimit) break;
    const label = c.expect === 'safe' ? 'legit' : 'scam';
    // Cases written for one fault kind of issue 8 §1 are named "§N …": grouped by that kind.
    const kind = /^§([0-9]{1,2})\b/.exec(c.name)?.[1];
    const category = (kind ? `§${kind} ` : '') + (label === 'legit' ? 'hard negative' : `scam (${c.expect})`);
    const channel = c.channel ?? 'text';
    const turns = parseSpeakerLines(c.text);
    const base = { id: `${lang}:${i}:${c.name}`, source: playbookSourceName(lang), category, label, channel } as const;
    emitted++;
    if (turns && turns.length > 1) {
      const evalTurns: EvalTurn[] = turns.map((t) => ({ speaker: t.speaker ?? 'unknown', text: t.text }));
      yield { ...base, kind: 'dialogue', turns: evalTurns };
    } else {
      yield { ...base, kind: 'text', turns: [{ speaker: 'unknown', text: c.text }] };
    }
  }
}
