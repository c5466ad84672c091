/**
 * Evasion spellings of the Chinese playbook, by kind: data an officer extends. Each variant is folded
 * to its canonical word for matching only (compiled into the automaton as an extra spelling of every
 * cue term containing that word, src/match/compile.ts); the text and the evidence offsets stay the
 * citizen's own. Keys are what remains after NFKC and lower-casing (so `ＶＸ` and `VX` are `vx`);
 * Latin keys match only as whole words (`kf` not inside `kfc`).
 *
 * Separators put between characters (验 证 码, 验.证.码, 验❤证🔥码) are not listed here: the
 * normaliser drops them (src/normalise/normalise.ts, step 3), so these spellings also meet when
 * spaced out ("加 v❤x").
 *
 * Every group carries examples, run as tests (test/playbook/faults/sms-cs-obfuscation.test.ts): the
 * obfuscated sentence must fire the same tactics as its plain form. Sources: the seed bulletin's
 * words, the spellings in the playbook's own cases, and common chat shorthand (拼音 initials).
 */

import { enLexicon } from '../en/lexicon.ts';

export interface VariantGroup {
  kind: 'homophone' | 'shape' | 'pinyin' | 'initials' | 'mixed' | 'english' | 'dialect' | 'measure';
  description: string;
  /** Variant spelling → canonical word. */
  variants: Record<string, string>;
  /** [obfuscated, plain]: the two must read alike. */
  examples: Array<[string, string]>;
}

