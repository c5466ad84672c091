import { defineTactic } from '../../schema.ts';

const AGENCY = [
  'irs', 'internal revenue service', 'social security administration', 'social security office', 'ssa',
  'social security number', 'your social', 'hmrc', 'fbi', 'dea', 'police', 'sheriff', "sheriff's office", 'federal agent',
  'us marshal', 'marshals', 'border protection', 'customs', 'department of justice', 'court', 'the judge',
  'immigration', 'uscis', 'home office', 'medicare', 'tax office', 'tax department', 'national crime agency',
  'interpol', 'federal trade commission', 'treasury', 'officer', 'detective', 'agent badge', 'badge number',
  'legal department', 'attorney general',
];
const THREAT = [
  'warrant', 'arrest', 'arrested', 'lawsuit', 'legal action', 'legal proceedings', 'suspended', 'suspend', 'crime',
  'criminal', 'investigation', 'drug trafficking', 'money laundering', 'tax fraud', 'tax evasion', 'unpaid tax',
  'unpaid taxes', 'back taxes', 'deport', 'deported', 'deportation', 'case against you', 'filed a case',
  'charges against you', 'seized', 'seize', 'frozen', 'freeze your', 'jail', 'prison', 'summons', 'will visit your',
  'blocked', 'blacklisted', 'penalty', 'penalties', 'prosecution', 'prosecuted',
];

export default defineTactic({
  id: 'pretext.government-threat',
  stage: 'pretext',
  description: {
    zh: '冒充税务局、社保局、海关或警方，称您涉嫌犯罪、欠税或社保号被停用，要拘捕、起诉或冻结您的资产',
    en: 'Poses as the tax office, Social Security, customs or the police and says you face arrest, a lawsuit, a suspended number or frozen assets',
  },
  weight: 25,
  cues: [
    { all: [AGENCY, THREAT], within: 60 },
    {
      any: [
        'warrant for your arrest', 'warrant has been issued', 'arrest warrant', 'security number has been suspended',
        'security number will be suspended', 'your ssn has been suspended', 'your ssn will be suspended',
        'used in a crime', 'linked to a crime', 'involved in money laundering', 'involved in drug trafficking',
        'you will be arrested', 'avoid your arrest', 'avoid arrest', 'avoid being arrested', 'police will come',
        'officers will come', 'final notice before legal action', 'your assets will be frozen',
      ],
    },
  ],
  // News, your own visit to the tax office, a real court date you know about.
  unless: [
    'i went to', 'my appointment', 'jury duty', 'your tax return has been', 'tax return is ready', 'was arrested for',
    'were arrested', 'have arrested', 'arrested three', 'arrested two', 'police said', 'according to police',
  ],
  guards: ['warning'],
  advice: ['police-never-by-phone', 'no-transfer', 'tell-family'],
  examples: {
    positive: [
      'This is Officer Davis with the Social Security Administration. Your social security number has been suspended due to suspicious activity.',
      'The IRS has filed a lawsuit against you for unpaid taxes and a warrant will be issued today.',
      'HMRC: a case has been filed against you for tax evasion. Press 1 to speak to an officer before legal action.',
      'Your SSN was used in a crime in Texas involving drug trafficking.',
      'This is US Customs. A package in your name was seized with illegal items and you face arrest.',
      'To avoid your arrest you must settle the amount today.',
    ],
    negative: [
      'I went to the tax office this morning to ask about my return.',
      'Police said two men were arrested after the break-in on Elm Street.',
      'Your tax return has been received and is being processed.',
      'Reminder: you have jury duty at the county court on Monday.',
      'The IRS will never call to threaten you with arrest.',
      'My brother is a police officer in Leeds.',
    ],
  },
});
