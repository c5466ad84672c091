import { defineTactic } from '../../schema.ts';

/**
 * A fixed return per day, week or month ("一个月收益30%", "每天赚5%", "日化3%") or a "mentor" vouched
 * for: no real product quotes a monthly percentage to a stranger. Weight 20; with a lover's talk of
 * trading, a move to a platform or any money request the composites read it. Annual rates
 * (年化, a bank's 七日年化) are not cues.
 */
export default defineTactic({
  id: 'pretext.promised-return',
  stage: 'pretext',
  description: {
    zh: '许诺每天、每周、每月固定的高收益，或说“导师很靠谱”：正规理财不会这样说',
    en: 'Promises a fixed daily, weekly or monthly return, or vouches for a "mentor": real investments never do',
  },
  weight: 20,
  speaker: 'any',
  cues: [
    {
      all: [
        ['月收益', '日收益', '周收益', '一个月收益', '每月收益', '每天收益', '月化', '日化', '周化', '一个月赚', '每个月赚', '每天赚', '一天赚', '一周赚', '月回报', '日回报', '每月回报', '每周收益', '一周收益', '每月稳定'],
        ['%', '百分之', '倍', '个点'],
      ],
      within: 10,
    },
    // The period after the word ("收益一天百分之三", "利息每周5个点", "回报一个月20%"): the same promise in a
    // friend's spoken order (nc13-recall R1: a friend's high-return app with an invite code read safe 0).
    {
      all: [
        ['收益', '回报', '利息', '利润', '返利', '分红'],
        ['一天', '每天', '每日', '一周', '每周', '一星期', '一个月', '每月', '每个月'],
        ['%', '百分之', '个点'],
      ],
      within: 12,
      ordered: true,
    },
    // A fixed payout on a stake ("投一万每天收益一百", "交两万块钱，每个月返一千五", "投资26800，月返5000"): the
    // pyramid, "pension project" and mining-pool promise (our own writing, 传销, 虚拟货币, 投资理财).
    {
      all: [
        ['投一万', '投十万', '投资', '交两万', '交一万', '投入', '投', '交', '买一台'],
        ['每月返', '每个月返', '月返', '每天收益', '每月分红', '每月返利', '每天返', '日返', '每个月领回', '每月领', '一年回本', '每天结算'],
      ],
      within: 20,
    },
    { any: ['导师很靠谱', '导师靠谱', '老师很靠谱', '有导师带', '导师带着', '导师带我', '分析师带', '跟着导师操作', '跟着老师操作'] },
  ],
  unless: ['理财有风险', '不保证', '骗', '警惕', '小心', '年化'],
  guards: ['warning'],
  advice: ['no-investment-tips', 'no-transfer'],
  examples: {
    positive: [
      '一个月收益30%，这是我的截图',
      '每天赚5个点，稳稳的',
      '日化3%，一周就能回本',
      '导师很靠谱，我跟着做了三个月',
      '每月稳定回报百分之二十',
      '我朋友推荐的平台收益一天百分之二，已经提了好几次现了',
    ],
    negative: [
      '理财有风险，过往收益不代表未来',
      '余额宝七日年化2.1%',
      '我一个月赚八千',
      '小心那种说每天赚5%的，都是骗子',
      '导师让我周五交论文',
      '这款理财收益一般，年化百分之二点五，每天都能看到',
    ],
  },
});
