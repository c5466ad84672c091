/**
 * Look-alike links of every kind people are phished with (issue 8, links §1): each kind with its
 * own positives (flagged, imitating the named brand) and the real sites of that kind (official,
 * no findings). All written by us; the official domains are the ones in src/checks/data.
 */
import { describe, expect, it } from 'vitest';
import { checkUrl } from '../../src/checks/url/check.ts';
import { isFlagged } from '../../src/checks/findings.ts';

type Kind = { name: string; lookalikes: readonly (readonly [string, string])[]; official: readonly (readonly [string, string | null])[] };

const KINDS: readonly Kind[] = [
  {
    name: 'government and public services (gov.cn is a public suffix)',
    lookalikes: [
      ['122.gov.cn.wzcx.top', 'jiaoguan'], ['12123-weizhang.top', 'jiaoguan'], ['jg12123.cn', 'jiaoguan'],
      ['www.12123jiaoguan.com', 'jiaoguan'], ['chinatax-gov.com', 'tax'], ['geshui-tuishui.com', 'tax'],
      ['shebao-renzheng.vip', 'shebao'], ['12333-butie.cn', 'shebao'], ['yibao-fafang.top', 'yibao'],
      ['nhsa.gov.cn.xyz.top', 'yibao'], ['etc-gov.cn', 'etc'], ['etcrenzheng.com', 'etc'], ['etc-jihuo.cc', 'etc'],
      ['12306-tuipiao.com', 'rail12306'], ['fanzha-zhongxin.top', 'fanzha'], ['96110.top', 'fanzha'],
    ],
    official: [
      ['https://gab.122.gov.cn/m/login', 'jiaoguan'], ['https://etax.chinatax.gov.cn', 'tax'], ['https://si.12333.gov.cn', 'shebao'],
      ['https://fuwu.nhsa.gov.cn', 'yibao'], ['https://www.12306.cn/index/', 'rail12306'], ['https://www.gov.cn', null],
      ['https://www.mps.gov.cn', null], ['https://www.beijing.gov.cn/', null], ['https://www.lottery.gov.cn', null],
      ['https://www.cwl.gov.cn', null], ['https://www.mohrss.gov.cn', 'shebao'],
    ],
  },
  {
    name: 'couriers',
    lookalikes: [
      ['sf-express.com.kuaidi.top', 'sf'], ['sf-lipei.com', 'sf'], ['zhongtong-kuaidi.cn', 'zto'], ['yto-kefu.com', 'yto'],
      ['yuantong-lipei.top', 'yto'], ['yunda-kd.com', 'yunda'], ['yundaex-pay.top', 'yunda'], ['ems-tuikuan.cn', 'ems'],
      ['chinapost-redelivery.com', 'ems'], ['jdl-wuliu.com', 'jd'], ['jingdong-wuliu.vip', 'jd'], ['kf95338.top', 'sf'],
    ],
    official: [
      ['https://www.sf-express.com/chn/sc', 'sf'], ['https://www.zto.com', 'zto'], ['https://www.yto.net.cn', 'yto'],
      ['https://www.yundaex.com', 'yunda'], ['https://www.ems.com.cn', 'ems'], ['https://www.cainiao.com', 'cainiao'],
      ['https://www.jdl.com', 'jd'], ['https://www.chinapost.com.cn', 'ems'], ['https://www.sto.cn', 'sto'], ['https://www.guoguo-app.com', 'cainiao'],
    ],
  },
  {
    name: 'carriers',
    lookalikes: [
      ['10086-jifen.top', 'cmcc'], ['jifen10086.cn', 'cmcc'], ['chinamobile-jifen.com', 'cmcc'], ['10086.cn.jifen-duihuan.cc', 'cmcc'],
      ['10010-duihuan.vip', 'cucc'], ['liantong-kefu.top', 'cucc'], ['chinaunicom-tuifei.com', 'cucc'], ['chinatelecom-pay.cc', 'ctcc'],
      ['dianxin189-jifen.top', 'ctcc'], ['10086-kefu.com', 'cmcc'],
    ],
    official: [
      ['https://u.10010.cn/qABNr', 'cucc'], ['https://www.10086.cn', 'cmcc'], ['https://www.189.cn', 'ctcc'], ['https://m.wo.cn', 'cucc'],
      ['https://shop.10086.cn/i/', 'cmcc'], ['https://www.chinamobile.com', 'cmcc'], ['https://www.10010.com/net5/', 'cucc'],
      ['https://www.chinaunicom.com.cn', 'cucc'], ['https://www.chinatelecom.com.cn', 'ctcc'], ['https://cloud.189.cn', 'ctcc'],
    ],
  },
  {
    name: 'payment',
    lookalikes: [
      ['zhifubao-tuikuan.com', 'alipay'], ['alipay-jiedong.top', 'alipay'], ['alipay.com.refund-center.cc', 'alipay'],
      ['weixin-kefu.top', 'tencent'], ['wxpay-lipei.com', 'tencent'], ['unionpay-tk.cc', 'unionpay'],
      ['yunshanfu-tuikuan.com', 'unionpay'], ['95516-refund.top', 'unionpay'], ['zhifubao.vip', 'alipay'], ['alipay.top', 'alipay'],
    ],
    official: [
      ['https://qr.alipay.com/fkx1234', 'alipay'], ['https://pay.weixin.qq.com', 'tencent'], ['https://wx.qq.com', 'tencent'],
      ['https://cshall.alipay.com', 'alipay'], ['https://www.tenpay.com', 'tencent'], ['https://cn.unionpay.com', 'unionpay'],
      ['https://qr.95516.com/00010000/x', 'unionpay'], ['https://www.antgroup.com', 'alipay'], ['https://www.mybank.cn', 'alipay'],
      ['https://kf.qq.com', 'tencent'],
    ],
  },
  {
    name: 'banks',
    lookalikes: [
      ['icbc-jiedong.top', 'icbc'], ['ccb-kefu.vip', 'ccb'], ['icbc.com.cn.secure-login.top', 'icbc'], ['95588-kefu.com', 'icbc'],
      ['cmbchina-jifen.top', 'cmb'], ['abchina-renzheng.com', 'abc'], ['bankofchina-update.top', 'boc'], ['psbc-kefu.cc', 'psbc'],
      ['95533.top', 'ccb'], ['icbcc.com', 'icbc'],
    ],
    official: [
      ['https://mybank.icbc.com.cn/icbc/perbank/index.jsp', 'icbc'], ['https://www.ccb.com', 'ccb'], ['https://www.abchina.com', 'abc'],
      ['https://www.boc.cn', 'boc'], ['https://www.bankcomm.com', 'bocom'], ['https://www.cmbchina.com', 'cmb'],
      ['https://www.psbc.com', 'psbc'], ['https://www.spdb.com.cn', 'spdb'], ['https://www.citicbank.com', 'citic'], ['https://bank.pingan.com', 'pingan'],
    ],
  },
  {
    name: 'platforms',
    lookalikes: [
      ['pdd-tuikuan.com', 'pdd'], ['pinduoduo-kefu.vip', 'pdd'], ['douyin-lipei.top', 'douyin'], ['kuaishou-vip-tuikuan.com', 'kuaishou'],
      ['meituan-pay.cc', 'meituan'], ['ctrip-tuipiao.com', 'ctrip'], ['xiecheng-kefu.top', 'ctrip'], ['goofish-pay.top', 'xianyu'],
      ['xianyu-baozhengjin.com', 'xianyu'], ['tmall-kefu.top', 'taobao'], ['taobaotuikuan.com', 'taobao'], ['jd-tuikuan.vip', 'jd'],
      ['tianmao.top', 'taobao'],
    ],
    official: [
      ['https://www.douyin.com', 'douyin'], ['https://www.kuaishou.com', 'kuaishou'], ['https://i.meituan.com', 'meituan'],
      ['https://www.ctrip.com', 'ctrip'], ['https://www.goofish.com', 'xianyu'], ['https://www.pinduoduo.com', 'pdd'],
      ['https://www.trip.com', 'ctrip'], ['https://www.fliggy.com', 'fliggy'], ['https://item.jd.com/100.html', 'jd'],
      ['https://detail.tmall.com/item.htm?id=5', 'taobao'],
    ],
  },
  {
    name: 'English brands',
    lookalikes: [
      ['amazon-refund.com', 'amazon'], ['amaz0n.com', 'amazon'], ['arnazon.co.uk', 'amazon'], ['amazon.com.account-verify.top', 'amazon'],
      ['paypa1.com', 'paypal'], ['paypal-secure-check.com', 'paypal'], ['paypal.com.limited-account.info', 'paypal'],
      ['appleid-verify.com', 'apple'], ['icloud-unlock.top', 'apple'], ['micros0ft.com', 'microsoft'], ['microsoft-support-help.com', 'microsoft'],
      ['usps-redelivery.com', 'usps'], ['usps.com-track.info', 'usps'], ['royalmail-parcel.com', 'royalmail'], ['royal-mail-fee.com', 'royalmail'],
      ['dhl-delivery-fee.com', 'dhl'], ['irs-refund.com', 'irs'], ['irs.gov.tax-rebate.top', 'irs'], ['fedex-tracking.xyz', 'fedex'],
    ],
    official: [
      ['https://www.amazon.co.uk/gp/css/order-history', 'amazon'], ['https://www.paypal.com/signin', 'paypal'],
      ['https://appleid.apple.com', 'apple'], ['https://support.apple.com/zh-cn', 'apple'], ['https://login.microsoftonline.com', 'microsoft'],
      ['https://tools.usps.com/go/TrackConfirmAction', 'usps'], ['https://www.royalmail.com/track-your-item', 'royalmail'],
      ['https://www.dhl.com/cn-zh/home.html', 'dhl'], ['https://www.irs.gov/refunds', 'irs'], ['https://www.fedex.com/en-us/tracking.html', 'fedex'],
    ],
  },
];

