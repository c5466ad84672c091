import { defineTactic } from '../../schema.ts';
import { PAID_TASK_CUE } from '../paid-task.ts';

/** Task-scam and investment lures: paid "likes", order-brushing, commissions, guaranteed returns. */
export default defineTactic({
  id: 'pretext.easy-money',
  stage: 'pretext',
  description: {
    zh: '以刷单、点赞做任务、高佣金、稳赚高回报为诱饵',
    en: 'Lures with order-brushing, paid "like" tasks, high commissions or guaranteed high returns',
  },
  weight: 15,
  cues: [
    {
      any: [
        '刷单', '点赞任务', '做任务赚', '做任务领', '完成任务即可', '打榜任务', '关注任务', '返佣', '高额佣金', '丰厚佣金', '赚取佣金', '佣金',
        '稳赚', '高额回报', '高回报', '稳赚不赔', '保本保息', '收益翻倍', '带你赚钱', '轻松赚钱', '躺着赚钱', '内幕消息', '导师带单',
        // A year's fortune promised to a recruit (传销: "一年挣几十万", "年入百万"); our own writing.
        '一年挣几十万', '一年挣几百万', '年入百万', '年入几十万', '一年挣一百万', '挣的比你十年', '三年百万',
      ],
    },
    // Paid by the day: every casual job pays so ("急招仓库理货员，日结200元，包工作餐，加微信…，不收任何费用" read
    // suspicious 50, and 日结 matched "…活动将于X月X日结束" in real SMS). The lure is the day's pay for a task
    // done on a phone, at home, for likes or orders: only then. Kind: a newcomer's probes, session 6
    // (test/playbook/faults/nc6-fp-kinds.test.ts); every texts-5/-8 dev scam with 日结/日赚 names such a task.
    {
      all: [
        ['日结', '日赚', '日入', '当日结算'],
        ['任务', '刷单', '点赞', '手机', '在家', '动动手指', '足不出户', '宝妈', '学生党', '学生兼职', '躺', '打字', '关注', '评论', '抖音', '快手',
          '佣金', '返利', '返现', '垫付', '好评', '网上', '线上', '网络兼职', '在线', '一单',
          // Order-brushing by its other names (a shop's ratings, sales or reviews faked for pay).
          '刷信誉', '刷销量', '刷好评', '刷流量', '网店'],
      ],
      within: 30,
    },
    // A trivial act paid for (点个关注就能拿报酬, 刷视频点赞赚现金): two word classes in combination (../paid-task.ts).
    PAID_TASK_CUE,
  ],
  unless: ['警惕', '不要相信', '都是诈骗', '是诈骗', '骗局', '退订', '回复td', '银行理财', '风险提示', '理财有风险'],
  guards: ['warning'],
  advice: ['no-paid-tasks', 'no-investment-tips', 'no-app-download', 'no-transfer'],
  examples: {
    positive: [
      '在家用手机刷单，一单返佣十元',
      '只要给视频点赞做任务，每天日结工资',
      '宝妈学生兼职，动动手指日赚300',
      '完成打榜任务就能赚取丰厚佣金',
      '跟着导师带单，稳赚不赔',
      '这个项目收益翻倍，带你赚钱',
      '内幕消息，这只股票下周必涨',
      '兼职点赞任务，动动手指轻松赚钱',
      '投资我们的平台，保本保息高回报',
    ],
    negative: [
      '刷单返利都是诈骗，千万不要相信',
      '银行理财非存款，理财有风险，投资需谨慎',
      '今天加班做任务清单，晚点回家',
      '他这个月业绩好，拿了不少提成',
      '这个月工资按时发了',
      '老师布置的任务做完了吗',
      '股市有风险，入市需谨慎',
      '我给你点个赞，写得真好',
      '急招仓库理货员，日结200元，包工作餐，有意者加微信详聊',
      '商场店庆活动将于12月31日结束',
    ],
  },
});
