/**
 * Issue 8 §1.2: the same link or number gets the same answer on every surface. A look-alike of a
 * platform's domain, or a number that claims a platform and is not its own, is at least
 * `suspicious` on its own in `check`/analyze, and each finding is explained in the output language.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { checkUrl } from '../../../src/checks/url/check.ts';
import { checkNumber } from '../../../src/checks/number/check.ts';
import { runCase, why, type FaultCase } from './helpers.ts';

const LOOKALIKES = [
  'http://jd-tuikuan.vip/r/8',
  'taobao.com.refund-service.top/refund',
  'https://xn--tobao-4ve.com/login',
  'https://jd-kefu.top/claim?id=88',
  'http://pinduoduo-refund.cc',
  'https://www.taoba0.com/order',
];

const CASES: FaultCase[] = [
  { name: 'issue: a bare look-alike link', input: 'http://jd-tuikuan.vip/r/8', expect: 'suspicious' },
  { name: 'a look-alike link in a neutral sentence', input: '您的订单信息请看 https://jd-kefu.top/claim?id=88', expect: 'not-safe' },
  { name: 'a platform named with its service line from a virtual-carrier mobile', input: '淘宝官方客服热线：17012345678', expect: 'not-safe' },
  { name: 'a number that claims JD and is not JD\'s', input: '京东售后理赔专线 4006561155，有问题请来电', expect: 'not-safe' },
  { name: 'a prefixed look-alike of 95118', input: '京东客服来电 +0095118，请注意接听', expect: 'not-safe' },
  { name: 'hard negative: the platform\'s own site', input: '【京东】您的订单已发货，详情见 https://m.jd.com/order', expect: 'safe' },
  { name: 'hard negative: JD\'s own service number', input: '京东客服电话950618，工作时间全天', expect: 'safe' },
  { name: 'hard negative: a courier\'s mobile with the brand (no service claim)', input: '【京东物流】您的快递由配送员张师傅（13812345678）配送，请保持电话畅通', expect: 'safe' },
  { name: 'hard negative: Taobao\'s published number', input: '淘宝客服热线9510211', expect: 'safe' },
  { name: 'hard negative: an ordinary site', input: '今晚看这个 https://www.bilibili.com/video/BV1xx', expect: 'safe' },
];

describe('links and numbers: same answer on every surface (issue 8 §1.2)', () => {
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });

  for (const url of LOOKALIKES) {
    it(`check agrees with "fanzha url" on ${url}`, () => {
      const report = checkUrl(url);
      const r = analyze(url);
      if (report.verdict === 'dangerous') expect(r.verdict, why(r)).not.toBe('safe');
      if (report.verdict === 'official' || report.verdict === 'unknown') expect(r.verdict, why(r)).toBe('safe');
    });
  }

  it('a look-alike link that arrives as a QR code is as suspicious as the same link in the text', () => {
    const r = analyze({ channel: 'chat', turns: [{ speaker: 'caller', text: '扫这个码', qr: ['http://jd-tuikuan.vip/r/8'] }] });
    expect(r.verdict, why(r)).not.toBe('safe');
    expect(r.tactics.map((t) => t.id)).toContain('shift.lookalike-link');
  });

  for (const number of ['17012345678', '170 1234 5678', '+86 171 2345 6789', '16512345678']) {
    it(`check gives "fanzha number"'s answer on the bare virtual-carrier number ${number}`, () => {
      expect(checkNumber(number).verdict).toBe('suspicious');
      const r = analyze(number);
      expect(r.verdict, why(r)).toBe('suspicious');
      expect(r.tactics.map((t) => t.id)).toContain('contact.spoofed-number');
    });
  }

  it('a bare ordinary or official number stays safe, as "fanzha number" says', () => {
    for (const number of ['13812345678', '95118', '10086']) {
      expect(['official', 'unknown']).toContain(checkNumber(number).verdict);
      expect(analyze(number).verdict, number).toBe('safe');
    }
  });

  it('a virtual-carrier number inside a message stays a note below a warning (real staff call from such lines)', () => {
    const r = analyze('快递到了，放门口了，有事打我电话17012345678');
    expect(r.verdict, why(r)).toBe('safe');
    expect(r.tactics.map((t) => t.id)).toContain('contact.spoofed-number');
  });

  it('check agrees with "fanzha number --claims" for a claimed platform on a number it does not publish', () => {
    expect(checkNumber('17012345678', { claims: '京东' }).verdict).toBe('dangerous');
    const r = analyze({ channel: 'call', turns: [{ speaker: 'caller', text: '您好' }], claimedIdentity: '京东', callerNumber: '17012345678' });
    expect(r.verdict, why(r)).not.toBe('safe');
  });

  it('explains the finding in Chinese on a Chinese page and in English on an English one', () => {
    const zh = analyze('http://jd-tuikuan.vip/r/8');
    const link = zh.tactics.find((t) => t.id === 'shift.lookalike-link')!;
    expect(zh.lang).toBe('zh');
    expect(link.description).toMatch(/[\u4e00-\u9fff]/);
    expect(link.detail).toMatch(/[\u4e00-\u9fff]/);
    const en = analyze('http://jd-tuikuan.vip/r/8', { lang: 'en' });
    const enLink = en.tactics.find((t) => t.id === 'shift.lookalike-link')!;
    expect(enLink.description).not.toMatch(/[\u4e00-\u9fff]/);
    expect(enLink.detail).not.toMatch(/[\u4e00-\u9fff]/);
    const num = analyze('淘宝官方客服热线：17012345678', { lang: 'en' }).tactics.find((t) => t.id === 'contact.spoofed-number')!;
    expect(num.detail).toMatch(/claims to be Taobao/);
    expect(num.detail).not.toContain('12345678'); // the personal number stays masked in the explanation
  });

  it('a confirmed indicator is explained in one language, the answer\'s', () => {
    const indicators = new Map([['domain:tuikuan-service.top', 'C-20261120-002']]);
    const text = '您的退款请点 http://jd.com.tuikuan-service.top/r 办理';
    const zh = analyze({ channel: 'sms', text }, { indicators }).tactics.find((t) => t.id === 'shift.confirmed-domain')!;
    expect(zh.detail).toContain('已在案件 C-20261120-002');
    expect(zh.detail).not.toMatch(/confirmed/);
    const en = analyze({ channel: 'sms', text, lang: 'en' }, { indicators }).tactics.find((t) => t.id === 'shift.confirmed-domain')!;
    expect(en.detail).toContain('confirmed in case C-20261120-002');
    expect(en.detail).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
