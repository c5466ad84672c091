/**
 * One open alert per call: when a call rises from warn to block, its earlier open alert is the
 * same incident. It is closed as 重复预警 (outcome `duplicate`) of the new one, logged as the
 * system's doing, and whoever had claimed it, and any contact already made, carry over to the new
 * alert, so the officer keeps the call and the SLA counts the contact already made. Used by the
 * service's centre observer (src/server/routes/staff.ts) and by the stream workers' sink
 * (src/store/stream.ts), so an alert raised either way is handled alike. Idempotent: an alert
 * already closed is left as it is.
 */
import type { CentreStore } from '../store/centre.ts';

/**
 * `earlier`: the session's alerts (any order; the new one and closed ones are skipped).
 * Each is closed in its own transaction (joined to the caller's when `centre` is bound to one).
 */
export async function supersedeEarlier(centre: CentreStore, earlier: readonly { id: string; status: string }[], alert: { id: string }, now: number): Promise<void> {
  for (const old of earlier) {
    if (old.id === alert.id || old.status === 'closed') continue;
    const detail = { outcome: 'duplicate', duplicateOf: alert.id, automatic: true };
    await centre.tx(async (db) => {
      // Read inside the transaction: an officer's follow-up committed meanwhile is carried over, not overwritten.
      const w = await db.getAlert(old.id);
      if (!w || w.status === 'closed') return;
      await db.updateWorkflow(old.id, {
        status: 'closed', assignee: w.assignee, outcome: 'duplicate', outcome_json: JSON.stringify(detail),
        first_contact_at: w.first_contact_at, claimed_at: w.claimed_at, closed_at: now, updated_at: now,
      });
      await db.insertFollowup({ alert_id: old.id, at: now, actor: 'system', role: 'system', action: 'outcome', detail_json: JSON.stringify(detail), note: null });
      if (w.assignee !== null) {
        const carried = await db.getAlert(alert.id);
        if (carried && carried.assignee === null) {
          await db.updateWorkflow(alert.id, {
            status: w.status === 'new' ? 'acknowledged' : w.status, assignee: w.assignee, outcome: w.outcome === 'unreachable-for-now' ? w.outcome : null,
            outcome_json: null, first_contact_at: w.first_contact_at, claimed_at: w.claimed_at, closed_at: null, updated_at: now,
          });
          await db.insertFollowup({ alert_id: alert.id, at: now, actor: 'system', role: 'system', action: 'assign', detail_json: JSON.stringify({ from: null, to: w.assignee, carriedFrom: old.id }), note: null });
        }
      }
    });
  }
}
