/**
 * Tactics and composites for the kinds a newcomer found by probing in session 10 (newcomer10, 250
 * inputs of its own; the kinds read safe or stopped below `scam`): a courier's small fee and the "free,
 * just pay the postage" lure, the impostor relative on a new number, coaching you to lie to the bank,
 * "I transferred to you by mistake", and extraction stories with no pretext of their own. Each kind has
 * our own siblings, scams and legitimate texts in the same words, in test/engine/nc10-recall.test.ts.
 */
import type { CompositeDef, TacticDef } from '../schema.ts';
import extractCourierFee from './tactics/extract.courier-fee.ts';
import extractFreeGiftFee from './tactics/extract.free-gift-fee.ts';
import coverLieToBank from './tactics/cover.lie-to-bank.ts';
import contactNewNumber from './tactics/contact.new-number.ts';
import pretextMistakenTransfer from './tactics/pretext.mistaken-transfer.ts';
import extractLoanToSafeAccount from './tactics/extract.loan-to-safe-account.ts';
import pretextLoanHeld from './tactics/pretext.loan-held.ts';
import pretextStateRefund from './tactics/pretext.state-refund.ts';

export const probeKindTactics: TacticDef[] = [
  extractCourierFee, extractFreeGiftFee, coverLieToBank, contactNewNumber, pretextMistakenTransfer,
  // Extractions that stopped at 69 with no story of their own (newcomer10 kind 5).
  extractLoanToSafeAccount, pretextLoanHeld, pretextStateRefund,
];

export const probeKindComposites: CompositeDef[] = [
  {
    id: 'lie-to-bank-plus-request',
    description: {
      zh: '教您对银行撒谎，又要您转账、付款或给信息：这就是诈骗',
      en: 'Coaches you to lie to the bank and asks for money or details: a scam',
    },
    all: ['cover.lie-to-bank'],
    any: ['stage:extraction'],
    minRisk: 85,
  },
  {
    id: 'new-number-plus-money',
    description: {
      zh: '说手机丢了、这是新号或别人的号，又要您打钱、转账：先打对方原来的号码或当面核实，一分钱也别转',
      en: 'Says their phone is lost and writes from a new or borrowed number, then asks you to send money: call their old number or see them first; send nothing',
    },
    all: ['contact.new-number'],
    any: ['stage:extraction'],
    minRisk: 75,
  },
  {
    id: 'mistaken-transfer-send-back',
    description: {
      zh: '说钱转错到您这里，要您转回到他给的卡或账户：让对方找银行原路退回，不要自己转',
      en: 'Says money reached you by mistake and asks it back to a card or account they give: let their bank reverse it; send nothing yourself',
    },
    all: ['pretext.mistaken-transfer'],
    any: ['extract.transfer', 'extract.scan-to-pay', 'extract.money-request', 'extract.new-account', 'extract.third-party-payee', 'extract.direct-payment'],
    minRisk: 60,
  },
];
