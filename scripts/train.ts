/**
 * `npm run train`: trains the text classifier on teleantifraud-matrix (Apache-2.0) ONLY, with a
 * fixed seed, and writes src/model/weights.json. The research-only / GPL sets are never read here:
 * they are for measuring (`fanzha eval --model` vs `--no-model`).
 *
 * Examples: every caller turn (the engine scores turn by turn) and each dialogue's whole caller
 * side, labelled by the file (fraud_dialogues-* = 1, normal_dialogues-* = 0). 20% of dialogues,
 * picked by a hash of their id, are held back to report a dev figure, then the final model is
 * trained on everything.
 *
 * `npm run train -- --compare` instead trains four candidate models (logistic regression and naive
 * Bayes, 1–2- and 1–3-grams) on the same data and MEASURES them on the held-out sets
 * (telecom-fraud-texts-5, anti-fraud-sft); it writes nothing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalCase } from '../src/eval/case.ts';
import { loadTeleAntiFraud } from '../src/eval/loaders/teleantifraud.ts';
import { defaultDatasetsRoot, REPO_ROOT } from '../src/eval/sources.ts';
import { DEFAULT_TRAIN, predict, quantize, train, type LinearModel, type TrainExample } from '../src/model/logreg.ts';
import { trainNaiveBayes } from '../src/model/naive-bayes.ts';
import { resolveSources } from '../src/eval/sources.ts';

const MIN_TURN_CHARS = 6;

export function examplesFrom(c: EvalCase): TrainExample[] {
  const label = c.label === 'scam' ? 1 : 0;
  const callerTurns = c.turns.filter((t) => t.speaker === 'caller').map((t) => t.text);
  const out: TrainExample[] = callerTurns.filter((t) => t.length >= MIN_TURN_CHARS).map((text) => ({ text, label }));
  if (callerTurns.length > 1) out.push({ text: callerTurns.join('\n'), label });
  return out;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Balances the classes by example weight (the normal file is a quarter of the fraud files). */
function balance(examples: TrainExample[]): TrainExample[] {
  const pos = examples.filter((e) => e.label === 1).length;
  const neg = examples.length - pos;
  return examples.map((e) => ({ ...e, weight: e.label === 1 ? examples.length / (2 * pos) : examples.length / (2 * neg) }));
}

function auc(scores: { p: number; y: number }[]): number {
  const s = [...scores].sort((a, b) => a.p - b.p);
  let rankSum = 0;
  let pos = 0;
  s.forEach((x, i) => { if (x.y === 1) { rankSum += i + 1; pos++; } });
  const neg = s.length - pos;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

async function loadCases(path: string): Promise<EvalCase[]> {
  const out: EvalCase[] = [];
  for (const s of await resolveSources(path)) for await (const c of s.load({ sink: { issue: () => {} } })) out.push(c);
  return out;
}

/** Held-out figures for one model: AUCs, false alarms at p >= 0.9, and recall at 1% FPR on real SMS. */
async function compare(trainCases: EvalCase[]): Promise<void> {
  const datasets = defaultDatasetsRoot(process.env);
  const sms = await loadCases(join(datasets, 'telecom-fraud-texts-5'));
  const dialogues = await loadCases(join(datasets, 'anti-fraud-sft'));
  const text = (c: EvalCase) => c.turns[0]!.text;
  const examples = trainCases.flatMap(examplesFrom);
  process.stdout.write('| model | AUC texts-5 | AUC anti-fraud-sft (max of first 20 caller turns) | normal SMS with p >= 0.9 | 冒充客服 recall at 1% FPR on normal SMS |\n|---|---|---|---|---|\n');
  for (const maxN of [2, 3]) {
    const features = { ...DEFAULT_TRAIN.features, maxN };
    const candidates: [string, LinearModel][] = [
      [`logistic regression 1-${maxN}`, train(balance(examples), { ...DEFAULT_TRAIN, features })],
      [`naive Bayes 1-${maxN}`, trainNaiveBayes(examples, features)],
    ];
    for (const [name, m] of candidates) {
      const score = (t: string) => predict(m, t);
      const smsScores = sms.map((c) => ({ p: score(text(c)), y: c.label === 'scam' ? 1 : 0 }));
      const dlgScores = dialogues.map((c) => ({
        p: Math.max(...c.turns.slice(0, 20).filter((t) => t.speaker === 'caller').map((t) => score(t.text))),
        y: c.label === 'scam' ? 1 : 0,
      }));
      const negatives = smsScores.filter((s) => s.y === 0).map((s) => s.p).sort((a, b) => b - a);
      const threshold = negatives[Math.floor(negatives.length * 0.01)]!;
      const cs = sms.filter((c) => c.category === '冒充客服');
      const recall = cs.filter((c) => score(text(c)) > threshold).length / cs.length;
      const falseAlarms = negatives.filter((p) => p >= 0.9).length;
      process.stdout.write(`| ${name} | ${auc(smsScores).toFixed(3)} | ${auc(dlgScores).toFixed(3)} | ${falseAlarms} | ${recall.toFixed(3)} |\n`);
    }
  }
}

async function main(): Promise<void> {
  const root = join(defaultDatasetsRoot(process.env), 'teleantifraud-matrix');
  const cases: EvalCase[] = [];
  const issues: string[] = [];
  for await (const c of loadTeleAntiFraud(root, { sink: { issue: (i) => issues.push(i.message) } })) cases.push(c);
  // Sorted by id so the example order, and hence the model, does not depend on directory order.
  cases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const isDev = (c: EvalCase) => fnv(c.id) % 5 === 0;
  const trainCases = cases.filter((c) => !isDev(c));
  const devCases = cases.filter(isDev);
  process.stderr.write(`teleantifraud-matrix: ${cases.length} dialogues (${issues.length} load issues); dev ${devCases.length}\n`);
  if (process.argv.includes('--compare')) return compare(cases);

  const dev = train(balance(trainCases.flatMap(examplesFrom)), DEFAULT_TRAIN);
  const turnScores = devCases.flatMap((c) => c.turns.filter((t) => t.speaker === 'caller' && t.text.length >= MIN_TURN_CHARS)
    .map((t) => ({ p: predict(dev, t.text), y: c.label === 'scam' ? 1 : 0 })));
  const dialogueScores = devCases.map((c) => ({ p: Math.max(...c.turns.filter((t) => t.speaker === 'caller').map((t) => predict(dev, t.text))), y: c.label === 'scam' ? 1 : 0 }));
  process.stderr.write(`dev AUC per caller turn ${auc(turnScores).toFixed(4)}, per dialogue (max over turns) ${auc(dialogueScores).toFixed(4)}\n`);

  const all = balance(cases.flatMap(examplesFrom));
  const model = train(all, DEFAULT_TRAIN);
  const file = quantize(model, { trainedOn: ['teleantifraud-matrix (Apache-2.0)'], examples: all.length, seed: DEFAULT_TRAIN.seed });
  const out = join(REPO_ROOT, 'src/model/weights.json');
  writeFileSync(out, JSON.stringify(file) + '\n');
  process.stderr.write(`wrote ${out} (${all.length} examples)\n`);
}

const isEntry = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) {
  main().catch((e: unknown) => { process.stderr.write(`train: ${(e as Error).message}\n`); process.exitCode = 3; });
}
