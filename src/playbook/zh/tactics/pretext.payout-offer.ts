import { defineTactic } from '../../schema.ts';

/**
 * Money offered to you unasked, whatever the cause: "厂家全额退款加补偿", "退一赔三", "平台先行赔付",
 * "赔付金待领", "钱全退给您", "我们给您退钱". The refund scam's stories vary without end (a recall, a
 * banned ingredient, a shop gone bust, a fire at the warehouse, an oversold hotel, a lost parcel);
 * what they share is the payout pressed on the reader, and then a move (a private WeChat or QQ, a
 * number to call back, a link, an app, a code). So the cause is not listed here: the payout alone is
 * the pretext, weak (10), and it decides nothing until a move comes with it (`pretext-plus-shift`,
 * `pretext-plus-extraction`, `story-plus-callback`).
 *
 * Kind found in our own corpus (data/corpus/gen-scam-cs-zh.jsonl: about a third of the SMS misses
 * named a payout with a cause no rule listed); examples our own. A refund the citizen asked for or
 * one already back ("已原路退回", "退款成功") is the `unless`.
 */
export default defineTactic({
  id: 'pretext.payout-offer',
  stage: 'pretext',
  description: {
    zh: '主动说要给您退款、赔偿、补偿（“全额退款加补偿”“退一赔三”“赔付金待领”），不管说的是什么原因',
    en: 'Offers you a refund, compensation or a payout unasked ("full refund plus compensation", "refund one, pay three"), whatever the reason given',
  },
  weight: 10,
  cues: [
    {
      any: [
        // The payout as a thing waiting for you.
        '赔付款', '赔付金', '赔偿金', '赔偿款', '补偿金', '补偿款', '理赔金', '理赔款', '退款金额', '赔付金额', '理赔金额', '补偿金额', '赔款',
        '保费返还', '赔付资格', '理赔资格', '退款资格', '同意赔偿', '同意赔付', '赔偿事宜', '赔付事宜',
        // The payout promised: whole, multiplied, or paid by the platform first.
        '全额退款', '退全款', '全款退', '全退给', '钱全退', '全部退款', '退款加补偿', '退款+补偿', '退款并赔偿', '退款并补偿', '退款和补偿',
        '退一赔一', '退一赔二', '退一赔三', '退一赔十', '假一赔三', '假一赔十', '假一赔', '先行赔付', '兜底赔付', '统一退回', '统一清退', '清退货款',
        '赔付三倍', '三倍赔付', '三倍赔偿', '十倍赔偿', '双倍赔付', '双倍赔偿',
        // The payout said to you.
        '给您退钱', '给你退钱', '退钱给您', '退钱给你', '退给您', '退给你', '赔您', '赔你', '赔给您', '赔给你', '补偿您', '补偿你', '补给您',
        // English words inside a Chinese message ("我们会给您double refund", "DHL会给您compensation").
        'double refund', 'full refund', 'compensation', 'refund 三倍', 'refund三倍',
        '退你双倍', '退您双倍', '双倍退你', '双倍退您', '退你三倍', '退您三倍', '赔你双倍', '赔您双倍', '赔你三倍', '赔您三倍',
        '给您补偿', '给你补偿', '给您赔偿', '给你赔偿', '给您赔付', '给你赔付', '要退您', '退您钱', '给您退款', '给你退款', '可退款', '额外补贴', '额外补偿', '额外赔偿',
      ],
    },
    // The payout as an amount due to you ("可退款138元", "可获得赔偿200元", "赔偿款是五百八").
    // A payout said to wait on you ("一笔赔偿未领", "补偿金待发放", "赔付待提取").
    { all: [['退款', '赔偿', '赔付', '理赔', '补偿'], ['未领', '待领', '待发放', '待提取', '未提取', '待激活', '没领']], within: 8, ordered: true },
    { all: [['可获得', '可获', '可领取', '可以领取', '可享', '获得', '领取'], ['赔偿', '补偿', '赔付', '理赔', '退款', '补贴']], within: 6, ordered: true },
    // The same payout said object first ("退款给您", "赔偿给你", "理赔款打给您"): the word order of a hurried
    // or unpunctuated SMS ("退款给您请提供验证码" read safe 30 while "给您退款，请提供验证码" read scam 85).
    // Kind: a newcomer's probes, session 5 (test/playbook/faults/newcomer5-recall-kinds.test.ts).
    { all: [['退款', '赔偿', '赔付', '理赔', '补偿', '赔偿金', '理赔款', '退款金额', '退款款项'], ['给您', '给你', '打给您', '打给你', '转给您', '转给你', '退给您', '退给你']], within: 2, ordered: true },
  ],
  unless: [
    // The citizen's own request and a refund already on its way back.
    '我申请', '我已申请', '我已经申请', '我想', '我要', '已原路', '退款成功', '已退款', '已到账', '已退回', '已退还', '退款进度', '查看进度',
    '七天无理由', '如商品', '如有质量', '如遇',
    // A claim the citizen filed, accepted or closed, and a payout by the original route or to the
    // holder's own card ("【平安好车主】您的车险理赔已受理…理赔款将直接打入您的银行卡", an in-app chat's "如确认
    // 丢件…理赔款退到原支付账户"): money coming TO you by the route it came from is no offer pressed on you.
    // A fee, a code or a move asked alongside stays caught by its own tactic. Kind: a newcomer's probes,
    // session 6 (test/playbook/faults/nc6-fp-kinds.test.ts).
    // Only the payout's direction told as a plan ("钱没原路返回的话加我v", "暂时无法原路退回" are scams' words).
    '理赔已受理', '理赔申请已受理', '报案已受理', '已结案', '您报案',
    // "Nothing for you to do": a payout already made or on its way by itself, told by a real agent ("已经给您全额退款了，
    // 钱会原路退回，不需要您做任何操作"); a pressed payout always wants a step. Kind: own legit agents' calls (cs10).
    '不需要您做任何操作', '无需您做任何操作', '无需任何操作', '不需要任何操作', '不用您做任何操作', '您无需操作', '无需您操作',
    '退到原支付账户', '退回原支付账户', '退至原支付账户', '退回至原支付账户', '原路退回至', '原路退回到', '将原路退回', '将原路返回',
    // A payout already made to the reader's own card or account ("您的理赔款1,800元已支付到您尾号4321的银行卡"): done, nothing
    // pressed on you (nc11-fp, a newcomer's near-miss).
    ...['已支付', '已打', '已转入', '已汇入', '已存入', '已发放', '已赔付', '已退'].flatMap((v) => [`${v}到您`, `${v}至您`, `${v}您`]).filter((w) => w !== '已退您'),
  ],
  guards: ['warning-story'],
  advice: ['hang-up-verify-in-app', 'refund-never-needs-payment'],
  examples: {
    positive: [
      '你11月买的电热毯被查出线路老化，厂家全额退款加补偿，回电办理',
      '您买的面膜批号含违禁成分，退全款',
      '商家已倒闭，您未发货订单的货款由平台统一退回',
      '您投诉的商家已被处罚，您可获得先行赔付',
      '您的宝贝是仿品，我们主动赔偿假一赔十',
      '订单赔付款今晚到期',
      '平台先行赔付，您的赔偿款是五百八',
      '哈喽亲亲，您拍的加湿器那批有漏电的，我这边先给您把钱退了，给您退钱',
      '状态：质检不合格，可退款138元',
      '您的快递因海关查验延误，可申请延误赔偿，可获得赔偿200元',
      '您的车险保单有一笔保费返还1360元',
      '理赔请拨打电话，您的订单有一笔赔偿未领',
      '退款给您请提供验证码',
      '您的快递丢了，赔偿给你两百',
    ],
    negative: [
      '【淘宝】您的退款申请已通过，退款已原路退回，请注意查收',
      '我买的裙子有质量问题，我想申请退全款',
      '【京东】您的退款已到账，请在APP查看',
      '本店支持七天无理由退换，全额退款',
      '妈，那双鞋商家说可以退货',
      '您的订单已发货，请注意查收',
      '我想申请退款给我妈买的那件',
      '【淘宝】退款已原路退回给您，请查收',
      '您好，我是外卖平台客服，我们已经给您全额退款了，钱会原路退回，不需要您做任何操作',
    ],
  },
});
