/**
 * ncfp16 kinds F and G (session 16, newcomer16). F: the foreign brands English phishing borrows most were unknown to the link and
 * QR checks ("facebook-security-check.com", "meta-appeal-center.com", "spotify-premium-billing.net", "ups-package-hold.com" read
 * `unknown`, their messages safe 0-20; "t.me/joinchat/…", "chat.whatsapp.com/…" QR codes 未发现问题): brands added as DATA
 * (src/checks/data/official-domains.ts, with their own domains and a source each; account-appeal and recovery words among the
 * lure words) and Telegram / WhatsApp invites as group-invite QR rules (src/checks/qr/classify.ts). G: a brand's own app or
 * account page for a failed payment read as a phishing ask ("update your payment method in the Netflix app or at
 * netflix.com/youraccount" scam 80, "update your bank details in the My Vodafone app" suspicious 40): en extract.card-details
 * `ordinary` — a sentence naming the app or an account page is no ask unless the turn sends anyone else's link, gives a number,
 * or hands the details to a person (reply, tell, read, agent…). The look-alike messages of F are G's twins; with and without
 * the model.
 */
import { describe, expect, it } from 'vitest';
import { checkUrl } from '../../../src/checks/url/check.ts';
import { classifyQrPayload } from '../../../src/checks/qr/classify.ts';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const safe = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} safe: ${t}`, input: sms(t), expect: 'safe' }));
const caught = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} flagged: ${t}`, input: sms(t), expect: 'not-safe' }));

describe('ncfp16 kind F: look-alikes of foreign brands', () => {
  const lookalikes: [string, string][] = [
    ['facebook-security-check.com', 'facebook'], ['https://meta-appeal-center.com', 'facebook'], ['instagram-help-verify.com', 'instagram'],
    ['https://instagram-copyright-appeal.com', 'instagram'], ['whatsapp-verify-account.com', 'whatsapp'], ['tiktok-support-center.net', 'tiktok'],
    ['telegram-login-verify.com', 'telegram'], ['google-account-recovery.net', 'google'], ['netflix-account-update.com', 'netflix'],
    ['ups-package-hold.com', 'ups'], ['evri-parcel-fee.com', 'evri'], ['hsbc-secure-login.com', 'hsbc'], ['wellsfargo-verify.com', 'wellsfargo'],
    ['binance-withdraw-verify.com', 'binance'], ['chase-alert-verify.com', 'chase'], ['https://spotify-premium-billing.net', 'spotify'],
    ['vodafone-bill-payment.com', 'vodafone'],
  ];
  for (const [url, brand] of lookalikes) {
    it(`dangerous: ${url}`, () => {
      const r = checkUrl(url);
      expect(r.verdict, JSON.stringify(r.findings.map((f) => f.id))).toBe('dangerous');
      expect(r.brand).toBe(brand);
    });
  }
  const own = ['netflix.com/youraccount', 'https://www.spotify.com/account', 'https://accounts.google.com/signin', 'https://www.facebook.com/help',
    'https://www.instagram.com/accounts/login', 'https://wa.me/447700900123', 'https://www.ups.com/track', 'https://www.evri.com/track-a-parcel',
    'https://www.hsbc.co.uk/', 'https://www.wellsfargo.com/', 'https://www.chase.com/', 'https://www.binance.com/en', 'https://www.vodafone.co.uk/myvodafone'];
  for (const url of own) it(`official: ${url}`, () => expect(checkUrl(url).verdict).toBe('official'));
  // Ordinary words among the names (meta, chase, ups, evri) inside other words or as a plain part name nobody.
  for (const url of ['https://meta-analysis.org/paper', 'https://www.metacritic.com', 'https://www.purchase-order.com', 'https://www.chaseoutdoors.com',
    'https://www.upstart.com', 'https://www.setups.com', 'https://www.severity.io']) {
    it(`not a look-alike: ${url}`, () => expect(['unknown', 'official']).toContain(checkUrl(url).verdict));
  }
  for (const payload of ['https://t.me/joinchat/AAAAAEx1', 'https://t.me/+AbCdEf12', 'https://chat.whatsapp.com/Ab12Cd34', 'https://wa.me/447700900123']) {
    it(`group invite QR: ${payload}`, () => {
      const r = classifyQrPayload(payload);
      expect(r.kind).toBe('group-invite');
      expect(r.verdict).not.toBe('unknown');
    });
  }
  runWithAndWithoutModel(caught('look-alike', [
    'Your Facebook account will be permanently disabled for violating community standards. To appeal, log in at https://meta-appeal-center.com within 24 hours.',
    'Instagram: Your account has been reported for copyright infringement and will be deleted within 24 hours. If you think this is a mistake, verify your account here: https://instagram-copyright-appeal.com',
    'Spotify: Premium payment failed. Confirm your card now at https://spotify-premium-billing.net to avoid losing your playlists.',
    'UPS: Your package is on hold due to an unpaid customs fee of $2.99. Pay now at https://ups-package-hold.com to release it.',
    'Evri: we missed you today. Reschedule your delivery and pay the £1.45 redelivery fee at https://evri-parcel-fee.com',
    "HSBC: a new payee was added to your account. If this wasn't you, sign in at https://hsbc-secure-login.com to cancel it.",
    'Wells Fargo alert: your online access has been suspended. Verify your identity at https://wellsfargo-verify.com',
    'Binance: a withdrawal of 0.8 BTC is pending. If you did not request it, verify at https://binance-withdraw-verify.com',
    'Chase: unusual sign-in detected on your account. Confirm your details at https://chase-alert-verify.com',
    'WhatsApp: your account will be banned in 12 hours. Verify your number at https://whatsapp-verify-account.com',
    'Google: someone has your password. Recover your account at https://google-account-recovery.net',
    'Telegram: your account will be deleted. Log in at https://telegram-login-verify.com to keep it',
    'TikTok Support: your account violated our policies. Appeal at https://tiktok-support-center.net',
    'Netflix: your membership is on hold. Update your billing at https://netflix-account-update.com',
    "Facebook: we noticed a login from a new device. If this wasn't you, secure your account at https://facebook-security-check.com",
  ]));
});

