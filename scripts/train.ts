/**
 * `npm run train`: trains the statistical detector and writes src/model/weights.json. Deterministic
 * (fixed seed, inputs sorted by id): two runs give the same bytes.
 *
 * Training data, and nothing else (the GPL / research-only sets are never read here):
 * - teleantifraud-matrix (Apache-2.0), from ../shared/datasets or $FANZHA_DATASETS;
 * - our own writing: data/corpus/*.jsonl and the playbooks' whole-engine cases.
 * Every text is pushed, turn by turn, through the rules-only engine, and each turn of the
 * counterpart's (src/model/voice.ts: what the live model reads) of at least MIN_TURN_CHARS becomes one example: its text, the tactic ids fired so far
 * (exactly what the live signal sees), and the case's label. Classes are balanced by weight; our
 * own text is up-weighted (OUR_TEXT_WEIGHT) so its few hundred hard negatives and paraphrases are
 * not drowned by 100,000 generated turns.
 *
 * Calibration: 20 % of cases (by a hash of the id) are held back, a model trained on the other 80 %
 * scores them, and Platt scaling is fitted on those margins; the shipped model is then trained on
 * everything and carries that calibration.
 *
 * Reproducing: the weights file records `inputs`, a sha256 of everything training read (the recipe,
 * every example's text, label and weight, and the rules' ids when the model reads them).
 * `npm run train -- --check` retrains in memory and says whether today's tree reproduces the shipped
 * file byte for byte, or which kind of input changed (it writes nothing; exit 1 when not reproduced).
 * The commit whose `npm run train` wrote the shipped file is named in EVALUATION.md ("The model").
 *
 * `npm run train -- --compare` trains the candidate feature sets on the 80 % and measures each on
 * the 20 % and on the DEV halves of the held-out sources (never the test halves); it writes nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalCase } from '../src/eval/case.ts';
import { loadTeleAntiFraud } from '../src/eval/loaders/teleantifraud.ts';
import { defaultDatasetsRoot, playbookSources, REPO_ROOT, resolveSources } from '../src/eval/sources.ts';
import { splitOf } from '../src/eval/split.ts';
import { toInput } from '../src/eval/run.ts';
import { DEFAULT_FEATURES, isVocabularyWord, prepare, segment, setLexicon, setVocabulary, type FeatureConfig } from '../src/model/features.ts';
import { DEFAULT_TRAIN, fitPlatt, margin, quantize, train, type LinearModel, type TrainExample, type TrainOptions, type WeightsFile } from '../src/model/logreg.ts';
import { Engine } from '../src/engine/engine.ts';
import { PLAYBOOKS } from '../src/playbook/index.ts';
import { SIGNAL_CATALOG } from '../src/signals/index.ts';
import { checkSignals } from '../src/checks/signals.ts';
import type { SignalProvider } from '../src/signals/types.ts';
import { createSession, inputTurns } from '../src/index.ts';
import { sigmoid } from '../src/model/features.ts';
import { counterpartWords } from '../src/model/voice.ts';
import { modelText } from '../src/model/text.ts';

const MIN_TURN_CHARS = 8; // the signal's minChars: shorter turns are never scored
const MAX_TURN = 20; // the signal's maxTurn
export const OUR_TEXT_WEIGHT = 5; // chosen on dev data: `npm run train -- --compare` (EVALUATION.md)
/**
 * Our legitimate lines weigh this much more than our scam lines (on top of OUR_TEXT_WEIGHT): our
 * corpus holds more scam lines than legitimate ones, and the false alarms a retrain adds come from
 * legitimate registers (promotions, agents' offers) that only our legitimate text teaches.
 */
export const OUR_LEGIT_WEIGHT = 1;

export interface Example extends TrainExample { caseId: string; ours: boolean }

