import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvalCase, LoadIssue } from '../../src/eval/case.ts';
import { DatasetError } from '../../src/eval/loaders/common.ts';
import { resolveSources } from '../../src/eval/sources.ts';

const FIX = join(import.meta.dirname, '../fixtures/eval');

async function load(path: string, perFileLimit?: number): Promise<{ cases: EvalCase[]; issues: LoadIssue[]; names: string[] }> {
  const cases: EvalCase[] = [];
  const issues: LoadIssue[] = [];
  const sources = await resolveSources(path);
  for (const s of sources) {
    for await (const c of s.load({ sink: { issue: (i) => issues.push(i) }, ...(perFileLimit ? { perFileLimit } : {}) })) cases.push(c);
  }
  return { cases, issues, names: sources.map((s) => s.name) };
}

describe('anti-fraud-sft loader', () => {
  it('groups utterances by case, labels by file and maps the is_fraud speaker to caller', async () => {
    const { cases, issues, names } = await load(join(FIX, 'sft'));
    expect(names).toEqual(['sft']);
    const scam = cases.filter((c) => c.label === 'scam');
    expect(scam.map((c) => c.id)).toEqual(['冒充客服诈骗(3):案例-0', '冒充客服诈骗(3):案例-1', '冒充客服诈骗(3):案例-2']);
    expect(scam[0]!.category).toBe('冒充客服诈骗');
    expect(scam[0]!.turns.map((t) => t.speaker)).toEqual(['caller', 'user', 'caller', 'user']);
    expect(scam[0]!.firstFraudTurn).toBe(2);
    expect(scam[0]!.firstExtraction).toBeUndefined();
    // Quoted fields with commas, doubled quotes and newlines survive.
    expect(scam[1]!.turns[2]!.text).toBe('请您开启屏幕共享，"一步步"操作');
    expect(scam[2]!.turns[0]!.text).toBe('这一句\n跨两行');
    // No is_fraud turn marked: the opener is taken as the caller.
    expect(scam[2]!.turns.map((t) => t.speaker)).toEqual(['caller', 'user']);
    // The malformed row is reported with its line, not fatal.
    expect(issues.some((i) => /expected 4 fields/.test(i.message) && i.line === 12)).toBe(true);
  });

  it('reads meeting transcripts as legitimate calls, merging a case id that recurs', async () => {
    const { cases } = await load(join(FIX, 'sft'));
    const meetings = cases.filter((c) => c.label === 'legit');
    expect(meetings.map((c) => [c.id, c.turns.length])).toEqual([['meeting_label_false:某某会议', 3], ['meeting_label_false:另一会议', 1]]);
    expect(meetings[0]!.turns.every((t) => t.speaker === 'caller')).toBe(true);
  });
});

describe('teleantifraud-matrix loader', () => {
  it('alternates left (caller) and right (user) turns and labels by file name', async () => {
    const { cases, issues } = await load(join(FIX, 'tele'));
    expect(cases.map((c) => [c.id, c.label, c.category])).toEqual([
      ['fraud_dialogues-20250101_000000:1', 'scam', '客服诈骗'],
      ['fraud_dialogues-20250101_000000:2', 'scam', '银行诈骗'],
      ['normal_dialogues-20250101_000000:1', 'legit', '订餐服务'],
    ]);
    expect(cases[1]!.turns.map((t) => `${t.speaker}:${t.text}`)).toEqual(['caller:您好，这里是银行。', 'user:嗯。', 'caller:请告诉我验证码。', 'user:123456', 'caller:谢谢。']);
    expect(issues.map((i) => i.line)).toEqual([3, 4]);
    expect(issues[0]!.message).toBe('not valid JSON');
  });

  it('spreads a limit over files', async () => {
    const { cases } = await load(join(FIX, 'tele'), 1);
    expect(cases.map((c) => c.label)).toEqual(['scam', 'legit']);
  });
});

describe('telecom-fraud-texts loader', () => {
  it('reads content,label rows; label 0 is legit; reads the UTF-8 copy instead of its GB18030 original', async () => {
    const { cases, issues } = await load(join(FIX, 'telecom'));
    expect(cases.map((c) => [c.label, c.category])).toEqual([
      ['legit', '正常短信'], ['legit', '正常短信'],
      ['scam', '冒充领导熟人'],
      ['scam', '冒充客服'], ['scam', '冒充客服'],
    ]);
    expect(cases[1]!.turns[0]!.text).toBe('带,逗号的短信');
    expect(cases[2]!.id).toBe('label04-last.utf8:2');
    expect(issues.some((i) => /expected 2 fields/.test(i.message))).toBe(true);
    // Invalid UTF-8 bytes do not crash: the row is kept, repaired, and reported.
    expect(issues.some((i) => /invalid bytes/.test(i.message))).toBe(true);
  });

  it('decodes a GB18030 file', async () => {
    const { cases } = await load(join(FIX, 'telecom-gbk'));
    expect(cases[0]!.turns[0]!.text).toBe('我是你领导，明天来我办公室，先转点钱给我。');
  });
});

