import { defineTactic } from '../../schema.ts';

/**
 * "You will get it back" said of the money they ask for (招聘, 贷款, 追星, 游戏交易, 二手, issue 8 §1.8):
 * a deposit "returned after three months", a fee "refunded after the loan", a "test" top-up "returned
 * with a bonus". It makes a payment look free; the money never comes back. A cover line, weight 10;
 * decisive only with a fee or a payment request (composite `refundable-fee-plus-payment`). A
 * landlord's deposit returned when the lease ends is its own sentence and stays quiet.
 */
export default defineTactic({
  id: 'cover.refundable-fee',
  stage: 'cover',
  description: {
    zh: '说您交的钱“之后会退还”：入职后返还、到账后返还、测试完成后原路退回、开通后退还',
    en: 'Says the money you pay "comes back later": returned after you start, after the loan arrives, after the "test", after opening',
  },
  weight: 10,
  cues: [
    {
      all: [
        ['入职后', '到账后', '完成后', '开通后', '放款后', '提现后', '工作满', '结束后', '认证后', '解冻后', '测试完成', '演唱会结束', '领取后', '之后', '结束退', '结束后退'],
        ['返还', '退还', '退回', '会退', '退给你', '退给您', '全额退', '原路退', '一起退', '双倍返', '月退'],
      ],
      within: 14,
      ordered: true,
    },
    { any: ['保证金会退', '押金会退', '钱会退', '费用会退', '全额退还给您', '全额退还给你'] },
  ],
  unless: ['退租', '租期', '退房', '合同到期', '订单完成', '骗子', '诈骗', '已退', '已经退', '7天无理由', '七天无理由'],
  guards: ['warning'],
  advice: ['no-upfront-fee', 'already-paid'],
  examples: {
    positive: [
      '押金一千五，工作满三个月退',
      '保费到账后返还给您',
      '测试完成后会原路退回，还有奖金',
      '实名费演唱会结束退还',
      '开通VIP费用两千，开通后退还',
    ],
    negative: [
      '押金在退租时原路退还',
      '您的退款已原路退回',
      '商品支持七天无理由退货',
      '订单完成后保证金自动解冻',
      '骗子说钱会退，结果一分没退',
    ],
  },
});
