import { describe, expect, it } from 'vitest';
import { permuteDomain } from '../../src/checks/url/permute.ts';
import { checkUrl } from '../../src/checks/url/check.ts';

describe('permuteDomain', () => {
  it('generates each dnstwist kind for jd.com', () => {
    const list = permuteDomain('jd.com');
    const kinds = new Set(list.map((p) => p.kind));
    for (const k of ['addition', 'omission', 'repetition', 'transposition', 'replacement', 'homoglyph', 'hyphenation', 'subdomain', 'tld-swap', 'dictionary']) {
      expect(kinds, k).toContain(k);
    }
    const domains = list.map((p) => p.domain);
    expect(domains).toEqual(expect.arrayContaining(['jdd.com', 'dj.com', 'j-d.com', 'j.d.com', 'jd.vip', 'jd-tuikuan.com']));
    expect(domains).not.toContain('jd.com');
    // JD's own other domain is not a look-alike to watch.
    expect(domains).not.toContain('jdl.com');
    expect(new Set(domains).size).toBe(domains.length);
  });

  it('IDN homoglyphs come in punycode with the displayed form', () => {
    const cyr = permuteDomain('taobao.com').find((p) => p.display === 'tаobao.com');
    expect(cyr?.domain).toMatch(/^xn--/);
  });

  it('the link checker flags what the permuter generates for longer brand names', () => {
    for (const d of ['taobao.com', 'pinduoduo.com', 'meituan.com', 'alipay.com']) {
      const list = permuteDomain(d);
      const missed = list.filter((p) => !['suspicious', 'dangerous'].includes(checkUrl(p.domain).verdict));
      expect(missed.length / list.length, `${d}: ${missed.map((m) => m.domain).join(' ')}`).toBeLessThan(0.05);
    }
  });

  it('rejects non-domains', () => {
    expect(() => permuteDomain('')).toThrow();
    expect(() => permuteDomain('192.168.1.1')).toThrow(/not a registrable domain/);
    expect(() => permuteDomain('com')).toThrow();
  });
});
