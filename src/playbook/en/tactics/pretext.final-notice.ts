import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'pretext.final-notice',
  stage: 'pretext',
  description: {
    zh: '"最后通知"：水电马上停供、服务将被终止、延保即将过期、"一直联系不上您"',
    en: 'A "final notice": power or water cut off within the hour, a service terminated, an extended warranty expiring, "we\'ve been trying to reach you"',
  },
  // Real utilities write weeks ahead and never demand payment within the hour; with a callback or
  // a link it is the scam's pressure (composites).
  weight: 20,
  cues: [
    {
      any: [
        'extended warranty', 'coverage expires', 'warranty expires', 'warranty is about to expire', 'final attempt to reach',
        'last attempt to reach', 'trying to reach you about', 'will be cut off', 'will be disconnected', 'disconnected in',
        'cut off today', 'supply will be', 'service will be terminated', 'will be terminated today', 'account will be closed',
        'disconnection notice',
      ],
    },
  ],
  unless: ['planned outage', 'maintenance', 'no action needed', 'no action is needed', 'in the app', 'direct debit'],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app', 'check-domain'],
  examples: {
    positive: [
      'We have been trying to reach you about your car\u2019s extended warranty.',
      'Your power will be disconnected in 30 minutes unless you pay now.',
      'Final notice: your water supply will be cut off today.',
      'This is our final attempt to reach you before your coverage expires.',
      'Your internet service will be terminated today due to an unpaid balance.',
    ],
    negative: [
      'Planned outage in your area on Friday 9am to 1pm for maintenance. No action needed.',
      'Your bill will be collected by direct debit on 5 December.',
      'The phone got cut off, I\u2019ll call you back.',
      'Fake final notices threatening to cut off your power are a scam.',
      'Your warranty covers parts and labour for two years.',
    ],
  },
});
