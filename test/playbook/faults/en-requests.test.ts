/**
 * Issue 8 §1.9 / §1.5 in English: the request grammar (act × object, "confirm / read out / type in /
 * give me" × "card number / CVV / routing number / SSN / login / one-time code / PIN"), the moves
 * (remote tools, gift cards, wire / Zelle / crypto ATM, "stay on the line"), and the frames that make
 * a request an example instead (negation, also in the previous sentence, warnings, advisories).
 * The kind is recognised, not just the verdict: `tactics` must be among the evidence. Our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { runCase, why, type FaultCase } from './helpers.ts';

const call = (...lines: string[]) => ({ channel: 'call' as const, turns: lines.map((l) => ({ speaker: (l.startsWith('user: ') ? 'user' : 'caller') as 'user' | 'caller', text: l.replace(/^(user|caller): /, '') })) });
const REFUND = 'caller: Hi, this is the refund team at Amazon, we owe you $129 back for your Prime membership.';

const REQUESTS: FaultCase[] = [
  { name: 'confirm × card number', expect: 'scam', tactics: ['extract.card-details'], input: call(REFUND, 'caller: Please confirm the card number you want the money on.') },
  { name: 'read out × CVV', expect: 'scam', tactics: ['extract.card-details'], input: call(REFUND, 'caller: Now read out the three digits of the security code on the back.') },
  { name: 'give me × routing number', expect: 'scam', tactics: ['extract.card-details'], input: call(REFUND, 'caller: Give me your routing number and account number so I can deposit it.') },
  { name: 'provide × SSN', expect: 'scam', tactics: ['extract.personal-details'], input: call(REFUND, 'caller: To verify you I need you to provide your social security number.') },
  { name: 'type in × one-time code', expect: 'scam', tactics: ['extract.verification-code'], input: call(REFUND, 'caller: Type in the one-time code from your text message in the chat box for me.') },
  { name: 'tell me × PIN', expect: 'scam', tactics: ['extract.card-details'], input: call(REFUND, 'caller: What is the PIN for that debit card?') },
  { name: 'log in to your bank so I can send the refund', expect: 'scam', tactics: ['extract.online-banking'], input: call(REFUND, 'caller: Log in to your bank account now so I can send the refund while we are connected.') },
  { name: 'download AnyDesk / UltraViewer', expect: 'scam', tactics: ['shift.remote-access'], input: call(REFUND, 'caller: Download UltraViewer and give me the ID on your screen.', 'caller: Now enter your card number in the form I opened.') },
  { name: 'buy gift cards', expect: 'scam', tactics: ['extract.gift-cards'], input: call(REFUND, 'caller: We sent too much. Buy three Google Play cards and read me the codes.') },
  { name: 'Zelle the difference back', expect: 'scam', tactics: ['extract.transfer'], input: call(REFUND, 'caller: Oops, I refunded $1,290. Please Zelle the difference back to our refund account.') },
  { name: 'crypto ATM', expect: 'scam', tactics: ['extract.transfer'], input: call(REFUND, 'caller: Take the cash to the Bitcoin ATM at the gas station and scan the code I send.') },
  { name: 'stay on the line, do not tell the bank', expect: 'scam', tactics: ['cover.secrecy'], input: call(REFUND, 'caller: Please send back the extra with Zelle to our account, stay on the line and do not tell the bank what it is for.') },
  { name: 'SMS: card and CVV on an outside site', expect: 'scam', tactics: ['extract.card-details'], input: { channel: 'sms', text: 'Apple: your Apple ID is locked. Enter your card number and CVV at appleid-unlock-help.com to restore access.' } },
  { name: 'SMS: renewal, press 1 for a refund', expect: 'not-safe', tactics: ['pretext.unexpected-charge', 'shift.callback'], input: { channel: 'sms', text: 'Your Norton plan will auto-renew today for $399.99. To cancel and get a refund, press 1 or call our billing team.' } },
];

const FRAMES: FaultCase[] = [
  { name: 'Microsoft will never call you', expect: 'safe', input: 'Microsoft will never call you to fix your computer or ask for your card number.' },
  { name: 'this is a scam, quoted request', expect: 'safe', input: 'If someone says "read me the code we just sent you", this is a scam. Hang up.' },
  { name: 'negation in the previous sentence', expect: 'safe', input: 'Your bank will never ask for this. If anyone asks you to read out a one-time code or move money, hang up.' },
  { name: 'advisory then a generic request', expect: 'safe', input: 'PayPal will never ask you for your password. Anyone who asks you to confirm your card details by text is a fraudster.' },
  { name: 'police advisory on safe accounts', expect: 'safe', input: 'Police advice: no bank will ever ask you to transfer your savings to a safe account. If anyone does, it is fraud.' },
  { name: 'FTC gift-card advisory', expect: 'safe', input: 'Only scammers ask you to pay with gift cards. The IRS and Social Security will never do this.' },
  { name: 'OTP notice', expect: 'safe', input: 'Your Amazon code is 551209. Never share it, we will never ask you for it.' },
  { name: 'news report of a refund scam', expect: 'safe', input: 'A 79-year-old lost $20,000 after a caller posing as Amazon asked her to buy gift cards, police said.' },
  { name: 'agent in a call the user made, no code asked', expect: 'safe', input: call('user: Hi, I want to cancel my Norton renewal.', 'caller: Sure, I have cancelled it and the refund goes back to your card in 5 days. We will never ask for your card details.') },
  { name: 'scammer cannot hide behind a warning word', expect: 'scam', input: call('caller: Don\'t trust the scammers, I am the real Amazon refund team and we owe you $300.', 'caller: Now read me the verification code we just sent.') },
  { name: 'a real bank alert pointing to the card', expect: 'safe', input: { channel: 'sms', text: 'Chase: unusual activity on your card ending 4412. If this wasn\'t you, call the number on the back of your card.' } },
];

const MIXED: FaultCase[] = [
  { name: 'English Hi-Mum scam with a Chinese sign-off is read by both', expect: 'scam', input: 'Hi Mum, this is my new number. Can you transfer £500 to this account for my rent today? 谢谢妈妈' },
  { name: 'Chinese refund scam with an English safe-account line', expect: 'scam', input: '我是京东客服，您的订单有质量问题给您退款。Please move your savings to a safe account we opened for you.' },
  { name: 'bilingual real OTP stays safe', expect: 'safe', input: '【工商银行】验证码 448120，请勿泄露。Your ICBC code is 448120, never share it.' },
];

describe('English requests, frames and mixed text (issue 8 §1.5, §1.9)', () => {
  for (const c of [...REQUESTS, ...FRAMES, ...MIXED]) it(`${c.expect}: ${c.name}`, () => { runCase(c); });

  it('other kinds get their own advice, never a link or a number but 110/96110', () => {
    const hiMum = analyze({ channel: 'chat', text: 'Hi Dad, new number. Can you send £400 to this account for my rent? Don\'t tell Mum.' }, { lang: 'en' });
    expect(hiMum.verdict, why(hiMum)).toBe('scam');
    expect(hiMum.advice.join(' ')).toMatch(/number you already had|call them back/i);
    const job = analyze({ channel: 'chat', text: 'Top up your task account with $200 to unlock the next set of tasks and get your commission.' }, { lang: 'en' });
    expect(job.verdict, why(job)).not.toBe('safe');
    expect(job.advice.join(' ')).toMatch(/likes, reviews or "tasks"/);
    const irs = analyze({ channel: 'call', turns: [{ speaker: 'caller', text: 'This is the IRS. A warrant has been issued for your arrest. Pay $2,000 in gift cards today to avoid it.' }] }, { lang: 'en' });
    expect(irs.verdict, why(irs)).toBe('scam');
    expect(irs.advice.join(' ')).toMatch(/Police, courts and tax offices/);
    expect(irs.advice.join(' ')).not.toMatch(/relative, friend|company's own app/);
    for (const r of [hiMum, job, irs]) {
      const text = r.advice.join(' ');
      expect(text).not.toMatch(/https?:|www\.|\.com/);
      for (const n of text.match(/\d{3,}/g) ?? []) expect(['110', '96110']).toContain(n);
    }
  });
});
