import { defineTactic } from '../../schema.ts';

/**
 * "The old card is out of use, pay to my new one": the fake landlord's, relative's and boss's switch
 * of account. Someone you pay or lend to as usual never needs a new account on the day they ask;
 * the usual account ("还是老账户", "原来的工行卡") stays safe. Alone already `suspicious` (call the
 * person on the number you know before paying). Written from the newcomer's probe (issue 8).
 */
export default defineTactic({
  id: 'extract.new-account',
  stage: 'extraction',
  description: {
    zh: '说以前的卡不用了或被冻结了，要您把钱打到一张新卡、一个新账户',
    en: 'Says the old card or account is out of use or frozen and asks you to pay to a new one',
  },
  weight: 40,
  cues: [
    // The request grammar (lexicon.ts): a transfer to a new card or account ("转到新卡", "打到这个新账户").
    { request: { act: ['act.transfer', 'act.topup', 'act.pay', 'act.send-money'], object: ['obj.new-account'] } },
    // "打我新卡上", "转我新卡": the verb, then the (first-person) new card.
    {
      all: [['打我', '转我', '汇我', '打给我', '转给我', '汇给我', '存我', '打到我', '转到我', '汇到我'], ['新卡', '新账户', '新账号', '新的卡', '新的账户', '新银行卡']],
      within: 4,
      ordered: true,
    },
  ],
  unless: ['已转', '已经转', '已打', '已经打', '我转给你', '我打给你', '工资', '发到', '寄出', '已寄', '注意查收', '不要转', '别转', '切勿', '请勿', '不会让'],
  guards: ['warning'],
  negatable: true,
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      '房东您好，我是房东，之前那个卡不用了，这个月房租转到新卡 6217 0000 1234 5678 户名李某',
      '王哥，我这边急需周转，借我两万，明天一定还，打我新卡上',
      '老板让我通知你，明天上午把项目款30万打到这个新账户，老账户被冻结了',
      '小张，之前的账户不用了，货款转到这个新账号：6228 4800 1234 5678',
      '妈，我换了张卡，以后生活费打到新卡上，旧卡丢了',
      '陈总，公司换了新的对公账户，这期的货款请汇到新对公账户',
    ],
    negative: [
      '【房东】本月房租2500元，请按时转到原来的工行卡，谢谢',
      '这个月房租2500，还是老账户，月底前转我就行',
      '我换新卡了，工资以后发到新卡上',
      '您的新卡已寄出，请注意查收',
      '钱我已经转到你新卡上了',
      '警方提醒：骗子常说“之前的卡不用了，转到新卡”，请先打原来的号码核实',
    ],
  },
});
