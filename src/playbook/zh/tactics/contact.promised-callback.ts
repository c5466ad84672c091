import { defineTactic } from '../../schema.ts';

/**
 * "我们的客服会尽快与您联系，请保持电话畅通": the message asks nothing, it announces the call. After a
 * lost-parcel, quality-problem, complaint or refund story from a stranger, that is how the fake
 * customer-service call is set up (the SMS primes the victim to trust the caller). A real courier or
 * shop says it too, but points to its own app or hotline, or is arranging a delivery or a pick-up:
 * those sentences do not count. Weak alone; with a story, composite `story-plus-callback`
 * (suspicious). Kind found in the texts-8 dev misses (冒充客服), examples our own.
 */
export default defineTactic({
  id: 'contact.promised-callback',
  stage: 'contact',
  description: {
    zh: '说客服或专员会打电话联系您、让您保持电话畅通，为接下来的“客服来电”铺垫',
    en: 'Announces that an agent or a claims officer will call you ("keep your phone on"): the set-up for the fake customer-service call',
  },
  // Weight 0: it proves nothing alone and must not lift a seller's own promotion, and beside one it
  // breaks it (a breaker of the playbooks' `promotion` rule, src/playbook/promotion.ts);
  // it counts only in the composite. Only in a message (no speaker turns): an agent closing a call
  // with "我们会在三个工作日内给您回复" is ordinary service (teleantifraud normal dialogues).
  weight: 0,
  role: 'component',
  speaker: 'unknown',
  cues: [
    {
      any: [
        '与您联系', '和您联系', '跟您联系', '联系您', '会致电您', '将致电您', '致电给您', '给您打电话', '给您来电', '与您取得联系', '跟您取得联系', '和您取得联系',
        '与您电话联系', '电话联系您', '与你联系', '联系你', '给你打电话', '保持电话畅通', '保持手机畅通', '注意接听', '留意来电', '留意电话',
        '注意来电', '等待我们的联系', '等待我们的电话', '等待我们的回复', '等待我们的处理结果', '给您回复',
        // The same call announced in other words ("请留意专员来电", "请等待客服联系", "客服回访", "由理赔专员电话对接").
        '专员来电', '客服来电', '留意专员', '等待客服', '客服联系', '专员联系', '客服回访', '电话回访', '电话对接', '错过来电', '接听来电', '会致电',
        '将致电', '与您核实', '联系您处理', '联系您办理', '与您电话核实', '客服将主动', '专员将主动',
        // The mirror: "call us back" with no number, so the call goes to the number that texted ("厂家给您退款，请回电",
        // "请您在方便的时候回个电话", "您接一下我们的电话").
        '请回电', '速回电', '请回拨', '回个电话', '回一下电话', '回电话给我们', '接一下我们的电话', '接听我们的电话',
        // "麻烦您明天上午有空接个电话，我们跟您说一下退款的事" (writer7): the call announced as a favour asked.
        '接个电话', '接一下电话', '接下电话',
        // "学生贷未注销，影响征信，回电处理" (writer6/writer7): the call back as the way to sort it out.
        '回电处理', '回电办理', '回电咨询', '回电话处理',
        // "稍后客服致电您" (newcomer kind 4): the call announced with 致电 and no 会/将.
        '致电您', '致电你', '稍后致电', '稍后来电', '稍后联系', '客服致电', '专员致电', '稍后会有客服', '稍后会有专员',
        // The bank's "staff" who will ring to undo the instalments (ncrecall17 kind 2: "等一下会有银行人员打电话给您，协助您解除
        // 分期设定", "银行专员等下会打电话指导您取消").
        '打电话给您', '打电话给你', '会打电话', '来电协助', '来电帮您', '人员来电',
      ],
    },
  ],
  // Pointing to its own app or hotline, or arranging a delivery or pick-up: the real courier's notice.
  unless: [
    'app', '小程序', '官方客服', '官方热线', '客服热线', '95', '400', '上门取件', '取件', '送货', '派送', '配送', '查询进度', '处理进度',
    '我会', '我联系', '请联系', '请您联系', '请及时联系', '您可联系', '您可以联系',
    // The citizen's own application or booking followed up ("您的理赔申请已受理，理赔员将致电您核实", "您的维修预约已受理").
    '申请已受理', '已受理', '您的申请', '您申请的', '您提交的', '您预约的', '预约已',
  ],
  guards: ['warning-story'],
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      '我们的客服会尽快与您联系，提供相关解决方案',
      '理赔专员将在今天与您电话联系，请保持电话畅通',
      '稍后会有专员联系您办理退款，请留意来电',
      '客服会尽快跟您取得联系，为您处理赔偿事宜',
      '请您耐心等待我们的回复',
      '您的快件在中转站遗失，我们已为您申请理赔，请留意专员来电',
      '您的商品已被认定为问题产品，您可申请退款，具体事宜请等待客服联系',
      '商家同意赔偿，赔偿事宜由理赔专员电话对接',
      '您11月2日在网上买的电暖气有问题，厂家给您退款，请回电',
      '系统将对您的订单强制退款，稍后客服致电您',
      '麻烦您明天上午有空接个电话，我们跟您说一下退款的事',
    ],
    negative: [
      '理赔进度请在中通快递APP查看或拨打官方客服95311咨询',
      '快递员会在下午联系您送货，请保持电话畅通',
      '售后专员会在24小时内联系您上门取件',
      '有问题请联系我们的客服',
      '我会尽快联系你的',
      '【中国平安】您的理赔申请已受理，理赔员将在1个工作日内致电您核实',
      '您的维修预约已受理，稍后工程师会致电您确认上门时间',
    ],
  },
});
