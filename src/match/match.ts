/**
 * Match one normalised turn against a compiled playbook: one automaton scan, then each cue is
 * checked on the term occurrences (no regular expressions over user text).
 */
import type { Speaker } from '../types.ts';
import type { Entity } from '../entities/entities.ts';
import { asciiBoundaryOk } from '../normalise/normalise.ts';
import type { CompiledCue, CompiledPlaybook, CompiledTactic } from './compile.ts';

export interface CueHit {
  tactic: CompiledTactic;
  /** Span in the normalised text. */
  start: number;
  end: number;
}

type Occurrences = Map<number, [number, number][]>;

const SENTENCE_END = new Set([...'。！？!?；;\n'].map((c) => c.charCodeAt(0)));
const isSentenceEnd = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (SENTENCE_END.has(c)) return true;
  // An ASCII full stop ends a sentence only before a space or the end ("1.5" and "jd.com" do not).
  return c === 0x2e && (i + 1 >= text.length || text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x0a);
};

/** Sentence index of each position, computed lazily only when a guard occurs. */
function sentenceIndex(text: string): Int32Array {
  const idx = new Int32Array(text.length + 1);
  let k = 0;
  for (let i = 0; i < text.length; i++) { idx[i] = k; if (isSentenceEnd(text, i)) k++; }
  idx[text.length] = k;
  return idx;
}

function speakerMatches(want: Tactic['speaker'], got: Speaker): boolean {
  if (want === 'any' || got === 'unknown') return true;
  return want === got;
}
type Tactic = CompiledTactic['def'];

/** Occurrences of any of `terms`, in text order. The turn's occurrences are few, so walk those. */
function occurrencesOf(terms: ReadonlySet<number>, occ: Occurrences): [number, number][] {
  const out: [number, number][] = [];
  for (const [id, list] of occ) if (terms.has(id)) for (const o of list) out.push(o);
  return out.length > 1 ? out.sort((a, b) => a[0] - b[0]) : out;
}

/** One occurrence from each group, all inside `within` characters (in order when `ordered`). */
function matchAll(cue: Extract<CompiledCue, { type: 'all' }>, occ: Occurrences, allowed: (span: [number, number]) => boolean): [number, number] | null {
  const lists = cue.groups.map((g) => occurrencesOf(g, occ));
  if (lists.some((l) => l.length === 0)) return null;
  for (const anchor of lists[0]!) {
    // The window is on start positions: every term starts within `within` characters of the others.
    let lo = anchor[0];
    let hi = anchor[1];
    let firstStart = anchor[0];
    let lastStart = anchor[0];
    let prevEnd = anchor[1];
    let ok = true;
    for (let g = 1; g < lists.length && ok; g++) {
      let pick: [number, number] | null = null;
      for (const o of lists[g]!) {
        if (cue.ordered && o[0] < prevEnd) continue;
        if (Math.max(lastStart, o[0]) - Math.min(firstStart, o[0]) <= cue.within) { pick = o; break; }
      }
      if (!pick) ok = false;
      else {
        lo = Math.min(lo, pick[0]); hi = Math.max(hi, pick[1]); prevEnd = pick[1];
        firstStart = Math.min(firstStart, pick[0]); lastStart = Math.max(lastStart, pick[0]);
      }
    }
    // A span touching a guarded sentence does not end the search: a later, unguarded one may count.
    if (ok && allowed([lo, hi])) return [lo, hi];
  }
  return null;
}

function matchEntity(cue: Extract<CompiledCue, { type: 'entity' }>, entities: Entity[], occ: Occurrences): [number, number] | null {
  for (const e of entities) {
    if (e.kind !== cue.kind) continue;
    if (!cue.near) return [e.start, e.end];
    for (const o of occurrencesOf(cue.near, occ)) {
      const gap = o[0] >= e.end ? o[0] - e.end : e.start >= o[1] ? e.start - o[1] : 0;
      if (gap <= cue.within) return [Math.min(e.start, o[0]), Math.max(e.end, o[1])];
    }
  }
  return null;
}

export function scanTerms(cp: CompiledPlaybook, text: string): Occurrences {
  const occ: Occurrences = new Map();
  for (const m of cp.matcher.matchInText(text)) {
    if (!asciiBoundaryOk(text, m.begin, m.end)) continue;
    const id = cp.termIds.get(m.keyword)!;
    const list = occ.get(id);
    if (list) list.push([m.begin, m.end]); else occ.set(id, [[m.begin, m.end]]);
  }
  return occ;
}

export function matchTurn(cp: CompiledPlaybook, text: string, entities: Entity[], speaker: Speaker): CueHit[] {
  if (text.length === 0) return [];
  const occ = scanTerms(cp, text);
  for (const g of cp.turnGuards) if (occ.has(g)) return [];
  // Only tactics that one of the found terms (or entities) can trigger are checked.
  const candidates = new Uint8Array(cp.tactics.length);
  let any = false;
  for (const id of occ.keys()) for (const i of cp.tacticsByTerm.get(id) ?? []) { candidates[i] = 1; any = true; }
  for (const e of entities) for (const i of cp.tacticsByEntity.get(e.kind) ?? []) { candidates[i] = 1; any = true; }
  if (!any) return [];
  let sentences: Int32Array | null = null;
  const hits: CueHit[] = [];
  for (let ti = 0; ti < cp.tactics.length; ti++) {
    if (candidates[ti] === 0) continue;
    const tactic = cp.tactics[ti]!;
    if (!speakerMatches(tactic.def.speaker, speaker)) continue;
    // Sentences that hold one of this tactic's guards.
    let guarded: Set<number> | null = null;
    for (const [g, o] of occ) {
      if (!tactic.guards.has(g)) continue;
      sentences ??= sentenceIndex(text);
      guarded ??= new Set();
      for (const [s] of o) guarded.add(sentences[s]!);
    }
    const g = guarded;
    const s = sentences;
    const allowed = (span: [number, number]): boolean =>
      !g || !s || (!g.has(s[span[0]]!) && !g.has(s[Math.max(span[0], span[1] - 1)]!));
    for (const cue of tactic.cues) {
      const span = cue.type === 'any' ? firstAnyUnguarded(cue.terms, occ, guarded, sentences)
        : cue.type === 'all' ? matchAll(cue, occ, allowed) : matchEntity(cue, entities, occ);
      if (!span || !allowed(span)) continue;
      hits.push({ tactic, start: span[0], end: span[1] });
      break;
    }
  }
  return hits;
}

/** The first occurrence of any term that is not in a guarded sentence. */
function firstAnyUnguarded(terms: ReadonlySet<number>, occ: Occurrences, guarded: Set<number> | null, sentences: Int32Array | null): [number, number] | null {
  for (const o of occurrencesOf(terms, occ)) if (!guarded || !sentences || !guarded.has(sentences[o[0]]!)) return o;
  return null;
}
