/**
 * Chat exports with "name time" header lines (a WeChat or QQ copy: `张三 2026/12/1 10:02`, then what
 * was said; or `2025-11-30 14:02:11 中国移动在线客服`): each header opens a turn of that name
 * (newcomer16 K3: read as one plain text, a chat the citizen opened read as a stranger's, scam 85,
 * where the same turns as `我：`/`客服：` lines read safe 0). Which side a name is, is data
 * (src/engine/speakers.ts: the speaker labels, and SERVICE_NAME_CUES for a shop's or a line's
 * account name); a name no data places is a voice (`unknown`, with the name as its voice label),
 * as a meeting transcript's `发言人1`. Linear: every line is looked at once, each look bounded.
 */
import type { Speaker, TurnInput } from '../types.ts';
import { serviceName, speakerOfLabel } from './speakers.ts';

/** A header line is short: a name and a time. Longer lines are text (and a failed look costs a bounded prefix). */
const MAX_HEADER = 64;
/** The longest account name read as one (WeChat allows 16 characters; a QQ name with its number in brackets a little more). */
const MAX_NAME = 32;

/**
 * The time of a header: an optional date (2025-11-30, 2026/12/1, 11-30, 2025年11月30日, 昨天, 星期三),
 * an optional part of day (上午, 下午…), then hh:mm[:ss] and an optional AM/PM. Bounded pieces only.
 */
const TIME = '(?:(?:\\d{4}[-/.年])?\\d{1,2}[-/.月]\\d{1,2}日?|昨天|前天|今天|星期[一二三四五六日天]|周[一二三四五六日天])?\\s{0,2}(?:上午|下午|中午|晚上|凌晨|早上)?\\s{0,2}\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp][Mm])?';
const NAME_THEN_TIME = new RegExp(`^(\\S.{0,${MAX_NAME - 1}}?)\\s{1,3}(${TIME})$`);
const TIME_THEN_NAME = new RegExp(`^(${TIME})\\s{1,3}(\\S.{0,${MAX_NAME - 1}})$`);
/** A name holds no clause punctuation: a line with it is said, not a header. */
const CLAUSE_MARK = /[，。！？；：,!?;:、]/;

/** The name of a header line, or null when the line is none. */
export function headerName(line: string): string | null {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_HEADER) return null;
  const first = NAME_THEN_TIME.exec(t);
  const m = first ?? TIME_THEN_NAME.exec(t);
  if (!m) return null;
  const name = (first ? m[1] : m[2])!.trim();
  if (name.length === 0 || CLAUSE_MARK.test(name) || /^[\d\s:/.-]+$/.test(name)) return null;
  return name;
}

/**
 * `name time` headers → turns; null when the text is not an export: its first line is a header,
 * at least two headers, each followed by what was said (a schedule's `开幕式 9:00` lines, one under
 * another, say nothing and are no export).
 */
export function parseChatExport(text: string): TurnInput[] | null {
  const lines = text.split(/\r?\n/);
  const said: { name: string; text: string[] }[] = [];
  for (const line of lines) {
    if (line.trim().length === 0) continue;
    const name = headerName(line);
    if (name !== null) {
      if (said.length > 0 && said[said.length - 1]!.text.length === 0) return null;
      said.push({ name, text: [] });
    } else if (said.length === 0) return null;
    else said[said.length - 1]!.text.push(line.trim());
  }
  if (said.length < 2 || said[said.length - 1]!.text.length === 0) return null;
  const side = sidesOf(said.map((s) => s.name));
  return said.map((s) => {
    const who = side.get(s.name)!;
    return { speaker: who, text: s.text.join('\n'), ...(who === 'unknown' ? { voice: s.name } : {}) };
  });
}

/**
 * Each name's side. A speaker label (我, 客服, me…) or a service account's name (…客服, …官方店, …银行)
 * places a name; in a chat of two names, one placed places the other. Names no data places are voices.
 */
function sidesOf(order: string[]): Map<string, Speaker> {
  const names = [...new Set(order)];
  const side = new Map<string, Speaker>();
  for (const n of names) {
    const label = speakerOfLabel(n);
    side.set(n, label ?? (serviceName(n) ? 'caller' : 'unknown'));
  }
  if (names.length === 2) {
    const [a, b] = names as [string, string];
    const sa = side.get(a)!, sb = side.get(b)!;
    if (sa !== 'unknown' && sb === 'unknown') side.set(b, sa === 'user' ? 'caller' : 'user');
    else if (sb !== 'unknown' && sa === 'unknown') side.set(a, sb === 'user' ? 'caller' : 'user');
  }
  // In a group export (three names or more) the names no data places stay voices: a group's several counterparts.
  return side;
}
