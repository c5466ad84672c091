/** The `fanzha` command: dispatches to one module per subcommand. */
import { CliError, EXIT, type CliIO, type Command } from './command.ts';
import { command as check } from './commands/check.ts';
import { command as replay } from './commands/replay.ts';
import { command as url } from './commands/url.ts';
import { command as number } from './commands/number.ts';
import { command as qr } from './commands/qr.ts';
import { command as domains } from './commands/domains.ts';
import { command as evaluate } from './commands/eval.ts';
import { command as serve } from './commands/serve.ts';
import { ingestCommand, workerCommand } from './commands/stream.ts';

export const COMMANDS: Command[] = [check, replay, url, number, qr, domains, evaluate, serve, ingestCommand, workerCommand];

function help(): string {
  return `fanzha — 反诈: early warning for the fake customer-service refund scam\n\nUsage: fanzha <command> [options]\n\n${COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`).join('\n')}\n\nfanzha help <command> for its options. Exit codes: 0 ok/safe, 1 flagged, 2 bad input, 3 failure.\n`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const c = COMMANDS.find((x) => x.name === rest[0]);
    io.stdout.write(c ? `${c.usage}\n` : help());
    return EXIT.ok;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.stderr.write(`fanzha: unknown command "${name}" (try fanzha help)\n`);
    return EXIT.badInput;
  }
  if (rest.includes('--help')) { io.stdout.write(`${cmd.usage}\n`); return EXIT.ok; }
  try {
    return await cmd.run(rest, io);
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
