/**
 * Official registrable domains of the platforms, couriers, payment networks and banks that
 * refund scammers impersonate, and the name tokens a look-alike would borrow.
 *
 * Provenance: each `source` names where the platform itself publishes the domain (its site,
 * its app's share links, its ICP filing). The list was compiled from those public pages as
 * known to the author; it was NOT re-fetched while building (the checker never goes online).
 * Anyone adding a domain must add where it is published.
 */
/** What people are phished as: the finding and the bulletin name the kind. */
export type BrandKind = 'platform' | 'courier' | 'payment' | 'bank' | 'carrier' | 'utility' | 'government' | 'travel' | 'foreign';

export interface Brand {
  id: string;
  kind: BrandKind;
  zh: string;
  en: string;
  /** Brands of one company group share customer service (淘宝 refunds go through 支付宝). */
  group: string;
  /** Registrable domains (public-suffix based), lower case. */
  domains: readonly string[];
  /**
   * Words a look-alike domain borrows: pinyin names and brand strings. Tokens shorter than 4
   * letters (jd, qq, sf) only count as whole hyphen-separated parts, never as substrings.
   */
  tokens: readonly string[];
  /** Other names a caller may use when claiming to be this brand (for `--claims`). */
  aliases: readonly string[];
  /**
   * Brand names that are also ordinary words (apple, amazon): they count only as a whole
   * hyphen-separated part of a label (apple-id-verify) or glued to a lure word (appleverify),
   * never inside another word (pineapple).
   */
  wordTokens?: readonly string[];
  /**
   * The brand's initials or app abbreviation as people type them (美团 mt, 抖音 dy, 支付宝 zfb, 微信 wx):
   * ambiguous alone (mt-bank.com is M&T Bank's), so they name the brand only beside a lure word of
   * REFUND_WORDS, as a whole hyphen-separated part (mt-kf.sbs, dy-kefu.top) or glued right before it
   * (zfbtuikuan.com). Source: the pinyin initials of the brand's Chinese name (美团 Měi Tuán → mt, 支付宝
   * → zfb) as people type them in chats and as look-alike hosts use them (newcomer7's probes: mt-kf.sbs,
   * dy-kefu.top, zfb-tk.top, wx-jiedong.com); never a generic word (vip is a lure word, not 唯品会's).
   * Banks' are their English initials as printed on their cards and used in their own hosts (abc 农业银行,
   * ccb 建设银行, cmb 招商银行): beside a lure word as above, or as a whole part of a link in a message the
   * bank's name signs (【农业银行】… abc-kb.cc: src/checks/signals.ts senderLookalike).
   */
  initials?: readonly string[];
  /**
   * The brand's own top-level domain (an ICANN ".brand" TLD: only the brand registers under it, so
   * every name below it is the brand's: mydhl.express.dhl is DHL's). Each must be an ICANN suffix in
   * tldts's public-suffix list (test/checks/link11-own-links.test.ts checks it); the source says who
   * holds it (IANA root-zone database, as known to the author, not re-fetched).
   */
  brandTlds?: readonly string[];
  source: string;
}

