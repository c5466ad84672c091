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

export interface VariantGroup {
  kind: 'homophone' | 'shape' | 'pinyin' | 'initials' | 'mixed';
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
      'vx': '微信', 'wx': '微信', 'zfb': '支付宝', 'pdd': '拼多多', 'yzm': '验证码', 'yhk': '银行卡', 'yhkh': '银行卡号',
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
    kind: 'shape',
    description: '形近或别称（企鹅号＝QQ）',
    variants: { '企鹅号': 'qq' },
    examples: [
      ['您的快递丢了，给您理赔，请加企鹅号123456进理赔群', '您的快递丢了，给您理赔，请加qq123456进理赔群'],
    ],
  },
];

/** All groups' variants in one map, as the playbook takes them (`variants`). */
export const zhVariants: Record<string, string> = Object.assign({}, ...ZH_VARIANT_GROUPS.map((g) => g.variants));
