/**
 * Links written to dodge filters are still found and judged (issue 8, links §2): hxxp, 点com,
 * 。com, full-width dots, [.] and (dot), spaces around the dots, a link broken across a line,
 * Chinese text glued after it, no scheme. And every surface answers alike for the same link:
 * `fanzha url`, `POST /v1/check/url`, and `fanzha check` / `POST /v1/analyze` on a message
 * holding it (a flagged link is at least `suspicious` there; an official one adds nothing).
 */
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { CliError, type CliIO } from '../../src/cli/command.ts';
import { command as urlCommand } from '../../src/cli/commands/url.ts';
import { checkUrl, isOfficialHost, MAX_INPUT } from '../../src/checks/url/check.ts';
import { extractIndicators } from '../../src/centre/indicators.ts';
import { deobfuscateUrl, urlView } from '../../src/checks/url/deobfuscate.ts';
import { isFlagged } from '../../src/checks/findings.ts';
import { extractEntities } from '../../src/entities/entities.ts';
import { normalise } from '../../src/normalise/normalise.ts';
import { call, start, type Running } from '../server/helpers.ts';

const urlsIn = (text: string): string[] => {
  const n = normalise(text).text;
  return extractEntities(n).filter((e) => e.kind === 'url').map((e) => e.value);
};

/** [message, the plain link a reader would type] */
const OBFUSCATED: readonly (readonly [string, string])[] = [
  ['退款请点 hxxp://jd-tuikuan.vip/r/8 办理', 'http://jd-tuikuan.vip/r/8'],
  ['理赔页面 hxxps://tb-refund.top/r 填写信息', 'https://tb-refund.top/r'],
  ['复制 jd-tuikuan点com/r 到浏览器打开领取退款', 'jd-tuikuan.com/r'],
  ['请访问 tb-refund。top/r 申请退款', 'tb-refund.top/r'],
  ['登录ｔｂ－ｒｅｆｕｎｄ．ｔｏｐ／ｒ 完成退款', 'tb-refund.top/r'],
  ['打开 pdd-kefu[.]vip 联系理赔专员', 'pdd-kefu.vip'],
  ['Visit paypal-secure-check dot com now to restore access', 'paypal-secure-check.com'],
  ['退款地址 jd-tuikuan . vip/r 请尽快', 'jd-tuikuan.vip/r'],
  ['请点击www。taobao-refund。com领取', 'www.taobao-refund.com'],
  ['退款链接：https://jd-tuikuan.vip/\nr/8 请尽快操作', 'https://jd-tuikuan.vip/r/8'],
  ['登录 https://tb-refund-center.top/login?id=\n12345 输入验证码', 'https://tb-refund-center.top/login?id=12345'],
  ['ETC认证失效，请登录etc-gov.cn重新认证', 'etc-gov.cn'],
  ['您的快递丢失，理赔请进 sf-lipei(.)com 处理', 'sf-lipei.com'],
  ['违章待处理：h**p://12123-weizhang.top/a', 'http://12123-weizhang.top/a'],
];

/** Text with 点, 。 and line breaks that is not a link and must not become one. */
const NOT_LINKS: readonly string[] = [
  '晚上8点ok吗', '请回复td。谢谢', '明天下午3点cc会过来', '好的。com这个词我不懂', '请点击下方按钮查看',
  '上午10点半到', 'ok。好的', '你好\nabc公司', 'it was the end . Next time', '价格是5点5元',
];

describe('obfuscated links in text are found and written plainly', () => {
  it.each(OBFUSCATED)('%s → %s', (text, plain) => {
    expect(urlsIn(text)).toContain(plain);
  });

  it.each(NOT_LINKS)('%s holds no link', (text) => {
    expect(urlsIn(text)).toEqual([]);
  });

  it('the evidence span points at the obfuscated text as written', () => {
    const text = '复制 jd-tuikuan点com/r 到浏览器';
    const r = analyze({ channel: 'sms', text });
    const link = r.tactics.find((t) => t.id === 'shift.lookalike-link');
    expect(link).toBeDefined();
    const ev = link!.evidence[0]!;
    expect(text.slice(ev.start, ev.end)).toBe('jd-tuikuan点com/r');
  });

  it('one link as typed and its obfuscated spellings get one judgement', () => {
    for (const [text, plain] of OBFUSCATED) {
      const n = normalise(text).text;
      const span = extractEntities(n).find((e) => e.kind === 'url' && e.value === plain)!;
      expect(deobfuscateUrl(n.slice(span.start, span.end)), text).toBe(deobfuscateUrl(plain));
      expect(checkUrl(n.slice(span.start, span.end)).verdict, text).toBe(checkUrl(plain).verdict);
    }
  });
});

