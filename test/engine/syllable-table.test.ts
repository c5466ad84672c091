/** src/normalise/syllable-table.ts is generated (scripts/syllable-table.ts): it still equals pinyin-pro's reading, sampled. */
import { describe, expect, it } from 'vitest';
import { SYLLABLE_LINES } from '../../src/normalise/syllable-table.ts';
import { syllableOf } from '../../scripts/syllable-table.ts';

describe('syllable table', () => {
  it('gives every sampled character the reading pinyin-pro gives it alone', () => {
    const of = new Map<string, string>();
    for (const line of SYLLABLE_LINES) {
      const space = line.indexOf(' ');
      for (const ch of line.slice(space + 1)) of.set(ch, line.slice(0, space));
    }
    expect(of.size).toBeGreaterThan(20000);
    for (let c = 0x4e00; c <= 0x9fff; c += 37) {
      const ch = String.fromCharCode(c);
      const want = syllableOf(ch);
      if (/^[a-z]{1,6}$/.test(want)) expect(of.get(ch), ch).toBe(want);
    }
  });
});
