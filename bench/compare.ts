/**
 * Full-pipeline speed of two source trees compared in ONE process, runs interleaved A B A B …, so
 * a noisy machine (other jobs on the cores) slows both alike and the paired ratio stays readable
 * where absolute MB/s do not. Figures, not assertions.
 *
 *   node --import tsx bench/compare.ts /path/to/other/checkout [runs]
 *
 * A = the other checkout (e.g. `git worktree add /tmp/before <commit>`, or `git archive <commit> |
 * tar -x -C /tmp/before` with node_modules linked), B = this tree. Corpus and pushes as
 * `npm run bench -- engine` (bench/engine.ts): utterances pushed as the caller into live sessions of
 * 12. Prints the median MB/s (CPU time) of each and the median of the per-pair ratios B/A.
 */
import { resolve } from 'node:path';
import { chineseUtterances } from './engine.ts';

const other = process.argv[2];
if (!other) { console.error('usage: node --import tsx bench/compare.ts OTHER_CHECKOUT [runs]'); process.exit(2); }
const runs = Number(process.argv[3] ?? 7);
type Index = typeof import('../src/index.ts');
const A = (await import(resolve(other, 'src/index.ts'))) as Index;
const B = await import('../src/index.ts');
const { texts } = chineseUtterances();
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

const pass = (m: Index): number => {
  const t0 = process.cpuUsage();
  let s = m.createSession({ lang: 'zh' });
  for (let i = 0; i < texts.length; i++) {
    if (i % 12 === 0) s = m.createSession({ lang: 'zh' });
    s.push({ speaker: 'caller', text: texts[i]! });
  }
  const u = process.cpuUsage(t0);
  return bytes / 1e6 / ((u.user + u.system) / 1e6);
};
// One warm-up pass each (JIT, compiled playbooks, the classifier's weights).
pass(A); pass(B);
const a: number[] = [];
const b: number[] = [];
const ratio: number[] = [];
for (let r = 0; r < runs; r++) {
  const x = pass(A);
  const y = pass(B);
  a.push(x); b.push(y); ratio.push(y / x);
}
const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!;
console.log(`${texts.length} utterances, ${(bytes / 1e6).toFixed(2)} MB, ${runs} pairs`);
console.log(`A ${other}: ${median(a).toFixed(2)} MB/s   B this tree: ${median(b).toFixed(2)} MB/s   B/A median ${median(ratio).toFixed(3)} [${ratio.map((x) => x.toFixed(2)).join(' ')}]`);
