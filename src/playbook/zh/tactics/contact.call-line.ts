import { defineTactic } from '../../schema.ts';

/**
 * The message gives you a line of theirs to call about it, whatever kind of line: a mobile or a
 * landline, a rented 400/800 line the number checker does not list (`businessLines`), or a number
 * shown masked ("详询0571-2688****", "回电 400-660-****": how a forwarded or retold SMS shows it, and how
 * a writer who never read the rules wrote it). contact.call-back-number counts only mobiles and
 * landlines (a 400 line is a company's everyday hotline) and shift.claims-line only beside a claim's
 * own words; a refund or a charge story that ends in "call this number" is the scam's SMS whatever the
 * line (a platform's refund goes back by itself and its after-sales line is one published short number:
 * 950618, 95188). Nothing alone (weight 0): the composite `refund-story-plus-call-line` reads it with a
 * refund kill-chain story. A published line (95xxx, 10086, one the checker lists) is the sender's own
 * (`notOfficial`), and a sentence naming the official hotline, the courier or the branch does not count.
 * Kind: writer7's CS SMS (gen-w7-scam-sms-zh), the session-9 brief ("请致电4008…"), own SMS (gen-w3-scam-sms-zh).
 */
export default defineTactic({
  id: 'contact.call-line',
  stage: 'contact',
  description: {
    zh: '给您一个号码让您打过去办理（真平台的退款不用打电话，它的客服电话是官方APP里查得到的短号）',
    en: 'Gives you a number of theirs to call to sort it out (a real refund needs no call; a platform\'s line is the short number listed in its app)',
  },
  weight: 0,
  role: 'component',
  scoreOnly: true,
  speaker: 'unknown',
  cues: [
    {
      entity: 'phone', notOfficial: true, businessLines: true, within: 12,
      near: ['致电', '拨打', '回电', '回拨', '来电', '请拨', '打电话', '联系', '咨询', '详询', '热线', '专线', '电话', '专员', '客服', '办理', '处理'],
    },
    // A number shown masked after a call word ("详询0571-2688****", "请联系 0371-6588****").
    {
      all: [
        ['致电', '拨打', '回电', '回拨', '请拨', '联系', '咨询', '详询', '热线', '专线', '电话', '专员', '客服'],
        ['****', '***-', '*** '],
      ],
      within: 20,
      ordered: true,
    },
  ],
  unless: [
    '官方客服', '官方热线', '官方电话', '客服热线9', '快递员', '派送员', '配送员', '骑手', '网点', '师傅', '营业厅', '柜台',
    '不要', '切勿', '请勿', '陌生',
    // The line offered for questions about a refund already on its way ("学费将全额原路退还，如有疑问请拨打400-…"), not
    // as the way to get the money: the scam's line is where the refund is "办理"d.
    '如有疑问', '如有问题', '如有任何疑问', '如有任何问题', '如有需要',
  ],
  guards: ['warning-story'],
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      '退款请回电 400-660-1234',
      '您的订单退款失败，请致电客服4006-789-123处理',
      '赔付请联系 0371-6588****',
      '可申请退款，详询0571-2688****',
      '请联系专员 13812345678 办理',
    ],
    negative: [
      '【京东】退款问题请致电客服950618',
      '如有疑问请拨打官方客服热线400-820-8820',
      '快递员电话13812345678，请保持畅通',
      '请不要拨打陌生人给的电话 17012345678',
      '如有疑问请致电95188',
      '我的手机尾号****1234',
      '【新东方】您报名的冬令营因故取消，学费将全额原路退还，如有疑问请拨打400-618-0099',
    ],
  },
});
