/**
 * `npm run eval` on a fresh clone, where ../shared/datasets does not exist: the run falls back to
 * the project's own cases (data/cases, the playbook cases) instead of exiting 3. Reproduced for
 * real: the sources are copied into a temporary folder with no datasets beside it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
/** The case files the clone gets (the run measures all of data/cases; a small two are enough to see it does). */
const CASES = ['heldout-zh.jsonl', 'heldout-en.jsonl'];
const dir = mkdtempSync(join(tmpdir(), 'fanzha-fresh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fanzha eval on a fresh clone (no ../shared/datasets)', () => {
  it('measures data/cases and the playbook cases, notes the fallback on stderr, exits 0', () => {
    const clone = join(dir, 'repo');
    for (const part of ['src', 'data', 'package.json', 'tsconfig.json']) {
      // What is measured is the fallback, not the size of data/cases (31 files, 2.1 MB, 81 s in session 11 under
      // load): the clone gets two of its files; every file it has must be measured.
      const filter = part === 'data' ? (from: string) => !from.includes('/data/cases/') || CASES.some((f) => from.endsWith(`/data/cases/${f}`)) : undefined;
      cpSync(join(REPO, part), join(clone, part), { recursive: true, ...(filter ? { filter } : {}) });
    }
    expect(readdirSync(join(clone, 'data/cases')).sort()).toEqual([...CASES].sort());
    symlinkSync(join(REPO, 'node_modules'), join(clone, 'node_modules'), 'dir');
    const env = { ...process.env };
    delete env.FANZHA_DATASETS;
    const r = spawnSync(process.execPath, [join(REPO, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/main.ts', 'eval', '--json'], {
      cwd: clone, env, encoding: 'utf8', timeout: 300_000,
      // the --json report of all data/cases passed spawnSync's 1 MiB default (the child was killed, status 143)
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.stderr).toMatch(/datasets folder not found at .*shared\/datasets: measuring only the project's own cases/);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { summary: { sources: { name: string; cases: number }[] } };
    const names = out.summary.sources.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['heldout-zh', 'heldout-en', 'playbook-cases-zh']));
    expect(names).toEqual(expect.arrayContaining(CASES.map((f) => f.replace(/\.jsonl$/, ''))));
    expect(names).not.toContain('anti-fraud-sft');
    expect(out.summary.sources.find((s) => s.name === 'heldout-zh')!.cases).toBeGreaterThan(0);
    // The run (the engine loaded, the cases measured) is a child process: give the test the child's own bound, not
    // vitest's 30 s default, so a loaded machine does not fail it.
  }, 330_000);
});
