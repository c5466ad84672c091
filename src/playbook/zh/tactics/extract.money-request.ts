import { defineTactic } from '../../schema.ts';
import { PAYBACK } from '../payback.ts';

/**
 * The plain ask of the fake-relative, fake-boss and fake-official scripts: "transfer it to me /
 * to him / pay it for me first". Weaker than extract.transfer (family members ask each other for
 * money every day), so alone it is only a watch; with a claimed acquaintance, an urgent-money
 * story or a move to WeChat/QQ the composites make it a warning.
 */
export default defineTactic({
  id: 'extract.money-request',
  stage: 'extraction',
  description: {
    zh: '直接要您转账、汇款、代付或先垫钱给他本人、他的“领导”或“对方”',
    en: 'Asks you outright to transfer, wire, pay on their behalf or advance money to them, their "boss" or "the other party"',
  },
  weight: 20,
  cues: [
    // The money asked back after a transfer said to be a mistake ("我刚才转错账了…你把钱退回来吧"): the grammar's transfer
    // act × money beside the story (ctx.mistaken), the listener the subject even with no punctuation (grammar listenerSubjects).
    { request: { act: ['act.transfer'], object: ['obj.money'] }, context: ['ctx.mistaken'] },
    {
      all: [
        ['转账', '汇款', '转钱', '打钱', '打款', '转一部分钱', '转点钱', '汇点钱', '转过去'],
        ['给我', '到我的', '到我卡', '给对方', '给他', '给领导', '到对方', '给我们', '到这个账', '到这张卡', '给这个账'],
      ],
      within: 8,
      ordered: true,
    },
    {
      any: [
        '帮我转', '帮我汇', '帮忙转账', '帮我转账', '帮我垫', '帮我先垫', '你先垫', '您先垫', '先垫一下', '帮忙代付', '帮我代付', '帮我付一下',
        '借点钱', '借些钱', '借一些钱', '借我点钱', '往里面转', '往这个账户转', '往这张卡转',
        // The remittance asked as a favour ("想请你帮忙汇款五千块", "帮我打款到这个账户"; recall15 kind Z1).
        '帮忙汇款', '帮我汇款', '帮忙汇钱', '帮我汇钱', '帮忙打款', '帮我打款', '帮忙打钱', '帮我打钱', '帮忙转钱', '帮忙转一下钱',
        // The loan asked as a question with the money unsaid ("你能帮我借点吗", "能借我一点吗"; recall10).
        '借点吗', '借一点吗', '借些吗', '借我点吗', '借我一点吗', '能借我吗', '可以借我吗', '借给我吗', '帮我借点', '借我应急', '借我救急',
      ],
    },
    {
      all: [
        ['需要', '急需', '尽快', '马上', '赶紧', '立即', '立刻'],
        ['汇款', '转账', '打款', '汇钱', '转钱'],
        ['元', '块', '万', '千'],
      ],
      within: 14,
      ordered: true,
    },
    // The request grammar (lexicon.ts, lexicon-other.ts): borrow from you, pay for them, send money,
    // provide funds — "能不能借我10000块", "你转个2000过来", "帮忙代付一下机票钱", "提供这笔资金".
    { request: { act: ['act.lend', 'act.pay-for', 'act.send-money'], object: ['obj.money', 'obj.funds', 'obj.charge', 'obj.sum', 'obj.expense'] } },
    // A round sum to send first ("先转八万，转完截图给我", "你能不能先付一半"): weak alone, a relative says it too.
    { request: { act: ['act.pay-first'], object: ['obj.sum', 'obj.expense'] } },
    // Their own bill sent to them ("补课费请直接转给我", "机票钱汇给我"): weak alone, with a claimed teacher or relative a warning.
    { request: { act: ['act.transfer', 'act.remit'], object: ['obj.expense'] } },
    { request: { act: ['act.give'], object: ['obj.funds'] } },
    // The payment itself done for them ("帮忙完成一笔转账操作", "请您先代为转账", "你先帮我用微信付一下款").
    { request: { act: ['act.pay-for'], object: ['obj.payment-act'] } },
    // "Help me out" next to a bill or a need ("见面之前你能帮我个忙吗，我妈妈住院需要手术费"): the romance and relative scripts.
    {
      all: [
        ['帮我个忙', '帮帮我', '帮我一下', '帮我一个忙', '帮个忙', '能帮我吗', '帮我接收'],
        ['手术费', '医药费', '住院', '罚款', '学费', '路费', '首付', '周转', '资金', '一笔钱', '交钱', '需要钱', '钱都在', '保释'],
      ],
      within: 30,
    },
    // Bring the money / send back what was "overpaid" to their account ("您拿钱来保释他", "多付了五百，你退给我吧，转这个账户").
    { any: ['拿钱来', '拿钱过来', '送钱来', '带钱来'] },
    // The sum said between the verb and its direction ("你先每人转5000块过去", "转3000块过来，明天还你"): V + sum + 过来/过去.
    {
      all: [
        ['转', '汇', '打'],
        ['块过去', '块过来', '元过去', '元过来', '块钱过去', '块钱过来', '万过去', '万过来', '千过去', '千过来', '百过去', '百过来'],
      ],
      within: 10,
      ordered: true,
    },
    // Money into an account they point at, the owner said between ("往公司这个账户转1000块", "往我朋友的卡里打五千"; recall15 kind Z1).
    {
      all: [['往'], ['账户转', '账号转', '账户里转', '卡里转', '卡上转', '账户打', '卡里打', '账户汇', '卡里汇']],
      within: 10,
      ordered: true,
    },
    { all: [['多付', '扣了两次', '多转了', '多打了', '付了两次'], ['退给我', '转这个账户', '还给我', '转回给我']], within: 30 },
    // Money into an account they name ("请转账至以下账号", "充值5200元到我的账号里"); weak alone (a landlord names
    // the rent account too), decisive with a story, a trade or a claimed identity (the composites).
    { request: { act: ['act.transfer', 'act.topup', 'act.send-money'], object: ['obj.named-account'] } },
  ],
  unless: [
    '已转', '已经转', '我转给你', '我给你转', '我给您转', '我转你', '转你了', '我转了', '我汇了', '我刚转', '收到', '还你了', '还给你了', '今天还你', '今天还给你', '现在还你', '现在还给你', '这就还', '工资', '红包', '退款', '不要转', '别转',
    '不会让', '不会要求', '切勿', '请勿', '千万别', '交易成功', '转账成功', '到账', '支出', '入账',
    // A biller saying where it does NOT collect ("不向个人账户转账", "不收个人转账"; fp11).
    '不向个人', '不收个人', '不通过个人', '不经个人', '不接受个人',
    // The SENDER paying a fee for its customer, not asking it (fp11, the who-asks side): a developer or a shop paying for the
    // buyer ("成功购房开发商代付入住费"). A stranger's "帮我代付一下" names no such payer. Not 为您提供/为客户提供 (funds offered):
    // the loan scam says it too ("我们为您提供资金…先转…"), 7 dev scams lost `scam` with it.
    '开发商代付', '商家代付', '平台代付', '我司代付', '公司代付', '免费代付',
  ],
  // An advance paid back the ordinary way among colleagues and friends (conv17 kind D): src/playbook/zh/payback.ts.
  ordinary: PAYBACK,
  guards: ['warning'],
  negatable: true,
  advice: ['verify-known-contact', 'no-transfer', 'tell-family', 'already-paid'],
  examples: {
    positive: [
      '你能帮我先转一部分钱给领导吗，很急',
      '我现在急需一笔钱，你直接转账给我吧，我给你个账号',
      '对方说要私了，你帮我转账到我朋友的卡上',
      '现在需要汇款两万元才能把这事摆平',
      '你先垫一下，就八千块，等我回去找会计报销',
      '国外支付不了，你帮忙代付一下机票钱',
      '我给你两个账号，你往里面转两万块',
      '你帮我汇到这张卡上，事情办完马上还',
      '能不能借我10000块，我过段时间还给你',
      '是XX的家长吗，你转个2000块过来吧',
      '如果你能够提供这笔资金的话，我会非常感激并尽快归还',
      '我没带够现金，希望您能帮忙完成一笔转账操作',
      '如果您方便的话，能否请您先代为转账？金额是2000元',
      '我的微信限制了，你先帮我用微信付一下款',
      '我给你个账户，你往里打5000块，我回头给你',
      '你先每人转5000块过去，事成之后公司给你',
      '请向我的银行账号转款，我这边急用',
    ],
    negative: [
      '课后服务费请在学校缴费平台缴纳，不收现金，不向个人账户转账',
      '活动期间成功购房开发商代付入住费，还可首付款分期',
      '钱我已经转给你了，注意查收',
      '妈，我转你五百，给爸买点药',
      '您尾号1234的账户转账支出800元',
      '上个月借你的钱，今天还给你',
      '工资已经转到你卡上了',
      '千万别给陌生人转账，切记',
      '你帮我把这个文件转给他',
      '他说会把会议记录转给我们',
      '上次借你的钱我下周还你',
      '这个月的钱已经转到你卡上了',
      '我转了3000块过去，你查一下',
      '你的5000元到账了吗',
    ],
  },
});
