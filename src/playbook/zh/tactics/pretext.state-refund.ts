import { defineTactic } from '../../schema.ts';

/**
 * "The state refunds what you bought" (newcomer10 kind 5): health products, collectibles or wealth
 * products "found illegal", with a unified refund (统一退费) or compensation paid by the state or a
 * "special fund" — the elderly's scam, followed by a fee or a card asked. No office refunds a private
 * purchase, and none asks a fee to do it. Weight 30 alone; with a fee or a transfer, `scam`.
 */
export default defineTactic({
  id: 'pretext.state-refund',
  stage: 'pretext',
  description: {
    zh: '说您买的保健品、收藏品、理财产品违规，国家或专项基金统一退费、赔偿：没有机构会为私人购买退钱，更不会先收费',
    en: 'Says the health products, collectibles or investments you bought were illegal and the state or a special fund refunds them: no office refunds a private purchase, let alone for a fee',
  },
  weight: 30,
  cues: [
    {
      all: [
        ['保健品', '养生品', '保健食品', '收藏品', '纪念币', '纪念钞', '邮票', '理疗仪', '老年产品', '养老产品', '理财产品', '会销'],
        ['统一退费', '统一退款', '统一退还', '统一赔偿', '统一返还', '国家退费', '国家退款', '国家赔偿', '专项基金', '退费', '全额退还', '可退', '能退', '赔偿金', '返还'],
        ['国家', '统一', '政府', '专项', '上级', '监管', '违规', '违法', '非法', '查处', '取缔'],
      ],
      within: 40,
    },
  ],
  unless: ['骗子', '诈骗', '被骗', '警惕', '冒充', '门店', '购买凭证', '12315'],
  guards: ['warning'],
  advice: ['no-upfront-fee', 'verify-independently', 'never-share-card'],
  examples: {
    positive: [
      '您之前买的保健品属于违规产品，国家现在统一退费',
      '您购买的收藏品被查处，专项基金可以全额退还给您',
      '老年人买的理疗仪违法，政府统一赔偿，每人可退两万',
      '您的纪念币属于非法发行，国家统一返还购买款',
      '之前会销卖的保健食品已被取缔，上级要求统一退款',
    ],
    negative: [
      '保健品退货请带购买凭证到门店办理',
      '冒充工作人员称保健品可以统一退费的，都是诈骗',
      '我妈买的保健品太贵了，我打算去找他们退',
      '这款保健品效果一般，不推荐',
      '邮票展览下周开幕',
    ],
  },
});
