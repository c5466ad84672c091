/**
 * The `fanzha` command: dispatches to one module per subcommand, imported only when that command
 * runs (`fanzha check` loads the engine, not the server, ioredis or pg).
 */
import { CliError, EXIT, type CliIO, type CommandEntry } from './command.ts';

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'check', summary: 'check a message, chat or call transcript for the refund scam', load: async () => (await import('./commands/check.ts')).command },
  { name: 'replay', summary: 'replay a conversation turn by turn and show the risk rising', load: async () => (await import('./commands/replay.ts')).command },
  { name: 'url', summary: 'check links offline: official domain or look-alike (typosquat, homoglyph, brand in subdomain…)', load: async () => (await import('./commands/url.ts')).command },
  { name: 'number', summary: 'check a phone number offline: official customer-service line, spoofed or virtual number', load: async () => (await import('./commands/number.ts')).command },
  { name: 'qr', summary: 'classify a QR code (an image, or its decoded text): payment, link, group invite, app download', load: async () => (await import('./commands/qr.ts')).command },
  { name: 'domains', summary: 'list look-alike domains of a brand domain (dnstwist-style) for an anti-fraud centre to watch', load: async () => (await import('./commands/domains.ts')).command },
  { name: 'eval', summary: 'measure the engine on labelled datasets and case files (per source, per category)', load: async () => (await import('./commands/eval.ts')).command },
  { name: 'serve', summary: 'run the HTTP API and the first page (127.0.0.1:8787)', load: async () => (await import('./commands/serve.ts')).command },
  { name: 'ingest', summary: 'put events (JSON lines) on the Redis stream for the workers', load: async () => (await import('./commands/stream.ts')).ingestCommand },
  { name: 'worker', summary: 'analyse events from the Redis stream (run as many as you like)', load: async () => (await import('./commands/stream.ts')).workerCommand },
];

function help(): string {
  return `fanzha — 反诈: early warning for the fake customer-service refund scam\n\nUsage: fanzha <command> [options]\n\n${COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`).join('\n')}\n\nEvery command takes --help (-h) and --no-color (as NO_COLOR=1 does); check, replay, url, number, qr and domains also --json and --lang zh|en.\nfanzha help <command> for its options. Exit codes: 0 ok/safe, 1 flagged, 2 bad input, 3 failure.\n`;
}

/**
 * The flags every command takes, read here so no command can refuse one: `--help`/`-h` prints the
 * command's usage, `--no-color` is NO_COLOR=1 for the command (test/cli/common-flags.test.ts).
 * Only before a `--`: after it, everything is the command's.
 */
export function commonFlags(args: readonly string[], env: CliIO['env']): { args: string[]; help: boolean; env: CliIO['env'] } {
  const end = args.indexOf('--');
  const own = end < 0 ? args : args.slice(0, end);
  const help = own.includes('--help') || own.includes('-h');
  const noColor = own.includes('--no-color');
  const rest = own.filter((a) => a !== '--no-color' && a !== '--help' && a !== '-h');
  return { args: end < 0 ? rest : [...rest, ...args.slice(end)], help, env: noColor ? { ...env, NO_COLOR: '1' } : env };
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const c = COMMANDS.find((x) => x.name === rest[0]);
    io.stdout.write(c ? `${(await c.load()).usage}\n` : help());
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`fanzha: unknown command "${name}" (try fanzha help)\n`);
    return EXIT.badInput;
  }
  try {
    const cmd = await entry.load();
    const common = commonFlags(rest, io.env);
    if (common.help) { io.stdout.write(`${cmd.usage}\n`); return EXIT.ok; }
    return await cmd.run(common.args, { ...io, env: common.env });
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr.write(`fanzha: ${e.message}\n`);
      return e.code;
    }
    io.stderr.write(`fanzha: internal error: ${(e as Error).message}\n`);
    return EXIT.failure;
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env })
    .then((code) => { process.exitCode = code; });
}
