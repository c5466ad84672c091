/** `fanzha check [TEXT]`: one text, a conversation, or JSON; from an argument, a file or stdin. */
import { createInterface } from 'node:readline';
import { stat } from 'node:fs/promises';
import { analyze, createEngine, EMPTY_INPUT_MESSAGE, inputTurns, isBlankText, parseInput, InputError, type AnalyzeResult, type Engine } from '../../index.ts';
import { modelAvailable } from '../../model/signal.ts';
import { ChannelSchema, InitiatorSchema, InputLangSchema, LangSchema, type AnalyzeInput, type Channel, type Initiator, type InputLang, type Lang } from '../../types.ts';
import { CliError, EXIT, type CliIO, type Command } from '../command.ts';
import { parseArgs, readFileText, readStdin } from '../read.ts';
import { renderResult } from '../render.ts';

/** The `--json` shape promised in the README. */
export function toJson(r: AnalyzeResult): object {
  return {
    verdict: r.verdict, risk: r.risk, stage: r.stage, level: r.level, lang: r.lang,
    tactics: r.tactics.map((t) => ({ id: t.id, stage: t.stage, weight: t.weight, ...(t.component ? { component: true } : {}), description: t.description, ...(t.detail ? { detail: t.detail } : {}), evidence: t.evidence })),
    composites: r.composites.map((c) => c.id),
    advice: r.advice, alertTurn: r.alertTurn,
  };
}

/** `--lang`; without it, answers come in the language of the input. */
export function outputLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  const r = LangSchema.safeParse(value);
  if (!r.success) throw new CliError(`--lang must be zh or en, not "${value}"`);
  return r.data;
}

/** `--input-lang`: the playbook that reads the input (zh, en, or auto: per turn, both for a mixed one). */
export function inputLang(value: string | undefined): InputLang | undefined {
  if (value === undefined) return undefined;
  const r = InputLangSchema.safeParse(value);
  if (!r.success) throw new CliError(`--input-lang must be zh, en or auto, not "${value}"`);
  return r.data;
}

/** `--channel`: what the input is (sms, chat, call, text); over the JSON's own field. */
export function channelFlag(value: string | undefined): Channel | undefined {
  if (value === undefined) return undefined;
  const r = ChannelSchema.safeParse(value);
  if (!r.success) throw new CliError(`--channel must be sms, chat, call or text, not "${value}"`);
  return r.data;
}

/** `--initiator`: who started the conversation (user: the citizen opened the chat; counterpart: they were contacted). */
export function initiatorFlag(value: string | undefined): Initiator | undefined {
  if (value === undefined) return undefined;
  const r = InitiatorSchema.safeParse(value);
  if (!r.success) throw new CliError(`--initiator must be user or counterpart, not "${value}"`);
  return r.data;
}

/** The parsed input with the command line's `--channel` / `--initiator` over its own fields. */
export function withFlags(input: AnalyzeInput, channel: Channel | undefined, initiator: Initiator | undefined): AnalyzeInput {
  return { ...input, ...(channel ? { channel } : {}), ...(initiator ? { initiator } : {}) };
}

/**
 * `--model` / `--no-model`, as `fanzha eval` reads them: the engine with the text classifier forced
 * on or off; undefined (the shipped engine) without either. Both at once is a usage error.
 */
export function engineFlag(flags: ReadonlySet<string>): Engine | undefined {
  if (flags.has('model') && flags.has('no-model')) throw new CliError('give --model or --no-model, not both');
  if (flags.has('model')) {
    if (!modelAvailable) throw new CliError('--model: no trained weights (run npm run train)', EXIT.failure);
    return createEngine({ model: true });
  }
  return flags.has('no-model') ? createEngine({ model: false }) : undefined;
}

function analyzeOrThrow(input: AnalyzeInput, lang: Lang | undefined, readAs?: InputLang, engine?: Engine): AnalyzeResult {
  try {
    return analyze(input, { ...(lang ? { lang } : {}), ...(readAs ? { inputLang: readAs } : {}), ...(engine ? { engine } : {}) });
  } catch (e) {
    if (e instanceof InputError) throw new CliError(e.message);
    throw e;
  }
}

function parseOrThrow(raw: string): AnalyzeInput {
  try {
    const input = parseInput(raw);
    // JSON whose text, or every turn, is white space says nothing either: refused as plain text is (and as the API's
    // empty_input), not answered "safe" (nc13-fp kind F5).
    if (inputTurns(input).every((t) => isBlankText(t.text) && (t.qr?.length ?? 0) === 0)) throw new InputError(EMPTY_INPUT_MESSAGE);
    return input;
  } catch (e) {
    if (e instanceof InputError) throw new CliError(e.message);
    throw e;
  }
}

/** Endings of the files people keep chats and exports in: a lone argument ending in one is a path, not a message. */
const FILE_ENDINGS = /\.(?:txt|json|jsonl|csv|tsv|log|md)$/i;
const HAS_CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The one argument given as TEXT that is a file's path, not a message (surface17: `fanzha check docs/tour/call.txt`
 * checked the words "docs/tour/call.txt" and said safe 0, exit 0, while the help promises TEXT is the message and
 * the file goes in --file or `fanzha replay`): a regular file of that name exists, or it ends in a file ending
 * (.txt, .json, .jsonl, .csv…) with no Chinese and no space in it and is no link (no "://", and no dot before its
 * first "/": evil.top/a.json is a link). Null when it reads as a message.
 */
