/**
 * Runs the CLI in-process with captured streams: what a user sees on stdout and stderr, and the exit
 * code. Shared by the CLI tests so each does not redefine the same harness.
 */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.ts';

export async function runCli(args: string[], stdin?: string | Buffer): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const input = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => { out += d; });
  stderr.on('data', (d) => { err += d; });
  input.end(stdin ?? '');
  const code = await main(args, { stdout, stderr, stdin: input, env: {} });
  return { code, out, err };
}
