import { defineTactic } from '../../schema.ts';

/**
 * A number to call about your credit, a 400/800 line included ("学生账户未注销影响征信 详询 400-118-0023"): anybody
 * rents a 400 line, and the credit reference centre, a bank or a platform handles a credit record in its app or at
 * its counter, on a line it publishes (the number checker's lists: a listed line is no entity here, `notOfficial`).
 * Weight 0, a component: only the composite credit-threat-plus-channel reads it, with the credit threat beside it
 * (pretext.credit-threat). Kind: newcomer9 kind 2.
 */
export default defineTactic({
  id: 'shift.credit-line',
  stage: 'shift',
  description: {
    zh: '给一个对方的电话（包括400、800号码）让您为征信、额度的事打过去',
    en: 'Gives a number of theirs, a 400/800 line included, to call about your credit or credit line',
  },
  weight: 0,
  role: 'component',
  scoreOnly: true,
  cues: [
    {
      entity: 'phone', notOfficial: true, businessLines: true, within: 16,
      near: ['详询', '咨询', '致电', '拨打', '回电', '来电', '联系', '专员', '专线', '热线', '电话', '处理', '核实', '核验'],
    },
  ],
  unless: ['不要', '切勿', '请勿', '陌生'],
  guards: ['warning'],
  advice: ['verify-independently'],
  examples: {
    positive: [
      '学生账户未注销影响征信 详询 400-118-0023',
      '额度异常请致电 0755-26338812',
      '如有异议请联系专员 13912345678',
      '征信问题专线：800-820-1234',
      '请拨打 021-50123399 核实',
    ],
    negative: [
      '请不要拨打陌生人给的电话 4001180023',
      '如有疑问请拨打95588',
      '今天天气不错',
      '我的电话是多少来着',
      '征信报告可以在网上银行查询',
    ],
  },
});
