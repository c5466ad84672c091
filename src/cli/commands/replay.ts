/** `fanzha replay FILE`: a conversation fed turn by turn, the risk rising as a live call would see it. */
import { createSession, parseInput, readTurns, InputError } from '../../index.ts';
import { CliError, EXIT, type Command } from '../command.ts';
import { parseArgs, readFileText, readStdin } from '../read.ts';
import { channelFlag, engineFlag, initiatorFlag, inputLang, outputLang, withFlags } from './check.ts';
import { stageName } from '../render.ts';
import { clean } from '../../checks/cli.ts';

const bar = (risk: number): string => '█'.repeat(Math.round(risk / 5)).padEnd(20, '·');

/** " · warn from turn 3, block from turn 5" / " · block from turn 3" (1-based), or "" when neither was reached. */
export function escalation(warnTurn: number | null, blockTurn: number | null): string {
  if (warnTurn === null) return '';
  if (blockTurn === warnTurn) return ` · block from turn ${blockTurn + 1}`;
  return ` · warn from turn ${warnTurn + 1}${blockTurn !== null ? `, block from turn ${blockTurn + 1}` : ''}`;
}

export const command: Command = {
  name: 'replay',
  summary: 'replay a conversation turn by turn and show the risk rising',
  usage: `fanzha replay FILE | --file F | - [--json] [--lang zh|en] [--input-lang zh|en|auto]
             [--channel sms|chat|call|text] [--initiator user|counterpart] [--model | --no-model] [--no-color]
  FILE (or --file F, or - / no FILE for standard input) holds "caller: …"/"user: …" lines or the
  JSON conversation shape; the flags mean what they mean for fanzha check. A conversation over
  2,000 turns is replayed from its last 2,000 (a turn over 20,000 characters: its end), and says so.
  Size:  up to 1 MB (1,048,576 bytes of UTF-8: about 349,000 Chinese or 1,048,576 Latin
         characters); over that is refused (exit 2).
  Exit: 0 ended safe, 1 ended suspicious or scam, 2 bad input, 3 file not readable.`,
  async run(args, io) {
    const { flags, options, positional } = parseArgs(args, { flags: ['json', 'no-color', 'model', 'no-model'], options: ['file', 'lang', 'input-lang', 'channel', 'initiator'] });
    if (positional.length > 1 || (positional.length === 1 && options.has('file'))) throw new CliError('usage: fanzha replay FILE (one file, or --file F, or standard input)');
    const engine = engineFlag(flags);
    const readAs = inputLang(options.get('input-lang'));
    const channel = channelFlag(options.get('channel'));
    const initiator = initiatorFlag(options.get('initiator'));
    const path = options.get('file') ?? positional[0];
    if ((path === undefined || path === '-') && io.stdin.isTTY) throw new CliError('usage: fanzha replay FILE (or pipe the conversation in)');
    let given;
    try {
      given = withFlags(parseInput(path === undefined || path === '-' ? await readStdin(io) : await readFileText(path)), channel, initiator);
    } catch (e) {
      if (e instanceof InputError) throw new CliError(e.message);
      throw e;
    }
    // Everything is replayed; a turn over the live limit in pieces, numbered as the file's turn.
    const input = given;
    const { turns, pieces } = readTurns(input);
    const turnOf = (k: number): number => pieces?.[k]?.turn ?? k;
    const lang = outputLang(options.get('lang')) ?? input.lang;
    const read = readAs ?? input.inputLang;
    const session = createSession({
      ...(lang ? { outputLang: lang } : {}), channel: input.channel ?? 'call', ...(read ? { inputLang: read } : {}),
      ...(input.initiator ? { initiator: input.initiator } : {}),
    }, engine);
    const rows: object[] = [];
    let seen = new Set<string>();
    let last = session.state();
    // First turns at warn and at block (0-based), from each turn's level: the summary says both, so
    // a call that went straight to block does not read "warn at turn 3".
    let warnTurn: number | null = null;
    let blockTurn: number | null = null;
    for (const [k, turn] of turns.entries()) {
      const i = turnOf(k);
      const { state, alert } = session.push(turn);
      const added = state.tactics.map((t) => t.id).filter((id) => !seen.has(id));
      seen = new Set(state.tactics.map((t) => t.id));
      last = state;
      if (warnTurn === null && (state.level === 'warn' || state.level === 'block')) warnTurn = i;
      if (blockTurn === null && state.level === 'block') blockTurn = i;
      if (flags.has('json')) {
        rows.push({ turn: i, speaker: turn.speaker ?? 'unknown', risk: state.risk, level: state.level, verdict: state.verdict, added, alert: alert?.level ?? null });
        continue;
      }
      const who = (turn.speaker ?? 'unknown').padEnd(7);
      const text = clean(turn.text.replace(/[\u0000-\u001f\u007f]/g, ' '));
      io.stdout.write(`${String(i + 1).padStart(3)} ${who} ${bar(state.risk)} ${String(state.risk).padStart(3)} ${state.level.padEnd(5)}${alert ? ` ▲ ${alert.level.toUpperCase()}` : ''}  ${text.length > 40 ? text.slice(0, 40) + '…' : text}\n`);
      if (added.length) io.stdout.write(`${' '.repeat(12)}+ ${added.join(', ')}\n`);
    }
    const alertTurn = last.alertTurn === null ? null : turnOf(last.alertTurn);
    if (flags.has('json')) io.stdout.write(JSON.stringify({ turns: rows, verdict: last.verdict, risk: last.risk, level: last.level, alertTurn, warnTurn, blockTurn}) + '\n');
    else io.stdout.write(`\n${last.verdict} · risk ${last.risk} · level ${last.level} · ${stageName(last.stage, lang ?? last.lang)}${escalation(warnTurn, blockTurn)}\n`);
    return last.verdict === 'safe' ? EXIT.ok : EXIT.flagged;
  },
};
