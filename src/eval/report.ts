/** The human-readable report: per-source and per-category tables, early warning, hit frequencies. */
import { DEV_ONLY_SOURCES } from './split.ts';
import type { GroupMetrics, HitFrequency } from './metrics.ts';
import type { EvalSummary } from './run.ts';

/** Sources the playbook and the model were developed on; every other source is held out. */
/** Whether a source was developed on (all of it is `dev` in split.ts) or is held out. */
export const sourceRole = (source: string): 'tuned' | 'held-out' => (DEV_ONLY_SOURCES.has(source) ? 'tuned' : 'held-out');

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null, d = 3): string => (x === null ? '—' : x.toFixed(d));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? padEnd(c, widths[i]!) : padStart(c, widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const padEnd = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number): string => ' '.repeat(Math.max(0, w - width(s))) + s;

function metricsRow(name: string, m: GroupMetrics): string[] {
  return [
    name, String(m.n), String(m.tp + m.fn), String(m.fp + m.tn),
    `${m.tp}/${m.fn}/${m.fp}/${m.tn}`,
    num(m.precision), num(m.recall), num(m.f1), pct(m.fpr), pct(m.fprSuspicious), pct(m.fprScam), num(m.recallScamVerdict),
  ];
}
const METRIC_HEADER = ['group', 'n', 'scam', 'legit', 'TP/FN/FP/TN', 'prec', 'recall', 'F1', 'FPR', 'FPR-susp', 'FPR-scam', 'recall(scam)'];

function earlyRows(groups: Record<string, GroupMetrics>, keys: string[]): string[][] {
  const rows: string[][] = [];
  for (const k of keys) {
    const e = groups[k]?.early;
    if (!e) continue;
    rows.push([
      k, String(e.scamDialogues), pct(e.scamDialogues ? e.warned / e.scamDialogues : null),
      e.withExtraction ? `${e.warnedByExtraction}/${e.withExtraction} ${pct(e.shareByExtraction)}` : '—',
      e.withEstimate ? `${e.warnedByEstimate}/${e.withEstimate} ${pct(e.shareByEstimate)}` : '—',
      e.withFraudMark ? `${e.warnedByFraudMark}/${e.withFraudMark} ${pct(e.shareByFraudMark)}` : '—',
      num(e.meanTurnsAtWarn, 1), num(e.medianTurnsAtWarn, 1), pct(e.meanShareAtWarn),
    ]);
  }
  return rows;
}

const OTHER = '#other-kind';
const OTHER_REQUEST = '#other-kind-request';

/** Sums the scam counts of several groups (missing groups count as empty). */
function pooled(groups: Record<string, GroupMetrics>, keys: string[]): { tp: number; n: number } {
  let tp = 0;
  let n = 0;
  for (const k of keys) {
    const g = groups[k];
    if (g) { tp += g.tp; n += g.tp + g.fn; }
  }
  return { tp, n };
}

/**
 * Issue 8 §4's other-kind figure per source, over every other-kind scam and over those that make a
 * request, plus the two SMS sets pooled (the target's second row).
 */
export function otherKindRows(groups: Record<string, GroupMetrics>, sourceKeys: string[]): string[][] {
  const rows: string[][] = [];
  const row = (name: string, all: { tp: number; n: number }, req: { tp: number; n: number }): void => {
    if (all.n === 0) return;
    rows.push([name, `${all.tp}/${all.n}`, num(all.tp / all.n), `${req.tp}/${req.n}`, num(req.n ? req.tp / req.n : null)]);
  };
  for (const k of sourceKeys) row(k, pooled(groups, [`${k} / ${OTHER}`]), pooled(groups, [`${k} / ${OTHER_REQUEST}`]));
  const sms = sourceKeys.filter((k) => k === 'telecom-fraud-texts-5' || k === 'telecom-fraud-texts-8');
  if (sms.length === 2) {
    row('telecom-fraud-texts-5 + -8', pooled(groups, sms.map((k) => `${k} / ${OTHER}`)), pooled(groups, sms.map((k) => `${k} / ${OTHER_REQUEST}`)));
  }
  return rows;
}

function hitRows(rows: HitFrequency[]): string[][] {
  return rows.map((h) => [h.tactic, pct(h.scamRate), pct(h.legitRate), num(h.so, 2), String(h.scamHits), String(h.legitHits)]);
}

/**
 * The report as text. Load issues (rows or lines rejected) are one line per source with its count
 * and one example; `verbose` lists each shown issue instead (`--json` always carries them).
 */
export function formatReport(s: EvalSummary, title: string, opts: { verbose?: boolean } = {}): string {
  const out: string[] = [title, ''];
  const sourceKeys = s.sources.map((x) => x.name).filter((n, i, a) => a.indexOf(n) === i);
  out.push('Per source (positive = suspicious or scam; [tuned] = developed on, the rest held out)');
  out.push(table(METRIC_HEADER, [...sourceKeys.filter((k) => s.groups[k]).map((k) => metricsRow(sourceRole(k) === 'tuned' ? `${k} [tuned]` : k, s.groups[k]!)), ...(s.groups.all ? [metricsRow('all', s.groups.all)] : [])]));
  out.push('');
  out.push('Per category');
  const catKeys = Object.keys(s.groups).filter((k) => k.includes(' / ')).sort();
  out.push(table(METRIC_HEADER, catKeys.map((k) => metricsRow(k, s.groups[k]!))));
  out.push('');
  const other = otherKindRows(s.groups, sourceKeys);
  if (other.length > 0) {
    out.push('Other scam kinds (not customer service; "with a request" = the counterpart words a request by the fixed lists of src/eval/first-request.ts)');
    out.push(table(['source', 'all: not safe', 'recall', 'with a request: not safe', 'recall'], other));
    out.push('');
  }
  const early = earlyRows(s.groups, [...sourceKeys, ...catKeys]);
  if (early.length > 0) {
    out.push('Early warning (scam dialogues; "warn" = alert level reached warn)');
    out.push(table(['group', 'dialogues', 'warned', 'warn≤firstExtraction', 'warn≤est. 1st request', 'warn≤first is_fraud', 'turns@warn mean', 'median', '% heard'], early));
    out.push('');
  }
  out.push('Hit frequencies, all sources (S/O = scam% / (scam% + legit%))');
  out.push(table(['tactic', 'scam%', 'legit%', 'S/O', 'scam hits', 'legit hits'], hitRows(s.hitFrequencies)));
  out.push('');
  out.push(`Sources: ${s.sources.map((x) => `${x.name} ${x.cases} cases${x.issues ? `, ${x.issues} issues` : ''}`).join('; ')}`);
  if (s.issues.count > 0) {
    if (opts.verbose) {
      out.push(`Load issues: ${s.issues.count} (rows or lines skipped or repaired); first ${s.issues.shown.length}:`);
      for (const i of s.issues.shown) out.push(`  ${i.file}${i.line ? `:${i.line}` : ''}: ${i.message}`);
    } else {
      out.push(`Load issues: ${s.issues.count} (rows or lines skipped or repaired; --verbose lists them):`);
      for (const x of s.sources) {
        if (!x.issues) continue;
        const example = s.issues.shown.find((i) => i.file.startsWith(x.path));
        out.push(`  ${x.name}: ${x.issues}${example ? `, e.g. ${example.message}` : ''}`);
      }
    }
  }
  return out.join('\n') + '\n';
}
