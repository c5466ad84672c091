import { defineTactic } from '../../schema.ts';

/**
 * Money asked into the SENDER's own private account (recall15 kind Z3): "交到我个人支付宝", "转到我个人微信", "打到我私人账户上",
 * "付到我的个人收款码", "微信转我个人就行". A school, an office, a courier, a shop or an estate collects fees through its own
 * platform or a company account, never into a person's private one; the public advice says it outright (凡是要求把钱转到个人账户
 * 的…). A payment verb, then the sender's private account right after it (我个人, 我私人, 我的个人…), so "打到你个人卡上了"
 * (the reader's own card), "学校不收个人转账" (no 我), "我个人建议你把钱转到余额宝" (no account after 我个人) and "不能打到我
 * 个人账户上" (negated) are no asks. Weight 40: alone `suspicious`, whatever the story.
 */
export default defineTactic({
  id: 'extract.fee-to-private',
  stage: 'extraction',
  description: {
    zh: '要您把钱交到、转到他本人的个人账户、个人微信、个人支付宝或个人收款码：学校、单位、平台收费都不走个人账户',
    en: 'Asks you to pay into their own private account, WeChat, Alipay or personal pay code: schools, offices and platforms never collect fees there',
  },
  weight: 40,
  cues: [
    // The request grammar (act and object classes in src/playbook/zh/lexicon.ts): negation ("不能打到我个人账户上") and the
    // speaker as subject ("我已经把押金转到我个人支付宝了", "我的工资会打到我个人卡上") are no asks.
    { request: { act: ['act.transfer', 'act.pay-into', 'act.send-money', 'act.scan-pay', 'act.pay'], object: ['obj.my-private'] } },
  ],
  unless: ['已转', '已经转', '已交', '已经交', '已付', '已经付', '收到', '查收', '到账', '不收', '不接受', '请勿', '切勿', '千万别', '不要转', '别转',
    // Money paid TO the speaker by an employer ("我的工资会打到我个人卡上", "报销款转到我个人卡就行"): pay, not a fee asked.
    '工资', '报销', '奖金', '薪水', '薪资'],
  guards: ['warning'],
  negatable: true,
  advice: ['no-transfer', 'verify-known-contact', 'already-paid'],
  examples: {
    positive: [
      '孩子们的春游费每人两百八，交到我个人支付宝，今晚十二点前',
      '报名费200元请付到我的个人收款码，付完截图发我',
      '补交的关税380元请转到我个人微信，马上放行',
      '维修基金每户1200元，交到我个人卡上，统一由我上交',
      '教辅资料费直接微信转我个人就行，不用走学校平台了',
    ],
    negative: [
      '学费请在学校缴费平台缴纳，学校不收个人转账',
      '公司报销的差旅费已经打到你个人银行卡上了',
      '警方提醒：凡是要求把报名费转到个人账户的，都是诈骗',
      '我把这个月的生活费转到你个人卡上了，注意查收',
      '您的个人账户本月管理费12元已扣除',
    ],
  },
});