/** The tactic ids the rules have fired when each caller turn is heard, as the live model signal sees them. */
function rulesEngine(onTurn: (turn: number, text: string, counterpart: boolean, rules: string[], rawLength: number) => void): Engine {
  const recorder: SignalProvider = (input) => {
    // The text the live model reads (normalised, variants folded: src/model/text.ts), and the original's length (its minChars test).
    const normalised = input.normalisedText ?? input.text;
    onTurn(input.turn, modelText(normalised), counterpartWords(input.speaker, input.channel, normalised), [...input.firedSoFar], input.text.length);
    return [];
  };
  return new Engine({ playbooks: PLAYBOOKS, signals: [checkSignals, recorder], signalCatalog: SIGNAL_CATALOG });
}

/** Examples of one case: each scored turn with its rules so far. */
export function examplesOf(cases: readonly EvalCase[], ours: boolean): Example[] {
  const out: Example[] = [];
  let current: EvalCase | null = null;
  const engine = rulesEngine((turn, text, counterpart, rules, rawLength) => {
    const c = current!;
    // The model learns what it reads: the counterpart's words only (src/model/voice.ts), never the
    // citizen's own turn, question or report (a victim's "我把验证码告诉那个客服了" is a scam case's line).
    if (!counterpart || rawLength < MIN_TURN_CHARS || turn >= MAX_TURN) return;
    out.push({ text, rules, label: c.label === 'scam' ? 1 : 0, caseId: c.id, ours });
  });
  for (const c of cases) {
    current = c;
    const input = toInput(c);
    const session = createSession({ channel: input.channel ?? 'text' }, engine);
    for (const t of inputTurns(input)) session.push(t);
  }
  return out;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
export const isCalibrationFold = (caseId: string): boolean => fnv(caseId) % 5 === 0;

/**
 * Example weights. `global`: the two classes balanced over all the data, our own text × ourWeight
 * (the recipe until 2026-11-30). `per-source`: the classes balanced WITHIN teleantifraud-matrix and
 * within our text, then our text's total mass × ourWeight relative to teleantifraud-matrix's: our
 * corpus holds far more scam lines than legitimate ones. Measured (scripts/model-compare.ts): it
 * did not help (more dev normal SMS flagged, not fewer), so `global` stays.
 */
export type Balance = 'global' | 'per-source';
export const BALANCE: Balance = 'global';
export function weigh(examples: readonly Example[], ourWeight = OUR_TEXT_WEIGHT, balance: Balance = BALANCE, ourLegitWeight = OUR_LEGIT_WEIGHT): Example[] {
  if (balance === 'global') {
    const mass = (e: Example) => (e.ours ? ourWeight * (e.label === 0 ? ourLegitWeight : 1) : 1);
    let pos = 0, neg = 0;
    for (const e of examples) { if (e.label === 1) pos += mass(e); else neg += mass(e); }
    const total = pos + neg;
    return examples.map((e) => ({ ...e, weight: mass(e) * (e.label === 1 ? total / (2 * pos) : total / (2 * neg)) }));
  }
  // n[ours][label]
  const n = [[0, 0], [0, 0]];
  for (const e of examples) n[e.ours ? 1 : 0]![e.label]!++;
  const tele = n[0]![0]! + n[0]![1]!;
  const ours = n[1]![0]! + n[1]![1]!;
  // Each source's mass: teleantifraud-matrix its count; ours ourWeight × its count (as before).
  const massOf = [tele, ours * ourWeight];
  const total = massOf[0]! + massOf[1]!;
  const scaleAll = (tele + ours) / (total || 1);
  return examples.map((e) => {
    const s = e.ours ? 1 : 0;
    const k = n[s]![e.label]!;
    const present = (n[s]![0]! > 0 ? 1 : 0) + (n[s]![1]! > 0 ? 1 : 0);
    return { ...e, weight: scaleAll * massOf[s]! / (present * k) };
  });
}

export function auc(scores: readonly { p: number; y: number }[]): number {
  const s = [...scores].sort((a, b) => a.p - b.p);
  let rankSum = 0, pos = 0;
  s.forEach((x, i) => { if (x.y === 1) { rankSum += i + 1; pos++; } });
  const neg = s.length - pos;
  return pos === 0 || neg === 0 ? Number.NaN : (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/**
 * The playbook's cue terms (Chinese, 2–8 characters) for the word segmenter: walks the tactics'
 * `cues` and `unless` and the playbook's shared word lists, never descriptions or examples.
 */
export function playbookLexicon(): string[] {
  const terms = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      const t = v.replace(/\s+/g, '');
      if (t.length >= 2 && t.length <= 8 && /^[\u3400-\u9fff]+$/.test(t)) terms.add(t);
    } else if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!SKIP_KEYS.has(k)) walk(x);
  };
  const book = PLAYBOOKS.zh as unknown as Record<string, unknown> & { tactics: { cues: unknown; unless?: unknown }[] };
  for (const t of book.tactics) { walk(t.cues); walk(t.unless); }
  for (const [k, v] of Object.entries(book)) if (!SKIP_KEYS.has(k) && k !== 'tactics') walk(v);
  return [...terms].sort();
}
const SKIP_KEYS = new Set(['description', 'examples', 'positive', 'negative', 'cases', 'advice', 'composites', 'name', 'id', 'lang', 'thresholds', 'stage', 'weight', 'text', 'expect', 'channel']);

