import { defineTactic } from '../../schema.ts';

/**
 * Cash (or gold) handed to someone THEY send to your door (ncrecall16 kind A, the grandparent or "bail" scam: "A courier
 * will come to your home to collect the cash", "A bail bondsman will come to your house to pick up $8,000 in cash"). No
 * lawyer, court, police force or relative sends a courier for cash. Three parts in one window: a third party they send,
 * a visit or a pick-up, and cash or gold. A parcel picked up, a buyer paying cash for an item and cash on delivery are no
 * hand-over of the reader's savings (unless). Same id as the Chinese tactic: the composite reads either.
 */
export default defineTactic({
  id: 'extract.cash-pickup',
  stage: 'extraction',
  description: {
    zh: '让您准备现金或黄金，交给他派到您家门口来取的人',
    en: 'Has you get cash or gold ready for someone they send to your door to pick it up',
  },
  weight: 45,
  cues: [
    {
      all: [
        ['courier', 'lawyer', 'attorney', 'bondsman', 'someone', 'a friend', 'my friend', 'colleague', 'driver', 'officer',
          'agent', 'associate', 'assistant', 'messenger', 'representative', 'a man', 'our staff'],
        ['come to your home', 'come to your house', 'come to your door', 'come by your house', 'stop by your house',
          'come round', 'come over', 'to your home', 'to your house', 'to your door', 'pick up', 'pick it up', 'collect'],
        ['cash', 'the money', 'gold bars', 'gold coins'],
      ],
      within: 60,
    },
  ],
  // Cash on delivery, a buyer's cash for an item, a parcel or a refund collected at a shop.
  unless: ['cash on delivery', 'on delivery', 'your order', 'parcel', 'package', 'receipt', 'invoice', 'the bike', 'the car',
    'the sofa', 'the item', 'scammers', 'scam', 'never send', 'hang up'],
  guards: ['warning'],
  negatable: true,
  advice: ['police-never-by-phone', 'no-transfer', 'tell-family', 'already-paid'],
  examples: {
    positive: [
      'A courier will come to your home to collect the cash this afternoon.',
      'A bail bondsman will come to your house to pick up $8,000 in cash, please have it ready.',
      'My lawyer will stop by your house to pick up the money, have it in an envelope.',
      'Withdraw the bail in cash, our officer will come to your door to collect it tonight.',
      'Buy gold bars with your savings; an agent will come to your home to pick them up for safekeeping.',
    ],
    negative: [
      'The courier will come to your house to pick up the parcel tomorrow.',
      'Can I collect the bike on Saturday and pay cash?',
      'Cash on delivery: the driver will collect the payment at your door.',
      'Scammers send a courier to collect cash from grandparents: hang up.',
      'My friend will come over to pick up the keys tonight.',
    ],
  },
});
