import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'pretext.account-compromised',
  stage: 'pretext',
  description: {
    zh: '自称银行反诈部门，说您的账户被入侵、有人正在盗刷、新增了收款人或账户被冻结',
    en: 'Claims to be your bank\'s fraud team: your account is compromised, someone is taking money, a new payee or device was added, or the account is locked',
  },
  // Real banks send such alerts too, but they send you to their app or the number on your card
  // (the `unless` list); the scam is what follows (a safe account, a code, a link, a callback).
  weight: 20,
  cues: [
    {
      any: [
        'account has been compromised', 'account is compromised', 'account was compromised', 'account has been breached',
        'trying to access your account',
        'trying to take money', 'someone is taking money', 'new payee was added', 'new payee has been added',
        'a new payee', 'new device was added', 'new device has been added', 'account will be closed',
        'account will be suspended', 'account has been suspended', 'account has been locked', 'account is locked',
        'account has been limited', 'account is limited', 'account has been restricted', 'account is on hold',
        'account has been frozen', 'account will be frozen', 'card has been blocked', 'card has been suspended',
        'card has been frozen', 'card will be blocked', 'unusual sign-in', 'suspicious login', 'suspicious login attempt',
        'fraudulent transactions', 'fraudulent activity on your', 'money is at risk', 'savings are at risk',
        'funds are at risk', 'money is not safe', 'money is no longer safe', 'failed attempts to', 'attempts to transfer',
        'attempted to transfer', 'trying to transfer money', 'money out of your', 'protect your balance', 'protect your money',
      ],
    },
    {
      all: [
        ['your account', 'your card', 'your bank', 'your money', 'your savings', 'your funds'],
        ['compromised', 'breached', 'at risk', 'not safe', 'being drained', 'being accessed', 'under attack', 'targeted'],
      ],
      within: 40,
    },
  ],
  unless: [
    'number on the back of your card', 'number on the back', 'in the app', 'in our app', 'reply yes', 'reply no',
    'reply y', 'reply n', 'if this was you', 'we will never', 'will never ask', 'no further action', 'i typed',
    'wrong password', 'i forgot', 'my own fault',
    // The alert ASKS whether you did it ("Did you just transfer $2,000 to a new payee?"); the scam states it was done to you.
    'did you', 'was this you', 'was it you',
  ],
  guards: ['warning'],
  advice: ['no-transfer', 'hang-up-verify-in-app', 'never-share-code'],
  examples: {
    positive: [
      'This is the Barclays fraud team, your account has been compromised and someone is trying to take money out.',
      'Santander: a new payee was added to your account. If this was not you, call us now.',
      'Your card has been blocked because of fraudulent transactions. Follow the link to unlock it.',
      'We believe your savings are at risk, hackers are inside your online banking.',
      'Your account will be suspended today unless you confirm your details.',
    ],
    negative: [
      'We’ve blocked a payment on your card. Check it in the app or call the number on the back of your card.',
      'Did you try to spend $84 at Target? Reply YES or NO.',
      'New sign-in to your account. If this was you, no further action is needed.',
      'My account is locked because I typed the wrong password three times, I’ll go to the branch.',
      'Your bank will never ask you to move money to keep it safe.',
    ],
  },
});
