/**
 * Turn numbers (`seq`) a client may give each turn, so a retried turn is not counted twice and a
 * lost one is noticed. Per session: the highest seq accepted so far (from memory, or from the
 * turns table after a restart) and the seqs whose turn is accepted but not yet committed.
 *   seq already stored            → duplicate: not counted again; the answer is the current state
 *   seq accepted, commit pending  → 409 turn_in_progress (retry in a moment)
 *   seq > highest + 1             → counted; `gap` names the missing numbers
 *   seq < highest, never seen     → counted (a late turn filling a gap); `outOfOrder: true`
 * With several serve processes on one store (`shared`) the highest seq is read from the table on
 * every check (another process may have stored a higher one); the unique (session, seq) index
 * keeps two processes from both storing one seq.
 */
import type { Sql } from '../store/sql.ts';
import { ApiError } from './errors.ts';

export type SeqVerdict =
  | { kind: 'duplicate'; turn: number }
  | { kind: 'new'; gap: { expected: number; received: number; missing: number } | null; outOfOrder: boolean };

interface Track {
  max: number | null;
  pending: Set<number>;
}

const MAX_TRACKED = 100_000;

export class SeqTracker {
  private readonly tracks = new Map<string, Track>();

  constructor(private readonly sql: Sql, private readonly shared = false) {}

  /**
   * Decides what the turn with this seq is, and reserves it when new (call `settled` after the
   * commit). The stored facts are read first; the decision and the reservation then happen with
   * no await between them, so two requests with the same seq in this process cannot both pass.
   */
  async check(sessionId: string, seq: number): Promise<SeqVerdict> {
    const [stored, max] = await Promise.all([
      this.sql.get<{ idx: number }>('SELECT idx FROM turns WHERE session_id = ? AND seq = ?', [sessionId, seq]),
      this.sql.get<{ m: number | null }>('SELECT max(seq) AS m FROM turns WHERE session_id = ?', [sessionId]),
    ]);
    const t = this.track(sessionId, max?.m ?? null);
    if (stored) return { kind: 'duplicate', turn: stored.idx };
    if (t.pending.has(seq)) throw new ApiError(409, 'turn_in_progress', `turn seq ${seq} is being recorded; retry in a moment`, { 'retry-after': '1' });
    const expected = t.max === null ? seq : t.max + 1;
    const gap = seq > expected ? { expected, received: seq, missing: seq - expected } : null;
    const outOfOrder = t.max !== null && seq < t.max;
    t.pending.add(seq);
    if (t.max === null || seq > t.max) t.max = seq;
    return { kind: 'new', gap, outOfOrder };
  }

  /** The turn with this seq is committed (or failed: then it may be sent again). */
  settled(sessionId: string, seq: number, ok: boolean): void {
    const t = this.tracks.get(sessionId);
    if (!t) return;
    t.pending.delete(seq);
    if (!ok) this.tracks.delete(sessionId); // re-read from the table next time
  }

  /** `stored`: the highest seq in the turns table, just read. */
  private track(sessionId: string, stored: number | null): Track {
    let t = this.tracks.get(sessionId);
    if (t) {
      this.tracks.delete(sessionId);
      this.tracks.set(sessionId, t);
      // Shared store: another process may have stored higher seqs; alone, memory is ahead of the table.
      if (this.shared && stored !== null && (t.max === null || stored > t.max)) t.max = stored;
      return t;
    }
    t = { max: stored, pending: new Set() };
    this.tracks.set(sessionId, t);
    if (this.tracks.size > MAX_TRACKED) {
      for (const [id, old] of this.tracks) {
        if (old.pending.size === 0) { this.tracks.delete(id); break; }
      }
    }
    return t;
  }
}
