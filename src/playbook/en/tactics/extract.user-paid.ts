import { defineTactic } from '../../schema.ts';
import { PRESENTS, REMOTE_TOOLS } from '../terms.ts';

/** The speaker and close family as the one who lost, in the object case ("they scammed my mom"). */
const CLOSE = ['me', 'us', 'my mom', 'my mother', 'my mum', 'my dad', 'my father', 'my husband', 'my wife', 'my grandma',
  'my grandmother', 'my grandpa', 'my grandfather', 'my parents', 'my nan', 'my gran',
  // Children and siblings are close family as in the Chinese playbook's (src/playbook/zh/subjects.ts FAMILY: 儿子, 女儿,
  // 哥, 姐…): "My son Jake was scammed out of $800, what do I do" is the family's emergency (session 11).
  'my son', 'my daughter', 'my child', 'my kid', 'my boy', 'my girl', 'my brother', 'my sister', 'my grandson',
  'my granddaughter', 'my partner', 'my grandparents', 'our son', 'our daughter', 'our mom', 'our dad'];

/**
 * The account, savings or balance of the speaker or close family found emptied ("my savings account is empty", "his
 * balance is zero"): always with its owner, so "your leave balance is zero" or "the account is empty" in an advisory is not one.
 */
const EMPTIED = ['my', 'his', 'her', 'our'].flatMap((who) => [
  ...['', 'bank ', 'savings ', 'checking ', 'current '].flatMap((k) => ['account is empty', 'account is now empty', 'account was emptied',
    'account has been emptied', 'account got emptied', 'account is drained', 'account was drained', 'account has been drained',
    'account was cleaned out', 'account was wiped', 'account has been wiped', 'account is at zero'].map((st) => `${who} ${k}${st}`)),
  ...['balance is zero', 'balance is 0', 'balance is now zero', 'savings are gone', 'savings have gone', 'savings were taken',
    'savings have disappeared', 'money was taken', 'money was withdrawn', 'money has disappeared', 'money disappeared'].map((st) => `${who} ${st}`),
]);

/**
 * The citizen's own report that money, gift cards, a code or access already went to the other side
 * (the English twin of the Chinese `extract.user-paid`, same id so composites and the initiator rule
 * treat both alike). Weight 70: `scam`-level on its own, so the alert is `block` and the first advice
 * is to call the bank to stop the payment and the police. Every cue carries the scam's context, so
 * "I already paid the rent" stays quiet.
 */