describe('generic JSONL case files', () => {
  it('keeps valid cases and reports each schema error with its line', async () => {
    const { cases, issues, names } = await load(join(FIX, 'cases/mixed.jsonl'));
    expect(names).toEqual(['mixed']);
    expect(cases.map((c) => c.id)).toEqual(['ok-sms', 'ok-call', 'extra-field']);
    expect(cases[0]!.kind).toBe('text');
    // A key the format does not define is metadata, not an error.
    expect(cases[2]!.meta).toEqual({ colour: 'red' });
    expect(cases[0]!.meta).toBeUndefined();
    expect(cases[1]!.firstExtraction).toBe(2);
    const byLine = Object.fromEntries(issues.map((i) => [i.line, i.message]));
    expect(byLine[3]).toBe('not valid JSON');
    expect(byLine[4]).toMatch(/^label:/);
    expect(byLine[5]).toMatch(/firstExtraction must be the index/);
    expect(byLine[6]).toMatch(/^turns\.0\.speaker:/);
    expect(byLine[7]).toBeUndefined();
    expect(byLine[8]).toMatch(/duplicate id "ok-sms"/);
    expect(byLine[9]).toMatch(/only makes sense on a scam case/);
  });
});

describe('case files with extra keys', () => {
  it('reads every line and keeps the extra keys (top level) as metadata; extra keys in turns are dropped', async () => {
    const { cases, issues } = await load(join(FIX, 'meta/annotated.jsonl'));
    expect(issues).toEqual([]);
    expect(cases.map((c) => [c.id, c.meta])).toEqual([
      ['a-sms', { source: 'ours', note: "a bank's own code SMS" }],
      ['a-call', { tactic: ['extract.verification-code'], source: 'ours' }],
    ]);
    expect(cases[1]!.turns[0]).toEqual({ speaker: 'caller', text: '我是客服' });
    expect(cases[1]!.firstExtraction).toBe(2);
  });
});

describe('dataset folders', () => {
  it('a missing folder is a one-line DatasetError', async () => {
    await expect(resolveSources(join(FIX, 'no-such-folder'))).rejects.toThrow(DatasetError);
    await expect(resolveSources(join(FIX, 'no-such-folder'))).rejects.toThrow(/not found$/);
  });
  it('a folder with nothing recognisable is a DatasetError naming what was expected', async () => {
    await expect(resolveSources(join(FIX, 'notadataset'))).rejects.toThrow(/not a known dataset/);
  });
});

describe('playbook cases source', () => {
  it('reads the shipped playbook cases live: hard negatives as legit, call transcripts as dialogues', async () => {
    const { loadPlaybookCases } = await import('../../src/eval/loaders/playbook-cases.ts');
    const cases: EvalCase[] = [];
    for await (const c of loadPlaybookCases('zh', { sink: { issue: () => {} } })) cases.push(c);
    expect(cases.some((c) => c.label === 'legit' && c.category === 'hard negative')).toBe(true);
    expect(cases.some((c) => c.label === 'scam')).toBe(true);
    const call = cases.find((c) => c.kind === 'dialogue');
    expect(call?.turns.some((t) => t.speaker === 'caller')).toBe(true);
    expect(call?.turns.some((t) => t.speaker === 'user')).toBe(true);
    // Cases written for a fault kind of issue 8 §1 ("§3 …") are grouped by it.
    const kinds = new Set(cases.map((c) => /^§[0-9]+ /.exec(c.category)?.[0]).filter(Boolean));
    expect(kinds.size).toBeGreaterThan(0);
    for (const c of cases) if (c.category.startsWith('§')) expect(c.id).toContain(`:${c.category.split(' ')[0]}`);
  });
});

describe('line reader', () => {
  it('skips an over-long line instead of buffering it, and keeps counting lines', async () => {
    const { lines } = await import('../../src/eval/decode.ts');
    async function* chunks() { yield 'ok\n'; yield 'x'.repeat(50); yield 'y'.repeat(50); yield '\nlast'; }
    const out = [];
    for await (const l of lines(chunks(), 60)) out.push(l);
    expect(out).toEqual([{ line: 1, text: 'ok' }, { line: 2, text: '', tooLong: true }, { line: 3, text: 'last' }]);
  });
});

describe('csv reader', () => {
  it('ends a runaway record (too many fields) as one error and reads the next one', async () => {
    const { csvRecords } = await import('../../src/eval/csv.ts');
    async function* chunks() { yield 'a,b\n'; yield ','.repeat(1000); yield '\nc,"d ""q"""\n'; }
    const out = [];
    for await (const r of csvRecords(chunks())) out.push(r);
    expect(out[0]).toEqual({ line: 1, fields: ['a', 'b'] });
    expect(out[1]!.error).toMatch(/more than 256 fields/);
    expect(out[2]).toEqual({ line: 3, fields: ['c', 'd "q"'] });
  });
});
