import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'extract.card-details',
  stage: 'extraction',
  description: {
    zh: '索要或让您在页面填写银行卡号、安全码（CVV）、有效期、银行账户信息或密码',
    en: 'Asks for, or has you enter, your card number, CVV, expiry date, bank details or password',
  },
  weight: 40,
  cues: [
    // The request grammar (../lexicon.ts): give / tell / confirm / enter × card, bank details or password.
    { request: { act: ['act.give', 'act.tell', 'act.confirm', 'act.enter'], object: ['obj.card', 'obj.password'] } },
  ],
  // Card talk that is not a request: a store's checkout, a card that expired, a lost card.
  // Not 'in the app' (it was here): the brand's own app is `ordinary` below, whose `but` keeps an ask made beside it ("Reply with
  // your card number and CVV, or update it in the app" read safe 0 through the unless).
  unless: ['expired', 'was declined', 'lost my', 'stolen', 'we accept', 'accepted', 'checkout',
    'account settings', 'in settings', 'your settings', 'your account page',
    // A household password is no credential to a bank or a shop.
    'wifi', 'wi-fi', 'hotspot', 'router'],
  // The brand's OWN way in, named (ncfp16 kind G, newcomer16's ob1/ob4/ob5: "update your payment method in the Netflix app or at
  // netflix.com/youraccount", "update your bank details in the My Vodafone app", read scam 80 / suspicious 40): a failed payment's
  // notice sends the reader to the app they already have or to the account page of the brand's own site (the link checker's
  // official domains are no link entity here, src/pipeline/step.ts), so its sentence is no ask — unless the turn sends a link of
  // anyone else's, gives a number to call or text, or hands the details to a person (reply, tell, read, give, send, an agent,
  // a download).
  ordinary: {
    words: ['app', '/account', '/youraccount', '/yourpayments', '/payments', '/payment', '/billing', '/subscription',
      '/membership', '/settings', '/wallet', 'account page', 'account settings'],
    but: ['reply', 'text us', 'text back', 'by text', 'call us', 'call me', 'call this', 'tell', 'read', 'give', 'send', 'sent',
      'agent', 'caller', 'support team', 'our team', 'representative', 'officer', 'whatsapp', 'telegram', 'download', 'install',
      'link', 'click', 'tap here', 'here:', 'remote', 'anydesk', 'teamviewer', 'gift card', 'pin', 'one-time', 'code', 'passcode',
      'compromised', 'locked', 'suspended', 'closed', 'frozen', 'fraud team', 'security team'],
    butEntities: ['url', 'phone'],
  },
  guards: ['warning'],
  // The brand's own app and site in one breath ("update your payment details in the Netflix app or at netflix.com"): guard16 O1.
  ownSite: true,
  advice: ['never-share-card', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      'PayPal: your account is limited. Confirm your card number and CVV at paypal-secure-check.com to restore access.',
      'Please confirm your bank details so we can send the refund.',
      'To process the refund I need the last four digits of your credit card and the expiry date.',
      'Can I have the card number so I can reverse the charge?',
      'Enter your card details on the form to release the payment.',
      'Read me the security code on the back of your card.',
      'Tell me your online banking password so I can cancel the order.',
    ],
    negative: [
      'We will never ask for your card number or CVV by text or email.',
      'Do not give your bank details to anyone who calls you.',
      'My credit card expired last month.',
      "What is the wifi password at grandma's house?",
      'I gave them my card number yesterday and now there is a charge.',
      'Scammers may ask you to confirm your bank details. Hang up.',
      'We accept all major credit cards at checkout.',
    ],
  },
});
