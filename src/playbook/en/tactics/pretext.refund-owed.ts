import { defineTactic } from '../../schema.ts';
import { REMOTE_TOOLS } from '../terms.ts';

export default defineTactic({
  id: 'pretext.refund-owed',
  stage: 'pretext',
  description: {
    zh: '主动来电说"欠您一笔退款"：订阅/会员退费、技术支持公司倒闭退款、未领取的退款',
    en: 'Calls out of the blue to say you are owed a refund: a subscription or membership, a tech-support company closing down, an unclaimed refund',
  },
  // Low: real shops do tell you about refunds; this only matters with what comes next.
  weight: 12,
  cues: [
    {
      any: [
        'owe you a refund', 'eligible for a refund', 'entitled to a refund', 'qualify for a refund',
        'qualified for a refund', 'approved for a refund', 'refund for your subscription', 'refund of your subscription',
        'refund for your membership', 'refund of your membership', 'company is closing', 'company is shutting down',
        'gone out of business', 'went out of business', 'has closed down', 'company closed down', 'company has closed',
        'going out of business', 'service has been discontinued', 'we are discontinuing', 'unused portion',
        'unclaimed refund', 'pending refund', 'refund is waiting', 'refund is pending', 'owe you money',
        'owes you', 'owes you a refund', 'calling from the refund', 'calling about your refund', 'from the refund department',
        'refund department about', 'refund team about',
      ],
    },
    {
      all: [
        ['refund', 'refunds', 'reimbursement', 'compensation', 'money back', 'amount back', 'full amount back'],
        ['owe', 'owes', 'owed', 'eligible', 'entitled', 'due to you', 'unclaimed', 'waiting for you', 'you qualify', 'is waiting',
          'awaits you',
          'you have qualified', 'you are getting'],
      ],
      within: 40,
    },
    // A refund and a remote-access tool side by side: the refund is the tech-support scam's story
    // ("Your refund is ready. Please download AnyDesk so our technician can process it.").
    { all: [['refund', 'refunds', 'refunded', 'reimbursement', 'money back', 'refund process'], REMOTE_TOOLS], within: 60 },
    // The same with the app unnamed: installing "a remote support app" to get a refund or stop a charge.
    { request: { act: ['act.install'], object: ['obj.remote-app'] }, context: ['ctx.refund'] },
  ],
  unless: ['i am owed', "i'm owed", 'i was owed', 'we owe them', 'return the item', 'returned item', 'once we receive'],
  guards: ['warning'],
  advice: ['refund-never-needs-payment', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      "Hi ma'am, I'm with the refund team at Amazon, we owe you a refund of $299 for your Prime membership.",
      'Our tech support company is closing down, so you are eligible for a refund of $399.',
      'You have an unclaimed refund of $189.99 waiting for you.',
      'Good news sir, you qualify for a refund for the unused portion of your antivirus plan.',
      'We are discontinuing the computer maintenance service and owe you money back.',
      'Congratulations, you have been approved for a refund of $500 from your internet provider.',
      'Your refund is ready. Please download AnyDesk so our technician can process it.',
    ],
    negative: [
      'We will refund your purchase within 5 to 7 business days once we receive the item.',
      'Your Amazon refund of $23.99 has been processed to your original payment method.',
      'I think I am owed a refund for that broken blender.',
      'Refunds usually take 3 to 5 business days.',
      'Refund scams: never install AnyDesk or TeamViewer for a caller.',
      'The store does not give money back on sale items.',
      'Keep your receipt in case you want to return it.',
    ],
  },
});
