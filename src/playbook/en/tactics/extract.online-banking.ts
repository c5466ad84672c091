import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'extract.online-banking',
  stage: 'extraction',
  description: {
    zh: '要您在他远程连接时登录网上银行，或直接索要密码、银行卡号、安全码、社保号',
    en: 'Asks you to log in to your online banking while they are connected, or for your password, card number, CVV or Social Security number',
  },
  weight: 40,
  cues: [
    // The request grammar (../lexicon.ts): log in × online banking / the banking app, to be paid a refund or
    // compensation ("download the Refund app and login with your banking app"). No shop pays that way.
    { request: { act: ['act.login'], object: ['obj.banking'] }, context: ['ctx.payout'] },
    // Logging in "while I'm connected" hands the session to the caller.
    {
      all: [
        ['log in', 'login', 'log into', 'log on', 'sign in', 'sign into', 'open', 'go to', 'access', 'pull up'],
        ['online banking', 'bank account', 'banking app', 'bank app', 'bank website', "bank's website", "bank's app",
          'your bank', 'checking account', 'savings account', 'paypal account', 'cash app', 'zelle', 'your account',
          'your accounts', 'chase app', 'wells fargo app', 'bank of america app', 'citi app', 'capital one app',
          'bank online', 'online account', 'that account', 'the account', 'your checking', 'your savings account'],
        ['while i', 'so i can', 'so that i can', "i'll", 'i will', 'with me', 'let me see', 'i can see', 'for me',
          'we can see', 'so we can', 'together', 'right now', 'while we', 'connected', 'on the screen',
          'on your screen', 'i need to see', 'so our system', 'we will be transferring', 'we will transfer',
          'transferring the refund', 'to transfer the refund', 'deposit the refund', 'send the refund', 'process the refund'],
      ],
      within: 60,
    },
    {
      all: [
        ['tell me', 'give me', 'read me', 'what is', "what's", 'type', 'type in', 'confirm', 'provide', 'spell',
          'say', 'need', 'verify', 'send me'],
        ['your password', 'the password', 'your pin', 'your login', 'your username', 'your user id', 'your passcode',
          'your card number', 'full card number', 'the card number', 'the long number', 'cvv', 'cvc', 'security code on the back',
          'expiry date', 'expiration date', 'social security number', 'your ssn', 'routing number',
          'your account number', 'online banking password', 'mother\'s maiden name', 'security questions',
          'password for your', 'password to your', 'username and password', 'login details', 'login credentials',
          'banking password', 'bank password', 'pin number', 'banking login'],
      ],
      within: 40,
    },
  ],
  unless: [
    'last four', 'last 4', 'last two', 'forgot your password', 'reset your password', 'reset it', 'wifi', 'wi-fi',
    'netflix', 'router',
  ],
  guards: ['warning'],
  advice: ['never-share-card', 'no-screen-share', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      "Now log in to your online banking while I'm connected so I can send the refund.",
      'Please open your banking app so we can see if the money arrived.',
      'What is your online banking password? I need it to reverse the charge.',
      'Can you read me the long number on the front of your card and the CVV?',
      'Sign in to your bank account for me, I will process the refund on my side.',
      'For verification, provide your Social Security number and date of birth.',
      'Type your password in the box, do not worry, I cannot see it.',
      'Go ahead and open your Chase app so I can see the refund come in.',
      "What's the username and password for your online banking?",
    ],
    negative: [
      'PayPal will never ask you for your password.',
      'Forgot your password? You can reset it in the app.',
      'Log in to online banking to view your statement.',
      'Please confirm the last four digits of the card on file.',
      'I changed my password last week after the update.',
      'The bank opens at nine tomorrow.',
      "What's the wifi password at your place?",
      'Log in to your account to see your new statement.',
      'Never give your PIN or card number to anyone who calls you.',
    ],
  },
});
