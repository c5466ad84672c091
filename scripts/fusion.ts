/**
 * `npx tsx scripts/fusion.ts`: the fusion-rule comparison on DEVELOPMENT data only — the dev halves
 * of the held-out sources (src/eval/split.ts), teleantifraud-matrix and the playbooks' cases. The
 * test halves are never loaded here. Each row runs the whole engine with one setting of the model
 * signal (src/model/signal.ts) and prints recall and false alarms; the shipped setting is the row
 * with the best customer-service recall that adds no false alarm on real text (normal SMS, real
 * meetings) and none on our hard negatives, over rules alone. Prints a Markdown table.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/index.ts';
import { engineFor } from '../src/cli/commands/eval.ts';
import type { EvalCase } from '../src/eval/case.ts';
import type { GroupMetrics } from '../src/eval/metrics.ts';
import { runEval } from '../src/eval/run.ts';
import { defaultDatasetsRoot, playbookSources, REPO_ROOT, resolveSources, type Source } from '../src/eval/sources.ts';
import { splitOf } from '../src/eval/split.ts';
import { MODEL_WEIGHT_PARAMS, type ModelWeightParams } from '../src/model/signal.ts';

export async function devCases(): Promise<Source[]> {
  const root = defaultDatasetsRoot(process.env);
  const sources: Source[] = [];
  // FUSION_NO_TELE=1: without teleantifraud-matrix (training data, in no column of the decision rule; the slowest source).
  const names = ['anti-fraud-sft', 'telecom-fraud-texts-5', 'telecom-fraud-texts-8', ...(process.env.FUSION_NO_TELE ? [] : ['teleantifraud-matrix'])];
  for (const name of names) sources.push(...(await resolveSources(join(root, name))));
  sources.push(...playbookSources());
  // FUSION_OWN=1: also the consumed held-out files' dev halves (data/cases/consumed-*) and our own
  // legitimate corpus (data/corpus *legit*, meetings, dialogues-zh; training text, so in-sample).
  if (process.env.FUSION_OWN) {
    for (const f of readdirSync(join(REPO_ROOT, 'data/cases')).filter((n) => n.startsWith('consumed-')).sort()) sources.push(...(await resolveSources(join(REPO_ROOT, 'data/cases', f))));
    for (const f of readdirSync(join(REPO_ROOT, 'data/corpus')).filter((n) => n.endsWith('.jsonl') && (n.includes('legit') || n.includes('meetings') || n.startsWith('dialogues-zh'))).sort()) {
      for (const s of await resolveSources(join(REPO_ROOT, 'data/corpus', f))) sources.push({ ...s, name: `corpus/${s.name}` });
    }
  }
  // Loaded once into memory, dev half only, so every row reads the same cases.
  const cached: Source[] = [];
  for (const s of sources) {
    const cases: EvalCase[] = [];
    for await (const c of s.load({ sink: { issue: () => {} } })) if (s.name.startsWith('corpus/') || splitOf(c) === 'dev') cases.push(c);
    cached.push({ name: s.name, path: s.path, fileCount: 1, load: async function* () { yield* cases; } });
  }
  return cached;
}

interface Row { name: string; params?: ModelWeightParams; model: boolean }

const P = MODEL_WEIGHT_PARAMS;
/** Session 7's fusion of the `session4-text` model (S7_FUSION in scripts/model-compare.ts, written out: that file imports this one). */
const S7: ModelWeightParams = {
  floor: 0.95, maxWeight: 50, requireRuleEvidence: true, aloneFloor: 0.999, aloneWeight: 40, minChars: 8, maxTurn: 20,
  benignBelow: 0.2, discount: 15, weakCueFloor: 0.999, advertFloor: 0.97,
};
const OLD: ModelWeightParams = { floor: 0.9, maxWeight: 20, requireRuleEvidence: true, minChars: 8, maxTurn: 20, benignBelow: 0, discount: 0 };
export const ROWS: Row[] = [
  { name: 'rules only', model: false },
  { name: 'corroborate, floor 0.9, +20 (the old rule)', params: OLD, model: true },
  { name: 'corroborate, floor 0.8, +30', params: { ...OLD, floor: 0.8, maxWeight: 30 }, model: true },
  { name: 'corroborate, floor 0.7, +40', params: { ...OLD, floor: 0.7, maxWeight: 40 }, model: true },
  { name: 'corroborate, floor 0.7, +40 (no alone)', params: { ...OLD, floor: 0.7, maxWeight: 40 }, model: true },
  { name: 'alone, floor 0.9, +40', params: { ...OLD, requireRuleEvidence: false, floor: 0.9, maxWeight: 40 }, model: true },
  { name: 'alone, floor 0.95, +45', params: { ...OLD, requireRuleEvidence: false, floor: 0.95, maxWeight: 45 }, model: true },
  { name: 'alone, floor 0.98, +45', params: { ...OLD, requireRuleEvidence: false, floor: 0.98, maxWeight: 45 }, model: true },
  { name: 'alone, floor 0.9, +50', params: { ...OLD, requireRuleEvidence: false, floor: 0.9, maxWeight: 50 }, model: true },
  { name: 'alone, floor 0.8, +50', params: { ...OLD, requireRuleEvidence: false, floor: 0.8, maxWeight: 50 }, model: true },
  { name: 'alone, floor 0.9, +50, discount 15 at p ≤ 0.05 ', params: { ...OLD, requireRuleEvidence: false, floor: 0.9, maxWeight: 50, benignBelow: 0.05, discount: 15 }, model: true },
  { name: 'alone, floor 0.9, +50, discount 25 at p ≤ 0.02', params: { ...OLD, requireRuleEvidence: false, floor: 0.9, maxWeight: 50, benignBelow: 0.02, discount: 25 }, model: true },
  { name: 'corroborate, floor 0.7, +40, discount 15 at p ≤ 0.05', params: { ...OLD, floor: 0.7, maxWeight: 40, benignBelow: 0.05, discount: 15 }, model: true },
  { name: 'corroborate, floor 0.75, +35', params: { ...OLD, floor: 0.75, maxWeight: 35 }, model: true },
  { name: 'corroborate, floor 0.7, +40; alone at p ≥ 0.98', params: { ...OLD, floor: 0.7, maxWeight: 40, aloneFloor: 0.98 }, model: true },
  { name: 'corroborate, floor 0.7, +40; alone at p ≥ 0.995', params: { ...OLD, floor: 0.7, maxWeight: 40, aloneFloor: 0.995 }, model: true },
  { name: 'corroborate, floor 0.8, +40; alone at p ≥ 0.98', params: { ...OLD, floor: 0.8, maxWeight: 40, aloneFloor: 0.98 }, model: true },
  { name: 'corroborate, floor 0.7, +40; alone at p ≥ 0.98; first 8 turns', params: { ...OLD, floor: 0.7, maxWeight: 40, aloneFloor: 0.98, maxTurn: 8 }, model: true },
  { name: 'corroborate, floor 0.75, +35; alone at p ≥ 0.995', params: { ...OLD, floor: 0.75, maxWeight: 35, aloneFloor: 0.995 }, model: true },
  { name: 'corroborate, floor 0.75, +35; alone at p ≥ 0.98', params: { ...OLD, floor: 0.75, maxWeight: 35, aloneFloor: 0.98 }, model: true },
  { name: 'corroborate, floor 0.7, +40; alone at p ≥ 0.9 → +40, first 3 turns', params: { ...OLD, floor: 0.7, maxWeight: 40, aloneFloor: 0.9, aloneWeight: 40, aloneMaxTurn: 3 }, model: true },
  { name: 'corroborate, floor 0.7, +40; alone at p ≥ 0.95 → +40, first 3 turns', params: { ...OLD, floor: 0.7, maxWeight: 40, aloneFloor: 0.95, aloneWeight: 40, aloneMaxTurn: 3 }, model: true },
  { name: 'corroborate, floor 0.7, +40; alone at p ≥ 0.98 → +40', params: { ...OLD, floor: 0.7, maxWeight: 40, aloneFloor: 0.98, aloneWeight: 40 }, model: true },
  { name: 'corroborate, floor 0.7, +40; alone at p ≥ 0.85 → +40, first 2 turns', params: { ...OLD, floor: 0.7, maxWeight: 40, aloneFloor: 0.85, aloneWeight: 40, aloneMaxTurn: 2 }, model: true },
  { name: 'corroborate, floor 0.7, +40; alone at p ≥ 0.99 → +40', params: { ...OLD, floor: 0.7, maxWeight: 40, aloneFloor: 0.99, aloneWeight: 40 }, model: true },
  { name: 'corroborate, floor 0.75, +35; alone at p ≥ 0.995 → +40', params: { ...OLD, floor: 0.75, maxWeight: 35, aloneFloor: 0.995, aloneWeight: 40 }, model: true },
  { name: 'corroborate, floor 0.8, +40; alone at p ≥ 0.99 → +40', params: { ...OLD, floor: 0.8, maxWeight: 40, aloneFloor: 0.99, aloneWeight: 40 }, model: true },
  { name: 'corroborate, floor 0.7, +40, first 10 turns', params: { ...OLD, floor: 0.7, maxWeight: 40, maxTurn: 10 }, model: true },
  { name: 'corroborate, floor 0.8, +40; alone at p ≥ 0.99 → +40, first 10 turns', params: { ...OLD, floor: 0.8, maxWeight: 40, aloneFloor: 0.99, aloneWeight: 40, maxTurn: 10 }, model: true },
  { name: 'corroborate, floor 0.8, +25; alone at p ≥ 0.99 → +40', params: { ...OLD, floor: 0.8, maxWeight: 25, aloneFloor: 0.99, aloneWeight: 40 }, model: true },
  { name: 'corroborate, floor 0.9, +30; alone at p ≥ 0.99 → +40', params: { ...OLD, floor: 0.9, maxWeight: 30, aloneFloor: 0.99, aloneWeight: 40 }, model: true },
  { name: 'corroborate, floor 0.9, +20; alone at p ≥ 0.99 → +40', params: { ...OLD, floor: 0.9, maxWeight: 20, aloneFloor: 0.99, aloneWeight: 40 }, model: true },
  // Session 7: one message under the advert frame with only the advert's own marks (src/model/signal.ts
  // `advertFloor`): where the model's lift starts. `undefined` is the rule before (the shared floor, 0.9).
  { name: 'shipped, advert floor none (session 6)', params: { ...P, advertFloor: undefined }, model: true },
  { name: 'shipped, advert floor 0.93', params: { ...P, advertFloor: 0.93 }, model: true },
  { name: 'shipped, advert floor 0.95', params: { ...P, advertFloor: 0.95 }, model: true },
  { name: 'shipped, advert floor 0.97', params: { ...P, advertFloor: 0.97 }, model: true },
  { name: 'shipped, advert floor 0.99', params: { ...P, advertFloor: 0.99 }, model: true },
  { name: 'shipped, advert floor 1 (never)', params: { ...P, advertFloor: 1 }, model: true },
  { name: 'shipped (src/model/signal.ts)', params: P, model: true },
  // Session 8 (with `npm run train -- --recipe session4-text` in src/model/weights.json): session 7's
  // fusion of that model (S7_FUSION, scripts/model-compare.ts) with the model's reading after contact
  // cues only (a claimed identity, a promised call-back, the weak cues: CONTACT_CUES) as one class with
  // its own floor (`contactCueFloor`); `none` is session 7's rule (weak cues from 0.999, the other
  // contact cues on the shared curve).
  ...([['none', undefined], ['0.95', 0.95], ['0.97', 0.97], ['0.98', 0.98], ['0.985', 0.985], ['0.99', 0.99], ['0.995', 0.995], ['0.999', 0.999], ['0.9995', 0.9995], ['never', 2]] as const)
    .map(([label, f]): Row => ({ name: `s8 contact-cue floor ${label}`, params: { ...S7, contactCueFloor: f }, model: true })),
];

