/**
 * The evaluation's unit: one labelled case (an SMS or a dialogue) from any source, and the
 * generic JSONL format the project's own hand-written case sets use.
 */
import { z } from 'zod';
import { ChannelSchema, LIMITS, type Channel } from '../types.ts';

export type CaseLabel = 'scam' | 'legit';
export type CaseSpeaker = 'caller' | 'user' | 'unknown';

export interface EvalTurn {
  speaker: CaseSpeaker;
  text: string;
}

export interface EvalCase {
  id: string;
  /** Source name: a dataset folder name (e.g. `teleantifraud-matrix`) or a case file's base name. */
  source: string;
  /** Scam kind or legitimate scenario, as the source names it. */
  category: string;
  label: CaseLabel;
  channel: Channel;
  /** `text`: one message, analysed as `{channel, text}`; `dialogue`: analysed as `{channel, turns}`. */
  kind: 'text' | 'dialogue';
  turns: EvalTurn[];
  /** Index of the turn that first asks for money, a code, card data, a loan or a screen share. */
  firstExtraction?: number;
  /** anti-fraud-sft only: index of the first utterance the source marks `is_fraud=True`. */
  firstFraudTurn?: number;
}

/** A row or line a loader could not use: counted and reported, never fatal. */
export interface LoadIssue {
  file: string;
  /** 1-based line (or CSV record) number, when known. */
  line?: number;
  message: string;
}

export interface LoadSink {
  issue(issue: LoadIssue): void;
}

const idSchema = z.string().min(1).max(200);
const labelSchema = z.enum(['scam', 'legit']);
const categorySchema = z.string().min(1).max(100).optional();

export const JsonlTextCaseSchema = z.object({
  id: idSchema,
  label: labelSchema,
  channel: ChannelSchema.default('sms'),
  category: categorySchema,
  text: z.string().min(1).max(LIMITS.maxTurnChars),
}).strict();

export const JsonlDialogueCaseSchema = z.object({
  id: idSchema,
  label: labelSchema,
  channel: ChannelSchema.default('call'),
  category: categorySchema,
  turns: z.array(z.object({
    speaker: z.enum(['caller', 'user']),
    text: z.string().max(LIMITS.maxTurnChars),
  }).strict()).min(1).max(LIMITS.maxTurns),
  firstExtraction: z.number().int().min(0).optional(),
}).strict().refine(
  (c) => c.firstExtraction === undefined || c.firstExtraction < c.turns.length,
  { message: 'firstExtraction must be the index of one of the turns', path: ['firstExtraction'] },
).refine(
  (c) => c.firstExtraction === undefined || c.label === 'scam',
  { message: 'firstExtraction only makes sense on a scam case', path: ['firstExtraction'] },
);

/** Parses one JSONL line; throws an Error with a one-line message naming the bad field. */
export function parseJsonlCase(line: string, source: string): EvalCase {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
  const isDialogue = typeof raw === 'object' && raw !== null && 'turns' in raw;
  const parsed = isDialogue ? JsonlDialogueCaseSchema.safeParse(raw) : JsonlTextCaseSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? first.path.join('.') + ': ' : '';
    throw new Error(`${where}${first?.message ?? 'invalid case'}`);
  }
  const c = parsed.data;
  const category = c.category ?? (c.label === 'scam' ? 'scam' : 'legit');
  if ('text' in c) {
    return { id: c.id, source, category, label: c.label, channel: c.channel, kind: 'text', turns: [{ speaker: 'caller', text: c.text }] };
  }
  const out: EvalCase = { id: c.id, source, category, label: c.label, channel: c.channel, kind: 'dialogue', turns: c.turns };
  if (c.firstExtraction !== undefined) out.firstExtraction = c.firstExtraction;
  return out;
}
