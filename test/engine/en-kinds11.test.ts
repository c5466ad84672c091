/**
 * The English pack's open kinds (session 11, conv11), each with its own siblings, our own writing:
 *  1. a job you must pay to start, or whose "HR" is on WhatsApp/Telegram, without the word "fee"
 *     (src/playbook/en/tactics/extract.fee.ts, pretext.job-offer.ts, shift.private-contact.ts);
 *  2. a bank's alert that ASKS whether a transfer was you ("Did you attempt a transfer of $500? Reply Y or N") is
 *     no money request (src/playbook/en/lexicon.ts grammar `self`); a scam that adds a link or asks for the code
 *     still warns;
 *  3. a close family member's loss told by the user ("My son Jake was scammed out of $800, what do I do") is the
 *     family's emergency, as in the Chinese playbook (extract.user-paid: bank stop-payment and the police first).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';

const sms = (text: string) => analyze({ channel: 'sms', turns: [{ speaker: 'caller', text }] });
const said = (text: string) => analyze({ channel: 'text', turns: [{ speaker: 'user', text }] });

describe('a job you pay to start, or whose HR is on a private app', () => {
  const scams = [
    'Congratulations, you have been selected for our remote data entry role. A small deposit is required to start, contact our HR on WhatsApp.',
    'Hi! We reviewed your profile and would like to offer you a work-from-home position. Please pay for your training kit ($89) before your first day.',
    'You are hired as a remote product reviewer, $300 per day. To activate your work account please make a $50 refundable deposit.',
    "We're hiring! Flexible hours, no experience needed. To secure your place, purchase the starter equipment from our approved supplier first.",
    'Recruiter here: to begin your remote job you must pay a small onboarding charge for the company laptop, it will be refunded with your first salary.',
    "You've been selected for a part-time home job. Buy the starter kit for $65 before you start.",
  ];
  for (const text of scams) it(`scam: ${text}`, () => expect(sms(text).verdict).toBe('scam'));

  const moves = [
    'Your application for the online assistant job is approved. Contact our HR manager on Telegram to receive your onboarding and equipment.',
    'Amazon Recruiting: you qualify for a part-time home job. Message our HR team on WhatsApp +1 555 0100 to start today.',
    'You have been selected for a remote customer support role. Please text our recruiter on Telegram for the next steps.',
  ];
  for (const text of moves) it(`flagged: ${text}`, () => expect(sms(text).verdict).not.toBe('safe'));

  const legit = [
    'Thank you for interviewing. Our recruiter will follow up by email with the official offer letter and your start date.',
    'Hi Sam, reminder: your first shift at the warehouse starts Monday 8am. Bring your ID and bank details for payroll.',
    'Job alert: 3 new Data Analyst roles match your search. View them in the LinkedIn app.',
    'Your new uniform is ready, pick it up from HR on Monday. The cost is deducted from your first paycheck as agreed in your contract.',
    "Hi, it's Jen from the cafe. We'd love you to start Saturday. Can you message me on WhatsApp so I can add you to the staff group?",
    'Welcome to the team! Please complete your tax forms in the employee portal before Friday.',
    'A $200 deposit is required to hold your hotel booking for the conference.',
    'Your laptop for the new role is provided by the company and will arrive on Tuesday.',
    'Training starts at 9am on Monday, lunch is provided. See you there!',
    'Reminder: the gym membership deposit is refundable when you cancel.',
  ];
  for (const text of legit) it(`safe: ${text}`, () => expect(sms(text).verdict).toBe('safe'));
});

describe("a bank's alert that asks whether a transfer was you", () => {
  const alerts = [
    'Did you attempt a transfer of $500? Reply Y or N',
    'BofA Alert: Did you attempt a transfer of $500? Reply Y or N. If it was not you, we will block your card.',
    'Wells Fargo Fraud Alert: Did you attempt a Zelle payment of $750.00 to J SMITH on 11/30? Reply YES or NO. To opt out reply STOP.',
    'Chase: We noticed a transfer of $1,200.00 from your checking account. Was this you? Reply Y or N.',
    'Capital One: Did you make a $500 wire transfer today? Reply Y if yes, N if no. We will never ask for your PIN.',
    'Citi Alert: Did you authorize a payment of $89.99 to STEAM? Reply 1 for yes, 2 for no.',
    'TD Bank: Did you send $300 with Interac e-Transfer to M. Lee? Reply YES to confirm or NO to decline.',
    "Your bank: did you just transfer $2,000 to a new payee? If this wasn't you, reply N and we will freeze the transfer.",
    'Have you tried to send $1,000 to a new account today? Reply YES or NO.',
    'We detected a withdrawal of $400 at an ATM in Denver. Was this you? Reply Y or N.',
  ];
  for (const text of alerts) it(`safe: ${text}`, () => expect(sms(text).verdict).toBe('safe'));

  const scams: [string, 'scam' | 'flagged'][] = [
    ['Chase Fraud: Did you attempt a transfer of $500? If not, reply with the 6 digit code we sent you to cancel it.', 'scam'],
    ['BofA Alert: Did you attempt a transfer of $500? If it was not you, cancel it at bofa-secure-verify.com', 'flagged'],
    ['Wells Fargo: Did you attempt a Zelle payment of $950? If not, call our fraud team now at 1-888-555-0142.', 'flagged'],
    ['Navy Federal: did you attempt a $620 transfer? If not, visit navyfed-secure.help to stop the transfer.', 'flagged'],
  ];
  for (const [text, want] of scams) {
    it(`${want}: ${text}`, () => {
      const v = sms(text).verdict;
      if (want === 'scam') expect(v).toBe('scam');
      else expect(v).not.toBe('safe');
    });
  }

  it('a call that asks for the code after the same question is a scam', () => {
    const r = analyze({ channel: 'call', turns: [
      { speaker: 'caller', text: 'This is the Chase fraud department. Did you attempt a transfer of $500 to Mark Davis?' },
      { speaker: 'user', text: "No, I didn't." },
      { speaker: 'caller', text: 'OK, to stop it I need you to read me the code we just sent to your phone.' },
    ] });
    expect(r.verdict).toBe('scam');
  });
  it('a "fraud team" that then moves the balance to a new account is a scam', () => {
    const r = analyze({ channel: 'call', turns: [
      { speaker: 'caller', text: "This is your bank's fraud team. Someone attempted a transfer of $4,000 from your account." },
      { speaker: 'user', text: 'Oh no, what do I do?' },
      { speaker: 'caller', text: 'To protect your money you need to move your balance to a new secure account we set up for you. Transfer the funds now.' },
    ] });
    expect(r.verdict).toBe('scam');
  });
});

describe("a close family member's loss told by the user", () => {
  const losses = [
    'My son Jake was scammed out of $800, what do I do',
    'my daughter got scammed by someone pretending to be Amazon, she sent them $1200 in gift cards',
    'Help, my brother was conned out of his savings by a fake crypto site',
    'Our son was defrauded of $3,000 by a "landlord" on Facebook, what now?',
    'They scammed my sister out of $600 with a fake parcel text',
    'My grandson was scammed out of $2,000 by someone posing as the bank, how do we stop the payment?',
  ];
  for (const text of losses) {
    it(`the emergency: ${text}`, () => {
      const r = said(text);
      expect(r.verdict).toBe('scam');
      expect(r.tactics.map((t) => t.id)).toContain('extract.user-paid');
      expect(JSON.stringify(r.advice[0])).toMatch(/stop the payment/);
    });
  }
  const told = [
    'My neighbour was scammed out of $800 last year, so be careful',
    'My son is learning about scams at school this week',
    'I bought my son a Steam gift card for his birthday',
    'My daughter sent me a photo of the cat',
    'A colleague of mine got scammed out of $500 last month',
    'My son almost got scammed but he hung up in time',
  ];
  for (const text of told) it(`no loss reported: ${text}`, () => expect(said(text).verdict).toBe('safe'));
});
