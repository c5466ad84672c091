/** Reading the CLI's input from an argument, a file or stdin, with the size and UTF-8 checks. */
import { open } from 'node:fs/promises';
import { LIMITS } from '../types.ts';
import { CliError, EXIT, type CliIO } from './command.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The input limit said as a reader counts: 1 MB is 1,048,576 bytes of UTF-8, about 349,000 Chinese characters
 * (3 bytes each) or 1,048,576 Latin ones. Said in every refusal, `--help` and the README alike.
 */
export const LIMIT_IN_WORDS = `the limit is ${LIMITS.maxInputBytes.toLocaleString('en-US')} bytes: about ${Math.floor(LIMITS.maxInputBytes / 3).toLocaleString('en-US')} Chinese or ${LIMITS.maxInputBytes.toLocaleString('en-US')} Latin characters`;

/**
 * The input's text: UTF-8 (a BOM dropped), or UTF-16 when it starts with UTF-16's BOM (a chat
 * exported on Windows; read as UTF-8 it would be half NUL characters). Anything else that is not
 * valid UTF-8 is a one-line error.
 */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  if (bytes.byteLength > LIMITS.maxInputBytes) throw new CliError(`${what} is over 1 MB (${bytes.byteLength} bytes; ${LIMIT_IN_WORDS})`);
  // UTF-16 has an even number of bytes; an odd count after its BOM is neither, and reads as bad UTF-8.
  const even = bytes.byteLength % 2 === 0;
  const utf16 = !even ? null : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  try {
    if (utf16) return new TextDecoder(utf16, { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CliError(`${what} is not valid ${utf16 ? 'UTF-16' : 'UTF-8'} (convert it first, e.g. iconv -f GBK -t UTF-8)`);
  }
}

/**
 * At most `limit` + 1 bytes of a file, whatever its size says: /dev/zero, /dev/urandom, a FIFO or
 * a file still growing report 0 or lie, so the read itself is bounded. Over the limit → the one
 * extra byte tells, and `tooLarge` names the error. A directory or an unreadable path is a
 * one-line CliError (exit 3), never "internal error: EISDIR".
 */
export async function readBounded(path: string, limit: number, tooLarge: (path: string) => string): Promise<Buffer> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${describeFsError(e)}`, EXIT.failure);
  }
  try {
    if ((await fh.stat()).isDirectory()) throw new CliError(`cannot read ${path}: it is a directory, not a file`, EXIT.failure);
    const buf = Buffer.alloc(limit + 1);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await fh.read(buf, got, buf.length - got, null);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    if (got > limit) throw new CliError(tooLarge(path));
    return buf.subarray(0, got);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${path}: ${describeFsError(e)}`, EXIT.failure);
  } finally {
    await fh.close();
  }
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'it is a directory, not a file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    default: return code ?? 'read error';
  }
}

export async function readFileText(path: string): Promise<string> {
  const bytes = await readBounded(path, LIMITS.maxInputBytes, (p) => `${p} is over 1 MB (${LIMIT_IN_WORDS})`);
  return decodeUtf8(bytes, path);
}

export async function readStdin(io: CliIO): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of io.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.byteLength;
    if (total > LIMITS.maxInputBytes) throw new CliError(`standard input is over 1 MB (${LIMIT_IN_WORDS})`);
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
