import { defineTactic } from '../../schema.ts';
import { BRANDS, COURIERS, SHOPS } from '../terms.ts';

/** Ways a caller introduces themselves as someone's agent. */
const CLAIMS = [
  'calling from', 'calling you from', 'this is', 'i am from', "i'm from", 'we are from', "we're from",
  'i am with', "i'm with", 'here from', 'on behalf of', 'representative from', 'agent from', 'officer from',
  'technician from', 'speaking from', 'my name is',
];

/** Who is claimed: a brand, a shop or marketplace, a courier (../terms.ts). */
const COMPANIES = [...BRANDS, ...SHOPS, ...COURIERS];
/** A company named, then its service desk: "eBay Support:", "Temu after-sales", "DHL claims team". Not a bare bank. */
const NAMED = COMPANIES.filter((c) => c !== 'bank' && c !== 'your bank' && c !== 'the bank');
const DESKS = [
  'support', 'customer service', 'customer care', 'customer support', 'customer services', 'after-sales', 'after sales',
  'aftersales', 'after-sale', 'refund team', 'refunds team', 'refund department', 'refund center', 'refund centre',
  'claims team', 'claims department', 'claims center', 'claims centre', 'compensation team', 'compensation department',
  'service team', 'care team', 'help desk', 'helpdesk', 'seller support', 'buyer protection', 'security team',
  'fraud team', 'billing team', 'service center', 'service centre',
];

export default defineTactic({
  id: 'contact.impersonation',
  stage: 'contact',
  description: {
    zh: '对方自称购物平台或快递公司（亚马逊、eBay、速卖通、Shopee、Temu、Lazada、DHL…）、PayPal、微软、苹果或银行的客服、售后、"反欺诈部门"或"退款部门"',
    en: 'The caller claims to be the support, after-sales, "fraud department" or "refund department" of a shop or courier (Amazon, eBay, AliExpress, Shopee, Temu, Lazada, DHL…), PayPal, Microsoft, Apple or a bank',
  },
  weight: 10,
  cues: [
    // "This is Mark calling from Amazon": the claim, not someone merely naming a company.
    { all: [CLAIMS, COMPANIES], within: 40, ordered: true },
    // "eBay Support: your order…", "I am calling from Temu after-sales": the company and its desk.
    { all: [NAMED, DESKS], within: 12, ordered: true },
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
    // The desk named as where to turn, not who writes: "contact Temu customer service in the app".
    'please contact', 'you can contact', 'contact the', 'reach out to', 'in the app', 'through the app', 'via the app',
    'help center', 'help centre', 'thanks for contacting', 'thank you for contacting',
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
      "Hi dear, I'm from AliExpress customer care. Your package got lost in transit.",
      'Hi, this is Mia from Shopee customer service.',
      'Hello this is Lazada support, your parcel is lost.',
      'eBay Support: Your order was cancelled due to a quality issue.',
      'Hello, I am calling from Temu after-sales.',
      'This is Shein customer service about your recent order.',
      'This is Walmart after-sales, your TV was damaged in transit.',
      "I'm calling from JD customer care about your package.",
      'Taobao customer service: your order failed the quality inspection.',
      'DHL claims team: your parcel was damaged in transit.',
    ],
    negative: [
      'Your Amazon refund of $23.99 has been processed to your original payment method.',
      'I called Amazon support through the app and they fixed my order in five minutes.',
      'Be careful: people pretending to be from Microsoft call older folks every week.',
      'Is this the right charger for my Apple laptop?',
      'My brother works at a bank downtown, he starts at eight.',
      'PayPal will never ask you for your password.',
      'I ordered a new phone case from Amazon last night.',
      'I bought a dress on Shein and it arrived today.',
      'If your parcel is late, please contact Temu customer service in the app.',
      'Lazada: your parcel is out for delivery.',
      'eBay Customer Service: Thanks for contacting us. Your case is closed.',
      'The DHL van came at noon.',
    ],
  },
});
