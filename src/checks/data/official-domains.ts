/**
 * Official registrable domains of the platforms, couriers, payment networks and banks that
 * refund scammers impersonate, and the name tokens a look-alike would borrow.
 *
 * Provenance: each `source` names where the platform itself publishes the domain (its site,
 * its app's share links, its ICP filing). The list was compiled from those public pages as
 * known to the author; it was NOT re-fetched while building (the checker never goes online).
 * Anyone adding a domain must add where it is published.
 */
export interface Brand {
  id: string;
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
  source: string;
}

export const BRANDS: readonly Brand[] = [
  {
    id: 'taobao', zh: '淘宝/天猫', en: 'Taobao/Tmall', group: 'alibaba',
    domains: ['taobao.com', 'tmall.com', 'tmall.hk', 'tb.cn', 'alicdn.com', 'taobao.net', 'alibaba.com', '1688.com'],
    tokens: ['taobao', 'tmall', 'tianmao', 'alibaba'],
    aliases: ['淘宝', '天猫', '淘宝网', '天猫超市', '阿里巴巴', 'taobao', 'tmall'],
    source: 'taobao.com / tmall.com home pages and ICP filing 浙B2-20080224; tb.cn is the domain of Taobao app share links (m.tb.cn)',
  },
  {
    id: 'alipay', zh: '支付宝', en: 'Alipay', group: 'alibaba',
    domains: ['alipay.com', 'alipay.cn', 'alipayobjects.com', 'antgroup.com', 'mybank.cn'],
    tokens: ['alipay', 'zhifubao', 'antgroup', 'jiebei', 'huabei'],
    aliases: ['支付宝', '蚂蚁', '蚂蚁金服', '借呗', '花呗', '蚂蚁借呗', 'alipay'],
    source: 'alipay.com home page; qr.alipay.com is the host of Alipay payment QR codes; antgroup.com is Ant Group\'s site',
  },
  {
    id: 'xianyu', zh: '闲鱼', en: 'Xianyu', group: 'alibaba',
    domains: ['goofish.com', 'xianyu.com'],
    tokens: ['goofish', 'xianyu'],
    aliases: ['闲鱼', 'xianyu'],
    source: 'goofish.com is Xianyu\'s web site (linked from the Xianyu app)',
  },
  {
    id: 'jd', zh: '京东', en: 'JD.com', group: 'jd',
    domains: ['jd.com', 'jd.hk', '360buy.com', '360buyimg.com', '3.cn', 'jdpay.com', 'jdl.com', 'jdl.cn', 'jd.cn'],
    tokens: ['jd', 'jingdong', '360buy', 'jdpay', 'jdjr', 'baitiao'],
    aliases: ['京东', '京东商城', '京东金融', '京东白条', '京东物流', '京东快递', 'jd', 'jd.com'],
    source: 'jd.com home page and ICP filing 京ICP备11041704号; 3.cn is the domain of JD app share links; jdl.com is JD Logistics\' site',
  },
  {
    id: 'pdd', zh: '拼多多', en: 'Pinduoduo', group: 'pdd',
    domains: ['pinduoduo.com', 'yangkeduo.com', 'pddpic.com'],
    tokens: ['pinduoduo', 'pdd', 'yangkeduo'],
    aliases: ['拼多多', 'pdd', 'pinduoduo'],
    source: 'pinduoduo.com home page; mobile.yangkeduo.com is the host of Pinduoduo share links',
  },
  {
    id: 'douyin', zh: '抖音', en: 'Douyin', group: 'bytedance',
    domains: ['douyin.com', 'iesdouyin.com', 'douyinpic.com', 'bytedance.com', 'snssdk.com'],
    tokens: ['douyin', 'bytedance'],
    aliases: ['抖音', '抖音商城', '抖音小店', '抖音支付', 'douyin'],
    source: 'douyin.com home page; v.douyin.com / iesdouyin.com are the hosts of Douyin share links',
  },
  {
    id: 'kuaishou', zh: '快手', en: 'Kuaishou', group: 'kuaishou',
    domains: ['kuaishou.com', 'gifshow.com', 'kwai.com', 'chenzhongtech.com'],
    tokens: ['kuaishou', 'gifshow'],
    aliases: ['快手', '快手小店', 'kuaishou'],
    source: 'kuaishou.com home page; v.kuaishou.com and chenzhongtech.com are hosts of Kuaishou share links',
  },
  {
    id: 'vip', zh: '唯品会', en: 'Vipshop', group: 'vip',
    domains: ['vip.com', 'vipshop.com', 'vipstatic.com'],
    tokens: ['vipshop', 'weipinhui'],
    aliases: ['唯品会', 'vipshop'],
    source: 'vip.com home page (Vipshop\'s shop site)',
  },
  {
    id: 'meituan', zh: '美团', en: 'Meituan', group: 'meituan',
    domains: ['meituan.com', 'meituan.net', 'dianping.com'],
    tokens: ['meituan', 'dianping'],
    aliases: ['美团', '美团外卖', '大众点评', 'meituan'],
    source: 'meituan.com home page; dianping.com is Meituan\'s 大众点评',
  },
  {
    id: 'suning', zh: '苏宁', en: 'Suning', group: 'suning',
    domains: ['suning.com', 'suning.cn'],
    tokens: ['suning'],
    aliases: ['苏宁', '苏宁易购', 'suning'],
    source: 'suning.com home page (苏宁易购)',
  },
  {
    id: 'xiaohongshu', zh: '小红书', en: 'Xiaohongshu', group: 'xiaohongshu',
    domains: ['xiaohongshu.com', 'xhslink.com', 'xhscdn.com'],
    tokens: ['xiaohongshu', 'xhslink'],
    aliases: ['小红书', 'xiaohongshu', 'rednote'],
    source: 'xiaohongshu.com home page; xhslink.com is the domain of Xiaohongshu share links',
  },
  {
    id: 'tencent', zh: '微信/QQ', en: 'WeChat/QQ', group: 'tencent',
    domains: ['qq.com', 'weixin.com', 'wechat.com', 'tenpay.com', 'tencent.com', 'url.cn', 'gtimg.com'],
    tokens: ['weixin', 'wechat', 'tenpay', 'qq', 'tencent', 'wxpay'],
    aliases: ['微信', 'QQ', '腾讯', '微信支付', '财付通', 'wechat', 'weixin', 'tencent'],
    source: 'weixin.qq.com, wechat.com and tenpay.com (微信支付/财付通) home pages; url.cn is Tencent\'s short-link domain',
  },
  {
    id: 'sf', zh: '顺丰', en: 'SF Express', group: 'sf',
    domains: ['sf-express.com', 'sf.com', 'sfexpress.com'],
    tokens: ['sfexpress', 'shunfeng'],
    aliases: ['顺丰', '顺丰速运', '顺丰快递', 'sf express', 'sf'],
    source: 'sf-express.com home page (顺丰速运)',
  },
  {
    id: 'zto', zh: '中通快递', en: 'ZTO Express', group: 'zto',
    domains: ['zto.com'], tokens: ['zhongtong'], aliases: ['中通', '中通快递', 'zto'],
    source: 'zto.com home page',
  },
  {
    id: 'yto', zh: '圆通速递', en: 'YTO Express', group: 'yto',
    domains: ['yto.net.cn'], tokens: ['yuantong'], aliases: ['圆通', '圆通快递', '圆通速递', 'yto'],
    source: 'yto.net.cn home page',
  },
  {
    id: 'yunda', zh: '韵达快递', en: 'Yunda Express', group: 'yunda',
    domains: ['yundaex.com'], tokens: ['yundaex', 'yunda'], aliases: ['韵达', '韵达快递', 'yunda'],
    source: 'yundaex.com home page',
  },
  {
    id: 'sto', zh: '申通快递', en: 'STO Express', group: 'sto',
    domains: ['sto.cn'], tokens: ['shentong'], aliases: ['申通', '申通快递', 'sto'],
    source: 'sto.cn home page',
  },
  {
    id: 'ems', zh: '中国邮政/EMS', en: 'China Post / EMS', group: 'ems',
    domains: ['ems.com.cn', '11183.com.cn', 'chinapost.com.cn'], tokens: ['chinapost', 'youzheng'],
    aliases: ['EMS', '邮政', '中国邮政', '邮政快递'],
    source: 'ems.com.cn and chinapost.com.cn home pages',
  },
  {
    id: 'cainiao', zh: '菜鸟', en: 'Cainiao', group: 'alibaba',
    domains: ['cainiao.com', 'guoguo-app.com'], tokens: ['cainiao', 'guoguo'], aliases: ['菜鸟', '菜鸟裹裹', '菜鸟驿站', 'cainiao'],
    source: 'cainiao.com home page; guoguo-app.com is the 菜鸟裹裹 app\'s site',
  },
  {
    id: 'unionpay', zh: '中国银联', en: 'UnionPay', group: 'unionpay',
    domains: ['unionpay.com', '95516.com', 'chinaunionpay.com'], tokens: ['unionpay', 'yinlian', '95516'],
    aliases: ['银联', '中国银联', '云闪付', 'unionpay'],
    source: 'unionpay.com home page; 95516.com hosts 云闪付 (qr.95516.com payment codes)',
  },
  { id: 'icbc', zh: '工商银行', en: 'ICBC', group: 'icbc', domains: ['icbc.com.cn', 'icbc.com'], tokens: ['icbc'], aliases: ['工商银行', '工行', 'icbc'], source: 'icbc.com.cn home page' },
  { id: 'ccb', zh: '建设银行', en: 'China Construction Bank', group: 'ccb', domains: ['ccb.com', 'ccb.cn'], tokens: [], aliases: ['建设银行', '建行', 'ccb'], source: 'ccb.com home page' },
  { id: 'abc', zh: '农业银行', en: 'Agricultural Bank of China', group: 'abc', domains: ['abchina.com', 'abchina.com.cn'], tokens: ['abchina'], aliases: ['农业银行', '农行'], source: 'abchina.com home page' },
  { id: 'boc', zh: '中国银行', en: 'Bank of China', group: 'boc', domains: ['boc.cn', 'bankofchina.com'], tokens: ['bankofchina'], aliases: ['中国银行', '中行'], source: 'boc.cn home page' },
  { id: 'bocom', zh: '交通银行', en: 'Bank of Communications', group: 'bocom', domains: ['bankcomm.com'], tokens: ['bankcomm'], aliases: ['交通银行', '交行'], source: 'bankcomm.com home page' },
  { id: 'cmb', zh: '招商银行', en: 'China Merchants Bank', group: 'cmb', domains: ['cmbchina.com', 'cmbimg.com'], tokens: ['cmbchina'], aliases: ['招商银行', '招行'], source: 'cmbchina.com home page' },
  { id: 'psbc', zh: '邮储银行', en: 'Postal Savings Bank of China', group: 'psbc', domains: ['psbc.com'], tokens: ['psbc'], aliases: ['邮储银行', '邮政储蓄银行'], source: 'psbc.com home page' },
  { id: 'spdb', zh: '浦发银行', en: 'SPD Bank', group: 'spdb', domains: ['spdb.com.cn'], tokens: [], aliases: ['浦发银行', '浦发'], source: 'spdb.com.cn home page' },
  { id: 'citic', zh: '中信银行', en: 'China CITIC Bank', group: 'citic', domains: ['citicbank.com'], tokens: ['citicbank'], aliases: ['中信银行', '中信'], source: 'citicbank.com home page' },
  { id: 'ceb', zh: '光大银行', en: 'China Everbright Bank', group: 'ceb', domains: ['cebbank.com'], tokens: ['cebbank'], aliases: ['光大银行', '光大'], source: 'cebbank.com home page' },
  { id: 'cmbc', zh: '民生银行', en: 'China Minsheng Bank', group: 'cmbc', domains: ['cmbc.com.cn'], tokens: [], aliases: ['民生银行', '民生'], source: 'cmbc.com.cn home page' },
  { id: 'cib', zh: '兴业银行', en: 'Industrial Bank', group: 'cib', domains: ['cib.com.cn'], tokens: [], aliases: ['兴业银行', '兴业'], source: 'cib.com.cn home page' },
  { id: 'pingan', zh: '平安银行', en: 'Ping An Bank', group: 'pingan', domains: ['pingan.com', 'pingan.com.cn'], tokens: ['pingan'], aliases: ['平安银行', '平安'], source: 'bank.pingan.com home page' },
  { id: 'hxb', zh: '华夏银行', en: 'Hua Xia Bank', group: 'hxb', domains: ['hxb.com.cn'], tokens: [], aliases: ['华夏银行'], source: 'hxb.com.cn home page' },
  { id: 'cgb', zh: '广发银行', en: 'China Guangfa Bank', group: 'cgb', domains: ['cgbchina.com.cn'], tokens: ['cgbchina'], aliases: ['广发银行', '广发'], source: 'cgbchina.com.cn home page' },
];

/** Registrable domain → brand. */
export const OFFICIAL_DOMAIN_TO_BRAND: ReadonlyMap<string, Brand> = new Map(
  BRANDS.flatMap((b) => b.domains.map((d) => [d, b] as const)),
);

export const brandById = (id: string): Brand | undefined => BRANDS.find((b) => b.id === id);

/**
 * Refund/claim/login words in pinyin and English that look-alike domains pair with a brand
 * (jd-tuikuan, taobao-refund). Author's list from the scam's vocabulary (退款 tuikuan, 理赔 lipei…).
 */
export const REFUND_WORDS: readonly string[] = [
  'tuikuan', 'lipei', 'kefu', 'tuifei', 'tuihuo', 'fanxian', 'butie', 'jiedong', 'zhongxin', 'buchang',
  'refund', 'refunds', 'claim', 'claims', 'compensation', 'service', 'services', 'support', 'help',
  'kf', 'tk', 'lp', 'verify', 'secure', 'login', 'account', 'update', 'center', 'centre', 'vip', 'kfzx',
  'app', 'apk', 'pay', 'download',
];
