import { defineTactic } from '../../schema.ts';

const PAY_RAILS = [
  'zelle', 'venmo', 'cash app', 'cashapp', 'western union', 'moneygram', 'wire transfer', 'wire', 'bank transfer',
  'bitcoin', 'btc', 'crypto', 'cryptocurrency', 'usdt', 'tether', 'wallet address',
];
const SEND = ['send', 'sending', 'transfer', 'transferring', 'deposit', 'depositing', 'wire', 'pay', 'move',
  'moving', 'put', 'insert', 'feed', 'load', 'scan', 'convert'];
const TO_THEM = [
  'to us', 'to our', 'our agent', 'our account', 'my colleague', 'the agent', 'this account', 'the account i',
  'account number i', 'routing number', 'wallet address', 'qr code', 'the address i', 'federal', 'government',
  'case number', 'protect', 'protected', 'secure', 'safe', 'refund', 'overpayment', 'the difference', 'your money',
  'all your money', 'your savings', 'the balance', 'the funds', 'reverse', 'the extra',
];

export default defineTactic({
  id: 'extract.transfer',
  stage: 'extraction',
  description: {
    zh: '要您电汇、Zelle、比特币 ATM 或加密货币转钱到"安全账户"，或"把多退的钱退回来"',
    en: 'Asks you to wire money, use Zelle, a Bitcoin ATM or crypto to a "safe" account, or to send back an "overpaid" refund',
  },
  weight: 45,
  cues: [
    {
      any: [
        'safe account', 'secure account', 'safety account', 'protected account', 'holding account', 'protection account',
        'federal account', 'government account', 'new account we opened', 'new account we have opened', 'secure vault',
        'temporary account', 'new account in your name', 'account in your name', 'secure wallet',
        'safe wallet', 'bitcoin atm', 'bitcoin atms', 'crypto atm', 'btc atm', 'bitcoin machine', 'crypto machine',
        'bitcoin kiosk', 'crypto kiosk', 'cryptocurrency atm', 'bitcoin depot', 'courier will pick up',
        'courier will collect', 'agent will pick up', 'cash in an envelope', 'cash in a box', 'hide the cash',
        'withdraw all your money', 'withdraw the cash and', 'withdraw the money and',
      ],
    },
    { all: [PAY_RAILS, SEND, TO_THEM], within: 60 },
    // "Send back $4,500 via Zelle".
    {
      all: [
        ['send back', 'pay back', 'give back', 'refund back', 'transfer back', 'wire back', 'return the money',
          'return the'],
        PAY_RAILS,
      ],
      within: 50,
    },
    // Cash for a courier or a machine.
    {
      all: [
        ['withdraw', 'take out', 'pull out'],
        ['cash', 'money', 'savings'],
        ['courier', 'bitcoin', 'crypto', 'machine', 'driver', 'pick up', 'collect', 'our agent', 'an agent',
          'envelope', 'box', 'gift card', 'gift cards', 'do not tell', "don't tell"],
      ],
      within: 60,
    },
    {
      all: [
        ['send', 'transfer', 'wire', 'pay', 'return', 'give', 'zelle', 'venmo', 'cash app', 'paypal'],
        ['the difference back', 'back the difference', 'the overpayment', 'the excess', 'the extra amount',
          'the extra money', 'the money back to us', 'back to our', 'back to us', 'back to the company', 'overpayment',
          'refund account', 'our account'],
      ],
      within: 40,
    },
  ],
  // Splitting a bill with a friend or sending back a parcel is not this.
  unless: ['rent', 'dinner', 'lunch', 'pizza', 'groceries', 'split', 'package', 'parcel', 'item', 'return label',
    'prepaid label', 'product'],
  guards: ['warning'],
  advice: ['no-transfer', 'refund-never-needs-payment', 'already-paid'],
  examples: {
    positive: [
      'Withdraw the cash and feed it into the Bitcoin ATM at the gas station, then scan the QR code I send you.',
      'Move your savings to a safe account that we have opened in your name.',
      'Please send the difference back to us by Zelle today.',
      'I need you to wire the $3,600 overpayment to our refund account.',
      'Transfer the funds with Cash App to my colleague, he will protect them.',
      'A courier will pick up the cash from your house at 4pm.',
      'Use Western Union to return the extra money to the company.',
      'We accidentally refunded you $5,000 instead of $500, please send back $4,500 via Zelle.',
      'Go to the bank and withdraw $9,000 in cash, then we will send a courier.',
    ],
    negative: [
      'Can you Zelle me for dinner? It was $42.',
      'Print the return label and send the package back to us within 30 days.',
      'Banks will never ask you to move your money to a safe account.',
      'I bought a little Bitcoin as an investment last year.',
      'Your transfer of $250 to John Smith was completed.',
      'Venmo me for the concert tickets when you get a chance.',
      'The wire from your employer arrived this morning.',
      'Withdraw some cash before we go, the market does not take cards.',
      'Return the item within 30 days for a full refund.',
    ],
  },
});
