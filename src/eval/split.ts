/**
 * The development / test split inside each held-out source. A case is `dev` or `test` by a hash
 * of its TEXT (not its id), so the same message in two datasets (telecom-fraud-texts-8's label 3
 * contains -5's label 03) always falls on the same side. Misses may be read on `dev` to improve the
 * playbook; `test` is only ever counted, never read. teleantifraud-matrix is all `dev` (the
 * playbook is written on it), and so are the playbooks' own cases; the project's own held-out
 * files are all `test`.
 */
import { createHash } from 'node:crypto';
import type { EvalCase } from './case.ts';

export type Split = 'dev' | 'test';

export const DEV_ONLY_SOURCES = new Set(['teleantifraud-matrix', 'playbook-cases-zh', 'playbook-cases-en']);
export const TEST_ONLY_SOURCES = new Set(['heldout-zh', 'heldout-en']);

/** Every `heldout-*` case file of ours (data/cases/heldout-w5-legit-sms-zh.jsonl, …) is test-only, as documented. */
const isHeldOut = (source: string): boolean => TEST_ONLY_SOURCES.has(source) || source.startsWith('heldout-');

export function splitOf(c: Pick<EvalCase, 'source' | 'turns'>): Split {
  if (DEV_ONLY_SOURCES.has(c.source)) return 'dev';
  if (isHeldOut(c.source)) return 'test';
  const text = c.turns.map((t) => t.text.trim()).join('\n');
  return (createHash('sha1').update(text).digest()[0]! & 1) === 0 ? 'dev' : 'test';
}
