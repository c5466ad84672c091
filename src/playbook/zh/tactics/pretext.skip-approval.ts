import { defineTactic } from '../../schema.ts';

/**
 * The fake boss's order to pay NOW and skip the company's own process (newcomer12 kind S1): "直接付，不用走审批了",
 * "别走流程了", "先转后补手续", "审批单我回来签", "不用再核对了". A real company pays a supplier through its approval
 * flow (OA, 钉钉, the finance director's signature); an order to pay first and sign later, from a boss who writes
 * instead of calling, is the 冒充领导 script's own words. Weight 20 alone (a story); with a payment to an account
 * sent separately (extract.boss-payment) the composite `boss-payment-skip-approval` makes it `scam`.
 * Our own siblings: test/engine/nc12-recall.test.ts.
 */
export default defineTactic({
  id: 'pretext.skip-approval',
  stage: 'pretext',
  description: {
    zh: '“领导”要您马上付款，又说不用走审批、流程或核对，手续回头再补',
    en: 'The "boss" wants a payment made now and says to skip the approval, the process or the checks, paperwork later',
  },
  weight: 20,
  cues: [
    {
      any: [
        '不用走审批', '不走审批', '别走审批', '不需要走审批', '不用审批', '不用等审批', '审批回头补', '审批后补', '审批单我回来签', '审批我回来补',
        '不用走流程', '不走流程', '别走流程', '不需要走流程', '流程回头补', '流程后补', '先付后补', '先转后补', '先打后补', '手续回头补', '手续后补',
        '回头补手续', '后补手续', '回来再补手续', '回来补手续', '单子回头补', '不用再核对', '不用核对', '别核对了', '不用跟财务总监说', '不用告诉其他人',
      ],
    },
  ],
  unless: ['骗子', '诈骗', '冒充', '警惕', '一律', '不予办理', '务必电话核实'],
  guards: ['warning'],
  advice: ['verify-known-contact', 'no-transfer'],
  examples: {
    positive: [
      '这笔款直接付，不用走审批了',
      '你先打过去，手续回头补',
      '别走流程了，客户等着',
      '先转后补，审批单我回来签',
      '对方换了账户，不用再核对了',
    ],
    negative: [
      '所有付款须经审批，任何人要求不走流程转账一律不予办理',
      '付款申请已在OA提交，请按流程审批',
      '冒充领导让你不用走审批直接转账的都是骗子',
      '这笔报销走完审批了，今天打款',
      '合同付款等法务审完再走审批',
    ],
  },
});
