/**
 * The cue automaton: Aho-Corasick over UTF-16 code units in a double-array trie (Aoe's layout:
 * `base`/`check` typed arrays, one failure link and one output range per state), built once per
 * playbook at compile time. A scan reports every (term id, start, end) of the keywords in a text
 * in one left-to-right pass, without building a string or an object per match.
 *
 * Why our own and not @monyone/aho-corasick (also a double array): this scan is the hot path of
 * every utterance, and the library looks each character up in a `Map`, returns each match as an
 * object holding the keyword string (which the caller then maps back to its term id) and keeps
 * its arrays as plain JS arrays. Same matches; see BENCHMARKS.md ("Engine") for the speed.
 * Memory: 4 Int32 per double-array slot, a 128 KB code-unit → symbol table, 3 numbers per output.
 */

/** Keyword (already normalised, unique) → its term id (variant spellings share their term's id). */
export type KeywordIds = ReadonlyMap<string, number>;

const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** Receives one match: the term id and its span [start, end) in the scanned text. */
export type OnMatch = (term: number, start: number, end: number) => void;

export class TermAutomaton {
  /** Code unit → symbol (1…alphabet); 0: in no keyword, so the scan goes back to the root. */
  private readonly symbol: Uint16Array;
  /**
   * The double array, one record of four Int32 per slot s at 4s: base, check, output start, failure
   * link. One record holds all a step reads of a slot (a scan's reads are random over ~1 MB, so each
   * array of its own cost a cache miss of its own). Slot s outputs entries outStart(s) … outStart(s + 1) − 1:
   * its own keyword, then its suffixes' (longest first).
   */
  private readonly node: Int32Array;
  private readonly outTerm: Int32Array;
  private readonly outLen: Int32Array;
  /** 1 when the keyword starts or ends with an ASCII letter (then it must not touch another letter). */
  private readonly outAscii: Uint8Array;
  /** Trie states and double-array slots (for the memory figure). */
  readonly states: number;
  readonly slots: number;

  /** @throws Error on an empty keyword. */
  constructor(keywords: KeywordIds) {
    const symbol = new Uint16Array(0x10000);
    let alphabet = 0;
    for (const k of keywords.keys()) {
      if (k.length === 0) throw new Error('automaton: empty keyword');
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        if (symbol[c] === 0) symbol[c] = ++alphabet;
      }
    }
    this.symbol = symbol;

