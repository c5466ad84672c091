/**
 * Whole-engine cases for issue 8 §1 item 9 (the request grammar in the English pack, card + CVV on an
 * outside site, parcel-fee pretexts) and item 5 in English (advisories whose negation is in the
 * previous sentence): the inputs and siblings of our own writing, positives and hard negatives.
 */
import type { PlaybookCaseDef } from '../schema.ts';

export const enRequestCases: PlaybookCaseDef[] = [
  { name: '§9 issue: PayPal limited, card number and CVV on an outside site', channel: 'sms', text: 'PayPal: your account is limited. Confirm your card number and CVV at paypal-secure-check.com to restore access.', expect: 'scam' },
  {
    name: '§9 issue: refund story, then full name, address and the last four digits',
    channel: 'call',
    text: [
      'caller: Hi, this is Amazon customer service, we owe you a refund for your Prime membership.',
      'user: Oh, okay.',
      'caller: To process the refund I need your full name, address, and the last four digits of your credit card.',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: '§9 issue: refund story, then "verify some information to process the refund"',
    channel: 'call',
    text: [
      'caller: Hello, the company is closing and you are eligible for a refund of your subscription.',
      'caller: I just need to verify some information to process the refund.',
    ].join('\n'),
    expect: 'scam',
  },
  { name: '§9 issue: "confirm your bank details"', channel: 'call', text: "caller: Hello, I'm calling from Microsoft about your refund.\ncaller: Please confirm your bank details so we can send the money.", expect: 'not-safe' },
  { name: '§9 sibling: redelivery fee on a look-alike site', channel: 'sms', text: 'USPS: your package could not be delivered. Pay the $1.99 redelivery fee at usps-redelivery.top to reschedule.', expect: 'not-safe' },
  { name: '§9 sibling: customs fee before delivery', channel: 'sms', text: 'Your parcel is held at customs. You must pay a customs fee of $3.50 before delivery.', expect: 'not-safe' },
  { name: '§9 sibling: unpaid shipping fee or the parcel returns', channel: 'sms', text: 'Royal Mail: a shipping fee of 2.99 GBP is unpaid. Pay the fee today or the parcel returns to sender.', expect: 'not-safe' },
  { name: '§9 sibling: refund on hold, enter card details behind a link', channel: 'sms', text: 'Your Amazon refund of $89.99 is on hold. Click the link https://amazon-refund-desk.top and enter your card details to release it.', expect: 'scam' },
  { name: '§9 sibling: update the payment method on a look-alike site', channel: 'sms', text: 'Netflix: your payment was declined. Update your payment method at netflix-billing-help.com to avoid suspension.', expect: 'not-safe' },
  { name: '§9 sibling: "tell me the code we sent" to unlock iCloud', channel: 'call', text: 'caller: This is Apple support. Your iCloud is locked.\ncaller: Tell me the verification code we sent to unlock it.', expect: 'not-safe' },
  { name: '§9 sibling: a small processing fee to release the refund', channel: 'call', text: 'caller: We owe you a refund of $400.\ncaller: To release your refund you need to pay a small processing fee.', expect: 'scam' },
  { name: '§9 hard negative: refund issued to the original payment method', channel: 'sms', text: 'Amazon: Your refund of $23.99 has been issued to your original payment method. It may take 3-5 business days.', expect: 'safe' },
  { name: '§9 hard negative: bank one-time code with a warning', channel: 'sms', text: "Chase: Your one-time code is 482913. Don't share it. Chase will never call you to ask for this code.", expect: 'safe' },
  { name: '§9 hard negative: parcel out for delivery', channel: 'sms', text: 'DHL: your parcel is out for delivery today between 10:00 and 12:00.', expect: 'safe' },
  { name: '§9 hard negative: payment method updated', channel: 'sms', text: 'Your Netflix payment method was updated successfully.', expect: 'safe' },
  { name: '§9 hard negative: a bill with a late fee', channel: 'sms', text: 'Reminder: your electricity bill is due Friday. Pay your bill by Friday to avoid a late fee.', expect: 'safe' },
  { name: '§9 hard negative: the user asks about an order and the agent asks for its number', channel: 'chat', text: 'user: Hi, I want to check my order status.\ncaller: Sure, can I have your order number?', expect: 'safe' },

  { name: '§5 en: advisory, then "if someone asks you to read out the code"', channel: 'text', text: 'Amazon will never ask you for a verification code. If someone asks you to read out the code, hang up.', expect: 'safe' },
  { name: '§5 en: advisory, then "if a caller asks you to install AnyDesk or give your card number"', channel: 'text', text: 'Microsoft will never call you about a virus. If a caller asks you to give your card number, it is a scam.', expect: 'safe' },
  { name: '§5 en: advisory, then what scammers may ask', channel: 'text', text: 'PayPal will never ask for your card number or CVV by email. Scammers may ask you to confirm your bank details.', expect: 'safe' },
  { name: '§5 en: a scammer quoting the advisory, then asking anyway', channel: 'call', text: 'caller: Amazon will never ask for this normally. But read me the code you just received now.', expect: 'not-safe' },
];
