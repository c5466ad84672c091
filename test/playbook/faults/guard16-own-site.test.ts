/**
 * guard16 (session 16) kind O1: a brand sending the reader to its own app and its own site in one breath read as a phishing
 * link and a card ask (writer13's w13tl-0406 'Netflix: we couldn't process your payment. Please update your payment details in
 * the Netflix app or at netflix.com/account.' scam 80; the first line below). The tactic option `ownSite` (src/playbook/
 * schema.ts, src/match/match.ts ownSiteSentences) on en shift.link and extract.card-details: every link of the turn is the bare
 * name the message calls an app, on a home ending. Look-alikes, risky endings, a second link and links with no app named stay
 * flagged. With the text model and the rules alone.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

describe('guard16 kind O1: the brand\'s own app and own site named together', () => {
  runWithAndWithoutModel([
    ...[
      "Netflix: we couldn't process your payment. Please update your payment details in the Netflix app or at netflix.com/account.",
      "Spotify: your payment failed. Update your payment details in the Spotify app or at spotify.com/account to keep Premium.",
      "Disney+: your payment did not go through. Please update your billing info in the Disney app or at disney.com/account.",
      "Hulu: we were unable to charge your card. Update your payment details in the Hulu app or at hulu.com/account to keep watching.",
      "Uber: your last trip payment failed. Please update your payment method in the Uber app or at uber.com.",
      "Dropbox: your card was declined for the renewal. Update your payment details in the Dropbox app or at dropbox.com/account.",
      "Audible: we couldn't charge your membership. Please update your card in the Audible app or at audible.com/account.",
      "Duolingo: your Super subscription payment failed. Update your payment details in the Duolingo app or at duolingo.com.",
      "Canva: your Pro renewal payment failed. Please update your card in the Canva app or at canva.com/settings.",
      "Deliveroo: your Plus payment failed. Update your card in the Deliveroo app or at deliveroo.com to keep free delivery.",
      "Strava: your subscription renewal failed. Please update your payment details in the Strava app or at strava.com/settings.",
    ].map((t): FaultCase => ({ name: `own site safe: ${t}`, input: sms(t), expect: 'safe' })),
    ...[
      "Netflix: your payment failed. Update your payment details at netflix-billing-help.com to avoid suspension.",
      "Netflix: we couldn't process your payment. Please update your payment details in the Netflix app or at netflix-account-update.com.",
      "Netflix: your account is on hold. Update your payment details in the Netflix app or at netflix.com.account-verify.top now.",
      "Netflix: your payment failed. Update your payment details in the Netflix app or at netflix.top/account.",
      "Spotify: payment failed. Update your payment details in the Spotify app or at spotify.com, or at spotify-premium-renew.com to avoid losing Premium.",
      "Spotify: your payment failed. Click the link to update your payment details: spotify-billing-renew.com",
      "Uber: your account is suspended. Update your payment method at uber-pay-verify.com to restore access.",
      "Netflix: your payment failed. Please confirm your card number and CVV at netflix-secure-billing.com.",
      "Dropbox: your storage is locked. Update your payment details at dropbox-renewal.help to restore access.",
      "Hulu: your account will be closed. Verify your card details at hulu-billing-center.com within 24 hours.",
    ].map((t): FaultCase => ({ name: `look-alike flagged: ${t}`, input: sms(t), expect: 'not-safe' })),
  ]);
});
