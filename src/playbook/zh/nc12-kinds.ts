/**
 * Tactics and composites for the scams newcomer12 found read as safe or too low in session 12 (its probes:
 * /tmp/newcomer12/probes.jsonl, our own writing). Each kind has our own siblings, scams and legitimate texts in
 * the same words, in test/engine/nc12-recall.test.ts.
 */
import type { CompositeDef, TacticDef } from '../schema.ts';
import pretextRelativeHurt from './tactics/pretext.relative-hurt.ts';
import extractPayThroughMe from './tactics/extract.pay-through-me.ts';
import pretextSkipApproval from './tactics/pretext.skip-approval.ts';
import extractBossPayment from './tactics/extract.boss-payment.ts';
import extractToWrittenCard from './tactics/extract.to-written-card.ts';
import pretextShortOfMoney from './tactics/pretext.short-of-money.ts';
import extractScanForPayout from './tactics/extract.scan-for-payout.ts';
import extractScanSentCode from './tactics/extract.scan-sent-code.ts';
import extractLoanByApp from './tactics/extract.loan-by-app.ts';

export const nc12KindTactics: TacticDef[] = [
  // S4: your relative hurt, told by a third party, and the hospital's money sent to that third party.
  pretextRelativeHurt, extractPayThroughMe,
  // S1: the "boss" who orders a company payment to an account sent apart, and says to skip the approval.
  pretextSkipApproval, extractBossPayment,
  // S2: money to a card number written out ("转这个账号 6222…", "打这个卡号").
  extractToWrittenCard, pretextShortOfMoney,
  // S6: compensation offered, and their code to scan for it ("你的快递丢了 赔你 扫码").
  extractScanForPayout,
  // Weak asks read: the caller's own code to scan ("我给你发个码你扫一下").
  extractScanSentCode,
  // S5: a loan asked and sent by WeChat or Alipay ("借我3000 … 支付宝转我就行").
  extractLoanByApp,
];

const both = (zh: string, en: string) => ({ zh, en });

export const nc12KindComposites: CompositeDef[] = [
  {
    id: 'relative-hurt-plus-money',
    description: both(
      '陌生人说您的孩子或家人出了意外、在医院抢救，要您把医药费、押金转给他“去交”：医院只在收费窗口收家属的钱，先打孩子、家人或学校原来的电话核实',
      'A stranger says your child or relative is hurt and in hospital, and wants the fee or deposit sent to them to "pay it": a hospital takes it at its own counter from the family; call your relative or the school on the number you know',
    ),
    all: ['pretext.relative-hurt'],
    any: ['extract.pay-through-me', 'extract.money-request', 'extract.transfer', 'extract.direct-payment', 'extract.scan-to-pay', 'extract.upfront-fee'],
    minRisk: 75,
  },
  {
    id: 'boss-payment-skip-approval',
    description: both(
      '“领导”要您马上付一笔公司款项，收款账户另发，还说不用走审批、手续回头补：这是冒充领导诈骗，先打领导原来的电话核实，按公司流程审批',
      'The "boss" orders a company payment to an account sent apart and says to skip the approval: a fake-boss scam; call your boss on the number you know and follow the approval flow',
    ),
    all: ['extract.boss-payment', 'pretext.skip-approval'],
    minRisk: 80,
  },
  {
    id: 'boss-payment-plus-claim',
    description: both(
      '自称领导或替领导传话，要您付一笔公司款项，收款账户另发：先打领导原来的电话核实，再按公司流程付款',
      'Someone claiming to be your boss, or speaking for the boss, orders a company payment to an account sent apart: call your boss on the number you know first',
    ),
    all: ['extract.boss-payment'],
    any: ['contact.acquaintance', 'contact.boss-new-account', 'contact.new-number', 'cover.urgency', 'pretext.urgent-money', 'cover.secrecy'],
    minRisk: 45,
  },
  {
    id: 'written-card-plus-need',
    description: both(
      '说急用钱、周转不开或要赎人，又写出卡号让您马上转账：冒充亲友借钱，先打他原来的电话或当面核实',
      'Says they urgently need money, then writes out a card number to pay now: a fake friend or relative; call their old number or see them first',
    ),
    all: ['extract.to-written-card'],
    any: ['pretext.short-of-money', 'pretext.urgent-money', 'contact.acquaintance', 'contact.new-number', 'cover.secrecy', 'pretext.relative-hurt'],
    minRisk: 75,
  },
  {
    id: 'payout-then-scan',
    description: both(
      '说快递丢了、外卖洒了要赔您、退钱给您，却让您扫他的码：扫码是付钱给对方，这是诈骗；赔付只在购物或快递APP里原路退回',
      'Says your parcel was lost or your order spilt and they will pay you, then has you scan their code: scanning pays them; a real payout comes back through the app',
    ),
    all: ['extract.scan-for-payout'],
    any: ['stage:pretext', 'contact.impersonation', 'contact.claimed-staff'],
    minRisk: 80,
  },
];
