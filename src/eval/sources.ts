/** Turns paths (dataset folders, single files, case files) into sources with a loader each. */
import { open, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalCase } from './case.ts';
import { ANTI_FRAUD_SFT, loadAntiFraudSft, loadSftFile } from './loaders/anti-fraud-sft.ts';
import { DatasetError, isDirectory, listFiles, stem, type LoaderOptions } from './loaders/common.ts';
import { loadJsonlCases } from './loaders/jsonl.ts';
import { loadPlaybookCases, playbookSourceName } from './loaders/playbook-cases.ts';
import { loadTeleAntiFraud, loadTeleFile, TELE_FILE, TELEANTIFRAUD } from './loaders/teleantifraud.ts';
import { loadTelecomFile, loadTelecomTexts } from './loaders/telecom-texts.ts';

export interface Source {
  name: string;
  path: string;
  /** How many files the source reads (to spread `--limit` evenly). */
  fileCount: number;
  load(opts: LoaderOptions): AsyncGenerator<EvalCase>;
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function defaultDatasetsRoot(env: Record<string, string | undefined>): string {
  return env.FANZHA_DATASETS ? resolve(env.FANZHA_DATASETS) : resolve(REPO_ROOT, '../shared/datasets');
}

async function firstLine(path: string): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(512);
    const { bytesRead } = await fh.read(buf, 0, 512, 0);
    return buf.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  } finally {
    await fh.close();
  }
}

async function csvKind(path: string): Promise<'sft' | 'telecom' | null> {
  const h = (await firstLine(path)).trim();
  if (h.startsWith('case,speaker,content,is_fraud')) return 'sft';
  if (h.startsWith('content,label')) return 'telecom';
  return null;
}

async function fileSource(path: string): Promise<Source> {
  const name = basename(path);
  if (name.endsWith('.jsonl')) {
    if (TELE_FILE.test(name)) return { name: TELEANTIFRAUD, path, fileCount: 1, load: (o) => loadTeleFile(path, o) };
    return { name: stem(path), path, fileCount: 1, load: (o) => loadJsonlCases(path, o) };
  }
  if (name.endsWith('.csv')) {
    const kind = await csvKind(path);
    if (kind === 'sft') return { name: ANTI_FRAUD_SFT, path, fileCount: 1, load: (o) => loadSftFile(path, o) };
    if (kind === 'telecom') {
      const source = basename(dirname(path));
      return { name: source, path, fileCount: 1, load: (o) => loadTelecomFile(path, source, o) };
    }
    throw new DatasetError(`${path}: unknown CSV header (want case,speaker,content,is_fraud or content,label)`);
  }
  throw new DatasetError(`${path}: not a case file (.jsonl) or dataset file (.csv)`);
}

/** One path -> one or more sources (a folder of case files gives one source per file). */
export async function resolveSources(path: string): Promise<Source[]> {
  const abs = resolve(path);
  let isDir: boolean;
  try {
    isDir = (await stat(abs)).isDirectory();
  } catch {
    throw new DatasetError(`${path}: not found`);
  }
  if (!isDir) return [await fileSource(abs)];
  const name = basename(abs);
  if (await isDirectory(join(abs, 'csv_dialogs'))) {
    const n = (await listFiles(join(abs, 'csv_dialogs'))).filter((f) => f.endsWith('.csv')).length;
    return [{ name, path: abs, fileCount: Math.max(1, n), load: (o) => loadAntiFraudSft(abs, o) }];
  }
  const files = await listFiles(abs);
  const tele = files.filter((f) => TELE_FILE.test(f));
  if (tele.length > 0) return [{ name, path: abs, fileCount: tele.length, load: (o) => loadTeleAntiFraud(abs, o) }];
  const csvs = files.filter((f) => f.endsWith('.csv'));
  if (csvs.length > 0) {
    const kind = await csvKind(join(abs, csvs[0]!));
    if (kind === 'telecom') {
      const n = csvs.filter((f) => f.endsWith('.utf8.csv') || !csvs.includes(f.replace(/\.csv$/, '.utf8.csv'))).length;
      return [{ name, path: abs, fileCount: n, load: (o) => loadTelecomTexts(abs, o) }];
    }
    if (kind === 'sft') return [{ name, path: abs, fileCount: csvs.length, load: (o) => loadAntiFraudSft(abs, o) }];
  }
  const jsonl = files.filter((f) => f.endsWith('.jsonl'));
  if (jsonl.length > 0) return jsonl.map((f) => ({ name: stem(f), path: join(abs, f), fileCount: 1, load: (o: LoaderOptions) => loadJsonlCases(join(abs, f), o) }));
  throw new DatasetError(`${path}: not a known dataset (expected csv_dialogs/, *_dialogues-*.jsonl, label*.csv with content,label, or *.jsonl case files)`);
}

/** The playbooks' own whole-engine cases, one source per language. */
export function playbookSources(): Source[] {
  return (['zh', 'en'] as const).map((lang) => ({
    name: playbookSourceName(lang), path: `src/playbook/${lang}`, fileCount: 1, load: (o: LoaderOptions) => loadPlaybookCases(lang, o),
  }));
}

/**
 * `fanzha eval` with no paths: every dataset folder under the datasets root, data/cases/*.jsonl, the
 * playbook cases. When the datasets folder is the default one (../shared/datasets, no
 * FANZHA_DATASETS) and it is missing, as on a fresh clone, the run falls back to the project's own
 * cases and says so through `note`; a FANZHA_DATASETS that points nowhere is an error (DatasetError).
 */
export async function defaultSources(env: Record<string, string | undefined>, note: (message: string) => void = () => {}): Promise<Source[]> {
  const root = defaultDatasetsRoot(env);
  const sources: Source[] = [];
  if (await isDirectory(root)) {
    for (const entry of await listFiles(root)) {
      if (await isDirectory(join(root, entry))) sources.push(...(await resolveSources(join(root, entry))));
    }
  } else if (env.FANZHA_DATASETS) {
    throw new DatasetError(`datasets folder not found at ${root} (FANZHA_DATASETS points nowhere; unset it to use ../shared/datasets or the project's own cases)`);
  } else {
    note(`datasets folder not found at ${root}: measuring only the project's own cases (data/cases, the playbook cases); put the datasets there or set FANZHA_DATASETS for the full run`);
  }
  const cases = join(REPO_ROOT, 'data/cases');
  if (await isDirectory(cases)) sources.push(...(await resolveSources(cases)));
  sources.push(...playbookSources());
  return sources;
}
