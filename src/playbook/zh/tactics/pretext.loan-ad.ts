import { defineTactic } from '../../schema.ts';

/**
 * The fake-loan advert's promise (虚假贷款广告): a loan without a credit check (黑户可贷, 不看征信,
 * 包下款) is one no lender makes, so weight 40 (`suspicious` alone); the everyday selling words
 * (无抵押, 秒到账, 额度已审批) are in `pretext.easy-loan-promise` at a lower weight.
 */
export default defineTactic({
  id: 'pretext.loan-ad',
  stage: 'pretext',
  description: {
    zh: '贷款广告说黑户可贷、不看征信、包下款：正规贷款都要查征信，这是虚假贷款',
    en: 'A loan advert promising "bad credit OK", "no credit check", "guaranteed payout": real lenders check credit; a fake loan',
  },
  weight: 40,
  speaker: 'any',
  cues: [
    {
      any: [
        '黑户可贷', '黑户也能贷', '黑户也可以贷', '黑户可下款', '黑户秒下', '黑白户', '不看征信', '无视征信', '不查征信', '无需征信', '征信花了也能',
        '征信不好也能', '征信不好也可以', '逾期也能贷', '逾期可贷', '百分百下款', '包下款', '包放款', '秒下款', '有身份证就能贷', '凭身份证就能贷', '只要身份证就能贷',
        '无视黑白', '不看负债', '花户可贷', '网黑可贷',
      ],
    },
  ],
  unless: ['骗', '警惕', '小心', '谨防', '都是假的', '不存在'],
  guards: ['warning'],
  advice: ['no-upfront-fee', 'check-domain', 'no-loan'],
  examples: {
    positive: [
      '黑户可贷，当天放款',
      '不看征信，有身份证就能贷',
      '征信花了也能贷，秒下款',
      '无视黑白户，百分百下款',
      '逾期也能贷，加我微信',
    ],
    negative: [
      '说黑户可贷的都是骗子',
      '谨防不看征信的贷款广告',
      '银行贷款要查征信',
      '我的征信报告出来了',
      '贷款申请已提交，等待审核',
    ],
  },
});
