/**
 * surface17 kind A: a Chinese-character domain made from a platform's Chinese name was no look-alike on any surface.
 *
 * Before (main 9aaf979): `fanzha url 'http://京东理赔.com'`, `支付宝退款.net`, `拼多多客服.cn`, `淘宝.com` all said
 * 未发现问题 (only the low "internationalised domain" note), `京东退款.top` only 可疑 (from .top); the link checker
 * compared the decoded label with the brands' Latin names only. In `fanzha check` the link was not even read: the
 * link finder took ASCII runs, so 'http://京东理赔.com/r/8' was the link "http://" and a bare '京东退款.top' no link
 * (check '您的订单退款请点 http://京东理赔.com/r/8 办理' suspicious 64 with no link finding; '退款请访问 京东退款.top 填写'
 * suspicious 40 from the text model alone).
 *
 * After: src/checks/data/idn-brands.ts lists the brands' Chinese names from the brands data (zh + aliases, less
 * ordinary words and other firms' names: 平安, 民生, 蚂蚁, 菜鸟, 小米…, and abbreviations inside common words: 工行,
 * 海航…) and the scam's Chinese lure words; src/checks/url/check.ts reads the decoded label (traditional read as
 * simplified): a brand's name with a lure word is dangerous (brand-idn + brand-refund-words, as jd-tuikuan), the
 * name alone on a cheap ending dangerous (as jingdong.top), the name with other words or alone on .com/.cn
 * suspicious (as jd-shop.com), the name in a Chinese subdomain dangerous. src/entities/entities.ts finds links
 * whose host is Chinese (with a scheme or www. whatever its name; bare only when it holds a brand's name, from
 * there), so `check` and the HTTP API give the checker's answer. Dev (eval --split dev vs /tmp/ev17/dev-base.json):
 * 2 of 24,178 changed, both teleantifraud scams up (a fake firm's 'www.金融投资管理有限公司.com' now a link).
 *
 * The twins protect: the brands' own domains (official), Chinese domains of unrelated businesses, including ones
 * holding a word some brand also uses (平安家政, 蚂蚁搬家, 菜鸟教程, 加工行业), and file names made of a brand and an
 * extension (京东订单.pdf, 京东爬虫.py).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { checkUrl } from '../../../src/checks/url/check.ts';
import { CHECKERS } from '../../../src/server/checks.ts';
import { extractEntities } from '../../../src/entities/entities.ts';
import { runCli } from '../../cli/run-cli.ts';
import { runWithAndWithoutModel, type FaultCase } from './helpers.ts';

/** Each with the verdict `fanzha url` must give. */
const LOOKALIKE_URLS: [string, 'dangerous' | 'suspicious', string][] = [
  ['http://京东理赔.com', 'dangerous', 'jd'],
  ['支付宝退款.net', 'dangerous', 'alipay'],
  ['拼多多客服.cn', 'dangerous', 'pdd'],
  ['淘宝.com', 'suspicious', 'taobao'],
  ['京东退款.top', 'dangerous', 'jd'],
  ['https://xn--xhq9mh07gmfv.com/r/8', 'dangerous', 'jd'], // 京东理赔.com as punycode
  ['京東退款.com', 'dangerous', 'jd'], // traditional characters
  ['抖音售后.vip', 'dangerous', 'douyin'],
  ['快手小店退款.cn', 'dangerous', 'kuaishou'],
  ['美团外卖赔付.com', 'dangerous', 'meituan'],
  ['唯品会官方客服.net', 'dangerous', 'vip'],
  ['闲鱼交易.com', 'suspicious', 'xianyu'],
  ['顺丰快递理赔.top', 'dangerous', 'sf'],
  ['中通快递.cn', 'suspicious', 'zto'],
  ['天猫.top', 'dangerous', 'taobao'],
  ['京东退款.example.com', 'dangerous', 'jd'],
  ['工商银行解冻.com', 'dangerous', 'icbc'],
  ['微信支付退款.cc', 'dangerous', 'tencent'],
  ['京东-tuikuan.com', 'dangerous', 'jd'],
  // Chinese endings: the label was cut by the ending's xn-- length (.中国 is xn--fiqs8s) and read as nothing
  ['京东退款.中国', 'dangerous', 'jd'],
  ['http://淘宝客服.公司', 'dangerous', 'taobao'],
  ['京东.网络', 'dangerous', 'jd'],
  ['tаobao.中国', 'dangerous', 'taobao'], // Cyrillic а on a Chinese ending
];

const NOT_LOOKALIKES: [string, 'official' | 'unknown'][] = [
  ['jd.com', 'official'],
  ['https://www.taobao.com', 'official'],
  ['https://m.tb.cn/h.abc', 'official'],
  ['http://北京大学.cn', 'unknown'],
  ['平安家政.com', 'unknown'],
  ['蚂蚁搬家.com', 'unknown'],
  ['加工行业.com', 'unknown'],
  ['菜鸟教程.com', 'unknown'],
  ['民生超市.cn', 'unknown'],
  ['小米粥铺.cn', 'unknown'],
  ['老王五金店.com', 'unknown'],
  ['光大律师事务所.com', 'unknown'],
  ['上海航运.com', 'unknown'],
  ['北京大学.中国', 'unknown'],
];

