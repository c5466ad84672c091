/**
 * The English request grammar's word classes (the same grammar as the Chinese playbook's, see
 * ../zh/lexicon.ts): acts (give, tell/read out, confirm/verify, enter/type, log in, pay, download,
 * open), objects (code, card and bank details, personal details, password, fee, link) and context
 * words. Terms are NORMALISED (lower case) and ASCII terms match whole words only, so inflections
 * are listed. Each class's examples run as tests (test/playbook/playbooks.test.ts). Our own writing.
 */
import type { GrammarDef, WordClassDef } from '../schema.ts';
import { GIFT_CARDS, REMOTE_TOOLS } from './terms.ts';

export const enLexicon: Record<string, WordClassDef> = {
  'act.give': {
    kind: 'act',
    description: 'give, provide, send, share, "I need", "can I have"',
    terms: [
      'give me', 'give us', 'provide', 'provide me', 'provide us', 'send me', 'send us', 'share', 'i need', 'we need',
      "i'll need", 'i will need', 'we will need', "we'll need", 'may i have', 'can i have', 'can i get', 'could i get',
      'could i have', 'let me have', 'submit', 'i just need', 'we just need', 'need your', 'need you to give',
      'text me', 'forward', 'forward me', 'reply with', 'text back', 'send back', 'share it with me', 'share that with me',
      'give him', 'send him', 'providing', 'sending', 'needs', 'he needs', 'she needs', 'they need', 'need',
      // The imperative with the thing first and the receiver after (recall17 kind D: "Give your bank details to our agent when he
      // calls", "send your bank details and sort code by text", "Email your online banking login to our support team" read safe
      // 0): the verb + "your", and the receivers after the verb the list above lacked. A refusal or a warning is negated ("Never
      // give your bank details…"); a past act ("I gave them…") is no imperative.
      'give your', 'send your', 'send over your', 'text your', 'text us your', 'text me your', 'email your', 'email us', 'email me',
      'pass your', 'pass on your', 'hand over your', 'give her', 'give them', 'send her', 'send them',
      // …or the callback that carries them (ncrecall17 kind 3: "Call us back with your Medicare number and date of birth").
      'call us back with', 'call back with', 'call us with', 'respond with', 'reply back with', 'text us back with',
    ],
    examples: {
      positive: ['To process the refund I need your full name, address, and the last four digits of your credit card.', 'Please provide your card number.'],
      negative: ['Never share your card number with anyone.', 'I gave them my card number yesterday.'],
    },
  },
  'act.tell': {
    kind: 'act',
    description: 'tell me, read me, read out, what is',
    terms: [
      'tell me', 'tell us', 'read me', 'read out', 'read it', 'read off', 'read back', 'read that', 'read the', "what's", 'what is',
      'spell', 'say', 'repeat', 'let me know', 'need you to read', 'read him', 'read them', 'tell him',
      // …and told to the sender's person named (recall17 kind D: "Tell our advisor your card number and security code when she rings").
      'tell her', 'tell them', 'read her', 'tell our', 'tell the agent', 'tell the officer', 'tell the caller', 'tell the advisor', 'tell the adviser',
    ],
    examples: {
      positive: ['Read me the code you just received.', "What's the security code on your card?"],
      negative: ['Do not read out your code to anyone.', 'Tell me about your day.'],
    },
  },
  'act.confirm': {
    kind: 'act',
    description: 'confirm, verify, validate, update (your details)',
    terms: ['confirm', 'verify', 'validate', 'update', 're-enter', 'reconfirm'],
    examples: {
      positive: ['Please confirm your bank details so we can send the refund.', 'I just need to verify some information to process the refund.'],
      negative: ['We will never ask you to confirm your card details by text.', 'I confirmed my order yesterday.'],
    },
  },
  'act.enter': {
    kind: 'act',
    description: 'enter, type, fill in, input',
    terms: ['enter', 'type', 'type in', 'fill in', 'fill out', 'input', 'key in', 'put in', 'entering', 'typing', 'filling in', 'filling out'],
    examples: {
      positive: ['Enter your card number and CVV on the page to restore access.', 'Type your password in the box.'],
      negative: ['Do not enter your password on that page.', 'The printer is out of ink.'],
    },
  },
  'act.login': {
    kind: 'act',
    description: 'log in, sign in',
    terms: ['log in', 'login', 'log into', 'log on', 'sign in', 'sign into'],
    examples: {
      positive: ['Log in at the link below to get your refund.', 'Sign in to the secure page to restore access.'],
      negative: ['Never log in through a link in a text.', 'I signed up last week.'],
    },
  },
  'act.pay': {
    kind: 'act',
    description: 'pay, settle, cover (a fee)',
    terms: ['pay', 'pay the', 'settle', 'cover the', 'paying', 'make a payment of', 'remit', 'cover my', 'cover it', 'cover this', 'sort out my', 'sort my'],
    examples: {
      positive: ['Pay the $1.99 redelivery fee to receive your package.', 'You must pay a customs fee before delivery.'],
      negative: ['Never pay a fee to get a refund.', 'I paid the bill already.'],
    },
  },
  'act.open': {
    kind: 'act',
    description: 'open, click, tap, visit, go to',
    terms: ['open', 'click', 'tap', 'visit', 'go to', 'follow'],
    examples: {
      positive: ['Click the link to claim your refund.', 'Visit https://refund-amazon-help.top to restore access.'],
      negative: ['Do not click links in unexpected texts.', 'Open the window, please.'],
    },
  },

  'act.send-money': {
    kind: 'act',
    description: 'send, transfer, wire, deposit, top up, lend (money)',
    terms: [
      'send', 'send me', 'send us', 'transfer', 'transfer me', 'wire', 'wire me', 'deposit', 'top up', 'topup', 'recharge',
      'lend', 'lend me', 'loan me', 'move', 'put', 'load', 'invest', 'zelle me', 'venmo me', 'cash app me', 'pay me',
      'pay us', 'pay into', 'pay it into', 'make a deposit', 'fund your account', 'fund the account', 'add funds',
    ],
    examples: {
      positive: ['Can you transfer £780 to this account for me?', 'Deposit $3,000 in USDT on the platform and I will guide you.'],
      negative: ['Never transfer money to someone you have only met online.', 'I sent the money to my landlord yesterday.'],
    },
  },

  'act.buy': {
    kind: 'act',
    description: 'buy, purchase, pick up, get (something to hand over): the gift-card step',
    terms: ['buy', 'purchase', 'pick up', 'get', 'go buy', 'go and buy', 'buying', 'purchasing', 'grab'],
    examples: {
      positive: ['Go to Walmart and buy four Google Play cards for the refund.', 'You need to purchase Steam cards to pay the fine.'],
      negative: ['Never buy gift cards because a caller tells you to.', 'I bought my nephew a Steam gift card for his birthday.'],
    },
  },
  'act.install': {
    kind: 'act',
    description: 'download, install, open or run (an app or program)',
    terms: ['download', 'install', 'open', 'run', 'set up', 'launch', 'get', 'downloading', 'installing', 'go to the app store', 'go to the play store'],
    examples: {
      positive: ['Please download AnyDesk so our technician can process it.', 'Install QuickSupport from the Play Store so I can fix your refund.'],
      negative: ['Never install AnyDesk because a caller asks you to.', 'I installed TeamViewer on my own laptop for work.'],
    },
  },

  'obj.code': {
    kind: 'object',
    description: 'verification code, one-time password',
    terms: [
      'code', 'codes', 'verification code', 'otp', 'one time password', 'one time code', 'one time passcode', 'passcode',
      'authentication code', 'authorization code', 'confirmation code', '6 digit', 'six digit', 'digit code', 'digit number',
      'digit pin', 'six digits', '6 digits', 'the digits', 'the passcode', 'number we sent', 'number we just sent', 'number you just received', 'number you received', 'the pin we sent',
    ],
    examples: {
      positive: ['Read me the code you just received.', 'Please confirm the verification code.'],
      negative: ['Never share your code.', 'The code was sent to your phone.'],
    },
  },
  'obj.card': {
    kind: 'object',
    // Not "the last four digits": real agents check them in chats the customer opened.
    description: 'card number, CVV, expiry, bank details, account and routing numbers',
    terms: [
      'card number', 'card numbers', 'credit card', 'debit card', 'card details', 'card information', 'card info', 'cvv', 'cvc',
      'cvv2', 'security code', 'expiry date', 'expiration date', 'bank details',
      'bank account details', 'bank account number', 'bank information', 'banking details', 'account number',
      'routing number', 'sort code', 'billing information', 'billing details', 'payment details', 'payment information',
      'payment method', 'your account details', 'name of your bank', 'your bank name', 'bank name and',
      // Chinese English for 银行卡 (newcomer11 kind 8: "…contact our agent at +86 170… and provide your bank card").
      'bank card', 'bank card number', 'bankcard',
    ],
    examples: {
      positive: ['Please confirm your bank details so we can send the refund.', 'Confirm your card number and CVV at paypal-secure-check.com to restore access.'],
      negative: ['We will never ask for your card details by text.', 'My credit card expired.'],
    },
  },
  'obj.identity': {
    kind: 'object',
    description: 'full name, address, date of birth, SSN, "some information"',
    terms: [
      'full name', 'home address', 'date of birth', 'social security number', 'ssn', 'personal information',
      'personal details', 'some information', 'some details', 'your information', 'your details', "mother's maiden name",
      'id number', 'driver license', "driver's license", 'passport number', 'medicare number', 'national insurance number',
      'insurance number', 'member id',
      // The numbers of a licence or a benefit (ncrecall17 kind 3: "Send us your license number and date of birth").
      'license number', 'licence number', 'medicaid number', 'benefit number',
    ],
    examples: {
      positive: ['I just need to verify some information to process the refund.', 'Can I have your full name and date of birth?'],
      negative: ['Never give your social security number to a caller.', 'I updated my personal details online myself.'],
    },
  },
  'obj.password': {
    kind: 'object',
    description: 'password, PIN, login details',
    terms: [
      'password', 'passwords', 'pin', 'pin number', 'login details', 'login credentials', 'username and password', 'credentials',
      'online banking login', 'banking login', 'bank login', 'apple id password', 'security questions',
    ],
    examples: {
      positive: ['Type your password in the box.', 'Tell me your online banking password.'],
      negative: ['Never tell anyone your password.', 'I changed my password.'],
    },
  },
  'obj.fee': {
    kind: 'object',
    description: 'a fee paid up front: redelivery, customs, release, processing, small fee',
    terms: [
      'fee', 'fees', 'redelivery fee', 'delivery fee', 'shipping fee', 'customs fee', 'customs duty', 'duty', 'release fee',
      'processing fee', 'handling fee', 'small fee', 'clearance fee', 'admin fee', 'activation fee', 'unlock fee',
      'verification fee', 'transfer fee', 'storage fee', 'delivery charge', 'shipping charge', 'customs charge', 'postage',
      'import duty', 'release charge', 'processing charge', 'small charge', 'taxes', 'the taxes', 'insurance fee', 'unlock fee',
      'profit tax', 'withdrawal tax', 'account tax', 'withdrawal fee', 'training materials', 'starter kit', 'registration fee',
    ],
    examples: {
      positive: ['Pay the $1.99 redelivery fee to receive your package.', 'You must pay a customs fee before delivery.'],
      negative: ['There is no fee for returns.', 'Never pay a fee to get a refund.'],
    },
  },
  'obj.money': {
    kind: 'object',
    description: 'money, cash, funds, a deposit or an amount ($, £)',
    terms: [
      'money', 'cash', 'funds', 'the funds', 'deposit', 'a deposit', 'bail', 'the balance', 'your balance', 'your savings',
      'savings', 'usdt', 'bitcoin', 'crypto', 'the amount', 'the payment', 'a payment', '£', '€', 'an invoice', 'this invoice',
      'the invoice', 'this bill', 'a bill', 'the bill', 'for bail', 'the treatment', 'my flight', 'quid', 'bucks', 'dollars',
      'pounds', 'grand', 'euros',
      // The bill named as the sender's own (recall15 kind E2: "can you cover my phone bill for me").
      'my bill', 'my phone bill', 'my rent', 'my electric bill', 'my gas bill', 'my card bill', 'my fine',
    ],
    // A sum with no currency right after the money verb ("transfer 400", "lend me 300"; src/entities/entities.ts).
    entities: ['amount', 'sum'],
    examples: {
      positive: ['Can you send me the money for bail today?', 'Please transfer £780 to this account.'],
      negative: ['Never send money to someone you have not met.', 'The money arrived in my account.'],
    },
  },

  'obj.gift-card': {
    kind: 'object',
    description: 'gift and prepaid cards as payment (iTunes, Google Play, Steam, Apple, Target, Vanilla): never how a real company is paid',
    terms: [
      ...GIFT_CARDS, 'itunes gift card', 'itunes gift cards', 'google play gift card', 'google play gift cards', 'steam gift card',
      'steam gift cards', 'play cards', 'itunes', 'google play', 'steam', 'ebay gift card', 'ebay gift cards',
    ],
    examples: {
      positive: ['Please pay the fee with iTunes gift cards and send photos of the back.', 'To complete your refund, please buy three Google Play gift cards.'],
      negative: ['Gift cards cannot be exchanged for cash.', 'No real company will ask you to pay with iTunes cards.'],
    },
  },
  'obj.remote-app': {
    kind: 'object',
    description: 'a remote-access app (AnyDesk, TeamViewer, QuickSupport, UltraViewer) or "a remote support app"',
    terms: [
      ...REMOTE_TOOLS, 'remote access app', 'remote access software', 'remote support app', 'remote desktop app', 'remote control app',
      'screen sharing app', 'support app', 'support software', 'remote app', 'remote software', 'remote tool',
    ],
    examples: {
      positive: ['Please download AnyDesk so our technician can process it.', 'Install a remote access app so I can fix your account.'],
      negative: ['Never install a remote access app for a stranger.', 'TeamViewer released a new version.'],
    },
  },

  'obj.refund-app': {
    kind: 'object',
    description: 'a "refund" or "claims" app the other side names, an app from their link, an APK: no shop pays a refund through an app it sends',
    terms: [
      'refund app', 'refunds app', 'refund application', 'refund software', 'claims app', 'claim app', 'claims application',
      'compensation app', 'compensation application', 'apk', 'app from this link', 'app from the link', 'app from our link',
      'app at this link', 'app via this link', 'app through this link', 'app from the link below', 'app i sent',
      'app we sent', 'app we sent you', 'app i sent you',
    ],
    examples: {
      positive: ['Please download the Lazada Refund app from this link.', 'Install the claims app we sent you to receive the compensation.'],
      negative: ['Never install a refund app a caller sends you.', 'Download the Temu app to track your order.'],
    },
  },
  'obj.banking': {
    kind: 'object',
    description: 'online or mobile banking, the banking app: where the money is',
    terms: [
      'online banking', 'mobile banking', 'internet banking', 'banking app', 'bank app', 'your bank account', "your bank's app",
      'bank website', "bank's website", 'banking website', 'your banking', 'net banking',
    ],
    examples: {
      positive: ['Login with your banking app to receive the refund.', 'Log in to your online banking to claim the compensation.'],
      negative: ['Never log in to online banking while a stranger is connected.', 'I logged in to my banking app this morning.'],
    },
  },

  'obj.link': {
    kind: 'object',
    description: 'link, website, page (or a URL itself)',
    terms: ['link', 'links', 'website', 'site', 'page', 'portal', 'form'],
    entities: ['url'],
    examples: {
      positive: ['Click the link to claim your refund.', 'Log in at the link below to get your refund.'],
      negative: ['Do not click links in unexpected texts.', 'The page is blank.'],
    },
  },

  'ctx.to-me': {
    kind: 'context',
    description: 'where the caller sees what you type: for me, in the chat, the box or form I opened',
    terms: [
      'for me', 'in the chat', 'chat box', 'chat window', 'so i can', 'so we can', 'on my screen', 'the box i', 'the form i',
      'the page i', 'the window i', 'i opened', 'i sent you', 'i can see it',
    ],
    examples: {
      positive: ['Type in the one-time code from your text message in the chat box for me.', 'Enter the code in the form I opened.'],
      negative: ['Enter this code to sign in.', 'Type the code on the website to verify your account.'],
    },
  },

  'ctx.payout': {
    kind: 'context',
    description: 'money coming to you: a refund, compensation, a claim or a payout to receive',
    terms: [
      'refund', 'refunds', 'refunded', 'compensation', 'compensate', 'reimbursement', 'payout', 'money back', 'claim',
      'receive the money', 'receive your money', 'receive the refund', 'receive your refund', 'receive the compensation',
      'receive your compensation', 'receive it', 'get your money', 'get the money',
    ],
    examples: {
      positive: ['Login with your banking app to receive the refund.', 'Log in to your online banking to claim the compensation.'],
      negative: ['Have a nice day.', 'See you tomorrow.'],
    },
  },

  'ctx.refund': {
    kind: 'context',
    description: 'refund, restore, unlock, redeliver: the favour a scammer offers',
    terms: [
      'refund', 'refunds', 'refunded', 'reimbursement', 'restore', 'restore access', 'unlock', 'reactivate', 'release',
      'redeliver', 'redelivery', 'reschedule', 'receive your package', 'avoid', 'cancel', 'suspended', 'limited', 'locked',
    ],
    examples: {
      positive: ['Confirm your card number and CVV at paypal-secure-check.com to restore access.', 'Click the link to claim your refund.'],
      negative: ['Have a nice day.', 'See you tomorrow.'],
    },
  },
};

