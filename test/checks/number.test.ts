import { describe, expect, it } from 'vitest';
import { checkNumber, resolveClaim } from '../../src/checks/number/check.ts';
import { OFFICIAL_NUMBERS } from '../../src/checks/data/official-numbers.ts';
import { SERVICE_NUMBERS } from '../../src/checks/data/service-numbers.ts';

const ids = (n: string, claims?: string): string[] => checkNumber(n, claims ? { claims } : {}).findings.map((f) => f.id);

describe('checkNumber', () => {
  it('95118 is JD\'s official line, also when the caller claims 京东', () => {
    const r = checkNumber('95118', { claims: '京东客服' });
    expect(r).toMatchObject({ kind: 'service', officialFor: 'jd', verdict: 'official', findings: [] });
  });

  it('a mobile number claiming to be 京东 is a claims-mismatch; the message sends to JD\'s app and prints no number to call (only 110/96110 are ever given)', () => {
    const r = checkNumber('138 1234 5678', { claims: '京东' });
    expect(r.kind).toBe('mobile');
    expect(r.e164).toBe('+8613812345678');
    expect(r.findings.map((f) => f.id)).toEqual(['claims-mismatch']);
    expect(r.findings[0]!.zh).toContain('京东的 APP');
    for (const n of ['95118', '950618', '4006065500']) expect(r.findings[0]!.zh + r.findings[0]!.en).not.toContain(n);
    expect(r.findings[0]!.zh).toContain('138****5678');
    expect(r.findings[0]!.zh).not.toContain('13812345678');
    expect(r.verdict).toBe('dangerous');
  });

  it('the same mobile with no claim is just unknown', () => {
    expect(checkNumber('13812345678')).toMatchObject({ kind: 'mobile', verdict: 'unknown', findings: [] });
  });

  it('another platform\'s official number does not vouch for a claim (95188 claiming 京东)', () => {
    expect(ids('95188', '京东')).toEqual(['claims-mismatch']);
    // …but 淘宝 refunds do go through 支付宝: same company group.
    expect(ids('95188', '淘宝')).toEqual([]);
  });

  it('platforms with in-app service only: any number claiming 拼多多 is a mismatch', () => {
    const r = checkNumber('021-53395288', { claims: '拼多多' });
    expect(r.kind).toBe('landline');
    expect(r.findings[0]?.zh).toContain('App');
  });

  it('prefixed look-alikes of official numbers: +0095118, +96110, 0096110, 1795188', () => {
    expect(ids('+0095118')).toEqual(['prefixed-lookalike', 'international']);
    expect(ids('+96110')).toEqual(['prefixed-lookalike']);
    expect(ids('0096110')).toEqual(['prefixed-lookalike', 'international']);
    expect(ids('1795188')).toEqual(['prefixed-lookalike']);
    for (const n of ['+0095118', '+96110', '1795188']) expect(checkNumber(n).verdict).toBe('dangerous');
  });

  it('96110 and 110 are recognised as the police lines', () => {
    const r = checkNumber('96110');
    expect(r).toMatchObject({ kind: 'police-antifraud', verdict: 'official' });
    expect(r.serviceName?.zh).toContain('反诈');
    expect(checkNumber('110').kind).toBe('police-antifraud');
  });

  it('virtual-carrier ranges (170, 165)', () => {
    const r = checkNumber('17012345678');
    expect(r.carrierHint).toBe('virtual-170');
    expect(r.findings.map((f) => f.id)).toEqual(['virtual-carrier']);
    expect(r.verdict).toBe('suspicious');
    expect(checkNumber('16512345678').carrierHint).toBe('virtual-165');
    expect(checkNumber('13912345678').carrierHint).toBeUndefined();
  });

  it('+86 and 0086 are normalised; full-width digits too', () => {
    expect(checkNumber('+86 138-1234-5678').e164).toBe('+8613812345678');
    expect(checkNumber('008613812345678').e164).toBe('+8613812345678');
    expect(checkNumber('+86 95188').officialFor).toBe('alipay');
    expect(checkNumber('９５１１８').officialFor).toBe('jd');
  });

  it('international numbers are flagged', () => {
    const r = checkNumber('+1 202 555 0123', { claims: '京东' });
    expect(r.kind).toBe('international');
    expect(r.country).toBe('US');
    expect(r.findings.map((f) => f.id)).toEqual(['international', 'claims-mismatch']);
  });

  it('400 hotlines and landlines with area code', () => {
    expect(checkNumber('400-606-5500')).toMatchObject({ kind: 'hotline-400', officialFor: 'jd', e164: '+864006065500' });
    expect(checkNumber('0571-88158198')).toMatchObject({ kind: 'landline', officialFor: 'taobao' });
    expect(checkNumber('010-12345678')).toMatchObject({ kind: 'landline', officialFor: null, verdict: 'unknown' });
  });

  it('unknown 95xxx numbers are service numbers of nobody we know', () => {
    expect(checkNumber('95999')).toMatchObject({ kind: 'service', officialFor: null, verdict: 'unknown' });
  });

  it('invalid input', () => {
    for (const n of ['', 'abc', '12', '+', '1'.repeat(50), '138-1234-567x']) expect(checkNumber(n).kind, n).toBe('invalid');
  });

  it('claims are resolved by alias; unknown claims add nothing', () => {
    expect(resolveClaim('京东金融客服')?.id).toBe('jd');
    expect(resolveClaim('支付宝')?.id).toBe('alipay');
    expect(resolveClaim('JD')?.id).toBe('jd');
    expect(resolveClaim('某某公司')).toBeNull();
    expect(ids('13812345678', '某某公司')).toEqual([]);
  });

  it('every registry entry has a source and resolves to itself', () => {
    for (const n of [...OFFICIAL_NUMBERS, ...SERVICE_NUMBERS]) {
      expect(n.source.length, n.number).toBeGreaterThan(5);
      expect(checkNumber(n.number).verdict, n.number).toBe('official');
    }
  });
});
