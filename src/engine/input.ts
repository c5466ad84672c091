/**
 * The CLI's and the API's input, in its three shapes: JSON (one text or a conversation),
 * `speaker: text` lines, or plain text. Everything is validated here, at the boundary.
 */
import { ConversationInputSchema, InputSchema, LIMITS, TextInputSchema, type AnalyzeInput, type Speaker, type TurnInput } from '../types.ts';
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

export function parseInput(raw: string): AnalyzeInput {
  if (Buffer.byteLength(raw, 'utf8') > LIMITS.maxInputBytes) {
    throw new InputError(`input is over ${LIMITS.maxInputBytes / 1024 / 1024} MB`);
  }
  const trimmed = raw.trim();
  if (trimmed.length === 0) throw new InputError('empty input: give a text, "speaker: text" lines, or JSON');
  if (raw.includes('\u0000')) throw new InputError('input looks binary (it contains NUL bytes)');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (e) {
      throw new InputError(`malformed JSON: ${(e as Error).message.split('\n')[0]}`);
    }
    return validateInput(json);
  }
  const turns = parseSpeakerLines(trimmed);
  if (turns && turns.length > LIMITS.maxTurns) throw new InputError(`too many turns (over ${LIMITS.maxTurns})`);
  if (turns) return { channel: 'call', turns };
  if (trimmed.length > LIMITS.maxTurnChars) throw new InputError(`text is over ${LIMITS.maxTurnChars} characters`);
  return { channel: 'text', text: trimmed };
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
