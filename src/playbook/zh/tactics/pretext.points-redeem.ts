import { defineTactic } from '../../schema.ts';

/**
 * Points "about to expire, redeem for cash" (积分兑换钓鱼, issue 8 §1.8): a bank's or carrier's points
 * said to convert to cash today through a link. Real programmes redeem inside their own app, for
 * goods or credit: the story alone is weight 15; with a link off the official sites the composite
 * makes it `scam`.
 */
export default defineTactic({
  id: 'pretext.points-redeem',
  stage: 'pretext',
  description: {
    zh: '说您的积分可以兑换现金、今天到期或即将清零',
    en: 'Says your points convert to cash, or expire today',
  },
  weight: 15,
  cues: [
    {
      all: [
        ['积分'],
        ['兑换现金', '可兑换现金', '换现金', '折现', '即将清零', '今日到期', '今天到期', '即将过期', '即将失效', '今日清零'],
      ],
      within: 20,
    },
  ],
  unless: ['骗子', '诈骗', '警惕', '谨防', '冒充', 'app内', '官方app', '营业厅'],
  guards: ['warning'],
  advice: ['verify-independently', 'check-domain'],
  examples: {
    positive: [
      '您的信用卡积分可兑换现金288元，今日到期',
      '您的话费积分即将清零，请尽快兑换',
      '积分今日到期，可换现金',
      '您有5000积分即将过期',
      '您的积分可以折现，请登录领取',
    ],
    negative: [
      '积分兑换请在官方APP内操作',
      '警惕积分兑换诈骗短信',
      '我攒了好多积分换了个杯子',
      '本月新增积分120',
      '比赛积分榜更新了',
    ],
  },
});
