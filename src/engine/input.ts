/**
 * The CLI's and the API's input, in its three shapes: JSON (one text or a conversation),
 * `speaker: text` lines, or plain text. Everything is validated here, at the boundary.
 */
import { ConversationInputSchema, InputSchema, LIMITS, TextInputSchema, type AnalyzeInput, type AnalyzeResult, type Speaker, type TurnInput } from '../types.ts';
import { InputError } from '../session/session.ts';
import { MAX_LABEL, speakerOfLabel, voiceOfLabel } from './speakers.ts';
import { parseChatExport } from './chat-export.ts';

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

/**
 * Text that says nothing: white space, control and format characters only (the API's `meaningful`, src/server/schemas.ts,
 * read the same way). `fanzha check` and the eval loader refuse an input or a case whose every turn is such text, with the
 * "empty input" message, as the API answers `empty_input` (nc13-fp kind F5). One anchored character class: linear.
 */
const BLANK = /^[\s\p{Cc}\p{Cf}\p{Z}]*$/u;
export function isBlankText(text: string): boolean {
  return BLANK.test(text);
}
export const EMPTY_INPUT_MESSAGE = 'empty input: give a text, "speaker: text" lines, or JSON';

/**
 * Whether text that failed to parse as JSON was meant as JSON: its bracket is followed (after white
 * space) by what opens a JSON object's key or an array of objects, strings or arrays — `{"`, `{}`,
 * `[{`, `["`, `[[`, `[]` — or is all there is. A bracket followed by a word, a CJK tag, a number or a
 * placeholder (`[淘宝]`, `{退款通知}`, `[1] 第一条`, `[URL]`) opens a message. Looks at one character: linear.
 */
function meantAsJson(trimmed: string): boolean {
  const open = trimmed[0]!;
  let i = 1;
  while (i < trimmed.length && /\s/.test(trimmed[i]!)) i++;
  if (i === trimmed.length) return true;
  const next = trimmed[i]!;
  return open === '{' ? next === '"' || next === '}' : next === '{' || next === '[' || next === '"' || next === ']';
}

export function parseInput(raw: string): AnalyzeInput {
  if (Buffer.byteLength(raw, 'utf8') > LIMITS.maxInputBytes) {
    throw new InputError(`input is over ${LIMITS.maxInputBytes / 1024 / 1024} MB`);
  }
  if (looksBinary(raw)) throw new InputError('input looks binary (mostly control characters such as NUL): give text, e.g. a UTF-8 .txt export');
  const trimmed = raw.replace(CONTROL, ' ').trim();
  if (trimmed.length === 0) throw new InputError(EMPTY_INPUT_MESSAGE);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    let parsed = true;
    try {
      json = JSON.parse(trimmed);
    } catch (e) {
      // A pasted message may open with a bracket ('[淘宝] 您好…', '[图片]', '{退款通知}…'): it is text, not
      // broken JSON. Only text that opens the way JSON's input shapes do is refused as malformed (newcomer16 K1).
      if (meantAsJson(trimmed)) throw new InputError(`malformed JSON: ${(e as Error).message.split('\n')[0]}`);
      parsed = false;
    }
    // Valid JSON of the wrong shape still gets its schema error, naming the field.
    if (parsed) return validateInput(json);
  }
  // Any number of turns and any length under the 1 MB ceiling: the engine reads it all (readTurns).
  const turns = parseSpeakerLines(trimmed);
  if (turns) return { channel: 'call', turns };
  // A chat app's export, "name time" headers over what was said (newcomer16 K3): a chat, its turns with their sides.
  const exported = parseChatExport(trimmed);
  if (exported) return { channel: 'chat', turns: exported };
  return { channel: 'text', text: trimmed };
}

/** Characters after which a piece may end: a line or a sentence ends there. */
const PIECE_BREAK = new Set(['\n', '。', '！', '？', '!', '?', '；', ';']);
/** How far back from the limit a piece looks for a line or sentence end (bounded: linear overall). */
const BREAK_LOOKBACK = 1_000;

/** Where the piece of `text` starting at `from` ends: after a line or sentence end near the limit if there is one, never inside a surrogate pair. */
function pieceEnd(text: string, from: number, max: number): number {
  const limit = from + max;
  if (limit >= text.length) return text.length;
  for (let i = limit - 1; i > limit - BREAK_LOOKBACK && i > from; i--) if (PIECE_BREAK.has(text[i]!)) return i + 1;
  const c = text.charCodeAt(limit);
  return c >= 0xdc00 && c <= 0xdfff ? limit - 1 : limit;
}

/** A turn the engine reads, as a place in the input as given: the input's turn and the offset the piece starts at. */
export interface InputPiece { turn: number; from: number }

/**
 * The turns the engine reads, and where each sits in the input as given. Everything is read: a
 * text or turn over LIMITS.maxTurnChars (a live turn's limit) is read as consecutive pieces of the
 * same speaker, each ending at a line or sentence end when one is near the limit, so an ask at the
 * head of a long chat export is found as well as one at its end (newcomer11: reading only the end
 * let filler after a scam hide it). Linear: each character is read once, the look for a break is
 * bounded. `pieces` is null when no turn was split (turn k is the input's turn k).
 */
export function readTurns(input: AnalyzeInput): { turns: TurnInput[]; pieces: InputPiece[] | null } {
  const given: TurnInput[] = 'turns' in input ? input.turns : [{ speaker: 'unknown', text: input.text }];
  const max = LIMITS.maxTurnChars;
  if (given.every((t) => t.text.length <= max)) return { turns: given, pieces: null };
  const turns: TurnInput[] = [];
  const pieces: InputPiece[] = [];
  given.forEach((t, turn) => {
    if (t.text.length <= max) {
      turns.push(t);
      pieces.push({ turn, from: 0 });
      return;
    }
    for (let from = 0; from < t.text.length;) {
      const end = pieceEnd(t.text, from, max);
      // Decoded QR payloads go with the turn's first piece only, so each is read once.
      const { qr, ...rest } = t;
      turns.push({ ...rest, ...(from === 0 && qr ? { qr } : {}), text: t.text.slice(from, end) });
      pieces.push({ turn, from });
      from = end;
    }
  });
  return { turns, pieces };
}

/** A result read in pieces, told in the input as given: turn indexes and evidence offsets shifted back. */
export function placeInInput<R extends AnalyzeResult>(result: R, pieces: InputPiece[] | null): R {
  if (!pieces) return result;
  const tactics = result.tactics.map((t) => ({
    ...t,
    evidence: t.evidence.map((e) => {
      const at = pieces[e.turn] ?? { turn: e.turn, from: 0 };
      return { ...e, turn: at.turn, start: e.start + at.from, end: e.end + at.from };
    }),
  }));
  return { ...result, tactics, alertTurn: result.alertTurn === null ? null : pieces[result.alertTurn]?.turn ?? result.alertTurn };
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
