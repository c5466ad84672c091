import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { command } from '../../src/cli/commands/eval.ts';
import type { CliIO } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { runEval, type Analyzer } from '../../src/eval/run.ts';
import { resolveSources } from '../../src/eval/sources.ts';

const FIX = join(import.meta.dirname, '../fixtures/eval');

function io(env: Record<string, string | undefined> = {}): { io: CliIO; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d: Buffer) => { o += d.toString(); });
  stderr.on('data', (d: Buffer) => { e += d.toString(); });
  return { io: { stdout, stderr, stdin: new PassThrough(), env }, out: () => o, err: () => e };
}

describe('runEval', () => {
  it('runs every case through the analyser and groups figures by source and category', async () => {
    // A fake engine: anything mentioning 验证码 is a scam, warned on the last turn.
    const fake: Analyzer = (input) => {
      const texts = 'turns' in input ? input.turns.map((t) => t.text) : [input.text];
      const hit = texts.findIndex((t) => t.includes('验证码'));
      return hit >= 0
        ? { verdict: 'scam', risk: 90, alertTurn: hit, tactics: [{ id: 'extract.verification-code' }] }
        : { verdict: 'safe', risk: 0, alertTurn: null, tactics: [] };
    };
    const sources = [...(await resolveSources(join(FIX, 'tele'))), ...(await resolveSources(join(FIX, 'cases/mixed.jsonl')))];
    const run = await runEval(sources, { analyze: fake });
    expect(run.cases.map((c) => [c.id, c.verdict])).toEqual([
      ['fraud_dialogues-20250101_000000:1', 'safe'],
      ['fraud_dialogues-20250101_000000:2', 'scam'],
      ['normal_dialogues-20250101_000000:1', 'safe'],
      ['ok-sms', 'scam'],
      ['ok-call', 'scam'],
      ['extra-field', 'safe'],
    ]);
    const tele = run.summary.groups.tele!;
    expect([tele.tp, tele.fn, tele.fp, tele.tn]).toEqual([1, 1, 0, 1]);
    expect(run.summary.groups['tele / 银行诈骗']!.recall).toBe(1);
    expect(run.summary.groups.mixed!.fpr).toBe(0.5);
    expect(run.summary.groups.mixed!.early!.shareByExtraction).toBe(1);
    expect(run.summary.sources.map((s) => [s.name, s.cases, s.issues])).toEqual([['tele', 3, 2], ['mixed', 3, 6]]);
  });
});

describe('fanzha eval', () => {
  it('prints per-case answers with --json', async () => {
    const t = io();
    const code = await command.run([join(FIX, 'cases/mixed.jsonl'), '--json'], t.io);
    expect(code).toBe(0);
    const parsed = JSON.parse(t.out()) as { summary: { groups: Record<string, unknown> }; cases: { id: string; label: string; verdict: string; risk: number; alertTurn: number | null }[] };
    expect(parsed.cases.map((c) => c.id)).toEqual(['ok-sms', 'ok-call', 'extra-field']);
    for (const c of parsed.cases) {
      expect(['safe', 'suspicious', 'scam']).toContain(c.verdict);
      expect(typeof c.risk).toBe('number');
    }
    expect(Object.keys(parsed.summary.groups)).toContain('mixed');
    // No progress bar when stderr is not a terminal; only the note that lines were rejected.
    expect(t.err()).toBe('fanzha eval: 6 line(s) or row(s) rejected and not measured (listed in summary.issues; --verbose in the text report)\n');
  });

  it('exits 3 with one line for a missing dataset folder', async () => {
    const t = io();
    const code = await main(['eval', join(FIX, 'nope')], t.io);
    expect(code).toBe(3);
    expect(t.err()).toMatch(/^fanzha: .*nope: not found\n$/);
  });

  it('exits 3 with one line when a case file cannot be read', async () => {
    const t = io();
    expect(await main(['eval', join(FIX, 'eisdir')], t.io)).toBe(3);
    expect(t.err()).toMatch(/^fanzha: .*y\.jsonl: unreadable \(EISDIR\)\n$/);
  });

  it('exits 3 when FANZHA_DATASETS names a folder that does not exist', async () => {
    const t = io({ FANZHA_DATASETS: join(FIX, 'nope') });
    expect(await main(['eval'], t.io)).toBe(3);
    expect(t.err()).toMatch(/datasets folder not found/);
  });

  it('analyses a case file whose lines carry extra keys, and prints them as meta in --json', async () => {
    const t = io();
    expect(await command.run([join(FIX, 'meta/annotated.jsonl'), '--json'], t.io)).toBe(0);
    const parsed = JSON.parse(t.out()) as { cases: { id: string; meta?: Record<string, unknown> }[] };
    expect(parsed.cases.map((c) => [c.id, c.meta?.source])).toEqual([['a-sms', 'ours'], ['a-call', 'ours']]);
    expect(parsed.cases[0]!.meta?.note).toBe("a bank's own code SMS");
  });

  it('says why when no case could be analysed: exit 2 when every line was rejected, 3 when the split leaves none', async () => {
    const t = io();
    expect(await main(['eval', join(FIX, 'allbad')], t.io)).toBe(2);
    expect(t.err()).toMatch(/^fanzha: no case was analysed: 2 line\(s\) or row\(s\) rejected, e\.g\. .*rejected\.jsonl:1: label/);
    expect(t.out()).toBe('');
    const split = io();
    expect(await main(['eval', join(FIX, 'tele'), '--split', 'test'], split.io)).toBe(3);
    expect(split.err()).toMatch(/--split test leaves no case in tele/);
  });

  it('exits 2 on an unknown flag or a bad --limit or an unknown --source', async () => {
    expect(await main(['eval', '--fast'], io().io)).toBe(2);
    expect(await main(['eval', '--limit', '0'], io().io)).toBe(2);
    expect(await main(['eval', join(FIX, 'tele'), '--source', 'other'], io().io)).toBe(2);
  });

  it('--limit caps cases per source', async () => {
    const t = io();
    expect(await command.run([join(FIX, 'tele'), '--limit', '1', '--json'], t.io)).toBe(0);
    expect((JSON.parse(t.out()) as { cases: unknown[] }).cases).toHaveLength(1);
  });
});

describe('runEval --split', () => {
  it('divides a held-out source into dev and test halves that together are the whole', async () => {
    const fake: Analyzer = () => ({ verdict: 'safe', risk: 0, alertTurn: null, tactics: [] });
    const sources = await resolveSources(join(FIX, 'cases/mixed.jsonl'));
    const all = (await runEval(sources, { analyze: fake })).cases.map((c) => c.id);
    const dev = (await runEval(sources, { analyze: fake, split: 'dev' })).cases.map((c) => c.id);
    const test = (await runEval(sources, { analyze: fake, split: 'test' })).cases.map((c) => c.id);
    expect([...dev, ...test].sort()).toEqual([...all].sort());
    expect(dev.filter((id) => test.includes(id))).toEqual([]);
  });
});
