/**
 * The follow-up (劝阻) state machine. Pure: given an alert's workflow state, who acts and what
 * they do, it returns the next state or a refusal with the reason. The HTTP shell stores the
 * result and the log entry.
 *
 * States (alerts.status, kept from the first API): new → acknowledged (claimed, someone owns it)
 * → following-up (contact attempted) → closed (an outcome). Outcomes come from centres' practice:
 * 已劝阻 stopped, 已被骗 lost (amount, paid how, when), 暂时联系不上 (stays open, retry),
 * 确实联系不上, 误报 false alarm (goes to the review queue), 重复预警 duplicate of another alert.
 */
import { z } from 'zod';

export const WORKFLOW_STATUSES = ['new', 'acknowledged', 'following-up', 'closed'] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

export const OUTCOMES = ['stopped', 'lost', 'unreachable-for-now', 'unreachable', 'false-alarm', 'duplicate'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, { zh: string; en: string }> = {
  stopped: { zh: '已劝阻', en: 'stopped' },
  lost: { zh: '已被骗', en: 'lost money' },
  'unreachable-for-now': { zh: '暂时联系不上', en: 'not reached yet' },
  unreachable: { zh: '确实联系不上', en: 'unreachable' },
  'false-alarm': { zh: '误报', en: 'false alarm' },
  duplicate: { zh: '重复预警', en: 'duplicate' },
};

export const CONTACT_MEANS = ['phone', 'sms', 'visit', 'app', 'other'] as const;
export const CONTACT_RESULTS = ['reached', 'no-answer', 'busy', 'refused', 'wrong-number'] as const;
export const PAID_HOW = ['bank-transfer', 'qr-scan', 'loan', 'card-details', 'code-given', 'other'] as const;

/** How many failed contact attempts before 确实联系不上 may be recorded. */
export const UNREACHABLE_MIN_ATTEMPTS = 2;

const Note = z.string().max(4000);
const Instant = z.union([z.iso.datetime({ offset: true }), z.number().int().nonnegative()])
  .transform((v) => (typeof v === 'number' ? v : Date.parse(v)));

/** The body of `POST /v1/alerts/{id}/followups`: one action on the alert. */
export const FollowupAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('claim'), note: Note.optional() }).strict(),
  z.object({ action: z.literal('assign'), assignee: z.string().min(1).max(80), note: Note.optional() }).strict(),
  z.object({
    action: z.literal('contact'),
    means: z.enum(CONTACT_MEANS),
    result: z.enum(CONTACT_RESULTS),
    /** When the attempt happened (default: now). */
    at: Instant.optional(),
    note: Note.optional(),
  }).strict(),
  z.object({
    action: z.literal('outcome'),
    outcome: z.enum(OUTCOMES),
    /** 已被骗: the amount lost, in yuan. */
    amount: z.number().positive().max(1e10).optional(),
    paidHow: z.enum(PAID_HOW).optional(),
    paidAt: Instant.optional(),
    /** 重复预警: the alert this one duplicates. */
    duplicateOf: z.string().uuid().optional(),
    note: Note.optional(),
  }).strict(),
  z.object({ action: z.literal('reopen'), reason: z.string().min(1).max(2000) }).strict(),
  z.object({ action: z.literal('note'), note: Note.min(1) }).strict(),
]);
export type FollowupAction = z.output<typeof FollowupAction>;

export type ActorRole = 'officer' | 'supervisor' | 'admin';

export interface Actor {
  id: string;
  role: ActorRole;
}

/** What the machine needs to know about the alert. */
export interface WorkflowState {
  id: string;
  status: WorkflowStatus;
  assignee: string | null;
  outcome: Outcome | null;
  contactAttempts: number;
  reachedOnce: boolean;
  firstContactAt: number | null;
}

export interface Transition {
  status: WorkflowStatus;
  assignee: string | null;
  outcome: Outcome | null;
  /** Set on the first contact attempt (for the SLA). */
  firstContactAt: number | null;
  claimedAt?: number;
  closedAt: number | null;
  /** What the log entry records besides the note. */
  detail: Record<string, unknown>;
}

export class Refusal extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const isSupervisor = (a: Actor) => a.role === 'supervisor' || a.role === 'admin';

function mustOwnOrSupervise(s: WorkflowState, a: Actor, what: string): void {
  if (s.assignee === null) throw new Refusal('not_claimed', `claim the alert before you ${what}`);
  if (s.assignee !== a.id && !isSupervisor(a)) {
    throw new Refusal('not_assignee', `this alert is being followed up by ${s.assignee}; only they or a supervisor can ${what}`);
  }
}

/**
 * The next state, or a Refusal naming why the move is impossible. `now` is the server clock
 * (ms); `duplicateExists` tells whether the alert named in a 重复预警 outcome exists.
 */
