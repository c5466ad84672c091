/**
 * The figures: per group (all, a source, a source's category) a confusion matrix with
 * positive = "not safe", the split of false positives into `suspicious` and `scam`, early-warning
 * figures for scam dialogues, and SpamAssassin-style hit frequencies per tactic.
 */
import type { Verdict } from '../types.ts';
import type { CaseLabel } from './case.ts';

export interface CaseOutcome {
  id: string;
  source: string;
  category: string;
  label: CaseLabel;
  kind: 'text' | 'dialogue';
  turnCount: number;
  verdict: Verdict;
  risk: number;
  alertTurn: number | null;
  tactics: string[];
  firstExtraction?: number;
  firstFraudTurn?: number;
  /** Estimated first request turn (src/eval/first-request.ts) when the source gives no firstExtraction. */
  estimatedFirstRequest?: number;
  /** Extra groups the case also counts in, reported as `source / #tag`. */
  tags?: string[];
}

export interface VerdictCounts { safe: number; suspicious: number; scam: number }

export interface EarlyWarning {
  scamDialogues: number;
  /** Scam dialogues that reached `warn` at all. */
  warned: number;
  /** Of the scam dialogues with a `firstExtraction`: how many warned at or before it. */
  withExtraction: number;
  warnedByExtraction: number;
  shareByExtraction: number | null;
  /** anti-fraud-sft: warned at or before the first utterance the source marks fraudulent. */
  withFraudMark: number;
  warnedByFraudMark: number;
  shareByFraudMark: number | null;
  /** Without a firstExtraction: warned at or before the ESTIMATED first request (a word-list rule). */
  withEstimate: number;
  warnedByEstimate: number;
  shareByEstimate: number | null;
  /** Turns heard when the first warn came (alertTurn + 1), over warned dialogues. */
  meanTurnsAtWarn: number | null;
  medianTurnsAtWarn: number | null;
  /** Share of the dialogue's turns heard when the first warn came, over warned dialogues. */
  meanShareAtWarn: number | null;
}

export interface GroupMetrics {
  n: number;
  scam: VerdictCounts;
  legit: VerdictCounts;
  tp: number; fn: number; fp: number; tn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** FP / legit, with positive = suspicious or scam. */
  fpr: number | null;
  fprSuspicious: number | null;
  fprScam: number | null;
  /** Share of scam cases given the `scam` verdict (the stricter reading of recall). */
  recallScamVerdict: number | null;
  early: EarlyWarning | null;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const mean = (values: number[]): number | null => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** Accumulates outcomes of one group; `metrics()` computes the figures. */
export class GroupAccumulator {
  private readonly counts = { scam: { safe: 0, suspicious: 0, scam: 0 }, legit: { safe: 0, suspicious: 0, scam: 0 } };
  private scamDialogues = 0;
  private warned = 0;
  private withExtraction = 0;
  private warnedByExtraction = 0;
  private withFraudMark = 0;
  private warnedByFraudMark = 0;
  private withEstimate = 0;
  private warnedByEstimate = 0;
  private readonly turnsAtWarn: number[] = [];
  private readonly shareAtWarn: number[] = [];

  add(o: CaseOutcome): void {
    this.counts[o.label][o.verdict]++;
    if (o.label !== 'scam' || o.kind !== 'dialogue') return;
    this.scamDialogues++;
    const warnedAt = o.alertTurn;
    if (warnedAt !== null) {
      this.warned++;
      this.turnsAtWarn.push(warnedAt + 1);
      this.shareAtWarn.push((warnedAt + 1) / Math.max(1, o.turnCount));
    }
    if (o.firstExtraction !== undefined) {
      this.withExtraction++;
      if (warnedAt !== null && warnedAt <= o.firstExtraction) this.warnedByExtraction++;
    }
    if (o.firstExtraction === undefined && o.estimatedFirstRequest !== undefined) {
      this.withEstimate++;
      if (warnedAt !== null && warnedAt <= o.estimatedFirstRequest) this.warnedByEstimate++;
    }
    if (o.firstFraudTurn !== undefined) {
      this.withFraudMark++;
      if (warnedAt !== null && warnedAt <= o.firstFraudTurn) this.warnedByFraudMark++;
    }
  }

