import { defineTactic } from '../../schema.ts';

/** A multiple of the price: what no shop's refund policy pays. */
const MULTIPLE = [
  'double', 'twice', 'triple', 'three times', 'four times', 'five times', 'ten times', '2 times', '3 times', '4 times',
  '5 times', '10 times', '2x', '3x', '5x', '10x', 'two times', 'doubled', 'tripled', 'three fold', 'threefold', 'twofold',
];
const PAYOUT = [
  'refund', 'refunds', 'refund you', 'compensate', 'compensation', 'compensated', 'reimburse', 'reimbursement',
  'pay you', 'the price', 'the amount', 'what you paid', 'your money', 'money back', 'payout',
];

export default defineTactic({
  id: 'pretext.too-good-compensation',
  stage: 'pretext',
  description: {
    zh: '许诺双倍返还、三倍赔偿、退款不退货等好得不真实的条件',
    en: 'Promises too-good-to-be-true terms: a double or triple refund, compensation on top, a refund without returning the item',
  },
  weight: 25,
  cues: [
    { all: [MULTIPLE, PAYOUT], within: 30 },
    {
      any: [
        'plus compensation', 'extra compensation', 'additional compensation', 'compensation on top', 'bonus compensation',
        'keep the item and', 'refund without returning', 'no need to return it and',
      ],
    },
  ],
  // A double charge, a bank's "doubled points" and a buyer's own wish are not an offer.
  unless: ['charged twice', 'double charged', 'double-charged', 'charged you twice', 'double check', 'double-check', 'points', 'i want', 'can i get'],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app', 'refund-never-needs-payment'],
  examples: {
    positive: [
      'We will compensate 3 times the price.',
      'Your parcel was damaged so we will compensate you double.',
      'We will refund you 3x.',
      'We will refund you $120 plus compensation.',
      'As an apology we pay you twice the amount you paid.',
      'You will get a triple refund for the lost order.',
    ],
    negative: [
      'You were charged twice for order 1123, so we refunded the second charge.',
      'Please double-check your address before you place the order.',
      'Earn double points on every purchase this weekend.',
      'We refunded the price of the item to your original payment method.',
      'Beware of callers who promise a triple refund for a lost parcel.',
    ],
  },
});