export function applyFollowup(s: WorkflowState, a: Actor, act: FollowupAction, now: number, duplicateExists: (id: string) => boolean = () => true): Transition {
  const same = { status: s.status, assignee: s.assignee, outcome: s.outcome, firstContactAt: s.firstContactAt, closedAt: null };
  const closedRefusal = () => new Refusal('closed', `the alert is closed (${s.outcome ? OUTCOME_LABELS[s.outcome].zh : 'closed'}); a supervisor can reopen it`);
  switch (act.action) {
    case 'note':
      return { ...same, closedAt: s.status === 'closed' ? now : null, detail: {} };
    case 'claim':
      if (s.status === 'closed') throw closedRefusal();
      if (s.assignee === a.id) throw new Refusal('already_yours', 'you have already claimed this alert');
      if (s.assignee !== null && !isSupervisor(a)) throw new Refusal('already_claimed', `already claimed by ${s.assignee}; ask a supervisor to reassign it`);
      return { ...same, status: s.status === 'new' ? 'acknowledged' : s.status, assignee: a.id, claimedAt: now, detail: { from: s.assignee } };
    case 'assign':
      if (!isSupervisor(a)) throw new Refusal('forbidden', 'only a supervisor can assign an alert to someone else');
      if (s.status === 'closed') throw closedRefusal();
      return { ...same, status: s.status === 'new' ? 'acknowledged' : s.status, assignee: act.assignee, claimedAt: now, detail: { from: s.assignee, to: act.assignee } };
    case 'contact': {
      if (s.status === 'closed') throw closedRefusal();
      mustOwnOrSupervise(s, a, 'record a contact attempt');
      const at = act.at ?? now;
      if (at > now + 60_000) throw new Refusal('in_future', 'a contact attempt cannot be in the future');
      const first = s.firstContactAt === null ? at : Math.min(s.firstContactAt, at);
      return { ...same, status: 'following-up', firstContactAt: first, detail: { means: act.means, result: act.result, at } };
    }
    case 'outcome': {
      if (s.status === 'closed') throw closedRefusal();
      mustOwnOrSupervise(s, a, 'record an outcome');
      const o = act.outcome;
      const detail: Record<string, unknown> = { outcome: o };
      if (o === 'stopped' && !s.reachedOnce) {
        throw new Refusal('not_reached', '已劝阻 needs a contact attempt in which the person was reached; record it first');
      }
      if (o === 'lost') {
        if (act.amount === undefined || act.paidHow === undefined || act.paidAt === undefined) {
          throw new Refusal('loss_details', '已被骗 needs the amount lost, how it was paid and when');
        }
        if (act.paidAt > now + 60_000) throw new Refusal('in_future', 'the payment time cannot be in the future');
        Object.assign(detail, { amount: act.amount, paidHow: act.paidHow, paidAt: act.paidAt });
      } else if (act.amount !== undefined || act.paidHow !== undefined || act.paidAt !== undefined) {
        throw new Refusal('loss_details', 'amount, paidHow and paidAt belong to the 已被骗 (lost) outcome only');
      }
      if ((o === 'unreachable-for-now' || o === 'unreachable') && s.reachedOnce) {
        throw new Refusal('was_reached', 'the person was reached in an earlier attempt; record 已劝阻 or 已被骗 instead');
      }
      if (o === 'unreachable-for-now' && s.contactAttempts === 0) {
        throw new Refusal('no_attempt', '暂时联系不上 needs at least one contact attempt');
      }
      if (o === 'unreachable' && s.contactAttempts < UNREACHABLE_MIN_ATTEMPTS) {
        throw new Refusal('too_few_attempts', `确实联系不上 needs at least ${UNREACHABLE_MIN_ATTEMPTS} contact attempts (${s.contactAttempts} so far)`);
      }
      if (o === 'duplicate') {
        if (!act.duplicateOf) throw new Refusal('duplicate_of', '重复预警 needs the id of the alert it duplicates');
        if (act.duplicateOf === s.id) throw new Refusal('duplicate_of', 'an alert cannot duplicate itself');
        if (!duplicateExists(act.duplicateOf)) throw new Refusal('duplicate_of', 'the alert it duplicates does not exist');
        detail['duplicateOf'] = act.duplicateOf;
      } else if (act.duplicateOf) {
        throw new Refusal('duplicate_of', 'duplicateOf belongs to the 重复预警 (duplicate) outcome only');
      }
      // 暂时联系不上 keeps the alert open for the next attempt; every other outcome closes it.
      if (o === 'unreachable-for-now') return { ...same, status: 'following-up', outcome: o, detail };
      return { ...same, status: 'closed', outcome: o, closedAt: now, detail };
    }
    case 'reopen':
      if (!isSupervisor(a)) throw new Refusal('forbidden', 'only a supervisor can reopen an alert');
      if (s.status !== 'closed') throw new Refusal('not_closed', 'only a closed alert can be reopened');
      return { ...same, status: s.assignee ? 'following-up' : 'new', outcome: null, detail: { reason: act.reason, previousOutcome: s.outcome } };
  }
}

/**
 * The first API's `PATCH /v1/alerts/{id}` status change, checked: a status moves forward only
 * (new → acknowledged → following-up → closed); going back needs a supervisor's reopen.
 */
export function checkStatusPatch(from: WorkflowStatus, to: WorkflowStatus): void {
  const rank = (s: WorkflowStatus) => WORKFLOW_STATUSES.indexOf(s);
  if (from === to) return;
  if (rank(to) < rank(from)) {
    throw new Refusal('invalid_transition', `cannot move an alert from ${from} back to ${to}; ${from === 'closed' ? 'a supervisor reopens a closed alert (POST /v1/alerts/{id}/followups {"action":"reopen"})' : 'statuses only move forward'}`);
  }
}