  metrics(): GroupMetrics {
    const { scam, legit } = this.counts;
    const tp = scam.suspicious + scam.scam;
    const fn = scam.safe;
    const fp = legit.suspicious + legit.scam;
    const tn = legit.safe;
    const nLegit = fp + tn;
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
    return {
      n: tp + fn + fp + tn,
      scam: { ...scam },
      legit: { ...legit },
      tp, fn, fp, tn,
      precision, recall, f1,
      fpr: ratio(fp, nLegit),
      fprSuspicious: ratio(legit.suspicious, nLegit),
      fprScam: ratio(legit.scam, nLegit),
      recallScamVerdict: ratio(scam.scam, tp + fn),
      early: this.scamDialogues === 0 ? null : {
        scamDialogues: this.scamDialogues,
        warned: this.warned,
        withExtraction: this.withExtraction,
        warnedByExtraction: this.warnedByExtraction,
        shareByExtraction: ratio(this.warnedByExtraction, this.withExtraction),
        withFraudMark: this.withFraudMark,
        warnedByFraudMark: this.warnedByFraudMark,
        shareByFraudMark: ratio(this.warnedByFraudMark, this.withFraudMark),
        withEstimate: this.withEstimate,
        warnedByEstimate: this.warnedByEstimate,
        shareByEstimate: ratio(this.warnedByEstimate, this.withEstimate),
        meanTurnsAtWarn: mean(this.turnsAtWarn),
        medianTurnsAtWarn: median(this.turnsAtWarn),
        meanShareAtWarn: mean(this.shareAtWarn),
      },
    };
  }
}

export interface HitFrequency {
  tactic: string;
  scamHits: number;
  legitHits: number;
  /** Share of scam cases / legit cases the tactic fired on. */
  scamRate: number | null;
  legitRate: number | null;
  /** scamRate / (scamRate + legitRate): 1.0 = only on scams, 0.5 = no better than chance. */
  so: number | null;
}

export class HitFrequencies {
  private scamCases = 0;
  private legitCases = 0;
  private readonly hits = new Map<string, { scam: number; legit: number }>();

  add(o: CaseOutcome): void {
    if (o.label === 'scam') this.scamCases++; else this.legitCases++;
    for (const id of new Set(o.tactics)) {
      let h = this.hits.get(id);
      if (!h) { h = { scam: 0, legit: 0 }; this.hits.set(id, h); }
      h[o.label]++;
    }
  }

  rows(): HitFrequency[] {
    const out: HitFrequency[] = [];
    for (const [tactic, h] of this.hits) {
      const scamRate = ratio(h.scam, this.scamCases);
      const legitRate = ratio(h.legit, this.legitCases);
      const sr = scamRate ?? 0;
      const lr = legitRate ?? 0;
      out.push({ tactic, scamHits: h.scam, legitHits: h.legit, scamRate, legitRate, so: sr + lr === 0 ? null : sr / (sr + lr) });
    }
    return out.sort((a, b) => (b.so ?? 0) - (a.so ?? 0) || b.scamHits - a.scamHits || a.tactic.localeCompare(b.tactic));
  }
}

/** Groups: `all`, each source, and each source's category (`source / category`). */
export class EvalAccumulator {
  readonly groups = new Map<string, GroupAccumulator>();
  readonly hits = new HitFrequencies();
  readonly hitsBySource = new Map<string, HitFrequencies>();

  add(o: CaseOutcome): void {
    for (const key of ['all', o.source, `${o.source} / ${o.category}`, ...(o.tags ?? []).map((t) => `${o.source} / #${t}`)]) {
      let g = this.groups.get(key);
      if (!g) { g = new GroupAccumulator(); this.groups.set(key, g); }
      g.add(o);
    }
    this.hits.add(o);
    let hs = this.hitsBySource.get(o.source);
    if (!hs) { hs = new HitFrequencies(); this.hitsBySource.set(o.source, hs); }
    hs.add(o);
  }
}
