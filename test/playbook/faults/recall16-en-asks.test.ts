/**
 * recall16 kinds R4, R5 (session 16, English one-message money asks read safe 25 with extract.money-request alone).
 *  - R4: "new phone who dis" as the opener of a money ask ("new phone who dis. can you send me $200 for rent, will pay back", the
 *    brief's known miss): contact.new-number read "new phone" only as "my new phone", "from a new phone", "it's me, new phone";
 *    now 'new phone who' / 'new phone, who' too, so the ask is the "Hi Mum" pair (scam 75). The meme with no ask stays safe.
 *  - R5: the bank's fraud check waved away in advance ("Ignore the fraud alert from your bank, it is a mistake. Just transfer the
 *    money to the new account now", the brief's known miss; "Your bank may flag this as fraud, ignore it and send the payment"):
 *    cover.secrecy (en) now reads ignore / disregard / approve it anyway / tell them you know the person near the bank's alert,
 *    flag, block or call. The bank's correction of its own alert, advice never to ignore one, a cardholder's own alert told stay
 *    safe. Left: "Ignore the fraud warning…" (the word "fraud warning" makes the sentence a warning for the guard; reads safe).
 * With the text model and with the rules alone.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const caught = (tactic: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `flagged: ${t}`, input: sms(t), expect: 'scam', tactics: [tactic] }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `safe: ${t}`, input: sms(t), expect: 'safe' }));

describe('recall16 kind R4: "new phone who dis", then money (scam)', () => {
  runWithAndWithoutModel(caught('contact.new-number', [
    "new phone who dis. can you send me $200 for rent, will pay back",
    "new phone, who dis? mom i need $150 for my phone bill, can you send it now",
    "hey new phone who this, its jake. can you venmo me $80 till friday",
    "new phone who dis lol. dad its me, can you transfer $300 to my friend's account",
    "New phone, who's this? Just kidding mum it's Emma, can you lend me £250 until payday",
    "new phone who dis 😂 its me sis, send $120 to this cashapp pls",
    "new phone who is this? jk its your grandson, I need $500 for a bus ticket home, can you wire it",
    "new phone who dis. need you to pay a $400 bill for me today, I'll pay you back",
    "new phone who dis? it's Mike, can you send me $60 on Zelle for gas",
    "new phone, who dis. mom can you buy me a $100 Google Play card and send me the code",
  ]));
});

describe('recall16 kind R4: "new phone who dis" with no ask (safe)', () => {
  runWithAndWithoutModel(safe([
    "lol new phone who dis, see you at dinner",
    "new phone who dis? jk it's Sam, save this number",
    "new phone who dis, just kidding, running 10 min late",
    "new phone who this? haha it's me, text me the address for Saturday",
    "new phone who dis, got the iPhone finally, call you tonight",
    "new phone who dis 😂 mom it's me, the old one died, I'll be home at 6",
    "new phone, who's this? oh hi Aunt Jo, thanks for the birthday card",
    "new phone who dis. kidding, thanks for the $50 you sent, love you",
    "new phone who dis, it's Dan from soccer, practice moved to 5pm",
    "new phone who dis? it's me, I paid you back the $40 for the tickets",
  ]));
});

describe("recall16 kind R5: the bank's fraud alert waved away, then money (scam)", () => {
  runWithAndWithoutModel(caught('cover.secrecy', [
    "Ignore the fraud alert from your bank, it is a mistake. Just transfer the money to the new account now.",
    "Your bank may flag this as fraud, ignore it and send the payment to the account below",
    "If your bank calls about this transfer, tell them you know the person and ignore their warning. Send the $2,500 today.",
    "The bank will probably block the payment. Ignore the alert and approve it, then wire $4,000 to the escrow account.",
    "Your bank might flag the transfer, just approve it anyway and send the $1,800 deposit to our account.",
    "When the bank texts you asking if this is you, click approve and transfer the $3,000 to the safe account.",
    "Disregard any fraud alert from your bank, they block everything. Wire the $5,000 to the account I gave you.",
    "The bank will ask questions, tell them you know the person. Send $2,000 to this account today.",
    "Your bank will flag the transfer. Dismiss the alert and send the $700 to the new account.",
    "Ignore the alert on your banking app, it's just a glitch. Send the $900 fee now so we can release your parcel.",
  ]));
});

describe("recall16 kind R5: the bank's own alerts, corrections and advice (safe)", () => {
  runWithAndWithoutModel(safe([
    "Please ignore the fraud alert we sent earlier, it was sent in error. No action is needed.",
    "Never ignore a fraud alert from your bank. If a caller tells you to, hang up.",
    "If you made this purchase, you can ignore this fraud alert.",
    "Don't ignore your bank's warning: if they flag a payment, call the number on your card.",
    "Our system sent a fraud alert by mistake. Please disregard it. We apologise.",
    "I got a fraud alert from my bank about a payment I didn't make, so I froze my card.",
    "The bank will flag any large transfer for a quick check; that is normal.",
    "My bank flagged my Amazon order, I called them and approved it.",
    "If your bank calls about a transfer you did not make, tell them right away.",
    "Ignore the spam, the fraud alert from the bank was real and they stopped the payment.",
  ]));
});
