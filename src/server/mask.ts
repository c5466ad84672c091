/** Masking of everything the service writes down: evidence spans, snapshots, log lines. */
import { maskDeep, maskPII } from '../entities/mask.ts';
import type { TacticHit } from '../types.ts';

export { maskDeep, maskPII };

export function maskTactics(tactics: readonly TacticHit[]): TacticHit[] {
  return tactics.map((t) => ({
    ...t,
    evidence: t.evidence.map((e) => ({ ...e, text: maskPII(e.text) })),
    ...(t.detail !== undefined ? { detail: maskPII(t.detail) } : {}),
  }));
}