export const ZH_VARIANT_GROUPS: VariantGroup[] = [
  {
    kind: 'homophone',
    description: '同音或近音字替换（薇信、扣扣、腿款、理陪）',
    variants: {
      '薇信': '微信', '威信': '微信', '徽信': '微信', '嶶信': '微信', '微芯': '微信', '围信': '微信',
      '扣扣': 'qq', '球球': 'qq',
      '支付保': '支付宝', '支负宝': '支付宝',
      '淘保': '淘宝', '掏宝': '淘宝', '拼夕夕': '拼多多',
      '验证玛': '验证码', '验正码': '验证码', '验证吗': '验证码', '二微码': '二维码', '二维玛': '二维码',
      '帐户': '账户', '帐号': '账号', '转帐': '转账', '银航卡': '银行卡',
      '借贝': '借呗', '花贝': '花呗', '冻洁': '冻结',
      // Not 里赔 (这里赔不起): a variant must not be a piece of everyday text.
      '腿款': '退款', '蜕款': '退款', '退歀': '退款', '理陪': '理赔', '理倍': '理赔', '赔负': '赔付',
      '客幅': '客服', '刻服': '客服', '屏目共享': '屏幕共享', '平幕共享': '屏幕共享',
    },
    examples: [
      ['我是淘宝客服，您的商品有质量问题，给您腿款，请把验证玛告诉我', '我是淘宝客服，您的商品有质量问题，给您退款，请把验证码告诉我'],
      ['您的包裹丢失，给您理陪，请加薇信', '您的包裹丢失，给您理赔，请加微信'],
      ['退款需要您开启屏目共享，我指导您操作', '退款需要您开启屏幕共享，我指导您操作'],
    ],
  },
  {
    kind: 'mixed',
    description: '汉字夹拼音或字母（v信、支f宝、退kuan、银行k、客fu）',
    variants: {
      'v信': '微信', 'v芯': '微信', '薇x': '微信', '微x': '微信', 'wei信': '微信',
      '支f宝': '支付宝', '支fu宝': '支付宝', '京d': '京东', '银行k': '银行卡', 'yh卡': '银行卡',
      '退kuan': '退款', 'tui款': '退款', '理pei': '理赔', 'li赔': '理赔', '客fu': '客服', 'k服': '客服',
      '验证m': '验证码', 'yan证码': '验证码', 'q群': 'qq群',
    },
    examples: [
      ['您好，我是京东客fu，您的订单要退kuan，请把银行k号发给我', '您好，我是京东客服，您的订单要退款，请把银行卡号发给我'],
      ['您的快递丢了，给您理pei，请加v信', '您的快递丢了，给您理赔，请加微信'],
    ],
  },
  {
    kind: 'pinyin',
    description: '整词拼音（weixin、tuikuan、lipei、kefu、yanzhengma）',
    variants: {
      'weixin': '微信', 'zhifubao': '支付宝', 'tuikuan': '退款', 'lipei': '理赔', 'kefu': '客服', 'yanzhengma': '验证码',
      'yinhangka': '银行卡',
    },
    examples: [
      ['我是淘宝kefu，给您tuikuan，请把yanzhengma告诉我', '我是淘宝客服，给您退款，请把验证码告诉我'],
    ],
  },
  {
    kind: 'initials',
    description: '拼音首字母缩写（vx、wx、zfb、yhk、yzm、kf、tk、pdd）',
    variants: {
      'vx': '微信', 'wx': '微信', 'zfb': '支付宝', 'pdd': '拼多多', 'tb': '淘宝', 'yzm': '验证码', 'yhk': '银行卡', 'yhkh': '银行卡号',
      // kf (客服) and tk (退款) as whole words only: chat shorthand, never inside kfc or a domain's letters.
      'kf': '客服', 'tk': '退款',
      // A lone v or q for WeChat or QQ ("加v:tk5527", "+V：tb_pf26", "加Q：192730…"), whole words only:
      // never inside vip, v5 or qq itself.
      'v': '微信', 'q': 'qq',
      // 3x / 2x compensation ("3x赔付"): 3xl (a size) is a longer word and does not fold.
      '2x': '2倍', '3x': '3倍',
    },
    examples: [
      ['我是淘宝kf，您的商品有质量问题，给您tk，请加vx详谈', '我是淘宝客服，您的商品有质量问题，给您退款，请加微信详谈'],
      ['您的商品有质量问题，给您3x赔付，请提供yhk号', '您的商品有质量问题，给您3倍赔付，请提供银行卡号'],
      ['您的快递丢了，给您理赔，请加v：kd-pf66', '您的快递丢了，给您理赔，请加微信：kd-pf66'],
      ['您的订单异常，退款请加Q：1927304881', '您的订单异常，退款请加qq：1927304881'],
    ],
  },
  {
    kind: 'homophone',
    description: '输入法打错的同音字（警查、身粉证、会意、下栽、定单）：只收不会出现在日常词里的写法',
    variants: {
      // Not 会意 alone (心领神会意) nor 下再 (等一下再说): only inside the app's name or a longer word.
      '警查': '警察', '经察': '警察', '公按局': '公安局', '公an局': '公安局', '身粉证': '身份证', '身份正': '身份证', '身分证': '身份证',
      'shen份证': '身份证', '身份zheng': '身份证', '腾讯会意': '腾讯会议', '钉钉会意': '钉钉会议', '会意号': '会议号', '会意软件': '会议软件',
      '下栽': '下载', '定单': '订单', '有问提': '有问题', '验证妈': '验证码', '严正码': '验证码', '银航': '银行', '银行咔': '银行卡',
      '手机受到': '手机收到', '保正金': '保证金', '安全帐户': '安全账户', '共想屏幕': '共享屏幕', '屏幕共想': '屏幕共享',
      // A typist's near-homophones of the scam's own words, the way a hurried or elderly writer's pinyin input slips
      // (newcomer9 kind 5: "淘保客服…定单有问题需要推款请家我微心…给你办里"). Keys are spellings no everyday word
      // holds; 家 for 加 only before 我微信 or 微信 (家我微心 is 加我微信: "到家我给你打电话" stays 到家), never 家 alone.
      '推款': '退款', '褪款': '退款', '退宽': '退款', '陪偿': '赔偿', '赔尝': '赔偿', '陪付': '赔付', '理配': '理赔',
      '微心': '微信', '微新': '微信', '威心': '微信', '家我微信': '加我微信', '家我微心': '加我微信', '佳我微信': '加我微信', '家微信': '加微信', '佳微信': '加微信',
      '办里': '办理', '半理': '办理', '陶宝': '淘宝', '京冬': '京东', '晶东': '京东', '品多多': '拼多多', '斗音': '抖音', '抖因': '抖音',
      '课服': '客服', '质量问提': '质量问题', '订丹': '订单', '银形卡': '银行卡', '卡好': '卡号',
    },
    examples: [
      ['你好，我是警查，你的身粉证被人冒用了，现在需要你把银行卡里的钱转到安全账户', '你好，我是警察，你的身份证被人冒用了，现在需要你把银行卡里的钱转到安全账户'],
      ['我是淘宝客服，您的定单有问提，给您退款，请下载钉钉会意我给您操作', '我是淘宝客服，您的订单有问题，给您退款，请下载钉钉会议我给您操作'],
      ['我是京东客服，给您理赔，麻烦把银航卡号和手机受到的验证妈发我一下', '我是京东客服，给您理赔，麻烦把银行卡号和手机收到的验证码发我一下'],
      ['您好我是陶宝客服，您的定单有质量问提，需要推款，请家我微心给您办里', '您好我是淘宝客服，您的订单有质量问题，需要退款，请加我微信给您办理'],
      ['京冬售后：您的快递丢失，给您陪偿三百，请佳我微信领取', '京东售后：您的快递丢失，给您赔偿三百，请加我微信领取'],
    ],
  },
  {
    kind: 'dialect',
    description: '粤语、沪语的常见写法（话我知、同埋、俾、嘅、侬、报拨我）：读作普通话同义词',
    variants: {
      // Cantonese. 俾 and 畀 are only Cantonese "give" in today's text (俾使 is archaic); 嘅/嗰/啲/咗 have no Mandarin use.
      '话我知': '告诉我', '话俾我知': '告诉我', '讲俾我知': '告诉我', '讲我知': '告诉我', '同埋': '和', '俾': '给', '畀': '给',
      '我系': '我是', '你系': '你是', '系咪': '是不是', '嘅': '的', '嗰': '那', '啲': '些', '咗': '了', '攞钱': '拿钱', '攞': '拿',
      '唔该': '麻烦', '唔好': '不要', '冇': '没有', '佢哋': '他们', '佢': '他', '乜嘢': '什么', '点样': '怎么', '呢个': '这个', '睇': '看',
      '揾': '找', '嘢': '东西', '张卡': '银行卡',
      // Shanghainese (吴语): 侬 you, 阿拉 we (not 阿拉伯: only 阿拉是/阿拉这边), 拨 give.
      '侬': '你', '阿拉是': '我们是', '阿拉这边': '我们这边', '报拨我': '报给我', '拨我听': '给我听', '发拨我': '发给我', '伊拉': '他们',
      // 阿拉 for 我们 inside a longer term only ("告诉阿拉", "阿拉的账户"): a variant is a spelling of the terms that hold
      // its canonical word, so 阿拉伯 alone matches nothing.
      '阿拉': '我们',
      // Northern and north-eastern speech: 俺 is I (俺是快递公司滴, 发俺, 告诉俺), 滴 is 的 (收滴码, 快递公司滴), 咋 is 怎么.
      // 滴 and 俺 fold only inside a term holding 的 or 我 ("手机收滴码" is 手机收的码), so 滴滴出行 matches nothing.
      '俺': '我', '俺们': '我们', '滴': '的', '咋': '怎么',
    },
    examples: [
      ['我系京东客服，你嗰单嘢有问题，要退款俾你，你将张卡号同埋验证码发俾我', '我是京东客服，你那单东西有问题，要退款给你，你将银行卡号和验证码发给我'],
      ['侬好，阿拉是淘宝客服，侬买的衣裳有质量问题，要退款，把验证码报拨我听一下', '你好，我们是淘宝客服，你买的衣裳有质量问题，要退款，把验证码报给我听一下'],
      ['俺是快递公司滴，你那个包裹弄丢了，赔你两百，你把银行卡号发俺，再把手机收滴验证码告诉俺', '我是快递公司的，你那个包裹弄丢了，赔你两百，你把银行卡号发我，再把手机收的验证码告诉我'],
      ['侬好，侬个快递丢了，赔侬三百块，侬把卡号报给阿拉', '你好，你个快递丢了，赔你三百块，你把卡号报给我们'],
      ['我系淘宝售后，你买嘅电饭煲有问题，赔三倍俾你，你下载个腾讯会议，共享屏幕我教你点攞钱', '我是淘宝售后，你买的电饭煲有问题，赔三倍给你，你下载个腾讯会议，共享屏幕我教你点拿钱'],
    ],
  },
  {
    kind: 'english',
    description: '中英夹杂：英文的动作词和对象词（provide、tell me、add、download、bank card、verification code、WeChat）读作中文同义词，让请求语法看到跨语言的请求',
    variants: {
      // Acts. Not "send" / "open" / "add" alone inside English prose: the fold applies only to text the Chinese
      // playbook reads (a message with a Chinese sentence in it, src/normalise/lang.ts), whole words only.
      'provide': '提供', 'give me': '给我', 'tell me': '告诉我', 'send me': '发给我', 'send to me': '发给我', 'send it to me': '发给我',
      'fill in': '填写', 'fill': '填写', 'enter': '输入', 'type in': '输入', 'input': '输入', 'log in': '登录', 'login': '登录',
      'scan': '扫描', 'pay': '付款', 'transfer': '转账', 'top up': '充值', 'recharge': '充值', 'borrow': '借钱', 'download': '下载',
      'install': '安装', 'click': '点击', 'tap': '点击', 'open': '打开', 'join': '加入', 'add': '添加', 'share': '共享', 'bind': '绑定',
      'verify': '验证', 'read out': '念出来',
      // Objects and the story's words.
      'verification code': '验证码', 'sms code': '验证码', 'otp': '验证码', 'bank card number': '银行卡号', '银行卡 number': '银行卡号', 'bank card': '银行卡', 'card number': '卡号', 'credit card': '信用卡',
      'password': '密码', 'id card': '身份证', 'id number': '身份证号', 'wechat': '微信', 'alipay': '支付宝', 'taobao': '淘宝',
      'pinduoduo': '拼多多', 'link': '链接', 'website': '网站', 'screen share': '屏幕共享', 'share screen': '共享屏幕', 'screen': '屏幕',
      'refund': '退款', 'compensation': '赔偿', 'customer service': '客服', 'quality problem': '质量问题', 'credit score': '信用分',
      'safe account': '安全账户', 'deposit': '保证金', 'parcel': '包裹', 'package': '包裹', 'lost': '丢失', 'damaged': '破损', 'double': '双倍', 'triple': '三倍',
      'order': '订单', 'problem': '问题', 'account': '账户', 'frozen': '冻结', 'freeze': '冻结', 'meeting': '会议',
    },
    examples: [
      ['Dear customer 您好, your 淘宝 order 退款需要您 provide 银行卡 number and 验证码 to 客服', 'Dear customer 您好, your 淘宝 order 退款需要您提供银行卡 number and 验证码 to 客服'],
      ['淘宝 customer service here，你的 order 有 quality problem，我们给你退款，add 我 WeChat tb9988', '淘宝客服 here，你的 order 有质量问题，我们给你退款，添加我微信 tb9988'],
      ['我是淘宝客服，给您退款，please tell me 验证码', '我是淘宝客服，给您退款，please 告诉我验证码'],
      ['您好，我是支付宝客服，你的 credit score 太低，需要 borrow 一点钱 from 借呗 then transfer 给我们验证', '您好，我是支付宝客服，你的信用分太低，需要借钱一点钱 from 借呗 then 转账给我们验证'],
    ],
  },
  {
    kind: 'shape',
    description: '形近或别称（企鹅号＝QQ，绿泡泡＝微信；🐧＝QQ、➕＝加：用表情写的字）',
    // The emoji that stands for the word (our own SMS, data/corpus/gen-scam-cs-zh.jsonl: "退款请加🐧🐧：…",
    // "➕微❤️：…"), not a separator: after a comma or before a handle it is not between two characters.
    variants: { '企鹅号': 'qq', '🐧🐧': 'qq', '🐧': 'qq', '➕': '加', '绿泡泡': '微信', '绿色泡泡': '微信' },
    examples: [
      ['您的快递丢了，给您理赔，请加企鹅号123456进理赔群', '您的快递丢了，给您理赔，请加qq123456进理赔群'],
      ['您的订单异常，退款请加🐧🐧：2873915046', '您的订单异常，退款请加qq：2873915046'],
      ['亲，您的快递丢了，赔您三百，➕微信：kd-pf300', '亲，您的快递丢了，赔您三百，加微信：kd-pf300'],
      // WeChat's green bubble, also in traditional script (綠泡泡): newcomer 6, kind 4.
      ['亲，您的包裹损坏了，可以理赔，加我绿泡泡', '亲，您的包裹损坏了，可以理赔，加我微信'],
    ],
  },
];

