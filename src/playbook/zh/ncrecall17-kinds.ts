/**
 * Tactics and composites for the other scam kinds a newcomer found reading safe in session 17 (ncrecall17, our own
 * inputs at main). Each kind has its inputs, siblings and twins in test/playbook/faults/ncrecall17-*.test.ts.
 */
import type { CompositeDef, TacticDef } from '../schema.ts';
import contactInsideDeal from './tactics/contact.inside-deal.ts';
import pretextSafeAccount from './tactics/pretext.safe-account.ts';

export const ncrecall17KindTactics: TacticDef[] = [
  // Kind 1: the inside top-up bonus on a platform (pig-butchering): ./inside-topup.ts.
  contactInsideDeal,
  // Kind 4: the "safe account" as the destination (no police, bank or platform has one).
  pretextSafeAccount,
];

export const ncrecall17KindComposites: CompositeDef[] = [
  {
    id: 'inside-deal-plus-topup',
    description: {
      zh: '说平台有只有内部、老会员或“导师”知道的充值返现，催您赶紧充：这是杀猪盘、投资诈骗，充进去的钱提不出来',
      en: 'An "inside" top-up bonus on a platform that only insiders, old members or the "mentor" know, and you are urged to top up: pig-butchering; the money will not come back',
    },
    all: ['contact.inside-deal'],
    any: ['extract.platform-topup', 'extract.stake-topup', 'extract.stake-in-platform'],
    minRisk: 85,
  },
  {
    id: 'safe-account-plus-transfer',
    description: {
      zh: '要您把钱转到“安全账户”“监管账户”：公安、银行、平台都没有安全账户，这就是诈骗，一分钱也别转',
      en: 'Asks you to move your money to a "safe account" or a "supervision account": no police, bank or platform has one; a scam, send nothing',
    },
    all: ['pretext.safe-account'],
    any: ['extract.transfer', 'extract.loan-to-safe-account', 'extract.direct-payment', 'extract.new-account', 'extract.money-request'],
    minRisk: 85,
  },
];
