import { defineTactic } from '../../schema.ts';

/**
 * A loan advert's selling words (无抵押, 秒到账, 额度已审批通过, 已为您预留): real banks use some of
 * them too, so weight 15; with a link or a chat to move to, the composite `loan-ad-plus-move` makes it
 * suspicious, and with a fee a scam (the fee tactics).
 */
export default defineTactic({
  id: 'pretext.easy-loan-promise',
  stage: 'pretext',
  description: {
    zh: '贷款广告说无抵押、秒到账、额度已审批、为您预留了额度',
    en: 'A loan advert: no collateral, instant payout, "your credit line is approved / reserved for you"',
  },
  weight: 15,
  speaker: 'any',
  cues: [
    {
      all: [
        ['贷', '额度', '借款', '放款', '下款', '借钱'],
        ['无抵押', '无担保', '秒到账', '极速到账', '当天放款', '快速放款', '秒批', '已审批通过', '审批通过', '预审通过', '已下发', '为您预留', '免审核', '无需审核', '低息', '免息'],
        // Not 待领取/待激活/待提现: a credit line waiting for its holder in the lender's own app is how every
        // licensed lender writes to its users ("【京东金条】…您有一笔最高20万元的借款额度待领取，下载京东金融APP
        // 激活" read suspicious 50); the fake loan's marks are no collateral, no review, instant money, and then
        // a fee or a stranger's QQ. Kind: a newcomer's probes, session 6 (nc6-fp-kinds.test.ts); no texts-5/-8
        // dev text has 待领取 with a loan word.
      ],
      within: 30,
    },
  ],
  unless: ['骗', '警惕', '谨防', '还款日', '应还款', '已还清', '已到账'],
  guards: ['warning'],
  advice: ['no-upfront-fee', 'check-domain'],
  examples: {
    positive: [
      '您有一笔20万额度已审批通过，无抵押秒到账',
      '无抵押贷款，当天放款',
      '您的借款额度已下发，点击领取',
      '为您预留了5万贷款额度，免审核',
      '低息借钱，秒批秒到账',
    ],
    negative: [
      '您本期应还款1200元，还款日为5月10日',
      '贷款已到账，请查收',
      '谨防无抵押秒到账的贷款广告',
      '房贷利率下调了',
      '他找我借钱我没借',
      '【京东金条】您有一笔最高20万元的借款额度待领取，下载京东金融APP激活',
    ],
  },
});