export default defineTactic({
  id: 'extract.user-paid',
  stage: 'extraction',
  description: {
    zh: '您说已经转账、付款、买了礼品卡、给了验证码或让对方远程控制了电脑：可能已经被骗，要马上止付',
    en: 'You say you already sent money, bought gift cards, gave a code or let them into your computer: you may already have lost money',
  },
  weight: 70,
  speaker: 'any',
  cues: [
    {
      any: [
        'i have been scammed', "i've been scammed", 'i was scammed', 'i got scammed', 'i think i was scammed', 'i think i got scammed',
        'they took my money', 'drained my account', 'emptied my account', 'money is gone', 'my savings are gone',
      ],
    },
    {
      // A completed payment, code or access handed over, near the scam's own props.
      all: [
        [
          'i already sent', 'i already paid', 'i already transferred', 'i already wired', 'i already gave', 'i already bought',
          "i've sent", "i've paid", "i've transferred", "i've wired", "i've given", 'i sent', 'i paid', 'i transferred', 'i wired',
          'i gave', 'i bought', 'i let him', 'i let them', 'i let the', 'my mom sent', 'my dad sent', 'my mother sent', 'my father sent',
          'i deposited', 'i topped up', 'i read him', 'i read them', 'i let a', 'i moved', 'my mum sent', 'my nan sent', 'my gran sent',
          'my husband sent', 'my wife sent', 'transferred', 'my dad transferred', 'my mum transferred', 'my mom transferred',
          'my mother transferred', 'my father transferred', 'my son sent', 'my daughter sent', 'my son transferred',
          'my daughter transferred', 'my brother sent', 'my sister sent',
          // "just" between the payer and the verb (recall16 kind R1: "i just sent $1,200 in gift cards to someone who said he
          // was from Amazon", "my dad just wired $5,000 to a man claiming to be from the IRS").
          ...['i', 'my mom', 'my mum', 'my dad', 'my mother', 'my father', 'my husband', 'my wife', 'my grandma', 'my grandpa', 'my nan']
            .flatMap((who) => ['just sent', 'just paid', 'just wired', 'just transferred', 'just gave', 'wired'].map((v) => `${who} ${v}`)),
        ],
        // The scam's counterpart or its props, never a payment service alone (newcomer8 kind 2: "I sent you
        // the $300 for the flight tickets via Zelle" is a family payment): Zelle, a wire, Bitcoin, Western
        // Union or a gift card is how money moves, not who took it.
        [
          'the caller', 'the agent', 'support', 'scammer', 'refund',
          'safe account', 'the account he', 'the account they', 'remote', "can't reach", 'cannot reach', 'hung up',
          'stopped answering', 'blocked me', 'customer service', 'tech support', 'into my computer', 'the overpayment',
          'fraud team', 'the code', 'a stranger', "stranger's account", 'the link', 'redelivery fee', 'bitcoin atm',
          // Paid to an impostor named as one ("I sent $2000 to a fake Amazon agent"; nc9-loss kind 1).
          'to a fake', 'to the fake', 'to some fake', 'to an impostor', 'to a fraudster', 'to a con',
          'platform', 'withdraw', 'oil rig', 'met on facebook', 'met online', 'new number', 'is gone', 'gone from my',
          'charges on my card', 'task account', 'commission', 'the numbers', 'the codes',
          // Paid to someone who only said who they were (recall16 kind R1): the claim told as the payee's.
          'who said he was', 'who said she was', 'who said they were', 'claiming to be', 'who claimed to be', 'pretending to be',
          'posing as', 'said he was from', 'said she was from', 'said they were from',
          // Sent to an account the other side named, to a caller, or in gift cards (told17 kind 2: "I sent $2,000 to the account the
          // Microsoft technician gave me", "I paid $800 in gift cards to the IRS agent who called me" read safe 0). Not a payee
          // alone: "I paid the IRS", "I sent the deposit to the landlord's account" name no caller.
          'account he gave', 'account she gave', 'account they gave', 'technician gave', 'caller gave', 'officer gave', 'agent gave',
          'support gave', 'investigator gave', 'fraud team gave', 'microsoft technician', 'who called me', 'who called us', 'who called my', 'who called her', 'who called him', 'who rang me', 'who phoned me',
          'in gift cards', 'in gift card', 'with gift cards', 'in itunes cards', 'in steam cards', "'customs officer'", 'customs officer', 'customs fee',
        ],
      ],
      within: 50,
    },
    {
      // Access or a code handed over, then the account found emptied (recall15 kind E1: "I let the technician onto my
      // laptop with TeamViewer and now my savings account is empty"): the loss told as the account's state, not as a
      // payment. Both sides name it: a means of the scam first (a remote tool, the computer let into, the code, the caller),
      // then an ACCOUNT, savings or balance found empty (not "my battery is empty", "my wallet is empty lol").
      all: [
        [...REMOTE_TOOLS, 'remote', 'into my computer', 'onto my computer', 'into my laptop', 'onto my laptop', 'into my pc', 'onto my pc',
          'into his computer', 'into her computer', 'into his pc', 'into her pc', 'into his laptop', 'into her laptop', 'my screen',
          'the code', 'the codes', 'the caller', 'tech support', 'the agent', 'the link', 'the app he',
          'the app they', 'the app she', 'the bank guy', 'the man who called', 'the guy who called', 'the woman who called', 'control of'],
        [...EMPTIED, 'missing from my', 'missing from his', 'missing from her', 'missing from our', 'taken out of my', 'taken out of his',
          'taken out of her', 'taken out of our', 'withdrawn from my', 'withdrawn from his', 'withdrawn from her', 'withdrawn from our',
          'emptied my', 'emptied his', 'emptied her', 'emptied our', 'cleaned out my', 'cleaned out his', 'wiped out my', 'wiped out his'],
      ],
      within: 60,
      ordered: true,
    },
    {
      // A payment just made, then the asker's question whether it was a scam (newcomer11 kind 1:
      // "…he asked me to open 借呗 to verify and transfer, I sent him 8000, is this a scam?"): the victim asking for help.
      all: [
        ['i sent', 'i paid', 'i transferred', 'i wired', 'i gave him', 'i gave them', 'i borrowed', 'my mom sent', 'my dad sent', 'my mum sent',
          'my mother sent', 'my father sent', 'my husband sent', 'my wife sent', 'my mom paid', 'my dad paid', 'my mom transferred', 'my dad transferred'],
        ['is this a scam', 'was this a scam', 'is it a scam', 'was it a scam', 'is that a scam', 'was that a scam', 'did i get scammed',
          'have i been scammed', 'am i being scammed', 'did she get scammed', 'did he get scammed'],
      ],
      within: 60,
      ordered: true,
    },
    {
      // The same in the active, with the speaker or close family as the object ("they conned my grandmother out of $3,000").
      any: ['scammed', 'conned', 'defrauded', 'swindled', 'cheated'].flatMap((v) => CLOSE.map((who) => `${v} ${who}`)),
    },
    {
      // The loss in the passive, said of the speaker or close family ("My mom was scammed out of $5,000",
      // "we got conned out of our savings"; nc9-loss kind 1): English names its subject, so a neighbour's
      // or a stranger's loss ("my neighbour was scammed") never has one of these.
      all: [
        [
          'i was', 'i got', "i've been", 'i have been', 'i think i was', 'we were', 'we got', "we've been", 'we have been',
          ...CLOSE.filter((w) => w.startsWith('my ') || w.startsWith('our ')),
        ],
        ['scammed', 'conned', 'defrauded', 'swindled', 'ripped off', 'cheated out of'],
      ],
      within: 24,
      ordered: true,
    },
  ],
  // "I didn't send anything" is no loss; "charges I didn't make" after paying is one.
  unless: ['almost', 'nearly', 'luckily',
    // A payment of one's own to an accountable payee, receipt in hand ("I've paid the deposit for the flat, the agent gave me a
    // receipt"): 'the agent' is a letting agent here, no caller (sms15, the thirteenth author's legit line read scam 70).
    'gave me a receipt', 'got a receipt', 'got the receipt', 'have the receipt', 'estate agent', 'letting agent', 'rental agent', 'travel agent', "didn't send", "didn't pay", "didn't give", "didn't transfer", "didn't buy",
    'did not send', 'did not pay', 'did not give', 'did not transfer', 'did not buy', 'never', 'if you', 'if i paid', 'if i sent', 'if i already', 'if i transferred', 'if my', 'in case', 'what if', 'should i', 'refund to me', 'refunded me', 'sent me',
    // A gift card bought as a present went to family, not to a caller.
    // (As the one the present was for: "for my son", "bought my nephew a card"; not as the one who lost: "my son was scammed".)
    ...PRESENTS, ...['nephew', 'niece', 'grandson', 'granddaughter', 'son', 'daughter', 'kids'].flatMap((k) => [`for my ${k}`, `my ${k} a`, `my ${k} an`, `my ${k} some`, `to my ${k}`])],
  // Not the shared `warning` list: a victim says "someone pretending to be from Amazon" (that is their story).
  guards: ['warning-report'],
  advice: ['already-paid', 'tell-family'],
  showEntities: ['amount'],
  examples: {
    positive: [
      // Sent to an account a caller named or in gift cards (told17 kind 2).
      'I sent $2,000 to the account the Microsoft technician gave me, now he wants more',
      'I paid $800 in gift cards to the IRS agent who called me',
      'I already sent $2,000 to the account the caller gave me and now he stopped answering',
      'I think I was scammed, I bought four gift cards and read him the numbers',
      'I gave the agent the code from my text message and now my account is empty',
      'My mom sent $900 in Bitcoin to the support guy who said he was from Amazon',
      "I've wired the overpayment back and the bank says the first deposit was fake",
      'I let the tech support man into my computer and they drained my account',
      // The account found emptied after access was given (recall15 kind E1).
      'I let the technician onto my laptop with TeamViewer and now my savings account is empty',
      'I paid the refund fee with Zelle and now they blocked me',
      'I already transferred my savings to the safe account he told me about',
      // A payment service with the scam's counterpart still counts.
      'I sent $500 by Zelle to the agent who called about my Amazon refund',
      'I wired $3,000 to the account they gave me and now I cannot reach them',
      'My dad sent $2,000 in Bitcoin at a Bitcoin ATM because the caller said his account was hacked',
      // Children and siblings are close family (session 11).
      'My son Jake was scammed out of $800, what do I do',
      'My daughter got scammed by a fake landlord and lost her $1,500 deposit',
      'A man said he was from the courier and would pay double, I sent him 8000 to verify, is this a scam?',
      // Paid to someone who only said who they were (recall16 kind R1).
      'i just sent $1,200 in gift cards to someone who said he was from Amazon',
      'my dad just wired $5,000 to a man claiming to be from the IRS',
    ],
    negative: [
      // A payee of one's own, or a present (told17 kind 2's twins).
      'I transferred the rent to the account the landlord gave me',
      'I paid the technician who fixed my boiler, $120 cash',
      'I almost sent them money but my son stopped me',
      'If you already paid, call your bank right away',
      'I already paid the rent this month',
      'I sent my sister a birthday card',
      'Luckily I never gave them the code',
      'I paid for the groceries with my card',
      'Should I send the refund back to them?',
      'Amazon refunded me $30 for the broken lamp',
      'Sent! Enter the code we sent to your phone to sign in, it says.',
      'I bought my nephew a Steam gift card for his birthday',
      'I bought a Google Play card for my daughter so she can buy a game',
      // A payment service alone is no counterpart (newcomer8 kind 2).
      'Hi Dad, I sent you the $300 for the flight tickets via Zelle, let me know if it arrived. See you at Christmas!',
      'I paid the plumber with Zelle this morning',
      'I wired the deposit for the apartment to the landlord today',
      'I sent Grandma $50 through Western Union for her birthday',
      'I transferred $200 to my savings account on Friday',
      'I bought some Bitcoin last year and it went up',
      // Beyond the close family, or nobody's loss: told, not reported.
      'My neighbour was scammed out of $800 last year',
      'My son is learning how to spot scams at school',
      'i just paid the plumber $300',
      'I almost sent $500 to a man who said he was from Microsoft',
    ],
  },
});