export const BRANDS: readonly Brand[] = [
  {
    id: 'taobao', kind: 'platform', zh: '淘宝/天猫', en: 'Taobao/Tmall', group: 'alibaba',
    domains: ['taobao.com', 'tmall.com', 'tmall.hk', 'tb.cn', 'alicdn.com', 'taobao.net', 'alibaba.com', '1688.com'],
    tokens: ['taobao', 'tmall', 'tianmao', 'alibaba'],
    aliases: ['淘宝', '天猫', '淘宝网', '天猫超市', '阿里巴巴', 'taobao', 'tmall'],
    initials: ['tb', 'tm'],
    brandTlds: ['taobao', 'tmall', 'alibaba'],
    source: '.taobao, .tmall and .alibaba are Alibaba Group\'s brand TLDs (IANA root zone); taobao.com / tmall.com home pages and ICP filing 浙B2-20080224; tb.cn is the domain of Taobao app share links (m.tb.cn)',
  },
  {
    id: 'alipay', kind: 'payment', zh: '支付宝', en: 'Alipay', group: 'alibaba',
    domains: ['alipay.com', 'alipay.cn', 'alipayobjects.com', 'antgroup.com', 'mybank.cn'],
    tokens: ['alipay', 'zhifubao', 'antgroup', 'jiebei', 'huabei'],
    aliases: ['支付宝', '蚂蚁', '蚂蚁金服', '借呗', '花呗', '蚂蚁借呗', 'alipay'],
    initials: ['zfb'],
    brandTlds: ['alipay'],
    source: '.alipay is Alibaba Group\'s brand TLD (IANA root zone); alipay.com home page; qr.alipay.com is the host of Alipay payment QR codes; antgroup.com is Ant Group\'s site',
  },
  {
    id: 'xianyu', kind: 'platform', zh: '闲鱼', en: 'Xianyu', group: 'alibaba',
    domains: ['goofish.com', 'xianyu.com'],
    tokens: ['goofish', 'xianyu'],
    aliases: ['闲鱼', 'xianyu'],
    initials: ['xy'],
    source: 'goofish.com is Xianyu\'s web site (linked from the Xianyu app)',
  },
  {
    id: 'jd', kind: 'platform', zh: '京东', en: 'JD.com', group: 'jd',
    domains: ['jd.com', 'jd.hk', '360buy.com', '360buyimg.com', '3.cn', 'jdpay.com', 'jdl.com', 'jdl.cn', 'jd.cn', 'jingdong.com'],
    tokens: ['jd', 'jingdong', '360buy', 'jdpay', 'jdjr', 'baitiao'],
    aliases: ['京东', '京东商城', '京东金融', '京东白条', '京东物流', '京东快递', 'jd', 'jd.com'],
    source: 'jd.com home page and ICP filing 京ICP备11041704号; 3.cn is the domain of JD app share links; jdl.com is JD Logistics\' site; jingdong.com redirects to jd.com (as known to the author, not re-checked)',
  },
  {
    id: 'pdd', kind: 'platform', zh: '拼多多', en: 'Pinduoduo', group: 'pdd',
    domains: ['pinduoduo.com', 'yangkeduo.com', 'pddpic.com'],
    tokens: ['pinduoduo', 'pdd', 'yangkeduo'],
    aliases: ['拼多多', 'pdd', 'pinduoduo'],
    source: 'pinduoduo.com home page; mobile.yangkeduo.com is the host of Pinduoduo share links',
  },
  {
    id: 'douyin', kind: 'platform', zh: '抖音', en: 'Douyin', group: 'bytedance',
    domains: ['douyin.com', 'iesdouyin.com', 'douyinpic.com', 'bytedance.com', 'snssdk.com'],
    tokens: ['douyin', 'bytedance'],
    aliases: ['抖音', '抖音商城', '抖音小店', '抖音支付', 'douyin'],
    initials: ['dy'],
    source: 'douyin.com home page; v.douyin.com / iesdouyin.com are the hosts of Douyin share links',
  },
  {
    id: 'kuaishou', kind: 'platform', zh: '快手', en: 'Kuaishou', group: 'kuaishou',
    domains: ['kuaishou.com', 'gifshow.com', 'kwai.com', 'chenzhongtech.com'],
    tokens: ['kuaishou', 'gifshow'],
    aliases: ['快手', '快手小店', 'kuaishou'],
    initials: ['ks'],
    source: 'kuaishou.com home page; v.kuaishou.com and chenzhongtech.com are hosts of Kuaishou share links',
  },
  {
    id: 'vip', kind: 'platform', zh: '唯品会', en: 'Vipshop', group: 'vip',
    domains: ['vip.com', 'vipshop.com', 'vipstatic.com'],
    tokens: ['vipshop', 'weipinhui'],
    aliases: ['唯品会', 'vipshop'],
    initials: ['wph'],
    source: 'vip.com home page (Vipshop\'s shop site)',
  },
  {
    id: 'meituan', kind: 'platform', zh: '美团', en: 'Meituan', group: 'meituan',
    domains: ['meituan.com', 'meituan.net', 'dianping.com'],
    tokens: ['meituan', 'dianping'],
    aliases: ['美团', '美团外卖', '大众点评', 'meituan'],
    initials: ['mt'],
    source: 'meituan.com home page; dianping.com is Meituan\'s 大众点评',
  },
  {
    id: 'suning', kind: 'platform', zh: '苏宁', en: 'Suning', group: 'suning',
    domains: ['suning.com', 'suning.cn'],
    tokens: ['suning'],
    aliases: ['苏宁', '苏宁易购', 'suning'],
    initials: ['sn'],
    source: 'suning.com home page (苏宁易购)',
  },
  {
    id: 'xiaohongshu', kind: 'platform', zh: '小红书', en: 'Xiaohongshu', group: 'xiaohongshu',
    domains: ['xiaohongshu.com', 'xhslink.com', 'xhscdn.com'],
    tokens: ['xiaohongshu', 'xhslink'],
    aliases: ['小红书', 'xiaohongshu', 'rednote'],
    initials: ['xhs'],
    source: 'xiaohongshu.com home page; xhslink.com is the domain of Xiaohongshu share links',
  },
  {
    id: 'tencent', kind: 'payment', zh: '微信/QQ', en: 'WeChat/QQ', group: 'tencent',
    domains: ['qq.com', 'weixin.com', 'wechat.com', 'tenpay.com', 'tencent.com', 'url.cn', 'gtimg.com'],
    tokens: ['weixin', 'wechat', 'tenpay', 'qq', 'tencent', 'wxpay'],
    aliases: ['微信', 'QQ', '腾讯', '微信支付', '财付通', 'wechat', 'weixin', 'tencent'],
    initials: ['wx', 'vx'],
    source: 'weixin.qq.com, wechat.com and tenpay.com (微信支付/财付通) home pages; url.cn is Tencent\'s short-link domain',
  },
  {
    id: 'sf', kind: 'courier', zh: '顺丰', en: 'SF Express', group: 'sf',
    domains: ['sf-express.com', 'sf.com', 'sfexpress.com'],
    tokens: ['sfexpress', 'shunfeng'],
    aliases: ['顺丰', '顺丰速运', '顺丰快递', 'sf express', 'sf'],
    source: 'sf-express.com home page (顺丰速运)',
  },
  {
    id: 'zto', kind: 'courier', zh: '中通快递', en: 'ZTO Express', group: 'zto',
    domains: ['zto.com'], tokens: ['zhongtong'], aliases: ['中通', '中通快递', 'zto'],
    source: 'zto.com home page',
  },
  {
    id: 'yto', kind: 'courier', zh: '圆通速递', en: 'YTO Express', group: 'yto',
    domains: ['yto.net.cn'], tokens: ['yuantong'], aliases: ['圆通', '圆通快递', '圆通速递', 'yto'],
    source: 'yto.net.cn home page',
  },
  {
    id: 'yunda', kind: 'courier', zh: '韵达快递', en: 'Yunda Express', group: 'yunda',
    domains: ['yundaex.com'], tokens: ['yundaex', 'yunda'], aliases: ['韵达', '韵达快递', 'yunda'],
    source: 'yundaex.com home page',
  },
  {
    id: 'sto', kind: 'courier', zh: '申通快递', en: 'STO Express', group: 'sto',
    domains: ['sto.cn'], tokens: ['shentong'], aliases: ['申通', '申通快递', 'sto'],
    source: 'sto.cn home page',
  },
  {
    id: 'ems', kind: 'courier', zh: '中国邮政/EMS', en: 'China Post / EMS', group: 'ems',
    domains: ['ems.com.cn', '11183.com.cn', 'chinapost.com.cn'], tokens: ['chinapost', 'youzheng'],
    aliases: ['EMS', '邮政', '中国邮政', '邮政快递'],
    source: 'ems.com.cn and chinapost.com.cn home pages',
  },
  {
    id: 'cainiao', kind: 'courier', zh: '菜鸟', en: 'Cainiao', group: 'alibaba',
    domains: ['cainiao.com', 'guoguo-app.com'], tokens: ['cainiao', 'guoguo'], aliases: ['菜鸟', '菜鸟裹裹', '菜鸟驿站', 'cainiao'],
    source: 'cainiao.com home page; guoguo-app.com is the 菜鸟裹裹 app\'s site',
  },
  {
    id: 'unionpay', kind: 'payment', zh: '中国银联', en: 'UnionPay', group: 'unionpay',
    domains: ['unionpay.com', '95516.com', 'chinaunionpay.com'], tokens: ['unionpay', 'yinlian', '95516', 'yunshanfu'],
    aliases: ['银联', '中国银联', '云闪付', 'unionpay'],
    source: 'unionpay.com home page; 95516.com hosts 云闪付 (qr.95516.com payment codes)',
  },
  { id: 'icbc', kind: 'bank', zh: '工商银行', en: 'ICBC', group: 'icbc', domains: ['icbc.com.cn', 'icbc.com'], tokens: ['icbc'], aliases: ['工商银行', '工行', 'icbc'], brandTlds: ['icbc'], source: '.icbc is ICBC\'s brand TLD (IANA root zone); icbc.com.cn home page' },
  { id: 'ccb', kind: 'bank', zh: '建设银行', en: 'China Construction Bank', group: 'ccb', domains: ['ccb.com', 'ccb.cn'], tokens: [], aliases: ['建设银行', '建行', 'ccb'], initials: ['ccb'], source: 'ccb.com home page' },
  { id: 'abc', kind: 'bank', zh: '农业银行', en: 'Agricultural Bank of China', group: 'abc', domains: ['abchina.com', 'abchina.com.cn'], tokens: ['abchina'], aliases: ['农业银行', '农行'], initials: ['abc'], source: 'abchina.com home page' },
  { id: 'boc', kind: 'bank', zh: '中国银行', en: 'Bank of China', group: 'boc', domains: ['boc.cn', 'bankofchina.com'], tokens: ['bankofchina'], aliases: ['中国银行', '中行'], initials: ['boc'], source: 'boc.cn home page' },
  { id: 'bocom', kind: 'bank', zh: '交通银行', en: 'Bank of Communications', group: 'bocom', domains: ['bankcomm.com'], tokens: ['bankcomm'], aliases: ['交通银行', '交行'], initials: ['bocom'], source: 'bankcomm.com home page' },
  { id: 'cmb', kind: 'bank', zh: '招商银行', en: 'China Merchants Bank', group: 'cmb', domains: ['cmbchina.com', 'cmbimg.com'], tokens: ['cmbchina'], aliases: ['招商银行', '招行'], initials: ['cmb'], source: 'cmbchina.com home page' },
  { id: 'psbc', kind: 'bank', zh: '邮储银行', en: 'Postal Savings Bank of China', group: 'psbc', domains: ['psbc.com'], tokens: ['psbc'], aliases: ['邮储银行', '邮政储蓄银行'], source: 'psbc.com home page' },
  { id: 'spdb', kind: 'bank', zh: '浦发银行', en: 'SPD Bank', group: 'spdb', domains: ['spdb.com.cn'], tokens: [], aliases: ['浦发银行', '浦发'], initials: ['spdb'], source: 'spdb.com.cn home page' },
  { id: 'citic', kind: 'bank', zh: '中信银行', en: 'China CITIC Bank', group: 'citic', domains: ['citicbank.com'], tokens: ['citicbank'], aliases: ['中信银行', '中信'], initials: ['citic'], brandTlds: ['citic'], source: '.citic is CITIC Group\'s brand TLD (IANA root zone); citicbank.com home page' },
  { id: 'ceb', kind: 'bank', zh: '光大银行', en: 'China Everbright Bank', group: 'ceb', domains: ['cebbank.com'], tokens: ['cebbank'], aliases: ['光大银行', '光大'], initials: ['ceb'], source: 'cebbank.com home page' },
  { id: 'cmbc', kind: 'bank', zh: '民生银行', en: 'China Minsheng Bank', group: 'cmbc', domains: ['cmbc.com.cn'], tokens: [], aliases: ['民生银行', '民生'], initials: ['cmbc'], source: 'cmbc.com.cn home page' },
  { id: 'cib', kind: 'bank', zh: '兴业银行', en: 'Industrial Bank', group: 'cib', domains: ['cib.com.cn'], tokens: [], aliases: ['兴业银行', '兴业'], initials: ['cib'], source: 'cib.com.cn home page' },
  { id: 'pingan', kind: 'bank', zh: '平安银行', en: 'Ping An Bank', group: 'pingan', domains: ['pingan.com', 'pingan.com.cn'], tokens: ['pingan'], aliases: ['平安银行', '平安'], source: 'bank.pingan.com home page' },
  { id: 'hxb', kind: 'bank', zh: '华夏银行', en: 'Hua Xia Bank', group: 'hxb', domains: ['hxb.com.cn'], tokens: [], aliases: ['华夏银行'], initials: ['hxb'], source: 'hxb.com.cn home page' },
  { id: 'cgb', kind: 'bank', zh: '广发银行', en: 'China Guangfa Bank', group: 'cgb', domains: ['cgbchina.com.cn'], tokens: ['cgbchina'], aliases: ['广发银行', '广发'], initials: ['cgb'], source: 'cgbchina.com.cn home page' },

  // Platforms and travel.
  {
    id: 'ctrip', kind: 'travel', zh: '携程', en: 'Trip.com (Ctrip)', group: 'ctrip',
    domains: ['ctrip.com', 'trip.com', 'ctripcorp.com'], tokens: ['ctrip', 'xiecheng'], wordTokens: ['trip'],
    aliases: ['携程', '携程旅行', '携程网', 'ctrip'],
    initials: ['xc'],
    source: 'ctrip.com home page (携程旅行网); trip.com is its international site',
  },
  {
    id: 'rail12306', kind: 'travel', zh: '中国铁路12306', en: 'China Railway 12306', group: 'rail12306',
    domains: ['12306.cn'], tokens: ['12306', 'tielu'],
    aliases: ['12306', '铁路12306', '中国铁路', '铁路客服'],
    source: '12306.cn is China Railway\'s only ticketing site (its app 铁路12306 links to it)',
  },
  {
    id: 'fliggy', kind: 'travel', zh: '飞猪', en: 'Fliggy', group: 'alibaba',
    domains: ['fliggy.com', 'alitrip.com'], tokens: ['fliggy', 'feizhu'], aliases: ['飞猪', '飞猪旅行'],
    source: 'fliggy.com home page (Alibaba\'s travel platform)',
  },
  // Travel apps and airlines whose flight-change and refund SMS are imitated (改签 / 航班取消 / 退票理赔), and whose
  // own notices carry their links (writer11's gen-w9 legit: qunar.com/s/…, ly.com/r/…). link11, session 11;
  // each domain as known to the author, not re-fetched.
  {
    id: 'qunar', kind: 'travel', zh: '去哪儿', en: 'Qunar', group: 'ctrip',
    domains: ['qunar.com'], tokens: ['qunar'], aliases: ['去哪儿', '去哪儿网', '去哪儿旅行'],
    source: 'qunar.com home page (去哪儿网, Trip.com Group)',
  },
  {
    id: 'tongcheng', kind: 'travel', zh: '同程旅行', en: 'Tongcheng Travel', group: 'tongcheng',
    domains: ['ly.com'], tokens: [], // not "tongcheng": 同城 (same city) is everyone's word
    aliases: ['同程', '同程旅行', '同程艺龙'],
    source: 'ly.com home page (同程旅行)',
  },
  {
    id: 'airchina', kind: 'travel', zh: '中国国航', en: 'Air China', group: 'airchina',
    domains: ['airchina.com.cn', 'airchina.com'], tokens: ['airchina'], aliases: ['中国国航', '国航', '中国国际航空'],
    source: 'airchina.com.cn home page',
  },
  {
    id: 'ceair', kind: 'travel', zh: '东方航空', en: 'China Eastern', group: 'ceair',
    domains: ['ceair.com'], tokens: ['ceair'], aliases: ['东方航空', '东航', '中国东航'],
    source: 'ceair.com home page',
  },
  {
    id: 'csair', kind: 'travel', zh: '南方航空', en: 'China Southern', group: 'csair',
    domains: ['csair.com'], tokens: ['csair'], aliases: ['南方航空', '南航', '中国南航'],
    source: 'csair.com home page',
  },
  {
    id: 'hnair', kind: 'travel', zh: '海南航空', en: 'Hainan Airlines', group: 'hnair',
    domains: ['hnair.com'], tokens: ['hnair', 'hainanair'], aliases: ['海南航空', '海航'],
    source: 'hnair.com home page',
  },
  // Shops whose refund and "quality check" SMS are imitated (得物 鉴定, 转转 交易), and whose own notices link home.
  {
    id: 'dewu', kind: 'platform', zh: '得物', en: 'Dewu (Poizon)', group: 'dewu',
    domains: ['dewu.com'], tokens: ['dewu'], aliases: ['得物', '得物APP'],
    source: 'dewu.com home page (得物 app\'s site; m.dewu.com its share links)',
  },
  {
    id: 'zhuanzhuan', kind: 'platform', zh: '转转', en: 'Zhuanzhuan', group: 'zhuanzhuan',
    domains: ['zhuanzhuan.com'], tokens: ['zhuanzhuan'], aliases: ['转转', '转转二手'], initials: ['zz'],
    source: 'zhuanzhuan.com home page (转转 second-hand platform)',
  },
  {
    id: 'dangdang', kind: 'platform', zh: '当当', en: 'Dangdang', group: 'dangdang',
    domains: ['dangdang.com'], tokens: ['dangdang'], aliases: ['当当', '当当网'],
    source: 'dangdang.com home page',
  },
  {
    // Only mi.com: the label "xiaomi" is one letter from ordinary pinyin (xiaoma, xiaomei), so its
    // .com would make those look-alikes; mi.com is Xiaomi's shop and account site.
    id: 'xiaomi', kind: 'platform', zh: '小米', en: 'Xiaomi', group: 'xiaomi',
    domains: ['mi.com'], tokens: [], aliases: ['小米', '小米商城', '小米有品'],
    source: 'mi.com home page (小米商城, Xiaomi account)',
  },
  {
    // Not huawei.com: "huawei" is one letter from ordinary pinyin (huawen 华文), which a listed label
    // would make typosquats; its name stays a token (huawei-tk.top is a look-alike), huawei.com unknown.
    id: 'huawei', kind: 'platform', zh: '华为', en: 'Huawei', group: 'huawei',
    domains: ['vmall.com', 'hicloud.com'], tokens: ['huawei', 'vmall', 'hicloud'], aliases: ['华为', '华为商城', '华为云空间'],
    source: 'vmall.com (华为商城) home page; hicloud.com is Huawei\'s cloud account site',
  },
  // Carriers: their refund / points / "package upgrade" SMS are imitated.
  {
    id: 'cmcc', kind: 'carrier', zh: '中国移动', en: 'China Mobile', group: 'cmcc',
    domains: ['10086.cn', 'chinamobile.com', 'chinamobileltd.com'], tokens: ['10086', 'chinamobile', 'yidong10086'],
    aliases: ['中国移动', '移动客服', '移动营业厅'],
    source: '10086.cn is China Mobile\'s service site (网上营业厅); chinamobile.com its corporate site',
  },
  {
    id: 'cucc', kind: 'carrier', zh: '中国联通', en: 'China Unicom', group: 'cucc',
    domains: ['10010.com', '10010.cn', 'chinaunicom.com', 'chinaunicom.cn', 'chinaunicom.com.cn', 'wo.cn', 'wo.com.cn'],
    tokens: ['10010', 'chinaunicom', 'liantong'],
    aliases: ['中国联通', '联通客服', '联通营业厅'],
    brandTlds: ['unicom'],
    source: '.unicom is China Unicom\'s brand TLD (IANA root zone); 10010.com is China Unicom\'s online service hall; u.10010.cn its SMS short links; chinaunicom.com its corporate site',
  },
  {
    id: 'ctcc', kind: 'carrier', zh: '中国电信', en: 'China Telecom', group: 'ctcc',
    domains: ['189.cn', 'chinatelecom.com.cn', 'chinatelecom.cn', 'ctyun.cn'], tokens: ['chinatelecom', 'dianxin189'],
    aliases: ['中国电信', '电信客服', '电信营业厅'],
    source: '189.cn is China Telecom\'s online service hall; chinatelecom.com.cn its corporate site',
  },
  // Utilities: arrears / power-cut SMS imitate them (extract.bill-link reads a bill link that is not theirs).
  {
    id: 'sgcc', kind: 'utility', zh: '国家电网', en: 'State Grid', group: 'sgcc',
    domains: ['sgcc.com.cn', '95598.cn'], tokens: [],
    aliases: ['国家电网', '网上国网', '电力公司', '供电公司'],
    source: 'sgcc.com.cn is State Grid\'s corporate site; 95598.cn its customer-service site (95598 is its service line)',
  },
  // Government and public services: every real one sits under gov.cn (a public suffix, so the
  // registrable domain is e.g. 122.gov.cn); see GOVERNMENT_SUFFIXES for the rule on the rest.
  {
    id: 'jiaoguan', kind: 'government', zh: '交管12123', en: 'Traffic Management 12123', group: 'gov-jiaoguan',
    domains: ['122.gov.cn'], tokens: ['12123', 'jiaoguan', 'jiaojing', 'weizhang'],
    aliases: ['交管12123', '12123', '交管局', '车管所', '交警'],
    source: 'gab.122.gov.cn is the national traffic-management service platform behind the 交管12123 app (Ministry of Public Security)',
  },
  {
    id: 'tax', kind: 'government', zh: '国家税务总局/个税', en: 'State Taxation Administration', group: 'gov-tax',
    domains: ['chinatax.gov.cn'], tokens: ['chinatax', 'shuiwu', 'geshui', 'tuishui', 'etax'],
    aliases: ['税务局', '国家税务总局', '个人所得税', '个税', '税务'],
    source: 'chinatax.gov.cn (国家税务总局); etax.chinatax.gov.cn is its e-tax bureau; 个人所得税 app is published there',
  },
  {
    id: 'shebao', kind: 'government', zh: '社保（人社部）', en: 'Social Insurance (MOHRSS)', group: 'gov-shebao',
    domains: ['12333.gov.cn', 'mohrss.gov.cn'], tokens: ['12333', 'shebao', 'mohrss', 'renshe'],
    aliases: ['社保', '社保局', '人社局', '社会保险'],
    source: 'mohrss.gov.cn (人力资源和社会保障部); si.12333.gov.cn is its national social-insurance service platform',
  },
  {
    id: 'yibao', kind: 'government', zh: '医保（国家医保局）', en: 'National Healthcare Security Administration', group: 'gov-yibao',
    domains: ['nhsa.gov.cn'], tokens: ['nhsa', 'yibao', 'yiliaobaozhang'],
    aliases: ['医保', '医保局', '国家医保局', '医保卡'],
    source: 'nhsa.gov.cn (国家医疗保障局); fuwu.nhsa.gov.cn is its public service platform',
  },
  {
    id: 'etc', kind: 'government', zh: 'ETC/高速公路', en: 'ETC (highway toll)', group: 'etc',
    // No national ETC site sends links: cards are issued by banks and provincial highway companies,
    // renewed in their apps; any "etc" domain in a text message is an imitation.
    domains: [], tokens: ['etc', 'gaosu', 'etcrenzheng', 'etcservice'],
    aliases: ['ETC', 'ETC客服', '高速ETC', 'ETC服务中心'],
    source: 'ETC cards are issued by banks and provincial toll operators (Ministry of Transport notices on ETC); the 2021–2024 police warnings on "ETC认证失效" SMS',
  },
  {
    id: 'fanzha', kind: 'government', zh: '国家反诈中心', en: 'National Anti-Fraud Center', group: 'gov-fanzha',
    // The centre publishes an app, not a site to log in to; 96110 is its line.
    domains: [], tokens: ['fanzha', 'fzzx', '96110', 'antifraud'],
    aliases: ['国家反诈中心', '反诈中心', '反诈'],
    source: 'Ministry of Public Security: 国家反诈中心 is an app from the official app stores and 96110 its warning line',
  },
  // Foreign brands phished in English (and in Chinese for 苹果/亚马逊).
  {
    id: 'amazon', kind: 'foreign', zh: '亚马逊', en: 'Amazon', group: 'amazon',
    domains: ['amazon.com', 'amazon.cn', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.ca',
      'amazon.com.au', 'amazon.in', 'amazon.co.jp', 'amazon.sg', 'amazon.nl', 'amazon.com.mx', 'amazon.com.br', 'amazon.ae',
      'a.co', 'amzn.to', 'amzn.com'],
    tokens: ['amzn'], wordTokens: ['amazon'], aliases: ['亚马逊', 'amazon'],
    brandTlds: ['amazon'],
    source: '.amazon is Amazon\'s brand TLD (IANA root zone, delegated 2020); amazon.com and its country stores (listed in amazon.com\'s footer); a.co and amzn.to are Amazon\'s own share links',
  },
  {
    id: 'paypal', kind: 'foreign', zh: 'PayPal', en: 'PayPal', group: 'paypal',
    domains: ['paypal.com', 'paypal.me', 'paypalobjects.com'], tokens: ['paypal'], aliases: ['paypal', '贝宝'],
    source: 'paypal.com home page; paypal.me is PayPal\'s payment-link domain',
  },
  {
    id: 'apple', kind: 'foreign', zh: '苹果', en: 'Apple', group: 'apple',
    domains: ['apple.com', 'apple.com.cn', 'icloud.com', 'icloud.com.cn'], tokens: ['icloud', 'appleid', 'itunes'],
    wordTokens: ['apple'], aliases: ['苹果', '苹果客服', 'apple', 'icloud'],
    brandTlds: ['apple'],
    source: '.apple is Apple\'s brand TLD (IANA root zone); apple.com and apple.com.cn home pages; icloud.com is Apple\'s iCloud (Apple ID sign-in is on appleid.apple.com)',
  },
  {
    id: 'microsoft', kind: 'foreign', zh: '微软', en: 'Microsoft', group: 'microsoft',
    domains: ['microsoft.com', 'microsoftonline.com', 'outlook.com', 'live.com', 'office.com', 'microsoft365.com'],
    tokens: ['microsoft', 'msoffice', 'office365', 'hotmail'], wordTokens: ['outlook', 'office', 'live'], aliases: ['微软', 'microsoft'],
    brandTlds: ['microsoft'],
    source: '.microsoft is Microsoft\'s brand TLD (IANA root zone); microsoft.com home page; login.microsoftonline.com and login.live.com are Microsoft\'s sign-in hosts',
  },
  {
    id: 'usps', kind: 'foreign', zh: '美国邮政', en: 'USPS', group: 'usps',
    domains: ['usps.com', 'usps.gov'], tokens: ['usps'], aliases: ['usps', '美国邮政'],
    source: 'usps.com home page (tools.usps.com is its tracking)',
  },
  {
    id: 'royalmail', kind: 'foreign', zh: '英国皇家邮政', en: 'Royal Mail', group: 'royalmail',
    domains: ['royalmail.com', 'royalmail.co.uk', 'royalmailgroup.com'], tokens: ['royalmail'], aliases: ['royal mail'],
    source: 'royalmail.com home page',
  },
  {
    id: 'dhl', kind: 'foreign', zh: 'DHL', en: 'DHL', group: 'dhl',
    // express.dhl: DHL's own brand top-level domain (.dhl, Deutsche Post AG), where its shipping portal MyDHL+ lives
    // (mydhl.express.dhl); a real customs notice linked it and read a look-alike, scam 100 (fp11, the ninth author's text).
    // brandTlds (link11): every name under .dhl is DHL's, not only express.dhl.
    domains: ['dhl.com', 'dhl.de', 'dhl.co.uk', 'dhl.com.cn', 'dhl.cn', 'express.dhl'], tokens: ['dhl'], aliases: ['dhl'],
    brandTlds: ['dhl'],
    source: '.dhl is Deutsche Post AG\'s brand TLD (IANA root zone); dhl.com home page (its country sites are linked from it); MyDHL+ at mydhl.express.dhl',
  },
  {
    id: 'irs', kind: 'foreign', zh: '美国国税局', en: 'IRS', group: 'irs',
    domains: ['irs.gov'], tokens: ['irs'], aliases: ['irs'],
    source: 'irs.gov (the IRS never starts contact by text or e-mail, per irs.gov "Tax scams")',
  },
  {
    id: 'fedex', kind: 'foreign', zh: '联邦快递', en: 'FedEx', group: 'fedex',
    domains: ['fedex.com', 'fedex.com.cn'], tokens: ['fedex'], aliases: ['fedex', '联邦快递'],
    brandTlds: ['fedex'],
    source: '.fedex is FedEx\'s brand TLD (IANA root zone); fedex.com home page',
  },
  // ncfp16 kind F (session 16, newcomer16): the foreign brands English phishing texts borrow most that `fanzha url` did not
  // know ("facebook-security-check.com", "meta-appeal-center.com", "spotify-premium-billing.net", "ups-package-hold.com" read
  // unknown, their messages safe), and their own sites, so that a real notice pointing at netflix.com/youraccount or
  // spotify.com/account reads as the brand's own link (kind G). Ordinary words among the names (meta, chase) are wordTokens:
  // a whole hyphen-separated part or beside a lure word only, never inside another word (metal, purchase).
  {
    id: 'facebook', kind: 'foreign', zh: '脸书/Meta', en: 'Facebook/Meta', group: 'meta',
    domains: ['facebook.com', 'fb.com', 'fb.me', 'meta.com', 'messenger.com', 'facebookmail.com', 'fbcdn.net'],
    tokens: ['facebook'], wordTokens: ['meta'], aliases: ['facebook', '脸书', 'meta', 'messenger'],
    source: 'facebook.com and meta.com home pages; fb.me is Facebook\'s short link; facebookmail.com is the sender domain of Facebook\'s own e-mail (facebook.com/help "Recognize emails from Facebook")',
  },
  {
    id: 'instagram', kind: 'foreign', zh: 'Instagram', en: 'Instagram', group: 'meta',
    domains: ['instagram.com', 'instagr.am', 'cdninstagram.com'], tokens: ['instagram'], aliases: ['instagram', 'ins', 'ig'],
    source: 'instagram.com home page; instagr.am is Instagram\'s short link',
  },
  {
    id: 'whatsapp', kind: 'foreign', zh: 'WhatsApp', en: 'WhatsApp', group: 'meta',
    domains: ['whatsapp.com', 'whatsapp.net', 'wa.me'], tokens: ['whatsapp'], aliases: ['whatsapp'],
    source: 'whatsapp.com home page; wa.me is WhatsApp\'s click-to-chat link (faq.whatsapp.com); chat.whatsapp.com hosts group invites',
  },
  {
    id: 'tiktok', kind: 'foreign', zh: 'TikTok', en: 'TikTok', group: 'bytedance',
    domains: ['tiktok.com', 'tiktokv.com', 'tiktokcdn.com'], tokens: ['tiktok'], aliases: ['tiktok'],
    source: 'tiktok.com home page (ByteDance, like 抖音); vm.tiktok.com is its share link',
  },
  {
    id: 'telegram', kind: 'foreign', zh: 'Telegram', en: 'Telegram', group: 'telegram',
    domains: ['telegram.org', 'telegram.me', 't.me', 'telegra.ph'], tokens: ['telegram'], aliases: ['telegram', '电报', '飞机'],
    source: 'telegram.org home page; t.me and telegram.me are its invite and profile links (telegram.org/faq)',
  },
  {
    id: 'google', kind: 'foreign', zh: '谷歌', en: 'Google', group: 'google',
    domains: ['google.com', 'google.co.uk', 'google.com.hk', 'gmail.com', 'youtube.com', 'youtu.be', 'goo.gl', 'g.co', 'googleusercontent.com', 'android.com'],
    tokens: ['google', 'gmail', 'youtube'], aliases: ['google', '谷歌', 'gmail', 'youtube'],
    source: 'google.com home page; accounts.google.com is its sign-in host; g.co is Google\'s own short link (g.co/recover is account recovery); youtube.com and gmail.com are Google\'s services',
  },
  {
    id: 'netflix', kind: 'foreign', zh: '网飞', en: 'Netflix', group: 'netflix',
    domains: ['netflix.com', 'nflxext.com', 'nflximg.net'], tokens: ['netflix'], aliases: ['netflix', '网飞', '奈飞'],
    source: 'netflix.com home page (netflix.com/youraccount is its account page, per help.netflix.com)',
  },
  {
    id: 'spotify', kind: 'foreign', zh: 'Spotify', en: 'Spotify', group: 'spotify',
    domains: ['spotify.com', 'spotify.link', 'scdn.co'], tokens: ['spotify'], aliases: ['spotify'],
    source: 'spotify.com home page (spotify.com/account is its account page, per support.spotify.com); spotify.link is its share link',
  },
  {
    id: 'ups', kind: 'foreign', zh: 'UPS', en: 'UPS', group: 'ups',
    domains: ['ups.com'], tokens: ['ups'], aliases: ['ups'],
    source: 'ups.com home page (UPS tracking is on ups.com/track)',
  },
  {
    id: 'evri', kind: 'foreign', zh: 'Evri', en: 'Evri', group: 'evri',
    domains: ['evri.com'], tokens: ['evri', 'myhermes'], aliases: ['evri', 'hermes'],
    source: 'evri.com home page (the UK courier formerly Hermes UK, myhermes.co.uk)',
  },
  {
    id: 'hsbc', kind: 'foreign', zh: '汇丰银行', en: 'HSBC', group: 'hsbc',
    domains: ['hsbc.com', 'hsbc.co.uk', 'hsbc.com.hk', 'hsbc.com.cn', 'hsbc.net'], tokens: ['hsbc'], aliases: ['hsbc', '汇丰', '汇丰银行'],
    source: 'hsbc.com group home page, which links its country sites (hsbc.co.uk, hsbc.com.hk, hsbc.com.cn)',
  },
  {
    id: 'wellsfargo', kind: 'foreign', zh: '富国银行', en: 'Wells Fargo', group: 'wellsfargo',
    domains: ['wellsfargo.com', 'wf.com'], tokens: ['wellsfargo'], aliases: ['wells fargo', '富国银行'],
    source: 'wellsfargo.com home page; wf.com is Wells Fargo\'s own short domain',
  },
  {
    id: 'chase', kind: 'foreign', zh: '大通银行', en: 'Chase', group: 'jpmorgan',
    domains: ['chase.com', 'jpmorganchase.com', 'jpmorgan.com'], tokens: ['jpmorgan'], wordTokens: ['chase'], aliases: ['chase', '大通银行'],
    source: 'chase.com home page (JPMorgan Chase); jpmorganchase.com is the group site',
  },
  {
    id: 'binance', kind: 'foreign', zh: '币安', en: 'Binance', group: 'binance',
    domains: ['binance.com'], tokens: ['binance'], aliases: ['binance', '币安'],
    source: 'binance.com home page',
  },
  {
    id: 'vodafone', kind: 'foreign', zh: '沃达丰', en: 'Vodafone', group: 'vodafone',
    domains: ['vodafone.com', 'vodafone.co.uk', 'vodafone.de'], tokens: ['vodafone'], aliases: ['vodafone', '沃达丰'],
    source: 'vodafone.com group home page, which links its country sites (vodafone.co.uk, vodafone.de)',
  },
];

