import { defineTactic } from '../../schema.ts';

/**
 * A loan asked, then how to send it ("能不能借我3000，支付宝转我就行", "能借我800吗，转我微信就行"; newcomer12 kind S5): the
 * sum said bare is read by neither side alone; the two together are the ask, whatever the number. Weight 20, like
 * extract.money-request, but apart from it: a borrower's promise "下个月发工资还你" does not silence it (money-request's
 * 工资 does, for a family's "先帮我垫一下房租，发工资了我就还你"). With a new number (new-number-plus-money) `scam`.
 */
export default defineTactic({
  id: 'extract.loan-by-app',
  stage: 'extraction',
  description: {
    zh: '要您借钱给他，并说用微信、支付宝直接转给他',
    en: 'Asks you to lend them money and send it by WeChat or Alipay',
  },
  weight: 20,
  cues: [
    { all: [['借我', '借给我'], ['转我', '转给我', '打给我', '打我卡', '发我红包']], within: 30, ordered: true },
  ],
  unless: ['已转', '已经转', '我转给你', '我给你转', '我转你', '转你了', '还你了', '还给你了', '骗子', '诈骗', '冒充', '千万别', '切勿', '不要转', '别转'],
  guards: ['warning'],
  negatable: true,
  advice: ['verify-known-contact', 'no-transfer'],
  examples: {
    positive: [
      '能不能借我3000，下个月还你，支付宝转我就行',
      '能借我800吗，转我微信就行',
      '借我两千，直接转给我',
      '借我五千周转下，微信转我',
      '能不能先借我3000，下周发工资就还，微信转我就可以',
    ],
    negative: [
      '上次借我的3000，下个月发工资还你，支付宝转你',
      '借我充电宝用一下',
      '钱我已经转给你了，上次借我的',
      '冒充朋友借钱让你转给他的都是骗子',
      '你借我的书还没还',
    ],
  },
});
