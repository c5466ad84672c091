/**
 * Confusable-character skeletons (UTS #39 style, via unhomoglyph's confusables table) plus the
 * ASCII look-alikes domain squatters use (0→o, 1/i→l, rn→m, vv→w, cl→d, nn→m), and a bounded edit distance.
 */
import unhomoglyph from 'unhomoglyph';

/** unhomoglyph changes only m, 0 and 1 among these, and the folds below undo or repeat that. */
const PLAIN_ASCII = /^[a-z0-9-]*$/;

export function skeleton(label: string): string {
  let s = label.toLowerCase();
  // The confusables regex is large; plain ASCII letters never change under it.
  if (!PLAIN_ASCII.test(s)) s = unhomoglyph(s).toLowerCase();
  return s.replaceAll('rn', 'm').replaceAll('vv', 'w').replaceAll('cl', 'd').replaceAll('nn', 'm').replaceAll('0', 'o').replace(/[1i|]/g, 'l');
}

/** Rows reused across calls: the checker runs on every link of every turn, so no per-call arrays. */
const MAX_LABEL = 64;
let rowA = new Int32Array(MAX_LABEL + 1);
let rowB = new Int32Array(MAX_LABEL + 1);
let rowC = new Int32Array(MAX_LABEL + 1);

/**
 * Optimal-string-alignment (Damerau) distance, giving up once it exceeds `max`
 * (returns max + 1 then). Labels longer than 63 characters are not domain labels: max + 1.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > MAX_LABEL || b.length > MAX_LABEL) return max + 1;
  const n = b.length;
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) { rowA = prev2; rowB = prev; rowC = cur; return max + 1; }
    const t = prev2; prev2 = prev; prev = cur; cur = t;
  }
  const d = prev[n]!;
  rowA = prev2; rowB = prev; rowC = cur;
  return Math.min(d, max + 1);
}
