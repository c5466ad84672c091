/** The CLI's seam: every subcommand is a module exporting a `Command`. I/O comes in through `CliIO`. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export interface Command {
  name: string;
  /** One line for `fanzha help`. */
  summary: string;
  usage: string;
  /** Returns the process exit code (see README "Exit codes"). */
  run(args: string[], io: CliIO): Promise<number>;
}

/**
 * A subcommand as `fanzha help` lists it, and how to load it: `fanzha check` must not pay for
 * loading the server, Redis or PostgreSQL clients, so each command's module is imported only when
 * that command runs (or its usage is asked for).
 */
export interface CommandEntry {
  name: string;
  /** One line for `fanzha help`; the same as the loaded command's (test/cli/lazy.test.ts). */
  summary: string;
  load(): Promise<Command>;
}

/** Exit codes shared by every subcommand. */
export const EXIT = {
  /** Ran fine; for `check`: verdict safe. */
  ok: 0,
  /** `check`: verdict suspicious or scam (so scripts can branch on it). */
  flagged: 1,
  /** Bad input or usage: empty, malformed JSON, over 1 MB, invalid UTF-8, unknown flag. One-line error. */
  badInput: 2,
  /** Something outside the input failed (file not found, dataset missing, port in use). */
  failure: 3,
} as const;

/** A one-line error for the user; the CLI prints `fanzha: <message>` and exits with `code`. */
export class CliError extends Error {
  constructor(message: string, readonly code: number = EXIT.badInput) {
    super(message);
  }
}