/** Our corpus must load cleanly (strict); a public dataset's known bad rows are skipped. */
export async function loadAll(path: string, strict = false): Promise<EvalCase[]> {
  const out: EvalCase[] = [];
  const issue = (i: { file: string; line?: number; message: string }): void => {
    if (strict) throw new Error(`${i.file}:${i.line ?? ''}: ${i.message}`);
  };
  for (const s of await resolveSources(path)) for await (const c of s.load({ sink: { issue } })) out.push(c);
  return out;
}

export async function ourCases(): Promise<EvalCase[]> {
  const cases = await loadAll(join(REPO_ROOT, 'data/corpus'), true);
  for (const s of playbookSources()) for await (const c of s.load({ sink: { issue: () => {} } })) cases.push(c);
  return cases;
}

export async function teleCases(): Promise<EvalCase[]> {
  const root = join(defaultDatasetsRoot(process.env), 'teleantifraud-matrix');
  const cases: EvalCase[] = [];
  for await (const c of loadTeleAntiFraud(root, { sink: { issue: () => {} } })) cases.push(c);
  return cases;
}

export const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Per case: the max calibrated score over its scored turns (how a case is flagged by the model alone). */
function caseScores(model: LinearModel, examples: readonly Example[], cal = { a: 1, b: 0 }): Map<string, { p: number; y: number }> {
  const out = new Map<string, { p: number; y: number }>();
  for (const e of examples) {
    const p = sigmoid(cal.a * margin(model, e.text, e.rules) + cal.b);
    const prev = out.get(e.caseId);
    if (!prev || p > prev.p) out.set(e.caseId, { p, y: e.label });
  }
  return out;
}

const WORDS: FeatureConfig = { ...DEFAULT_FEATURES, words: true };

