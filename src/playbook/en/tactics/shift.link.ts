import { defineTactic } from '../../schema.ts';

const GO = ['click', 'tap', 'open', 'visit', 'go to', 'follow', 'press', 'log in at', 'sign in at', 'use'];
const LINK = ['link', 'the link', 'this link', 'website', 'site', 'url', 'page', 'portal', 'form', 'button', 'here', 'below'];
const PURPOSE = [
  'cancel', 'cancellation', 'refund', 'refunds', 'claim', 'stop the charge', 'stop the payment', 'dispute',
  'unlock', 'restore', 'reactivate', 'reinstate', 'unfreeze', 'verify your identity', 'verify your account',
  'update your payment', 'update your billing', 'secure your account', 'avoid', 'reverse',
];

export default defineTactic({
  id: 'shift.link',
  stage: 'shift',
  description: {
    zh: '要您点击对方发来的链接或访问对方给的网站，在那里付款、登录、填写信息或“取消”“解锁”',
    en: 'Tells you to click a link or visit a site they give you and act there (pay, log in, fill in details, cancel or unlock something)',
  },
  weight: 20,
  cues: [
    { all: [GO, LINK, PURPOSE], within: 60 },
    // The request grammar (../lexicon.ts): open / log in / enter × a link or page, next to a refund or unlock word.
    { request: { act: ['act.open', 'act.login', 'act.enter', 'act.confirm'], object: ['obj.link'] }, context: ['ctx.refund'], actor: 'any' },
    {
      all: [
        ['to cancel', 'to stop', 'to dispute', 'to claim', 'to get your refund', 'to receive your refund', 'to unlock',
          'to restore', 'to reactivate', 'to avoid', 'to reverse'],
        ['visit', 'click', 'tap', 'go to', 'log in at', 'open'],
      ],
      within: 25,
    },
    {
      entity: 'url',
      near: ['cancel', 'cancellation', 'dispute', 'claim your refund', 'unlock', 'restore access', 'reactivate',
        'suspended', 'locked', 'stop the charge',
        // Pay-to-release lures (parcel, toll, prize, bill): the link is where the money goes.
        'pay', 'pay now', 'settle', 'to claim', 'claim it', 'claim now', 'claim your', 'claim', 'by entering', 'release', 'reschedule', 'redeliver', 'redelivery',
        'rearrange', 'arrange delivery', 'update your address', 'confirm your address', 'update your details',
        'update your billing', 'update your payment', 'verify your', 'avoid', 'penalty', 'late fee', 'confirm your',
        // A transfer alert's link to stop it (a real alert asks for Y/N or sends you to the app or the number on the card;
        // not "secure your account", which Google's own sign-in alert says beside its own address).
        'stop the transfer', 'cancel the transfer', 'cancel it'],
      within: 40,
    },
  ],
  // A carrier's own card left at the door carries a reference to pay with: the visit was real.
  unless: ['official app', 'in the app', 'never click', 'do not click', "don't click on", 'track your', 'unsubscribe',
    'reference on the card', 'customer service point', 'card was left'],
  guards: ['warning'],
  // The brand's own app and site in one breath ("update your payment details in the Netflix app or at netflix.com"): guard16 O1.
  ownSite: true,
  advice: ['check-domain', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      'To cancel this order, visit amzn-refund-desk.com and enter your details.',
      'Click the link below to claim your refund of $399.99.',
      'PayPal: your account is limited. Tap here to restore access: paypal-resolve-center.net',
      'I am sending you a link now, open it and fill in the cancellation form.',
      'To stop the charge, please go to the website I texted you.',
      'Your Apple ID has been locked, follow this link to unlock it.',
      'Press the button on the page to reverse the payment.',
    ],
    negative: [
      'Tap the link to track your package.',
      'Your Amazon refund of $23.99 has been processed to your original payment method.',
      'Never click links in unexpected texts, open the official app instead.',
      'Here is the link to the photos from the wedding.',
      'Our website has a new look, come and visit!',
      'To unsubscribe from these emails, click here.',
      'Open the page and read the recipe, it is so easy.',
    ],
  },
});