/** How the English grammar reads requests and warnings: see GrammarSchema in ../schema.ts. */
export const enGrammar: GrammarDef = {
  window: 60,
  negators: [
    'never', 'do not', "don't", "won't", 'will not', 'no need to', "doesn't", 'does not', "don't have to", 'not need to',
    "don't need to", 'not required to', 'nobody will', 'no one will', 'not ask', 'without', 'will ever ask', 'no bank will',
    'no company will', 'no one will ever', 'nobody will ever', 'will not ever',
    // "No real / legitimate company will ask you to pay with gift cards": the advice, not the ask.
    'no real company', 'no real business', 'no real bank', 'no real store', 'no legitimate company', 'no legitimate business',
    'no legitimate bank', 'no genuine company', 'no genuine business',
  ],
  contrasts: ['but', 'however', 'only', 'just', 'instead', 'now'],
  negationWindow: 30,
  self: [
    'i already', "i've already", 'i have already', 'i gave', 'i sent', 'i told', 'i read', 'i paid', 'i transferred',
    'i entered', 'i typed', 'i shared', 'i provided', 'i confirmed', 'i updated', 'we sent', 'we have sent', 'has been sent',
    'was sent', 'have been sent', 'i signed',
    // A question about the listener's own act, or a notice of one seen ("Did you attempt a transfer of $500? Reply Y
    // or N", "We noticed a transfer of $1,200 from your account"): a bank's alert asks whether it was you, it asks
    // nothing to be sent (session 11: a real alert read as a money request, and with its "if it was not you" as
    // pretext + extraction, scam 85). What a scam adds after it — a link, a code, a safe account — is its own clause.
    'did you', 'have you', 'did you just', 'were you', 'we noticed', 'we detected', 'we have detected', 'we flagged',
    'we have flagged', 'we blocked', 'we have blocked', 'we stopped', 'we have stopped', 'we declined',
  ],
  reporters: [
    'scammers may', 'scammers often', 'scammers will', 'scammers might', 'scammers ask', 'scammers typically', 'scammers usually',
    'fraudsters may', 'fraudsters often', 'fraudsters will', 'criminals may', 'criminals often', 'criminals will',
    'the scammer will', 'the scammer asked', 'victims were', 'victims are', 'the victim was', 'they may ask', 'they might ask',
    'they will ask you', 'they often ask',
  ],
  verdicts: ['is a scam', 'is always a scam', 'are scams', 'are a scam', 'is fraud', "it's a scam", 'is a scammer', 'are scammers', 'are always scams', 'is a fraud'],
  frames: ['scam', 'scams', 'scammer', 'scammers', 'fraud', 'fraudsters', 'police', 'warning', 'beware', 'ftc', 'consumer alert',
    // A loss told (fa12 kind 3: "My uncle got scammed by someone pretending to be from his bank").
    'scammed', 'got conned', 'was conned', 'got tricked', 'was tricked', 'was defrauded'],
  // A third person made to act, in a story with a frame word ("They told him to move his savings to a safe account"): retold,
  // not asked of the reader (fa12 kind 3, the Chinese `victims`' twin: a reporting tactic still judges whose loss).
  victims: [
    'told him', 'told her', 'told them', 'asked him', 'asked her', 'asked them', 'made him', 'made her', 'got him to', 'got her to',
    'convinced him', 'convinced her', 'persuaded him', 'persuaded her', 'tricked him', 'tricked her', 'talked him into', 'talked her into',
  ],
  advisories: [
    'will never', 'would never', 'never ask', 'never call', 'will not ask', "won't ask", 'does not ask', "doesn't ask",
    'do not ask', 'never request', 'never text',
    // "Nobody legit will ask you to buy gift cards", "No real bank will ask for your PIN" (guard15 kind E1).
    'nobody legit will', 'nobody legitimate will', 'no one legit will', 'no legitimate', 'no real bank', 'no real company', 'no genuine',
    'nobody will ask', 'no one will ask', 'no bank will', 'no company will', 'no agency will', 'no government agency',
    'be careful', 'beware of', 'watch out for',
  ],
  generic: [
    'if someone', 'if anyone', 'anyone who', 'anyone asking', 'someone who', 'if a caller', 'if you are asked', 'if you get',
    'if you receive', 'a caller who', 'callers who', 'whoever', 'anybody who', 'if somebody',
    // A hypothetical stranger after an advisory ("Be careful. Someone may text you that your parcel is held and ask you to pay a
    // small fee at a link."; guard15 kind E1): generic, so only with an advisory in its sentence or the one before ("Someone may
    // have tried to log in, reply with the code" stays the ask).
    'someone may', 'someone might', 'someone could', 'somebody may', 'somebody might', 'a caller may', 'a caller might', 'callers may',
    'a stranger may', 'a stranger might',
  ],
};
