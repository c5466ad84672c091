import { describe, expect, it } from 'vitest';
import { splitOf } from '../../src/eval/split.ts';

describe('dev/test split', () => {
  it('puts the same text on the same side whatever source or id it comes with', () => {
    const turns = [{ speaker: 'unknown' as const, text: '您好，我是客服，给您退款' }];
    expect(splitOf({ source: 'telecom-fraud-texts-5', turns })).toBe(splitOf({ source: 'telecom-fraud-texts-8', turns }));
  });

  it('keeps the development source all dev and our own held-out files all test', () => {
    const turns = [{ speaker: 'unknown' as const, text: 'x' }];
    expect(splitOf({ source: 'teleantifraud-matrix', turns })).toBe('dev');
    expect(splitOf({ source: 'heldout-zh', turns })).toBe('test');
    // Every heldout-*.jsonl we add is held out too, whatever text its cases carry.
    for (const text of ['x', 'y', 'z', 'hello', 'refund']) {
      expect(splitOf({ source: 'heldout-en-gen', turns: [{ speaker: 'unknown', text }] })).toBe('test');
      expect(splitOf({ source: 'heldout-gen-scam-zh', turns: [{ speaker: 'unknown', text }] })).toBe('test');
    }
  });

  it('splits a source roughly in half', () => {
    let dev = 0;
    for (let i = 0; i < 1000; i++) if (splitOf({ source: 'anti-fraud-sft', turns: [{ speaker: 'caller', text: `对话 ${i}` }] }) === 'dev') dev++;
    expect(dev).toBeGreaterThan(430);
    expect(dev).toBeLessThan(570);
  });
});