/**
 * 每 + (一)个 + a unit ("每个月扣费", "每一个月", "每一天") is 每 + the unit ("每月扣费", "每天"): the measure word
 * and the 一 are fillers of the same quantifier, so every cue written "每月…" also reads "每个月…" and "每一个月…"
 * (newcomer8 kind 4: "每个月扣费500块" read safe 10 where "每月扣费500块" read 69). Generated, not listed per
 * phrase: one rule for every class that holds a 每-phrase.
 */
const EVERY_UNITS = ['月', '年', '天', '日', '周', '星期', '礼拜', '季度', '季', '次', '笔', '单', '人', '期', '小时'];
const EVERY_FILLERS = ['个', '一个', '一'];
ZH_VARIANT_GROUPS.push({
  kind: 'measure',
  description: '量词和“一”夹在“每”和单位之间（每个月、每一个月、每一天）：读作“每月”“每天”',
  variants: Object.fromEntries(EVERY_UNITS.flatMap((u) => EVERY_FILLERS
    // 每一日/每一人 are fine; 每个小时 needs its 个 only before 小时, and 每一期 reads as 每期.
    .map((f) => [`每${f}${u}`, `每${u}`] as const))),
  examples: [
    ['您好我是抖音客服，您之前开通的抖音月付，下个月开始每个月扣费500块，需要我帮您关闭吗', '您好我是抖音客服，您之前开通的抖音月付，下个月开始每月扣费500块，需要我帮您关闭吗'],
    ['您开通的会员每一个月自动扣费299元，如需取消请联系专员', '您开通的会员每月自动扣费299元，如需取消请联系专员'],
    ['投资我们的项目每一天收益3%，稳赚不赔', '投资我们的项目每天收益3%，稳赚不赔'],
  ],
});

