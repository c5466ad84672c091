/**
 * The evaluation's unit: one labelled case (an SMS or a dialogue) from any source, and the
 * generic JSONL format the project's own hand-written case sets use.
 */
import { z } from 'zod';
import { speakerOfLabel } from '../engine/speakers.ts';
import { EMPTY_INPUT_MESSAGE, isBlankText } from '../engine/input.ts';
import { ChannelSchema, LIMITS, TurnSchema, type Channel } from '../types.ts';

export type CaseLabel = 'scam' | 'legit';
export type CaseSpeaker = 'caller' | 'user' | 'unknown';

export interface EvalTurn {
  speaker: CaseSpeaker;
  text: string;
  /** The source's label for who spoke (发言人1, 李客服), when it has one: passed to the engine as the turn's `voice`. */
  voice?: string;
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
  /**
   * JSONL case files only: the line's keys the format does not define (e.g. `source`, `note`),
   * kept as they were so `fanzha eval --json` can print them beside the case's answer.
   */
  meta?: Record<string, unknown>;
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

/**
 * A case that says nothing (its text, or every turn, white space or invisible characters only: src/engine/input.ts
 * isBlankText) is refused as `fanzha check` and the API refuse such input, a load issue with the check's message, not read
 * `safe` and counted among the legitimate texts (nc13-fp kind F5).
 */
const BLANK_MESSAGE = `${EMPTY_INPUT_MESSAGE} (this one is white space only)`;

export const JsonlTextCaseSchema = z.object({
  id: idSchema,
  label: labelSchema,
  channel: ChannelSchema.default('sms'),
  category: categorySchema,
  text: z.string().min(1).max(LIMITS.maxTurnChars).refine((t) => !isBlankText(t), { message: BLANK_MESSAGE }),
});

export const JsonlDialogueCaseSchema = z.object({
  id: idSchema,
  label: labelSchema,
  channel: ChannelSchema.default('call'),
  category: categorySchema,
  // The engine's own turn (src/types.ts TurnSchema, what `fanzha check` and the API accept): a meeting's
  // turn is `{"speaker":"unknown","voice":"发言人1",…}` here as there (README), one schema for both.
  turns: z.array(TurnSchema.extend({
    /** The same as `voice` (some case files name the speaker so). */
    name: z.string().min(1).max(64).optional(),
  })).min(1).max(LIMITS.maxTurns),
  firstExtraction: z.number().int().min(0).optional(),
}).refine(
  (c) => c.turns.some((t) => !isBlankText(t.text) || (t.qr?.length ?? 0) > 0),
  { message: BLANK_MESSAGE, path: ['turns'] },
).refine(
  (c) => c.firstExtraction === undefined || c.firstExtraction < c.turns.length,
  { message: 'firstExtraction must be the index of one of the turns', path: ['firstExtraction'] },
).refine(
  (c) => c.firstExtraction === undefined || c.label === 'scam',
  { message: 'firstExtraction only makes sense on a scam case', path: ['firstExtraction'] },
);

/** Keys the case format defines; any other key on a line is metadata (zod strips it from the case). */
const KNOWN_KEYS = new Set(['id', 'label', 'channel', 'category', 'text', 'turns', 'firstExtraction']);

/** Bounds metadata per case, so a file of huge notes cannot blow up a `--json` report. */
const MAX_META_KEYS = 20;

function metaOf(raw: object): Record<string, unknown> | undefined {
  let meta: Record<string, unknown> | undefined;
  let n = 0;
  for (const [k, v] of Object.entries(raw)) {
    if (KNOWN_KEYS.has(k)) continue;
    if (n++ >= MAX_META_KEYS) break;
    (meta ??= {})[k] = v;
  }
  return meta;
}

/** Whether the line's turn `i` says its speaker (zod's default hides an absent one). */
function hasSpeaker(rawTurns: unknown, i: number): boolean {
  const t = Array.isArray(rawTurns) ? rawTurns[i] : undefined;
  return typeof t === 'object' && t !== null && 'speaker' in t;
}

/**
 * Parses one JSONL line; throws an Error with a one-line message naming the bad field. Keys the
 * format does not define (a case file's `source`, `note`, `tactic`…) are not errors: they are kept
 * in `meta`. Unknown keys inside a turn are ignored.
 */
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
  const rawTurns = isDialogue ? (raw as { turns: unknown }).turns : undefined;
  const category = c.category ?? (c.label === 'scam' ? 'scam' : 'legit');
  const meta = metaOf(raw as object);
  const out: EvalCase = 'text' in c
    ? { id: c.id, source, category, label: c.label, channel: c.channel, kind: 'text', turns: [{ speaker: 'caller', text: c.text }] }
    : { id: c.id, source, category, label: c.label, channel: c.channel, kind: 'dialogue', turns: c.turns.map((t, i) => {
        const voice = t.voice ?? t.name;
        // A turn without `speaker` whose label names a side (`"name":"客服"`, `"name":"我"`: src/engine/speakers.ts,
        // as `fanzha check` reads "客服：…" lines) is that side's turn, not a meeting's voice; any other label
        // (周行长, 发言人2) is the turn's voice and its speaker stays `unknown`.
        const side = voice !== undefined && !hasSpeaker(rawTurns, i) ? speakerOfLabel(voice) : null;
        if (side !== null) return { speaker: side, text: t.text };
        return { speaker: t.speaker, text: t.text, ...(voice !== undefined ? { voice } : {}) };
      }) };
  if ('firstExtraction' in c && c.firstExtraction !== undefined) out.firstExtraction = c.firstExtraction;
  if (meta) out.meta = meta;
  return out;
}
