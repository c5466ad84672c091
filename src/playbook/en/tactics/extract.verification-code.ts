import { defineTactic } from '../../schema.ts';

// Requests are read by the grammar (../lexicon.ts). No bare 'ask for': it is the warning's verb ("we will never
// ask for this code").
const REPORTED_ASK = ['asked me for', 'asked for', 'wanted me to read', 'wanted the'];
const CODE = [
  'the code', 'that code', 'this code', 'the codes', 'verification code', 'security code', 'authentication code',
  'authorization code', 'confirmation code', 'one time code', 'one time password', 'one time passcode', 'otp',
  'passcode', '6 digit', 'six digit', 'digit code', 'digit number', 'digit pin', 'code we sent', 'code we just sent',
  'code you received', 'code you just received', 'code that came', 'code on your phone', 'number we sent',
  'number we just sent', 'number you just received', 'number you received', 'the pin we sent',
];

export default defineTactic({
  id: 'extract.verification-code',
  stage: 'extraction',
  description: {
    zh: '索要刚发到您手机上的验证码、一次性密码或"6 位数字"',
    en: 'Asks you to read out the verification code, one-time password or "6-digit number" that was just sent to your phone',
  },
  weight: 40,
  cues: [
    // The request grammar (../lexicon.ts): give / tell / confirm × a code.
    { request: { act: ['act.give', 'act.tell', 'act.confirm'], object: ['obj.code'] } },
    // Typing the code where the caller sees it (the chat, a form they opened); a sign-in page's
    // "enter this code" stays quiet.
    { request: { act: ['act.enter'], object: ['obj.code'] }, context: ['ctx.to-me'] },
    // The user reporting the ask ("he asked me for the code").
    { all: [REPORTED_ASK, CODE], within: 40 },
    {
      all: [
        ['code', 'number', 'otp', 'passcode', 'pin'],
        ['we just sent', 'we sent', 'we have sent', 'you just received', 'you received', 'you will receive',
          'you are going to receive', "you're going to receive", 'came to your phone', 'on your phone', 'by text',
          'text message'],
        ['read', 'tell', 'give', 'repeat', 'confirm', 'say', 'what'],
      ],
      within: 60,
    },
  ],
  // Door codes, promo codes and the last digits of a card are everyday requests.
  unless: [
    'wifi', 'wi-fi', 'door', 'gate', 'garage', 'postcode', 'zip code', 'dress code', 'promo code', 'discount code',
    'coupon', 'voucher', 'referral code', 'locker', 'last four', 'last 4', 'area code', 'tracking number',
    'order number', 'enter the code', 'enter this code', 'enter it',
  ],
  guards: ['warning'],
  advice: ['never-share-code', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      'I just sent a code to your phone, can you read me the six digit number?',
      'To cancel the order I need the verification code you just received.',
      'Please tell me the code that came to your phone so I can process the refund.',
      'What is the 6-digit number in the text message we sent you?',
      'Amazon Security: reply with the code we just sent to stop the $899 purchase.',
      'You will receive a text message with a number, just read it back to me.',
      'Ok sir, now confirm the one-time passcode for me please.',
      'Then he asked me to read him the code from my bank text.',
    ],
    negative: [
      'Your code is 123456. Do not share it with anyone.',
      'Chase will never call you to ask for this code.',
      'Can you text me the wifi code for the cabin?',
      'Please enter the code we sent to your phone to finish signing in.',
      'What is the door code for your building?',
      'Use promo code SPRING20 for 20% off.',
      'PayPal: your security code is 449120, it expires in 10 minutes. PayPal will never ask you for this code.',
    ],
  },
});
