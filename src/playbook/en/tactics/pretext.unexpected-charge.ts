import { defineTactic } from '../../schema.ts';

/** What the fake order, renewal or charge is for. */
const CHARGED_THINGS = [
  'iphone', 'macbook', 'ipad', 'apple watch', 'airpods', 'playstation', 'ps5', 'xbox', 'laptop', 'samsung',
  'gift card', 'gift cards', 'geek squad', 'norton', 'mcafee', 'antivirus', 'prime membership', 'membership',
  'subscription', 'renewal', 'charge', 'charges', 'purchase', 'order', 'transaction', 'payment', 'dollars',
  'bitcoin', 'crypto',
  // A money movement asked about ("Did you attempt a transfer of $500?"): the alert's story, whether or not it is real.
  'transfer', 'wire', 'withdrawal', 'zelle',
];

export default defineTactic({
  id: 'pretext.unexpected-charge',
  stage: 'pretext',
  description: {
    zh: '声称您的账户有一笔您没做过的订单、扣款或自动续费（如 iPhone、499 美元、Geek Squad、诺顿续费）',
    en: 'Claims there is an order, charge or subscription renewal on your account that you did not make (an iPhone, $499, Geek Squad, Norton)',
  },
  weight: 20,
  cues: [
    {
      any: [
        'unauthorized charge', 'unauthorized charges', 'unauthorised charge', 'unauthorized purchase',
        'unauthorized purchases', 'unauthorized order', 'unauthorized transaction', 'unauthorized transactions',
        'unauthorized payment', 'suspicious order', 'suspicious purchase', 'suspicious charge', 'suspicious transaction',
        'suspicious payment', 'did not make this purchase', "didn't make this purchase", 'did not place this order',
        "didn't place this order", 'did not authorize this', "didn't authorize this", 'if you did not make',
        'if you did not place', 'if you did not authorize', 'if you did not order', "if you didn't make",
        "if you didn't place", "if you didn't authorize", "if you didn't order", 'not authorized by you',
        'order you did not make', "order you didn't make", 'order you did not place', "order you didn't place",
        'purchase you did not make', "purchase you didn't make", 'charge you did not make',
        // "We flagged a purchase…", "our records show a charge of $419 went through": a stranger's news of a charge.
        'flagged a purchase', 'flagged an order', 'flagged a charge', 'flagged a transaction', 'flagged a payment',
        'records show a charge', 'records show a payment', 'charge went through', 'payment went through',
        'charge has gone through', 'was deducted from your', 'was debited from your', 'has been deducted from',
      ],
    },
    {
      all: [
        ['did you order', 'did you purchase', 'did you buy', 'did you place', 'did you make', 'did you authorize',
          'did you authorise', 'did you approve', 'was this you', 'was it you', 'is this you', 'did you attempt',
          'did you try to', 'did you initiate'],
        CHARGED_THINGS,
      ],
      within: 50,
    },
    // "An iPhone 14 for $1,099 is being ordered on your account, press 1 to cancel."
    {
      all: [
        ['iphone', 'macbook', 'ipad', 'apple watch', 'airpods', 'playstation', 'ps5', 'xbox', 'laptop', 'samsung',
          'television', 'gift card', 'gift cards', 'bitcoin', 'crypto', 'prime membership', 'geek squad', 'norton', 'mcafee'],
        ['on your account', 'to your account', 'from your account', 'to your card', 'on your card', 'press 1',
          'press one', 'to cancel', 'cancel the order', 'cancel this order'],
      ],
      within: 60,
    },
    // A charge you are told to cancel by phone: real notices send you to your account page.
    {
      all: [
        ['order', 'purchase', 'charge', 'transaction', 'payment', 'invoice', 'subscription', 'renewal', 'renews',
          'renewed', 'membership', 'renew', 'auto renew', 'auto renews', 'auto renewed'],
        ['press 1', 'press one', 'press 9', 'call us', 'call our', 'our helpline', 'helpline', 'toll free',
          'call this number', 'call the number below', 'call back', 'call now', 'call immediately'],
      ],
      within: 50,
    },
    {
      entity: 'phone',
      near: ['cancel', 'dispute', 'not authorize', 'did not authorize', "didn't authorize", 'not you', 'unauthorized',
        'renewal', 'renewed', 'auto renew', 'invoice'],
      within: 40,
    },
    // "A payment of $499.00 to Coinbase is pending. If this was not you…": a charge and the disowning
    // question (a sign-in alert has no charge: it stays out). Whether it is a scam is what follows it:
    // a number to call (shift.callback) or the card's own number (unless there).
    {
      all: [
        ['if this was not you', "if this wasn't you", 'if it was not you', "if it wasn't you", 'if this is not you',
          "if this isn't you", 'not you?', "if you don't recognize", 'if you do not recognize', "if you don't recognise",
          'if you do not recognise'],
        ['payment', 'charge', 'purchase', 'order', 'transaction', 'debit', 'invoice', 'subscription', 'renewal',
          'withdrawal', 'transfer'],
      ],
      within: 60,
    },
    // Fake renewals: "Your Geek Squad membership was auto-renewed for $399.99".
    {
      all: [
        ['geek squad', 'norton', 'norton 360', 'mcafee', 'antivirus', 'tech support', 'pc protection',
          'computer protection', 'windows defender', 'prime membership', 'total protection'],
        ['renewed', 'auto renewed', 'auto renewal', 'renewal', 'will renew', 'has renewed', 'charged', 'billed',
          'debited', 'deducted', 'invoice'],
      ],
      within: 60,
    },
  ],
  unless: [
    'i ordered', 'i bought', 'i purchased', 'my order', 'we ordered', 'my subscription', 'my norton', 'i checked',
    'was fake', 'fake email', 'phishing',
    // A real card alert sends you to the card's own number or the app, not to an agent it names.
    'on the back of your card', 'number on your statement', 'in the app', 'official app',
  ],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app', 'check-domain'],
  examples: {
    positive: [
      'We are calling about an order for an iPhone 15 Pro Max placed on your Amazon account, did you authorize this purchase?',
      'Your Geek Squad membership has been auto-renewed for $399.99 and charged to your card.',
      'Amazon: a suspicious order of $1,249.00 was flagged on your account.',
      'Did you buy a PlayStation 5 for $499 this morning?',
      'Hello, an Apple iPhone 14 for $1,099 is being ordered on your account, press 1 to cancel.',
      'Amazon Prime: your membership renews today for $139. To cancel, call us immediately.',
      'If you did not make this purchase, press 1 to speak with a representative.',
      'Your Norton 360 subscription renewal of $349.99 will be debited from your account today.',
      'Sir, there is an unauthorized charge of $499 on your PayPal account.',
      'PAYPAL INVOICE: McAfee Total Protection, amount billed $299.99.',
    ],
    negative: [
      'Your Amazon refund of $23.99 has been processed to your original payment method.',
      'Your order has shipped and will arrive on Thursday.',
      'I ordered a new iPhone case yesterday, it should come Friday.',
      'Thanks for your purchase! Your receipt is attached.',
      'Did you remember to pay the electric bill?',
      'Your monthly statement is ready to view in the app.',
      'Did you make dinner reservations for Saturday?',
      'Your Microsoft 365 subscription will renew on June 3. To manage it, go to your account settings.',
    ],
  },
});