describe('a brand\'s Chinese name in a Chinese domain: fanzha url and the HTTP API', () => {
  for (const [url, verdict, brand] of LOOKALIKE_URLS) {
    it(`${verdict}: ${url}`, () => {
      const r = checkUrl(url);
      expect(r.verdict, JSON.stringify(r.findings)).toBe(verdict);
      expect(r.brand).toBe(brand);
      expect(CHECKERS.url(url)).toEqual(r);
    });
  }
  for (const [url, verdict] of NOT_LOOKALIKES) {
    it(`${verdict}: ${url}`, () => {
      const r = checkUrl(url);
      expect(r.verdict, JSON.stringify(r.findings)).toBe(verdict);
      expect(r.findings.map((f) => f.id).filter((id) => id !== 'punycode')).toEqual([]);
    });
  }
  it('fanzha url says it in the reader\'s words and exits 1', async () => {
    const r = await runCli(['url', 'http://京东理赔.com', '--lang', 'zh']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('危险');
    expect(r.out).toContain('“京东理赔.com”是用“京东”这个中文名注册的中文域名');
    const twin = await runCli(['url', 'http://北京大学.cn', '--lang', 'zh']);
    expect(twin.code).toBe(0);
  });
});

const LOOK = ['shift.lookalike-link'];
const CASES: FaultCase[] = [
  { name: 'issue: a Chinese-domain link in a refund message', input: '您的订单退款请点 http://京东理赔.com/r/8 办理', expect: 'not-safe', tactics: LOOK },
  { name: 'the bare link', input: 'http://京东理赔.com', expect: 'not-safe', tactics: LOOK },
  { name: 'a bare Chinese host, no scheme', input: '京东退款.top', expect: 'not-safe', tactics: LOOK },
  { name: 'a bare host with a space before it', input: '【淘宝】您购买的商品存在质量问题，请登录 淘宝退款.top 申请三倍赔付', expect: 'scam', tactics: LOOK },
  { name: 'a scheme and a path', input: '拼多多客服：您的订单异常，请访问 https://拼多多客服.cn/tk 填写信息领取退款', expect: 'scam', tactics: LOOK },
  { name: 'a bare host glued to the sentence', input: '支付宝提醒您：账户存在风险，请尽快登录支付宝退款.net进行解冻', expect: 'not-safe', tactics: LOOK },
  { name: 'after a colon, before a comma', input: '亲，快递丢件了，顺丰理赔专用网址：顺丰快递理赔.top，按提示操作即可', expect: 'not-safe', tactics: LOOK },
  { name: 'a subscription story', input: '抖音会员到期将自动扣费，如需关闭请登录 http://抖音售后.vip 取消', expect: 'not-safe', tactics: LOOK },
  { name: 'the punycode form in a message', input: 'http://xn--xhq9mh07gmfv.com/r/8 退款点这里', expect: 'not-safe', tactics: LOOK },
  { name: 'traditional characters', input: '網址：京東退款.com 請盡快填寫', expect: 'not-safe', tactics: LOOK },
  { name: 'www. glued to the sentence', input: '美团外卖赔付请访问www.美团外卖赔付.com领取', expect: 'not-safe', tactics: LOOK },
  { name: 'a shop name and a lure word', input: '唯品会官方客服.net 办理退款', expect: 'not-safe', tactics: LOOK },
  // twins: nothing to flag
  { name: 'twin: the platform\'s own link', input: '【京东】您的订单已发货，详情见 https://m.jd.com/order', expect: 'safe' },
  { name: 'twin: a university\'s Chinese domain in prose', input: '今天去北京大学.cn官网看了招生简章', expect: 'safe' },
  { name: 'twin: a university\'s Chinese domain as a link', input: 'http://北京大学.cn', expect: 'safe' },
  { name: 'twin: a moving firm whose name holds 蚂蚁', input: '推荐一家搬家公司 蚂蚁搬家.com 价格公道', expect: 'safe' },
  { name: 'twin: a file named after an order', input: '京东订单.pdf 已发到你邮箱了', expect: 'safe' },
  { name: 'twin: a zip file', input: '拼多多发票.zip 在附件里', expect: 'safe' },
  { name: 'twin: a screenshot', input: '淘宝截图.png 看一下这个颜色', expect: 'safe' },
  { name: 'twin: a script file (.py is a country ending too)', input: '我写了个京东比价的脚本 京东爬虫.py，你试试', expect: 'safe' },
  { name: 'twin: the platform\'s real refund notice', input: '【淘宝】您的退款申请已通过，退款金额89.00元将在1-3个工作日原路退回至您的支付账户，请在淘宝APP“我的订单”中查看。', expect: 'safe' },
  { name: 'twin: a cleaning firm whose name holds 平安', input: '平安家政.com 预约保洁，明天上午九点上门', expect: 'safe' },
  { name: 'twin: a hardware shop\'s Chinese domain', input: 'http://老王五金店.com 新到一批工具', expect: 'safe' },
  { name: 'twin: the brand named with no domain', input: '周末去菜鸟驿站取快递，顺便去京东买点东西。', expect: 'safe' },
];

describe('a brand\'s Chinese name in a Chinese domain: fanzha check (with and without the model)', () => {
  // The engine compiles on first use (tens of seconds on a loaded machine): not inside the first case's timeout.
  beforeAll(() => { analyze('预热'); }, 120_000);
  runWithAndWithoutModel(CASES);

  it('reads the Chinese host whole, with its scheme and path', () => {
    const urls = (t: string) => extractEntities(t).filter((e) => e.kind === 'url').map((e) => e.value);
    expect(urls('您的订单退款请点 http://京东理赔.com/r/8 办理')).toEqual(['http://京东理赔.com/r/8']);
    expect(urls('请访问京东退款.top填写')).toEqual(['京东退款.top']);
    expect(urls('请访问www.美团赔付.com领取')).toEqual(['www.美团赔付.com']);
    expect(urls('今天去北京大学.cn官网看了')).toEqual([]);
  });

});
