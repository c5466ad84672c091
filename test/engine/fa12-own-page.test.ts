/**
 * fa12 kind 2 (session 12): a code typed into the platform's OWN app or page, the one the reader opened ("登录中国移动
 * APP选择礼品后，在页面输入收到的验证码即可完成兑换" read `scam` 80 through shift.link + extract.verification-code), is how
 * codes are used; giving it to a person, typing it into a page somebody sent, or doing it for a refund, an unfreezing or
 * a cancelled charge is not. The mechanism is the tactics' `ordinary` (src/playbook/schema.ts) with OWN_PAGE and
 * SENT_OR_ASKED (src/playbook/zh/own-page.ts): an own-app or this-page word guards the sentence unless a sent page, a
 * link, the code handed on or a pretext is in it. Our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';

const ids = (text: string) => analyze(text).tactics.map((t) => t.id);

describe('a code typed into the reader\'s own app or page is no request', () => {
  const own = [
    '【中国移动】积分兑换提醒：登录中国移动APP选择礼品后，在页面输入收到的验证码即可完成兑换，积分月底清零。回复TD退订',
    '为了核实是您本人操作，系统刚给您的手机发了一个验证码，请在本页面的输入框里填写。',
    '【中国联通】您的流量包兑换需验证身份，请打开联通APP，在兑换页面输入收到的验证码完成兑换。',
    '【建设银行】您正在登录建行手机银行APP，请在当前页面输入验证码完成登录，请勿转告他人。',
    '【饿了么】新人红包已到账，打开饿了么APP下单时在页面输入收到的验证码即可使用。',
    '【电信】登录中国电信APP，进入积分商城选择礼品，在页面输入短信验证码即可兑换。',
    '您在小程序上绑定手机号时，请在当前页面输入收到的验证码。',
    '登录我们的官方APP以后，在页面输入收到的验证码就能看到体检报告。',
    '修改密码需要验证身份，验证码请只在页面输入，工作人员不会向您索要。',
    '请在本页面填写短信验证码，完成实名认证。',
    '【某某医院】预约挂号请打开医院APP，在页面输入收到的验证码确认预约。',
  ];
  for (const text of own) {
    it(`not a request: ${text}`, () => {
      const r = analyze(text);
      expect(r.tactics.map((t) => t.id)).not.toContain('extract.verification-code');
      expect(r.verdict).toBe('safe');
    });
  }
  it('a chat the user opened: "验证码请只在页面输入"', () => {
    const r = analyze({ channel: 'chat', turns: [
      { speaker: 'user', text: '我想注销账号' },
      { speaker: 'caller', text: '您好，注销前请确认账户无余额和未完成订单，然后在“设置-账号与安全-注销账号”中操作，注销需要短信验证，验证码请只在页面输入' },
      { speaker: 'user', text: '好的' },
    ] });
    expect(r.verdict).toBe('safe');
  });
});

describe('a sent page, a download, the code handed on or a pretext still asks', () => {
  const asks = [
    '下载安心退APP，在页面输入收到的验证码就能退款',
    '打开我发的链接，在页面输入收到的验证码领取理赔',
    '淘宝客服：订单异常，退款请登录 https://tb-refund-center.top/login 输入验证码',
    '登录京东金融APP，在页面输入验证码关闭百万保障，不然每月扣费',
    '您打开APP后把收到的验证码告诉我',
    '打开支付宝APP，在页面输入验证码完成解冻',
    '理赔页面打开后，把收到的校验码填写进去',
    '您先登录 http://jd-vip-close.cc 这个页面，输入收到的验证码',
    '在APP页面输入验证码，然后截图发给我',
    '您在这个APP里输入验证码，然后把页面上的数字念给我',
  ];
  for (const text of asks) {
    it(`still asks: ${text}`, () => {
      expect(ids(text)).toContain('extract.verification-code');
      expect(analyze(text).verdict).not.toBe('safe');
    });
  }
});
