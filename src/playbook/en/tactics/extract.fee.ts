import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'extract.fee',
  stage: 'extraction',
  description: {
    zh: '要您先付一笔费用（重新派送费、关税、放行费、手续费）才能收到包裹、退款或解锁账户',
    en: 'Asks you to pay a fee first (redelivery, customs, release, processing) to get a parcel, a refund or your account back',
  },
  // A stranger's fee request is at least `suspicious` whatever the story; with a fake site it is a scam (composites).
  weight: 40,
  cues: [
    { request: { act: ['act.pay'], object: ['obj.fee'] } },
  ],
  // Bills and memberships have fees too.
  unless: ['late fee', 'annual fee', 'monthly fee', 'membership fee', 'subscription fee', 'no fee', 'free of charge', 'waived', 'your bill', 'statement',
    'nothing to pay', 'prepaid', 'already paid', 'customer service point', 'reference on the card', 'left a card', 'card was left', 'fee to pay card'],
  guards: ['warning'],
  advice: ['refund-never-needs-payment', 'check-domain', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      'USPS: your package could not be delivered. Pay the $1.99 redelivery fee at usps-redelivery.top to reschedule.',
      'Your parcel is held at customs. You must pay a customs fee of $3.50 before delivery.',
      'To release your refund you need to pay a small processing fee.',
      'Royal Mail: a shipping fee of 2.99 GBP is unpaid. Pay the fee today or the parcel returns to sender.',
      'Your account is locked. Pay the unlock fee to restore access.',
    ],
    negative: [
      'There is no fee for returns.',
      'Never pay a fee to get a refund.',
      'Pay your bill by Friday to avoid a late fee.',
      'The annual fee for your card is waived this year.',
      'Scammers may ask you to pay a customs fee by text.',
    ],
  },
});
