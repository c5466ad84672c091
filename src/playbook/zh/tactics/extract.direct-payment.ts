import { defineTactic } from '../../schema.ts';

/**
 * Pay a stranger directly, first, for goods, tickets, game items or a service (虚假购物, 追星, 二手,
 * 游戏交易, 色情引流, issue 8 §1.8): "先付款后发货", "只接受微信转账", "不走平台，直接转我", "扫我码付款".
 * A shop on a platform takes the money through the platform's checkout; a stranger who wants it by
 * transfer before anything is sent leaves the buyer nothing to claim on. Extraction, weight 40
 * (alone `suspicious`, the rule of issue 8 §1.8: money to an account they name); with a too-good
 * price or a move to a private chat the composites make it `scam`. Written from the police advice
 * on 网购诈骗 (不要脱离平台私下转账) and our own writing.
 */
export default defineTactic({
  id: 'extract.direct-payment',
  stage: 'extraction',
  description: {
    zh: '要您先把钱直接转给他（微信、支付宝、银行卡、扫他的码），不走平台，付了才发货、出票、服务',
    en: 'Wants the money sent to them directly first (WeChat, Alipay, a card, their QR code), off the platform, before goods, tickets or service',
  },
  weight: 40,
  cues: [
    // Pay first, then the goods ("先付全款我们才下单", "先转账后发电子票", "先付款后服务").
    {
      all: [
        ['先付款', '先付全款', '先转账', '先全款', '先打款', '全款转', '先把钱', '先付钱', '转账锁单', '付全款', '先转一千', '先付定金', '先.转.账', '付款后给你发'],
        ['发货', '下单', '出票', '发票', '发你', '发电子票', '给你发', '发位置', '服务', '充值', '送过去', '寄', '到货', '锁单', '安排'],
      ],
      within: 20,
    },
    // Only a direct transfer is accepted, or the platform is to be bypassed.
    {
      all: [
        ['只接受', '只收', '只支持', '直接', '不支持平台', '不走平台', '不在平台', '不走pt', '平台交易不了', '平台抽成'],
        ['微信转账', '支付宝转账', '转账', '转我微信', '转我支付宝', '转这个支付宝', '扫我码', '扫我的码', 'zfb', '银行卡转'],
      ],
      within: 16,
      // "只接受…转账", never "让我转账，我没转，直接挂了" (a report of refusing).
      ordered: true,
    },
    { any: ['扫我码付款', '扫我的码付款', '转这个支付宝', '不支持平台交易', '不走平台交易', '不在平台交易'] },
  ],
  unless: ['骗子', '诈骗', '警惕', '谨防', '不要', '切勿', '千万别', '已付款', '已发货', '货到付款', '确认收货', '平台担保', '支付成功', '待发货', '工资', '报销', '退款',
    // Escrow explained: the money held by the platform ("京东自营先付款后发货，钱在京东", "要先付款，钱在支付宝里"; nc11-fp kind L1b).
    '钱在'],
  guards: ['warning'],
  negatable: true,
  advice: ['stay-on-platform', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '这批货很抢手，先付全款我们才给你下单',
      '演唱会票原价出，先转账后发电子票',
      '本店清仓不支持平台交易，只接受微信转账',
      '这个号不走平台了，你直接转我支付宝',
      '先付款后服务，付款后给你发位置',
      '平台交易不了，扫我码付款吧',
    ],
    negative: [
      '您已付款成功，我们会在48小时内发货',
      '请在平台上拍下，平台担保交易更放心',
      '千万别先转账给陌生卖家',
      '本店支持货到付款',
      '我已经确认收货了，钱会打给卖家',
      '妈，菜钱我直接转你微信了',
    ],
  },
});
