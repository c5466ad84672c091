import { defineTactic } from '../../schema.ts';

/**
 * A code to scan and pay ("请扫描下方的二维码付款300元", "扫这个码完成支付"): money to the payee the code names. Until
 * session 10 this was a cue of extract.upfront-fee, a `standalone` request of the one-message rule (its own words the
 * story: a fee before a payout), so a shop's, a biller's or a courier's plain "扫描收款码付款" read `scam` 85 with
 * extract.transfer beside it ("年货节特惠！车厘子2斤装仅需99元，扫描二维码付款即可预订", "您的快递到付运费18元，请扫描快递员的
 * 收款码付款后签收": fp10's own legitimate SMS, data/corpus/gen-fp10-legit-sms-zh.jsonl). A code scanned to pay names no
 * payout: it is money asked (`money` in src/playbook/single-message.ts), `scam` only beside a story no sender tells of
 * its own service, an offer or a move elsewhere; the same weight and the same unless words as the cue it was, so a
 * message's risk is what it was. A code scanned inside a trade or a prize is still upfront-fee's (the fee before the goods).
 */
/**
 * A coupon claimed by scanning, the payment word its later use (sms14 kind 2; exposed kind, session 12 note: "a coupon
 * claimed by scanning read as an upfront fee"): "扫描加油机上二维码领取每升立减0.3元优惠券，支付时自动抵扣", "扫小票上的
 * 二维码领红包，下次消费付款可抵3元". The code is scanned to TAKE something; the 付款/支付 of the sentence is when the
 * discount applies (付款时, 支付时自动抵扣, 付款可抵, 支付立减), not money paid on the code. Read as the tactic's `ordinary`:
 * such a sentence is no request unless the turn names a fee, a payout story or a code somebody sent (COUPON_MONEY).
 */
const COUPON_USE = [
  '付款时', '支付时', '结算时', '结账时', '买单时', '消费时', '下单时', '购票时', '核销时',
  '付款可抵', '支付可抵', '付款抵扣', '支付抵扣', '付款立减', '支付立减', '付款直减', '支付直减', '付款满', '支付满', '付款即减', '支付即减',
];
/** A fee, a payout, a prize, a code somebody sent or a sum typed: the scan is money asked after all. */
const COUPON_MONEY = [
  '手续费', '服务费', '邮费', '运费', '保价', '保证金', '押金', '激活', '解冻', '认证费', '会员费', '工本费', '税费',
  '退款', '理赔', '赔付', '补偿', '返现', '返利', '中奖', '奖品', '奖金', '补贴款',
  '我发', '发您', '发你', '下方', '下面的', '这个码', '这个二维码', '该二维码', '输入金额', '金额输入', '金额填', '备注', '客服', '专员',
];

export default defineTactic({
  id: 'extract.scan-to-pay',
  stage: 'extraction',
  description: {
    zh: '让您扫对方给的二维码、收款码付款',
    en: 'Asks you to scan a code they give you and pay',
  },
  weight: 40,
  cues: [
    { request: { act: ['act.scan'], object: ['obj.qr'] }, context: ['ctx.payment'] },
    // A "teacher" collecting a per-head fee by a code (ncrecall16 kind D: "我是您孩子的班主任…每人368元，请扫描下方二维码缴费",
    // "请家长扫码支付", "扫码付款，付款后截图私发给我"): the class, a code scanned and the fee paid, however the code is named
    // (扫码 carries no 二维码 for the grammar; 缴费 is no ctx.payment word). Schools collect through their own platform
    // (班级小管家, 缴费平台: unless) and never by a code in a chat; ask the school before paying.
    {
      all: [
        ['班主任', '老师', '各位家长', '家长们', '家长您好', '请家长', '请各位家长', '班级群', '家长群'],
        ['扫描', '扫码', '扫一扫', '收款码', '二维码'],
        ['缴费', '付款', '支付', '缴纳', '交费', '交钱', '截图发我', '截图私发'],
        ['每人', '每位学生', '每个学生', '每生', '每位同学', '每个孩子'],
      ],
      within: 60,
    },
  ],
  unless: [
    '不收取', '免收', '免费', '不需要', '无需', '已支付', '已缴纳', '缴费成功', '支付成功', '已扣除', '原路退还', '已退还', '退还至', '退还到', '已退', '发票',
    '自动续费', '续费成功', '结账', '收银', '点餐', '出示',
    // A code at the place where the payer stands (fp11): the shop's door, the counter, the window, the table, the stall,
    // the car park's exit. The payer is there and sees who is paid; a scammer's code is SENT (我发的码, 下方二维码, 这个码).
    '门口', '窗口', '前台', '柜台', '服务台', '收费处', '收银台', '桌上', '桌角', '摊位', '岗亭', '出口', '到店', '店内', '店里', '门店', '现场', '当面',
    // …and the courier at the door with a cash-on-delivery parcel (sms17 kind C: "您的快件需要签收时支付到付运费xx元，请准备好零钱
    // 或扫快递员的收款码付款"): the code the courier holds out when the reader signs, not one sent by message.
    '签收时', '快递员的收款码', '快递员收款码', '派件员的收款码', '送货员的收款码', '配送员的收款码', '快递小哥的收款码', '准备好零钱',
    // A school's own channel (ncrecall16 kind D's twins): the class app or the school's payment platform.
    '小管家', '缴费平台', '官方平台', '校园缴费', '学校公众号',
    // …and the parent's own payment told done ("资料费我已经扫码付款了，截图发您了").
    '已扫码', '已经扫码', '扫码付款了', '扫码支付了', '扫码缴费了', '扫码交了',
  ],
  ordinary: { words: COUPON_USE, but: COUPON_MONEY },
  guards: ['warning'],
  negatable: true,
  advice: ['no-transfer', 'already-paid'],
  examples: {
    positive: [
      '为了确保交易安全，请你扫描下方的二维码，进行1800元的保险费用支付',
      '请扫描下方二维码付款300元',
      '你扫一下我发的二维码，把钱付款给我就行',
      '扫这个码完成支付，付完截图给我',
      '家长您好，请扫描班级群里的收款码缴纳资料费',
      '请使用支付宝扫描以下二维码完成支付',
      '扫描收款码付款后系统会自动验证',
    ],
    negative: [
      '结账时请出示付款码',
      '扫描二维码关注公众号',
      '本店支持扫码点餐',
      '不需要扫码支付任何费用',
      '您已支付成功，感谢惠顾',
      '扫码领取电子发票',
      '取衣时扫门口收款码付款',
      '停车费15元，请在出口岗亭扫码支付',
      '尾款取货时扫店里收款码付款即可',
    ],
  },
});
