/**
 * A newcomer's fresh text (fix-detect): loans drawn on lenders other than 借呗, and the credit-line
 * acts (申请额度, 开通额度, 里贷款). The lender and act classes live in src/playbook/zh/lexicon.ts, so
 * every loan tactic reads them.
 */
import { describe, it } from 'vitest';
import { runCase, type FaultCase } from './helpers.ts';

const CASES: FaultCase[] = [
  { name: 'newcomer: quality refund, then borrow in 美团借钱', expect: 'scam', tactics: ['extract.loan'],
    input: '淘宝客服：您的商品有质量问题，给您退款，请您在美团借钱里贷款五千元' },
  { name: 'newcomer: quality refund, then apply for a credit line in 美团借钱', expect: 'scam', tactics: ['extract.loan'],
    input: '淘宝客服：您的商品有质量问题，给您退款，请您打开美团借钱申请额度' },
  { name: 'JD Jintiao credit line opened then sent on', expect: 'not-safe', tactics: ['extract.loan'],
    input: '京东客服：您的订单要退款，请您去京东金条开通额度后转给我们' },
  { name: 'Douyin monthly pay drawn and transferred', expect: 'not-safe', tactics: ['extract.loan'],
    input: '您的抖音账户需要验证流水，去抖音月付里借五千转过来' },
  { name: 'Du Xiaoman credit line to prove repayment ability', expect: 'not-safe', tactics: ['extract.loan'],
    input: '您先在度小满上开通额度，证明一下您的还款能力，我们才能退款' },
  { name: 'Fenqile loan for a refund', expect: 'not-safe', tactics: ['extract.loan'],
    input: '退款需要验证，请您在分期乐里借款三千元转到指定账户' },
  { name: 'hard negative: Meituan\'s own credit-line notice', expect: 'safe',
    input: '【美团】您的美团借钱额度已提升至5万元，可在APP内查看' },
  { name: 'hard negative: a user about her own lender', expect: 'safe',
    input: '美团借钱那笔我上个月已经还清了' },
  { name: 'hard negative: a warning not to apply for a credit line', expect: 'safe',
    input: '别听陌生人的，不要在分期乐上申请额度' },
  { name: 'hard negative: a repayment reminder', expect: 'safe',
    input: '【度小满】您本期应还款1200元，还款日为5月10日，请按时还款' },
];

describe('loans on other lenders (fix-detect)', () => {
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
