import { defineTactic } from '../../schema.ts';
import { PAID_TASK_CUE } from '../paid-task.ts';

/**
 * Which KIND an easy-money lure is: paid tasks (刷单, 点赞任务, 返佣, 日结 for a phone task), not investment.
 * pretext.easy-money reads both kinds' lures (刷单 and 稳赚, 佣金 and 高回报) as one story and names both
 * kinds' advice; this component marks the task kind alone, so the advice follows the kind that fired
 * (`adviceExclusive`, src/playbook/advice-needs.ts): an investment scam ("老师带你炒股，稳赚不赔") is not
 * told about order-brushing first, a paid-task lure is not told about stock tips. Weight 0: it adds
 * nothing to the score; its words are a subset of easy-money's task words, with the same unless and
 * guards, so it fires only beside easy-money (the model's fusion reads the same rules either way).
 */
export default defineTactic({
  id: 'pretext.task-lure',
  stage: 'pretext',
  description: {
    zh: '以刷单、点赞、做任务赚佣金为诱饵（刷单类诈骗）',
    en: 'Lures with paid tasks: order-brushing, "likes", commissions for tasks (a task scam)',
  },
  weight: 0,
  role: 'component',
  cues: [
    {
      any: [
        '刷单', '点赞任务', '做任务赚', '做任务领', '完成任务即可', '打榜任务', '关注任务', '返佣', '高额佣金',
        '丰厚佣金', '赚取佣金', '佣金',
      ],
    },
    {
      all: [
        ['日结', '日赚', '日入', '当日结算'],
        ['任务', '刷单', '点赞', '动动手指', '打字', '关注', '评论', '佣金', '返利', '返现', '垫付', '好评', '一单', '刷信誉', '刷销量', '刷好评'],
      ],
      within: 30,
    },
    // A trivial act paid for (点个关注就能拿报酬, 刷视频点赞赚现金): two word classes in combination (../paid-task.ts).
    PAID_TASK_CUE,
  ],
  unless: ['警惕', '不要相信', '都是诈骗', '是诈骗', '骗局', '退订', '回复td'],
  guards: ['warning'],
  advice: ['no-paid-tasks'],
  examples: {
    positive: [
      '在家用手机刷单，一单返佣十元',
      '只要给视频点赞做任务，每天日结工资',
      '完成打榜任务就能赚取丰厚佣金',
      '做任务返利，每单先充值，完成三单后本金加佣金一起返还',
      '兼职点赞任务，动动手指日赚300',
    ],
    negative: [
      '跟着导师带单，稳赚不赔',
      '内幕消息，这只股票下周必涨',
      '刷单返利都是诈骗，千万不要相信',
      '今天加班做任务清单，晚点回家',
      '急招仓库理货员，日结200元，包工作餐，有意者加微信详聊',
    ],
  },
});
