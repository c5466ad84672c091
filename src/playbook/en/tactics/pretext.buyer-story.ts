import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'pretext.buyer-story',
  stage: 'pretext',
  description: {
    zh: '二手买家的说辞：多付了钱要您退差价、要您先升级"商家账户"或先付运费保险，"之后会退给您"',
    en: 'A second-hand "buyer\'s" story: they overpaid and want the difference back, or you must first upgrade to a "business account" or pay shipping insurance "that will be reimbursed"',
  },
  weight: 20,
  cues: [
    {
      any: [
        'upgrade to a business', 'a business account first', 'need a business account', 'business account to receive',
        'upgrade your account to receive', 'shipping insurance', 'pickup agent',
        'courier will pick up the item', "i'll reimburse you", 'i will reimburse you', 'will be reimbursed',
        "it'll be refunded", 'it will be refunded', 'refunded with the payment', 'sent you too much', 'paid you too much',
        'overpaid you', 'for the item by mistake', 'refund the difference', 'refund the extra', 'my cousin will collect',
        'my mover will collect',
      ],
    },
    { all: [['sent you', 'paid you', 'transferred you'], ['by mistake', 'too much', 'more than', 'extra']], within: 40 },
    { all: [['refund', 'send back', 'return', 'give back'], ['the difference', 'the extra', 'the rest']], within: 30 },
  ],
  unless: ['i reimbursed', 'was reimbursed', 'your expenses', 'expense claim'],
  guards: ['warning'],
  advice: ['stay-on-platform', 'no-upfront-fee'],
  examples: {
    positive: [
      'You need to upgrade to a business account first, the fee will be refunded with the payment.',
      'I sent you $1,200 for the item by mistake, please refund the difference.',
      'The courier will pick up the item, but first pay the shipping insurance, I\u2019ll reimburse you.',
      'My cousin will collect the sofa, I paid you too much so send back the extra.',
      'Zelle says your account needs an upgrade to a business account before you can receive it.',
    ],
    negative: [
      'I\u2019ve sent £80 for the chair via PayPal, see you tomorrow.',
      'Your expenses will be reimbursed at the end of the month.',
      'Can I collect the bike on Saturday and pay cash?',
      'Buyers who say they overpaid you and want the difference back are scammers.',
      'Our business account is with Lloyds.',
    ],
  },
});
