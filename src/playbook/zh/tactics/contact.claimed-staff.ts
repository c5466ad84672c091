import { defineTactic } from '../../schema.ts';

/**
 * "我是XX贷款公司的信贷经理", "我是某平台的工作人员": a stranger who introduces themselves by a job at a
 * lender, a bank or a platform. Nothing alone (real staff call too); with an unasked offer (a loan,
 * a prize, easy money) the composite `claimed-agent-plus-offer` makes it a warning.
 */
export default defineTactic({
  id: 'contact.claimed-staff',
  stage: 'contact',
  description: {
    zh: '对方自称贷款公司、金融公司、银行或平台的工作人员、经理、代表',
    en: 'The sender introduces themselves as staff, a manager or a representative of a lender, a bank or a platform',
  },
  weight: 0,
  role: 'component',
  cues: [
    {
      all: [
        ['我是', '我们是', '这里是'],
        ['贷款', '金融', '信贷', '银行', '平台', '借贷', '消费金融', '小额'],
        ['工作人员', '经理', '客服', '代表', '业务员', '员工', '顾问', '专员', '主管'],
      ],
      within: 20,
      ordered: true,
    },
  ],
  unless: ['骗子', '诈骗', '冒充'],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      '您好，我是某某贷款公司的信贷经理',
      '我是招商银行信贷部的业务员',
      '你好，我是消费金融公司的客服代表',
      '我们是小额贷款平台的工作人员',
      '我是XX金融的顾问',
    ],
    negative: [
      '冒充银行工作人员的都是骗子',
      '我是来办理贷款的',
      '银行经理说利率下调了',
      '我是小王',
      '平台客服电话在APP里',
    ],
  },
});
