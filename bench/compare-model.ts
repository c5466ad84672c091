/**
 * The text model's own cost (src/model/text.ts modelText + classifier.ts scoreText) in two source trees,
 * in ONE process, runs interleaved A B A B …, on the very turns the engine bench's full pipeline hands
 * the model (bench/engine.ts's corpus and pushes; the turns the signal scores after its own skips).
 * Also counts the probabilities that differ between the trees (0 expected for a speed change).
 *
 *   node --import tsx bench/compare-model.ts /path/to/other/checkout [pairs]
 *
 * A = the other checkout, B = this tree. Prints the median ms per pass of each and the median of the
 * per-pair ratios A/B (speed-up of this tree). Figures, not assertions.
 */
import { resolve } from 'node:path';
import { chineseUtterances } from './engine.ts';
import { createSession } from '../src/index.ts';
import { Engine } from '../src/engine/engine.ts';
import { PLAYBOOKS } from '../src/playbook/index.ts';
import { DEFAULT_SIGNALS, SIGNAL_CATALOG } from '../src/signals/index.ts';
import { makeModelSignal, MODEL_WEIGHT_PARAMS, modelSignal } from '../src/model/signal.ts';
import * as B from '../src/model/classifier.ts';
import * as BT from '../src/model/text.ts';

const other = process.argv[2];
if (!other) { console.error('usage: node --import tsx bench/compare-model.ts OTHER_CHECKOUT [pairs]'); process.exit(2); }
const pairs = Number(process.argv[3] ?? 11);
const A = (await import(resolve(other, 'src/model/classifier.ts'))) as typeof B;
const AT = (await import(resolve(other, 'src/model/text.ts'))) as typeof BT;

// The turns the model reads: the bench's pushes through this tree's engine, the signal's inputs recorded.
const { texts } = chineseUtterances();
const turns: string[] = [];
let current = '';
const recording = makeModelSignal(MODEL_WEIGHT_PARAMS, (text, rules) => { turns.push(current); return B.scoreText(text, rules); });
const engine = new Engine({
  playbooks: PLAYBOOKS, signalCatalog: SIGNAL_CATALOG,
  signals: [...DEFAULT_SIGNALS.filter((s) => s !== modelSignal), (input) => { current = input.normalisedText ?? input.text; return recording(input); }],
});
let session = createSession({ lang: 'zh' }, engine);
for (let i = 0; i < texts.length; i++) {
  if (i % 12 === 0) session = createSession({ lang: 'zh' }, engine);
  session.push({ speaker: 'caller', text: texts[i]! });
}
const bytes = turns.reduce((n, t) => n + Buffer.byteLength(t), 0);
let differ = 0;
for (const t of turns) if (!Object.is(A.scoreText(AT.modelText(t)), B.scoreText(BT.modelText(t)))) differ++;

const pass = (m: typeof B, mt: typeof BT): number => {
  const t0 = process.cpuUsage();
  let sink = 0;
  for (const t of turns) sink += m.scoreText(mt.modelText(t));
  const u = process.cpuUsage(t0);
  if (sink < 0) console.log(sink);
  return (u.user + u.system) / 1000;
};
pass(A, AT); pass(B, BT); pass(A, AT); pass(B, BT); // JIT warm-up
const a: number[] = [];
const b: number[] = [];
const ratio: number[] = [];
for (let r = 0; r < pairs; r++) { const x = pass(A, AT); const y = pass(B, BT); a.push(x); b.push(y); ratio.push(x / y); }
const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!;
console.log(`${turns.length} turns the model reads (of ${texts.length} pushed), ${(bytes / 1e6).toFixed(2)} MB; ${differ} probabilities differ between the trees`);
console.log(`A ${other}: ${median(a).toFixed(1)} ms/pass (${(bytes / 1e3 / median(a)).toFixed(1)} MB/s)   B this tree: ${median(b).toFixed(1)} ms/pass (${(bytes / 1e3 / median(b)).toFixed(1)} MB/s)   A/B median ${median(ratio).toFixed(2)} [${ratio.map((x) => x.toFixed(2)).join(' ')}]`);
