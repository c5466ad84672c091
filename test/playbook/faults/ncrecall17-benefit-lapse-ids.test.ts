/**
 * ncrecall17 kind 3 (a newcomer's reading, session 17): in English, a benefit, a card, a licence or a cover said to be
 * expiring, paused or suspended — or a "free" medical item through Medicare — and the ID numbers or the date of birth
 * asked back: "Your Medicare card is expiring. Call us back with your Medicare number and date of birth…" safe 0, SSN + DOB
 * for "benefits paused" 20, a DMV licence number + DOB 20, a Medicare number for a "free back brace" 20 at main (no story
 * read: government-threat knows arrests and warrants, not a lapsing benefit; "call us back with" was no act, "license
 * number" no identity). Now pretext.benefit-lapse (src/playbook/en/tactics/pretext.benefit-lapse.ts: a holding — Medicare,
 * benefits, pension, licence, DMV, coverage — within 40 of a lapse word, or free + a medical item + Medicare; weight 10,
 * never with the office's own site, app, counter or a warning), the callback acts (call us back with, reply back with…)
 * and licence/Medicaid numbers in the lexicon: with the numbers asked, en-pretext-then-extraction makes it scam 85.
 * Twins (must not change): Medicare's own card notice with its .gov site, a clinic's and a pharmacy's "bring your card",
 * a plan's member portal, a DMV renewal sent to its own site that lists what you will need, Medicare's warning, an
 * insurer's auto-renewal, a son's licence renewed, a gym's renewal, an insurer's app, a doctor's office: all safe.
 * With the text model and with the rules alone.
 */
import { describe } from 'vitest';
import { callerCall, runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const scam = (texts: string[]): FaultCase[] =>
  texts.map((t) => ({ name: `scam: ${t}`, input: sms(t), expect: 'scam', tactics: ['pretext.benefit-lapse', 'extract.personal-details'] }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `safe: ${t}`, input: sms(t), expect: 'safe' }));

describe('ncrecall17 kind 3: a benefit or licence lapsing, and the ID numbers asked back', () => {
  runWithAndWithoutModel([
    ...scam([
      // the brief's inputs
      'Your Medicare card is expiring. Call us back with your Medicare number and date of birth to get a new one.',
      'Your Social Security benefits have been paused. Reply with your SSN and date of birth to restore them.',
      "DMV notice: your driver's license will be suspended. Send us your license number and date of birth to keep it active.",
      'Congratulations, you qualify for a free back brace through Medicare. Just confirm your Medicare number to ship it.',
      // siblings of our own
      'Your health insurance will be cancelled today unless you verify your policy number and date of birth with us.',
      'Medicare alert: your benefits will be suspended on Friday. Text us back with your Medicare number and date of birth to keep them.',
      'SSA: your Social Security payments are on hold. Please confirm your SSN and date of birth by replying to this message.',
      'Your Medicaid coverage will be terminated this month. Call us with your Medicaid number and date of birth to renew.',
      'Your driving licence has expired. Reply with your licence number and date of birth to avoid a fine.',
      'You are eligible for a free diabetic testing kit at no cost to you through Medicare. Please provide your Medicare number and full name.',
      'Hi, this is the benefits office. Your disability payments have been stopped. I need your social security number and date of birth to restart them.',
      'Your pension has been paused due to missing records. Give us your national insurance number and date of birth.',
      'Your vehicle registration is expiring. Reply with your driver license number and home address to renew.',
      'We are updating Medicare cards. Your current card will be deactivated. Confirm your Medicare number and date of birth with our agent.',
    ]),
    {
      name: 'scam call: the Medicare card expiring, then the number asked',
      input: callerCall('Hello, I am calling from Medicare. Your Medicare card is expiring this month.', 'To send you the new card I just need your Medicare number and your date of birth.'),
      expect: 'scam',
    },
    ...safe([
      'Your new Medicare card is in the mail. Log in to your account at medicare.gov to view your benefits.',
      'Reminder: your appointment at Riverside Clinic is on Monday at 10am. Please bring your insurance card and photo ID.',
      'Your Blue Cross plan documents are ready. Sign in to the member portal to review them.',
      'Your license expires on 05/12. Renew online at dmv.ca.gov; you will need your license number and date of birth.',
      'Medicare will never call to ask for your Medicare number. Hang up if someone says your card is expiring.',
      'Your prescription is ready for pickup at CVS. Please bring your Medicare card.',
      'Your car insurance renews on March 1. No action needed; the premium will be charged to your card on file.',
      'Open enrollment ends Dec 15. Review your health plan options at healthcare.gov.',
      "Hi Mom, my driver's license expired so I renewed it today at the DMV, all good.",
      'Your gym membership is expiring next week. Reply YES to renew at the same price.',
      'Aetna: your coverage ID card has been updated. View it in the Aetna Health app.',
      'The pharmacy needs your date of birth and insurance member ID at pickup.',
      'Your health insurance card expires on 12/31. Your new card will arrive by mail before then.',
      "Dr. Patel's office: your insurance on file has expired. Please update your insurance details at your next visit.",
    ]),
  ]);
});
