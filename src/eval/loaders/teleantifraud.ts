/**
 * teleantifraud-matrix (Apache-2.0, the tuning source): jsonl, one dialogue a line. `left` is the
 * side that opens the call (scammer, or the service agent in the normal file), `right` the user;
 * turns alternate left[0], right[0], left[1], ... `fraud_type` names the scam or service scenario.
 * `tts_id` restarts per file, so a case id is `<file>:<line>`.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { EvalCase, EvalTurn } from '../case.ts';
import { lines, readTextChunks } from '../decode.ts';
import { clampTurns, DatasetError, listFiles, stem, type LoaderOptions } from './common.ts';

export const TELEANTIFRAUD = 'teleantifraud-matrix';
export const TELE_FILE = /^(fraud|normal)_dialogues-.*\.jsonl$/;

const RowSchema = z.object({
  left: z.array(z.string()).min(1),
  right: z.array(z.string()),
  fraud_type: z.string().min(1).max(100),
});

export function interleave(left: string[], right: string[]): EvalTurn[] {
  const turns: EvalTurn[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i];
    const r = right[i];
    if (l !== undefined && l.trim()) turns.push({ speaker: 'caller', text: l });
    if (r !== undefined && r.trim()) turns.push({ speaker: 'user', text: r });
  }
  return turns;
}

export async function* loadTeleAntiFraud(root: string, opts: LoaderOptions): AsyncGenerator<EvalCase> {
  const files = (await listFiles(root)).filter((f) => TELE_FILE.test(f));
  if (files.length === 0) throw new DatasetError(`${root}: no fraud_dialogues-*.jsonl / normal_dialogues-*.jsonl files`);
  for (const file of files) yield* loadTeleFile(join(root, file), opts);
}

export async function* loadTeleFile(path: string, opts: LoaderOptions): AsyncGenerator<EvalCase> {
  const fileStem = stem(path);
  const label = fileStem.startsWith('fraud_') ? 'scam' : 'legit';
  const { chunks } = await readTextChunks(path);
  let emitted = 0;
  for await (const { line, text, tooLong } of lines(chunks)) {
    if (opts.perFileLimit !== undefined && emitted >= opts.perFileLimit) break;
    if (tooLong) { opts.sink.issue({ file: path, line, message: 'line too long (over 4M characters), skipped' }); continue; }
    if (!text.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      opts.sink.issue({ file: path, line, message: 'not valid JSON' });
      continue;
    }
    const row = RowSchema.safeParse(raw);
    if (!row.success) {
      const first = row.error.issues[0];
      opts.sink.issue({ file: path, line, message: `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid row'}` });
      continue;
    }
    const { turns, clamped } = clampTurns(interleave(row.data.left, row.data.right));
    if (turns.length === 0) { opts.sink.issue({ file: path, line, message: 'no non-empty turns' }); continue; }
    if (clamped) opts.sink.issue({ file: path, line, message: "cut to the engine's input limits" });
    emitted++;
    yield {
      id: `${fileStem}:${line}`,
      source: TELEANTIFRAUD,
      category: row.data.fraud_type,
      label,
      channel: 'call',
      kind: 'dialogue',
      turns,
    };
  }
}
