import { describe, expect, it } from 'vitest';
import { checkUrl } from '../../src/checks/url/check.ts';

const ids = (u: string): string[] => checkUrl(u).findings.map((f) => f.id);

describe('checkUrl: official platform links stay official', () => {
  it.each([
    ['https://m.jd.com/product/100012043978.html', 'jd'],
    ['https://item.taobao.com/item.htm?id=624981234567', 'taobao'],
    ['https://h5.m.taobao.com/awp/core/detail.htm?id=1', 'taobao'],
    ['https://www.jd.com/', 'jd'],
    ['www.jd.com', 'jd'],
    ['https://detail.tmall.com/item.htm?id=5', 'taobao'],
    ['https://m.tb.cn/h.5abcD', 'taobao'],
    ['https://render.alipay.com/p/s/i', 'alipay'],
    ['https://mobile.yangkeduo.com/goods.html?goods_id=1', 'pdd'],
    ['https://www.sf-express.com/chn/sc/waybill/list', 'sf'],
    ['https://mybank.icbc.com.cn/icbc/newperbank/perbank3/frame/frame_index.jsp', 'icbc'],
  ])('%s → official (%s)', (url, brand) => {
    const r = checkUrl(url);
    expect(r.verdict).toBe('official');
    expect(r.brand).toBe(brand);
    expect(r.findings).toEqual([]);
  });
});

describe('checkUrl: ordinary unrelated sites are not flagged', () => {
  it.each([
    'baidu.com', 'https://github.com/vitest-dev/vitest', 'https://www.thepaper.cn/newsDetail_forward_1',
    'https://news.sina.com.cn/c/2022-08-10/doc.shtml', 'https://www.bbc.co.uk/news', 'https://www.zhihu.com/question/1',
    'small.com', 'bbc.com', 'https://www.douban.com', 'https://www.bilibili.com/video/BV1',
    'https://www.jdcloud.com',
  ])('%s has no findings', (url) => {
    const r = checkUrl(url);
    expect(r.findings).toEqual([]);
    expect(r.verdict).toBe('unknown');
  });
});