async function compare(train80: Example[], fold: Example[]): Promise<void> {
  const datasets = defaultDatasetsRoot(process.env);
  const devSets: [string, Example[]][] = [];
  const devCaseSets: EvalCase[][] = [];
  for (const name of ['anti-fraud-sft', 'telecom-fraud-texts-5', 'telecom-fraud-texts-8']) {
    const cases = (await loadAll(join(datasets, name))).filter((c) => splitOf(c) === 'dev');
    devCaseSets.push(cases);
    devSets.push([name, examplesOf(cases, false)]);
  }
  const sms = devSets[1]![1];
  const csIds = new Set(devCaseSets[1]!.filter((c) => c.category === '冒充客服').map((c) => c.id));
  const normalSmsIds = new Set(sms.filter((e) => e.label === 0).map((e) => e.caseId));
  const candidates: [string, FeatureConfig, number][] = [
    ['chars 1-3 (the old model), tele only', { ...DEFAULT_FEATURES, words: false, rules: false }, 0],
    ['chars 1-3, tele + our text', { ...DEFAULT_FEATURES, words: false, rules: false }, 1],
    ['chars + words, tele + our text', { ...WORDS, rules: false }, 1],
    ['chars + rules (no words), tele + our text (x5, shipped)', DEFAULT_FEATURES, 5],
    ['chars + words + rules, tele only', WORDS, 0],
    ['chars + words + rules, tele + our text (x1)', WORDS, 1],
    ['chars + words + rules, tele + our text (x5)', WORDS, 5],
    ['chars + words + rules, tele + our text (x20)', WORDS, 20],
    ['chars 1-2 + words + rules, tele + our text (x5)', { ...WORDS, maxN: 2 }, 5],
  ];
  process.stdout.write('| features, training data | AUC held-out fold (tele + ours) | AUC sft dev (scam vs meetings, max over turns) | AUC texts-5 dev | texts-5 dev 冒充客服 recall at 0.5 % FPR on normal SMS | texts-8 dev recall at the same threshold |\n|---|---|---|---|---|---|\n');
  const only = process.argv.slice(process.argv.indexOf('--compare') + 1);
  for (const [name, features, ourWeight] of candidates) {
    if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
    const data = ourWeight === 0 ? train80.filter((e) => !e.ours) : train80;
    const m = train(weigh(data, ourWeight || 1), { ...DEFAULT_TRAIN, features });
    const foldScores = [...caseScores(m, ourWeight === 0 ? fold.filter((e) => !e.ours) : fold).values()];
    const sft = [...caseScores(m, devSets[0]![1]).values()];
    const smsScores = caseScores(m, sms);
    const negatives = [...smsScores].filter(([id]) => normalSmsIds.has(id)).map(([, s]) => s.p).sort((a, b) => b - a);
    const threshold = negatives[Math.floor(negatives.length * 0.005)] ?? 1;
    const cs = [...smsScores].filter(([id]) => csIds.has(id));
    const recallCs = cs.filter(([, s]) => s.p > threshold).length / Math.max(1, cs.length);
    const t8 = [...caseScores(m, devSets[2]![1]).values()];
    const recall8 = t8.filter((s) => s.p > threshold).length / Math.max(1, t8.length);
    process.stdout.write(`| ${name} | ${auc(foldScores).toFixed(3)} | ${auc(sft).toFixed(3)} | ${auc([...smsScores.values()]).toFixed(3)} | ${recallCs.toFixed(3)} | ${recall8.toFixed(3)} |\n`);
  }
}

const MAX_VOCABULARY = 12_000;
const MIN_WORD_COUNT = 3;

/**
 * The word vocabulary: jieba's words (with the playbook's terms as its extra dictionary) in the
 * training text, seen at least MIN_WORD_COUNT times, the most frequent MAX_VOCABULARY (ties by
 * code point order, so the list is deterministic), plus every lexicon term.
 */
