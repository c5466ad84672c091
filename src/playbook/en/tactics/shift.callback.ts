import { defineTactic } from '../../schema.ts';

/**
 * Callback phishing: an unsolicited "charge" message or robocall that moves you to THEIR phone
 * line ("press 1", "call our billing team"), where the real script starts. A genuine company's
 * notice points to your account or the official app, not to an agent waiting on a number.
 */
export default defineTactic({
  id: 'shift.callback',
  stage: 'shift',
  description: {
    zh: '陌生"扣款通知"要您按1转人工或回拨对方给的电话，由对方"客服"继续操作',
    en: 'An unexpected "charge" notice that tells you to press 1 or call their number, where their "agent" takes over',
  },
  weight: 20,
  cues: [
    { all: [['press 1', 'press one', 'press 9', 'press nine', 'stay on the line to speak'], ['agent', 'representative', 'support', 'cancel', 'dispute', 'not authorize', 'did not make', "didn't make", 'speak']], within: 60 },
    { all: [['call', 'call us', 'call back', 'reach', 'contact'], ['billing team', 'billing department', 'refund department', 'fraud department', 'support line', 'our helpline', 'toll-free', 'toll free', 'this number', 'the number below', 'the number above']], within: 30 },
    { all: [['to cancel', 'to dispute', 'to stop', 'to get a refund', 'for a refund', 'if you did not', "if you didn't"], ['call', 'press 1', 'press one', 'dial']], within: 50 },
    {
      any: [
        'click to call', 'click below to call', 'tap to call', 'call a certified', 'call our certified', 'call a technician',
        'call our technician', 'call an expert', 'call a certified expert', 'speak to a technician', 'call windows support',
        'call microsoft support', 'call apple support', 'call support now', 'call support immediately',
        // A stranger's "call us back today, have your card ready": the callback is where the card is read out.
        'call us back today', 'call back today', 'ring us back today', 'have your card ready', 'have your card in front of you',
      ],
    },
    // "Call Apple Care at 1-888-…", "call 0203 555 0188 today": a number to ring, given in the alarm itself.
    { all: [['call', 'ring', 'dial', 'phone', 'contact'], ['1-800', '1-888', '1-877', '1-866', '1-855', '1-844', '1-833', '+1', '+44', '0800', '0808', '0300', '020', '0203', '0161']], within: 40 },
    { entity: 'phone', near: ['call', 'ring', 'dial', 'phone us', 'contact us', 'helpline', 'hotline', 'toll free', 'toll-free'], within: 30 },
    { all: [['call', 'ring', 'dial', 'contact'], ['immediately', 'right away', 'urgently', 'within 24 hours', 'today to', 'now to']], within: 40 },
  ],
  unless: ['in the app', 'official app', 'on the back of your card', 'number on your statement', 'never ask you to call', 'do not call'],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      'An order for an iPhone 15 was placed on your account. If you did not make this purchase, press 1 to speak to an agent.',
      'Your card was charged $399 for Geek Squad renewal. To cancel, call our billing team today.',
      'This is Amazon. A suspicious charge of $849 was detected. Press one to speak with a representative.',
      'If you didn’t authorize this payment of $299.99, call the number below for a full refund.',
      'Norton subscription renewed for $399.99. To get a refund, dial our toll-free support line.',
      'PayPal invoice: $650 will be debited. If you did not make this purchase call us at the number above.',
      'Press 9 now to dispute this charge.',
      'Call our refund department to cancel the renewal before it goes through.',
    ],
    negative: [
      'If you did not make this purchase, sign in to your account in the app and review your orders.',
      'Questions about a charge? Call the number on the back of your card.',
      'Press 1 to hear your account balance.',
      'I will call you back after lunch.',
      'Amazon will never ask you to call a number to cancel an order.',
      'Your refund of $23.99 has been processed to your original payment method.',
      'Call me when you get home.',
      'To update your delivery preferences, open the official app.',
    ],
  },
});
