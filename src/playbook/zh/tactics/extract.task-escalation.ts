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
    // Paying again for what was promised ("提现失败，请再次转账完成验证即可提取全部收益", "需要继续充值才能解冻"): the
    // second payment asked for the first one's return (recall10).
    {
      all: [
        ['再次转账', '再次充值', '继续转账', '继续充值', '再转一笔', '再充一笔', '再交一笔', '再付一笔', '再次支付', '再次缴纳', '重新转账', '重新充值'],
        ['解锁', '解冻', '提现', '提取', '返还', '全额返', '取出', '本金', '收益', '奖励', '佣金'],
      ],
      within: 30,
    },
    {
      all: [
        ['再做', '完成第', '连续完成', '最后一单', '再完成', '做完', '下一单', '进阶任务'],
        ['才能', '就能', '一次性', '全部', '一起'],
        ['提现', '返还', '返款', '解冻', '结算', '到账', '拿回', '本金', '佣金'],
      ],
      within: 30,
    },
  ],
  // 卡单 read across a word boundary: 信用卡|单笔 in a bank's promotion (信用卡单笔消费满500元) is no stuck order, nor any other
  // card's 单笔/单日/单次 (加油卡单笔充值满1000元, 公交卡单次, 会员卡单张: fp11, a petrol card's promotion read 55).
  unless: ['如需', 'app内', '卡单笔', '卡单日', '卡单次', '卡单张', '卡单月', '司机', '乘客', '接单奖励', '骑手', '骗子', '诈骗', '警惕', '刷单是违法', '不要相信'],
  guards: ['warning'],
  advice: ['no-paid-tasks', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '您的任务卡单了，需要再做一单3800元的才能解冻，之前的本金佣金一次性返还',
      '这一单是组合单，需要一次性做完五个商品才能结算',
      '你不想把之前的钱拿回来了吗？就差最后一单了，做完就全部到账',
      '恭喜您完成新手任务！现在进入进阶任务，需要连续完成三单才能一起返款',
      '您已完成三单任务，需要完成第四单才能一次性提现佣金',
      '提现失败，请再次转账完成验证，即可提取全部收益',
      '您的账户需要继续充值才能解冻，解冻后本金一起返还',
    ],
    negative: [
      '【招商银行】活动期间信用卡单笔消费满500元即可参与抽奖，全部奖品到账后可在APP查看',
      '本月储蓄卡单笔转账超过5万元需到柜台办理，全部手续一次性办完',
      '【中石化】加油卡单笔充值满1000元，返还30元电子券，到油站营业厅办理',
      '本周再完成5单即可获得司机接单奖励',
      '刷单是违法的，卡单要你继续充值的都是骗子',
      '订单已完成，感谢您的光临',
      '做完作业才能玩游戏',
      '您的外卖订单已送达',
      '【工商银行】您的转账未成功，如需重新转账请登录手机银行操作',
      '理财产品收益已到账，如需继续充值请在APP内操作',
    ],
  },
});
