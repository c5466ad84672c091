/** Reading the CLI's input from an argument, a file or stdin, with the size and UTF-8 checks. */
import { readFile, stat } from 'node:fs/promises';
import { LIMITS } from '../types.ts';
import { CliError, EXIT, type CliIO } from './command.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array, what: string): string {
  if (bytes.byteLength > LIMITS.maxInputBytes) throw new CliError(`${what} is over 1 MB (${bytes.byteLength} bytes)`);
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CliError(`${what} is not valid UTF-8 (convert it first, e.g. iconv -f GBK -t UTF-8)`);
  }
}

export async function readFileText(path: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new CliError(`cannot read ${path}: no such file`, EXIT.failure);
  }
  if (size > LIMITS.maxInputBytes) throw new CliError(`${path} is over 1 MB (${size} bytes)`);
  return decodeUtf8(await readFile(path), path);
}

export async function readStdin(io: CliIO): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of io.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.byteLength;
    if (total > LIMITS.maxInputBytes) throw new CliError(`standard input is over 1 MB`);
    chunks.push(b);
  }
  return decodeUtf8(Buffer.concat(chunks), 'standard input');
}

/** Minimal flag parser: `--name value`, `--flag`, and positional arguments. */
export function parseArgs(args: string[], spec: { flags?: string[]; options?: string[] }): {
  flags: Set<string>; options: Map<string, string>; positional: string[];
} {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { positional.push(...args.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (spec.flags?.includes(name)) { flags.add(name); continue; }
      if (spec.options?.includes(name)) {
        const v = inline ?? args[++i];
        if (v === undefined) throw new CliError(`--${name} needs a value`);
        options.set(name, v);
        continue;
      }
      throw new CliError(`unknown option --${name}`);
    }
    positional.push(a);
  }
  return { flags, options, positional };
}
