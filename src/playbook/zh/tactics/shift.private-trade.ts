import { defineTactic } from '../../schema.ts';

/**
 * "Let's trade privately, the platform's fee is too high": a second-hand or game buyer or seller who
 * moves the payment off the platform (a direct WeChat or Alipay transfer, their own payment link),
 * where the platform's escrow no longer protects either side (二手交易 scripts). Suspicious on its own:
 * the platform's own chat never proposes this.
 */
export default defineTactic({
  id: 'shift.private-trade',
  stage: 'shift',
  description: {
    zh: '买卖时提出“私下交易”、不走平台、绕开平台手续费，直接微信、支付宝转账或用对方的付款链接',
    en: 'Proposes to trade privately, off the platform ("its fee is too high"), paying by direct transfer or their own payment link',
  },
  weight: 40,
  cues: [
    {
      any: [
        '私下交易', '私下转账', '线下交易吧', '不走平台', '绕开平台', '绕过平台', '平台扣费', '平台手续费太高', '平台服务费', '省下平台', '省平台的',
        '不通过平台', '脱离平台', '平台外交易',
      ],
    },
    {
      all: [
        ['平台'],
        ['太高', '太贵', '麻烦', '扣钱', '扣费', '抽成'],
        ['微信转账', '支付宝转账', '直接转账', '转给我', '加微信', '加我微信', '私下', '付款链接', '转我', '微信转', '支付宝转'],
      ],
      within: 40,
    },
    // The trading place itself refused ("别走平台", "咱们不走交易猫了", "不用走藏宝阁"; newcomer11 kind 5): the trade leaves
    // the escrow the platform holds, whichever platform is named.
    {
      all: [
        ['不走', '别走', '不用走', '不要走', '没必要走', '不经过', '别通过', '不用通过', '跳过'],
        ['平台', '交易猫', '藏宝阁', '闲鱼', '转转', '螃蟹', '5173', 'dd373', '盼之', '交易行'],
      ],
      within: 4,
      ordered: true,
    },
  ],
  unless: ['不要', '切勿', '请勿', '谨防', '骗子', '诈骗', '平台担保', '还是走平台', '走平台吧',
    // Goods checked in person before the money ("面交验货再付钱"). Not 见面交易 alone: a scammer says "我们都见面交易了" to
    // talk the seller into a direct transfer (anti-fraud-sft dev).
    '面交验货', '当面验货'],
  guards: ['warning'],
  advice: ['stay-on-platform', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '那我们私下交易行吗？这样不用付平台的服务费',
      '平台扣费很高的，我们直接微信转账吧',
      '平台手续费太高了，你加我微信，我转给你',
      '咱们不走平台，我直接支付宝转账给你',
      '如果我们私下交易，我可以给你1800元，这样都能省下平台的费用',
      '你要的装备我便宜出，别走平台，直接微信转我',
      '咱们不走交易猫了，你支付宝转我600，我上线给你',
    ],
    negative: [
      '请不要私下交易，平台担保更安全',
      '我们还是走平台吧，有保障',
      '私下交易都是骗子的套路',
      '平台的客服说明天发货',
      '这个平台界面很好用',
      '同城的话不走平台也行，面交验货再付钱',
      '这个号我不走中介，你自己来店里看',
    ],
  },
});
