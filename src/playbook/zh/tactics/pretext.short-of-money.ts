import { defineTactic } from '../../schema.ts';

/**
 * "I'm short, it's urgent" said beside a card or an account written out or pointed at (newcomer12 kind S2): "朋友
 * 急用两千 转这个账号 6222…", "哥们江湖救急 转我卡上 6228…", "在缅甸急需一万赎人 打这个卡号". The need alone is what
 * friends say every day, so it is read only next to a card number, "这个账号" or a payee's name: the fake friend's
 * script, where the money goes at once to the card in the text. Weight 10; a story for the single-message rule, so
 * with money to that card (extract.to-written-card) the message is `scam`.
 */
export default defineTactic({
  id: 'pretext.short-of-money',
  stage: 'pretext',
  description: {
    zh: '说自己急用钱、周转不开、要赎人，同时写出一个卡号或“这个账号”让您转',
    en: 'Says they are short of money, in a hurry or held for ransom, beside a card number or "this account" to pay',
  },
  weight: 10,
  cues: [
    {
      all: [
        ['急用', '救急', '应急', '手头紧', '周转不开', '周转不过来', '资金周转', '周转一下', '急需', '赎人', '赎金', '被扣', '被抓', '出事了', '急着付', '急着用'],
        ['这个账号', '这个卡号', '这个卡', '这张卡', '卡号', '户名', '开户行', '这个账户', '个人卡'],
      ],
      within: 40,
    },
  ],
  unless: ['骗子', '诈骗', '冒充', '警惕', '千万别', '切勿', '核实', '已转', '已经转', '我转给你', '我给你转'],
  guards: ['warning'],
  advice: ['verify-known-contact', 'no-transfer'],
  examples: {
    positive: [
      '急用两千，转这个账号，户名王某',
      '江湖救急，打这个卡号，明天还',
      '我在外地被扣了，急需一万，转这张卡',
      '手头紧，卡号发你了，转三千过来',
      '资金周转不开，户名李某，开户行农行',
    ],
    negative: [
      '急用钱的话可以去银行申请贷款',
      '手头紧，这个月先不聚餐了',
      '冒充朋友发卡号说急用的都是骗子',
      '卡号已经转给财务了',
      '急需的材料已经发你了',
    ],
  },
});
