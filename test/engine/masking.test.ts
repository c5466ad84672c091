/**
 * Masking on the normalised text (issue 12 §2): every separator, width and numeral form of a
 * victim's phone, card and ID number is masked, and what is left cannot give the number back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPII } from '../../src/entities/mask.ts';
import { normalise } from '../../src/normalise/normalise.ts';
import { victimNumber, visibleDigits } from '../fixtures/numbers.ts';

describe('maskPII on every written form', () => {
  it.each([
    ['卡号6222.0212.3456.7890.128', '6222021234567890128'],
    ['卡号6222/0212/3456/7890/128', '6222021234567890128'],
    ['卡号6222_0212_3456_7890_128', '6222021234567890128'],
    ['卡号6222，0212，3456，7890，128', '6222021234567890128'],
    ['卡号6222  0212  3456  7890  128', '6222021234567890128'],
    ['电话138.1234.5678', '13812345678'],
    ['电话138/1234/5678', '13812345678'],
    ['电话(138)1234-5678', '13812345678'],
    ['电话138 - 1234 - 5678', '13812345678'],
    ['电话壹叁捌壹贰叁肆伍陆柒捌', '13812345678'],
    ['电话一三八一二三四五六七八', '13812345678'],
    ['电话１３８１２３４５６７８', '13812345678'],
    ['身份证110105.19491231.002X', '11010519491231002x'],
    ['打开http://a.top/?tel=13812345678', '13812345678'],
  ])('%s', (text, digits) => {
    const masked = maskPII(text);
    expect(masked).toContain('*');
    expect(masked.length).toBe(text.length);
    expect(visibleDigits(normalise(masked).text)).not.toContain(digits);
  });

  it('keeps public service numbers and ordinary figures', () => {
    expect(maskPII('请拨打110或96110，客服95188')).toBe('请拨打110或96110，客服95188');
    expect(maskPII('退款89.00元，2026-11-29 13:45到账')).toBe('退款89.00元，2026-11-29 13:45到账');
    expect(maskPII('Server listening at http://127.0.0.1:39207')).toBe('Server listening at http://127.0.0.1:39207');
    expect(maskPII('version 1.20.3, build 2026.11.29')).toBe('version 1.20.3, build 2026.11.29');
  });

  it('property: no generated phone, card or ID survives in any form', () => {
    fc.assert(fc.property(victimNumber, ({ digits, text }) => {
      const masked = maskPII(text);
      expect(visibleDigits(normalise(masked).text)).not.toContain(digits);
    }), { numRuns: 1000 });
  });
});
