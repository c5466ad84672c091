/**
 * recall15, English kinds from newcomer14's K2 and K3 (their exact inputs were theirs; every line here is our own writing).
 *
 * E1 — a loss told as the account's state: "I let the technician onto my laptop with TeamViewer and now my savings account is
 * empty" read safe 30 (rules): extract.user-paid knew payments ("I sent…", "they drained my account") but not an account found
 * emptied after access or a code was given. Now a means of the scam (a remote tool, the computer let into, the code, the caller)
 * then the speaker's or family's account, savings or balance found emptied (always with its owner: "my", "his"…), within 60,
 * in order (src/playbook/en/tactics/extract.user-paid.ts): the urgent advice (bank stop-payment, police) comes first.
 *
 * E2 — the "Hi Mum, new number" money ask with no currency: "could you transfer 400 for my rent", "lend me 300 till Friday",
 * "cover my phone bill" read safe 20: obj.money needed a $/£ or a money noun. A bare sum right after an English money verb
 * (transfer/send/wire/lend/loan/borrow/need…, one pronoun allowed, followed by a sentence mark or a linking word) is the
 * `sum` entity, as 转2000 is in Chinese (src/entities/entities.ts englishBareSum); obj.money reads it, and "cover my",
 * "my bill", "my rent"; contact.new-number reads "my new phone", "on a new phone".
 */
import { describe } from 'vitest';
import { sms, runWithAndWithoutModel as run } from './helpers.ts';

describe('kind E1: money gone after access or a code was given (input and siblings)', () => {
  run([
    { name: "the newcomer's kind, our wording", input: sms("I let the technician onto my laptop with TeamViewer and now my savings account is empty"), expect: 'scam' },
    { name: "sibling 2", input: sms("I installed the app the bank guy told me to and now 4,000 is missing from my checking account"), expect: 'scam' },
    { name: "sibling 3", input: sms("My dad let a man from Microsoft into his PC and two payments were taken out of his account"), expect: 'scam' },
    { name: "sibling 4", input: sms("I read the codes to the caller and the next morning my account was emptied"), expect: 'scam' },
    { name: "sibling 5", input: sms("The caller had me download AnyDesk, I logged into my bank while he watched and now my account is drained"), expect: 'scam' },
    { name: "sibling 6", input: sms("i gave the code to the guy who called from amazon and my balance is zero now, what do i do"), expect: 'scam' },
    { name: "sibling 7", input: sms("My mum let \"BT support\" into her computer last night and this morning 2,300 was withdrawn from her account"), expect: 'scam' },
    { name: "sibling 8", input: sms("We installed Quick Assist for the refund agent and 6000 dollars has been taken out of our savings"), expect: 'scam' },
    { name: "sibling 9", input: sms("My grandad gave tech support remote access and now his bank account is empty"), expect: 'scam' },
    { name: "sibling 10", input: sms("I clicked the link in the text, typed my card details, and now 800 is missing from my current account"), expect: 'scam' },
    { name: "sibling 11", input: sms("He told me to open the app so he could fix the refund, then he took control of my phone and my savings are gone"), expect: 'scam' },
  ]);
});

describe('kind E1: hard negatives (empty batteries, advisories, balances that are no loss)', () => {
  run([
    { name: "negative 1", input: sms("I let my son use my laptop and now the battery is empty"), expect: 'safe' },
    { name: "negative 2", input: sms("Criminals use AnyDesk to get in, and within minutes the account is empty. Never install it for a caller."), expect: 'safe' },
    { name: "negative 3", input: sms("We use TeamViewer for IT support. Note: your leave balance is zero until January."), expect: 'safe' },
    { name: "negative 4", input: sms("The technician fixed my laptop, and my account is empty because payday is Friday"), expect: 'safe' },
    { name: "negative 5", input: sms("If you gave remote access to a caller, check whether money is missing from your account and call your bank."), expect: 'safe' },
    { name: "negative 6", input: sms("I use AnyDesk to help my mum with her computer every Sunday."), expect: 'safe' },
    { name: "negative 7", input: sms("Enter the code we sent you. Your points balance is 0 after the last redemption."), expect: 'safe' },
    { name: "negative 8", input: sms("My savings account is empty after paying the deposit on the flat, ugh"), expect: 'safe' },
    { name: "negative 9", input: sms("TeamViewer session ended. Your free trial balance is 0 minutes."), expect: 'safe' },
    { name: "negative 10", input: sms("The agent said the refund went to my card and my balance is now 212.40"), expect: 'safe' },
    { name: "negative 11", input: sms("My neighbour let a fake engineer into her house and her jewellery is gone, the police came"), expect: 'safe' },
  ]);
});

