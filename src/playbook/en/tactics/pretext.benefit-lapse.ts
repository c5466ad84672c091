import { defineTactic } from '../../schema.ts';

/**
 * A benefit, a card, a licence or a cover said to be lapsing, paused or suspended — or a "free" medical item through
 * Medicare — as the reason to hand over the numbers that open it (ncrecall17 kind 3: "Your Medicare card is expiring.
 * Call us back with your Medicare number and date of birth…", "Your Social Security benefits have been paused. Reply with
 * your SSN and date of birth", "DMV notice: your driver's license will be suspended. Send us your license number and date
 * of birth", "you qualify for a free back brace through Medicare. Just confirm your Medicare number"). The agency's own
 * notice sends you to its site or office (unless); a message that wants the numbers sent back is the identity-theft
 * scam. With a request for personal details the composite en-pretext-then-extraction makes it a scam. Our own writing.
 */
const HOLDING = [
  'medicare', 'medicaid', 'social security', 'benefits', 'benefit payments', 'your benefit', 'pension', 'disability payments',
  'unemployment', 'food stamps', 'snap benefits', 'ebt', "driver's license", 'driver license', 'drivers license', 'driving licence',
  'your license', 'your licence', 'dmv', 'health insurance', 'health plan', 'insurance card', 'coverage', 'medicare card',
  'medicaid card', 'social security card', 'green card', 'vehicle registration',
];
const LAPSE = [
  'expiring', 'will expire', 'expires', 'has expired', 'expired', 'paused', 'on hold', 'suspended', 'will be suspended', 'suspension',
  'cancelled', 'canceled', 'will be cancelled', 'will be canceled', 'terminated', 'will be terminated', 'stopped', 'deactivated',
  'revoked', 'lapse', 'lapsed', 'frozen', 'blocked', 'cut off', 'discontinued', 'halted',
];
const FREE_ITEM = [
  'back brace', 'knee brace', 'brace', 'wheelchair', 'diabetic supplies', 'diabetic test', 'test kit', 'testing kit', 'hearing aid',
  'genetic test', 'dna test', 'cancer screening', 'glucose monitor', 'mobility scooter', 'medical alert', 'new medicare card',
];

export default defineTactic({
  id: 'pretext.benefit-lapse',
  stage: 'pretext',
  description: {
    zh: '说您的医保、社保福利、驾照或保险即将到期、被暂停或吊销（或“医保送免费护具”），借此要您的证件号和出生日期',
    en: 'Says your Medicare, benefits, licence or cover is expiring, paused or suspended (or offers a "free" item through Medicare) to get your ID numbers',
  },
  // Weak alone (a real renewal reminder says "expires" too); what decides is the numbers asked back (the composite).
  weight: 10,
  cues: [
    { all: [HOLDING, LAPSE], within: 40 },
    { all: [['free'], FREE_ITEM, ['medicare', 'medicaid', 'insurance', 'covered', 'at no cost', 'no cost to you']], within: 60 },
  ],
  unless: [
    '.gov', 'renew online', 'renew your license online', 'sign in', 'log in', 'login to', 'member portal', 'in the app', 'our app',
    'in person', 'local office', 'field office', 'no action', 'never ask', 'will never', 'scam', 'fraud', 'do not share', "don't share",
    'bring your', 'your doctor', 'your pharmacist',
    // The speaker's own card or licence ('my driver\'s license expired so I renewed it').
    'my license', 'my licence', "my driver's", 'my medicare', 'my insurance', 'my benefits', 'renewed',
  ],
  guards: ['warning'],
  advice: ['verify-independently', 'never-share-card', 'already-paid'],
  examples: {
    positive: [
      'Your Medicare card is expiring. Call us back with your Medicare number and date of birth.',
      'Your Social Security benefits have been paused pending verification.',
      "DMV notice: your driver's license will be suspended tomorrow.",
      'Congratulations, you qualify for a free back brace covered by Medicare.',
      'Your health insurance coverage will be cancelled today.',
    ],
    negative: [
      'Your new Medicare card is in the mail. Sign in at medicare.gov to see your benefits.',
      'Your license expires next month, renew online at dmv.ca.gov or at your local office.',
      'Medicare will never call you to ask for your Medicare number. It is a scam.',
      'Please bring your insurance card to your appointment on Monday.',
      'My gym membership expired last week.',
    ],
  },
});
