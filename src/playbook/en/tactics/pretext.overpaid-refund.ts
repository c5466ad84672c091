import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'pretext.overpaid-refund',
  stage: 'pretext',
  description: {
    zh: '声称退款时"多退了钱"（本该退 400 却退了 4000），要您把差额退回——实际上是从您自己的账户挪过去的钱',
    en: 'Claims a refund was overpaid by mistake ($4,000 instead of $400) and you must send back the difference; the "refund" is your own money moved between your accounts',
  },
  weight: 25,
  cues: [
    {
      any: [
        'extra zero', 'additional zero', 'added a zero', 'added an extra zero', 'typed an extra', 'put an extra zero',
        'pressed an extra', 'overpaid you', 'refunded too much', 'refunded you too much', 'sent you too much',
        'gave you too much', 'deposited too much', 'credited too much', 'transferred too much', 'refund too much',
        'excess refund', 'over refunded', 'over-refunded', 'send back the difference', 'send the difference back',
        'pay back the difference', 'pay the difference back', 'give back the difference', 'return the difference to us',
        'transfer the difference', 'send back the extra', 'return the extra money', 'return the excess',
        'send back the excess', 'refund the overpayment', 'overpayment back',
      ],
    },
    {
      all: [
        ['refund', 'refunded', 'refunds', 'deposited', 'transferred', 'credited', 'sent you', 'sent to you',
          'issued', 'overpaid', 'overpayment'],
        ['too much', 'by mistake', 'by accident', 'accidentally', 'mistakenly', 'in error', 'wrong amount',
          'instead of'],
      ],
      within: 45,
    },
    // "$3,999 instead of $399": an amount next to the mistake.
    { entity: 'amount', near: ['instead of', 'extra zero', 'too much'], within: 25 },
  ],
  // "We can refund you instead of sending a replacement" is a real choice, not an overpayment.
  unless: [
    'replacement', 'replace', 'exchange', 'store credit', 'salary', 'paycheck', 'my bank deposited', 'no action needed',
    'no action is needed', 'no action required', 'nothing you need to do', 'file', 'photo', 'photos', 'picture', 'email',
    'document', 'message', 'wrong file', 'wrong link',
  ],
  guards: ['warning'],
  advice: ['refund-never-needs-payment', 'no-transfer', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      'Oh no sir, I made a mistake, I typed an extra zero and refunded you $4,000 instead of $400.',
      'Our system refunded too much money to your account, you need to send back the difference.',
      'The refund was deposited in error, $3,500 extra went into your checking account.',
      'I accidentally transferred $5,000 to you, I will lose my job if you do not return it.',
      'You were overpaid by mistake, please transfer the difference today.',
      'Please check your savings, we credited $2,000 by accident during the refund.',
      'Sorry, the system sent $3,999 instead of $399.',
      'Because the refund was too much, you must pay the difference back with gift cards.',
    ],
    negative: [
      'Your Amazon refund of $23.99 has been processed to your original payment method.',
      'We can refund you instead of sending a replacement if you prefer.',
      'I accidentally deleted the holiday photos, can you send them again?',
      'We will refund the difference to your card after the price adjustment.',
      'My paycheck was deposited by mistake into my old account, calling the bank now.',
      'The refund will appear in 3 to 5 business days.',
      'You might need to pay a little extra for express shipping.',
    ],
  },
});
