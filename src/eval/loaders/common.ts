import { readdir, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { LIMITS } from '../../types.ts';
import type { EvalTurn, LoadSink } from '../case.ts';
import { REPLACEMENT_CHAR } from '../decode.ts';

export interface LoaderOptions {
  sink: LoadSink;
  /** At most this many cases from each file of the source (spreads a `--limit` over the source's files). */
  perFileLimit?: number;
}

/** A problem with a dataset folder as a whole: reported as one line, exit code 3. */
export class DatasetError extends Error {}

export async function listFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new DatasetError(`${dir}: folder not found or not readable`);
  }
  return names.sort((a, b) => a.localeCompare(b));
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export const stem = (file: string): string => basename(file, extname(file));

/** Keeps a case inside the engine's input limits; returns whether anything was cut. */
export function clampTurns(turns: EvalTurn[]): { turns: EvalTurn[]; clamped: boolean } {
  let clamped = turns.length > LIMITS.maxTurns;
  const kept = turns.slice(0, LIMITS.maxTurns).map((t) => {
    if (t.text.length <= LIMITS.maxTurnChars) return t;
    clamped = true;
    return { ...t, text: t.text.slice(0, LIMITS.maxTurnChars) };
  });
  return { turns: kept, clamped };
}

export const hasBadBytes = (s: string): boolean => s.includes(REPLACEMENT_CHAR);
