/**
 * Session 13 (sms13 kind 2): a bank's alert asking whether the READER made a money movement ("Did you attempt a
 * 1,200.00 USD transfer to a new payee? Reply Y or N.") read the movement asked about as money requested
 * (extract.money-request) beside the charge it asks about (pretext.unexpected-charge): `scam` 85 (the eighth
 * author's w8tl-0276). A question about the reader's own past act asks nothing to be sent: in that sentence the
 * transfer is what happened. Money asked in its own sentence still reads. Every line is our own writing.
 */
import { describe } from 'vitest';
import { sms, runWithAndWithoutModel as run } from './helpers.ts';


describe('kind: a bank asks whether you made a transfer (siblings of our own)', () => {
  run([
    { name: 'a new payee, reply Y or N', input: sms('Northbank alert: Did you attempt a 950.00 GBP transfer to a new payee? Reply Y or N. We will never ask you to move money to a safe account.'), expect: 'at-most-suspicious' },
    { name: 'a wire confirmation', input: sms('Did you initiate a wire transfer of $4,500 today? Reply YES to confirm or NO to decline.'), expect: 'at-most-suspicious' },
    { name: 'a Zelle payment check', input: sms('Harbor Credit Union: Did you send a $300 Zelle payment to J. Smith? Reply Y or N.'), expect: 'at-most-suspicious' },
    { name: 'was this you', input: sms('Was this you? A transfer of $2,000 to an external account was requested. Reply 1 for yes, 2 for no.'), expect: 'at-most-suspicious' },
    { name: 'did you authorize a payment', input: sms('Did you authorize a payment of 89.99 EUR to an online store? Reply Y or N. Msg&data rates may apply.'), expect: 'at-most-suspicious' },
    { name: 'did you make a withdrawal', input: sms('Did you make a cash withdrawal of $600 in Denver? Reply Y if yes, N if not.'), expect: 'at-most-suspicious' },
    { name: 'did you try to send money abroad', input: sms('City Savings: did you try to send 2,000 USD to an account abroad? Reply YES or NO. Do not share codes with anyone.'), expect: 'at-most-suspicious' },
    { name: 'did you approve a transfer', input: sms('Did you approve a transfer of £1,250 from your current account? Reply Y or N.'), expect: 'at-most-suspicious' },
    { name: 'did you set up a new transfer', input: sms('Alert: did you attempt to transfer $750 to savings ending 2231? Reply Y/N.'), expect: 'at-most-suspicious' },
    { name: 'a friend asks about rent', input: sms('Did you send the $400 for rent yet? Landlord asked.'), expect: 'at-most-suspicious' },
    // The scams of the kind: money asked in its own sentence still reads.
    { name: 'the question then the safe account', input: sms('Did you attempt a $900 transfer? Your account is compromised. Transfer your funds to the safe account we give you now.'), expect: 'not-safe' },
    { name: 'bail money asked', input: sms('Grandma it is me, I am in jail. Please send $2,000 for bail today, do not tell mom.'), expect: 'not-safe' },
    { name: 'a new number, money to a new account', input: sms('Hi mum, did you get my message? I lost my phone, this is my new number. Please transfer $800 to this new account for my rent, I will pay you back.'), expect: 'not-safe' },
  ]);
});
