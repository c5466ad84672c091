import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'contact.family-emergency',
  stage: 'contact',
  description: {
    zh: '冒充子女、孙辈或亲友说出了急事（车祸、被拘留、住院、困在外地、网银被锁）急需用钱',
    en: 'Poses as a child, grandchild or friend in sudden trouble (an accident, arrest, hospital, stranded abroad, a locked banking app) who needs money at once',
  },
  // The claim of being someone you know (a contact move, like the Chinese contact.acquaintance):
  // real relatives do get into trouble, so this decides only with a request for money and a new
  // number or "don't tell" (composites).
  weight: 20,
  cues: [
    {
      any: [
        'car accident', 'been in an accident', 'had an accident', 'in an accident', 'at the police station',
        'been arrested', 'got arrested', 'in jail', 'need bail', 'for bail', 'bail money', 'stuck abroad',
        'stranded', 'stuck at the airport', 'lost my wallet', 'wallet was stolen', 'banking app is locked',
        'bank app is locked', 'online banking is locked', "can't access my bank", 'cannot access my bank',
        "can't log into my bank", 'my card is blocked', 'my card got blocked', 'card has been declined',
        'need to pay a bill today', 'urgent bill', 'bill that is overdue', 'bill is overdue', 'i need a favour',
        'i need a favor', 'need a quick favour', 'need a quick favor', 'can you help me out', 'in big trouble',
        "i'm in trouble", 'i am in trouble', 'need a lawyer', 'my lawyer will',
        // Told by the "attorney" or "officer" (ncrecall16 kind A): "Your grandson was arrested after a car crash. Bail is $9,500."
        'was arrested', 'has been arrested', 'were arrested', 'car crash', 'bail is', 'is in jail', 'is in custody',
      ],
    },
  ],
  unless: ['i am fine', "i'm fine", "i'm ok", 'i am ok', 'no need to worry', 'all sorted', 'already sorted'],
  guards: ['warning'],
  advice: ['verify-known-contact', 'tell-family'],
  examples: {
    positive: [
      'Grandma, it’s me. I was in a car accident and I’m at the police station.',
      'Mum I need a favour, my banking app is locked on this new phone.',
      'Dad I got arrested on holiday and need bail money, please help.',
      'I’m stranded at the airport, my wallet was stolen and my card is blocked.',
      'Hi it’s me, I need to pay a bill today and can’t access my bank.',
    ],
    negative: [
      'I had a small accident with the car but I’m fine, no need to worry.',
      'The bill is due on Friday, I’ll pay it from my account.',
      'Scammers say they are in jail and need bail money: call your grandchild on the number you know.',
      'We are stuck in traffic, see you in twenty minutes.',
      'I lost my gloves at the park again.',
    ],
  },
});
