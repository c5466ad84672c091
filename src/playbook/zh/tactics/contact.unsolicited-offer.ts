import { defineTactic } from '../../schema.ts';

/**
 * An offer nobody asked for: a prize or gift "waiting for you", easy money (part-time tasks, likes,
 * rebates), a loan "you qualify for". Weak alone — shops and banks advertise — and stage `contact`
 * so that a mere link does not complete a kill chain; with a move off the platform (add a friend or
 * a private number, install their app, register on their site) or any money or data request, the
 * composite `unsolicited-offer-plus-move` makes it a warning (the 刷单返利, 网络交友 and fake-loan scripts).
 */
export default defineTactic({
  id: 'contact.unsolicited-offer',
  stage: 'contact',
  description: {
    zh: '主动送上门的好处：中奖、免费领礼品、兼职赚钱、返利、无抵押快速贷款',
    en: 'An offer nobody asked for: a prize, a free gift, easy part-time money, rebates, a quick no-collateral loan',
  },
  // Light: it only matters through its composite (an offer plus a move off the platform or a money ask).
  weight: 5,
  cues: [
    {
      any: [
        // Prizes and gifts "waiting".
        // Not 免费领取 / 免费赠送 / 恭喜您获得 alone: every operator's and shop's promotion says them.
        '恭喜您中', '恭喜你中', '中奖了', '幸运用户', '待领取', '获得奖品', '免费送您', '养生壶', '暖风扇', '煮饭锅', '电饭煲一台', '加支付宝好友',
        '热水壶', '小冰箱', '电风扇', '煮饭煲', '新鲜水果', '回馈老客户', '拿货次数', '领件次数', '特送', '送您一台', '送您一套', '小礼物',
        // Paid "tasks": likes, follows, orders, first-order rebates.
        // Not 报酬 / 派单 / 做单 alone: business words in real calls and adverts.
        '有偿点赞', '刷单', '高额佣金', '任务返利', '新手任务', '点赞关注', '关注任务',
        // Jobs and earnings nobody applied for, done "in our app".
        // Not 招聘 (real job adverts) nor 赚取 ("赚取积分" in every shop's promotion).
        '工作机会', '网上工作', '在家工作', '赚钱', '丰厚奖励', '丰厚的报酬', '涨粉', '简单任务',
        // Gambling and "investment" tips nobody asked for.
        '赌博', '博彩', '稳赢', '包赢', '必赢', '帮你赚回来', '带你赚',
        // Easy money.
        '兼职', '赚钱机会', '赚钱的机会', '挣钱', '轻松赚', '在家赚', '躺赚', '日赚', '点赞赚', '返利', '做任务',
        // Loans nobody applied for.
        '无抵押', '免抵押', '低利率', '低息', '快速审批', '快速放款', '秒批', '秒下款', '资金需求', '需要资金', '需要贷款', '贷款需求', '符合我们的借贷条件',
      ],
    },
  ],
  // An operator's or shop's promotion of its OWN service (流量, 套餐, 话费, its client app, points, coupons) is not a stranger's offer.
  unless: [
    '骗子', '诈骗', '警惕', '谨防', '退订', '回复td', '回td', '拒收请回复',
    '流量', '营业厅', '客户端', '套餐', '话费', '积分', '优惠券', '会员日', '宽带',
  ],
  guards: ['warning'],
  advice: ['no-upfront-fee', 'no-app-download'],
  examples: {
    positive: [
      '您好，您有一个养生壶待领取',
      '我们这里有兼职，动动手指就能赚钱',
      '我们提供无抵押、低利率的快速贷款服务',
      '恭喜您中了一台平板电脑',
      '您最近有资金需求吗？',
      '下载APP做任务就能拿返利',
    ],
    negative: [
      '兼职刷单都是诈骗，不要相信',
      '【某银行】闪电贷低利率，回复TD退订',
      '我今天去面试了一份工作',
      '奖品已经寄出了',
      '这个月的房贷按时还了',
      '下载掌上营业厅客户端，免费领取10G流量',
    ],
  },
});
