/**
 * Newcomer kind 6 (issue 8 §1): English requests for what no real company asks for — a banking or
 * online password, gift cards (iTunes, Google Play, Steam) as payment, a remote-access app (AnyDesk,
 * TeamViewer, QuickSupport, UltraViewer) — read as the English grammar's classes (act.buy,
 * act.install × obj.gift-card, obj.remote-app in src/playbook/en/lexicon.ts), whatever stands
 * between the words; a refund story beside a remote tool is the tech-support scam (composite
 * en-story-then-remote). Hard negatives: presents, advice, one's own IT team, one's own password.
 */
import { describe, it } from 'vitest';
import { runCase, sms, chat, type FaultCase } from './helpers.ts';

const call = (...lines: string[]) => ({ channel: 'call' as const, turns: lines.map((text) => ({ speaker: 'caller' as const, text })) });

describe('English: a banking or online password asked for', () => {
  const CASES: FaultCase[] = [
    { name: 'a refund and the online banking password', expect: 'scam', tactics: ['extract.online-banking'], input: sms('This is Amazon support, we owe you a refund of $299. Please tell me your online banking password so I can process it.') },
    { name: 'the bank\'s "fraud department" asks to confirm it', expect: 'scam', input: call("This is your bank's fraud department.", 'Can you confirm your online banking password for me?') },
    { name: 'type the password in the chat box', expect: 'not-safe', tactics: ['extract.card-details'], input: chat('To release the refund, type your bank password in the chat box for me.') },
    { name: 'read me the PIN for the refund', expect: 'not-safe', input: sms('We are sending your refund now, just read me your PIN number to confirm it is you.') },
    { name: 'a charge to cancel and the login details', expect: 'scam', input: call('You were charged $499 for a Norton renewal.', 'To cancel it I need your username and password for your bank.') },
    { name: 'hard negative: the bank\'s advice', expect: 'safe', input: sms('Your bank will never ask for your password. Never share it with anyone.') },
    { name: 'hard negative: I forgot my own password', expect: 'safe', input: chat('Forgot my online banking password again, had to reset it at the branch') },
    { name: 'hard negative: a password reset the user asked for', expect: 'safe', input: sms('You requested a password reset. If this was not you, ignore this message.') },
    { name: 'hard negative: choose a strong password', expect: 'safe', input: chat('Use a long password for your banking app and turn on two-factor login.') },
    { name: 'hard negative: the wifi password', expect: 'safe', input: chat('What is the wifi password at grandma\'s house?') },
  ];
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('English: gift cards as payment', () => {
  const CASES: FaultCase[] = [
    { name: 'pay the fee with iTunes gift cards', expect: 'not-safe', tactics: ['extract.gift-cards'], input: sms('Please pay the fee with iTunes gift cards and send photos of the back.') },
    { name: 'buy Google Play gift cards to complete a refund', expect: 'scam', tactics: ['extract.gift-cards'], input: sms('To complete your refund, please buy three Google Play gift cards of $100 and read me the codes.') },
    { name: 'customs fee in Steam cards', expect: 'scam', tactics: ['extract.gift-cards'], input: sms('Pay the customs fee in Steam cards, then send me the card numbers.') },
    { name: 'the overpaid refund sent back in gift cards', expect: 'scam', input: call('We refunded you $4,000 instead of $400 by mistake.', 'You need to send the difference back, go and buy Target gift cards for $3,600.') },
    { name: 'purchase Apple gift cards for a fine', expect: 'not-safe', input: sms('Your tax fine must be paid today. Purchase Apple gift cards worth $500 and call us back.') },
    { name: 'hard negative: a present for a nephew', expect: 'safe', input: chat('I bought my nephew a Steam gift card for his birthday') },
    { name: 'hard negative: a present for a daughter', expect: 'safe', input: chat('I bought a Google Play card for my daughter so she can buy a game') },
    { name: 'hard negative: the warning about gift-card scams', expect: 'safe', input: sms('Gift card scams: no real company will ask you to pay with iTunes or Google Play cards.') },
    { name: 'hard negative: a shop\'s gift-card offer', expect: 'safe', input: sms('Target: Buy a $50 gift card this weekend and get a $5 bonus card. Reply STOP to opt out.') },
    { name: 'hard negative: thanks for the card', expect: 'safe', input: chat('Thanks for the Steam card, I already bought two games with it!') },
  ];
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('English: a remote-access app', () => {
  const CASES: FaultCase[] = [
    { name: 'a refund, then AnyDesk', expect: 'scam', tactics: ['shift.remote-access', 'pretext.refund-owed'], input: sms('Your refund is ready. Please download AnyDesk so our technician can process it.') },
    { name: 'QuickSupport to fix a refund', expect: 'scam', tactics: ['shift.remote-access'], input: sms('Install QuickSupport from the Play Store so I can fix your refund.') },
    { name: 'Microsoft support, a virus and TeamViewer', expect: 'scam', input: call('Hello, this is Microsoft support, your computer has a virus.', 'Please install TeamViewer and give me the ID.') },
    { name: 'UltraViewer and the access code', expect: 'scam', input: sms('We need you to download UltraViewer and share the access code.') },
    { name: 'an unnamed remote support app for a refund', expect: 'not-safe', tactics: ['shift.remote-access'], input: sms('To get your refund, install a remote support app and I will do the rest.') },
    { name: 'hard negative: one\'s own IT team', expect: 'safe', input: chat('Our IT team uses TeamViewer for remote support tickets you open on the portal.') },
    { name: 'hard negative: the warning', expect: 'safe', input: sms('Refund scams: never install AnyDesk or TeamViewer for a caller.') },
    { name: 'hard negative: a refund notice', expect: 'safe', input: sms('Amazon: Your refund of $29.99 has been issued to your original payment method.') },
    { name: 'hard negative: helping grandma at home', expect: 'safe', input: chat('I set up TeamViewer on grandma\'s laptop so I can help her with email from home.') },
    { name: 'hard negative: a software release note', expect: 'safe', input: chat('TeamViewer released a new version with better performance on Linux.') },
  ];
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
