import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'extract.money-request',
  stage: 'extraction',
  description: {
    zh: '要您转账、汇款、充值、垫付或借给对方一笔钱（打到对方指定的账户）',
    en: 'Asks you to send, transfer, deposit, top up or lend money (to an account they name)',
  },
  // A stranger asking for money is at least `suspicious` with any story; alone (a friend splitting a
  // bill) it stays below that. The request grammar (../lexicon.ts): send/transfer/pay × money or an amount.
  weight: 25,
  cues: [
    { request: { act: ['act.send-money', 'act.give', 'act.pay'], object: ['obj.money'] } },
  ],
  unless: [
    'split the', 'for dinner', 'for lunch', 'for the rent', 'groceries', 'your salary', 'payroll', 'direct debit',
    'standing order', 'statement', 'receipt', 'in the app', 'in our app', 'has been sent', 'was sent', 'we have sent',
    'was deposited', 'has been deposited', 'received',
    // A bank asking whether the READER made a movement (sms13 kind 2: "Did you attempt a 1,200.00 USD transfer to a
    // new payee? Reply Y or N." read scam 85): the transfer asked about is what happened, not money asked for.
    'did you attempt', 'did you initiate', 'did you make', 'did you authorize', 'did you authorise', 'did you approve',
    'did you send', 'did you try to', 'was requested', 'was attempted', 'was initiated', 'has been requested',
    'has been initiated', 'has been attempted',
  ],
  guards: ['warning'],
  advice: ['no-transfer', 'already-paid'],
  examples: {
    positive: [
      'Can you transfer £780 to this account for me? I’ll pay you back tomorrow.',
      'Deposit $3,000 in USDT and I will guide you through the trades.',
      'Top up your account with $150 to continue.',
      'I need money for bail, please send it today.',
      'Please wire the funds to the account I gave you.',
    ],
    negative: [
      'Never send money to someone you have only met online.',
      'Your salary was deposited this morning.',
      'Let’s split the bill for dinner, it was $60.',
      'The refund was sent to your original payment method.',
      'I sent the money to my landlord yesterday.',
      'Did you attempt a 1,500.00 USD transfer to a new payee? Reply Y or N.',
      'A transfer of $2,000 to an external account was requested. Reply 1 if this was you.',
    ],
  },
});
