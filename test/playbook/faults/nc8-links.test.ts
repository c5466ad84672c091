/**
 * newcomer8 kind 3: links. (1) A bare host on a public suffix outside the engine's short list ("退款点
 * jd-refund.help 填写银行卡") was no link at all: safe 0, every tactic a link brings lost, while `fanzha url
 * pdd-refund.help` said dangerous. Bare-host detection now knows every ICANN suffix of the public suffix list
 * (tldts' data), and a link gets the same answer as a message and as a link. (2) A brand spelt with digits or
 * letter pairs for its letters ("taoba0-refund.com", "a1ipay-tk.top", "rneituan-kefu.com") read "未发现问题":
 * the look-alike fold (skeleton.ts: 0→o, 1/i→l, rn→m, vv→w) now applies to the parts of a label as a class.
 * The first inputs are the newcomer's; the rest our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { checkUrl } from '../../../src/checks/url/check.ts';
import { extractEntities } from '../../../src/entities/entities.ts';
import { runCase, sms, chat, why, type FaultCase } from './helpers.ts';

const BARE_HOSTS: FaultCase[] = [
  { name: 'newcomer: 退款点 jd-refund.help 填写银行卡', expect: 'not-safe', tactics: ['shift.lookalike-link'], input: sms('退款点 jd-refund.help 填写银行卡') },
  { name: 'a claim on .beauty', expect: 'not-safe', tactics: ['shift.link'], input: sms('【拼多多】您的订单理赔已审核，请登录 pdd-lipei.beauty 填写收款信息') },
  { name: 'a refund on .support', expect: 'not-safe', tactics: ['shift.link'], input: sms('淘宝售后：您的退款异常，请访问 taobao-refund.support 重新提交银行卡信息') },
  { name: 'a courier claim on .delivery', expect: 'not-safe', tactics: ['shift.link'], input: sms('您的快递已丢失，三倍理赔请点 sf-claims.delivery 登记') },
  { name: 'a membership cancel on .services', expect: 'not-safe', tactics: ['shift.link'], input: sms('您的抖音会员将自动扣费800元，取消请进 douyin-cancel.services 操作') },
  { name: 'a refund on .finance', expect: 'not-safe', tactics: ['shift.link'], input: chat('亲，退款给您打不过去，您去 jd-tuikuan.finance 填一下卡号') },
  { name: 'a frozen wallet on .network', expect: 'not-safe', tactics: ['shift.link'], input: sms('【支付宝】您的账户已冻结，解冻请登录 alipay-safe.network 验证身份') },
  { name: 'a parcel fee on .express', expect: 'not-safe', tactics: ['shift.link'], input: sms('您的包裹因地址不详被退回，请在 cainiao-redeliver.express 补缴运费') },
  { name: 'a credit story on .guru', expect: 'not-safe', tactics: ['shift.link'], input: sms('您的信用分不足无法退款，请在 refund-credit.guru 提升信用后领取') },
  { name: 'a refund on .help without a space', expect: 'not-safe', tactics: ['shift.link'], input: sms('退款请点pdd-refund.help填写银行卡号') },
];

const SPELLED_BRANDS: FaultCase[] = [
  { name: 'newcomer: taoba0-refund.com', expect: 'not-safe', tactics: ['shift.lookalike-link'], input: sms('【淘宝】您申请的退款已审核，请在 https://taoba0-refund.com/a/88 确认收款账户，24小时后失效') },
  { name: 'a1ipay with a 1 for l', expect: 'not-safe', tactics: ['shift.lookalike-link'], input: sms('您的支付宝账户异常，请登录 https://a1ipay-verify.com 解除限制') },
  { name: 'rneituan with rn for m', expect: 'not-safe', tactics: ['shift.lookalike-link'], input: sms('美团外卖理赔：您的订单餐品有问题，赔付请进 http://rneituan-lipei.top 领取') },
  { name: 'jingd0ng with a 0', expect: 'not-safe', tactics: ['shift.lookalike-link'], input: sms('京东客服：您的订单退款失败，请访问 jingd0ng-kefu.com 重新提交') },
  { name: 'pinduoduo with a 0', expect: 'not-safe', tactics: ['shift.lookalike-link'], input: sms('拼多多：您的商品质量问题可双倍赔付，请在 pindu0duo-pay.cn 填写收款卡号') },
];

const LEGIT: FaultCase[] = [
  { name: 'an official domain', expect: 'safe', input: sms('【京东】您的订单已发货，可登录 jd.com 查看物流') },
  { name: 'a file on .zip', expect: 'safe', input: chat('合同我打包成 contract.zip 了，你下载看看') },
  { name: 'a clip on .mov', expect: 'safe', input: chat('视频导出成 trip.mov 发群里了') },
  { name: 'a shop on a new suffix, no story', expect: 'safe', input: sms('【花店】母亲节鲜花预订已开始，详情见 lily-flowers.shop，回T退订') },
  { name: 'a bank notice naming its site', expect: 'safe', input: sms('【招商银行】您的信用卡账单已出，可登录 cmbchina.com 或招商银行APP查询') },
  { name: 'a version number', expect: 'safe', input: chat('app更新到v2.3.1了，修复了闪退') },
  { name: 'a name with a digit, no brand', expect: 'safe', input: sms('【会员日】全场五折，进店请看 vip-618.shop，回T退订') },
];

describe('links on every public suffix, brands spelt with look-alike characters (newcomer8 kind 3)', () => {
  for (const c of [...BARE_HOSTS, ...SPELLED_BRANDS, ...LEGIT]) it(`${c.expect}: ${c.name}`, () => { runCase(c); });

  it('a bare host on any ICANN suffix is a URL entity; a file name is not', () => {
    const kinds = (t: string) => extractEntities(t).filter((e) => e.kind === 'url').map((e) => e.value);
    for (const h of ['jd-refund.help', 'pdd-lipei.beauty', 'sf-claims.delivery', 'refund-credit.guru']) expect(kinds(`请点 ${h} 填写`), h).toHaveLength(1);
    for (const f of ['contract.zip', 'trip.mov', 'report.docx', 'v2.3']) expect(kinds(`发你 ${f} 了`), f).toHaveLength(0);
  });

  it('the same link gets the same answer from the link checker and in a message', () => {
    for (const h of ['jd-refund.help', 'pdd-refund.help', 'taoba0-refund.com', 'a1ipay-verify.com', 'rneituan-lipei.top']) {
      const u = checkUrl(h);
      expect(u.verdict, h).toBe('dangerous');
      const r = analyze(sms(`退款请点 ${h} 填写信息`));
      expect(r.tactics.map((t) => t.id), `${h}: ${why(r)}`).toContain('shift.lookalike-link');
      expect(r.verdict, why(r)).not.toBe('safe');
    }
  });

  it('the brands\' own domains stay official', () => {
    for (const h of ['taobao.com', 'alipay.com', 'meituan.com', 'jd.com', '12306.cn']) expect(checkUrl(h).verdict, h).toBe('official');
  });
});
