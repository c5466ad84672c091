import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'pretext.investment',
  stage: 'pretext',
  description: {
    zh: '网恋对象或"导师"推荐稳赚不赔的加密货币、外汇或交易平台，或称提现被冻结、要先交税费保证金',
    en: 'An online friend or "mentor" pushes a sure-profit crypto, forex or trading platform, or says a withdrawal is frozen until you pay a tax or fee',
  },
  weight: 20,
  cues: [
    {
      any: [
        'guaranteed returns', 'guaranteed return', 'guaranteed profit', 'guaranteed profits', 'risk-free', 'risk free',
        'no risk', 'crypto platform', 'trading platform', 'investment platform', 'mining pool', 'liquidity mining',
        'trading signals', 'signals group', 'vip group', 'my uncle works', 'my aunt works', 'insider information',
        'inside information', 'double your money', 'withdrawal is frozen', 'withdrawal frozen', 'withdrawal has been frozen',
        'unlock the withdrawal', 'unlock your withdrawal', 'to withdraw your profit', 'to withdraw your funds',
        'account tax', 'withdrawal fee', 'withdrawal tax', 'profit tax', 'security deposit to withdraw', 'our future together',
        'build our future', 'teach you to trade', 'teach you how to invest', 'i will guide you', "i'll guide you",
        'i can teach you', 'trading account', 'close your position', 'account manager', 'withdrawal will be rejected',
        'withdrawal was rejected', 'withdraw your profits', 'withdraw your profit', 'profit tax', 'raise your credit score',
        'credit score is low', 'wallet address', 'deposit address',
      ],
    },
    {
      all: [
        // recall17 kind D: the wrong-number opener's pitch in other words ("I'm an investor, I can show you how I earn 5% a day",
        // "my mentor taught me futures, I doubled my money last month") read safe 0.
        ['invest', 'investing', 'investment', 'investor', 'trading', 'trader', 'crypto', 'platform', 'exchange', 'usdt', 'bitcoin',
          'ethereum', 'forex', 'gold', 'futures', 'my mentor'],
        ['profit', 'profits', 'returns', 'made', 'earned', 'earn', 'gains', '%', 'percent', 'per week', 'a week', 'daily', 'a day',
          'per day', 'every day', 'a month', 'per month', 'doubled my', 'doubled our', 'tripled my'],
      ],
      within: 50,
    },
  ],
  unless: ['statement', 'pension', 'your portfolio', 'past performance', 'capital at risk', 'financial adviser', 'isa', '401k'],
  guards: ['warning'],
  advice: ['no-investment-tips', 'no-transfer', 'stay-on-platform'],
  examples: {
    positive: [
      'My uncle works at a hedge fund and gave me this crypto platform, I made 30% this week.',
      'It’s risk-free, I’ll guide you step by step so we can build our future together.',
      'Your withdrawal is frozen until you pay the 15% account tax.',
      'Join our VIP group for trading signals, members earn 5% a day.',
      'With USDT on this exchange you can double your money in a month.',
    ],
    negative: [
      'Your quarterly pension statement is now available.',
      'I lost money on the stock market last year.',
      'Past performance is not a guide to future returns; capital at risk.',
      'If an online match pushes a crypto platform with guaranteed returns, it is a scam.',
      'We watched a documentary about the gold rush.',
    ],
  },
});
