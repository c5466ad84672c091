/** Runs every case of every source through an analyser and accumulates the figures. */
import type { AnalyzeInput, Verdict } from '../types.ts';
import type { EvalCase, LoadIssue } from './case.ts';
import { EvalAccumulator, type CaseOutcome, type GroupMetrics, type HitFrequency } from './metrics.ts';
import type { Progress } from './progress.ts';
import { sourceRole } from './report.ts';
import type { Source } from './sources.ts';
import { DatasetError } from './loaders/common.ts';
import { splitOf, type Split } from './split.ts';
import { estimateFirstRequest, makesRequest } from './first-request.ts';

/** The slice of AnalyzeResult the evaluation needs (so tests can pass a fake engine). */
export interface AnalyzeOutcome {
  verdict: Verdict;
  risk: number;
  alertTurn: number | null;
  tactics: { id: string }[];
  /** The scam kind the headline names (src/playbook/scam-kinds.ts), null when safe or none is told; absent for the keyword baseline. */
  kind?: string | null;
  /** The advice given, by id (src/playbook/schema.ts AdviceIdSchema), most urgent first; absent for the keyword baseline. */
  adviceIds?: string[];
}
export type Analyzer = (input: AnalyzeInput) => AnalyzeOutcome;

export interface RunOptions {
  analyze: Analyzer;
  /** At most this many cases per source. */
  limit?: number;
  /** Only the development or only the test half of each source (src/eval/split.ts). */
  split?: Split;
  progress?: Progress;
}

export interface SourceSummary {
  name: string;
  split: 'tuned' | 'held-out';
  path: string;
  cases: number;
  issues: number;
}

export interface EvalSummary {
  sources: SourceSummary[];
  /** Keys: `all`, a source name, or `source / category`. */
  groups: Record<string, GroupMetrics>;
  hitFrequencies: HitFrequency[];
  hitFrequenciesBySource: Record<string, HitFrequency[]>;
  issues: { count: number; shown: LoadIssue[] };
}

export interface CaseAnswer {
  id: string;
  source: string;
  category: string;
  label: 'scam' | 'legit';
  verdict: Verdict;
  risk: number;
  alertTurn: number | null;
  tactics: string[];
  /** The headline's kind and the advice ids (AnalyzeOutcome), when the analyser says them. */
  kind?: string | null;
  adviceIds?: string[];
  firstExtraction?: number;
  /** A JSONL case's keys the format does not define (see EvalCase.meta). */
  meta?: Record<string, unknown>;
}

export interface EvalRun {
  summary: EvalSummary;
  cases: CaseAnswer[];
}

const MAX_ISSUES_SHOWN = 30;

/**
 * Scams that talk about a refund, compensation or a return: the family fanzha is built for. A
 * measurement subgroup (selected by these words alone), never used to write rules.
 */
const REFUND_TALK = /退款|理赔|赔偿|赔付|退货|退费|refund/i;
export const REFUND_TAG = 'refund-talk';

/**
 * Scams of another kind than the customer-service refund scam (issue 8 §4: "other scam kinds that
 * make a request ≥ 0.85 not safe"), in the public sources whose categories name the scam's kind.
 * `other-kind` counts every such case; `other-kind-request` only those in which the INDEPENDENT
 * estimator (src/eval/first-request.ts `makesRequest`, fixed word lists that do not use the playbook) finds a
 * counterpart's request. Both are reported: the second is the target's reading, the first the whole.
 */
export const OTHER_KIND_TAG = 'other-kind';
export const OTHER_KIND_REQUEST_TAG = 'other-kind-request';
/** The customer-service categories, as each source names them. */
export const CUSTOMER_SERVICE_CATEGORIES: ReadonlySet<string> = new Set(['冒充客服诈骗', '冒充客服', '客服诈骗']);
/** Sources whose `category` is the scam's kind (our own case files say only scam / legit). */
export const KIND_SOURCES: ReadonlySet<string> = new Set(['anti-fraud-sft', 'telecom-fraud-texts-5', 'telecom-fraud-texts-8', 'teleantifraud-matrix']);

export function tagsOf(c: EvalCase): string[] {
  if (c.label !== 'scam') return [];
  const tags: string[] = [];
  if (c.turns.some((t) => REFUND_TALK.test(t.text))) tags.push(REFUND_TAG);
  if (KIND_SOURCES.has(c.source) && !CUSTOMER_SERVICE_CATEGORIES.has(c.category)) {
    tags.push(OTHER_KIND_TAG);
    if (makesRequest(c.turns)) tags.push(OTHER_KIND_REQUEST_TAG);
  }
  return tags;
}

