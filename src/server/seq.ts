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
import type { Db } from '../store/db.ts';
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
  private readonly s;

  constructor(db: Db, private readonly shared = false) {
    this.s = {
      max: db.prepare('SELECT max(seq) AS m FROM turns WHERE session_id = ?'),
      find: db.prepare('SELECT idx FROM turns WHERE session_id = ? AND seq = ?'),
    };
  }

  /** Decides what the turn with this seq is, and reserves it when new (call `settled` after the commit). */
  check(sessionId: string, seq: number): SeqVerdict {
    const t = this.track(sessionId);
    const stored = this.s.find.get(sessionId, seq) as { idx: number } | undefined;
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

  private track(sessionId: string): Track {
    let t = this.tracks.get(sessionId);
    if (t) {
      this.tracks.delete(sessionId);
      this.tracks.set(sessionId, t);
      if (this.shared) {
        const m = (this.s.max.get(sessionId) as { m: number | null }).m;
        if (m !== null && (t.max === null || m > t.max)) t.max = m;
      }
      return t;
    }
    const m = (this.s.max.get(sessionId) as { m: number | null }).m;
    t = { max: m, pending: new Set() };
    this.tracks.set(sessionId, t);
    if (this.tracks.size > MAX_TRACKED) {
      for (const [id, old] of this.tracks) {
        if (old.pending.size === 0) { this.tracks.delete(id); break; }
      }
    }
    return t;
  }
}
