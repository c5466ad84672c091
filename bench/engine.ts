/**
 * Engine benchmarks, each beside a naive baseline in the same run: one RegExp per cue term
 * over the same text. Figures, not assertions: `npm run bench` prints them; BENCHMARKS.md keeps them.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
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

export function benchEngine(): { rows: BenchRow[]; corpus: string } {
  const { texts, source } = chineseUtterances();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const cp = getEngine().playbook('zh');
  const baseline = cp.terms.map((t) => new RegExp(escapeRe(t), 'g'));
  const rows: BenchRow[] = [];

  // Warm up both paths.
  for (const t of texts.slice(0, 2000)) { createSession({ lang: 'zh' }).push({ speaker: 'caller', text: t }); for (const re of baseline) { re.lastIndex = 0; re.test(t); } }

  // Throughput: every utterance pushed into a live session (normalise, entities, match, signals,
  // score, alert), a new session every 12 utterances as calls are about that long.
  // Two throughputs: wall-clock summed over the pushes (the JS thread's time; fair on a quiet
  // machine) and CPU time of the whole process (user + system, every thread: GC and JIT count,
  // other work on the machine does not).
  const cpuSeconds = (since: NodeJS.CpuUsage): number => { const u = process.cpuUsage(since); return (u.user + u.system) / 1e6; };
  let c0 = process.cpuUsage();
  let session = createSession({ lang: 'zh' });
  const lat: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (i % 12 === 0) session = createSession({ lang: 'zh' });
    const a = performance.now();
    session.push({ speaker: 'caller', text: texts[i]! });
    lat.push(performance.now() - a);
  }
  const engineSeconds = cpuSeconds(c0);

  // Baseline: one RegExp per cue term over the same (raw) text, matches only, no scoring.
  const baseLat: number[] = [];
  c0 = process.cpuUsage();
  let sink = 0;
  for (const text of texts) {
    const a = performance.now();
    for (const re of baseline) { re.lastIndex = 0; while (re.exec(text)) sink++; }
    baseLat.push(performance.now() - a);
  }
  const baseSeconds = cpuSeconds(c0);
  if (sink < 0) console.log(sink);

  // The same, rules and checks only (no text classifier), to show what the model costs.
  const rulesOnly = createEngine({ model: false });
  for (const t of texts.slice(0, 2000)) createSession({ lang: 'zh' }, rulesOnly).push({ speaker: 'caller', text: t });
  c0 = process.cpuUsage();
  for (let i = 0; i < texts.length; i++) {
    if (i % 12 === 0) session = createSession({ lang: 'zh' }, rulesOnly);
    session.push({ speaker: 'caller', text: texts[i]! });
  }
  const rulesSeconds = cpuSeconds(c0);

  lat.sort((a, b) => a - b);
  baseLat.sort((a, b) => a - b);
  const wallSeconds = lat.reduce((n, v) => n + v, 0) / 1000;
  const baseWallSeconds = baseLat.reduce((n, v) => n + v, 0) / 1000;
  rows.push({ name: 'throughput, full pipeline, wall-clock of the pushes (MB/s of UTF-8 Chinese)', value: bytes / 1e6 / wallSeconds, unit: 'MB/s', baseline: bytes / 1e6 / baseWallSeconds });
  rows.push({ name: 'throughput, full pipeline, CPU time of all the process\'s threads (GC, JIT)', value: bytes / 1e6 / engineSeconds, unit: 'MB/s', baseline: bytes / 1e6 / baseSeconds });
  rows.push({ name: 'throughput without the text classifier (rules + link/number/QR checks)', value: bytes / 1e6 / rulesSeconds, unit: 'MB/s', baseline: bytes / 1e6 / baseSeconds });
  rows.push({ name: 'per-utterance latency p50', value: percentile(lat, 0.5) * 1000, unit: 'µs', baseline: percentile(baseLat, 0.5) * 1000 });
  rows.push({ name: 'per-utterance latency p99', value: percentile(lat, 0.99) * 1000, unit: 'µs', baseline: percentile(baseLat, 0.99) * 1000 });

  // Matching alone (one automaton scan) against the baseline's matching, same texts.
  let found = 0;
  const count = (): void => { found++; };
  for (const text of texts.slice(0, 2000)) cp.automaton.scan(text, count);
  c0 = process.cpuUsage();
  for (const text of texts) cp.automaton.scan(text, count);
  rows.push({ name: 'cue matching alone (our double-array automaton vs RegExp per cue)', value: bytes / 1e6 / cpuSeconds(c0), unit: 'MB/s', baseline: bytes / 1e6 / baseSeconds });
  // The same keywords in @monyone/aho-corasick (what the engine used before), same texts.
  const library = new AhoCorasick([...cp.termIds.keys()]);
  for (const text of texts.slice(0, 2000)) library.matchInText(text);
  c0 = process.cpuUsage();
  for (const text of texts) found += library.matchInText(text).length;
  rows.push({ name: 'cue matching alone, @monyone/aho-corasick (the same keywords)', value: bytes / 1e6 / cpuSeconds(c0), unit: 'MB/s', baseline: bytes / 1e6 / baseSeconds });
  if (found < 0) console.log(found);

  // Memory per live session: 100,000 sessions, three turns each, heap before and after.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    const sample = texts.slice(0, 3);
    gc(); gc();
    const before = process.memoryUsage().heapUsed;
    const keep = [];
    for (let i = 0; i < 100_000; i++) {
      const s = createSession({ lang: 'zh' });
      for (const text of sample) s.push({ speaker: 'caller', text });
      keep.push(s);
    }
    gc(); gc();
    const per = (process.memoryUsage().heapUsed - before) / keep.length;
    // Baseline: keeping the transcript (what a naive session would hold) on top of the same count.
    const transcriptBytes = sample.reduce((n, t) => n + t.length * 2 + 16, 0);
    rows.push({ name: 'heap per live session (100,000 sessions, 3 turns each)', value: per, unit: 'bytes', baseline: per + transcriptBytes });
    keep.length = 0;
  }
  return { rows, corpus: `${texts.length} ${source}, ${(bytes / 1e6).toFixed(2)} MB` };
}
