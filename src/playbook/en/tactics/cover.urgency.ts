import { defineTactic } from '../../schema.ts';

const DEADLINE = [
  'within 24 hours', 'within 48 hours', 'within 12 hours', 'within 2 hours', 'within two hours', 'within an hour',
  'within the hour', 'within 30 minutes', 'within 15 minutes', 'in the next hour', 'next 24 hours', 'in 24 hours',
  'in 30 minutes', 'in 10 minutes', 'in the next few minutes', 'by tonight', 'by midnight', 'before midnight',
  'today', 'tonight', 'right now', 'immediately', 'urgently', 'as soon as possible', 'asap', 'before 5pm',
  'end of the day', 'end of day', 'this call',
];
const THREAT = [
  'will be charged', 'charge will go through', 'will go through', 'will be debited', 'will be deducted',
  'will be closed', 'will be suspended', 'will be locked', 'will be frozen', 'will be blocked', 'will be terminated',
  'will be deleted', 'will be arrested', 'arrest', 'warrant', 'police', 'legal action', 'lawsuit', 'sued',
  'permanently', 'lose your money', 'lose the money', 'lose everything', 'lose access', 'forfeit',
  'cannot be reversed', "can't be reversed", 'cannot be refunded', "can't be refunded", 'irreversible',
  'no longer be able', 'will be final', 'becomes final', 'we cannot help you', "we can't help you",
];

export default defineTactic({
  id: 'cover.urgency',
  stage: 'cover',
  description: {
    zh: '用期限和威胁催促您：24 小时内不处理就扣款、封号或被逮捕',
    en: 'Pushes you with a deadline and a threat: act within 24 hours or the charge goes through, the account is closed, or you are arrested',
  },
  weight: 15,
  cues: [
    // A deadline alone is ordinary ("ships within 24 hours"); a deadline with a threat is pressure.
    {
      all: [
        ['or', 'otherwise', 'if you do not', "if you don't", 'if not', 'unless', 'failure to', 'before'],
        DEADLINE,
        THREAT,
      ],
      within: 60,
    },
    {
      all: [
        ['within 24 hours', 'within 48 hours', 'within 12 hours', 'within 2 hours', 'within two hours',
          'within an hour', 'within the hour', 'within 30 minutes', 'within 15 minutes', 'in the next hour',
          'next 24 hours', 'in 30 minutes', 'in 10 minutes', 'by midnight', 'before midnight'],
        ['will be charged', 'will be debited', 'will be deducted', 'will be closed', 'will be suspended',
          'will be locked', 'will be frozen', 'will be blocked', 'will be terminated', 'will be arrested', 'police',
          'warrant', 'legal action', 'permanently'],
      ],
      within: 60,
    },
    {
      any: [
        'arrest warrant', 'warrant for your arrest', 'you will be arrested', 'you could be arrested',
        'police will come', 'police are on their way', 'final warning', 'last warning', 'time is running out',
        'the clock is ticking', 'before it is too late', "before it's too late", 'the charge will go through',
        'the payment will go through', 'the order will be shipped', 'we only have a few minutes',
        'you only have a few minutes', 'act immediately',
      ],
    },
  ],
  unless: ['if you ever'],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      'You must cancel within 24 hours or you will be charged $499.',
      "If you don't act right now, your account will be suspended permanently.",
      'There is an arrest warrant in your name for money laundering.',
      'Call us today, otherwise the charge will go through and cannot be reversed.',
      'We only have a few minutes before the hackers move your money.',
      'FINAL WARNING: unless you respond within 2 hours your PayPal account will be closed.',
      'Hurry sir, the clock is ticking, the payment will go through at 5pm.',
      "If you don't follow instructions within 24 hours, your account will be frozen.",
    ],
    negative: [
      'Orders placed before 2pm ship within 24 hours.',
      'Your package will arrive today.',
      'Please pay your bill by the due date to avoid a late fee.',
      'The store closes at 9 tonight, hurry if you want the sale.',
      'Your appointment is tomorrow at 10am.',
      'Your card will be charged when the item ships.',
      'Refunds usually take 3 to 5 business days.',
    ],
  },
});
