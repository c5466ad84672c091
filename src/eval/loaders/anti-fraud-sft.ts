/**
 * anti-fraud-sft (GPL-3.0, measurement only): `csv_dialogs/*.csv` with `case,speaker,content,is_fraud`,
 * one row per utterance. The file name is the scam category; `meeting_label_false.csv` holds real
 * analyst-call transcripts (legitimate). The source marks the scammer's fraudulent utterances
 * `is_fraud=True`: whoever speaks one is the caller. It does not mark extraction turns, so
 * `firstExtraction` is left out; the first `is_fraud=True` index is kept as `firstFraudTurn`.
 */
import { join } from 'node:path';
import type { EvalCase, EvalTurn } from '../case.ts';
import { csvRecords } from '../csv.ts';
import { readTextChunks } from '../decode.ts';
import { clampTurns, DatasetError, hasBadBytes, isDirectory, listFiles, stem, type LoaderOptions } from './common.ts';

export const ANTI_FRAUD_SFT = 'anti-fraud-sft';
const LEGIT_FILE = 'meeting_label_false';

interface Utterance { speaker: string; text: string; fraud: boolean }

/** `冒充客服诈骗(200)` -> `冒充客服诈骗`; quotes around 杀猪盘 dropped. */
export function sftCategory(fileStem: string): string {
  if (fileStem === LEGIT_FILE) return '会议录音(真实)';
  return fileStem.replace(/\(\d+\)$/, '').replace(/[“”"]/g, '').replace(/\s+/g, '');
}

/** The scammer side is whoever speaks an is_fraud turn; with none marked, whoever opens the dialogue. */
export function mapSpeakers(utterances: Utterance[], legit: boolean): EvalTurn[] {
  const fraudSpeakers = new Set(utterances.filter((u) => u.fraud).map((u) => u.speaker));
  const opener = utterances[0]?.speaker;
  return utterances.map((u) => {
    // In a conference call every voice is the far end: the person we protect is listening.
    const isCaller = legit ? true : fraudSpeakers.size > 0 ? fraudSpeakers.has(u.speaker) : u.speaker === opener;
    // The source's speaker names are the transcript's voice labels (发言人1, 李客服): how many people talk is form.
    return { speaker: isCaller ? 'caller' : 'user', text: u.text, ...(u.speaker !== '?' ? { voice: u.speaker.slice(0, 64) } : {}) };
  });
}

export async function* loadAntiFraudSft(root: string, opts: LoaderOptions): AsyncGenerator<EvalCase> {
  const dir = (await isDirectory(join(root, 'csv_dialogs'))) ? join(root, 'csv_dialogs') : root;
  const files = (await listFiles(dir)).filter((f) => f.endsWith('.csv'));
  if (files.length === 0) throw new DatasetError(`${root}: no csv_dialogs/*.csv files (is this anti-fraud-sft?)`);
  for (const file of files) yield* loadSftFile(join(dir, file), opts);
}

export async function* loadSftFile(path: string, opts: LoaderOptions): AsyncGenerator<EvalCase> {
  const fileStem = stem(path);
  const legit = fileStem === LEGIT_FILE;
  const category = sftCategory(fileStem);
  const { chunks } = await readTextChunks(path);
  // Rows of one case are contiguous in practice, but a few meeting ids recur: group by id per file.
  const byCase = new Map<string, Utterance[]>();
  let header = true;
  for await (const rec of csvRecords(chunks)) {
    if (header) {
      header = false;
      const h = rec.fields.map((f) => f.trim());
      if (h.join(',') !== 'case,speaker,content,is_fraud') {
        opts.sink.issue({ file: path, line: rec.line, message: `unexpected header "${h.join(',').slice(0, 80)}" (want case,speaker,content,is_fraud); file skipped` });
        return;
      }
      continue;
    }
    if (rec.error) { opts.sink.issue({ file: path, line: rec.line, message: rec.error }); continue; }
    if (rec.fields.length !== 4) {
      opts.sink.issue({ file: path, line: rec.line, message: `expected 4 fields, got ${rec.fields.length}` });
      continue;
    }
    const [caseId, speaker, content, isFraud] = rec.fields as [string, string, string, string];
    if (!caseId || !content.trim()) {
      opts.sink.issue({ file: path, line: rec.line, message: 'empty case id or content' });
      continue;
    }
    if (hasBadBytes(content)) opts.sink.issue({ file: path, line: rec.line, message: 'invalid bytes in text (kept, replaced by U+FFFD)' });
    let list = byCase.get(caseId);
    if (!list) { list = []; byCase.set(caseId, list); }
    list.push({ speaker: speaker.trim() || '?', text: content, fraud: isFraud.trim() === 'True' });
  }
  let emitted = 0;
  for (const [caseId, utterances] of byCase) {
    if (opts.perFileLimit !== undefined && emitted >= opts.perFileLimit) break;
    const { turns, clamped } = clampTurns(mapSpeakers(utterances, legit));
    if (clamped) opts.sink.issue({ file: path, message: `case ${caseId}: cut to the engine's input limits` });
    const c: EvalCase = {
      id: `${fileStem}:${caseId}`,
      source: ANTI_FRAUD_SFT,
      category,
      label: legit ? 'legit' : 'scam',
      channel: 'call',
      kind: 'dialogue',
      turns,
    };
    const firstFraud = utterances.findIndex((u) => u.fraud);
    if (!legit && firstFraud >= 0 && firstFraud < turns.length) c.firstFraudTurn = firstFraud;
    emitted++;
    yield c;
  }
}