describe.each(KINDS)('look-alike links: $name', ({ lookalikes, official }) => {
  it.each(lookalikes)('%s is flagged as imitating %s, in both languages', (url, brand) => {
    const r = checkUrl(url);
    expect(isFlagged(r.verdict), `${url}: ${r.findings.map((f) => f.id).join(',')}`).toBe(true);
    expect(r.brand).toBe(brand);
    for (const f of r.findings) {
      expect(f.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(f.en).not.toMatch(/[\u4e00-\u9fff]{2}/);
    }
  });

  it.each(official)('%s is official (%s) with no findings', (url, brand) => {
    const r = checkUrl(url);
    expect(r.findings).toEqual([]);
    expect(r.verdict).toBe('official');
    expect(r.brand).toBe(brand);
  });
});

describe('fake government sites say so, and name gov.cn', () => {
  it.each(['122.gov.cn.wzcx.top', 'etc-gov.cn', 'guojiacaipiaozhongxin.com', 'zhengfu-butie.com', 'shebao-renzheng.vip',
    'www.gov.cn.fafang-butie.top', 'yibao-fafang.top', 'gongan-fanzha.com', 'etc.top', 'govcn-etc.com'])('%s → fake-government', (url) => {
    const f = checkUrl(url).findings.find((x) => x.id === 'fake-government');
    expect(f, url).toBeDefined();
    expect(f!.zh).toContain('.gov.cn');
  });
});

describe('ordinary words and other companies\' sites stay unflagged', () => {
  it.each([
    'pineapple.com', 'cloud.com', 'offices.com', 'applebees.com', 'https://s3.amazonaws.com/bucket/x', 'windows.net', 'sfgate.com',
    'outlooks.com', 'apple.net', 'sf-bay.org', 'https://www.kuaidi100.com', 'https://www.sporttery.cn', 'https://www.baidu.com',
    'https://www.163.com', 'https://www.sohu.com', 'https://www.xiaomi.com', 'https://www.etcetera.com', 'https://www.trip-advisor.example',
    'https://www.dianping.com', 'guojiadili.com', 'http://sf.cn/xTkmmmQ9', 'zhifubao.com', 'shunfeng.com', 'https://www.amazonia.org', 'delivery.com', 'https://refund.example.org/policy',
  ])('%s is not flagged', (url) => {
    const r = checkUrl(url);
    expect(isFlagged(r.verdict), `${url}: ${r.findings.map((f) => `${f.id}:${f.severity}`).join(',')}`).toBe(false);
  });
});

/** The tricks, each with ten or more siblings of our own: [url, the finding it must carry]. */
const TRICKS: Record<string, readonly string[]> = {
  typosquat: ['tao6ao.com', 'jindong.com', 'alipya.com', 'pinduoudo.com', 'meituann.com', 'kuaishuo.com', 'xiaohongshu.co',
    'sf-expresss.com', 'tencennt.com', 'taobao.top', 'jdd.com', 'amazzon.com', 'paypall.com', 'microsofft.com'],
  homoglyph: ['douyln.com', 'ta0ba0.com', 'paypa1.com', 'amaz0n.com', 'arnazon.com', 'micros0ft.com', 'https://xn--tobao-4ve.com',
    'https://xn--80ak6aa92e.com', 'a1ipay.com', 'a1ibaba.com', 'me1tuan.com'],
  'brand-in-subdomain': ['taobao.com.refund-service.top', 'm.jd.com.cn-refund.top', 'www.taobao.com.cn.tk', 'jd.evil.top',
    'alipay.com.refund-center.cc', 'icbc.com.cn.secure-login.top', 'usps.com-track.info', 'paypal.com.limited-account.info',
    'amazon.com.account-verify.top', '122.gov.cn.wzcx.top', '10086.cn.jifen-duihuan.cc', 'pdd.pinduoduo-service.top'],
  userinfo: ['http://www.jd.com@evil.top/', 'https://taobao.com:login@tb-refund.cc/x', 'http://alipay.com@203.0.113.7/r',
    'https://www.icbc.com.cn@secure.example.top/', 'http://paypal.com@paypal-check.example/', 'http://10086.cn@jifen.example.cc/',
    'https://gab.122.gov.cn@wz.example.top/', 'http://m.pinduoduo.com@pdd.example.vip/', 'http://weixin.qq.com@kf.example.top/',
    'http://apple.com@icloud-find.example.xyz/'],
  'ip-host': ['http://192.168.1.5/refund', 'http://3232235777/refund', 'http://0x7f.0x0.0x0.0x1/tuikuan', 'http://[::1]/x',
    'http://203.0.113.9/pay', 'https://198.51.100.23/login', 'http://10.0.0.8:8080/jd', 'http://172.16.5.4/taobao/tk',
    'http://8.8.4.4/alipay', 'http://100.64.0.1/12123'],
  overlong: [2, 3, 5, 8, 13, 21, 34, 55, 89, 144].map((k) => `http://pay-${k}.example.top/r?${'q=1&'.repeat(1100 + k)}`),
};

describe.each(Object.entries(TRICKS))('the %s trick', (id, urls) => {
  it.each(urls)(`%s carries ${id}`, (url) => {
    const r = checkUrl(url);
    expect(r.findings.map((f) => f.id), url).toContain(id);
    if (id !== 'overlong') expect(isFlagged(r.verdict), url).toBe(true);
  });
});

describe('weak signs alone are noted, not flagged (real notices use them)', () => {
  it.each(['https://t.cn/A6xYz12', 'https://dwz.cn/Z0HZ3afG', 'https://bit.ly/3xYz', 'https://tinyurl.com/y7abc', 'https://suo.im/5abc',
    'https://shop.example.top', 'https://blog.example.xyz/post/1', 'https://news.example.cc', 'https://www.example.vip/about', 'https://u.nu/abc'])(
    '%s: low findings only, verdict unknown', (url) => {
      const r = checkUrl(url);
      expect(r.findings.length).toBeGreaterThan(0);
      expect(r.findings.every((f) => f.severity === 'low')).toBe(true);
      expect(r.verdict).toBe('unknown');
    });

  it.each(['https://bit.ly/jd-tuikuan', 'https://t.cn/refund', 'https://refund.example.xyz', 'https://tuikuan.example.top/a',
    'https://dwz.cn/lipei-8', 'https://claims.example.cc', 'https://suo.im/taobao-refund', 'https://t.co/compensation',
    'https://lipei.example.vip', 'https://tinyurl.com/refunds'])('%s: weak signs together are suspicious', (url) => {
    expect(isFlagged(checkUrl(url).verdict), url).toBe(true);
  });
});
