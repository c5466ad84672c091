/**
 * Tactics and composites for scams recall15 found read as safe in session 15 (dev misses, grouped into kinds; every example
 * and test line our own writing, test/playbook/faults/recall15-zh-kinds.test.ts).
 */
import type { CompositeDef, TacticDef } from '../schema.ts';
import contactSelfIntroduced from './tactics/contact.self-introduced.ts';
import extractFeeToPrivate from './tactics/extract.fee-to-private.ts';

export const recall15KindTactics: TacticDef[] = [
  // Kind Z1: a sender who has to say who they are, then asks for money.
  contactSelfIntroduced,
  // Kind Z3: money asked into the sender's own private account.
  extractFeeToPrivate,
];

const both = (zh: string, en: string) => ({ zh, en });

export const recall15KindComposites: CompositeDef[] = [
  {
    id: 'introduced-stranger-money',
    description: both(
      '先自报姓名或身份，再要您借钱、转账、代付：真认识的人不用自我介绍，先用您存的号码打过去或当面核实',
      'Says who they are, then asks you to lend, transfer or pay for them: someone you know needs no introduction; call the number you have saved or check in person',
    ),
    all: ['contact.self-introduced'],
    any: ['extract.money-request', 'extract.third-party-payee', 'extract.new-account'],
    minRisk: 45,
  },
];
