/**
 * telecom-fraud-texts-5 / -8 (GPL-3.0 + research-only, measurement only): csv `content,label`,
 * one message a row. Label 0 is a normal SMS; the others are scam classes, given as a number (-8)
 * or a class name (-5). `label04-last.csv` is GB18030; when a `X.utf8.csv` re-encoding sits beside
 * `X.csv`, only the UTF-8 copy is read so no row counts twice.
 */
import { basename, join } from 'node:path';
import { LIMITS } from '../../types.ts';
import type { EvalCase } from '../case.ts';
import { csvRecords } from '../csv.ts';
import { readTextChunks } from '../decode.ts';
import { DatasetError, hasBadBytes, listFiles, stem, type LoaderOptions } from './common.ts';

/** Class names for the numeric labels (inferred from content and the -5 version; the repo gives none). */
const NUMERIC_CLASSES: Record<string, string> = {
  '1': '冒充公检法',
  '2': '贷款/代办信用卡',
  '3': '冒充客服',
  '4': '冒充领导熟人',
  '5': '刷单返利',
  '6': '网络交友',
  '7': '游戏/虚拟物品交易',
};
/** The -5 set spells its class names; fold them onto the same names as -8 so categories line up. */
const NAMED_CLASSES: Record<string, string> = {
  冒充公检法及政府机关类: '冒充公检法',
  '贷款、代办信用卡类': '贷款/代办信用卡',
  冒充客服服务: '冒充客服',
  '冒充领导、熟人类': '冒充领导熟人',
};

export function telecomLabel(raw: string): { label: 'scam' | 'legit'; category: string } {
  const v = raw.trim();
  if (v === '0' || v === '00' || v === 'normal') return { label: 'legit', category: '正常短信' };
  const n = String(Number(v));
  return { label: 'scam', category: NUMERIC_CLASSES[n] ?? NAMED_CLASSES[v] ?? v };
}

export const TELECOM_FILE = /\.csv$/;

export async function* loadTelecomTexts(root: string, opts: LoaderOptions): AsyncGenerator<EvalCase> {
  const all = (await listFiles(root)).filter((f) => TELECOM_FILE.test(f));
  const files = all.filter((f) => !(f.endsWith('.csv') && !f.endsWith('.utf8.csv') && all.includes(f.replace(/\.csv$/, '.utf8.csv'))));
  if (files.length === 0) throw new DatasetError(`${root}: no label*.csv files (content,label)`);
  const source = basename(root);
  for (const file of files) yield* loadTelecomFile(join(root, file), source, opts);
}

export async function* loadTelecomFile(path: string, source: string, opts: LoaderOptions): AsyncGenerator<EvalCase> {
  const fileStem = stem(path);
  const { chunks } = await readTextChunks(path);
  let header = true;
  let emitted = 0;
  for await (const rec of csvRecords(chunks)) {
    if (header) {
      header = false;
      const h = rec.fields.map((f) => f.trim()).join(',');
      if (h !== 'content,label') {
        opts.sink.issue({ file: path, line: rec.line, message: `unexpected header "${h.slice(0, 80)}" (want content,label); file skipped` });
        return;
      }
      continue;
    }
    if (opts.perFileLimit !== undefined && emitted >= opts.perFileLimit) break;
    if (rec.error) { opts.sink.issue({ file: path, line: rec.line, message: rec.error }); continue; }
    if (rec.fields.length !== 2) {
      opts.sink.issue({ file: path, line: rec.line, message: `expected 2 fields, got ${rec.fields.length}` });
      continue;
    }
    const [content, rawLabel] = rec.fields as [string, string];
    if (!content.trim() || !rawLabel.trim()) {
      opts.sink.issue({ file: path, line: rec.line, message: 'empty content or label' });
      continue;
    }
    if (hasBadBytes(content)) opts.sink.issue({ file: path, line: rec.line, message: 'invalid bytes in text (kept, replaced by U+FFFD)' });
    const { label, category } = telecomLabel(rawLabel);
    emitted++;
    yield {
      id: `${fileStem}:${rec.line}`,
      source,
      category,
      label,
      channel: 'sms',
      kind: 'text',
      turns: [{ speaker: 'caller', text: content.slice(0, LIMITS.maxTurnChars) }],
    };
  }
}
