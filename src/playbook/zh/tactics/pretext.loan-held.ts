import { defineTactic } from '../../schema.ts';

/**
 * A loan approved but held by your own mistake (newcomer10 kind 5): "贷款已经批下来了，但是你银行卡号填错
 * 了 / 账户被冻结 / 流水不足", said to make you pay to release it (解冻费, 保证金). A lender whose
 * borrower typed a wrong card number asks for the right one in its app; it never charges to release a
 * loan. Weak alone (a real lender does reject an application with wrong details: 20); with a fee, a
 * transfer or a card asked the story makes it `scam` (pretext-plus-extraction).
 */
export default defineTactic({
  id: 'pretext.loan-held',
  stage: 'pretext',
  description: {
    zh: '说您的贷款已经批了，但因卡号填错、账户冻结、流水不足放不了款：接下来就会要您交“解冻费”“保证金”',
    en: 'Says your loan is approved but held because a card number was wrong, the account is frozen or your turnover too low: next comes a fee to release it',
  },
  weight: 20,
  cues: [
    {
      all: [
        ['贷款', '借款', '放款', '下款', '额度', '款项'],
        ['批下来', '审批通过', '审核通过', '已审批', '已通过', '已批', '放款失败', '无法放款', '放不了款', '没法放款', '不能放款', '到不了账', '无法到账'],
        ['卡号填错', '卡号错误', '卡号有误', '卡号不对', '银行卡填错', '信息填错', '资料填错', '填写错误', '账户冻结', '账户被冻结', '资金冻结', '资金被冻结', '被冻结',
          '流水不足', '还款能力不足', '信用分不足', '征信不足', '解冻'],
      ],
      within: 40,
    },
  ],
  unless: ['骗子', '诈骗', '被骗', '警惕', '冒充', '不会收取', '不收取', '登录app', '在app内', 'app内修改'],
  guards: ['warning'],
  advice: ['no-upfront-fee', 'verify-independently'],
  examples: {
    positive: [
      '您好，您的贷款已经审批通过，但是您的银行卡号填错了，资金被冻结',
      '你的借款已批下来了，因为信息填错导致无法放款',
      '您的额度已通过，但账户流水不足，放不了款',
      '贷款审核通过了，但是您的账户被冻结，需要处理后才能到账',
      '您在我司的贷款已审批，由于卡号有误，款项无法到账',
    ],
    negative: [
      '您的贷款申请因资料填写错误未通过审核，请登录APP修改后重新提交',
      '贷款已审批通过，放款到您尾号1234的银行卡，请查收',
      '贷款已经批下来了，下周就能买房',
      '骗子说贷款批下来但卡号填错要交解冻费，千万别信',
      '我的卡被冻结了，明天去银行问问',
    ],
  },
});