describe('checkUrl: look-alike findings', () => {
  it('brand in a subdomain of another site (taobao.com.refund-service.top)', () => {
    const r = checkUrl('http://taobao.com.refund-service.top/login');
    expect(r.registrableDomain).toBe('refund-service.top');
    expect(r.brand).toBe('taobao');
    expect(ids(r.input)).toEqual(expect.arrayContaining(['brand-in-subdomain', 'risky-tld']));
    expect(r.verdict).toBe('dangerous');
  });

  it('brand hyphenated with refund words on a risky TLD (jd-tuikuan.vip), bare host without scheme', () => {
    const r = checkUrl('jd-tuikuan.vip');
    expect(r.url).toBe('http://jd-tuikuan.vip/');
    expect(r.brand).toBe('jd');
    expect(ids('jd-tuikuan.vip')).toEqual(['brand-hyphenation', 'brand-refund-words', 'risky-tld']);
    expect(r.verdict).toBe('dangerous');
  });

  it('typos of the official name (taob0o.com, jdd.com, sunning.com)', () => {
    for (const [u, brand] of [['taob0o.com', 'taobao'], ['jdd.com', 'jd'], ['sunning.com', 'suning'], ['www.tao-bao.com', 'taobao']] as const) {
      const r = checkUrl(u);
      expect(r.findings.map((f) => f.id), u).toContain('typosquat');
      expect(r.brand).toBe(brand);
      expect(r.verdict).toBe('dangerous');
    }
  });

  it('the official name under another TLD (taobao.top)', () => {
    expect(ids('https://taobao.top/refund')).toContain('typosquat');
  });

  it('the name split across a dot (tao.bao.com)', () => {
    expect(checkUrl('tao.bao.com').brand).toBe('taobao');
    expect(ids('tao.bao.com')).toContain('typosquat');
  });

  it('IDN with a Cyrillic а is decoded and caught as a homoglyph of taobao', () => {
    const url = 'http://tаobao.com/refund'; // Cyrillic а
    const r = checkUrl(url);
    expect(r.host).toMatch(/^xn--/);
    expect(ids(url)).toEqual(expect.arrayContaining(['punycode', 'homoglyph']));
    expect(r.brand).toBe('taobao');
    expect(r.verdict).toBe('dangerous');
    // The punycode form as it arrives in an SMS is caught the same way.
    expect(checkUrl(`http://${r.host}/`).findings.map((f) => f.id)).toContain('homoglyph');
  });

  it('ASCII homoglyphs (tma11.com)', () => {
    expect(ids('tma11.com')).toContain('homoglyph');
  });

  it('IP-literal host with refund path', () => {
    const r = checkUrl('http://192.168.1.5/refund');
    expect(r.findings.map((f) => f.id)).toEqual(['ip-host', 'refund-words']);
    expect(r.verdict).toBe('suspicious');
  });

  it('user@host trick: www.jd.com@evil.top really opens evil.top', () => {
    const r = checkUrl('https://www.jd.com@evil.top/');
    expect(r.host).toBe('evil.top');
    expect(r.brand).toBe('jd');
    expect(r.findings[0]).toMatchObject({ id: 'userinfo', severity: 'high' });
    expect(r.findings[0]!.zh).toContain('evil.top');
    expect(r.verdict).toBe('dangerous');
  });

  it('URL shorteners (t.cn) hide the destination: a low finding, flagged only with another one', () => {
    const r = checkUrl('https://t.cn/A6xYz12');
    expect(r.findings.map((f) => f.id)).toEqual(['shortener']);
    expect(r.verdict).toBe('unknown');
    expect(checkUrl('https://t.cn/tuikuan').verdict).toBe('suspicious');
  });

  it('odd ports (:8443)', () => {
    expect(ids('https://refund-center.top:8443/pay')).toContain('odd-port');
    expect(checkUrl('https://www.jd.com:8443/').verdict).toBe('suspicious');
  });

  it('data: and javascript: schemes', () => {
    expect(checkUrl('data:text/html;base64,PGgxPg==')).toMatchObject({ verdict: 'dangerous', host: null });
    expect(ids('data:text/html;base64,PGgxPg==')).toEqual(['data-scheme']);
    expect(ids('JavaScript:alert(1)')).toEqual(['javascript-scheme']);
  });

  it('APK downloads, but not from an official domain', () => {
    expect(ids('http://dl.example.com/tuikuan.apk')).toContain('apk-download');
    expect(checkUrl('http://dl.example.com/tuikuan.apk').verdict).toBe('dangerous');
    expect(ids('https://storage.jd.com/jdmobile/JDMALL-PC2.apk')).toEqual([]);
  });

  it('brand named only in the path of an ordinary site stays low', () => {
    const r = checkUrl('https://github.com/jd-opensource/help');
    expect(r.verdict).toBe('unknown');
    expect(r.findings.every((f) => f.severity === 'low')).toBe(true);
  });

  it('unparseable input gives url null', () => {
    expect(checkUrl('').url).toBeNull();
    expect(checkUrl('http://').url).toBeNull();
  });

  it('a word with no scheme and no dot is no link; with a scheme a one-label host is still judged', () => {
    for (const word of ['not-a-url', '验证码', 'abc def', 'localhost']) expect(checkUrl(word).url, word).toBeNull();
    expect(checkUrl('http://intranet/x').host).toBe('intranet');
    for (const link of ['jd.com', '1.2.3.4', 'jd-tuikuan.vip/r/8', '[::1]']) expect(checkUrl(link).url, link).not.toBeNull();
  });

  it('a link padded past 4 KB is judged by its head, with a finding that says so', () => {
    const r = checkUrl(`http://jd-tuikuan.vip/r?${'x'.repeat(5000)}`);
    expect(r.host).toBe('jd-tuikuan.vip');
    expect(r.findings.map((f) => f.id)).toContain('overlong');
    expect(r.verdict).toBe('dangerous');
    expect(checkUrl(`https://item.jd.com/1.html?${'a=1&'.repeat(2000)}`).findings.map((f) => f.id)).toEqual(['overlong']);
  });

  it('full-width input is normalised by the URL parser (ｊｄ．ｃｏｍ is jd.com)', () => {
    expect(checkUrl('ｊｄ．ｃｏｍ').verdict).toBe('official');
  });
});