const r = (m: GroupMetrics | undefined): string => (m?.recall === null || m?.recall === undefined ? '—' : m.recall.toFixed(3));
const fp = (m: GroupMetrics | undefined): string => (m ? `${m.fp} (${m.legit.scam} scam)` : '—');

/** The table's header (Markdown), the columns `formatRow` fills. */
export const HEADER = '| fusion rule | recall sft / t5 / t8 (dev) | 冒充客服 recall sft / t5 / t8 (dev) | other kinds with a request, sft / t5+8 (dev) | recall teleantifraud | FP normal SMS (dev) | FP meetings (dev) | FP playbook hard negatives | FP teleantifraud normal |\n|---|---|---|---|---|---|---|---|---|\n';
/** The margins (issue 8, session 6 on): counts per row, and real SMS and meetings near the threshold. */
export const MARGIN_HEADER = '| fusion rule | 冒充客服 sft / t5 / t8 | other kinds with a request sft / t5 / t8 | real SMS flagged, at risk ≥ 30, ≥ 20 | meetings flagged, at risk ≥ 20 |\n|---|---|---|---|---|\n';

/** One row of the margins table: counts (not shares), so a one-case change shows. */
export function marginRow(name: string, g: Record<string, GroupMetrics>, cases: readonly { category?: string; source: string; verdict: string; risk: number }[]): string {
  const c = (k: string): string => { const m = g[k]; return m ? `${m.tp}` : '—'; };
  const sms = cases.filter((x) => x.source === 'telecom-fraud-texts-5' && x.category === '正常短信');
  const meet = cases.filter((x) => x.category === '会议录音(真实)');
  const n = <T,>(xs: readonly T[], f: (x: T) => boolean): number => xs.filter(f).length;
  return `| ${name} | ${['anti-fraud-sft / 冒充客服诈骗', 'telecom-fraud-texts-5 / 冒充客服', 'telecom-fraud-texts-8 / 冒充客服'].map(c).join(' / ')} | ${['anti-fraud-sft', 'telecom-fraud-texts-5', 'telecom-fraud-texts-8'].map((s) => c(`${s} / #other-kind-request`)).join(' / ')} | ${n(sms, (x) => x.verdict !== 'safe')} (${n(sms, (x) => x.verdict === 'scam')} scam), ${n(sms, (x) => x.risk >= 30)}, ${n(sms, (x) => x.risk >= 20)} | ${n(meet, (x) => x.verdict !== 'safe')}, ${n(meet, (x) => x.risk >= 20)} |\n`;
}

