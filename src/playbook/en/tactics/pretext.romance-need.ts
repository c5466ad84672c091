import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'pretext.romance-need',
  stage: 'pretext',
  description: {
    zh: '网恋对象称在海上钻井、军中或国外被困，要钱买机票、付关税、放行"金条""遗产"，才能来见您',
    en: 'An online sweetheart says they are on an oil rig, deployed or stuck abroad and need money for a flight, customs or to release "gold" or an "inheritance" so they can come to you',
  },
  weight: 20,
  cues: [
    {
      any: [
        'only met online', 'never met in person', 'stuck on the oil rig', 'stuck on an oil rig', 'on the oil rig', 'on deployment', 'deployed in',
        'peacekeeping', 'so i can come see you', 'so i can come to see you', 'then i can come', 'flight to see you', 'ticket to see you',
        'be with you soon', 'gold bars', 'my inheritance', 'release my', 'my consignment', 'our future together',
        'marry you', 'our wedding', 'be together soon', 'stuck on the', 'my contract payment',
      ],
    },
  ],
  unless: ['our wedding photos', 'wedding venue', 'wedding list'],
  guards: ['warning'],
  advice: ['no-transfer', 'verify-known-contact'],
  examples: {
    positive: [
      'My love, customs want $3,000 to release my gold bars so I can come see you.',
      'I know we only met online, but I trust you more than anyone.',
      'I am stuck on the oil rig and my bank card does not work here.',
      'Once my contract payment clears I will fly to you, darling.',
      'I need help with the fees for my inheritance, then we can be together soon.',
    ],
    negative: [
      'We met online five years ago and got married last summer.',
      'Our wedding venue is booked for June.',
      'My brother works on an oil rig in the North Sea.',
      'Romance scammers say they are on an oil rig and need money for a flight.',
      'I can come see you on Sunday after lunch.',
    ],
  },
});
