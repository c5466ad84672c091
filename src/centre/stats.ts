/**
 * The centre's statistics: counts by day or week (China Standard Time, the centre's own calendar)
 * of alerts by level, stage reached, tactic, platform, channel and outcome; losses prevented vs
 * lost; the SLA met. Pure: rows and the clock in, tables out.
 */
import { slaState } from './sla.ts';
import type { SlaTargets } from './sla.ts';

export const BUCKETS = ['day', 'week'] as const;
export type Bucket = (typeof BUCKETS)[number];
const CST_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

export interface StatsAlert {
  createdAt: number;
  level: string;
  stage: string | null;
  tactics: readonly string[];
  platform: string | null;
  channel: string | null;
  status: string;
  outcome: string | null;
  /** 已被骗: the amount lost (yuan). */
  lostAmount: number;
  firstContactAt: number | null;
}

export interface StatsCase {
  createdAt: number;
  lossAmount: number;
  recoveredAmount: number;
  stopPayment: boolean;
}

export interface SeriesPoint {
  period: string;
  alerts: number;
  warn: number;
  block: number;
  stopped: number;
  lost: number;
  lostAmount: number;
  slaMet: number;
  slaMissed: number;
}

export interface CountRow { key: string; count: number }

export interface Stats {
  bucket: Bucket;
  series: SeriesPoint[];
  tables: Record<'level' | 'stage' | 'tactic' | 'platform' | 'channel' | 'outcome', CountRow[]>;
  totals: {
    alerts: number;
    /** 已劝阻: people stopped before paying. */
    stopped: number;
    /** 已被骗 outcomes and their amounts. */
    lost: number;
    lostAmount: number;
    /** Cases: loss recorded, recovered (incl. stop-payment), and how many asked for 止付. */
    caseLoss: number;
    caseRecovered: number;
    stopPayments: number;
    slaMet: number;
    slaMissed: number;
    /** Still open, never contacted, past the target now: what a supervisor chases today. */
    overdueOpen: number;
    /** slaMet / (slaMet + slaMissed), null when nothing was due. */
    slaRate: number | null;
  };
}

/** The period label of an instant: `YYYY-MM-DD` of the day, or of the Monday starting the week, in CST. */
export function periodOf(ms: number, bucket: Bucket): string {
  const local = ms + CST_MS;
  let dayStart = Math.floor(local / DAY_MS) * DAY_MS;
  if (bucket === 'week') {
    const weekday = (new Date(dayStart).getUTCDay() + 6) % 7; // Monday = 0
    dayStart -= weekday * DAY_MS;
  }
  return new Date(dayStart).toISOString().slice(0, 10);
}

/** Every period label from `from` to `to` (so empty days show as zero, not as gaps). */
export function periods(from: number, to: number, bucket: Bucket): string[] {
  const out: string[] = [];
  const step = bucket === 'week' ? 7 * DAY_MS : DAY_MS;
  let at = Date.parse(periodOf(from, bucket) + 'T00:00:00Z') - CST_MS;
  for (let i = 0; at < to && i < 1000; i++, at += step) out.push(periodOf(at, bucket));
  return out;
}

function count(map: Map<string, number>, key: string | null): void {
  const k = key ?? 'unknown';
  map.set(k, (map.get(k) ?? 0) + 1);
}
const rows = (m: Map<string, number>): CountRow[] => [...m].map(([key, n]) => ({ key, count: n })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

export function computeStats(alerts: readonly StatsAlert[], cases: readonly StatsCase[], from: number, to: number, bucket: Bucket, sla: SlaTargets, now: number): Stats {
  const series = new Map<string, SeriesPoint>();
  for (const p of periods(from, to, bucket)) series.set(p, { period: p, alerts: 0, warn: 0, block: 0, stopped: 0, lost: 0, lostAmount: 0, slaMet: 0, slaMissed: 0 });
  const level = new Map<string, number>();
  const stage = new Map<string, number>();
  const tactic = new Map<string, number>();
  const platform = new Map<string, number>();
  const channel = new Map<string, number>();
  const outcome = new Map<string, number>();
  const totals = { alerts: 0, stopped: 0, lost: 0, lostAmount: 0, caseLoss: 0, caseRecovered: 0, stopPayments: 0, slaMet: 0, slaMissed: 0, overdueOpen: 0, slaRate: null as number | null };
  for (const a of alerts) {
    if (a.createdAt < from || a.createdAt >= to) continue;
    const key = periodOf(a.createdAt, bucket);
    let p = series.get(key);
    if (!p) series.set(key, (p = { period: key, alerts: 0, warn: 0, block: 0, stopped: 0, lost: 0, lostAmount: 0, slaMet: 0, slaMissed: 0 }));
    p.alerts++;
    totals.alerts++;
    if (a.level === 'block') p.block++; else p.warn++;
    count(level, a.level);
    count(stage, a.stage);
    for (const t of new Set(a.tactics)) count(tactic, t);
    count(platform, a.platform);
    count(channel, a.channel);
    count(outcome, a.outcome ?? (a.status === 'closed' ? 'closed' : 'open'));
    if (a.outcome === 'stopped') { p.stopped++; totals.stopped++; }
    if (a.outcome === 'lost') { p.lost++; totals.lost++; p.lostAmount += a.lostAmount; totals.lostAmount += a.lostAmount; }
    const s = slaState({ level: a.level, createdAt: a.createdAt, firstContactAt: a.firstContactAt, status: a.status, outcome: a.outcome }, sla, now);
    if (s.met === true) { p.slaMet++; totals.slaMet++; }
    if (s.met === false) { p.slaMissed++; totals.slaMissed++; }
    if (s.overdue) totals.overdueOpen++;
  }
  for (const c of cases) {
    if (c.createdAt < from || c.createdAt >= to) continue;
    totals.caseLoss += c.lossAmount;
    totals.caseRecovered += c.recoveredAmount;
    if (c.stopPayment) totals.stopPayments++;
  }
  const due = totals.slaMet + totals.slaMissed;
  totals.slaRate = due === 0 ? null : totals.slaMet / due;
  return {
    bucket,
    series: [...series.values()].sort((a, b) => a.period.localeCompare(b.period)),
    tables: { level: rows(level), stage: rows(stage), tactic: rows(tactic), platform: rows(platform), channel: rows(channel), outcome: rows(outcome) },
    totals,
  };
}
