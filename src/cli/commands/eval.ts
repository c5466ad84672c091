/** `fanzha eval`: runs labelled datasets and case files through the engine and reports the figures. */
import { Engine, analyze, getEngine } from '../../index.ts';
import { PLAYBOOKS } from '../../playbook/index.ts';
import { DEFAULT_SIGNALS, SIGNAL_CATALOG } from '../../signals/index.ts';
import { DatasetError } from '../../eval/loaders/common.ts';
import { Progress } from '../../eval/progress.ts';
import { formatReport } from '../../eval/report.ts';
import { runEval, type Analyzer } from '../../eval/run.ts';
import { defaultSources, resolveSources, type Source } from '../../eval/sources.ts';
import { MODEL_SIGNAL_ID, modelAvailable, modelSignal } from '../../model/signal.ts';
import type { SignalCatalogEntry } from '../../engine/engine.ts';
import { CliError, EXIT, type CliIO, type Command } from '../command.ts';

const USAGE = `Usage: fanzha eval [PATH...] [--source NAME] [--limit N] [--json] [--model | --no-model]

Runs labelled cases through the engine and prints, per source and per category, the confusion
matrix (positive = suspicious or scam), precision, recall, F1, false-positive rate (suspicious and
scam counted separately), early-warning figures for dialogues, and hit frequencies per tactic.

PATH is a dataset folder (anti-fraud-sft, teleantifraud-matrix, telecom-fraud-texts-5/-8), one of
their files, a .jsonl case file or a folder of them. With no PATH: every dataset under
../shared/datasets beside the repo (or $FANZHA_DATASETS), then data/cases/*.jsonl.

Case file format, one JSON object a line:
  {"id":"…","label":"scam|legit","channel":"sms|chat|call","text":"…"}
  {"id":"…","label":"scam","channel":"call","turns":[{"speaker":"caller|user","text":"…"}],"firstExtraction":3}

Options:
  --source NAME   only sources with this name (repeatable), e.g. --source heldout-zh
  --limit N       at most N cases per source, spread over its files
  --json          print {"summary":{…},"cases":[{"id","label","verdict","risk","alertTurn"},…]}
  --model         fuse the text classifier (signal ${MODEL_SIGNAL_ID}) whatever the default
  --no-model      rules only
A progress line is drawn on stderr when stderr is a terminal.

Exit codes: 0 done; 2 bad usage (unknown flag, bad --limit); 3 a dataset or file is missing,
unreadable or not a known format.`;

interface EvalArgs {
  paths: string[];
  sources: string[];
  limit?: number;
  json: boolean;
  model?: boolean;
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
    else if (a === '--model') out.model = true;
    else if (a === '--no-model') out.model = false;
    else if (a === '--source') out.sources.push(value());
    else if (a === '--limit') {
      const v = value();
      if (!/^[1-9][0-9]{0,8}$/.test(v)) throw new CliError(`--limit wants a positive whole number, got "${v}"`, EXIT.badInput);
      out.limit = Number(v);
    } else if (a.startsWith('-')) throw new CliError(`unknown option ${a} (see fanzha eval --help)`, EXIT.badInput);
    else out.paths.push(a);
  }
  return out;
}

const MODEL_CATALOG: SignalCatalogEntry = { id: MODEL_SIGNAL_ID, advice: [] };

/** The engine as shipped, or one with the model signal forced on or off. */
export function engineFor(model: boolean | undefined): { engine: Engine; model: boolean } {
  const shipped = DEFAULT_SIGNALS.includes(modelSignal);
  if (model === undefined || model === shipped) return { engine: getEngine(), model: shipped };
  const signals = model ? [...DEFAULT_SIGNALS, modelSignal] : DEFAULT_SIGNALS.filter((s) => s !== modelSignal);
  const catalog = model && !SIGNAL_CATALOG.some((c) => c.id === MODEL_SIGNAL_ID) ? [...SIGNAL_CATALOG, MODEL_CATALOG] : SIGNAL_CATALOG;
  return { engine: new Engine({ playbooks: PLAYBOOKS, signals, signalCatalog: catalog }), model };
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
      sources = opts.paths.length === 0 ? await defaultSources(io.env) : (await Promise.all(opts.paths.map(resolveSources))).flat();
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
    const { engine, model } = engineFor(opts.model);
    const analyzer: Analyzer = (input) => analyze(input, { engine });
    let run;
    try {
      run = await runEval(sources, {
        analyze: analyzer,
        ...(opts.limit !== undefined ? { limit: opts.limit } : {}),
        progress: new Progress(io.stderr),
      });
    } catch (e) {
      if (e instanceof DatasetError) throw new CliError(e.message, EXIT.failure);
      throw e;
    }
    if (opts.json) {
      const cases = run.cases.map((c) => ({ id: c.id, source: c.source, category: c.category, label: c.label, verdict: c.verdict, risk: c.risk, alertTurn: c.alertTurn, tactics: c.tactics }));
      io.stdout.write(JSON.stringify({ summary: { model, limit: opts.limit ?? null, ...run.summary }, cases }) + '\n');
    } else {
      io.stdout.write(formatReport(run.summary, `fanzha eval — model ${model ? 'on' : 'off'}${opts.limit !== undefined ? `, --limit ${opts.limit}` : ''}`));
    }
    return EXIT.ok;
  },
};
