import { defineTactic } from '../../schema.ts';

/**
 * "我们收到您的投诉/退款申请/反馈": a message that follows up a complaint or a refund request the
 * reader may never have made. Real desks say it too (in the app, or in a chat the customer opened),
 * so it weighs little alone; with a request for the reader's details or a move off the platform it
 * is the refund scam's opening in SMS form (composites `story-plus-details`). Kind found in the
 * texts-8 dev misses (冒充客服 SMS that acknowledge a complaint), examples our own.
 */
export default defineTactic({
  id: 'contact.complaint-followup',
  stage: 'contact',
  description: {
    zh: '对方说“收到您的投诉、退款申请或反馈”，以跟进为名找上门',
    en: 'The sender says it "received your complaint, refund request or feedback" and follows it up',
  },
  // Weight 0: it counts only in the composites (a real desk says it every day).
  weight: 0,
  role: 'component',
  cues: [
    {
      all: [
        ['收到您', '收到你', '接到您', '接到你', '收到了您', '接到了您', '关于您的', '针对您的', '受理您的', '已收到', '收到关于您'],
        ['投诉', '反馈', '退款申请', '退款请求', '退货申请', '理赔申请', '售后申请', '举报', '申诉', '退款的投诉'],
      ],
      // "收到了您关于网购退货问题的投诉": the complaint's subject may sit in between.
      within: 16,
      ordered: true,
    },
    // "您的退款申请我们已收到": the same, said the other way round.
    {
      all: [
        ['投诉', '反馈', '退款申请', '退款请求', '退货申请', '理赔申请', '售后申请', '申诉'],
        ['我们已收到', '我们已经收到', '我们收到了', '我们已受理', '已收到', '已受理'],
      ],
      within: 8,
      ordered: true,
    },
  ],
  unless: ['我收到', '我已收到', '我们已处理完毕', '处理完毕'],
  guards: ['warning-story'],
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      '我们收到您的投诉，很抱歉给您带来不便',
      '您好，我们接到您的投诉后立即展开调查',
      '我们已收到您的退款申请，将尽快处理',
      '尊敬的客户，我们收到您关于退款的投诉',
      '感谢您联系我们，我们已经收到您的反馈',
      '您的退款申请我们已收到，请提供银行卡开户名',
      '我们收到了您关于网购退货问题的投诉',
    ],
    negative: [
      '我收到你的消息了，晚上见',
      '您的快递已签收，感谢您的支持',
      '请问有什么可以帮您',
      '欢迎您对我们的服务提出建议',
      '我收到你寄来的礼物了',
    ],
  },
});
