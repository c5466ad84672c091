/** The project's generic case format: one JSON case a line (see EVALUATION.md and src/eval/case.ts). */
import type { EvalCase } from '../case.ts';
import { parseJsonlCase } from '../case.ts';
import { lines, readTextChunks } from '../decode.ts';
import { stem, type LoaderOptions } from './common.ts';

export async function* loadJsonlCases(path: string, opts: LoaderOptions, source = stem(path)): AsyncGenerator<EvalCase> {
  const { chunks } = await readTextChunks(path);
  const seen = new Set<string>();
  let emitted = 0;
  for await (const { line, text, tooLong } of lines(chunks)) {
    if (opts.perFileLimit !== undefined && emitted >= opts.perFileLimit) break;
    if (tooLong) { opts.sink.issue({ file: path, line, message: 'line too long (over 4M characters), skipped' }); continue; }
    if (!text.trim()) continue;
    let c: EvalCase;
    try {
      c = parseJsonlCase(text, source);
    } catch (err) {
      opts.sink.issue({ file: path, line, message: (err as Error).message });
      continue;
    }
    if (seen.has(c.id)) {
      opts.sink.issue({ file: path, line, message: `duplicate id "${c.id}"` });
      continue;
    }
    seen.add(c.id);
    emitted++;
    yield c;
  }
}