function estimated(c: EvalCase): { estimatedFirstRequest?: number } {
  const at = estimateFirstRequest(c.turns);
  return at === undefined ? {} : { estimatedFirstRequest: at };
}

export function toInput(c: EvalCase): AnalyzeInput {
  if (c.kind === 'text') return { channel: c.channel, text: c.turns.map((t) => t.text).join('\n') };
  return { channel: c.channel, turns: c.turns.map((t) => ({ speaker: t.speaker, text: t.text, ...(t.voice !== undefined ? { voice: t.voice } : {}) })) };
}

export async function runEval(sources: Source[], opts: RunOptions): Promise<EvalRun> {
  const acc = new EvalAccumulator();
  const answers: CaseAnswer[] = [];
  const allIssues: LoadIssue[] = [];
  let issueCount = 0;
  const summaries: SourceSummary[] = [];
  for (const source of sources) {
    let sourceIssues = 0;
    const sink = {
      issue(i: LoadIssue) {
        issueCount++;
        sourceIssues++;
        if (allIssues.length < MAX_ISSUES_SHOWN) allIssues.push(i);
      },
    };
    const perFileLimit = opts.limit === undefined ? undefined : Math.max(1, Math.ceil(opts.limit / source.fileCount));
    let n = 0;
    try {
      for await (const c of source.load({ sink, ...(perFileLimit !== undefined ? { perFileLimit } : {}) })) {
        if (opts.limit !== undefined && n >= opts.limit) break;
        if (opts.split !== undefined && splitOf(c) !== opts.split) continue;
        let r: AnalyzeOutcome;
        try {
          r = opts.analyze(toInput(c));
        } catch (err) {
          sink.issue({ file: source.path, message: `case ${c.id}: engine rejected it: ${(err as Error).message}` });
          continue;
        }
        n++;
        // The source's name (folder or file name) is the one the report groups by.
        const outcome: CaseOutcome = {
          id: c.id, source: source.name, category: c.category, label: c.label, kind: c.kind,
          turnCount: c.turns.length, verdict: r.verdict, risk: r.risk, alertTurn: r.alertTurn,
          tactics: r.tactics.map((t) => t.id),
          tags: tagsOf(c),
          ...(c.firstExtraction !== undefined ? { firstExtraction: c.firstExtraction } : {}),
          ...(c.firstFraudTurn !== undefined ? { firstFraudTurn: c.firstFraudTurn } : {}),
          ...(c.kind === 'dialogue' && c.label === 'scam' && c.firstExtraction === undefined ? estimated(c) : {}),
        };
        acc.add(outcome);
        answers.push({
          id: c.id, source: source.name, category: c.category, label: c.label, verdict: r.verdict, risk: r.risk,
          alertTurn: r.alertTurn, tactics: outcome.tactics,
          ...(r.kind !== undefined ? { kind: r.kind } : {}),
          ...(r.adviceIds !== undefined ? { adviceIds: r.adviceIds } : {}),
          ...(c.firstExtraction !== undefined ? { firstExtraction: c.firstExtraction } : {}),
          ...(c.meta !== undefined ? { meta: c.meta } : {}),
        });
        opts.progress?.update(source.name, n, opts.limit);
      }
    } catch (e) {
      // A file that vanished or cannot be read mid-run (EACCES, EISDIR…) names its source.
      const code = (e as NodeJS.ErrnoException).code;
      if (typeof code === 'string') throw new DatasetError(`${source.path}: unreadable (${code})`);
      throw e;
    }
    summaries.push({ name: source.name, split: sourceRole(source.name), path: source.path, cases: n, issues: sourceIssues });
  }
  opts.progress?.done();
  const groups: Record<string, GroupMetrics> = {};
  for (const [k, g] of acc.groups) groups[k] = g.metrics();
  const hitFrequenciesBySource: Record<string, HitFrequency[]> = {};
  for (const [k, h] of acc.hitsBySource) hitFrequenciesBySource[k] = h.rows();
  return {
    summary: {
      sources: summaries, groups, hitFrequencies: acc.hits.rows(), hitFrequenciesBySource,
      issues: { count: issueCount, shown: allIssues },
    },
    cases: answers,
  };
}
