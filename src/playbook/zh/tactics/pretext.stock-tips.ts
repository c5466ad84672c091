import { defineTactic } from '../../schema.ts';

/**
 * Free stock tips from a stranger (投资理财, issue 8 §1.8): a "teacher" or "chief analyst" who gives
 * limit-up picks in a group, inside information, an "institutional channel". Licensed advisers do
 * not recruit strangers into free groups; weight 20 (watch alone). With a group, a chat handle, an
 * app or a deposit the composites decide.
 */
export default defineTactic({
  id: 'pretext.stock-tips',
  stage: 'pretext',
  description: {
    zh: '陌生人免费荐股：牛股、涨停、内参、内幕、老师带、机构通道',
    en: 'Free stock tips from strangers: "bull stocks", limit-up picks, insider notes, a "teacher", an "institutional channel"',
  },
  weight: 20,
  cues: [
    {
      any: [
        '荐股', '牛股', '涨停牛股', '明日涨停', '明日必涨', '必涨', '机构内参', '牛股内参', '内参及', '股票内幕', '机构通道', '机构专用通道', '首席分析师', '老师推荐的票', '老师推荐的股', '老师推荐的两只', '老师今天的票', '老师今天推荐',
        '跟着老师', '跟上的家人们', '股票交流群', '免费股票', '带大家做', '老师讲课', '新股申购内部', '打新内部',
      ],
    },
    // A stock group or pick said in other words (nc9-loss kind 4: "股票群今天又抓到两个涨停，明天的内部票只给群里VIP"):
    // a stock GROUP with a pick or a promise, or any stock word with a pick kept for members. Not a stock word with
    // 涨停 or 内部消息 alone: a broker's alert ("您关注的股票今日涨停") and a friend's advice ("别听群里的内部消息，炒股
    // 看财报") say those.
    {
      all: [
        ['股票群', '股群', '炒股群', '荐股群', '股票交流群', '股友群'],
        ['涨停', '内部票', '内部股', '内部消息', '牛股', '翻倍', '抓到', '只给群里', '会员票', 'vip'],
      ],
      within: 24,
    },
    {
      all: [
        ['股票', '炒股', '个股', '选股', 'a股'],
        ['内部票', '内部股', '只给群里', '只发给群里', '会员票', '只给会员', '只发给会员', '只给vip'],
      ],
      within: 24,
    },
  ],
  unless: ['骗子', '诈骗', '警惕', '谨防', '风险提示', '不构成投资建议', '非法荐股'],
  guards: ['warning'],
  advice: ['no-investment-tips', 'no-app-download', 'already-paid'],
  examples: {
    positive: [
      '进群免费荐股，每天一只涨停牛股',
      '明日必涨的三只股票已出',
      '老师今天推荐的票又涨停了',
      '下一步我们进入机构通道操作',
      '首席分析师免费给您内参',
      '我们股票群这周抓到三个涨停，下周的票只给会员',
      '炒股的朋友注意，明天的内部票只发给群里会员',
    ],
    negative: [
      '警惕非法荐股，跟着老师炒股的都是骗局',
      '今天大盘涨了两个点',
      '本报告不构成投资建议',
      '我的老师今天布置了作业',
      '这只股票我持有三年了',
      '今天股票跌了，我的基金也亏了一点',
      '【某证券】您关注的股票今日涨停，请理性投资',
      '你别听那些人说什么内部消息，炒股就看财报，别借钱炒',
    ],
  },
});
