/**
 * ncsurface16 kinds 2 and 3 (newcomer16 K2). (2) A number written the North American way was read as a
 * Chinese one: `1-800-642-7676` (Microsoft's US line) → +8618006427676 "mobile CN"; `(800) 642-7676` → a
 * CN 400/800 hotline. A 1-3-3-4 grouping or a bracketed area code not starting with 0 is +1 (US/CA).
 * (3) Every +1 / +44 number was "suspicious: 国内电商平台客服不会用境外号码联系你", for an English reader's
 * own bank too: the foreign-number cue is a Chinese reader's (reader: 'en' gives none).
 */
import { describe, expect, it } from 'vitest';
import { checkNumber, nanpShaped } from '../../src/checks/number/check.ts';

const NANP = ['1-800-642-7676', '1-888-280-4331', '(800) 642-7676', '1 (800) 275-2273', '1.800.642.7676', '+1 800 642 7676', '1 877 382 4357', '(212) 555-0100', '1-646-555-0199', '(415) 555 0132'];
// Chinese numbers in their own groupings: never read as +1.
const CN = ['180-0642-7676', '138 0013 8000', '13800138000', '18006427676', '800-820-8820', '400-820-3800', '(010) 6552 9988', '010-65529988', '0571-88158198', '+86 180 0642 7676'];

describe('a North American number is +1, not a Chinese mobile (newcomer16 K2)', () => {
  it.each(NANP)('%s → +1, US or CA, never CN', (n) => {
    expect(nanpShaped(n)).toBe(true);
    const r = checkNumber(n);
    expect(r.e164).toMatch(/^\+1\d{10}$/);
    expect(['US', 'CA']).toContain(r.country);
    expect(r.kind).toBe('international');
  });
  it.each(CN)('%s stays Chinese', (n) => {
    expect(nanpShaped(n)).toBe(false);
    const r = checkNumber(n);
    expect(r.country).toBe('CN');
    expect(r.e164 ?? '+86').toMatch(/^\+86/);
  });
  it('a claimed brand is still checked on the +1 number', () => {
    const r = checkNumber('1-800-642-7676', { claims: '京东' });
    expect(r.e164).toBe('+18006427676');
    expect(r.findings.map((f) => f.id)).toContain('claims-mismatch');
    expect(r.findings.map((f) => f.zh).join('')).not.toContain('180****7676');
  });
});

describe('the overseas-number cue is a Chinese reader\'s (newcomer16 K2)', () => {
  const FOREIGN = ['+44 20 7946 0958', '+1 202 555 0123', '1-800-642-7676', '+44 7911 123456', '+61 2 9374 4000', '+65 6123 4567', '(800) 642-7676', '+1 416 555 0199', '+44 345 734 5345', '+353 1 234 5678'];
  it.each(FOREIGN)('%s: suspicious for a reader in China, no finding for an English reader', (n) => {
    const zh = checkNumber(n);
    expect(zh.findings.map((f) => f.id)).toContain('international');
    expect(zh.verdict).toBe('suspicious');
    const en = checkNumber(n, { reader: 'en' });
    expect(en.findings).toEqual([]);
    expect(en.verdict).toBe('unknown');
    expect(en.kind).toBe('international');
  });
  it('what is a sign for anyone stays one for an English reader: +00 display, a prefixed 96110, a claim mismatch', () => {
    expect(checkNumber('+0095118', { reader: 'en' }).findings.map((f) => f.id)).toEqual(['prefixed-lookalike', 'international']);
    expect(checkNumber('0096110', { reader: 'en' }).verdict).not.toBe('unknown');
    const claimed = checkNumber('+1 202 555 0123', { claims: '京东', reader: 'en' });
    expect(claimed.findings.map((f) => f.id)).toEqual(['claims-mismatch']);
    expect(claimed.verdict).toBe('dangerous');
  });
});
