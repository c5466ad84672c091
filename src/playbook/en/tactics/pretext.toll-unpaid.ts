import { defineTactic } from '../../schema.ts';

const TOLL = [
  'toll', 'tolls', 'toll charge', 'toll charges', 'toll balance', 'e-zpass', 'ezpass', 'fastrak', 'sunpass', 'txtag',
  'peach pass', 'ipass', 'i-pass', 'toll road', 'toll services', 'congestion charge', 'dart charge', 'ulez',
  'parking fine', 'parking ticket', 'penalty charge notice', 'pcn', 'traffic fine', 'speeding fine', 'road fee',
];
const UNPAID = [
  'unpaid', 'outstanding', 'overdue', 'final notice', 'late fee', 'late fees', 'penalty', 'penalties', 'suspension',
  'suspended', 'owe', 'owed', 'not been paid', 'has not been paid', 'remaining balance', 'due immediately', 'fine will',
  'legal action', 'collections', 'dmv', 'license will',
];

export default defineTactic({
  id: 'pretext.toll-unpaid',
  stage: 'pretext',
  description: {
    zh: '短信称您有未缴的过路费、拥堵费、停车罚款，不交就要罚滞纳金或吊销驾照',
    en: 'A text says you owe a road toll, congestion charge or parking fine, with a late fee or licence suspension if you do not pay now',
  },
  weight: 20,
  cues: [{ all: [TOLL, UNPAID], within: 60 }],
  unless: ['auto pay', 'autopay', 'has been charged', 'was charged', 'receipt', 'statement', 'in your account', 'in the app'],
  guards: ['warning'],
  advice: ['check-domain', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      'E-ZPass: you have an unpaid toll of $4.25. Pay now to avoid a $50 late fee.',
      'SunPass final notice: outstanding toll charges on your vehicle.',
      'Your congestion charge has not been paid, a penalty of £180 will be issued.',
      'FasTrak: toll balance overdue, your license will be suspended.',
      'Parking fine outstanding: pay today or the case goes to collections.',
    ],
    negative: [
      'Your Auto Pay account has been charged £15 for the congestion charge.',
      'The toll road was busy this morning.',
      'Your E-ZPass statement is ready in your account.',
      'Toll agencies never text you a link to pay.',
      'We paid the parking fee at the machine.',
    ],
  },
});