describe("ncfp16 kind G: a brand's own app or account page for a failed payment is no ask", () => {
  runWithAndWithoutModel([
    ...safe('own way in', [
      'Reminder: your Netflix payment failed. Please update your payment method in the Netflix app or at netflix.com/youraccount to keep watching.',
      "Spotify: We couldn't process your Premium payment. Please update your payment details at spotify.com/account to keep listening.",
      "Your Vodafone bill of £32.50 couldn't be collected. Please update your bank details in the My Vodafone app to avoid late charges.",
      "Netflix: we're having trouble with your current billing information. Update your card details at netflix.com/youraccount.",
      "Your Spotify Premium renewal didn't go through. Enter a new card in the Spotify app under Account to keep Premium.",
      'Vodafone: your direct debit was returned by your bank. Please confirm your bank details in the My Vodafone app or at vodafone.co.uk.',
      'HSBC: your card ending 4421 has expired and a new one is on its way. Add the new card number to your wallet in the HSBC app.',
      'Your Google One payment was declined. Update your payment method at google.com/payments to keep your storage plan.',
      'Evri: your parcel is paid for. To get refunds faster, add your bank details in the Evri app.',
      'Chase: your payment to Acme Utilities failed. Please review your account details in the Chase Mobile app.',
      'Your Disney+ subscription payment failed. Update your card details in the app under Account > Subscription.',
      'Your gym membership payment bounced. Please update your bank details in the member app before Friday.',
      "Hi it's the school office: the trip payment didn't go through, please re-enter your card details in the ParentPay app.",
    ]),
    ...caught('asked beside the app', [
      'Netflix: your payment failed. Reply with your card number, expiry and CVV to keep watching, or update it in the app.',
      "Vodafone: your bill couldn't be collected. Our agent will call you today, read him your card number and CVV, or use the app.",
      'Netflix: please confirm your card number and security code to our billing agent, not in the app.',
      'Disney+: your payment failed. Enter your card details in the app we sent you at https://disney-plus-billing.top',
      'Your Netflix payment failed. Update your card details here: https://netflix-billing-update.com/account',
      'Spotify: your payment failed. Download the Spotify Billing app from https://spotify-billing.app and enter your card number there.',
      'This is Netflix support. Your account is on hold. Tell me the card number and the code on the back so I can fix it.',
      'Netflix: payment declined. Update your card details at netflix.com.account-billing.top/youraccount within 24 hours.',
      "Hi, this is Chase fraud team. Read me your card number and PIN and I'll secure your account; don't use the app, it's compromised.",
      'HSBC: your account is locked. Confirm your card details at hsbc-secure-login.com/account to unlock it.',
      'Your Google account will be closed. Enter your card details at google-account-recovery.net/billing to verify you are the owner.',
    ]),
  ]);
});
