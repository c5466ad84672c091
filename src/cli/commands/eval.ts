/** `fanzha eval`: runs labelled datasets and case files through the engine and reports the figures. */
import { analyze, createEngine, getEngine, type Engine } from '../../index.ts';
import { DEFAULT_SIGNALS } from '../../signals/index.ts';
import { DatasetError } from '../../eval/loaders/common.ts';
import { Progress } from '../../eval/progress.ts';
import { formatReport } from '../../eval/report.ts';
import { runEval, type Analyzer } from '../../eval/run.ts';
import { BASELINE_KEYWORDS, keywordBaseline } from '../../eval/baseline.ts';
import { defaultSources, resolveSources, type Source } from '../../eval/sources.ts';
import type { Split } from '../../eval/split.ts';
import { MODEL_SIGNAL_ID, MODEL_WEIGHT_PARAMS, modelAvailable, modelSignal, type ModelWeightParams } from '../../model/signal.ts';
import { kindOf } from '../../playbook/scam-kinds.ts';
import { CliError, EXIT, type CliIO, type Command } from '../command.ts';

const USAGE = `Usage: fanzha eval [PATH... | --cases FILE] [--source NAME] [--limit N] [--split dev|test] [--json] [--model | --no-model | --baseline keywords]

Runs labelled cases through the engine and prints, per source and per category, the confusion
matrix (positive = suspicious or scam), precision, recall, F1, false-positive rate (suspicious and
scam counted separately), early-warning figures for dialogues, and hit frequencies per tactic.

PATH is a dataset folder (anti-fraud-sft, teleantifraud-matrix, telecom-fraud-texts-5/-8), one of
their files, a .jsonl case file or a folder of them. With no PATH: every dataset under
../shared/datasets beside the repo (or $FANZHA_DATASETS), then data/cases/*.jsonl and the
playbooks' own cases. Without ../shared/datasets (a fresh clone) only the project's own cases are
measured, with a note on stderr.

Case file format, one JSON object a line:
  {"id":"…","label":"scam|legit","channel":"sms|chat|call","text":"…"}
  {"id":"…","label":"scam","channel":"call","turns":[{"speaker":"caller|user","text":"…"}],"firstExtraction":3}
Other keys on a line (e.g. "source", "note") are kept as the case's metadata ("meta" in --json).

Options:
  --cases FILE    a case or corpus file (JSON lines or CSV); the same as giving FILE as an argument.
                  JSON lines: {"id","label":"scam"|"legit","channel","text"} or {"id","label","turns":[…]};
                  CSV: a dataset's own header, case,speaker,content,is_fraud or content,label
  --source NAME   only sources with this name (repeatable), e.g. --source heldout-zh
  --limit N       at most N cases per source, spread over its files
  --split dev|test  only one half of each source, by a hash of the case's text (src/eval/split.ts):
                  teleantifraud-matrix is all dev, our heldout-* files all test; rules may be
                  written from dev misses, test is only ever counted
  --json          print {"summary":{…},"cases":[{"id","label","verdict","risk","alertTurn"},…]}
                  (summary.issues lists the first rows or lines rejected while loading)
  --verbose       list the rejected rows or lines under the report (by default one line per source)
  --model         fuse the text classifier (signal ${MODEL_SIGNAL_ID}) whatever the default
  --no-model      rules only
  --baseline keywords
                  measure the yardstick instead of the engine: a case is suspicious when a
                  counterpart line holds one of ${BASELINE_KEYWORDS.length} fixed police-advice keywords
                  (src/eval/baseline.ts), so each figure can be read against it
  --model-params floor=P,max=N,alone|corroborate,alone=P,turns=N,benign=P,discount=N
                  with --model: try another fusion rule (any subset, over the shipped one): the
                  model adds up to max risk points from probability floor to 1; "alone" lets it
                  fire with no playbook tactic at floor, alone=P only at or above P; only turns
                  before turns are scored; at or below
                  probability benign, after a rule hit, it subtracts discount points. For
                  measuring the rule in src/model/signal.ts.
A progress line is drawn on stderr when stderr is a terminal.

Exit codes: 0 done; 2 bad usage (unknown flag, bad --limit) or no case analysed because every
line was rejected; 3 a dataset or file is missing, unreadable or not a known format, or
--split/--source left no case.`;

interface EvalArgs {
  paths: string[];
  /** Measure the keyword-list yardstick (src/eval/baseline.ts) instead of the engine. */
  baseline?: 'keywords';
  sources: string[];
  /** List every rejected row or line (up to the run's cap) instead of one line per source. */
  verbose?: boolean;
  limit?: number;
  split?: Split;
  json: boolean;
  model?: boolean;
  modelParams?: ModelWeightParams;
}

