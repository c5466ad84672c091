import { defineTactic } from '../../schema.ts';

/**
 * The pay-first inversion told as an ORDER: "退款需要您先在拼多多先用后付下单一件商品，验证账户后就能退回".
 * No real refund needs you to buy, order or pay for something first; the scammer's "商品" is his own
 * listing or a gift card he cashes. (extract.transfer covers transfers and fees; its `unless` keeps
 * shop talk about 下单 out, so the order form lives here.)
 */
const PAYOUT = ['退款', '理赔', '赔付', '退回', '退还', '返还', '退钱', '退给您', '赔偿', '补偿', '解冻'];
const ORDER_FIRST = [
  '先下单', '先用后付', '先购买', '先买一', '先买个', '先拍下', '先拍一', '先付款', '先支付', '先刷一', '先垫付', '先充值',
  '下单一件', '下单一个', '下一单', '拍一单', '购买一件', '购买一个', '买一件', '买一个商品', '刷一单',
];

export default defineTactic({
  id: 'extract.order-first',
  stage: 'extraction',
  description: {
    zh: '说退款、理赔要您先下单、先买一件商品或用“先用后付”付一笔才能到账',
    en: 'Says the refund or claim comes only after you first order, buy or pay for something (e.g. with "buy now, pay later")',
  },
  weight: 45,
  cues: [
    // The refund, then the order first, then the condition ("后就能退回", "才能到账").
    {
      all: [PAYOUT, ORDER_FIRST, ['才能', '就能', '后就', '之后', '才可以', '才会', '验证', '激活', '即可', '再给您', '再退']],
      within: 40,
      ordered: true,
    },
    // The order first, then the refund as its outcome ("先下单一件商品，验证后退款原路返还").
    {
      all: [['需要您先', '您需要先', '请您先', '您先', '你先', '请先'], ORDER_FIRST, PAYOUT],
      within: 30,
      ordered: true,
    },
  ],
  unless: ['不需要', '无需', '不会要求', '切勿', '请勿', '千万别', '不要', '不满意', '七天无理由', '已下单', '我先', '收到货'],
  guards: ['warning'],
  negatable: true,
  advice: ['refund-never-needs-payment', 'hang-up-verify-in-app', 'already-paid'],
  examples: {
    positive: [
      '客服：亲，退款需要您先在拼多多先用后付下单一件商品，验证账户后就能退回',
      '退款前需要您先下单一件9.9元的商品，验证通过后就能退回',
      '理赔需要您先在我们店铺拍一单，系统验证后才能打款',
      '您先用先用后付购买一件商品激活账户，退款即可到账',
      '请您先去下单一件商品，下单后我们再给您退款',
      '退款需要您先购买一件商品做流水验证，之后连本带息返还',
    ],
    negative: [
      '您可以先下单，收到货不满意可以七天无理由退款',
      '我先下单了，等货到了再看要不要退款',
      '退款不需要您下单或付款，请勿相信',
      '您的退款已原路退回，可以重新下单',
      '先用后付的订单退货后，款项不会扣除',
    ],
  },
});
