/**
 * Examples a centre's supervisor accepted from the review queue (data/reviewed/<lang>.jsonl,
 * appended by POST /v1/reviews/{id}/decision): citizen "这不是诈骗" feedback and 误报 outcomes are
 * hard negatives (must stay safe), officer-reported misses are positives (must not be safe).
 * A new line that fails here is the point: the playbook has a fault to fix, by kind.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyze } from '../../src/index.ts';

const DIR = fileURLToPath(new URL('../../data/reviewed/', import.meta.url));
const Line = z.object({ id: z.string(), expect: z.enum(['safe', 'scam']), source: z.string(), text: z.string().min(1).max(20_000), reviewedAt: z.string() });

const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => /^(zh|en)\.jsonl$/.test(f)) : [];
const examples = files.flatMap((f) => readFileSync(DIR + f, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => ({ file: f, line: i + 1, raw: l })));

describe('reviewed examples (data/reviewed)', () => {
  it('every line is a well-formed example', () => {
    for (const e of examples) {
      const r = Line.safeParse(JSON.parse(e.raw));
      expect(r.success, `${e.file}:${e.line}`).toBe(true);
    }
  });
  const parsed = examples.map((e) => ({ ...e, ex: Line.parse(JSON.parse(e.raw)) }));
  it.each(parsed.map((p) => [`${p.file}:${p.line} ${p.ex.id} (${p.ex.expect})`, p] as const))('%s', (_name, p) => {
    const verdict = analyze({ channel: 'text', text: p.ex.text }).verdict;
    if (p.ex.expect === 'safe') expect(verdict).toBe('safe');
    else expect(verdict).not.toBe('safe');
  });
});