/**
 * Endings a brand registers its own exact name under (ctrip.cn, spdb.cn, cmbchina.cn): .com and .cn and
 * their second-level forms. CNNIC's .cn rules ask a registrant's real-name papers and its dispute
 * policy (and ICANN's UDRP for .com/.net) hands a famous name back to its owner, so large brands hold
 * these themselves; a squatter swaps the name onto a cheap ending nobody polices (taobao.top, jd.vip:
 * RISKY_TLDS). The brand's exact label on one of these is no look-alike: `fanzha url` says whose name
 * it carries without calling it official, and a message the same brand signs (【携程】… ctrip.cn/x8Ka)
 * reads it as the brand's own link (src/pipeline/step.ts). Labels under 4 letters (sf.cn, jd.net) are
 * not read this way: too short to be anyone's alone.
 */
export const HOME_ENDINGS: ReadonlySet<string> = new Set(['com', 'cn', 'com.cn', 'net', 'net.cn']);

/** Registrable domain → brand. */
export const OFFICIAL_DOMAIN_TO_BRAND: ReadonlyMap<string, Brand> = new Map(
  BRANDS.flatMap((b) => b.domains.map((d) => [d, b] as const)),
);

export const brandById = (id: string): Brand | undefined => BRANDS.find((b) => b.id === id);

