import { defineTactic } from '../../schema.ts';

const PARCEL = ['parcel', 'package', 'shipment', 'delivery', 'item', 'courier', 'consignment', 'mail', 'post'];
const PROBLEM = [
  'on hold', 'held', 'being held', 'could not be delivered', 'cannot be delivered', "can't be delivered", 'unable to deliver',
  'undeliverable', 'failed delivery', 'delivery failed', 'delivery attempt failed', 'incomplete address', 'incorrect address',
  'invalid address', 'address is incomplete', 'address was incomplete', 'wrong address', 'unpaid', 'awaiting payment',
  'pending payment', 'payment is required', 'import duty', 'customs duty', 'customs fee', 'customs charge', 'suspended',
  'returned to sender', 'will be returned', 'will be destroyed', 'storage fee', 'insufficient postage', 'postage due',
  'shipping fee', 'redelivery fee', 'stuck at', 'detained',
];

export default defineTactic({
  id: 'pretext.parcel-problem',
  stage: 'pretext',
  description: {
    zh: '称您的包裹被扣留、地址不全、派送失败或欠运费关税，要您处理才能收货',
    en: 'Says your parcel is held, the address is incomplete, delivery failed or postage or customs is unpaid, so you must act to get it',
  },
  // Real carriers do say "we missed you": the scam is the fee or the link that follows (composites).
  weight: 20,
  cues: [{ all: [PARCEL, PROBLEM], within: 60 }],
  unless: [
    'in the app', 'in our app', 'post office for collection', 'collect it from', 'pick it up from', 'we will try again',
    "we'll try again", 'next working day', 'left with your neighbour', 'left with a neighbor', 'safe place',
    'i sent', 'i posted', 'i returned', 'nothing to pay', 'prepaid', 'already paid', 'no charge', 'free of charge',
    'customer service point', 'reference on the card', 'card we left', 'we left a card', 'left a card',
  ],
  guards: ['warning'],
  advice: ['check-domain', 'refund-never-needs-payment', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      'USPS: your package is on hold due to an incomplete address. Update it within 24 hours at the link.',
      'Royal Mail: your parcel could not be delivered because of unpaid postage.',
      'DHL: your shipment is awaiting payment of customs duty before release.',
      'Evri: we were unable to deliver your parcel. It will be returned to sender unless you reschedule.',
      'FedEx: your delivery failed, the address was incomplete.',
    ],
    negative: [
      'Your parcel is out for delivery today between 10 and 11.',
      'Sorry we missed you. We will try again on the next working day.',
      'We couldn’t deliver your parcel, so it’s at the post office for collection with your card.',
      'I posted the package to your mum yesterday.',
      'Never pay a redelivery fee through a link in a text message.',
    ],
  },
});
