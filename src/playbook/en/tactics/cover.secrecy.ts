import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'cover.secrecy',
  stage: 'cover',
  description: {
    zh: '叫您不要告诉银行、收银员或家人，不要挂电话，或教您被问起时怎么说（"就说是送人的礼物"）',
    en: 'Tells you not to tell the bank, the cashier or your family, to stay on the line, or what to say if asked ("say it is a gift")',
  },
  weight: 20,
  cues: [
    {
      any: [
        'do not tell the bank', "don't tell the bank", 'do not tell your bank', "don't tell your bank",
        'do not tell the cashier', "don't tell the cashier", 'do not tell the teller', "don't tell the teller",
        'do not tell anyone', "don't tell anyone", 'do not tell your family', "don't tell your family",
        'do not tell your wife', "don't tell your wife", 'do not tell your husband', "don't tell your husband",
        'do not tell your son', "don't tell your son", 'do not tell your daughter', "don't tell your daughter",
        'do not tell them', "don't tell them", 'do not mention', "don't mention", 'do not discuss', "don't discuss",
        'keep this confidential', 'keep this between us', 'keep it between us', 'keep this private', 'keep this a secret',
        'keep it a secret', 'keep it secret', 'this is confidential', 'confidential investigation', 'gag order',
        'if the cashier asks', 'if the teller asks', 'if the bank asks', 'if the clerk asks', 'if the store asks',
        'if anyone at the bank', 'if the bank calls', 'if anyone asks why', 'tell the cashier it', 'tell the bank it',
        'tell the teller it', 'tell them it is a gift', "tell them it's a gift", 'say it is a gift', "say it's a gift",
        'say it is for', "say it's for", 'say they are gifts', 'say you are buying', 'stay on the line', 'stay on the phone',
        'do not hang up', "don't hang up", 'keep me on the line', 'keep the line open', 'keep the phone on',
        'do not disconnect', "don't disconnect", 'do not end the call', "don't end the call",
        'the bank is involved', 'bank staff are involved', 'bank employees are involved', 'someone at the bank is',
        'cannot trust the bank', "can't trust the bank", 'do not trust the bank', "don't trust the bank",
        'do not trust the cashier', "don't trust the cashier", 'part of the investigation', 'involved in the fraud',
        'in on it', 'do not go into the bank', "don't go into the bank", 'do not go to the branch',
        "don't go to the branch", 'do not visit the bank', "don't visit the bank", 'the manager is involved',
        'say they are for', 'tell them they are for', 'tell them it is for', "tell them it's for", 'say it was for',
        'the cards are for us', 'be on the line with me', 'stay with me on the line',
      ],
    },
    // The bank's own fraud check waved away before it comes (recall16 kind R5: "Ignore the fraud alert from your bank, it is a
    // mistake. Just transfer the money…", "Your bank may flag this as fraud, ignore it and send the payment"): the one check
    // that could stop the payment is dismissed in advance, as "do not tell the bank" keeps the bank out. The bank's own
    // correction of an alert it sent ("Please ignore the fraud alert we sent earlier") is in `unless`.
    {
      all: [
        ['ignore', 'disregard', 'dismiss', 'override', 'approve it anyway', 'just approve', 'click approve', 'confirm it anyway',
          'tell them you know', 'tell the bank you know', 'say you know the person', 'tell them it is legit', "tell them it's legit"],
        ['fraud alert', 'fraud warning', 'fraud check', 'the alert', 'the warning', 'their warning', 'its warning', 'flag this',
          'flag it', 'flag the', 'flags this', 'flags it', 'block the payment', 'block the transfer', 'blocks the payment',
          'blocks the transfer', 'bank calls', 'bank asks', 'bank texts', 'bank may', 'bank might', 'bank will'],
      ],
      within: 60,
    },
    // "Don't tell the store clerk…": keeping the people who could stop it out.
    {
      all: [
        ['do not tell', "don't tell", 'do not say', "don't say", 'do not let', "don't let", 'do not inform',
          'not to tell', 'no need to tell', "shouldn't tell", 'should not tell', 'not to discuss', 'not to mention',
          'not discuss it', 'do not discuss', "don't discuss", 'keep it from'],
        ['bank', 'cashier', 'teller', 'clerk', 'store', 'staff', 'family', 'wife', 'husband', 'son', 'daughter',
          'children', 'kids', 'anyone', 'anybody', 'police', 'employee', 'employees', 'manager', 'relatives'],
      ],
      within: 30,
    },
  ],
  // A call centre's hold message and a surprise party are not secrecy.
  unless: [
    'your call is important', 'next available', 'will be with you', 'please hold', 'being recorded', 'queue',
    'will be answered', 'putting you through', 'in the order it was received',
    'surprise', 'party', 'spoilers', 'spoiler', 'ending', 'your password', 'your pin', 'your code', 'your passcode',
    'the code', 'scammers tell', 'scammer tells', 'they tell you',
    // The bank correcting its own alert, or advice never to wave one away (recall16 kind R5's twins).
    'we sent', 'sent in error', 'sent by mistake', 'by mistake', 'in error', 'no action is needed', 'no action needed', 'never ignore', "don't ignore",
    'do not ignore', 'if you made', 'if it was you', 'if this was you',
  ],
  guards: ['warning'],
  advice: ['tell-family', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      "Don't tell the cashier what the cards are for, they will not understand.",
      'If the bank asks why you are withdrawing, say it is for home repairs.',
      'Stay on the line with me the whole time, do not hang up or the refund fails.',
      'This is a confidential investigation, you cannot discuss it with your family.',
      'Someone at the bank is working with the hackers, so do not trust the bank staff.',
      "If the cashier asks, say it's a gift for your grandson.",
      "Keep this between us until the refund is complete, don't tell your son.",
      'Do not tell the store clerk the cards are for us, say they are for your grandchildren.',
      "Don't go into the bank branch, the manager there is part of the investigation.",
    ],
    negative: [
      'Please stay on the line, your call is important to us.',
      'Stay on the line and the next available agent will be with you shortly.',
      "Don't tell anyone about the surprise party on Saturday!",
      'Tell your bank right away if you notice a payment you do not recognise.',
      'If anyone asks you to keep a payment secret from your bank, it is a scam.',
      'I hung up on him because he kept asking strange questions.',
      'The bank closes at five today.',
      "Don't tell anyone your password, not even the bank.",
      'Stay on the line, your call will be answered in the order it was received.',
    ],
  },
});
