/**
 * The traditional → simplified table the normaliser reads (src/normalise/t2s-table.ts) is data
 * generated from OpenCC (scripts/t2s-table.ts), so no start runs OpenCC: it must still equal
 * OpenCC's output, and traditional text must still fold to simplified.
 */
import { describe, expect, it } from 'vitest';
import { openccPairs } from '../../scripts/t2s-table.ts';
import { T2S_PAIRS } from '../../src/normalise/t2s-table.ts';
import { normalise } from '../../src/normalise/normalise.ts';

describe('t2s table', () => {
  it('equals what OpenCC converts today (regenerate with npx tsx scripts/t2s-table.ts)', () => {
    expect(T2S_PAIRS).toBe(openccPairs());
    expect(T2S_PAIRS.length % 2).toBe(0);
  });

  it('folds traditional characters, keeps simplified ones and offsets 1:1', () => {
    expect(normalise('驗證碼').text).toBe('验证码');
    expect(normalise('請提供銀行卡號').text).toBe('请提供银行卡号');
    expect(normalise('退款到賬').text).toBe('退款到账');
    expect(normalise('验证码').text).toBe('验证码');
    const n = normalise('您的訂單需要退款');
    expect(n.text).toBe('您的订单需要退款');
    expect(n.start).toBeNull();
  });
});
