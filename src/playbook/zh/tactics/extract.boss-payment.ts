import { defineTactic } from '../../schema.ts';

/**
 * A company payment (货款, 预付款, 工程款, 定金, 保证金) to an account "sent separately": in an attachment, a
 * screenshot, a later message, a secretary's (newcomer12 kind S1): "对方账户我稍后发你", "账户在附件里", "账号发您了",
 * "户名和账号看我发你的截图". The 冒充领导 script sends the account apart from the order so that the order looks like
 * the boss's own words. Weight 20 (finance staff do write it to each other); with the order to skip the approval
 * (pretext.skip-approval) `scam`, with a boss's claim or a new number `suspicious` (boss-payment-plus-claim).
 */
export default defineTactic({
  id: 'extract.boss-payment',
  stage: 'extraction',
  description: {
    zh: '要您付一笔公司款项（货款、预付款、工程款、定金），收款账户“另发”：附件、截图、稍后发、让秘书发',
    en: 'Asks you to pay a company sum (a supplier, a deposit, an advance) to an account "sent separately": an attachment, a screenshot, a later message',
  },
  weight: 20,
  cues: [
    {
      all: [
        ['货款', '预付款', '工程款', '定金', '保证金', '合同款', '打款', '付款', '转账', '付了', '付给', '打过去', '转过去', '付掉', '先付', '转到对方', '转8万', '打到新账户'],
        ['账户', '账号', '户名', '卡号'],
        ['发你', '发您', '发给你', '发给您', '附件', '截图', '邮箱', '秘书发'],
      ],
      within: 40,
    },
  ],
  unless: ['已到账', '到账了', '已核实', '核实过', '已电话核实', '骗子', '诈骗', '冒充', '一律', '不予办理', '回单'],
  guards: ['warning'],
  negatable: true,
  advice: ['verify-known-contact', 'no-transfer'],
  examples: {
    positive: [
      '预付款今天要打过去，对方账户我稍后发你',
      '你把供应商货款先付了，账户在附件里',
      '工程款付给对方公司，户名和账号看我发你的截图',
      '给供应商打款38万，账号发您了',
      '定金转过去，账户信息我让秘书发你',
    ],
    negative: [
      '客户的预付款已到账，回单发您邮箱了',
      '对方的收款账户我已电话核实过，付款申请在OA里',
      '冒充领导发来收款账户让你付款的都是骗子',
      '工资条发你邮箱了，注意查收',
      '合同扫描件发你了，看下条款',
    ],
  },
});
