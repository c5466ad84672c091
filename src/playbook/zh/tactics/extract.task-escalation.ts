import { defineTactic } from '../../schema.ts';

/**
 * The task scam's hook (issue 8 §1.8, 刷单返利): after small paid tasks the "order gets stuck" and
 * you must do one more, bigger one before anything comes back ("任务卡单了，需要再做一单3800元的才能
 * 解冻", "组合单需要一次性做完五个商品才能结算", "就差最后一单，做完就全部到账"). Nothing real holds
 * your money until you pay more. An escalation word, a "then you get it" word and a payout word within
 * 30 characters; 卡单 and 组合单 are the scam's own words.
 */
export default defineTactic({
  id: 'extract.task-escalation',
  stage: 'extraction',
  description: {
    zh: '做任务“卡单”了，要您再做一单、做完组合单或连续几单，才能提现、返还本金：这是刷单诈骗，越做亏得越多',
    en: 'A task "got stuck" and you must do one more, a combined order or several in a row before you can withdraw or get your stake back: the task scam; the more you pay, the more you lose',
  },
  weight: 40,
  cues: [
    { any: ['卡单', '组合单', '联单', '叠加单', '就差最后一单', '再做一单', '再刷一单'] },
    {
      all: [
        ['再做', '完成第', '连续完成', '最后一单', '再完成', '做完', '下一单', '进阶任务'],
        ['才能', '就能', '一次性', '全部', '一起'],
        ['提现', '返还', '返款', '解冻', '结算', '到账', '拿回', '本金', '佣金'],
      ],
      within: 30,
    },
  ],
  // 卡单 read across a word boundary: 信用卡|单笔 in a bank's promotion (信用卡单笔消费满500元) is no stuck order.
  unless: ['信用卡单笔', '信用卡单日', '信用卡单次', '信用卡单张', '银行卡单笔', '银行卡单日', '储蓄卡单笔', '储蓄卡单日', '司机', '乘客', '接单奖励', '骑手', '骗子', '诈骗', '警惕', '刷单是违法', '不要相信'],
  guards: ['warning'],
  advice: ['no-paid-tasks', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '您的任务卡单了，需要再做一单3800元的才能解冻，之前的本金佣金一次性返还',
      '这一单是组合单，需要一次性做完五个商品才能结算',
      '你不想把之前的钱拿回来了吗？就差最后一单了，做完就全部到账',
      '恭喜您完成新手任务！现在进入进阶任务，需要连续完成三单才能一起返款',
      '您已完成三单任务，需要完成第四单才能一次性提现佣金',
    ],
    negative: [
      '【招商银行】活动期间信用卡单笔消费满500元即可参与抽奖，全部奖品到账后可在APP查看',
      '本月储蓄卡单笔转账超过5万元需到柜台办理，全部手续一次性办完',
      '本周再完成5单即可获得司机接单奖励',
      '刷单是违法的，卡单要你继续充值的都是骗子',
      '订单已完成，感谢您的光临',
      '做完作业才能玩游戏',
      '您的外卖订单已送达',
    ],
  },
});
