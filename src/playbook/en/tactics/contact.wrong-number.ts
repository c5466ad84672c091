import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'contact.wrong-number',
  stage: 'contact',
  description: {
    zh: '以"发错人了""加错好友"开头搭讪陌生人，随后聊到投资、赚钱（杀猪盘的开场）',
    en: 'A "sorry, wrong number" opener to a stranger that turns into friendly chat, then investing (how pig-butchering starts)',
  },
  // Alone it is nothing (people do text the wrong number); with an investment pitch it decides (composites).
  weight: 10,
  cues: [
    {
      any: [
        'wrong number', 'sorry wrong number', 'texted the wrong', 'sent to the wrong', 'wrong person', 'is this not',
        'isn\u2019t this', "isn't this", 'since we are chatting', "since we're chatting", 'fate brought us', 'nice to meet you by accident',
      ],
    },
  ],
  guards: ['warning'],
  advice: ['no-investment-tips', 'no-transfer', 'stay-on-platform'],
  examples: {
    positive: [
      'Hi, is this Linda? Oh sorry, wrong number!',
      'Sorry, I texted the wrong person. You seem nice though, where are you from?',
      'Since we\u2019re chatting anyway, what do you do for work?',
      'Isn\u2019t this Dr. Chen\u2019s office?',
      'Maybe fate brought us together with this wrong number.',
    ],
    negative: [
      'You have the right number, this is Mike.',
      'Call me on my mobile, the landline is broken.',
      'Scammers start with a wrong number text, then talk about crypto.',
      'I dialled the office but nobody answered.',
      'Please confirm your number for the delivery.',
    ],
  },
});