/**
 * Lure words that look-alike domains pair with a brand (jd-tuikuan, taobao-refund, 12123-weizhang,
 * usps-redelivery, 10086-jifen): the scam's story in pinyin and English — refund, claim, log in,
 * verify, points, subsidy, fine, parcel. Author's list from the refund-scam vocabulary (退款 tuikuan,
 * 理赔 lipei…), the police warnings on ETC / 12123 / 社保 / 积分兑换 SMS, and the English phishing
 * kinds (redelivery, account limited, billing update). Words of 4+ letters are also found glued
 * inside a label (taobaotuikuan); shorter ones only as whole parts or right after a brand (jdkf).
 */
export const REFUND_WORDS: readonly string[] = [
  'tuikuan', 'lipei', 'kefu', 'tuifei', 'tuihuo', 'fanxian', 'butie', 'jiedong', 'zhongxin', 'buchang',
  'refund', 'refunds', 'claim', 'claims', 'compensation', 'service', 'services', 'support', 'help',
  'kf', 'tk', 'lp', 'verify', 'secure', 'login', 'account', 'update', 'center', 'centre', 'vip', 'kfzx',
  'app', 'apk', 'pay', 'download',
  // government and carrier stories: 认证, 领取, 补贴, 发放, 申报, 退税, 罚款, 缴费, 积分兑换, 违章, 官网
  'renzheng', 'lingqu', 'buzhu', 'fafang', 'shenbao', 'tuishui', 'fakuan', 'jiaofei', 'jifen', 'duihuan',
  'guanwang', 'shenqing', 'jihuo', 'shixiao', 'dongjie', 'kd', 'kuaidi', 'wuliu', 'tuipiao', 'gaiqian', 'lingjiang', 'baozhengjin',
  // English phishing kinds
  'redelivery', 'delivery', 'parcel', 'package', 'tracking', 'billing', 'payment', 'unlock', 'locked',
  'limited', 'suspended', 'confirm', 'validate', 'validation', 'signin', 'auth', 'wallet', 'invoice',
  'toll', 'tolls', 'fee', 'fees', 'track', 'penalty', 'rebate', 'reward', 'rewards', 'prize', 'bonus', 'subsidy', 'cashback',
  // An account "appeal" or "recovery" page, the social-media phishing story ("meta-appeal-center.com", "instagram-copyright-
  // appeal.com", "google-account-recovery.net": ncfp16 kind F).
  'appeal', 'appeals', 'recovery', 'recover', 'copyright', 'disabled', 'premium', 'withdraw', 'alert', 'security',
];

/**
 * Words that claim a state body or a public service. Every real Chinese government site is under
 * gov.cn (a public suffix: only government bodies can register below it, per CNNIC's gov.cn
 * registration rules), so a domain elsewhere naming the state is an imitation. Pinyin and English
 * forms from the police warnings on fake 交管 / 税务 / 社保 / 医保 / ETC / lottery sites.
 */
export const STATE_WORDS: readonly string[] = [
  'gov', 'govcn', 'zhengfu', 'guojia', 'gongan', 'jingcha', 'fayuan', 'jianchayuan', 'haiguan', 'shuiwuju',
  'caizheng', 'minzheng', 'zhengwu', 'caipiao', 'fucai', 'ticai',
];

/** Filler a look-alike label is glued from besides brands and lure words (www, cn, china, 2024…). */
export const FILLER_WORDS: readonly string[] = ['www', 'cn', 'china', 'zhongguo', 'my', 'online', 'web', 'wap', 'm', 'h5', 'official', 'guanfang', 'new', 'net', 'com'];
