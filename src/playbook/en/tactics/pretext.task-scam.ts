import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'pretext.task-scam',
  stage: 'pretext',
  description: {
    zh: '"做任务"骗局的说法：点赞、刷评价、"优化"应用或商品、组合单/幸运单、负余额、充值解锁下一组任务',
    en: 'The task scam\'s own words: liking videos, rating or "boosting" products, "app optimisation", combination or lucky orders, a negative balance, topping up to unlock the next set of tasks',
  },
  // No real employer pays strangers to like videos or "optimise" apps, let alone asks them to top up:
  // the words are enough for `suspicious`; with a deposit request it is a scam (composites).
  weight: 40,
  cues: [
    {
      any: [
        'rate products', 'rating products', 'review products', 'reviewing products', 'like videos', 'liking videos',
        'like youtube videos', 'like tiktok videos', 'like tiktok', 'optimize apps', 'optimise apps', 'app optimization',
        'app optimisation', 'data optimization', 'data optimisation', 'boost products', 'boosting products',
        'combination order', 'combo order', 'merge order', 'lucky order', 'task account', 'work account',
        'negative balance', 'unlock the next set', 'next set of tasks', 'sets of tasks', 'continue your tasks',
        'continue the tasks', 'top up to continue', 'prepaid task', 'commission paid instantly', 'leave 5-star reviews',
        'leave five star reviews', 'vip level', 'upgrade to vip',
        // ncrecall16 kind B: the same job in other words ("boost their ratings", "product review tasks", "each set of tasks").
        'boost their ratings', 'boost ratings', 'boost hotel ratings', 'boost the ratings', 'boost their sales', 'product review tasks',
        'review tasks', 'rating tasks', 'each set of tasks', 'order tasks',
      ],
    },
  ],
  guards: ['warning'],
  advice: ['no-paid-tasks', 'no-upfront-fee', 'stay-on-platform'],
  examples: {
    positive: [
      'You got a combination order, top up the negative balance to unlock the next set of tasks.',
      'Part-time work: like TikTok videos and get paid, commission paid instantly.',
      'To continue your tasks please recharge your work account.',
      'The job is app optimization, one hour a day from your phone.',
      'Upgrade to VIP level to earn higher commission per task.',
    ],
    negative: [
      'Please rate your delivery in the app.',
      'I spent the evening liking my friends\u2019 holiday photos.',
      'Task scams say you must top up a negative balance: it is always a scam.',
      'The data team finished the database optimisation last night.',
      'Your account balance is $120.',
    ],
  },
});
