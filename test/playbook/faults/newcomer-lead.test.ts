/**
 * Kinds found by a newcomer's probes (2026-11-30), fixed by the lead:
 * a link the link checker calls the brand's own site is no "link sent to you" move in `check`
 * (one judgement on every surface, issue 8 §1.2).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { checkUrl } from '../../../src/checks/url/check.ts';

describe('official links are not a move', () => {
  it.each([
    ['【中国银行】您的信用卡本期账单已出，可登录中国银行APP或 www.boc.cn 查询', 'www.boc.cn'],
    ['【京东】您有一张优惠券即将过期，访问 https://www.jd.com 领取', 'https://www.jd.com'],
    ['【工商银行】您的网银证书即将到期，请登录 www.icbc.com.cn 或手机银行更新', 'www.icbc.com.cn'],
    ['【淘宝】您的退款已到账，详情可登录 https://www.taobao.com 在我的订单中查看', 'https://www.taobao.com'],
    ['【中国移动】您本月话费账单已出，点击 https://www.10086.cn 查询详单', 'https://www.10086.cn'],
    ['【招商银行】您的账单已出，可登录 www.cmbchina.com 查看并还款', 'www.cmbchina.com'],
    ['【支付宝】您有一笔退款已原路退回，可登录 https://www.alipay.com 查看', 'https://www.alipay.com'],
    ['【12306】您的退票已办理，退款将原路返回，详情登录 https://www.12306.cn 查询', 'https://www.12306.cn'],
    ['【建设银行】您的信用卡额度已调整，可登录 www.ccb.com 查看', 'www.ccb.com'],
    ['【拼多多】您的售后申请已通过，点击 https://www.pinduoduo.com 查看退款进度', 'https://www.pinduoduo.com'],
  ])('%s stays safe (its link is the official site)', (text, url) => {
    expect(checkUrl(url).verdict).toBe('official');
    const r = analyze({ channel: 'sms', text });
    expect(r.tactics.map((t) => t.id)).not.toContain('shift.link');
    expect(r.verdict).toBe('safe');
  });

  it.each([
    '【京东】退款已受理，请点击 http://jd-tuikuan.vip/r 填写银行卡领取',
    '淘宝客服：订单异常，退款请登录 https://tb-refund-center.top/login 输入验证码',
    '【工商银行】您的积分即将清零，请点击 icbc-jifen.vip 兑换现金',
    '【12306】您的车票退款失败，请登录 12306-tuipiao.com 重新办理',
  ])('a look-alike in the same words still warns: %s', (text) => {
    const r = analyze({ channel: 'sms', text });
    expect(r.verdict).not.toBe('safe');
  });
});

describe('a bill link is judged by the link checker, not by words in the sentence', () => {
  const fired = (text: string) => analyze({ channel: 'sms', text }).tactics.map((t) => t.id);
  it.each([
    '请在 https://www.sgcc.com.cn 缴纳电费',
    '请登录 www.95598.cn 补缴电费',
    '请登录 https://www.10086.cn 充值话费',
    '话费可在 www.189.cn 缴纳',
    '税费请在 https://etax.chinatax.gov.cn 缴纳',
  ])('an official site is no bill link: %s', (text) => {
    expect(fired(text)).not.toContain('extract.bill-link');
  });
  it.each([
    '【国家电网】您家电费已欠费，请点击 gov.cn.pay-fee.top 补缴电费',
    '电费逾期，请在 sgcc.com.cn.jiaofei.vip 缴费',
    '话费欠费停机，请点 10086.cn-pay.top 充值',
  ])('an official name inside another domain is still one: %s', (text) => {
    expect(fired(text)).toContain('extract.bill-link');
  });
});
