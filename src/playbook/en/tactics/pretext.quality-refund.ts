import { defineTactic } from '../../schema.ts';

/** What went wrong with the order: a quality problem, a recall, a damaged or lost parcel. */
const PROBLEM = [
  'quality issue', 'quality issues', 'quality problem', 'quality problems', 'quality defect', 'defective', 'faulty',
  'recalled', 'recall', 'product recall', 'failed inspection', 'failed quality', 'failed the quality', 'quality inspection',
  'safety issue', 'safety problem', 'safety hazard', 'contaminated', 'substandard', 'damaged', 'got damaged',
  'was damaged', 'been damaged', 'broken in transit', 'damaged in transit', 'got lost', 'was lost', 'been lost',
  'is lost', 'lost in transit', 'lost in delivery', 'lost by the courier', 'lost during shipping', 'went missing',
  'gone missing', 'lost parcel', 'lost package', 'lost order', 'parcel is lost', 'package is lost', 'order is lost',
];
/** What the caller offers for it. */
const REMEDY = [
  'refund', 'refunds', 'refund you', 'refunded', 'compensate', 'compensation', 'compensated', 'reimburse',
  'reimbursement', 'money back', 'pay you back', 'claim', 'payout', 'pay out',
];

export default defineTactic({
  id: 'pretext.quality-refund',
  stage: 'pretext',
  description: {
    zh: '以商品质量问题、召回、快递破损或丢件为由，主动提出给您退款、赔偿',
    en: 'Says your order had a quality problem, was recalled, or your parcel was damaged or lost, and offers you a refund or compensation you did not ask for',
  },
  // Low, as in Chinese: real shops do write about a damaged parcel's refund. It is the story the
  // requests and moves that follow are read with (composites, the one-message rule).
  weight: 15,
  cues: [{ all: [PROBLEM, REMEDY], within: 60 }],
  // A refund already on its way back the way it came is the platform's own notice; the customer's
  // own report ("my parcel was damaged, can I get a refund") is not a story told to them.
  unless: [
    'original payment method', 'original payment', 'has been issued', 'has been processed', 'have been refunded',
    "you've been refunded", 'we have issued', "we've issued", 'we have processed', "we've processed", 'was issued',
    'in the app', 'in your account', 'in your orders', 'help center', 'help centre', 'returns centre', 'return center',
    'request a refund', 'can i get', 'can i have', 'i want', 'i would like', "i'd like", 'my order', 'my parcel',
    'my package', 'my item', 'i received', 'i got',
  ],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app', 'refund-never-needs-payment'],
  examples: {
    positive: [
      "Hi dear, I'm from AliExpress customer care. Your package got lost in transit. We will compensate 3 times the price.",
      'Your parcel was damaged so we will compensate you double.',
      'The blender you bought was recalled, we will refund you $120 plus compensation.',
      'Your order was cancelled due to a quality issue. To receive your refund please reply with your card number.',
      'The baby formula in your order failed the quality inspection, so you are entitled to a refund and compensation.',
      'Our records show your package went missing, you can claim a payout of $80 today.',
    ],
    negative: [
      "Temu: We've processed your refund of $15.20 for the damaged item. It will be back on your original payment method in 5-10 business days.",
      'My parcel arrived damaged, can I get a refund?',
      'If your order arrives damaged, request a refund in the app under Your Orders.',
      'Your package was lost in transit. We have issued a full refund.',
      'The vase was damaged when I moved house.',
      'Never pay a fee to get compensation for a lost parcel.',
    ],
  },
});
