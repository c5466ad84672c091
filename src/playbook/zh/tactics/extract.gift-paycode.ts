import { defineTactic } from '../../schema.ts';

/**
 * "Free" things for your payment code (issue 8 §1.8, game skins, prizes, gifts): "皮肤免费送你，只需要
 * 出示支付宝付款码即可领取". A payment code lets whoever holds it take money from you; nobody who
 * gives something away needs it: a show or send word, the payment code and a gift word within 30
 * characters. A cashier's "请出示付款码" has no gift word.
 */
export default defineTactic({
  id: 'extract.gift-paycode',
  stage: 'extraction',
  description: {
    zh: '说免费送您皮肤、礼品、福利，却要您出示或截图发来付款码：付款码给了别人，别人就能扣您的钱',
    en: 'Offers a free game skin, gift or reward but asks you to show or send a screenshot of your payment code: whoever has it can take your money',
  },
  weight: 40,
  cues: [
    // Shown or sent ("出示付款码即可领取", "付款码截图发我"): the cashier's "出示付款码" has no gift nearby.
    {
      all: [
        ['出示', '亮出', '截图', '截个图', '打开', '发给我', '发我', '给我看', '发过来'],
        ['付款码', '付款二维码', '支付码', '付款条码'],
        ['免费', '领取', '赠送', '送给你', '送给您', '送你', '送您', '皮肤', '福利', '奖品', '礼品', '奖励', '白送'],
      ],
      within: 30,
    },
  ],
  unless: ['结账', '收银', '前台', '点餐', '购物满', '消费满'],
  guards: ['warning'],
  negatable: true,
  advice: ['never-share-card', 'no-upfront-fee', 'already-paid'],
  examples: {
    positive: [
      '游戏皮肤免费送给你！只需要出示支付宝付款码即可领取',
      '福利活动，打开微信付款码截图发给我，就能领取奖品',
      '免费领取皮肤，把你的付款码截个图发我',
      '恭喜您获得礼品一份，请出示付款码完成领取',
      '白送你一套装备，只要把付款码给我看一下',
    ],
    negative: [
      '请到前台出示付款码结账',
      '消费满100元可领取礼品，结账时出示付款码',
      '付款码每分钟自动刷新，请勿截图发给他人',
      '免费领取皮肤的活动已结束',
      '谁要你的付款码截图都是骗子，别给',
    ],
  },
});
