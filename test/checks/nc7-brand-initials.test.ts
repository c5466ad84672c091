/**
 * newcomer7 kind 4: a look-alike link made of a platform's INITIALS and a lure word (mt-kf.sbs,
 * dy-kefu.top, zfb-tk.top, wx-jiedong.com) read "未发现问题" while tb-/jd-/pdd- forms read 危险: the
 * brands' initials (src/checks/data/official-domains.ts `initials`: 美团 mt, 抖音 dy, 支付宝 zfb, 微信
 * wx/vx, 快手 ks, 唯品会 wph, 小红书 xhs, 闲鱼 xy, 淘宝 tb…) name the brand beside a lure word, as a whole
 * hyphen-separated part or glued before it (zfbtuikuan), on every surface (`url`, `check`). Initials
 * are ambiguous alone (M&T Bank's mt-bank.com, a school's ks-edu), so alone they name nobody; the
 * brands' real domains stay official. The first four hosts are the newcomer's; the rest our own.
 */
import { describe, expect, it } from 'vitest';
import { checkUrl } from '../../src/checks/url/check.ts';
import { isFlagged } from '../../src/checks/findings.ts';
import { analyze } from '../../src/index.ts';

const LOOKALIKES: readonly (readonly [string, string])[] = [
  ['mt-kf.sbs', 'meituan'], ['dy-kefu.top', 'douyin'], ['zfb-tk.top', 'alipay'], ['wx-jiedong.com', 'tencent'],
  ['https://ks-tuikuan.vip/r/8', 'kuaishou'], ['mt-lipei.cc', 'meituan'], ['dy-refund.xyz/a', 'douyin'], ['zfbtuikuan.com', 'alipay'],
  ['vx-kefu.top', 'tencent'], ['wph-tuikuan.cn', 'vip'], ['xhs-kf.top', 'xiaohongshu'], ['xy-lipei.vip', 'xianyu'],
  ['http://dy-jiedong.cc/login', 'douyin'], ['mttuikuan.top', 'meituan'],
];

const CLEAN: readonly (readonly [string, string | null])[] = [
  ['https://www.meituan.com', 'meituan'], ['https://www.douyin.com', 'douyin'], ['https://www.alipay.com', 'alipay'],
  ['https://weixin.qq.com', 'tencent'], ['https://www.kuaishou.com', 'kuaishou'], ['https://www.vip.com', 'vip'],
  ['https://www.xiaohongshu.com', 'xiaohongshu'], ['https://www.goofish.com', 'xianyu'],
  // Initials alone name nobody: other organisations' sites with the same letters.
  ['https://www.mt-bank.com', null], ['https://ks-school.edu.cn', null], ['https://dy-design.com', null], ['https://wx-photo.net', null],
  ['https://www.xyz-shop.com', null], ['https://mt-everest.org', null],
];

describe('a platform\'s initials beside a lure word is its look-alike (newcomer7 kind 4)', () => {
  for (const [u, brand] of LOOKALIKES) {
    it(`url: ${u} is dangerous and names ${brand}`, () => {
      const r = checkUrl(u);
      expect(r.verdict, JSON.stringify(r.findings.map((f) => f.id))).toBe('dangerous');
      expect(r.brand).toBe(brand);
    });
  }
  for (const [u, brand] of CLEAN) {
    it(`url: ${u} is not flagged`, () => {
      const r = checkUrl(u);
      expect(isFlagged(r.verdict), `${r.verdict} ${JSON.stringify(r.findings.map((f) => f.id))}`).toBe(false);
      if (brand) expect(r.brand).toBe(brand);
    });
  }
  it('check: the same links are at least suspicious pasted alone or in the newcomer\'s SMS', () => {
    for (const t of ['mt-kf.sbs', 'dy-kefu.top', 'zfb-tk.top', 'wx-jiedong.com', '美团：您申请的外卖骑手工资单被冻结，请联系客服 https://mt-kf.sbs 进行解冻']) {
      const r = analyze({ channel: 'sms', text: t });
      expect(r.verdict, `${t}: ${r.verdict} ${r.risk} ${r.tactics.map((x) => x.id).join(',')}`).not.toBe('safe');
    }
  });
  it('check: the real sites pasted alone stay safe', () => {
    for (const t of ['https://www.meituan.com', 'https://www.douyin.com', 'https://www.alipay.com', 'https://weixin.qq.com']) {
      expect(analyze({ channel: 'sms', text: t }).verdict, t).toBe('safe');
    }
  });
});
