/**
 * Service levels: a target time from an alert to the first contact attempt, per level. The
 * defaults follow the example (block 10 minutes, warn 60); a centre changes them with
 * `PUT /v1/sla`. Pure: the clock is an argument.
 */
import { z } from 'zod';

export const SlaTargets = z.object({
  /** Minutes from a block-level alert to the first contact attempt. */
  block: z.number().int().min(1).max(7 * 24 * 60),
  /** Minutes from a warn-level alert to the first contact attempt. */
  warn: z.number().int().min(1).max(7 * 24 * 60),
}).strict();
export type SlaTargets = z.infer<typeof SlaTargets>;

export const DEFAULT_SLA: SlaTargets = { block: 10, warn: 60 };

export interface SlaInput {
  level: string;
  createdAt: number;
  firstContactAt: number | null;
  status: string;
  outcome: string | null;
}

export interface SlaState {
  /** When the first contact attempt is due (ms). */
  dueAt: number;
  /** true: contacted in time; false: contacted late or still not contacted past the due time; null: not yet due, or closed without a contact being needed. */
  met: boolean | null;
  /** Open, not contacted, past due: shown in red and escalated to a supervisor. */
  overdue: boolean;
  /** Minutes until due (negative when overdue), rounded down. */
  minutesLeft: number;
}

export function slaTargetMinutes(level: string, t: SlaTargets): number {
  return level === 'block' ? t.block : t.warn;
}

/** Closed as a false alarm or a duplicate without contact: no contact was owed, so the SLA does not count it. */
const NO_CONTACT_OWED = new Set(['false-alarm', 'duplicate']);

export function slaState(a: SlaInput, t: SlaTargets, now: number): SlaState {
  const dueAt = a.createdAt + slaTargetMinutes(a.level, t) * 60_000;
  const minutesLeft = Math.floor((dueAt - now) / 60_000);
  if (a.firstContactAt !== null) return { dueAt, met: a.firstContactAt <= dueAt, overdue: false, minutesLeft };
  if (a.status === 'closed') {
    if (a.outcome && NO_CONTACT_OWED.has(a.outcome)) return { dueAt, met: null, overdue: false, minutesLeft };
    return { dueAt, met: now <= dueAt ? null : false, overdue: false, minutesLeft };
  }
  const overdue = now > dueAt;
  return { dueAt, met: overdue ? false : null, overdue, minutesLeft };
}