    // 1. The trie (states numbered in insertion order) with each state's own keyword.
    const children: Map<number, number>[] = [new Map()];
    const ownTerm: number[] = [-1];
    const ownLen: number[] = [0];
    const ownAscii: number[] = [0];
    for (const [k, id] of keywords) {
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const sym = symbol[k.charCodeAt(i)]!;
        let t = children[s]!.get(sym);
        if (t === undefined) {
          t = children.length;
          children.push(new Map()); ownTerm.push(-1); ownLen.push(0); ownAscii.push(0);
          children[s]!.set(sym, t);
        }
        s = t;
      }
      ownTerm[s] = id;
      ownLen[s] = k.length;
      ownAscii[s] = isAsciiLetter(k.charCodeAt(0)) || isAsciiLetter(k.charCodeAt(k.length - 1)) ? 1 : 0;
    }
    const n = children.length;
    this.states = n;

    // 2. Failure links on the trie, breadth first, and each state's outputs: its own keyword,
    //    then its failure state's outputs (the longest suffix keywords first).
    const order: number[] = [0];
    const failState = new Int32Array(n);
    for (let q = 0; q < order.length; q++) {
      const s = order[q]!;
      for (const [sym, t] of children[s]!) {
        order.push(t);
        if (s === 0) { failState[t] = 0; continue; }
        let f = failState[s]!;
        for (;;) {
          const next = children[f]!.get(sym);
          if (next !== undefined) { failState[t] = next; break; }
          if (f === 0) { failState[t] = 0; break; }
          f = failState[f]!;
        }
      }
    }
    const outputs: number[][] = new Array(n);
    for (const s of order) {
      const list = ownTerm[s]! >= 0 ? [s] : [];
      if (s !== 0) for (const o of outputs[failState[s]!]!) list.push(o);
      outputs[s] = list;
    }

    // 3. The double array: each state's children at base + symbol, at the first base where every
    //    child's slot is free (first fit), breadth first. `nextFree` finds the lowest free slot at
    //    or after an index (union-find with path halving), so the search skips the packed region.
    let size = Math.max(1024, 2 * n + alphabet + 2);
    let base = new Int32Array(size);
    let check = new Int32Array(size).fill(-1);
    let nextFree = Int32Array.from({ length: size + 1 }, (_, i) => i);
    const grow = (need: number): void => {
      if (need < size) return;
      let next = size;
      while (next <= need) next *= 2;
      const b = new Int32Array(next); b.set(base);
      const c = new Int32Array(next).fill(-1); c.set(check);
      const f = Int32Array.from({ length: next + 1 }, (_, i) => i); f.set(nextFree.subarray(0, size));
      base = b; check = c; nextFree = f; size = next;
    };
    const freeFrom = (i: number): number => {
      grow(i + 1);
      while (nextFree[i] !== i) { nextFree[i] = nextFree[nextFree[i]!]!; i = nextFree[i]!; grow(i + 1); }
      return i;
    };
    const take = (i: number): void => { check[i] = -2; nextFree[i] = i + 1; };
    const slot = new Int32Array(n);
    take(0);
    let used = 1;
    for (const s of order) {
      const kids = [...children[s]!.keys()].sort((a, b) => a - b);
      if (kids.length === 0) continue;
      let b: number;
      for (let p = freeFrom(kids[0]! + 1); ; p = freeFrom(p + 1)) {
        b = p - kids[0]!;
        grow(b + kids[kids.length - 1]! + 1);
        let ok = true;
        for (let j = 1; j < kids.length; j++) if (check[b + kids[j]!] !== -1) { ok = false; break; }
        if (ok) break;
      }
      const at = slot[s]!;
      base[at] = b;
      for (const k of kids) {
        slot[children[s]!.get(k)!] = b + k;
        take(b + k);
        used = Math.max(used, b + k + 1);
      }
    }
    // Slots hold −2 while being placed; now each used slot's check is its parent's slot.
    check[0] = 0;
    for (const s of order) for (const t of children[s]!.values()) check[slot[t]!] = slot[s]!;
    // Any transition a scan computes (a used slot's base + a symbol) stays inside the arrays, and a
    // slot no state uses holds check −1, which no state index equals.
    let maxBase = 0;
    for (let i = 0; i < used; i++) if (check[i] !== -1 && base[i]! > maxBase) maxBase = base[i]!;
    grow(Math.max(used, maxBase + alphabet + 1));
    this.slots = used;

    const fail = new Int32Array(size);
    const outStart = new Int32Array(size + 1);
    let total = 0;
    for (let s = 0; s < n; s++) total += outputs[s]!.length;
    const outTerm = new Int32Array(total);
    const outLen = new Int32Array(total);
    const outAscii = new Uint8Array(total);
    // Output ranges in slot order, so outStart[slot + 1] ends slot's range.
    const stateAt = new Int32Array(size).fill(-1);
    for (let s = 0; s < n; s++) stateAt[slot[s]!] = s;
    let k = 0;
    for (let i = 0; i < size; i++) {
      outStart[i] = k;
      const s = stateAt[i]!;
      if (s < 0) continue;
      fail[i] = slot[failState[s]!]!;
      for (const o of outputs[s]!) { outTerm[k] = ownTerm[o]!; outLen[k] = ownLen[o]!; outAscii[k] = ownAscii[o]!; k++; }
    }
    outStart[size] = k;
    // Records for slots 0 … size (the last one only for its output start, ending slot size − 1's range).
    const node = new Int32Array(4 * (size + 1));
    for (let i = 0; i < size; i++) {
      node[4 * i] = base[i]!; node[4 * i + 1] = check[i]!; node[4 * i + 2] = outStart[i]!; node[4 * i + 3] = fail[i]!;
    }
    node[4 * size + 1] = -1; node[4 * size + 2] = outStart[size]!;
    this.node = node;
    this.outTerm = outTerm;
    this.outLen = outLen;
    this.outAscii = outAscii;
  }

  /**
   * Every keyword occurrence in `text`, reported in order of end position (at one end, longest
   * first). An occurrence that starts or ends with an ASCII letter must not continue a Latin word
   * ("vx" not inside "vxworks"; CJK has no spaces, so CJK edges are always boundaries).
   * Linear in the text plus the matches.
   */
  scan(text: string, onMatch: OnMatch): void {
    const { symbol, node, outTerm, outLen, outAscii } = this;
    const n = text.length;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const c = symbol[text.charCodeAt(i)]!;
      if (c === 0) { s = 0; continue; }
      for (;;) {
        const t = node[4 * s]! + c;
        if (node[4 * t + 1] === s && t !== 0) { s = t; break; }
        if (s === 0) break;
        s = node[4 * s + 3]!;
      }
      const to = node[4 * s + 6]!;
      for (let k = node[4 * s + 2]!; k < to; k++) {
        const end = i + 1;
        const start = end - outLen[k]!;
        if (outAscii[k] === 1 && !boundaryOk(text, start, end)) continue;
        onMatch(outTerm[k]!, start, end);
      }
    }
  }
}

/** The same test as normalise.ts's asciiBoundaryOk, for an occurrence known to touch an ASCII letter. */
function boundaryOk(text: string, begin: number, end: number): boolean {
  if (isAsciiLetter(text.charCodeAt(begin)) && begin > 0 && isAsciiLetter(text.charCodeAt(begin - 1))) return false;
  if (isAsciiLetter(text.charCodeAt(end - 1)) && end < text.length && isAsciiLetter(text.charCodeAt(end))) return false;
  return true;
}
