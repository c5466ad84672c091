import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'extract.personal-details',
  stage: 'extraction',
  description: {
    zh: '索要您的全名、住址、出生日期、社保号等个人信息（骗局里“核实信息”的一步）',
    en: 'Asks for your full name, address, date of birth, Social Security number or "some information" (the script\'s "verification" step)',
  },
  // Routine in a call you made to your own bank; the scam is the story before it (composites).
  weight: 20,
  cues: [
    { request: { act: ['act.give', 'act.tell', 'act.confirm', 'act.enter'], object: ['obj.identity'] } },
  ],
  unless: ['sign up', 'signup', 'registration', 'register', 'application form', 'in the app',
    // What an office's own site or counter will want (ncrecall17 kind 3's twins: "Renew online at dmv.ca.gov; you will need your
    // license number and date of birth"): the reader takes it there, nothing is sent back.
    '.gov', 'renew online', 'at the dmv', 'at your local', 'in person', 'you will need your', "you'll need your"],
  guards: ['warning'],
  advice: ['never-share-card', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      'I just need to verify some information to process the refund.',
      'For the refund I need your full name, address, and the last four digits of your credit card.',
      'Can I have your full name and date of birth?',
      'Please confirm your social security number.',
      'Tell me your home address so we can send the check.',
    ],
    negative: [
      'Never give your social security number to a caller.',
      'I updated my personal details online myself.',
      'Please fill in your full name on the registration form.',
      'Fraudsters may ask you to confirm your date of birth.',
      'My full name is on the lease.',
    ],
  },
});