/**
 * `--model-params` as comma-separated settings over the shipped ones: `floor=0.8`, `max=40`,
 * `alone` (may fire with no rule evidence) or `corroborate`, `alone=0.98` (fires with no rule
 * evidence only at or above this probability), `turns=20`, `benign=0.05`, `discount=15`.
 */
export function parseModelParams(v: string): ModelWeightParams {
  const out: ModelWeightParams = { ...MODEL_WEIGHT_PARAMS };
  const bad = (why: string): never => {
    throw new CliError(`--model-params: ${why} (want e.g. floor=0.8,max=40,alone,turns=20,benign=0.05,discount=15), got "${v}"`, EXIT.badInput);
  };
  for (const part of v.split(',')) {
    if (part === 'alone' || part === 'corroborate') { out.requireRuleEvidence = part === 'corroborate'; continue; }
    const m = /^(floor|alone|max|turns|benign|discount)=([0-9]{1,4}(?:\.[0-9]{1,4})?)$/.exec(part);
    if (!m) bad(`unknown setting "${part}"`);
    const n = Number(m![2]);
    switch (m![1]) {
      case 'floor': if (n > 1) bad('floor is a probability'); out.floor = n; break;
      case 'alone': if (n > 1) bad('alone is a probability'); out.aloneFloor = n; out.requireRuleEvidence = true; break;
      case 'max': if (n > 100) bad('max is at most 100'); out.maxWeight = n; break;
      case 'turns': out.maxTurn = Math.floor(n); break;
      case 'benign': if (n > 1) bad('benign is a probability'); out.benignBelow = n; break;
      case 'discount': if (n > 100) bad('discount is at most 100'); out.discount = n; break;
    }
  }
  return out;
}

export function parseArgs(args: string[]): EvalArgs {
  const out: EvalArgs = { paths: [], sources: [], json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new CliError(`${a} needs a value`, EXIT.badInput);
      return v;
    };
    if (a === '--json') out.json = true;
    else if (a === '--verbose') out.verbose = true;
    else if (a === '--model') out.model = true;
    else if (a === '--no-model') out.model = false;
    else if (a === '--source') out.sources.push(value());
    // `--cases FILE` reads as what it is; the plain path does the same.
    else if (a === '--cases') out.paths.push(value());
    else if (a === '--split') {
      const v = value();
      if (v !== 'dev' && v !== 'test') throw new CliError(`--split wants dev or test, got "${v}"`, EXIT.badInput);
      out.split = v;
    }
    else if (a === '--model-params') out.modelParams = parseModelParams(value());
    else if (a === '--baseline') {
      const v = value();
      if (v !== 'keywords') throw new CliError(`--baseline wants keywords, got "${v}"`, EXIT.badInput);
      out.baseline = v;
    }
    else if (a === '--limit') {
      const v = value();
      if (!/^[1-9][0-9]{0,8}$/.test(v)) throw new CliError(`--limit wants a positive whole number, got "${v}"`, EXIT.badInput);
      out.limit = Number(v);
    } else if (a.startsWith('-')) throw new CliError(`unknown option ${a} (see fanzha eval --help)`, EXIT.badInput);
    else out.paths.push(a);
  }
  return out;
}

/** Every advice text either playbook can answer with (its own, for messages, translated) → its id. */
function adviceIdsByText(engine: Engine): Map<string, string> {
  const byText = new Map<string, string>();
  for (const lang of ['zh', 'en'] as const) {
    const book = engine.playbook(lang).playbook;
    const sets = [book.advice, book.adviceForMessages, ...Object.values(book.adviceTranslations).flatMap((t) => (t ? [t.advice, t.adviceForMessages] : []))];
    for (const set of sets) for (const [id, text] of Object.entries(set)) if (typeof text === 'string') byText.set(text, id);
  }
  return byText;
}

/** The engine as shipped, or one with the model signal forced on or off. */
export function engineFor(model: boolean | undefined, params?: ModelWeightParams): { engine: Engine; model: boolean } {
  const shipped = DEFAULT_SIGNALS.includes(modelSignal);
  if ((model === undefined || model === shipped) && params === undefined) return { engine: getEngine(), model: shipped };
  const on = model ?? shipped;
  return { engine: createEngine({ model: on, ...(params ? { modelParams: params } : {}) }), model: on };
}

