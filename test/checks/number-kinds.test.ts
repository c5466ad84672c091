/**
 * Numbers that claim an official service and are not its own (issue 8, links §3): a brand's
 * service line written next to someone else's number, 95xxx lines that are not the named bank's,
 * virtual-carrier ranges, and the ways a number is written (+86, spaces, Chinese numerals, an area
 * code in brackets). Each kind with its real counterparts, which must stay clean.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { checkNumber } from '../../src/checks/number/check.ts';
import { OFFICIAL_NUMBERS } from '../../src/checks/data/official-numbers.ts';
import { extractEntities } from '../../src/entities/entities.ts';
import { normalise } from '../../src/normalise/normalise.ts';

const ids = (n: string, claims?: string): string[] => checkNumber(n, claims ? { claims } : {}).findings.map((f) => f.id);
const spoofed = (text: string) => analyze({ channel: 'sms', text }).tactics.find((t) => t.id === 'contact.spoofed-number');

describe('a service line claimed in the text with a number that is not the brand\'s', () => {
  it.each([
    '淘宝官方客服热线：17012345678', '京东售后客服电话 400-820-5555', '拼多多理赔专线 13912345678', '支付宝客服热线 0571-12345678',
    '抖音官方客服 16512345678', '顺丰理赔客服 4001234567', '中国移动客服热线 17112345678', '工商银行客服热线95533',
    '建设银行官方客服 95588', '交管12123客服电话 17012345678', '国家税务总局个税客服 4006789123', 'ETC客服热线 16712345678',
    '美团外卖客服 18812345678',
  ])('%s → contact.spoofed-number, not safe', (text) => {
    const hit = spoofed(text);
    expect(hit, text).toBeDefined();
    expect(analyze({ channel: 'sms', text }).verdict).not.toBe('safe');
  });

  it.each([
    '淘宝客服热线9510211', '京东客服电话950618', '支付宝客服 95188', '工商银行客服热线95588', '建设银行客服电话：95533',
    '中国移动客服 10086', '联通客服热线 10010', '电信客服 10000', '招商银行信用卡客服 4008205555', '顺丰客服热线 95338',
    '12306客服电话 12306', '纳税服务热线 12366', '社保局客服 0571-88888888', '【京东物流】配送员张师傅 13812345678 为您派送',
  ])('%s → no number finding', (text) => {
    expect(spoofed(text), text).toBeUndefined();
  });
});

describe('95 short numbers and the bank they are claimed for', () => {
  const banks: readonly (readonly [string, string])[] = [
    ['工商银行', '95588'], ['建设银行', '95533'], ['农业银行', '95599'], ['中国银行', '95566'], ['交通银行', '95559'],
    ['招商银行', '95555'], ['邮储银行', '95580'], ['浦发银行', '95528'], ['中信银行', '95558'], ['光大银行', '95595'],
    ['民生银行', '95568'], ['兴业银行', '95561'],
  ];

  it.each(banks)('%s\'s own %s is official', (bank, number) => {
    expect(checkNumber(number, { claims: bank })).toMatchObject({ verdict: 'official', findings: [] });
  });

  it.each(banks.map(([bank], i) => [bank, banks[(i + 1) % banks.length]![1]] as const))('another bank\'s line claimed as %s (%s) is a mismatch', (bank, number) => {
    expect(ids(number, bank)).toEqual(['claims-mismatch']);
    expect(checkNumber(number, { claims: bank }).verdict).toBe('dangerous');
  });

  it.each(banks.map(([bank]) => [bank] as const))('an unlisted 95 line claimed as %s is a doubt, not proof', (bank) => {
    const r = checkNumber('95013', { claims: bank });
    expect(r.findings.map((f) => f.id)).toEqual(['unlisted-service-number']);
    expect(r.verdict).toBe('suspicious');
  });
});

describe('virtual-carrier ranges (MIIT allocations: 170/171 in 2014, 162/165/167 in 2017)', () => {
  it.each(['17012345678', '17112345678', '16212345678', '16512345678', '16712345678', '+86 170 9876 5432', '171-2345-6789',
    '0086 16512345678', '170 1234 5678', '一七一二三四五六七八九'])('%s is flagged as a virtual-carrier number', (n) => {
    expect(ids(n)).toContain('virtual-carrier');
  });

  it.each(['13812345678', '13912345678', '15012345678', '18612345678', '19912345678', '17712345678', '17312345678',
    '18012345678', '15912345678', '16612345678'])('%s (an ordinary carrier range) has no findings', (n) => {
    expect(ids(n)).toEqual([]);
  });
});

describe('the ways a number is written give one answer', () => {
  const FORMS = [
    '17012345678', '170 1234 5678', '170-1234-5678', '+86 170 1234 5678', '+8617012345678', '0086 170 1234 5678',
    '一七零一二三四五六七八', '幺七零 幺二三四 五六七八', '１７０１２３４５６７８', '一七〇一二三四五六七八',
  ];

  it.each(FORMS)('%s is the same number as 17012345678, claimed as 淘宝', (form) => {
    const plain = checkNumber('17012345678', { claims: '淘宝' });
    const r = checkNumber(form, { claims: '淘宝' });
    expect(r.verdict).toBe(plain.verdict);
    expect(r.findings.map((f) => f.id)).toEqual(plain.findings.map((f) => f.id));
  });

  it.each(FORMS)('淘宝客服：%s is found in text and flagged, the number masked in the explanation', (form) => {
    const text = `淘宝客服：${form}`;
    const n = normalise(text).text;
    expect(extractEntities(n).some((e) => e.kind === 'phone' && e.value.endsWith('17012345678'))).toBe(true);
    const hit = spoofed(text);
    expect(hit, text).toBeDefined();
    expect(hit!.detail).toContain('170****5678');
    expect(hit!.detail).not.toMatch(/12345678|一二三四五六七八/);
  });

  it('an area code in brackets is part of the number: (0571)88158198 is Taobao\'s line', () => {
    const n = normalise('淘宝客服 (0571)88158198').text;
    expect(extractEntities(n).filter((e) => e.kind === 'phone').map((e) => e.value)).toEqual(['057188158198']);
    expect(spoofed('淘宝客服 (0571)88158198')).toBeUndefined();
    expect(spoofed('京东客服 (0571)88158198')).toBeDefined();
  });

  it('every published number is official for its own brand', () => {
    for (const o of OFFICIAL_NUMBERS) expect(checkNumber(o.number).officialFor, o.number).toBe(o.brand);
  });
});
