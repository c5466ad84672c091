/** Load issues do not bury the report: one line per source with its count; details with --verbose or --json. */
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { command } from '../../src/cli/commands/eval.ts';

const FIX = join(import.meta.dirname, '../fixtures/eval');

async function run(args: string[]): Promise<string> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d: Buffer) => { out += d.toString(); });
  const code = await command.run(args, { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env: {} });
  expect(code).toBe(0);
  return out;
}

describe('fanzha eval load issues', () => {
  const paths = [join(FIX, 'tele'), join(FIX, 'cases/mixed.jsonl')];
  it('summarises them as one line per source with a count', async () => {
    const out = await run(paths);
    const lines = out.trimEnd().split('\n');
    const at = lines.findIndex((l) => l.startsWith('Load issues: 8'));
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1)).toEqual([expect.stringMatching(/^ {2}tele: 2, e\.g\. /), expect.stringMatching(/^ {2}mixed: 6, e\.g\. /)]);
    expect(out).not.toContain(join(FIX, 'cases/mixed.jsonl') + ':');
  });
  it('lists each with --verbose, and --json keeps them', async () => {
    const verbose = await run([...paths, '--verbose']);
    expect(verbose.split('\n').filter((l) => l.includes('mixed.jsonl:'))).toHaveLength(6);
    const json = JSON.parse(await run([...paths, '--json'])) as { summary: { issues: { count: number; shown: unknown[] } } };
    expect(json.summary.issues.count).toBe(8);
    expect(json.summary.issues.shown).toHaveLength(8);
  });
  it('with --json, says on stderr that lines were rejected (the JSON may go to a file)', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d: Buffer) => { err += d.toString(); });
    stdout.resume();
    const code = await command.run([...paths, '--json'], { stdout, stderr, stdin: new PassThrough(), env: {} });
    expect(code).toBe(0);
    expect(err).toContain('8 line(s) or row(s) rejected');
  });
});