export function buildVocabulary(texts: readonly string[], lexicon: readonly string[]): string[] {
  setLexicon(lexicon);
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of segment(prepare(t, DEFAULT_FEATURES.maxChars))) if (isVocabularyWord(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const frequent = [...counts].filter(([, c]) => c >= MIN_WORD_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_VOCABULARY).map(([w]) => w);
  return [...new Set([...frequent, ...lexicon])].sort();
}

/**
 * What `npm run train` ships: features, training options and the weights of our text. Chosen on
 * dev data only (`npx tsx scripts/model-compare.ts`, EVALUATION.md "The model").
 */
export interface Recipe { features: FeatureConfig; train: TrainOptions; ourWeight: number; ourLegitWeight: number; balance?: Balance }
/**
 * The recipe shipped until session 9: characters and the rules' ids, L2 1e-6 (its weights were written
 * at a9b5790, on that tree's rules and corpus). `npm run train -- --recipe rules-chars`.
 */
export const RULES_CHARS: Recipe = { features: DEFAULT_FEATURES, train: DEFAULT_TRAIN, ourWeight: OUR_TEXT_WEIGHT, ourLegitWeight: OUR_LEGIT_WEIGHT };

/**
 * Session 4's best dev candidate, NOT shipped (EVALUATION.md "The model", session 4): a text model
 * (character 1–3-grams only; the rules fused in src/model/signal.ts), L2 3e-4 instead of 1e-6 —
 * with rule ids as features the rules, which nearly separate teleantifraud-matrix, soak up the
 * weight, and with L2 1e-6 one rare n-gram of our scam corpus decided a real meeting. Its fusion
 * (alone → 40 from p 0.98, after a rule from 0.95, discount 15 at p ≤ 0.2) is SESSION4_FUSION in
 * scripts/model-compare.ts. `npm run train -- --recipe session4-text`.
 */
export const SESSION4_TEXT: Recipe = { features: { ...DEFAULT_FEATURES, rules: false }, train: { ...DEFAULT_TRAIN, l2: 3e-4 }, ourWeight: OUR_TEXT_WEIGHT, ourLegitWeight: OUR_LEGIT_WEIGHT };
/**
 * The shipped recipe since session 9 (EVALUATION.md "Issue 8 §2, session 9"): the text model of
 * session 4 (SESSION4_TEXT), fused with the rules by src/model/signal.ts MODEL_WEIGHT_PARAMS. `npm run
 * train` writes src/model/weights.json with it; `npm run train -- --check` reproduces that file.
 */
export const RECIPE: Recipe = SESSION4_TEXT;
/** Session 5's other candidates (scripts/model-compare.ts CANDIDATES_S5): jieba words too; our legitimate lines ×3; classes balanced within each source. */
export const SESSION5_WORDS: Recipe = { ...SESSION4_TEXT, features: { ...SESSION4_TEXT.features, words: true } };
export const SESSION5_LEGIT3: Recipe = { ...SESSION4_TEXT, ourLegitWeight: 3 };
export const SESSION5_BALANCED: Recipe = { ...SESSION4_TEXT, balance: 'per-source' };
/** Session 7's candidate with still more weight on our legitimate lines (scripts/model-compare.ts CANDIDATES_S7). */
export const SESSION7_LEGIT5: Recipe = { ...SESSION4_TEXT, ourLegitWeight: 5 };
export const RECIPES: Record<string, Recipe> = { shipped: RECIPE, 'rules-chars': RULES_CHARS, 'session4-text': SESSION4_TEXT, 'session5-words': SESSION5_WORDS, 'session5-legit3': SESSION5_LEGIT3, 'session5-balanced': SESSION5_BALANCED, 'session7-legit5': SESSION7_LEGIT5 };

/**
 * sha256 of everything a training run reads, in order: the recipe, and per example its case id,
 * label, weight, text and (for a model with rule features) the tactic ids fired so far. Two runs
 * with the same fingerprint write the same bytes.
 */
export function fingerprint(recipe: Recipe, weighted: readonly Example[], vocabulary: readonly string[]): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(recipe));
  h.update(JSON.stringify(vocabulary));
  for (const e of weighted) h.update(`${JSON.stringify([e.caseId, e.label, e.weight, e.text, recipe.features.rules ? e.rules : null])}\n`);
  return `sha256:${h.digest('hex')}`;
}

