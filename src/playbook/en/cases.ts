/**
 * Whole-engine cases for the English playbook: full scam calls and messages that must end as
 * 'scam' (or at least not 'safe'), and hard negatives (real notices, real support, family
 * and work chats) that must stay 'safe'. All text is written for this project.
 */
import type { PlaybookCaseDef } from '../schema.ts';

export const enCases: PlaybookCaseDef[] = [
  {
    name: 'Amazon iPhone order, AnyDesk, online banking, overpaid refund, gift cards',
    channel: 'call',
    text: [
      'caller: Hello, this is Jason calling from Amazon customer service.',
      'caller: We see an order for an iPhone 15 Pro on your account for $1,249, did you authorize this purchase?',
      "user: No, I didn't order anything.",
      'caller: No problem, I will cancel it and refund you. Please download AnyDesk so I can help you.',
      "caller: Now log in to your online banking while I'm connected so I can send the refund.",
      'caller: Oh no, I typed an extra zero, we refunded you $12,490 instead of $1,249.',
      'caller: I will lose my job. You need to send back the difference with Google Play gift cards.',
      "caller: Don't tell the cashier what the cards are for, and stay on the line.",
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'Microsoft virus call, TeamViewer, card number',
    channel: 'call',
    text: [
      "caller: Hi, I'm from Microsoft technical support.",
      'caller: Your computer has been infected with a virus and hackers can see your bank details.',
      'user: Oh no, what do I do?',
      'caller: Please install Team Viewer and give me the nine digit ID on the screen.',
      'caller: Now read me the long number on the front of your card so I can remove the charge for the repair.',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'PayPal unauthorized charge, read me the code',
    channel: 'call',
    text: [
      'caller: Good morning, I am calling from the PayPal fraud department.',
      'caller: There is an unauthorized charge of $499 on your account.',
      'user: I did not make any payment.',
      'caller: To block it, I just sent a code to your phone. Please read me the six digit number.',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'Geek Squad renewal email, refund, remote session, Bitcoin ATM',
    channel: 'call',
    text: [
      'caller: Thank you for calling the refund department, how can I help?',
      'user: I got an email that my Geek Squad membership was renewed for $399.99, I never signed up.',
      'caller: Yes ma’am, the renewal of $399.99 was charged today. To cancel I need to connect to your computer.',
      'caller: Go to your browser and type in the code I give you.',
      'caller: Oh no, the system sent $3,999 by mistake, instead of $399.',
      'caller: Please withdraw the cash and feed it into the Bitcoin ATM, then scan the QR code I send you.',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'Bank fraud department: code, safe account, secrecy',
    channel: 'call',
    text: [
      "caller: This is Sarah from your bank's fraud team.",
      'caller: Someone is using your debit card in another state right now.',
      'caller: You will receive a text message with a code, just read it back to me.',
      'caller: Your money is not safe. Move your savings to a safe account that we have opened in your name.',
      'caller: Someone at the bank is involved, so do not tell the teller why you are moving it.',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'Scammer says the real company line, then asks anyway',
    channel: 'call',
    text: [
      'caller: Hello, I am calling from Amazon security.',
      'caller: We detected that your Amazon account was hacked last night.',
      'caller: Of course Amazon will never ask for your password.',
      'caller: But to lock the account I need the verification code you just received.',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'Scammer quotes the warning and asks in the same breath',
    channel: 'call',
    text: [
      'caller: I am calling from the PayPal fraud team, someone is using your PayPal account from another country.',
      'caller: PayPal will never ask for your password, we will never ask for it. Now read me the code we sent you.',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'Overpaid refund by Zelle, typed as a chat',
    channel: 'chat',
    text: [
      'caller: Dear customer, your refund for the cancelled order has been issued.',
      'caller: Our system refunded too much money to your account, $4,000 instead of $400.',
      'caller: Please send the difference back to us by Zelle today.',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'Phishing SMS: fake order and cancel link',
    channel: 'sms',
    text: 'Amazon: a suspicious order of $1,249.00 was flagged on your account. To cancel this order, visit amzn-refund-desk.com within 24 hours or you will be charged.',
    expect: 'not-safe',
  },
  {
    name: 'Real Amazon refund notice',
    channel: 'sms',
    text: 'Your Amazon refund of $23.99 has been processed to your original payment method. It may take 3 to 5 business days to appear.',
    expect: 'safe',
  },
  {
    name: 'Real bank one-time code',
    channel: 'sms',
    text: 'Your Chase code is 123456. Do not share it with anyone. Chase will never call you to ask for this code.',
    expect: 'safe',
  },
  {
    name: 'PayPal security advice page',
    channel: 'text',
    text: [
      'PayPal will never ask you for your password, your PIN or a one-time code.',
      'We will never ask you to install AnyDesk or TeamViewer, to pay with gift cards, or to move money to a safe account.',
      'If someone calls claiming to be from PayPal and says you were refunded too much, hang up.',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'IT colleague fixing a work laptop over TeamViewer',
    channel: 'chat',
    text: [
      "caller: Hi, it's Dave from the IT team about your ticket.",
      "caller: I'll connect via TeamViewer to fix your Outlook, it should take ten minutes.",
      'user: Sure, the work laptop is on now.',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'Family buying a gift card as a present',
    channel: 'chat',
    text: [
      "caller: I'm going to buy Grandma a Target gift card for her birthday.",
      'user: Good idea, get a card too so we can all sign it.',
      "caller: Don't tell anyone about the surprise party on Saturday!",
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'Customer calls real support about a late order',
    channel: 'call',
    text: [
      'user: Hi, I ordered a blender two weeks ago and it never arrived.',
      'caller: Sorry about that. I can see your order here.',
      'caller: I have issued a refund of $49.99 to your original payment method, it will appear in 3 to 5 business days.',
      'user: Great, thank you.',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'Real bank fraud alert asking yes or no',
    channel: 'sms',
    text: 'Fraud alert from your bank: did you make a purchase of $84.20 at a gas station? Reply YES or NO. We will never ask for your PIN or a code.',
    expect: 'safe',
  },
  {
    name: 'Friend asking to split dinner and a sign-in code notice',
    channel: 'chat',
    text: [
      'caller: Can you Zelle me for dinner? It was $42.',
      'caller: Also, what is the wifi code at your place?',
      'user: Sent! Enter the code we sent to your phone to sign in, it says.',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'Tech-support company closing: refund owed, remote session, overpaid, wire',
    channel: 'call',
    text: [
      'caller: Hello, we provided computer maintenance for you two years ago.',
      'caller: Our company is shutting down, so you are eligible for a refund of $299.',
      'user: Oh, okay, how do I get it?',
      "caller: I'll connect to your computer to process it, please go to your browser and type in the code I give you.",
      'caller: Now please open your bank account online so I can see the money arrive.',
      'caller: Oh no, I added an extra zero, you got $29,900 instead of $299.',
      'caller: Please wire the $29,601 overpayment back to our company account today or I will lose my job.',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'Victim pastes what the caller told them',
    channel: 'text',
    text: 'A man from Amazon security called and said my account was hacked. He told me to install AnyDesk and then asked me to read him the code from my bank text. Is this real?',
    expect: 'scam',
  },
  {
    name: 'Fake pop-up then gift cards, pasted',
    channel: 'text',
    text: [
      'WINDOWS DEFENDER ALERT: your computer has been infected with a virus. Do not shut down your computer. Call Microsoft Support now.',
      'The technician on the phone told me to buy $500 in Google Play cards to pay for the repair and read him the numbers on the back.',
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'Bank impersonation, cash for a courier',
    channel: 'call',
    text: [
      'caller: This is Officer Brown from the fraud department of your bank.',
      'caller: Your bank account has been compromised by someone inside the branch.',
      'user: What should I do?',
      'caller: Go to the bank and withdraw $9,000 in cash, then we will send a courier to keep it safe.',
      "caller: Don't tell the teller why, the staff there are part of the investigation.",
    ].join('\n'),
    expect: 'scam',
  },
  {
    name: 'Bank newsletter describing the scam',
    channel: 'text',
    text: [
      'Scam alert from your bank: criminals pretend to be from Amazon, PayPal or Microsoft.',
      'They say your computer is infected or that they refunded you too much by mistake, ask you to install AnyDesk, and then ask you to buy gift cards or move money to a safe account.',
      'We will never ask you to do any of this. Hang up and call the number on the back of your card.',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'Real bank fraud call with no request (stages 1-2 alone stay weak)',
    channel: 'call',
    text: [
      'caller: Hi, this is Laura from the Chase fraud prevention team.',
      'caller: We blocked a charge of $499 at an electronics store. Did you make this purchase?',
      'user: No, that was not me.',
      'caller: Thank you, we have cancelled that card and a new one is on its way. We will never ask for your PIN or your online banking password.',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'Customer chat the user opened: last four digits and an in-app code',
    channel: 'chat',
    text: [
      'user: Hi, my refund for order 113-4459921 has not arrived yet.',
      'caller: Sorry to hear that. To verify your identity, please confirm the last four digits of the card on file.',
      'user: 4412',
      'caller: Thanks. I have sent a code to your email, please enter it in the app to continue.',
      'caller: Your refund of $64.10 was issued on Monday and should reach your card within 3 to 5 business days.',
    ].join('\n'),
    expect: 'safe',
  },
  {
    name: 'Teenager asks a parent for money for a school trip',
    channel: 'chat',
    text: [
      'caller: Hi Mum, can you send me $50 on Venmo for the school trip?',
      'user: Sure, sending it now.',
      "caller: Thanks! Don't tell Dad I spent my allowance already lol",
    ].join('\n'),
    expect: 'safe',
  },
];