/**
 * The English playbook's own word classes, read inside a Chinese message (newcomer8 kind 2: "请把您的Maybank
 * account和TAC code发给我", "需要您先transfer 1元到我们的verification account" read safe where the Chinese said the
 * same was scam): every term of an English act or object class folds to a Chinese word of the matching class
 * here, so a synonym added to the English lexicon is read in a mixed message too. Terms too generic to stand
 * for the class inside Chinese text ("need", "code", "get", "page") are left out; the hand-written 'english'
 * group above wins where both spell a word.
 */
const EN_CLASS_TO_ZH: Record<string, string> = {
  'act.give': '提供', 'act.tell': '告诉我', 'act.enter': '输入', 'act.login': '登录', 'act.pay': '付款', 'act.send-money': '转账',
  'act.install': '下载', 'obj.code': '验证码', 'obj.card': '银行卡号', 'obj.password': '密码', 'obj.identity': '个人信息',
  'obj.remote-app': '远程控制软件', 'obj.refund-app': '退款软件', 'obj.banking': '网银', 'obj.link': '链接',
};
/** English class terms that are everyday words inside Chinese text, or another class's word there. */
const EN_TOO_GENERIC = new Set([
  'need', 'needs', 'i need', 'we need', 'he needs', 'she needs', 'they need', 'need your', 'share', 'forward', 'submit', 'providing', 'sending',
  "what's", 'what is', 'say', 'spell', 'repeat', 'let me know', 'type', 'typing', 'put in', 'get', 'run', 'set up', 'launch', 'open',
  'send', 'move', 'put', 'load', 'invest', 'deposit', 'make a deposit', 'code', 'codes', 'the digits', 'pin', 'site', 'page', 'form',
  'portal', 'links', 'credentials', 'security questions', 'member id', 'insurance number', 'payment method', 'go to the app store',
  'go to the play store', 'downloading', 'installing', 'entering', 'filling in', 'filling out', 'paying', 'settle', 'cover the', 'remit',
]);
/**
 * Words of the mixed register the English playbook has no class for: a bank's own name before "account" or
 * "card" (Maybank account = a bank account), the one-time codes Malaysian and Singapore banks call TAC, and the
 * story's words ("student account", "credit record", "follow my steps").
 */
