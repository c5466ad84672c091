/**
 * guard15 kind E1: English advisories whose stranger is hypothetical or whose negation is said as "nobody legit will"
 * read the example as the ask: "Be careful. Someone may text you that your parcel is held and ask you to pay a small fee
 * at a link. Delete it." scam 85; "PSA from the police: nobody legit will ask you to buy gift cards. …" suspicious 45.
 * The en grammar now reads "nobody legit will", "no real bank will", "no one will ask", "be careful", "beware of" as
 * advisories, and "someone may", "a caller might", "a stranger may" as a generic subject: an example only with an advisory
 * in its sentence or the one before, so a scam's own "Someone may have tried to log in…, reply with the code" stays the ask.
 * Every line is our own writing.
 */
import { describe } from 'vitest';
import { sms, runWithAndWithoutModel as run } from './helpers.ts';

describe('kind E1: English advisories stay clean', () => {
  run([
    { name: 'input: be careful, someone may text you', input: sms('Be careful. Someone may text you that your parcel is held and ask you to pay a small fee at a link. Delete it.'), expect: 'safe' },
    { name: 'input: nobody legit asks for gift cards', input: sms("PSA from the police: nobody legit will ask you to buy gift cards. If a caller says 'pay with Apple gift cards', it's a scam."), expect: 'safe' },
    { name: 'no real bank asks for the code', input: sms('No real bank will ask you to read out a one-time code. Hang up and call the number on your card.'), expect: 'safe' },
    { name: 'beware, someone may say your refund is ready', input: sms('Beware of texts like this: someone may say your refund is ready and ask you to install AnyDesk.'), expect: 'safe' },
    { name: 'no one will ask you to move money', input: sms('No one will ask you to move your savings to a safe account. Someone may call and claim to be the police, but it is never real.'), expect: 'safe' },
    { name: 'watch out for callers', input: sms('Watch out for callers who say your tax refund is waiting and ask for your bank details.'), expect: 'safe' },
    { name: 'a stranger may offer a job', input: sms('Be careful online. A stranger may offer you an easy job liking videos and then ask you to pay a deposit.'), expect: 'safe' },
    { name: 'no genuine company', input: sms('No genuine company will ask you to share your screen to get a refund.'), expect: 'safe' },
    { name: 'no government agency', input: sms('No government agency will ask you to pay a fine with gift cards or crypto.'), expect: 'safe' },
    { name: 'a caller might say your card is blocked', input: sms('Beware of phone scams. A caller might say your card is blocked and ask you to read out your PIN.'), expect: 'safe' },
  ]);
});

describe('kind E1: scams with the same words stay flagged', () => {
  run([
    { name: 'someone may have tried to log in, reply with the code', input: sms('Someone may have tried to log in to your account, so please reply with the code we just sent to secure it.'), expect: 'not-safe' },
    { name: 'someone might be using your card, card and CVV on a site', input: sms('Someone might be using your card, please confirm your card number and CVV at secure-check.com to block it.'), expect: 'scam' },
    { name: 'be careful, your account is at risk, verify at a link', input: sms('Be careful, your account is at risk. Verify your identity at secure-amaz0n.com now.'), expect: 'not-safe' },
    { name: 'an advisory copied, then the card on a look-alike', input: sms('Amazon will never ask for your password. Your refund of 89.99 is ready, confirm your card details at amazon-refunds.help.'), expect: 'scam' },
    { name: 'a refund, bank details', input: sms('You may receive a refund of 89.99, please provide your bank details to process it.'), expect: 'not-safe' },
    { name: 'beware of fakes, then the code', input: sms('This is your bank. Beware of fake calls. To keep your account safe, read me the one-time code we just sent.'), expect: 'not-safe' },
    { name: 'nobody will ask, then the remote app', input: sms('Hi, Microsoft support here. Your PC is infected. Please install AnyDesk now so our engineer can fix it.'), expect: 'not-safe' },
    { name: 'a parcel fee on a link', input: sms('Your parcel is held at customs. Pay the 2.99 fee at royalmail-fees.com within 24 hours or it will be returned.'), expect: 'scam' },
    { name: 'someone could access your account, gift cards', input: sms('Someone could access your account tonight. To protect it, buy two 100 dollar Apple gift cards and send me the codes.'), expect: 'not-safe' },
    { name: 'a stranger may have your details, move your money', input: sms('A stranger may have your bank details. Move your savings to the safe account we give you today.'), expect: 'not-safe' },
  ]);
});
