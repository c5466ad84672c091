import type { PlaybookDef } from './schema.ts';

/**
 * ONE rule for a payment inside a deal the reader is part of (nc12-fp, session 12, kind L1): a buyer told
 * by the agency or the developer to pay the down payment into the escrow account after the online
 * signing, a tenant told to pay three months' rent into the agency's company account against a receipt.
 * Read by src/score/score.ts `dealReading` as the zh playbook's `deal` (a register rule: src/playbook/schema.ts).
 *
 * It holds in ONE message (not a call) when the frame fired (contact.own-deal: the deal named — 网签,
 * 认购, 签约, 合同, 过户, 面签, 收据, 经纪人, 首付款, 房源 — in the sentence of the company's or the
 * escrow's account, and none of the scam's own words there: 征信, 注销, 核查, 安全, 冻结, 验证, 退回, a
 * loan drawn, a personal account, a code, a link, a fee or a bond) and every other positively weighted
 * tactic is one of its `words` (the payment's own steps: money to the account named, the account's
 * holder, the sum paid before the loan's approval). Then the words weigh nothing, no composite applies and
 * the risk stays below `suspicious`. Anything else fired — a story (a frozen account, a refund, a prize),
 * a move (a link, an app, a group), any other request (a code, a card), who claims to write, the text
 * model's positive word — and everything counts in full.
 *
 * Why: the request grammar reads 转入/存入/打到 × 对公账户/公司账户/监管账户 as money to an account
 * the sender names (obj.their-account: the fake police's "国家监管账户", the fake lender's "公司账户"),
 * and "（户名：…）" as a third person's account. In a deal the reader signed, the account is the
 * company's or the escrow's by contract: newcomer12 found 7 of 11 such texts of our own flagged at main
 * 5d2e6b6, 2 read `scam` (85, 90).
 */
export const deal: NonNullable<PlaybookDef['deal']> = {
  frames: ['contact.own-deal'],
  words: [
    'extract.transfer', 'extract.third-party-payee', 'extract.upfront-fee', 'extract.loan-to-safe-account', 'extract.money-request',
    'extract.direct-payment',
  ],
  // The text model's positive word ends the reading.
  modelBreaks: true,
  examples: {
    deal: [
      '【某某地产】您购买的锦绣花园5-801已网签，首付款42万请于本月20日前转入资金监管账户（户名：某某地产资金监管专户），详询经纪人。',
      '张姐，房东同意签了，签约当天定金1万打到公司对公账户就行，到时候给您开收据。',
      '刘先生，按合同约定，剩余房款36万需在过户前存入银行资金监管账户，经纪人会陪同您办理。',
      '您认购的房源请于签约当日将首付款转账至开发商对公账户，请携带身份证到售楼处办理。',
      '赵女士，您看中的那套两居押一付三共10800元，请转到公司账户，签合同时开收据给您。',
    ],
    notDeal: [
      // The scam's own words beside the account.
      '您的贷款资料有误，需将首付款转入监管账户核实还款能力，核实后退回',
      '网签出现异常，资金需转入监管账户进行安全核查',
      // A personal account.
      '签约后请把定金转到我个人账户，公司账户走账慢',
      // A story beside the payment.
      '您的房贷账户已被冻结，签约前请将首付款转入公司对公账户解冻',
      // Another move.
      '网签已完成，首付款请点击链接转入资金监管账户 http://fang-jg.top',
    ],
  },
};
