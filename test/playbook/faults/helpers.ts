/** Shared shape of the per-fault-kind case sets (issue 8 §3): an input, what a user must see. */
import { beforeAll, expect, it } from 'vitest';
import { analyze, createEngine, type AnalyzeInput, type AnalyzeOptions, type AnalyzeResult } from '../../../src/index.ts';

export type Expect = 'safe' | 'suspicious' | 'scam' | 'not-safe' | 'at-most-suspicious';

export interface FaultCase {
  name: string;
  input: AnalyzeInput | string;
  expect: Expect;
  options?: AnalyzeOptions;
  /** Tactics that must be among the evidence (the kind is recognised, not just the verdict reached). */
  tactics?: string[];
}

export function why(r: AnalyzeResult): string {
  return `${r.verdict} ${r.risk} lang=${r.lang} [${r.tactics.map((t) => t.id).join(', ')}] {${r.composites.map((c) => c.id).join(', ')}}`;
}

export function expectVerdict(r: AnalyzeResult, want: Expect): void {
  if (want === 'not-safe') expect(r.verdict, why(r)).not.toBe('safe');
  else if (want === 'at-most-suspicious') expect(r.verdict, why(r)).not.toBe('scam');
  else expect(r.verdict, why(r)).toBe(want);
}

export function runCase(c: FaultCase): AnalyzeResult {
  const r = analyze(c.input, c.options ?? {});
  expectVerdict(r, c.expect);
  for (const id of c.tactics ?? []) expect(r.tactics.map((t) => t.id), why(r)).toContain(id);
  return r;
}

/** A text message, as the fault case sets write it. */
export const sms = (text: string) => ({ channel: 'sms' as const, text });
/** A pasted chat message. */
export const chat = (text: string) => ({ channel: 'chat' as const, text });
/** A call in which every line is the caller's. */
export const callerCall = (...lines: string[]) => ({ channel: 'call' as const, turns: lines.map((text) => ({ speaker: 'caller' as const, text })) });

let rulesOnly: AnalyzeOptions | undefined;
/** One `it` per case, each run with the text model and again with the rules alone (one shared rules-only engine). */
export function runWithAndWithoutModel(cases: readonly FaultCase[]): void {
  // Compile the playbooks, load the model and build the rules-only engine once, under the hook's longer timeout (60 s): on a
  // loaded machine (2 cores, load 15) the first case of a file run alone paid it all and passed vitest's 30 s test timeout.
  beforeAll(() => { analyze('预热', {}); analyze('预热', (rulesOnly ??= { engine: createEngine({ model: false }) })); });
  for (const c of cases) it(c.name, () => { runCase(c); runCase({ ...c, options: (rulesOnly ??= { engine: createEngine({ model: false }) }) }); });
}
