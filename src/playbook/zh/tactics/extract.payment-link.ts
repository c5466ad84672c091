import { defineTactic } from '../../schema.ts';

/**
 * A payment link from the other side of a private deal (issue 8 §1.8: second-hand sales, "pre-sale"
 * groups, fake shops): "这是我的微信支付链接，你点进去按提示操作", "通过群内的支付链接支付". Buyers and
 * sellers on a real platform pay inside the platform's app; a link sent in a chat leads to a page that
 * takes the money or the account. Weak alone (a real shop's SMS may carry its own order link); with the
 * move to WeChat, QQ or a group (the composite) it is the second-hand and fake-shop scam.
 */
export default defineTactic({
  id: 'extract.payment-link',
  stage: 'extraction',
  description: {
    zh: '私下发来“付款链接”“支付链接”让您点进去付款或填写账号：真正的交易在平台APP里付款',
    en: 'Sends a "payment link" in a private chat for you to pay or enter your account: real trades are paid inside the platform\'s app',
  },
  weight: 30,
  cues: [
    {
      all: [
        ['付款链接', '支付链接', '收款链接', '交易链接', '担保链接', '购买链接', '下单链接', '转账链接'],
        // Not 付款/支付 alone: they are inside 付款链接 itself.
        ['发给你', '发你', '这是', '点进去', '点击', '通过', '用这个', '打开', '去付款', '完成付款', '进行支付', '按提示', '输入'],
      ],
      within: 20,
    },
  ],
  unless: ['不要点', '别点', '切勿', '请勿', '骗子', '诈骗', '陌生链接', '官方', '退订', '订单号'],
  guards: ['warning'],
  advice: ['stay-on-platform', 'check-domain', 'already-paid'],
  examples: {
    positive: [
      '我马上把付款链接发给你，你可以通过这个链接付款',
      '这是我的微信支付链接，你点进去按提示操作就行了',
      '您可以直接通过群内的支付链接支付，我们确认收到款项后发货',
      '这是担保交易链接，点击后输入你的账号和密码',
      '平台扣费太高，我发你一个收款链接，你直接付款',
    ],
    negative: [
      '不要点陌生人发来的付款链接',
      '付款链接已失效',
      '骗子会发假的支付链接，小心',
      '购买链接在商品详情页',
      '退订回T',
    ],
  },
});
