/**
 * Engine benchmarks, each beside a naive baseline in the same run: one RegExp per cue term
 * over the same text. Figures, not assertions: `npm run bench -- engine` prints them;
 * BENCHMARKS.md keeps them. `FANZHA_BENCH_RUNS` sets the number of timed runs (default 5).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import { createEngine, createSession, getEngine } from '../src/index.ts';
import { PlaybookSchema } from '../src/playbook/schema.ts';
import { PLAYBOOKS } from '../src/playbook/index.ts';

export interface BenchRow { name: string; value: number; unit: string; baseline?: number }

/** Chinese utterances: teleantifraud-matrix dialogues if ../shared is beside the repo, else the playbook's examples. */
export function chineseUtterances(limit = 40_000): { texts: string[]; source: string } {
  const dir = process.env.FANZHA_DATASETS ?? join(import.meta.dirname, '..', '..', 'shared', 'datasets');
  const tm = join(dir, 'teleantifraud-matrix');
  const texts: string[] = [];
  if (existsSync(tm)) {
    for (const f of readdirSync(tm).filter((n) => n.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(tm, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          const row = JSON.parse(line) as Record<string, unknown>;
          for (const v of Object.values(row)) collectStrings(v, texts);
        } catch { /* a bad line is skipped: this is a benchmark corpus, not an evaluation */ }
        if (texts.length >= limit) return { texts, source: 'teleantifraud-matrix utterances' };
      }
    }
    if (texts.length > 0) return { texts, source: 'teleantifraud-matrix utterances' };
  }
  const book = PlaybookSchema.parse(PLAYBOOKS.zh);
  for (const t of book.tactics) texts.push(...t.examples.positive, ...t.examples.negative);
  return { texts, source: 'zh playbook examples' };
}

function collectStrings(v: unknown, out: string[]): void {
  if (typeof v === 'string') { if (/[\u4e00-\u9fff]/.test(v) && v.length > 4) out.push(v); return; }
  if (Array.isArray(v)) for (const x of v) collectStrings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) collectStrings(x, out);
}

function escapeRe(s: string): string { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };

/** Runs of the corpus timed for throughput (the median is reported; the first run also warms the JIT). */
const RUNS = Number(process.env.FANZHA_BENCH_RUNS ?? 5);
/** Live sessions held at once for the memory figures. */
const SESSIONS = 10_000;
/** Turns per session: a call is about this long. */
const CALL_TURNS = 12;

/**
 * The engine's figures: throughput (CPU time, median of {@link RUNS} runs of the corpus), per
 * utterance latency, the same without the classifier, matching alone, and memory per live
 * session (serialised snapshot and heap). Needs `--expose-gc` for the heap figure
 * (`npm run bench` passes it).
 */
