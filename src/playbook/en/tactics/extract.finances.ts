import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'extract.finances',
  stage: 'extraction',
  description: {
    zh: '打听您在哪家银行、账户里有多少钱、存款余额（为下一步转走做准备）',
    en: 'Asks which bank you use and how much money you have in your accounts (to know what to take next)',
  },
  // No refund, repair or "protection" needs your balance: asked by a stranger it is sizing up the
  // victim; alone (a bank the user called) it stays below `suspicious`.
  weight: 25,
  cues: [
    {
      any: [
        'how much do you have in', 'how much money do you have', 'how much do you keep in', 'how much do you usually keep',
        'how much is in your', 'how much have you got in', "what's your balance", 'what is your balance',
        'your current balance', 'what is the balance', "what's the balance", 'which bank do you use', 'which bank are you with',
        'what bank do you use', 'what bank are you with', 'how many accounts do you have', 'how much savings',
      ],
    },
  ],
  unless: ['i have', 'i keep', 'in the app', 'your statement', 'check your balance', 'to check'],
  guards: ['warning'],
  advice: ['never-share-card', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      'What bank do you use, and how much do you usually keep in checking?',
      'Before we start, how much money do you have in your savings account?',
      'Which bank are you with? I need to know where to send the refund.',
      'What is your balance right now, roughly?',
      'How many accounts do you have and how much is in your checking?',
    ],
    negative: [
      'You can check your balance in the app at any time.',
      'I have about $300 in checking until payday.',
      'Your current balance is shown on your statement.',
      'Scammers often ask how much money you have in your accounts.',
      'Which bus do you take to work?',
    ],
  },
});
