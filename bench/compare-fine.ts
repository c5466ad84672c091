/**
 * Full-pipeline speed of two source trees in ONE process, interleaved finely: the corpus is cut into
 * chunks of whole calls (CHUNK utterances, a new session every 12 as bench/engine.ts does) and each
 * chunk is pushed through A then B (then B then A on the next chunk, so neither always goes first).
 * On a loaded machine the load changes within seconds; a pass-by-pass pairing (bench/compare.ts)
 * then reads ±30 % per pair, while chunks of ~0.1 s see the same load in both trees. Figures, not
 * assertions.
 *
 *   node --import tsx bench/compare-fine.ts /path/to/other/checkout [passes] [--rules]
 *
 * Prints, per pass, the CPU time of A and B summed over the chunks and their ratio, then the median
 * of the passes' ratios and the median of all the chunks' ratios.
 */
import { resolve } from 'node:path';
import { chineseUtterances } from './engine.ts';

const args = process.argv.slice(2);
const rules = args.includes('--rules');
const [other, passesArg] = args.filter((a) => !a.startsWith('--'));
if (!other) { console.error('usage: node --import tsx bench/compare-fine.ts OTHER_CHECKOUT [passes] [--rules]'); process.exit(2); }
const passes = Number(passesArg ?? 5);
const CALL = 12;
const CHUNK = CALL * 42;
type Index = typeof import('../src/index.ts');
const A = (await import(resolve(other, 'src/index.ts'))) as Index;
const B = await import('../src/index.ts');
const engineA = A.createEngine(rules ? { model: false } : {});
const engineB = B.createEngine(rules ? { model: false } : {});
const { texts } = chineseUtterances();
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

const chunk = (m: Index, engine: ReturnType<Index['createEngine']>, from: number): number => {
  const to = Math.min(texts.length, from + CHUNK);
  const t0 = process.cpuUsage();
  let s = m.createSession({ lang: 'zh' }, engine);
  for (let i = from; i < to; i++) {
    if (i % CALL === 0) s = m.createSession({ lang: 'zh' }, engine);
    s.push({ speaker: 'caller', text: texts[i]! });
  }
  const u = process.cpuUsage(t0);
  return u.user + u.system;
};
const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!;
// One warm-up pass each (JIT, compiled playbooks, the classifier's weights).
for (let from = 0; from < texts.length; from += CHUNK) { chunk(A, engineA, from); chunk(B, engineB, from); }
const passRatios: number[] = [];
const chunkRatios: number[] = [];
let sumA = 0, sumB = 0;
for (let p = 0; p < passes; p++) {
  let a = 0, b = 0;
  for (let from = 0, k = 0; from < texts.length; from += CHUNK, k++) {
    let x: number, y: number;
    if ((k + p) % 2 === 0) { x = chunk(A, engineA, from); y = chunk(B, engineB, from); } else { y = chunk(B, engineB, from); x = chunk(A, engineA, from); }
    a += x; b += y; chunkRatios.push(x / y);
  }
  sumA += a; sumB += b;
  passRatios.push(a / b);
  console.log(`pass ${p + 1}: A ${(bytes / a).toFixed(2)} MB/s  B ${(bytes / b).toFixed(2)} MB/s  B/A ${(a / b).toFixed(3)}`);
}
console.log(`${rules ? 'rules only' : 'full pipeline'}, ${texts.length} utterances, ${(bytes / 1e6).toFixed(2)} MB, chunks of ${CHUNK}, ${passes} passes`);
console.log(`A ${other}: ${(bytes * passes / sumA).toFixed(2)} MB/s   B this tree: ${(bytes * passes / sumB).toFixed(2)} MB/s   B/A (speed) passes median ${median(passRatios).toFixed(3)} [${passRatios.map((x) => x.toFixed(3)).join(' ')}]  chunks median ${median(chunkRatios).toFixed(3)}`);