/** One row of the table from an evaluation's groups. */
export function formatRow(name: string, g: Record<string, GroupMetrics>): string {
  const pb = { fp: (g['playbook-cases-zh']?.fp ?? 0) + (g['playbook-cases-en']?.fp ?? 0), scam: (g['playbook-cases-zh']?.legit.scam ?? 0) + (g['playbook-cases-en']?.legit.scam ?? 0) };
  // Issue 8 §4's other-kind figure (src/eval/run.ts tags): sft, and the two SMS sets pooled.
  const t58 = ['telecom-fraud-texts-5', 'telecom-fraud-texts-8'].map((k) => g[`${k} / #other-kind-request`]);
  const pooled = t58.reduce((a, m) => ({ tp: a.tp + (m?.tp ?? 0), n: a.n + (m ? m.tp + m.fn : 0) }), { tp: 0, n: 0 });
  const other = `${r(g['anti-fraud-sft / #other-kind-request'])} / ${pooled.n ? (pooled.tp / pooled.n).toFixed(3) : '—'}`;
  return `| ${name} | ${r(g['anti-fraud-sft'])} / ${r(g['telecom-fraud-texts-5'])} / ${r(g['telecom-fraud-texts-8'])} | ${r(g['anti-fraud-sft / 冒充客服诈骗'])} / ${r(g['telecom-fraud-texts-5 / 冒充客服'])} / ${r(g['telecom-fraud-texts-8 / 冒充客服'])} | ${other} | ${r(g['teleantifraud-matrix'])} | ${fp(g['telecom-fraud-texts-5 / 正常短信'])} | ${fp(g['anti-fraud-sft / 会议录音(真实)'])} | ${pb.fp} (${pb.scam} scam) | ${g['teleantifraud-matrix'] ? `${g['teleantifraud-matrix'].fp} (${g['teleantifraud-matrix'].legit.scam} scam)` : '—'} |\n`;
}

async function main(): Promise<void> {
  const sources = await devCases();
  const only = process.argv.slice(2);
  process.stdout.write(HEADER);
  let margins = '';
  for (const row of ROWS) {
    if (only.length > 0 && !only.some((o) => row.name.includes(o))) continue;
    const { engine } = engineFor(row.model, row.params);
    const run = await runEval(sources, { analyze: (input) => analyze(input, { engine }) });
    process.stdout.write(formatRow(row.name, run.summary.groups));
    margins += marginRow(row.name, run.summary.groups, run.cases);
    // FUSION_OUT=DIR: each row's per-case results (id, source, category, label, verdict, risk, tactics) for a diff.
    const out = process.env.FUSION_OUT;
    if (out) writeFileSync(join(out, `${row.name.replace(/[^\w.-]+/g, '_')}.json`), JSON.stringify({ cases: run.cases.map(({ id, source, category, label, verdict, risk, tactics }) => ({ id, source, category, label, verdict, risk, tactics })) }));
  }
  process.stdout.write(`\n${MARGIN_HEADER}${margins}`);
}

const isEntry = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) main().catch((e: unknown) => { process.stderr.write(`fusion: ${(e as Error).message}\n`); process.exitCode = 3; });
