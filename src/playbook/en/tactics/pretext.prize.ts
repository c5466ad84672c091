import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'pretext.prize',
  stage: 'pretext',
  description: {
    zh: '称您中了奖、抽中了大礼或被选中领取奖金、购物券、新手机',
    en: 'Says you have won a prize, a lottery, a voucher, a gift or cash, or were "selected" for a reward',
  },
  // Low: shops really do run draws. The fee or link that "releases" the prize is the scam (composites).
  weight: 15,
  cues: [
    {
      all: [
        ['won', 'winner', 'you win', 'you have been selected', "you've been selected", 'selected', 'chosen', 'drawn',
          'congratulations', 'congrats', 'lucky', 'claim your', 'unclaimed'],
        ['prize', 'lottery', 'raffle', 'sweepstakes', 'jackpot', 'voucher', 'gift card', 'cash prize', 'winnings',
          'giveaway', 'draw', 'iphone', 'free gift', 'reward', 'award', 'grant', 'inheritance', 'compensation fund'],
      ],
      within: 60,
    },
    { any: ['you have won', "you've won", 'you are a winner', "you're a winner", 'you are our winner', 'claim your prize', 'claim your reward', 'unclaimed prize'] },
  ],
  unless: ['stars', 'points have been added', 'added to your account', 'loyalty points', 'the team won', 'we won', 'they won', 'i won'],
  guards: ['warning'],
  advice: ['no-upfront-fee', 'check-domain'],
  examples: {
    positive: [
      'Congratulations! You have been selected to receive a $500 Amazon gift card.',
      'You have won £25,000 in the UK National Lottery online draw.',
      'Your number was drawn as our lucky winner of an iPhone 16.',
      'Publishers Clearing House: you are our winner of $2.5 million.',
      'Claim your reward today, you are our 1,000,000th visitor.',
    ],
    negative: [
      'Your Starbucks Rewards: 50 bonus stars have been added to your account.',
      'We won the quiz night at the pub!',
      'The raffle at the school fair is on Saturday.',
      'Lottery scams ask you to pay a fee to release your prize.',
      'I won a teddy bear at the fair.',
    ],
  },
});
