import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'contact.new-number',
  stage: 'contact',
  description: {
    zh: '自称是您的子女、亲友，说"换了新号码""手机丢了/坏了"，从陌生号码联系您',
    en: 'Says they are your child, relative or friend writing from a "new number" because the old phone was lost or broken',
  },
  // Low: people do change numbers. The "Hi Mum" scam is this plus a request for money (composites).
  weight: 20,
  cues: [
    {
      any: [
        'new number', 'my new number', 'this is my new number', "it's my new number", 'new phone number', 'changed my number',
        'got a new number', 'got a new phone', 'new phone and number', 'save this number', 'save my new number',
        'delete the old number', 'delete my old number', 'old number is', 'my old phone', 'lost my phone',
        'broke my phone', 'broken my phone', 'dropped my phone', 'smashed my phone', 'phone is broken', 'phone broke',
        'phone got stolen', 'phone was stolen', 'phone is dead', 'temporary number', 'borrowed phone', 'using a friend',
        "friend's phone", 'not my usual number', 'texting from a different number', 'from a new number',
        // The new handset said instead of the new number (recall15 kind E2: "Mum it's me, new phone. Can you lend me 300").
        'my new phone', 'on a new phone', 'from a new phone', "it's me, new phone", "it's me new phone", 'me, new phone',
        // The meme as an opener (recall16 kind R4: "new phone who dis. can you send me $200 for rent"): the new handset said
        // first; alone it weighs 20, with a money ask it is the "Hi Mum" pair.
        'new phone who', 'new phone, who',
      ],
    },
  ],
  // "Sam lost his phone" said by the parent, or a contact card shared in a group.
  unless: [
    'he lost', 'she lost', 'they lost', 'his phone', 'her phone', 'call me from home', 'see you tonight', 'your new number',
    'same number', 'send me your', 'work gave me',
  ],
  guards: ['warning'],
  advice: ['verify-known-contact'],
  examples: {
    positive: [
      'Hi Mum, this is my new number, I dropped my phone in the bath. Save this one x',
      'Hey Dad it’s me, my phone broke so I’m texting from a new number.',
      'Hello mom, I got a new phone and number, you can delete the old one.',
      'Grandpa it’s me, I’m using a friend’s phone because mine got stolen.',
      'Hi auntie, lost my phone yesterday, this is my temporary number for now.',
    ],
    negative: [
      'Sam lost his phone at school, so he may not answer today.',
      'Can you send me your new number when you get it?',
      'My phone bill went up again this month.',
      'Please save the dentist’s number in your contacts.',
      'Scammers text from a new number pretending to be your son: call his old number first.',
    ],
  },
});