export const command: Command = {
  name: 'eval',
  summary: 'measure the engine on labelled datasets and case files (per source, per category)',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const opts = parseArgs(args);
    if (opts.model === true && !modelAvailable) throw new CliError('--model: no trained weights (run npm run train)', EXIT.failure);
    let sources: Source[];
    try {
      sources = opts.paths.length === 0
        ? await defaultSources(io.env, (m) => io.stderr.write(`fanzha eval: ${m}\n`))
        : (await Promise.all(opts.paths.map(resolveSources))).flat();
    } catch (e) {
      if (e instanceof DatasetError) throw new CliError(e.message, EXIT.failure);
      throw e;
    }
    if (opts.sources.length > 0) {
      const known = [...new Set(sources.map((s) => s.name))];
      const unknown = opts.sources.filter((n) => !known.includes(n));
      if (unknown.length > 0) throw new CliError(`--source ${unknown.join(', ')}: no such source (have: ${known.join(', ')})`, EXIT.badInput);
      sources = sources.filter((s) => opts.sources.includes(s.name));
    }
    if (opts.modelParams && opts.model === false) throw new CliError('--model-params needs the model (drop --no-model)', EXIT.badInput);
    if (opts.baseline && (opts.model !== undefined || opts.modelParams)) throw new CliError('--baseline measures the keyword list, not the engine: drop --model/--no-model/--model-params', EXIT.badInput);
    const { engine, model } = opts.baseline ? { engine: null, model: false } : engineFor(opts.model ?? (opts.modelParams ? true : undefined), opts.modelParams);
    const adviceId = engine === null ? null : adviceIdsByText(engine);
    const analyzer: Analyzer = opts.baseline || !engine || !adviceId ? keywordBaseline : (input) => {
      const r = analyze(input, { engine });
      // The headline's kind and the advice by id: what a change to the kind table moves (read by diff tools).
      return { ...r, kind: kindOf(r, r.lang)?.id ?? null, adviceIds: r.advice.map((t) => adviceId.get(t) ?? '?') };
    };
    let run;
    try {
      run = await runEval(sources, {
        analyze: analyzer,
        ...(opts.limit !== undefined ? { limit: opts.limit } : {}),
        ...(opts.split !== undefined ? { split: opts.split } : {}),
        progress: new Progress(io.stderr),
      });
    } catch (e) {
      if (e instanceof DatasetError) throw new CliError(e.message, EXIT.failure);
      throw e;
    }
    if (run.cases.length === 0) {
      // A report of zeros would read as "ran fine"; say why nothing was measured instead.
      const shown = run.summary.issues.shown.slice(0, 3).map((i) => `${i.file}${i.line !== undefined ? `:${i.line}` : ''}: ${i.message}`);
      const why: string[] = [];
      if (opts.split !== undefined) why.push(`--split ${opts.split} leaves no case in ${sources.map((s) => s.name).join(', ')}`);
      if (run.summary.issues.count > 0) why.push(`${run.summary.issues.count} line(s) or row(s) rejected, e.g. ${shown.join('; ')}`);
      if (why.length === 0) why.push('the sources hold no case');
      // Every line rejected is bad input (2, as README's exit-code table says); an empty source or split is not.
      const badInput = run.summary.issues.count > 0 && opts.split === undefined;
      throw new CliError(`no case was analysed: ${why.join('; ')}`, badInput ? EXIT.badInput : EXIT.failure);
    }
    if (opts.json) {
      // The JSON goes to a file or a pipe; rejected input must still be seen by whoever ran it.
      if (run.summary.issues.count > 0) io.stderr.write(`fanzha eval: ${run.summary.issues.count} line(s) or row(s) rejected and not measured (listed in summary.issues; --verbose in the text report)\n`);
      const cases = run.cases.map((c) => ({
        id: c.id, source: c.source, category: c.category, label: c.label, verdict: c.verdict, risk: c.risk, alertTurn: c.alertTurn, tactics: c.tactics,
        ...(c.kind !== undefined ? { kind: c.kind } : {}),
        ...(c.adviceIds !== undefined ? { advice: c.adviceIds } : {}),
        ...(c.meta !== undefined ? { meta: c.meta } : {}),
      }));
      io.stdout.write(JSON.stringify({ summary: { model, ...(opts.baseline ? { baseline: opts.baseline } : {}), ...(opts.modelParams ? { modelParams: opts.modelParams } : {}), limit: opts.limit ?? null, split: opts.split ?? null, ...run.summary }, cases }) + '\n');
    } else {
      io.stdout.write(formatReport(run.summary, `fanzha eval — ${opts.baseline ? 'BASELINE: the 20-keyword list, not the engine' : `model ${model ? 'on' : 'off'}`}${opts.modelParams ? ` (${JSON.stringify(opts.modelParams)})` : ''}${opts.limit !== undefined ? `, --limit ${opts.limit}` : ''}${opts.split !== undefined ? `, --split ${opts.split}` : ''}`, { verbose: opts.verbose === true }));
    }
    return EXIT.ok;
  },
};
