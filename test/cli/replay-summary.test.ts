/** The replay summary names the first warn turn and the block turn as the per-turn rows show them (it said "warn at turn 3" for a turn at block). */
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { escalation } from '../../src/cli/commands/replay.ts';

async function run(args: string[]): Promise<string> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d) => { out += d; });
  const stdin = new PassThrough();
  stdin.end('');
  await main(args, { stdout, stderr: new PassThrough(), stdin, env: {} });
  return out;
}

const TOUR = join(import.meta.dirname, '../../docs/tour/call.txt');

describe('fanzha replay summary', () => {
  it('agrees with the per-turn levels and states the final level', async () => {
    const out = await run(['replay', TOUR]);
    const levels = [...out.matchAll(/^ *(\d+) \S+ +\S+ +\d+ (none|watch|warn|block)/gm)].map((m) => m[2]!);
    expect(levels.length).toBe(7);
    const warn = levels.findIndex((l) => l === 'warn' || l === 'block');
    const block = levels.indexOf('block');
    const summary = out.trimEnd().split('\n').at(-1)!;
    expect(summary).toContain(`level ${levels.at(-1)}`);
    expect(summary.endsWith(escalation(warn < 0 ? null : warn, block < 0 ? null : block))).toBe(true);
    const json = JSON.parse(await run(['replay', TOUR, '--json'])) as { level: string; warnTurn: number | null; blockTurn: number | null };
    expect([json.level, json.warnTurn, json.blockTurn]).toEqual([levels.at(-1), warn < 0 ? null : warn, block < 0 ? null : block]);
  });
  it('words the escalation without claiming a warn that was a block', () => {
    expect(escalation(2, 2)).toBe(' · block from turn 3');
    expect(escalation(2, 4)).toBe(' · warn from turn 3, block from turn 5');
    expect(escalation(0, null)).toBe(' · warn from turn 1');
    expect(escalation(null, null)).toBe('');
  });
});