export function benchEngine(): { rows: BenchRow[]; corpus: string } {
  const { texts, source } = chineseUtterances();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const cp = getEngine().playbook('zh');
  const baseline = cp.terms.map((t) => new RegExp(escapeRe(t), 'g'));
  const rows: BenchRow[] = [];
  const cpuSeconds = (since: NodeJS.CpuUsage): number => { const u = process.cpuUsage(since); return (u.user + u.system) / 1e6; };

  // Throughput: every utterance pushed into a live session (normalise, entities, match, signals,
  // score, alert), a new session every CALL_TURNS utterances as calls are about that long, as the
  // caller. CPU time of the whole process (user + system, every thread: GC and JIT count, other
  // work on the machine does not); the median of RUNS runs, so one preempted run does not decide.
  const pass = (engine?: ReturnType<typeof createEngine>): number => {
    const c0 = process.cpuUsage();
    let session = createSession({ lang: 'zh' }, engine);
    for (let i = 0; i < texts.length; i++) {
      if (i % CALL_TURNS === 0) session = createSession({ lang: 'zh' }, engine);
      session.push({ speaker: 'caller', text: texts[i]! });
    }
    return bytes / 1e6 / cpuSeconds(c0);
  };
  const full: number[] = [];
  for (let r = 0; r < RUNS; r++) full.push(pass());

  // Latency per utterance, in one more run (timing every push costs a little CPU itself).
  const lat: number[] = [];
  let session = createSession({ lang: 'zh' });
  for (let i = 0; i < texts.length; i++) {
    if (i % CALL_TURNS === 0) session = createSession({ lang: 'zh' });
    const a = performance.now();
    session.push({ speaker: 'caller', text: texts[i]! });
    lat.push(performance.now() - a);
  }
  lat.sort((a, b) => a - b);

  // The same, rules and checks only (no text classifier), to show what the model costs.
  const rulesOnly = createEngine({ model: false });
  const rules: number[] = [];
  for (let r = 0; r < Math.min(RUNS, 3); r++) rules.push(pass(rulesOnly));

  // Baseline: one RegExp per cue term over the same (raw) text, matches only, no scoring.
  const baseLat: number[] = [];
  let c0 = process.cpuUsage();
  let sink = 0;
  for (const text of texts) {
    const a = performance.now();
    for (const re of baseline) { re.lastIndex = 0; while (re.exec(text)) sink++; }
    baseLat.push(performance.now() - a);
  }
  const baseMBs = bytes / 1e6 / cpuSeconds(c0);
  if (sink < 0) console.log(sink);
  baseLat.sort((a, b) => a - b);

  rows.push({ name: `throughput, full pipeline, CPU time of all the process's threads (GC, JIT); median of ${RUNS} runs`, value: median(full), unit: 'MB/s', baseline: baseMBs });
  rows.push({ name: `… the ${RUNS} runs, slowest and fastest (the first also warms the JIT)`, value: Math.min(...full), unit: `MB/s (to ${Math.max(...full).toFixed(2)})` });
  rows.push({ name: `throughput without the text classifier (rules + link/number/QR checks); median of ${rules.length}`, value: median(rules), unit: 'MB/s', baseline: baseMBs });
  rows.push({ name: 'per-utterance latency p50', value: percentile(lat, 0.5) * 1000, unit: 'µs', baseline: percentile(baseLat, 0.5) * 1000 });
  rows.push({ name: 'per-utterance latency p99', value: percentile(lat, 0.99) * 1000, unit: 'µs', baseline: percentile(baseLat, 0.99) * 1000 });
  rows.push({ name: 'per-utterance latency max', value: lat[lat.length - 1]! * 1000, unit: 'µs', baseline: baseLat[baseLat.length - 1]! * 1000 });

  // Matching alone (one automaton scan) against the baseline's matching, same texts.
  let found = 0;
  const count = (): void => { found++; };
  const scan = (text: string): void => {
    // The engine's own automaton (src/match/automaton.ts) where it exists, so the same bench runs on older trees.
    const a = (cp as { automaton?: { scan(t: string, f: () => void): void } }).automaton;
    if (a) a.scan(text, count);
  };
  if ((cp as { automaton?: unknown }).automaton) {
    for (const text of texts.slice(0, 2000)) scan(text);
    c0 = process.cpuUsage();
    for (const text of texts) scan(text);
    rows.push({ name: 'cue matching alone, the engine\'s double-array automaton', value: bytes / 1e6 / cpuSeconds(c0), unit: 'MB/s', baseline: baseMBs });
  }
  // The same keywords in @monyone/aho-corasick (what the engine used until 2026-11-29), same texts.
  const library = new AhoCorasick([...cp.termIds.keys()]);
  for (const text of texts.slice(0, 2000)) library.matchInText(text);
  c0 = process.cpuUsage();
  for (const text of texts) found += library.matchInText(text).length;
  rows.push({ name: 'cue matching alone, @monyone/aho-corasick (the same keywords)', value: bytes / 1e6 / cpuSeconds(c0), unit: 'MB/s', baseline: baseMBs });
  if (found < 0) console.log(found);

  // Memory per live session: SESSIONS sessions held at once, each after a whole call of
  // CALL_TURNS utterances of the corpus (so each holds what that call fired): the serialised
  // snapshot (what a worker stores per session) and the heap held, measured after GC.
  const call = (k: number): string[] => texts.slice((k * CALL_TURNS) % (texts.length - CALL_TURNS), (k * CALL_TURNS) % (texts.length - CALL_TURNS) + CALL_TURNS);
  let json = 0;
  let jsonMax = 0;
  for (let k = 0; k < SESSIONS; k++) {
    const s = createSession({ lang: 'zh' });
    for (const text of call(k)) s.push({ speaker: 'caller', text });
    const n = Buffer.byteLength(JSON.stringify(s.snapshot()));
    json += n;
    jsonMax = Math.max(jsonMax, n);
  }
  rows.push({ name: `serialised session (JSON snapshot) after a ${CALL_TURNS}-utterance call, mean of ${SESSIONS.toLocaleString('en')}`, value: json / SESSIONS, unit: 'bytes' });
  rows.push({ name: '… largest', value: jsonMax, unit: 'bytes' });
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    // Each utterance arrives as a string of its own that live traffic drops after the push (the
    // corpus array would otherwise keep every turn alive, hiding what a session retains of them).
    const fresh = (t: string): string => (' ' + t).slice(1);
    const heapPer = (turns: number): number => {
      const keep: unknown[] = [];
      gc(); gc();
      const before = process.memoryUsage().heapUsed;
      for (let k = 0; k < SESSIONS; k++) {
        const s = createSession({ lang: 'zh' });
        for (const text of call(k).slice(0, turns)) s.push({ speaker: 'caller', text: fresh(text) });
        keep.push(s);
      }
      gc(); gc();
      const per = (process.memoryUsage().heapUsed - before) / keep.length;
      keep.length = 0;
      return per;
    };
    rows.push({ name: `heap per live session after a ${CALL_TURNS}-utterance call (${SESSIONS.toLocaleString('en')} sessions held, after GC)`, value: heapPer(CALL_TURNS), unit: 'bytes' });
    rows.push({ name: `heap per live session after 3 utterances (${SESSIONS.toLocaleString('en')} sessions)`, value: heapPer(3), unit: 'bytes' });
  }
  return { rows, corpus: `${texts.length} ${source}, ${(bytes / 1e6).toFixed(2)} MB; load average at start ${loadavg()[0]!.toFixed(1)}` };
}
