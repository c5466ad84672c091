import { defineTactic } from '../../schema.ts';
import { BRANDS } from '../terms.ts';

/** Ways a caller introduces themselves as someone's agent. */
const CLAIMS = [
  'calling from', 'calling you from', 'this is', 'i am from', "i'm from", 'we are from', "we're from",
  'i am with', "i'm with", 'here from', 'on behalf of', 'representative from', 'agent from', 'officer from',
  'technician from', 'speaking from', 'my name is',
];

export default defineTactic({
  id: 'contact.impersonation',
  stage: 'contact',
  description: {
    zh: '对方自称亚马逊、PayPal、微软、苹果或银行的客服、"反欺诈部门"或"退款部门"',
    en: 'The caller claims to be Amazon, PayPal, Microsoft, Apple or bank support, a "fraud department" or a "refund department"',
  },
  weight: 10,
  cues: [
    // "This is Mark calling from Amazon": the claim, not someone merely naming a company.
    { all: [CLAIMS, BRANDS], within: 40, ordered: true },
    {
      any: [
        'fraud department', 'fraud prevention department', 'fraud prevention team', 'fraud team', 'fraud unit',
        'refund department', 'refunds department', 'refund team', 'refund desk', 'billing department',
        'security department', 'cyber security department', 'technical support department', 'tech support department',
        'amazon support', 'amazon customer service', 'amazon security', 'amazon fraud', 'paypal support',
        'paypal security', 'paypal fraud', 'paypal customer service', 'microsoft support', 'microsoft technical support',
        'microsoft security', 'windows support', 'windows technical support', 'windows security team', 'apple support',
        'apple security', 'apple technical support', 'icloud support', 'geek squad support', 'norton support',
        'mcafee support', 'certified technician', 'senior technician',
      ],
    },
  ],
  unless: [
    'i called', 'i contacted', 'i phoned', 'i spoke to', 'i talked to', 'i chatted with', 'i emailed',
    'pretend to be', 'pretending to be', 'claiming to be', 'claim to be', 'claims to be', 'posing as', 'pose as',
  ],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      "Hello, this is Kevin calling from Amazon customer service about an order on your account.",
      'Good afternoon, I am calling from the PayPal fraud department regarding your account.',
      "Hi, I'm from Microsoft technical support, we have detected a problem with your computer.",
      'This is the refund department, my employee ID is 4471.',
      'Dear customer, this message is from Apple Support: your iCloud has been locked.',
      "Ma'am, my name is David and I'm a senior technician with Windows security team.",
      "We're calling on behalf of Geek Squad regarding your annual membership.",
      "I'm from your bank's security department and I need to verify some transactions.",
    ],
    negative: [
      'Your Amazon refund of $23.99 has been processed to your original payment method.',
      'I called Amazon support through the app and they fixed my order in five minutes.',
      'Be careful: people pretending to be from Microsoft call older folks every week.',
      'Is this the right charger for my Apple laptop?',
      'My brother works at a bank downtown, he starts at eight.',
      'PayPal will never ask you for your password.',
      'I ordered a new phone case from Amazon last night.',
    ],
  },
});
