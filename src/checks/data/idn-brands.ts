/**
 * A brand's Chinese name inside a Chinese (internationalised) domain name: `京东理赔.com`, `支付宝退款.net`,
 * `拼多多客服.cn`, `淘宝.com` (xn--… in the address bar of some browsers, the characters in others). The
 * brands' published domains (official-domains.ts) are Latin; a domain whose Unicode label holds a brand's
 * Chinese name and is not listed there is not the brand's site (surface17: each of these read
 * "未发现问题" in `fanzha url` while `jd-tuikuan.vip` read dangerous).
 *
 * The names come from the brands data the checker already has (each brand's `zh` and its Chinese
 * `aliases`), less the ones below, which are ordinary words or other businesses' names too and would
 * call an unrelated Chinese domain a look-alike (平安家政.com, 民生超市.cn, 蚂蚁搬家.com, 菜鸟教程.com, 小米粥.com),
 * or a two-character bank or airline abbreviation that sits inside common words (加工行业 holds 工行, 成交行情
 * 交行, 上海航运 海航, 山东航空 东航), or a public body's generic name any agency or firm uses (社保代缴, 交警).
 * The brand's full name still counts (平安银行, 中国银行, 海南航空, 菜鸟裹裹).
 */
import { BRANDS, type Brand } from './official-domains.ts';

export const IDN_NOT_BRAND_NAMES: ReadonlySet<string> = new Set([
  // ordinary words and other firms' names
  '平安', '民生', '光大', '中信', '兴业', '广发', '蚂蚁', '苹果', '小米', '菜鸟', '当当', '转转', '得物', '同程', '去哪儿',
  '飞机', '电报', '汇丰', '邮政', '移动', '联通', '电信',
  // two-character abbreviations found inside other words
  '工行', '建行', '农行', '中行', '交行', '招行', '国航', '东航', '南航', '海航', '个税',
  // a public body's generic name (the state's own sites are under gov.cn; a firm may name the service it sells)
  '交警', '车管所', '交管局', '税务', '税务局', '社保', '社保局', '人社局', '社会保险', '医保', '医保局', '医保卡',
  '电力公司', '供电公司', '反诈',
]);

const HAS_CJK = /[\u3400-\u9fff]/;

/**
 * Chinese brand names, longest first (中国银行 before 银行-less parts; 京东商城 before 京东), each with its
 * brand. Names of two or more characters with at least one Chinese character.
 */
export const IDN_BRAND_NAMES: readonly (readonly [string, Brand])[] = (() => {
  const seen = new Map<string, Brand>();
  for (const b of BRANDS) {
    for (const name of [...b.zh.split(/[/（）()]/), ...b.aliases]) {
      const n = name.trim().toLowerCase();
      if (n.length < 2 || !HAS_CJK.test(n) || IDN_NOT_BRAND_NAMES.has(n) || seen.has(n)) continue;
      seen.set(n, b);
    }
  }
  return [...seen].sort((a, b) => b[0].length - a[0].length);
})();

/**
 * The refund scam's story words in a Chinese label (退款, 理赔, 客服…): beside a brand's Chinese name they make
 * the domain the fake refund page (dangerous), as jd-tuikuan does in pinyin. Author's list, the Chinese forms
 * of REFUND_WORDS (official-domains.ts) and of the lure words the police warnings quote.
 */
export const IDN_LURE_WORDS: readonly string[] = [
  '退款', '理赔', '退费', '退货', '赔付', '赔偿', '补偿', '补贴', '解冻', '冻结', '客服', '售后', '官方', '官网', '服务中心',
  '客户服务', '注销', '关闭', '续费', '扣费', '认证', '验证', '登录', '登陆', '激活', '领取', '兑换', '退税', '中奖', '积分',
  '返现', '提现', '安全中心', '账户', '账号',
];
