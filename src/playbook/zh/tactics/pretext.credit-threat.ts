import { defineTactic } from '../../schema.ts';

/**
 * Your credit is said to be at stake because of something wrong with your account: a quota "abnormal", a student
 * account "not closed", an overdue record "about to be reported", a mistaken label ("被误标记为高频退货用户") that
 * "will affect your credit score" (newcomer9 kind 2: "京东白条额度异常 影响征信 速回电 0755-…", "学生账户未注销影响
 * 征信 详询 400-…", "【征信中心】…存在逾期记录，将于48小时内上报央行征信系统…致电专员" read safe 15–20). Three
 * things in one stretch: an anomaly claimed, a credit word, and the harm to it. The story of the fake lender's or
 * platform's credit desk; its next move is a number, a chat id or a link (composite credit-threat-plus-channel).
 * A lender's or a bank's own reminder says the same harm but asks you to repay in its app (还款, 应还, 账单): not
 * this story. The credit reference centre publishes that nobody "handles" a record by phone (人民银行征信中心 notices,
 * own legit SMS w5lst-0272, c-legit-zh-128). Weight 15, like the other pretexts of a message.
 */
export default defineTactic({
  id: 'pretext.credit-threat',
  stage: 'pretext',
  description: {
    zh: '说您的账户、额度或记录出了问题（异常、未注销、逾期记录、被误标记），不处理就影响征信或信用评分',
    en: 'Says something is wrong with your account, credit line or record (abnormal, not closed, overdue, wrongly flagged) and your credit record or score will suffer unless it is dealt with',
  },
  weight: 15,
  cues: [
    {
      all: [
        // The anomaly claimed about the reader's account or line.
        ['异常', '未注销', '没有注销', '没注销', '未关闭', '没有关闭', '逾期记录', '不良记录', '误标记', '标记为', '被标记', '违规', '不合规', '存在风险', '风险账户',
          '被限制', '受限', '被冻结', '冻结', '被降级', '未认证', '未核验', '异地登录', '被盗用', '被冒用'],
        // The credit said to be at stake.
        ['征信', '信用记录', '信用评分', '信用分', '信用等级', '信用报告', '个人信用', '失信', '黑名单', '芝麻分', '芝麻信用'],
        // The harm to it.
        ['影响', '上报', '报送', '纳入', '录入', '受损', '污点', '降低', '下降', '列入', '拉入', '进入', '留下', '扣分', '清零'],
      ],
      within: 40,
    },
  ],
  unless: [
    // A lender's or a bank's own reminder: repay, in its app.
    '还款', '应还', '账单', '结清', '按时', '逾期将产生', '如已还', 'app内', 'app里', '官方app', '手机银行', '网上银行',
    // Reassurance and warnings.
    '不影响', '不会影响', '不会上报', '不上征信', '不会留下', '诈骗', '骗子', '谨防', '警惕', '不存在', '都是骗局', '无法修复',
  ],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app', 'verify-independently'],
  examples: {
    positive: [
      '京东白条额度异常 影响征信 速回电 0755-26338812',
      '您的学生账户未注销，会影响您的个人征信，请联系专员处理',
      '您名下的网贷账户存在逾期记录，将于48小时内上报征信系统，如有异议请致电专员',
      '您的账户被系统误标记为高频退货用户，将影响您的信用评分，请尽快拨打专线核验',
      '检测到您的花呗额度异常，不处理将影响芝麻信用，请添加客服QQ处理',
      '您的借呗账户存在违规，需要注销，否则将纳入征信黑名单',
    ],
    negative: [
      '【中国银行】您的信用卡本期最低还款额426.00元，到期还款日12月15日，逾期将影响个人征信。',
      '【光大银行】您尾号2161的信用卡已逾期5天，请尽快还款以免影响征信，可通过光大银行APP还款。',
      '【中国银联】提醒您：银联不会以“账户异常”“征信修复”为由要求您转账或提供验证码',
      '信用卡逾期一天会影响征信吗？',
      '您好，在宽限期内还款不会上报征信',
      '我的芝麻分涨到了七百',
    ],
  },
});
