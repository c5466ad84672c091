import { defineTactic } from '../../schema.ts';

/**
 * Online gambling's lure (网络赌博, issue 8 §1.8): casino games (百家乐, 牛牛, 炸金花, 六合彩特码,
 * 时时彩), sign-up bonuses (注册送彩金, 首充送100%, 存款即送), "insider plans" and the withdrawal held
 * for "turnover" (流水不足). Online gambling is illegal in China and every such platform is a
 * scam's ledger; weight 25 (watch alone): with a link, an app, a group or a stake the composites
 * make it `scam`. The state lotteries (体彩, 福彩) and their results stay quiet.
 */
export default defineTactic({
  id: 'pretext.gambling',
  stage: 'pretext',
  description: {
    zh: '网络赌博的诱饵：百家乐、牛牛、六合彩特码、注册送彩金、首充送、内部计划员带投注、流水不足不能提现',
    en: 'Online gambling bait: baccarat, "bull-bull", Mark Six tips, sign-up bonus, first-deposit match, an insider "planner" to bet with, withdrawals held for turnover',
  },
  weight: 25,
  cues: [
    {
      any: [
        '百家乐', '牛牛', '炸金花', '龙虎斗', '时时彩', '六合彩', '特码', '娱乐城', '真人荷官', '在线赌场', '线上赌场', '网上赌场', '首充送',
        '充一百送', '充值一千送', '首充一千送', '存款即送', '出款秒到', '返水', '计划员', '压庄', '押庄', '竞猜平台', '竞彩平台', '博彩平台', '赌博平台',
        '流水不足', '打满流水', '投注满', '假球', '赔率全网最高', '赔率比体彩高', '新葡京', '澳门正规', '澳门的在线',
      ],
    },
    // A bonus GIVEN ("注册就送58元彩金", "首存赠彩金", "领取彩金"): 彩金 alone is also a jeweller's coloured
    // gold ("彩金饰品全场8折", "K金、彩金、铂金均可兑换"), which the dev real SMS and our own promotions
    // (data/corpus/gen-legit-sms3-zh.jsonl, jewelry) read as gambling.
    { all: [['送', '赠', '领', '注册', '首存', '首充', '存款', '返', '派发'], ['彩金']], within: 8, ordered: true },
    // Bet along with someone's tips ("跟着下注", "今晚这一期跟我下", "跟我买").
    {
      all: [
        ['跟着', '跟我', '带你'],
        ['下注', '投注', '押注', '下这一期', '这一期跟我', '买这一场', '压', '玩彩票', '竞猜'],
      ],
      within: 8,
    },
  ],
  unless: ['骗子', '诈骗', '警惕', '谨防', '远离赌博', '打击', '抓获', '破获', '涉赌', '开奖结果', '体彩中心', '福彩中心', '禁止赌博'],
  guards: ['warning'],
  advice: ['no-investment-tips', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '百家乐真人视讯，注册就送58元彩金',
      '新用户首存即赠彩金，提款秒到',
      '首充送100%，提款秒到账，娱乐城24小时营业',
      '我们有内部计划员，今晚这一期跟着下注',
      '你的提现没通过，流水不足，再投注两轮就能提',
      '兄弟，跟我压这一把，稳的',
      '六合彩特码内部资料，期期准',
    ],
    negative: [
      '本期体彩大乐透开奖结果已公布',
      '警方破获一个跨境网络赌博团伙',
      '远离赌博，珍爱家庭',
      '周末跟我去看球赛吧',
      '珠宝店周年庆，彩金和铂金饰品全场八折',
      '旧金换新金免工费，K金、彩金均可兑换',
      '这个月的流水账你记一下',
    ],
  },
});