async function runUrl(args: string[]): Promise<number> {
  const io: CliIO = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough(), env: {} };
  try {
    return await urlCommand.run(args, io);
  } catch (e) {
    if (e instanceof CliError) return e.code;
    throw e;
  }
}

describe('every surface answers alike for the same link', () => {
  let s: Running;
  beforeAll(async () => { s = await start(); });
  afterAll(async () => { await s.close(); });

  const LINKS = [
    ...OBFUSCATED.map(([, plain]) => plain),
    'https://m.jd.com/order', 'https://gab.122.gov.cn', 'https://www.10086.cn', 'https://www.paypal.com/signin', 'https://www.bilibili.com/video/BV1',
    'https://t.cn/A6xYz12', 'zhifubao.vip', 'https://jingdong.com/', 'usps.com-track.info', 'http://203.0.113.9/pay',
  ];

  it.each(LINKS)('%s', async (link) => {
    const report = checkUrl(link);
    const flagged = isFlagged(report.verdict);
    // fanzha url: exit 1 exactly when flagged.
    expect(await runUrl([link])).toBe(flagged ? 1 : 0);
    // POST /v1/check/url: the same report.
    const api = await call(s.base, 'POST', '/v1/check/url', { json: { url: link } });
    expect(api.status).toBe(200);
    expect(api.body.verdict).toBe(report.verdict);
    // fanzha check / POST /v1/analyze on the bare link: suspicious or worse exactly when flagged.
    const local = analyze({ channel: 'sms', text: link });
    const remote = await call(s.base, 'POST', '/v1/analyze', { json: { channel: 'sms', text: link } });
    expect(remote.body.verdict).toBe(local.verdict);
    expect(local.verdict === 'safe', `${link}: ${report.verdict} vs ${local.verdict} ${local.risk}`).toBe(!flagged);
  });
});

describe('hostile links stay linear', () => {
  it('a 1 MB link is judged by its head, quickly, on every entry point', () => {
    const huge = `http://jd-tuikuan.vip/r?${'a=1&'.repeat(MAX_INPUT / 4)}`;
    const r = checkUrl(huge);
    expect(r.host).toBe('jd-tuikuan.vip');
    expect(r.findings.map((f) => f.id)).toContain('overlong');
    expect(urlView(`${'点'.repeat(200_000)}x${'。'.repeat(200_000)}`).text.length).toBe(400_001);
  });

  it('any text up to 64 KB: extraction and the view never throw and map inside the text', () => {
    const piece = fc.constantFrom('a', 'b', 'jd', '.', '-', '/', '?', '=', ' ', '\n', '点', '。', '[.]', '(dot)', ' dot ', 'hxxp://', 'www.', 'com', 'top', '中', '1');
    fc.assert(fc.property(fc.array(piece, { maxLength: 400 }), (parts) => {
      const text = parts.join('');
      const view = urlView(text);
      if (view.map) for (const i of view.map) expect(i).toBeLessThan(text.length);
      for (const e of extractEntities(text)) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.start).toBeLessThan(e.end);
      }
      checkUrl(text);
    }), { numRuns: 300 });
  });
});

describe('indicators for the centre', () => {
  const domains = (text: string): string[] => extractIndicators(text, 'caller').filter((i) => i.kind === 'domain').map((i) => i.value);

  it('an obfuscated link is recorded as the plain domain staff can block', () => {
    expect(domains('复制 jd-tuikuan点com/r 到浏览器')).toEqual(['jd-tuikuan.com']);
    expect(domains('理赔页面 hxxps://tb-refund.top/r 填写信息')).toEqual(['tb-refund.top']);
  });

  it('government and brand sites are never a scammer\'s indicator', () => {
    for (const text of ['请登录 https://gab.122.gov.cn 核实', '详见 www.beijing.gov.cn', '请到 https://www.10086.cn 查询', '登录 www.paypal.com 查看']) {
      expect(domains(text), text).toEqual([]);
    }
    expect(isOfficialHost('etax.chinatax.gov.cn')).toBe(true);
    expect(isOfficialHost('122.gov.cn.wzcx.top')).toBe(false);
  });
});
