import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'extract.code-forward',
  stage: 'extraction',
  description: {
    zh: '说"验证码误发到您手机了"或以"核实您是真人"为由，让您把收到的验证码转发、截图或念给他（盗号）',
    en: 'Says a code was sent to your phone "by mistake", or that they must "verify you are real", and asks you to forward, screenshot or read it (account takeover)',
  },
  // The code is the key to your own account (WhatsApp, Google Voice, a bank): whoever asks for it
  // to be sent on is taking the account.
  weight: 45,
  cues: [
    {
      all: [
        ['code', 'codes', 'verification code', 'otp', 'passcode', '6 digit', '6 digits', 'six digit', 'six digits'],
        ['by mistake', 'accidentally', 'by accident', 'meant for me', 'send it back', 'forward it', 'screenshot it',
          'send it over', 'send me the numbers', 'make sure you are real', "make sure you're real", 'not a scammer',
          'verify you are real', "verify you're real", 'to appeal', 'pass it on'],
      ],
      within: 60,
    },
  ],
  unless: ['i typed', 'wrong code', "don't send it", 'do not send it', "don't forward", 'do not forward', 'never forward', 'a scam going around'],
  guards: ['warning'],
  advice: ['never-share-code'],
  examples: {
    positive: [
      'Sorry, I accidentally sent my WhatsApp code to your number, can you send it back?',
      'To make sure you are real, tell me the code Google just sent you.',
      'A verification code meant for me went to your phone, please forward it.',
      'Can you screenshot it? The code came to you by mistake.',
      'Reply with the code we sent to appeal the suspension.',
    ],
    negative: [
      'Your WhatsApp code is 221-094. Do not share it.',
      'Did you get a text about a code? Don\u2019t send it to anyone, it\u2019s a scam going around.',
      'I typed the wrong code by mistake and got locked out for an hour.',
      'Never forward a verification code to anyone.',
      'The door code is 4471.',
    ],
  },
});