const BANK_NAMES = ['maybank', 'cimb', 'public bank', 'rhb', 'hong leong', 'ambank', 'bank islam', 'dbs', 'posb', 'ocbc', 'uob', 'hsbc', 'citibank', 'standard chartered', 'chase', 'barclays', 'bank'];
const EN_MIXED_EXTRA: Record<string, string> = {
  ...Object.fromEntries(BANK_NAMES.flatMap((b) => [[`${b} account`, '银行账户'], [`${b} account number`, '银行账号'], [`${b} card`, '银行卡'], [`${b} card number`, '银行卡号']])),
  'tac': '验证码', 'tac code': '验证码', 'tac number': '验证码',
  // "code" alone is any code (a programmer's, a discount's: EN_TOO_GENERIC), but a code counted in digits or named by
  // where it arrived is the one-time code (newcomer9 kind 3: "请立即回复收到的6位code" read safe 0).
  '位code': '位验证码', '位数code': '位验证码', '收到的code': '收到的验证码', '短信code': '短信验证码', '短信里的code': '短信里的验证码',
  'security code': '安全码', 'one-time code': '验证码', 'one time code': '验证码', 'sms验证码': '验证码', 'pin code': '密码', 'pin number': '密码', 'card info': '银行卡信息', 'card details': '银行卡信息',
  'bank info': '银行卡信息', 'account info': '账户信息', 'info': '信息', 'information': '信息',
  'verification account': '验证账户', 'test account': '测试账户', 'official account': '官方账户', 'security account': '安全账户',
  'student account': '学生账户', 'student loan': '校园贷', 'campus loan': '校园贷', 'credit record': '征信', 'credit report': '征信', 'credit history': '征信',
  'follow my steps': '跟着我的步骤', 'follow me': '跟着我', 'my steps': '我的步骤', 'steps': '步骤', 'regulation': '规定', 'regulations': '规定',
  'cancel': '取消', 'approved': '审核通过', 'pending': '待处理', 'failed': '失败', 'system': '系统', 'compensate': '赔偿', 'refund failed': '退款失败',
};
const enClassFolds: Record<string, string> = {};
for (const [cls, zh] of Object.entries(EN_CLASS_TO_ZH)) {
  for (const t of enLexicon[cls]?.terms ?? []) {
    // ASCII words only (the fold's keys are Latin words matched whole), not the generic ones.
    if (!/^[a-z][a-z0-9 '-]*[a-z0-9]$/.test(t) || EN_TOO_GENERIC.has(t)) continue;
    enClassFolds[t] ??= zh;
  }
}
const EN_CLASS_GROUP: VariantGroup = {
  kind: 'english',
  description: '中英夹杂：英文词库里的动作词和对象词（transfer、card details、TAC code、online banking）按类读作中文同义词',
  variants: { ...enClassFolds, ...EN_MIXED_EXTRA },
  examples: [
    ['您好我是Lazada的客服，您的包裹丢失了，我们赔偿300元，请把您的Maybank account和TAC code发给我', '您好我是Lazada的客服，您的包裹丢失了，我们赔偿300元，请把您的银行账户和验证码发给我'],
    ['淘宝售后：您的商品有质量问题，给您双倍退款，请把您的bank account number发给我', '淘宝售后：您的商品有质量问题，给您双倍退款，请把您的银行账号发给我'],
    ['您的Alipay账户被冻结，解冻需要您登录online banking输入密码验证', '您的Alipay账户被冻结，解冻需要您登录网银输入密码验证'],
    ['您的账户在异地登录，为了安全请立即回复收到的6位code', '您的账户在异地登录，为了安全请立即回复收到的6位验证码'],
  ],
};
ZH_VARIANT_GROUPS.push(EN_CLASS_GROUP);

/** All groups' variants in one map, as the playbook takes them (`variants`); a group listed later wins. */
// The hand-written groups first (a term's variant spellings are capped, src/match/compile.ts variantSpellings:
// theirs come first), then the English classes' words no hand-written group spells.
const handVariants: Record<string, string> = Object.assign({}, ...ZH_VARIANT_GROUPS.filter((g) => g !== EN_CLASS_GROUP).map((g) => g.variants));
export const zhVariants: Record<string, string> = {
  ...handVariants,
  ...Object.fromEntries(Object.entries(EN_CLASS_GROUP.variants).filter(([k]) => !(k in handVariants))),
};

/**
 * Key nouns a listener mishears or a typist mistypes by sound (newcomer15 kinds 3 and 5: "开一下屏慕共想，下载个腾讯会义",
 * "下个钉丁然后开个共享平目", "视频会意", "快递公斯", "要陪你钱"). Not a list of typos: the normaliser folds any spelling with
 * the same toneless syllables into the noun (src/normalise/normalise.ts step 6, from a generated table of every
 * character's reading), when at least half of the characters are the noun's own and none of the others is one of the
 * commonest characters. Only nouns no everyday phrase sounds like: not 理赔 ("这里赔不起" holds li pei with 赔), not
 * 支付宝 ("支付报名费"), not 会议 or 共享 alone ("会一下", "共想办法"); a noun of two characters only when no word begins
 * with a homophone of its second ("理赔服务" holds 赔服, so not 赔付). [misheard, plain] examples are run as tests
 * (test/playbook/faults/nc15-misheard.test.ts): the two must read alike.
 */
export const ZH_SOUND_WORDS: readonly string[] = [
  // Screen sharing and meeting apps.
  '屏幕共享', '共享屏幕', '屏幕', '视频会议', '腾讯会议', '钉钉会议', '钉钉', '会议软件', '飞书会议', '远程控制', '向日葵',
  // The story's nouns.
  // Not 赔付 or 赔偿 alone ("理赔服务中心" holds pei fu: 赔服), not 运费险 ("运费先付"), not 身份证 ("身份正确"): the payout
  // said with what comes before it.
  '快递公司', '物流公司', '保险公司', '质量问题', '赔你钱', '赔您钱', '给您赔偿', '给你赔偿', '双倍赔偿', '三倍赔偿', '双倍赔付', '三倍赔付',
  // What is asked for.
  '验证码', '银行卡', '二维码',
];
export const ZH_SOUND_EXAMPLES: Array<[string, string]> = [
  ['京东客服：退款需要您开一下屏慕共想，下载个腾讯会义', '京东客服：退款需要您开一下屏幕共享，下载个腾讯会议'],
  ['您好我是京东的给您理赔您下个钉丁然后开个共享平目我看着您操作', '您好我是京东的给您理赔您下个钉钉然后开个共享屏幕我看着您操作'],
  ['你号 俺是那个 快递 公斯的 你的件 坏了 要陪你钱', '你号 俺是那个 快递 公司的 你的件 坏了 要赔你钱'],
];
