/** Masking of everything the service writes down: evidence spans, snapshots, log lines. */
import { maskPII } from '../index.ts';
import type { TacticHit } from '../types.ts';

export { maskPII };

export function maskTactics(tactics: readonly TacticHit[]): TacticHit[] {
  return tactics.map((t) => ({
    ...t,
    evidence: t.evidence.map((e) => ({ ...e, text: maskPII(e.text) })),
    ...(t.detail !== undefined ? { detail: maskPII(t.detail) } : {}),
  }));
}

/** Every string in a JSON value, masked (object keys are ours, so they are left alone). */
export function maskDeep<T>(value: T, depth = 0): T {
  if (depth > 32) return value;
  if (typeof value === 'string') return maskPII(value) as T;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskDeep(v, depth + 1);
    return out as T;
  }
  return value;
}