describe('kind E2: a new number asking a bare sum (input and siblings)', () => {
  run([
    { name: "the newcomer's kind, our wording", input: sms("Hi Dad it's me, I dropped my phone in the sink, this is my new number. Could you transfer 400 for my rent today?"), expect: 'scam' },
    { name: "sibling 2", input: sms("Mum it's me, new phone. Can you lend me 300 till Friday?"), expect: 'scam' },
    { name: "sibling 3", input: sms("Hi Mum, new number. Can you cover my phone bill, it's 240, I can't log into my banking app"), expect: 'scam' },
    { name: "sibling 4", input: sms("Hey it's Jess, new number! Could you send 850 to my landlord for me, my app is locked x"), expect: 'scam' },
    { name: "sibling 5", input: sms("Hi mom this is my new number, save it. I need 600 by tonight for the car repair, can you help?"), expect: 'scam' },
    { name: "sibling 6", input: sms("Dad, texting from a friend's phone, mine is broken. Please wire 1200 to the account below, I'll explain later"), expect: 'scam' },
    { name: "sibling 7", input: sms("Hello Nan, it's Tom on my new number. Could you pay 350 for my course today? I'll pay you back next week"), expect: 'scam' },
    { name: "sibling 8", input: sms("hi mum its me, new number, my bank app wont let me pay, can u send 475 for my bill"), expect: 'scam' },
    { name: "sibling 9", input: sms("Grandma this is my temporary number, I lost my phone. Can you loan me 900 for a few days?"), expect: 'scam' },
    { name: "sibling 10", input: sms("Hey mum it's me on a new phone, long story. Can you transfer me 280 for the electric before 5?"), expect: 'scam' },
    { name: "sibling 11", input: sms("Hi auntie, new number, could you zelle me 500 for my rent, my account is frozen"), expect: 'scam' },
  ]);
});

describe('kind E2: hard negatives (new phones, points, rent already paid, warnings)', () => {
  run([
    { name: "negative 1", input: sms("Hi Mum, new number, save this one. See you Sunday for lunch x"), expect: 'safe' },
    { name: "negative 2", input: sms("Can you lend me your charger tonight?"), expect: 'safe' },
    { name: "negative 3", input: sms("Your rent of 950 is due on the 1st. Pay in the app as usual."), expect: 'safe' },
    { name: "negative 4", input: sms("Please transfer 300 points to your friend in the rewards app."), expect: 'safe' },
    { name: "negative 5", input: sms("Can you send me 3 photos of the house before Friday?"), expect: 'safe' },
    { name: "negative 6", input: sms("Dad, I paid my rent today, so we are square."), expect: 'safe' },
    { name: "negative 7", input: sms("Scam alert: a text says \"Hi Mum, new number, can you transfer 400?\" Call your child on the old number first."), expect: 'safe' },
    { name: "negative 8", input: sms("I got my new phone today! The camera is amazing."), expect: 'safe' },
    { name: "negative 9", input: sms("Hi Mum, I transferred 400 to you for the flights, let me know when it lands."), expect: 'safe' },
    { name: "negative 10", input: sms("Send 100 to 88888 to join the quiz."), expect: 'safe' },
    { name: "negative 11", input: sms("Mum can you remind Dad to transfer 50 into my savings like he promised for my birthday?"), expect: 'safe' },
  ]);
});
