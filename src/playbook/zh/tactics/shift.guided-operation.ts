import { defineTactic } from '../../schema.ts';

/**
 * The control move of every "customer service" script: the caller, not the user, drives the
 * phone ("按我的指引一步步操作", "配合我们的工作人员操作"). Real notices say "按提示操作" in the
 * official app; a stranger walking you through your payment apps is the channel the money leaves by.
 * Only first-person direction counts ("按照以下步骤" in a notice does not).
 */
export default defineTactic({
  id: 'shift.guided-operation',
  stage: 'shift',
  description: {
    zh: '要您“配合操作”“按我的指引一步步来”：由对方遥控您在手机上操作',
    en: 'Asks you to "cooperate" and follow their step-by-step directions on your phone: the caller drives your apps',
  },
  weight: 15,
  cues: [
    // Sent to an ATM while the call goes on ("您先到ATM机上操作一下，我电话里指导您", "到自动取款机那里，我在电话里一直
    // 陪着您"): no refund is ever paid by the customer working a cash machine (own corpus kind).
    {
      all: [
        ['atm', '自动取款机', '取款机', '柜员机'],
        ['操作一下', '指导您', '指导你', '我教您', '我教你', '按我说', '陪着您', '电话里', '别挂', '不要挂', '选英文', '输入我给'],
      ],
      within: 24,
    },
    {
      all: [
        ['按照我', '按我', '按照我们', '按我们', '跟着我', '听我', '根据我的', '根据我们的', '按照他', '按他'],
        ['指示', '指引', '指导', '引导', '要求', '说的', '步骤', '提示'],
        ['操作', '进行', '去做', '来做', '做', '一步', '办理', '处理', '完成', '转', '付款', '输入'],
      ],
      within: 14,
      ordered: true,
    },
    {
      all: [
        ['请您配合', '请配合', '您配合', '你配合', '需要您配合', '麻烦您配合', '麻烦你配合', '您需要配合', '您只需配合'],
        ['操作', '处理', '办理', '完成', '流程'],
      ],
      within: 14,
      ordered: true,
    },
    {
      all: [
        ['我指导您', '我指导你', '我们指导您', '我们指导你', '我来指导', '我教您', '我教你', '我们会指导', '我会指导', '指导您', '指导你', '教您', '教你'],
        ['一步一步', '一步步', '操作', '完成后续', '后续的操作'],
      ],
      within: 12,
      ordered: true,
    },
    // "您按照我发的网址一步一步操作就行": the caller's own steps, whatever he sent.
    { all: [['按照我', '按我', '按照我们', '按我们', '跟着我'], ['一步一步', '一步步', '操作']], within: 14, ordered: true },
    // "我帮您操作/办理": the caller doing it on your phone (counts with a screen share or an app: composites).
    // Only for the refund itself: "我帮您具体操作" is every help desk's phrase.
    { all: [['我帮您', '我帮你', '我来帮您', '我们帮您', '我远程帮您'], ['操作', '办理', '处理'], ['退款', '理赔', '解冻', '取消', '关闭', '注销']], within: 12, ordered: true },
    { any: ['一步一步教您', '一步一步教你', '一步步教您', '一步步教你'] },
    // "How" promised by the speaker for the move just asked ("您需要先把您银行卡里的钱转到您另外一张卡上 我告诉您怎么转",
    // "我跟你说怎么操作"): the caller will drive it (newcomer15 kind 6: one message read 69 whatever its punctuation, the
    // subscription story being a notice's and the transfer money with no fee named; the walk-through is the move).
    {
      all: [
        ['我告诉您', '我告诉你', '我教您', '我教你', '我跟您说', '我跟你说', '我给您说', '我给你说', '我说您', '我说你', '我来告诉您', '我来告诉你', '我来教您', '我来教你'],
        ['怎么转', '怎么操作', '怎么弄', '怎么点', '怎么输', '怎么填', '如何操作', '如何转', '怎样操作', '怎么设置', '怎么开'],
      ],
      within: 4,
      ordered: true,
    },
    // The grammar (lexicon.ts act.direct × obj.steps): the caller directs the citizen's steps on the phone,
    // whatever the words between ("你按我说的点就行", "我教你在手机上操作", "跟着我一步一步来").
    { request: { act: ['act.direct'], object: ['obj.steps'] }, actor: 'any' },
  ],
  unless: [
    // The user's own request, a real agent keeping you inside the official app, and everyday instructions.
    '我的订单', '申请售后', '官方app', 'app里', 'app内', '在app', '菜谱', '做饭', '作业', '老师', '考试', '健身', '教练',
    '我想', '我要', '你帮我', '您帮我', '请帮我', '不要配合', '不要按', '切勿', '不会要求', '营业厅', '网点', '柜台', '现场', '身份证原件', '前往', '服务台', '到店', '门店',
  ],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app', 'no-screen-share'],
  examples: {
    positive: [
      '补偿金要打到您银行卡里，您先到ATM机上操作一下，我电话里指导您',
      '您打开腾讯会议，输入我给您的会议号，我帮您操作退款',
      '您按照我的指引一步一步操作就可以了',
      '请您配合我们的工作人员进行操作',
      '不用担心，我指导您完成后续的操作',
      '你听我说的做，先打开支付宝',
      '按我们的要求操作完，钱就自动退回来了',
      '麻烦您配合一下处理，很快就好',
      '我一步一步教您，先点开右下角的我的',
      '你按我说的点就行',
      '跟着我一步一步来，先打开支付宝',
      '我教你在手机上操作，很简单',
      '您跟着我的步骤来，每一步我都会告诉您',
      '请按照我们的操作要求转出这笔钱',
    ],
    negative: [
      '【农业银行】您尾号1234的卡于11月30日在ATM取款500元。',
      '请在京东APP我的订单里按提示申请售后',
      '请按照以下步骤完成实名认证',
      '教练指导你做这个动作要慢一点',
      '我想请你帮我看看这个表格怎么填',
      '老师会指导你完成作业的修改',
      '按照菜谱的步骤做就行，很简单',
      '客服不会要求您配合操作转账，请勿按陌生人的指示操作',
      '他配合我们完成了年度审计工作',
      '请您按照我说的步骤前往服务台办理更换',
      '街上的店里有人手把手教你怎么买',
      '请您携带身份证原件到营业厅配合办理实名登记',
      '不要按陌生人说的在手机上操作',
    ],
  },
});
