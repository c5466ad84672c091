/**
 * recall17 (session 17) kind D, English: (1) the imperative with the thing first and the receiver after read as no request.
 * en act.give knew "give me / send us / give him" and act.tell "tell me / tell him", not "give your …", "send your …", "email
 * your …" nor "tell our advisor": "Give your bank details to our agent when he calls" safe 0 -> suspicious 40, "send your bank
 * details and sort code by text" 0 -> 69, "Tell our advisor your card number and security code when she rings" 0 -> 69,
 * "Email your online banking login to our support team" 0 -> 40. Now the verb + "your" (give/send/send over/text/email/pass/
 * hand over your), "email us/me", "give/send her/them", and "tell her/them/our/the agent/the officer/the caller/the advisor".
 * (2) The wrong-number opener's investment pitch in other words: pretext.investment's pair += investor, trader, ethereum,
 * futures, my mentor × a day, per day, every day, a month, doubled my ("Sorry, wrong number! … I'm an investor, I can show you
 * how I earn 5% a day" safe 0 -> suspicious 50; "… my mentor taught me gold futures, I doubled my money last month" 0 -> 50;
 * "Sorry wrong person … I'm a trader, I make about 2000 a week" 0 -> 50). Twins: warnings ("Never give your bank details…",
 * "Your bank will never ask you to send your PIN by text"), a past act, everyday "send your photos / text your mum / email your
 * homework / email your CV / give your name at reception / tell our team in a survey", a library card, a real wrong number,
 * a bakery's loaves a day, a gold shop's prices doubled, an investment club. With and without the model.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

describe('recall17 kind D: English hand-over imperatives and the wrong-number pitch', () => {
  runWithAndWithoutModel([
    ...[
      'Give your bank details to our agent when he calls',
      'send your bank details and sort code by text',
      'Tell our advisor your card number and security code when she rings',
      'Email your online banking login to our support team',
      'Please text us your account number and sort code so the refund can be sent',
      'Send over your card details and we will cancel the charge',
      'Pass your card number and expiry date to the officer when he rings you back',
      'Give them your bank details when they call and the compensation will be paid',
      'Tell the agent your online banking password so he can secure your account',
      'Hand over your card details to our courier when he arrives',
    ].map((t): FaultCase => ({ name: `hand-over ask: ${t}`, input: sms(t), expect: 'not-safe', tactics: ['extract.card-details'] })),
    ...[
      "Sorry, wrong number! Nice to meet you though. I'm an investor, I can show you how I earn 5% a day",
      'Oops, wrong number. Anyway, my mentor taught me gold futures, I doubled my money last month',
      "Sorry wrong person. You seem nice. I'm a trader, I make about 2000 a week, I could teach you",
      'Is this not Kevin? Sorry! Since we\'re chatting, do you trade? My uncle\'s platform gives 3% per day',
    ].map((t): FaultCase => ({ name: `wrong-number pitch: ${t}`, input: sms(t), expect: 'suspicious', tactics: ['contact.wrong-number', 'pretext.investment'] })),
    ...[
      'Never give your bank details to anyone who calls you unexpectedly.',
      'Do not give your card number to anyone who calls claiming to be from the bank.',
      'Your bank will never ask you to send your PIN by text.',
      'HMRC will never ask for your bank details by text.',
      'I gave them my card number yesterday and now there is a charge.',
      'Send your photos to grandma, she misses you',
      'Text your mum when you get home',
      'Email your homework to the teacher by Friday',
      'Please email your CV to our recruitment team',
      'Give your name at reception when you arrive',
      'Tell our team what you thought of the service in a quick survey',
      'Pass your library card to the librarian to borrow books',
      "Sorry wrong number! Hope you find who you're looking for.",
      'Our bakery made 200 loaves a day this week',
      'The gold shop near us doubled its prices',
      "We're a small investment club, we meet every month to discuss the news",
    ].map((t): FaultCase => ({ name: `twin safe: ${t}`, input: sms(t), expect: 'safe' })),
  ]);
});
