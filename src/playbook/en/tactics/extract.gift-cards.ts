import { defineTactic } from '../../schema.ts';
import { GIFT_CARDS, PRESENTS } from '../terms.ts';

export default defineTactic({
  id: 'extract.gift-cards',
  stage: 'extraction',
  description: {
    zh: '要您去买 Google Play、苹果、Steam、Target 等礼品卡，并把卡背面的卡号/兑换码念给他或拍照发给他',
    en: 'Asks you to buy Google Play, Apple, Steam or Target gift cards and read out or photograph the numbers on the back',
  },
  weight: 45,
  cues: [
    {
      all: [
        ['buy', 'purchase', 'get', 'pick up', 'go to', 'load', 'pay with', 'pay in', 'pay using', 'using', 'in the form of',
          'worth of', 'how many', 'send back', 'pay back', 'repay', 'return the', 'the overpayment'],
        GIFT_CARDS,
      ],
      within: 50,
    },
    {
      all: [
        ['read me', 'read out', 'read them', 'read those', 'scratch', 'tell me', 'give me', 'send me', 'text me', 'photo', 'picture', 'pictures', 'photos',
          'take a picture'],
        ['back of the card', 'back of the cards', 'back of each card', 'numbers on the back', 'number on the back',
          'claim code', 'claim codes', 'redemption code', 'redemption codes', 'silver strip', 'silver panel',
          'card numbers and pins', 'pin on the back', 'the pins', 'of the cards', 'each card', 'all the cards'],
      ],
      within: 40,
    },
    { any: ['scratch off the back', 'scratch the back', 'scratch off the silver', 'scratch the silver'] },
    // The grammar: paying, buying or handing over a gift card in one clause ("pay the fee with iTunes
    // gift cards", "buy three Google Play gift cards"), whatever stands between the words.
    { request: { act: ['act.pay', 'act.buy', 'act.send-money', 'act.give', 'act.tell'], object: ['obj.gift-card'] } },
  ],
  unless: [
    ...PRESENTS, 'call the number', 'call the phone number', 'thanks for', 'thank you for', 'i bought', 'bought you',
    'got you', 'box', 'label',
    // A shop's own promotion: "buy a $50 gift card, get a $5 bonus card. Reply STOP to opt out".
    'bonus card', 'get a bonus', 'reply stop', 'opt out', 'model number', 'serial number', 'terms and conditions', 'terms',
  ],
  guards: ['warning'],
  advice: ['refund-never-needs-payment', 'no-transfer', 'tell-family'],
  examples: {
    positive: [
      'Go to the nearest Walmart and buy Google Play cards worth $500.',
      'You need to pay back the difference using Target gift cards.',
      'Scratch the silver strip and read me the numbers on the back.',
      'Purchase three Apple gift cards of $200 each and stay on the line.',
      'Take a picture of the back of each card and text it to this number.',
      'Get four Steam cards, they are the fastest way to reverse the transaction.',
      'Read me the claim codes one by one, slowly.',
      'Scratch off the back and send me pictures of the cards.',
      'How many Google Play cards can you get at that store?',
      'Send back the difference with Google Play gift cards, it is the only way our system accepts.',
      'Please pay the fee with iTunes gift cards and send photos of the back.',
      'To settle the customs charge you will pay in Steam cards at any store.',
    ],
    negative: [
      "I'm going to buy Grandma a Target gift card for her birthday.",
      'Gift cards cannot be exchanged for cash.',
      'Thanks for the Steam card, I already bought two games with it!',
      'If your card is lost, call the number on the back of your card.',
      'Never pay a stranger with gift cards: it is always a scam.',
      'The Google Play store has a new update for the app.',
      'Grandpa, I bought you a Google Play card so you can get the new chess app.',
      'Read the numbers on the back of the box to find the model.',
      'Please read the terms and conditions on the back of the card.',
      'We got Dad an Apple gift card as a thank you gift for the wedding.',
      'Gift card scams: no real company will ask you to pay with iTunes or Google Play cards.',
      'I bought my nephew a Steam gift card for his birthday.',
      'Target: Buy a $50 gift card this weekend and get a $5 bonus card. Reply STOP to opt out.',
    ],
  },
});