export async function pathInsteadOfText(arg: string): Promise<string | null> {
  if (arg.length === 0 || arg.length > 4096 || /\s/.test(arg) || HAS_CJK.test(arg)) return null;
  const exists = await stat(arg).then((s) => s.isFile(), () => false);
  if (exists) return 'names a file';
  if (!FILE_ENDINGS.test(arg) || arg.includes('://') || /^www\./i.test(arg)) return null;
  const slash = arg.indexOf('/');
  if (slash > 0 && arg.slice(0, slash).includes('.') && !/^\.\.?$/.test(arg.slice(0, slash))) return null;
  return 'looks like a file path';
}

/** `npm start` before the service existed, and `fanzha check` on a terminal: paste, empty line, verdict. */
async function interactive(io: CliIO, requested: Lang | undefined, readAs: InputLang | undefined, colour: boolean, channel?: Channel, initiator?: Initiator, engine?: Engine): Promise<number> {
  const lang = requested ?? 'zh';
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: false });
  const prompt = lang === 'zh' ? '粘贴短信、聊天或通话记录（可用“客服：…”“我：…”分行），空行开始检查，Ctrl-D 退出：\n' : 'Paste a message or a conversation ("caller: …" / "user: …" lines); an empty line checks it; Ctrl-D quits:\n';
  io.stdout.write(prompt);
  let buffer: string[] = [];
  for await (const line of rl) {
    if (line.trim() !== '') { buffer.push(line); continue; }
    if (buffer.length === 0) continue;
    try {
      const input = withFlags(parseOrThrow(buffer.join('\n')), channel, initiator);
      const result = analyzeOrThrow(input, requested, readAs, engine);
      io.stdout.write(renderResult(result, inputTurns(input), requested ?? input.lang ?? result.lang, colour) + '\n' + prompt);
    } catch (e) {
      io.stderr.write(`fanzha: ${(e as Error).message}\n`);
    }
    buffer = [];
  }
  return EXIT.ok;
}

export const command: Command = {
  name: 'check',
  summary: 'check a message, chat or call transcript for the refund scam',
  usage: `fanzha check [TEXT] [--file F] [--channel sms|chat|call|text] [--initiator user|counterpart]
             [--json] [--lang zh|en] [--input-lang zh|en|auto] [--model | --no-model] [--no-color]
  Input: TEXT, or --file F, or standard input (--file - or none): plain text, "caller: …"/"user: …" lines, or JSON
  {"channel":"sms","text":"…"} / {"channel":"call","turns":[{"speaker":"caller","text":"…"}]}
  (optional JSON fields: "lang", "inputLang", "initiator": "user"|"counterpart").
  A lone TEXT that names a file, or looks like a path (ends .txt/.json/.jsonl/.csv…), is refused
  with a hint (exit 2): a file is read with --file F (a call turn by turn: fanzha replay F).
  --channel     what the input is: sms, chat, call or text (default: text for a plain text, call
                for "caller: …" lines, or the JSON's "channel")
  --initiator   who started it: user (you opened the chat, e.g. in the shop's app) or counterpart
                (they called, texted or wrote first). Default: SMS and calls are the counterpart's;
                a chat is whoever spoke first
  --lang        the language of the answer (default: the input's)
  --input-lang  the playbook that reads the input (default auto: per turn, from the words people read
                rather than links or codes; a turn mixing Chinese and English is read by both)
  --model       fuse the text classifier (signal contact.model) whatever the default, as \`fanzha eval --model\`
  --no-model    rules only, as \`fanzha eval --no-model\`
  Size:  all of it is read, up to 1 MB (1,048,576 bytes of UTF-8: about 349,000 Chinese or
         1,048,576 Latin characters); over that is refused (exit 2).
  Exit: 0 safe, 1 suspicious or scam, 2 bad input, 3 file not readable.`,
  async run(args, io) {
    const { flags, options, positional } = parseArgs(args, { flags: ['json', 'no-color', 'interactive', 'model', 'no-model'], options: ['file', 'lang', 'input-lang', 'channel', 'initiator'] });
    const engine = engineFlag(flags);
    const lang = outputLang(options.get('lang'));
    const channel = channelFlag(options.get('channel'));
    const initiator = initiatorFlag(options.get('initiator'));
    const readAs = inputLang(options.get('input-lang'));
    const colour = !flags.has('no-color') && io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
    let raw: string;
    if (positional.length === 1 && !options.has('file')) {
      const why = await pathInsteadOfText(positional[0]!);
      if (why !== null) {
        throw new CliError(`"${positional[0]}" ${why}, not a message: use --file ${positional[0]} (or \`fanzha replay ${positional[0]}\` for a call, turn by turn); `
          + `to check these words as a message, pipe them in (echo '…' | fanzha check)`
          + `（这像是文件路径，不是要检查的短信：请用 --file 读取文件，或用 fanzha replay 回放通话）`);
      }
    }
    if (positional.length > 0) raw = positional.join(' ');
    // `--file -` is standard input, as for replay and most Unix tools ("cannot read -" until session 12).
    else if (options.has('file') && options.get('file') !== '-') raw = await readFileText(options.get('file')!);
    else if (options.has('file')) raw = await readStdin(io);
    else if (io.stdin.isTTY || flags.has('interactive')) return interactive(io, lang, readAs, colour, channel, initiator, engine);
    else raw = await readStdin(io);
    const input = withFlags(parseOrThrow(raw), channel, initiator);
    const result = analyzeOrThrow(input, lang, readAs, engine);
    io.stdout.write(flags.has('json') ? JSON.stringify(toJson(result)) + '\n' : renderResult(result, inputTurns(input), lang ?? input.lang ?? result.lang, colour));
    return result.verdict === 'safe' ? EXIT.ok : EXIT.flagged;
  },
};
