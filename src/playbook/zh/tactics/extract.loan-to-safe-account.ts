import { defineTactic } from '../../schema.ts';

/**
 * A loan drawn and moved to a "safe", designated or supervised account (newcomer10 kind 5): "把白条额度
 * 全部借出来转入安全账户", "网贷借出来的钱转到指定账户核查". No lender, platform, regulator or police asks
 * a borrower to move a loan to an account they name; the police say there is no safe account. The
 * request's own words are the story (single-message.ts `standalone`), whatever pretext came before or none.
 */
export default defineTactic({
  id: 'extract.loan-to-safe-account',
  stage: 'extraction',
  description: {
    zh: '让您把贷款、白条、借呗等额度借出来，转进“安全账户”“指定账户”“监管账户”：没有任何机构会这样要求',
    en: 'Asks you to draw a loan or credit line and move it into a "safe", designated or supervised account: no institution ever asks this',
  },
  weight: 45,
  cues: [
    {
      all: [
        ['借出来', '贷出来', '借出', '贷出', '额度', '借呗', '白条', '金条', '微粒贷', '备用金', '网贷', '贷款', '借款', '花呗', '分付', '月付'],
        ['转入', '转到', '转至', '打到', '存入', '汇入', '转给', '转进', '放到', '存到'],
        ['安全账户', '指定账户', '指定的账户', '监管账户', '核查账户', '清查账户', '资金监管', '安全卡', '保险账户', '验证账户', '对公账户', '公司账户', '国家账户', '备案账户'],
      ],
      within: 40,
    },
  ],
  unless: ['您指定', '你指定', '本人名下', '受托支付', '骗子', '诈骗', '被骗', '不存在', '没有安全账户', '没有所谓'],
  guards: ['warning'],
  negatable: true,
  advice: ['no-loan', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '您的京东白条存在风险，请把额度全部借出来转入安全账户，核查后原路退还',
      '网贷账户需要注销，借出来的钱先转到我们的指定账户',
      '配合调查，把借呗里能借的都借出来，存入监管账户',
      '请在微粒贷借款五万，转至清查账户验证资金',
      '你把备用金领出来，打到我们的对公账户激活',
    ],
    negative: [
      '贷款资金将发放至您指定的本人账户',
      '公安机关没有安全账户，让你把贷款转入安全账户的都是诈骗',
      '我妈被骗子骗着把借呗借出来转到了所谓的安全账户',
      '您的借呗额度已提升，可在支付宝内查看',
      '公司贷款已到对公账户，请财务查收',
    ],
  },
});
