/**
 * Confusable-character skeletons (UTS #39 style, via unhomoglyph's confusables table) plus the
 * ASCII look-alikes domain squatters use (0→o, 1/i→l, rn→m, vv→w, cl→d, nn→m), and a bounded edit distance.
 */
import unhomoglyph from 'unhomoglyph';

const PLAIN_ASCII = /^[a-z-]*$/;

export function skeleton(label: string): string {
  let s = label.toLowerCase();
  // The confusables regex is large; plain ASCII letters never change under it.
  if (!PLAIN_ASCII.test(s)) s = unhomoglyph(s).toLowerCase();
  return s.replaceAll('rn', 'm').replaceAll('vv', 'w').replaceAll('cl', 'd').replaceAll('nn', 'm').replaceAll('0', 'o').replace(/[1i|]/g, 'l');
}

/**
 * Optimal-string-alignment (Damerau) distance, giving up once it exceeds `max`
 * (returns max + 1 then). Inputs are domain labels, bounded by the caller.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}
