/**
 * The CLI's and the API's input, in its three shapes: JSON (one text or a conversation),
 * `speaker: text` lines, or plain text. Everything is validated here, at the boundary.
 */
import { ConversationInputSchema, InputSchema, LIMITS, TextInputSchema, type AnalyzeInput, type AnalyzeResult, type InputWindow, type Speaker, type TurnInput } from '../types.ts';
import { InputError } from '../session/session.ts';
import { MAX_LABEL, speakerOfLabel, voiceOfLabel } from './speakers.ts';

/**
 * `label: text` or `label：text`: a label of letters or CJK characters (inner spaces allowed, at
 * most MAX_LABEL characters, so a failed try costs a bounded prefix of the line), then the text.
 * Which labels count, and for which side, is data: src/engine/speakers.ts.
 */
const SPEAKER_LINE = new RegExp(`^\\s*([a-z\u4e00-\u9fff](?:[a-z0-9\u4e00-\u9fff ]{0,${MAX_LABEL - 2}}[a-z0-9\u4e00-\u9fff])?)\\s*[:：]\\s?(.*)$`, 'i');

/** A line's side, its text, and its voice label when the label is a meeting's voice (发言人1). */
function speakerOf(line: string): [Speaker, string, string?] | null {
  const m = SPEAKER_LINE.exec(line);
  if (!m) return null;
  const who = speakerOfLabel(m[1]!);
  if (who) return [who, m[2] ?? ''];
  const voice = voiceOfLabel(m[1]!);
  return voice ? ['unknown', m[2] ?? '', voice] : null;
}

/** `caller: …` / `user: …` lines → turns; null when the text is not in that shape. */
export function parseSpeakerLines(text: string): TurnInput[] | null {
  const lines = text.split(/\r?\n/);
  const first = lines.find((l) => l.trim().length > 0);
  if (first === undefined || !speakerOf(first)) return null;
  const turns: TurnInput[] = [];
  for (const line of lines) {
    if (line.trim().length === 0) continue;
    const sp = speakerOf(line);
    if (sp) turns.push({ speaker: sp[0], text: sp[1], ...(sp[2] !== undefined ? { voice: sp[2] } : {}) });
    else turns[turns.length - 1]!.text += `\n${line}`; // a continuation line belongs to the turn above
  }
  return turns.length >= 2 || lines.filter((l) => l.trim()).length === 1 ? turns : null;
}

/**
 * Control characters that are no text (C0 but tab, line feed and carriage return; DEL; C1): a
 * stray one (a NUL from a copy, a form feed from an export) is read as a space, so offsets stay
 * those of the original; an input made mostly of them is binary, and refused.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Binary, not text with a stray control character: at least 8 control characters and more than
 * one in four of all (a UTF-16 file read as UTF-8 is half NULs; a NUL or two in a message is a copy's).
 */
export function looksBinary(raw: string): boolean {
  let controls = 0;
  for (const _ of raw.matchAll(CONTROL)) controls++;
  return controls >= 8 && controls * 4 > raw.length;
}

export function parseInput(raw: string): AnalyzeInput {
  if (Buffer.byteLength(raw, 'utf8') > LIMITS.maxInputBytes) {
    throw new InputError(`input is over ${LIMITS.maxInputBytes / 1024 / 1024} MB`);
  }
  if (looksBinary(raw)) throw new InputError('input looks binary (mostly control characters such as NUL): give text, e.g. a UTF-8 .txt export');
  const trimmed = raw.replace(CONTROL, ' ').trim();
  if (trimmed.length === 0) throw new InputError('empty input: give a text, "speaker: text" lines, or JSON');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (e) {
      throw new InputError(`malformed JSON: ${(e as Error).message.split('\n')[0]}`);
    }
    return validateInput(json);
  }
  // Any number of turns and any length under the 1 MB ceiling: the engine reads the end (windowInput).
  const turns = parseSpeakerLines(trimmed);
  if (turns) return { channel: 'call', turns };
  return { channel: 'text', text: trimmed };
}

/** Where to start reading the last `max` characters of `text`: a line start near the cut if there is one, never inside a surrogate pair. */
function cutFrom(text: string, max: number): number {
  let from = text.length - max;
  const nl = text.indexOf('\n', from);
  if (nl >= 0 && nl - from < 1_000) return nl + 1;
  const c = text.charCodeAt(from);
  if (c >= 0xdc00 && c <= 0xdfff) from++;
  return from;
}

/**
 * The part of an input the engine reads: the last LIMITS.maxTurns turns and, of a text or turn
 * over LIMITS.maxTurnChars characters, its end (from a line start when one is near the cut). A
 * long chat export ends with the ask, so its end is what to read; the reading stays linear in
 * what is read. `window` is null when everything is read.
 */
export function windowInput(input: AnalyzeInput): { input: AnalyzeInput; window: InputWindow | null } {
  const max = LIMITS.maxTurnChars;
  if ('text' in input) {
    if (input.text.length <= max) return { input, window: null };
    const from = cutFrom(input.text, max);
    return { input: { ...input, text: input.text.slice(from) }, window: { turns: 1, fromTurn: 0, cut: [{ turn: 0, from }], skippedChars: from } };
  }
  const turns = input.turns;
  const fromTurn = Math.max(0, turns.length - LIMITS.maxTurns);
  let skippedChars = 0;
  for (let i = 0; i < fromTurn; i++) skippedChars += turns[i]!.text.length;
  const cut: InputWindow['cut'] = [];
  const kept = turns.slice(fromTurn).map((t, k) => {
    if (t.text.length <= max) return t;
    const from = cutFrom(t.text, max);
    cut.push({ turn: fromTurn + k, from });
    skippedChars += from;
    return { ...t, text: t.text.slice(from) };
  });
  if (fromTurn === 0 && cut.length === 0) return { input, window: null };
  return { input: { ...input, turns: kept }, window: { turns: turns.length, fromTurn, cut, skippedChars } };
}

/** A result read on a window, told in the input as given: turn indexes and evidence offsets shifted back, `truncated` set. */
export function unwindow<R extends AnalyzeResult>(result: R, window: InputWindow | null): R {
  if (!window) return result;
  const cutAt = new Map(window.cut.map((c) => [c.turn, c.from]));
  const tactics = result.tactics.map((t) => ({
    ...t,
    evidence: t.evidence.map((e) => {
      const turn = e.turn + window.fromTurn;
      const shift = cutAt.get(turn) ?? 0;
      return { ...e, turn, start: e.start + shift, end: e.end + shift };
    }),
  }));
  return { ...result, tactics, alertTurn: result.alertTurn === null ? null : result.alertTurn + window.fromTurn, truncated: window };
}

export function validateInput(json: unknown): AnalyzeInput {
  const r = InputSchema.safeParse(json);
  if (r.success) return r.data;
  // Re-check against the branch the input meant, so the error names the field that is wrong.
  const meant = json !== null && typeof json === 'object' && 'turns' in json ? ConversationInputSchema : TextInputSchema;
  const branch = meant.safeParse(json);
  const issue = branch.success ? r.error.issues[0] : branch.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new InputError(`invalid input${where}: expected {"channel":"sms","text":"…"} or {"channel":"call","turns":[{"speaker":"caller","text":"…"}]} (${issue?.message ?? 'bad shape'})`);
}
