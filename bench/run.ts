/**
 * `npm run bench`: engine, checkers, model and HTTP load, each printed as a markdown table with
 * the machine it ran on. Copy the output into BENCHMARKS.md.
 *   npm run bench            everything
 *   npm run bench -- engine  one part (engine | checks | model | load | scale | serve-cluster)
 */
import { cpus, totalmem } from 'node:os';
import { benchEngine, type BenchRow } from './engine.ts';

type Part = { name: string; run: () => Promise<{ rows: BenchRow[]; note?: string }> };

const fmt = (v: number): string => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

function table(title: string, rows: BenchRow[], note?: string): string {
  const hasBase = rows.some((r) => r.baseline !== undefined);
  const head = hasBase ? '| measure | fanzha | naive baseline | unit |\n|---|---:|---:|---|' : '| measure | value | unit |\n|---|---:|---|';
  const body = rows.map((r) => hasBase ? `| ${r.name} | ${fmt(r.value)} | ${r.baseline === undefined ? '—' : fmt(r.baseline)} | ${r.unit} |` : `| ${r.name} | ${fmt(r.value)} | ${r.unit} |`).join('\n');
  return `### ${title}\n${note ? `${note}\n\n` : ''}${head}\n${body}\n`;
}

const parts: Part[] = [
  { name: 'engine', run: async () => { const r = benchEngine(); return { rows: r.rows, note: `Corpus: ${r.corpus}. One core (single-threaded).` }; } },
  { name: 'checks', run: async () => ({ rows: (await import('./checks.ts')).benchChecks() }) },
  { name: 'model', run: async () => ({ rows: (await import('./model.ts')).benchModel() }) },
  { name: 'load', run: async () => ({ rows: await (await import('./load.ts')).benchLoad() }) },
  // Part of `load` too (issue 12: "npm run bench -- load" includes the hostile client); `hostile` runs it alone.
  { name: 'adversarial', run: async () => ({ rows: await (await import('./adversarial.ts')).benchAdversarial(), note: 'Medians of 5 runs (3 for the 1 MB conversation, 1 for the 4000 × 4000 image). Before: see the table in BENCHMARKS.md.' }) },
  { name: 'hostile', run: async () => (await import('./hostile.ts')).benchHostile() },
  { name: 'scale', run: async () => (await import('./scale.ts')).benchScale() },
  { name: 'serve-cluster', run: async () => (await import('./serve-cluster.ts')).benchServeCluster() },
];

const wanted = process.argv.slice(2);
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.\n`);
for (const part of parts) {
  if (wanted.length && !wanted.includes(part.name) && !(part.name === 'hostile' && wanted.includes('load'))) continue;
  try {
    const { rows, note } = await part.run();
    console.log(table(part.name, rows, note));
  } catch (e) {
    console.log(`### ${part.name}\nnot run: ${(e as Error).message.split('\n')[0]}\n`);
  }
}
