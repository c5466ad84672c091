/**
 * Word classes of the request grammar for scams of OTHER kinds than the refund scam (issue 8 §1.8,
 * §4): the fake relative or boss who borrows or has you pay for them, the stranger's fee before a
 * payout, a trade or a job, the top-up to a "platform" that pays returns. Merged into the Chinese
 * lexicon (lexicon.ts); the same rules apply: each class carries examples run as tests, single
 * characters that occur inside everyday words are listed only inside longer forms.
 * Written from the public police advice ("八个凡是": 凡是自称领导要求汇款的、通知中奖要你先交钱的…
 * 都是诈骗) and our own writing; the dev halves were read to find which KINDS of request were missed.
 */
import type { WordClassDef } from '../schema.ts';

export const otherKindLexicon: Record<string, WordClassDef> = {
  'act.lend': {
    kind: 'act',
    description: '向您借、借给我、帮我凑（钱）',
    terms: [
      // Not bare 借 (借呗, 借过, 借口), nor 借你 ("我可以借你", an offer).
      '借我', '借给我', '借点', '借些', '借一些', '借一点', '借一笔', '向你借', '向您借', '跟你借', '跟您借', '找你借', '找您借',
      '凑点', '凑一些', '凑一部分', '帮我凑', '帮忙凑', '可以借我',
    ],
    examples: {
      positive: ['能不能借我10000块，过段时间还你', '我想向你借一笔钱周转一下', '能帮我凑一部分资金先把这事解决吗'],
      negative: ['上次借你的钱已经还了', '图书馆的书借我看看'],
    },
  },
  'act.pay-for': {
    kind: 'act',
    description: '帮我付、替我交、代付、代为缴纳（用您的钱替对方付）',
    terms: [
      '帮我付', '帮我支付', '帮忙支付', '帮我交', '帮忙交', '帮我缴', '帮忙缴', '代付', '代为支付', '代为缴纳', '代缴', '帮我垫', '帮忙垫',
      '替我付', '替我交', '替我垫', '帮我买单', '帮他付', '帮她付', '帮忙付',
      // "帮我进行转账操作", "帮忙完成一笔转账", "先代为转账", "帮我用微信付一下款": the payment itself is the object.
      '帮我进行', '帮我完成', '帮他进行', '帮他完成', '帮忙完成', '帮忙进行', '协助完成', '协助我完成', '帮助进行', '代为转', '代为汇', '替我', '先帮我', '帮我用',
      '帮忙用', '委托你', '为我转',
    ],
    examples: {
      positive: ['国外支付不了，你帮忙代付一下机票钱', '需要你帮忙代为缴纳飞机票费用'],
      negative: ['水电费我已经代缴了', '公司代缴社保'],
    },
  },
  'act.send-money': {
    kind: 'act',
    description: '转点、转个、汇点（钱过来），给他转、给他们打：口语里的“转钱给某人”',
    terms: [
      '转个', '转点', '转一点', '转些', '汇点', '汇些', '打点钱', '打些钱', '转我', '汇我',
      // The payee named before the verb ("这是他们的账号，你给他们转8000块").
      '给他转', '给她转', '给他汇', '给她汇', '给他打钱',
    ],
    examples: {
      positive: ['你转个2000块过来吧', '能不能给我转一点钱，急用', '你在微信上给他转账就可以了，1998块'],
      negative: ['转个身就忘了', '这首歌我转你听听'],
    },
  },
  'act.pay-bare': {
    kind: 'act',
    description: '支付（单独一个词：只和“只有骗子才收”的入门费搭配，支付宝里也有这两个字）',
    terms: ['支付', '交纳', '缴费', '付清'],
    examples: {
      positive: ['你可以支付1800元的加盟费', '请支付培训费'],
      negative: ['支付宝账单已出', '加盟费发票已开具'],
    },
  },
  'act.register': {
    kind: 'act',
    description: '注册、上架、挂（在对方指定的平台或网站上）',
    terms: ['注册', '上架', '挂上', '挂到', '挂在', '寄售'],
    examples: {
      positive: ['请您注册我们的交易平台并将账号挂上', '在这个网站上注册账号就能交易'],
      negative: ['不要在陌生网站注册', '我已注册好了'],
    },
  },
  'act.remit': {
    kind: 'act',
    description: '请汇、速汇、汇一笔（钱到某处）',
    // "汇650元到…", "打1000块钱到…" (the amount between the verb and 到) is read by extract.third-party-payee's own cue.
    terms: ['请汇', '速汇', '汇一下', '汇一笔'],
    examples: {
      positive: ['请速汇10000元到医院账户', '请汇一笔钱到他们的账户'],
      negative: ['请汇总本月的报表', '汇率今天又涨了'],
    },
  },
  'obj.third-account': {
    kind: 'object',
    description: '第三人的收款账户：同学的卡、朋友的账号、他们的账户、老师的微信、医院账户、户名是别人（亲人借钱却要打给别人）',
    terms: [
      '同学的卡', '同学卡上', '同学的账号', '同学的账户', '同学的银行卡', '朋友的卡', '朋友卡上', '朋友账号', '朋友的账号', '朋友的账户', '朋友的银行卡',
      '他们的账号', '他们的账户', '他们的卡', '他的账号', '他的账户', '他的卡', '她的账号', '她的账户', '她的卡', '对方账户', '对方的账户', '对方账号',
      '对方的账号', '对方的卡', '老师的账号', '老师的微信', '老师微信', '财务的账号', '财务账号', '医院账户', '医院的账户', '他的微信', '她的微信',
      '经理的微信', '主任的微信', '户名',
    ],
    examples: {
      positive: ['请速汇650元到我同学的卡上', '这是他们的账号，你给他们转8000块', '学费7800元打到学校财务账号，户名：姚春'],
      negative: ['他的账号被盗了', '对方账户已收到您的还款'],
    },
  },
  'act.search': {
    kind: 'act',
    description: '搜索、百度一下（对方指定的网站或平台名）',
    terms: ['搜索', '百度搜', '搜一下', '搜一个', '百度一下', '百度上搜'],
    examples: {
      positive: ['请在百度搜索一个叫宰季游的平台，我们在上面交易', '你百度搜一下这个交易网站'],
      negative: ['百度一下你就知道', '搜索结果为空'],
    },
  },
  'obj.platform': {
    kind: 'object',
    description: '对方指定的平台、网站、交易平台（不是您原来用的）',
    terms: ['交易平台', '我们的平台', '这个平台', '该平台', '平台账号', '平台上', '网站', '网址', '我们的网站', '这个网站', '小程序', '的平台', '个平台'],
    entities: ['url'],
    examples: {
      positive: ['请您注册我们的交易平台并将账号挂上', '在这个网站上注册账号就能交易'],
      negative: ['不要在陌生网站注册', '网站维护中'],
    },
  },
  'obj.payment-act': {
    kind: 'object',
    description: '一次转账、汇款、付款本身（“帮我完成一笔转账”里要的就是这个动作）',
    terms: ['转账', '汇款', '支付', '付款', '付下款', '付一下款', '款项', '一笔转账', '转账操作', '汇款业务', '这笔支付'],
    examples: {
      positive: ['我希望您能帮忙完成一笔转账操作', '能否请您先代为转账', '你先帮我用微信付一下款'],
      negative: ['转账已完成', '请核对收款人信息'],
    },
  },
  'act.pay-third': {
    kind: 'act',
    description: '把钱转给第三个人：给他们转、转给老师、打给对方（钱不给说话的人本人）',
    terms: [
      '给他们转', '给对方转', '给老师转', '给他们汇', '给对方汇', '给他们打钱', '给对方打钱', '转给老师', '转给对方', '转给他们', '打给对方',
      '汇给对方', '汇给他们', '转账给老师', '转账给对方', '转账给他们', '转账给她', '直接转账给她',
    ],
    examples: {
      positive: ['这是他们的账号，你给他们转8000块', '你通过微信把钱转给老师就行'],
      negative: ['我已经把钱转给老师了', '对方账户已收到'],
    },
  },
  'act.invest': {
    kind: 'act',
    description: '投入、先投、再投、投进去（把钱放进对方说会赚钱的地方）',
    terms: ['投入', '先投', '再投', '投进去', '多投', '加投', '投个', '投一些', '投一点', '跟投'],
    examples: {
      positive: ['你先投入1000块试试，今天就能看到收益', '这次再投个5万，赚的更多'],
      negative: ['项目已投入使用', '全身心投入工作'],
    },
  },
  'obj.funds': {
    kind: 'object',
    description: '一笔钱、资金、钱款（不含金额本身：“提供了20万的订单”不是要钱）',
    terms: ['资金', '这笔资金', '一笔资金', '一笔钱', '一些钱', '一点钱', '些钱', '点钱', '钱款', '资金支持', '这笔钱', '钱财', '现金', '一定金额', '一定的金额', '一定数额'],
    examples: {
      positive: ['如果你能够提供这笔资金的话，我会尽快归还', '你能提供一些资金帮我吗'],
      negative: ['资金已经到位了', '给我们带来5000万的订单'],
    },
  },
  'obj.named-account': {
    kind: 'object',
    description: '对方报的账号或卡（以下账号、这张银行卡上、我的账号里）',
    terms: ['以下账号', '下面的账号', '以下卡号', '以下银行卡', '银行卡上', '我的账号里', '我的账号上', '我的账户里', '我的卡上', '我的银行卡', '这个支付宝', '我的支付宝'],
    examples: {
      positive: ['请转账至以下账号，谢谢', '只需要你充值5200元QQ币到我的账号里'],
      negative: ['工资已经转到你的银行卡上了', '以下账号信息请核对'],
    },
  },
  'obj.entry-fee': {
    kind: 'object',
    description: '“入门”要交的费：加盟费、代理费、培训费、信用金、交易费、税金、会员费、保险费用（对方收了才肯放款、交易、派活、发奖）',
    terms: [
      '加盟费', '代理费', '培训费', '入门费', '信用金', '诚信金', '交易费', '交易费用', '过户费', '保险费用', '税金', '个税', '会员费',
      '开通费', '押金费', '认证金', '会费', '保证费', '升级费用', '代理级别', '解封费', '服务费用', '中奖税', '领奖费', '手续费用',
    ],
    examples: {
      positive: ['你可以支付1800元的加盟费，之后我们立即发货', '请先交纳信用金，我们才能为您放款'],
      negative: ['本公司不收取任何加盟费', '会员费已自动续费成功'],
    },
  },
  'ctx.payout': {
    kind: 'context',
    description: '钱或东西要“之后才给”：提现、放款、领奖、交易、代理、解冻、上岗',
    // Not 领取 / 发货 / 到账: a real office's "缴纳工本费后领取" and a shop's "补运费后发货" are ordinary charges.
    terms: ['提现', '放款', '领奖', '奖品', '奖金', '交易', '出售', '代理', '加盟', '解冻', '返还', '录用', '入职', '上岗'],
    examples: {
      positive: ['你可以支付1800元的加盟费，之后我们立即发货', '请先交纳信用金，我们才能为您放款'],
      negative: ['欢迎光临', '谢谢'],
    },
  },
  'ctx.trade': {
    kind: 'context',
    description: '买卖、交易、出售、收购（账号、装备、二手物品）',
    terms: ['交易', '出售', '买卖', '收购', '挂售', '寄售', '买家', '卖家', '游戏账号', '游戏币', '装备', '卖出'],
    examples: {
      positive: ['你下载这个交易软件，我们在上面交易', '我是买家，想收购你的账号'],
      negative: ['欢迎光临', '谢谢'],
    },
  },
  'ctx.payment': {
    kind: 'context',
    description: '付款、支付、转账：扫的码是拿来付钱的',
    terms: ['付款', '支付', '转账', '缴纳', '交纳', '付钱'],
    examples: {
      positive: ['请扫描下方的二维码付款300元', '扫这个码完成支付'],
      negative: ['欢迎光临', '谢谢'],
    },
  },
  'ctx.earn': {
    kind: 'context',
    description: '充值、投钱之后许诺的收益：赚钱、返利、佣金、收益、回报、提现',
    terms: ['赚钱', '挣钱', '赚取', '返利', '佣金', '收益', '回报', '分红', '盈利', '提现', '翻倍', '利润', '任务', '回本', '高额', '赚到', '赚更多',
      // What the stake is for: a bet or a coin ("跟着计划投注…你先充值五千").
      '投注', '下注', '押注', '中奖', 'usdt', '比特币', '虚拟币', '数字货币', '泰达币'],
    examples: {
      positive: ['只需下载APP并充值一些钱，你就可以开始赚钱了', '充值后完成任务即可获得返利'],
      negative: ['话费充值成功', '欢迎光临'],
    },
  },
};