/** The weights file `npm run train` writes for these examples (deterministic: same inputs, same bytes). */
export function trainWeightsFile(examples: readonly Example[], vocabulary: readonly string[], recipe: Recipe = RECIPE, log: (line: string) => void = () => {}): string {
  const opts: TrainOptions = { ...recipe.train, features: recipe.features };
  const train80 = examples.filter((e) => !isCalibrationFold(e.caseId));
  const fold = examples.filter((e) => isCalibrationFold(e.caseId));
  const dev = train(weigh(train80, recipe.ourWeight, recipe.balance ?? BALANCE, recipe.ourLegitWeight), opts);
  const points = fold.map((e) => ({ z: margin(dev, e.text, e.rules), y: e.label }));
  const calibration = fitPlatt(points);
  const foldCases = [...caseScores(dev, fold, calibration).values()];
  const oursFold = [...caseScores(dev, fold.filter((e) => e.ours), calibration).values()];
  log(`held-out fold: ${fold.length} turns; AUC per turn ${auc(points.map((p) => ({ p: p.z, y: p.y }))).toFixed(4)}, per case ${auc(foldCases).toFixed(4)}, our text per case ${auc(oursFold).toFixed(4)}; Platt a=${calibration.a.toFixed(4)} b=${calibration.b.toFixed(4)}`);
  const all = weigh(examples, recipe.ourWeight, recipe.balance ?? BALANCE, recipe.ourLegitWeight);
  const model = train(all, opts);
  const file = quantize(model, {
    trainedOn: ['teleantifraud-matrix (Apache-2.0)', 'data/corpus (ours)', 'playbook cases (ours)'],
    examples: all.length, seed: opts.seed, calibration, ...(vocabulary.length > 0 ? { vocabulary: [...vocabulary] } : {}),
    inputs: fingerprint(recipe, all, vocabulary),
  });
  return JSON.stringify(file) + '\n';
}

const WEIGHTS_PATH = join(REPO_ROOT, 'src/model/weights.json');

async function main(): Promise<void> {
  const lexicon = playbookLexicon();
  const tele = (await teleCases()).sort(byId);
  const ours = (await ourCases()).sort(byId);
  const examples = [...examplesOf(tele, false), ...examplesOf(ours, true)];
  // The vocabulary is only found (jieba over every text) when a model that reads words is trained.
  const compareRun = process.argv.includes('--compare');
  const recipeName = process.argv.includes('--recipe') ? process.argv[process.argv.indexOf('--recipe') + 1] ?? '' : 'shipped';
  const recipe = RECIPES[recipeName];
  if (!recipe) throw new Error(`unknown --recipe ${recipeName} (known: ${Object.keys(RECIPES).join(', ')})`);
  const vocabulary = recipe.features.words || compareRun ? buildVocabulary(examples.map((e) => e.text), lexicon) : [];
  setVocabulary(vocabulary);
  process.stderr.write(`teleantifraud-matrix: ${tele.length} dialogues; our text: ${ours.length} cases; ${examples.length} scored turns; lexicon ${lexicon.length} terms; vocabulary ${vocabulary.length} words\n`);
  if (compareRun) return compare(examples.filter((e) => !isCalibrationFold(e.caseId)), examples.filter((e) => isCalibrationFold(e.caseId)));

  const text = trainWeightsFile(examples, vocabulary, recipe, (line) => process.stderr.write(`${line}\n`));
  if (process.argv.includes('--check')) {
    // Writes nothing: does today's tree reproduce the shipped file?
    const shipped = readFileSync(WEIGHTS_PATH, 'utf8');
    const shippedInputs = (JSON.parse(shipped) as WeightsFile).inputs;
    const inputs = (JSON.parse(text) as WeightsFile).inputs;
    if (text === shipped) { process.stdout.write(`reproduced: ${WEIGHTS_PATH} byte for byte (inputs ${inputs})\n`); return; }
    process.stdout.write(shippedInputs === inputs
      ? `NOT reproduced although the inputs are the same (${inputs}): the training code changed\n`
      : `NOT reproduced: the inputs changed since the shipped weights were trained (shipped ${shippedInputs ?? 'unrecorded'}, today ${inputs}): the corpus, the playbooks' cases, the normaliser or (for rule features) the rules differ. The shipped file is reproduced at the commit EVALUATION.md names ("The model").\n`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(WEIGHTS_PATH, text);
  process.stderr.write(`wrote ${WEIGHTS_PATH} (${examples.length} examples)\n`);
}

const isEntry = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) {
  main().catch((e: unknown) => { process.stderr.write(`train: ${(e as Error).message}\n`); process.exitCode = 3; });
}
