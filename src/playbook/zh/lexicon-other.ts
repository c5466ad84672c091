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

/**
 * A person's private account, named as such (个人账户, 私人微信, 经理个人的卡): where a fee, a deposit or a payout's
 * "charge" is sent when the sender is no office. Object words of obj.named-account (any transfer to it is a money
 * ask) and obj.private-account (extract.transfer reads it with a fee an office would charge).
 */
export const PRIVATE_ACCOUNTS = [
  '个人账户', '私人账户', '个人账号', '私人账号', '个人银行卡', '私人银行卡', '个人卡', '私人卡', '个人的卡', '个人的银行卡', '个人的账户', '个人的账号',
  '个人微信', '私人微信', '个人支付宝', '私人支付宝', '个人收款码', '私人收款码', '私户', '个人名下的',
];

/** A platform or site the other side names (obj.platform; obj.trade-place adds the bare words a name ends in). */
const PLATFORM_WORDS = ['交易平台', '我们的平台', '这个平台', '该平台', '平台账号', '平台上', '网站', '网址', '我们的网站', '这个网站', '小程序', '的平台', '个平台'];

/**
 * 打 / 汇 / 转 + a sum said in words or digits ("打五千", "汇两万", "转三千", "打2000"): the transfer act with its
 * amount between the verb and what follows (过来, 到这个卡上). Only with a unit (百, 千, 万) or a digit, so 打三折,
 * 打一下, 转三圈 are none.
 */
const SUM_VERBS: string[] = [...'打汇转'].flatMap((verb) => [
  ...[...'一二两三四五六七八九十几半'].flatMap((n) => [...'百千万'].map((u) => verb + n + u)),
  // Digits after 汇 and 转 only: 打 + digits is a number dialled ("请拨打400-618-0099", "打12345").
  ...(verb === '打' ? [] : [...'123456789'].map((d) => verb + d)),
]);

export const otherKindLexicon: Record<string, WordClassDef> = {
  'act.lend': {
    kind: 'act',
    description: '向您借、借给我、帮我凑（钱）',
    terms: [
      // Not bare 借 (借呗, 借过, 借口), nor 借你 ("我可以借你", an offer).
      '借我', '借给我', '借点', '借些', '借一些', '借一点', '借一笔', '向你借', '向您借', '跟你借', '跟您借', '找你借', '找您借',
      '凑点', '凑一些', '凑一部分', '帮我凑', '帮忙凑', '可以借我', '凑一凑', '先凑',
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
      // "路费你帮我出一下", "帮我充两百话费", "你先帮我买张机票": the sweetheart's or relative's bill handed to you.
      '帮我出', '帮我充', '帮我买', '你帮我交', '帮我缴纳', '帮我们出', '帮我把', '替我出',
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
      // The payee is the speaker ("你赶紧给我转五万": a "grandson" in trouble, a "boss" who needs it now).
      '给我转', '给我汇', '给我们转', '给我们汇',
      // "你先打三万过来", "先打一半定金": the amount sent first, by 打 (打款).
      '先打', '打一半',
      // Into an account the speaker points at, said by the place ("我给你个账户，你往里打5000块", "往这里面转钱就行",
      // "往我卡里转三千"): 往 + where + the verb. Not 往 alone (往年, 往返) nor a bare 里 (里面的钱).
      '往里打', '往里转', '往里汇', '往里存', '往里面打', '往里面转', '往里面汇', '往里面存', '往这里面', '往这里转', '往这里打',
      '往卡里', '往我卡里', '往账户里', '往账上', '往我账上', '往这个账户里', '往这张卡里', '往这个卡里', '往里头',
      // 打 / 汇 / 转 with the sum right after it ("打五千过来", "往这个卡上打三万", "再汇两千", "打2000到…"): the sum makes
      // it money, not a call (打电话), a taxi (打车) or a discount (打八折); newcomer10 kind 2. Generated: SUM_VERBS below.
      ...SUM_VERBS,
      // Not 给我打 / 打给我: "然后给我打电话".
      '打过来',
    ],
    examples: {
      positive: ['你转个2000块过来吧', '能不能给我转一点钱，急用', '你在微信上给他转账就可以了，1998块', '对方要私了，你赶紧给我转五万', '你往这个卡上打三万，急用', '你先给我打五千过来'],
      negative: ['转个身就忘了', '这首歌我转你听听', '这份文件你给我转一下'],
    },
  },
  // The sum said with the verb, or the account pointed at ("你马上转20万到这个对公账户", "我给你个账号，你往里面转两万"):
  // read with an account the asker names (extract.transfer; recall12 kind 2). Not the bare direction 打过来/转过来: "首付款
  // 按合同上的对公账户打过来" is a contract's payee named by the payee.
  'act.send-sum': {
    kind: 'act',
    description: '连钱数一起说的转、汇、打（转20万、打两千、汇一万），或“往里面转”',
    terms: [
      ...SUM_VERBS,
      '往里打', '往里转', '往里汇', '往里存', '往里面打', '往里面转', '往里面汇', '往里面存', '往这里面', '往这里转', '往这里打', '往里头',
    ],
    examples: {
      positive: ['你马上转20万到这个对公账户', '我给你两个银行账号，你往里面转两万块'],
      negative: ['首付款按合同上的对公账户打过来', '转个身就忘了'],
    },
  },
  // A fee by its own name ("校服费", "教辅费", "研学活动费", "卫生费"): the `fee` entity, any noun in 费 (recall12 kind 3).
  'obj.fee-noun': {
    kind: 'object',
    description: '以“费”结尾的任何收费名目（校服费、教辅费、资料费、活动费、卫生费、托管费）',
    // The entity names them all; the words here are the ones with no two Han characters before 费 of their own ("费用").
    terms: ['费用', '各项费用', '相关费用'],
    entities: ['fee'],
    examples: {
      positive: ['下学期教辅费260元，扫码缴费', '本周需交资料费150元'],
      negative: ['本次活动免费', '扫码缴费成功'],
    },
  },
  'act.pay-bare': {
    kind: 'act',
    description: '支付（单独一个词：只和“只有骗子才收”的入门费搭配，支付宝里也有这两个字）',
    terms: ['支付', '交纳', '缴费', '付清', '再付', '再交', '交一个', '付一笔', '交一笔', '需交', '需缴', '需付'],
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
      '经理的微信', '主任的微信', '户名', '供应商那里', '供应商账户', '供应商的账户',
      // A finance clerk, an accountant or a cashier, named or possessed ("打到学校财务的农行账号", "财务小王的卡上",
      // "会计个人的卡"): the school, shop or company itself has an account in its own name.
      '财务的', '会计的', '出纳的', '财务小', '财务老', '会计小', '会计老', '出纳小', '财务个人', '会计个人', '出纳个人',
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
  'act.trade-at': {
    kind: 'act',
    description: '在（对方说的）平台、网站上进行交易、上架、挂出、发布、登录确认（买卖搬到对方指定的地方）',
    terms: [
      '进行交易', '上交易', '上进行交易', '里交易', '里进行交易', '完成交易', '确认交易', '交易账号', '交易账户', '交易游戏账号',
      '发布账号', '挂账号', '把账号挂', '将账号挂', '账号挂', '挂上去', '挂出来', '登录账号', '登录并', '登录后',
    ],
    examples: {
      positive: ['我们可以在鑫宝阁平台进行交易', '请在百宝购网站上发布账号信息，我在上面付款'],
      negative: ['交易已完成，感谢惠顾', '请勿在陌生网站进行交易'],
    },
  },
  'obj.trade-place': {
    kind: 'object',
    description: '交易搬去的地方：某某平台、某某网、网页、网站（名字每次都变，后面的“平台”“网”不变）',
    // Read only by shift.outside-platform's trade cue: a bare 平台 is everywhere else (理财平台转入…收益).
    terms: [...PLATFORM_WORDS, '平台', '网上', '网页', '交易网', '网站上'],
    entities: ['url'],
    examples: {
      positive: ['我们可以在鑫宝阁平台进行交易', '请在百宝购网站上发布账号信息，我在上面付款'],
      negative: ['交易已完成，感谢惠顾', '请勿在陌生网站进行交易'],
    },
  },
  'obj.platform': {
    kind: 'object',
    description: '对方指定的平台、网站、交易平台（不是您原来用的）',
    terms: [...PLATFORM_WORDS],
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
      '汇给对方', '汇给他们', '转账给老师', '转账给对方', '转账给他们', '转账给她', '直接转账给她', '给这个人转', '给这个账户转',
      // A client, supplier or partner as the payee ("你帮我给一个客户转五万保证金"): the fake boss's ask (newcomer 6, kind 7).
      '个客户转', '个客户打', '个客户汇', '转给客户', '打给客户', '汇给客户', '给供应商转', '转给供应商', '给合作方转', '转给合作方', '给甲方转',
    ],
    examples: {
      positive: ['这是他们的账号，你给他们转8000块', '你通过微信把钱转给老师就行'],
      negative: ['我已经把钱转给老师了', '对方账户已收到'],
    },
  },
  'act.invest': {
    kind: 'act',
    description: '投入、先投、再投、投进去（把钱放进对方说会赚钱的地方）',
    // Not bare 投入: a plan's noun ("回报率是投入的三倍").
    terms: ['先投入', '再投入', '你投入', '您投入', '多投入', '投入一笔', '先投', '再投', '投进去', '多投', '加投', '投个', '投一些', '投一点', '跟投'],
    examples: {
      positive: ['你先投入1000块试试，今天就能看到收益', '这次再投个5万，赚的更多'],
      negative: ['项目已投入使用', '全身心投入工作'],
    },
  },
  'obj.sum': {
    kind: 'object',
    description: '口头说的钱数：两万、五千、几千、二十万（没有“元”“块”也是钱）',
    // The amount entity reads Chinese numerals only before 元/块; "先投五万", "你再转我一千" say the sum bare.
    terms: [
      '一万', '两万', '三万', '四万', '五万', '六万', '七万', '八万', '九万', '十万', '几万', '二十万', '三十万', '五十万',
      '一千', '两千', '三千', '四千', '五千', '六千', '七千', '八千', '九千', '几千', '两百', '三百', '五百', '几百',
      // Said as a round stake or a share ("先充两千试试", "放个一两万进去", "先付一半").
      '一两万', '两三万', '一两千', '两三千', '1000u', '一部分',
    ],
    // A sum said bare right after the money verb, in digits or numerals ("你转2000给我", "你给我打八百", "转二十万到…";
    // recall12 kind 1): the `sum` entity (src/entities/entities.ts bareSums), anchored on the verb, not every 九百 of a talk.
    entities: ['sum'],
    examples: {
      positive: ['你要是信我就先投五万，一个月就翻倍', '被海关扣了，要补税，你再转我一千'],
      negative: ['我们要订两百套被褥', '一万步走完了'],
    },
  },
  'act.advance-for-us': {
    kind: 'act',
    description: '替“我们单位”先垫、先订、先从某家进货（冒充部队、学校、医院采购）',
    terms: ['垫付', '先垫', '垫上', '帮我们订', '先帮我们订', '帮我们从', '替我们订', '代我们订', '帮我们买', '帮我们采购', '帮我们进', '你先联系'],
    examples: {
      positive: ['部队采购走军方渠道，需要你先帮我们从指定的供应商那里垫付', '我给你一个供货商的电话，你先帮我们订一下，首长要的'],
      negative: ['垫付的医药费已报销', '谢谢你帮我们订的蛋糕'],
    },
  },
  'obj.supplier': {
    kind: 'object',
    description: '对方指定的供货商、厂家、这一家（钱和货都从那里走）',
    terms: ['供货商', '供应商', '厂家', '厂商', '这家', '经销商', '批发商'],
    examples: {
      positive: ['部队采购走军方渠道，需要你先帮我们从指定的供应商那里垫付', '我给你一个供货商的电话，你先帮我们订一下，首长要的'],
      negative: ['垫付的医药费已报销', '我们店直接从厂家进货'],
    },
  },
  'ctx.unit': {
    kind: 'context',
    description: '自称的单位采购：部队、武警、消防、首长、司务长、学校、医院、工地、采购',
    terms: ['部队', '武警', '消防', '军方', '军用', '首长', '司务长', '后勤', '采购', '学校', '医院', '工地', '特供', '单位'],
    examples: {
      positive: ['部队采购走军方渠道，需要你先帮我们从指定的供应商那里垫付', '我给你一个供货商的电话，你先帮我们订一下，首长要的'],
      negative: ['欢迎光临', '谢谢'],
    },
  },
  'ctx.delivery': {
    kind: 'context',
    description: '货“交了费才发”：发货、送到、放行、到货、下单',
    terms: ['发货', '送到', '放行', '到货', '下单', '寄出', '送货', '提货'],
    examples: {
      positive: ['需要再付一笔保证金才能发货', '交一个空运的保险箱费，交了马上送到'],
      negative: ['欢迎光临', '谢谢'],
    },
  },
  'obj.delivery-fee': {
    kind: 'object',
    description: '网购、代购里“才能发货”的费：保证金、保险箱费、关税、清关费、滞纳金（不含运费）',
    terms: ['保证金', '保险箱费', '空运费', '关税', '清关费', '滞纳金', '补税', '税费', '风控费', '押金', '疫苗费', '检疫费', '保险费'],
    examples: {
      positive: ['需要再付一笔保证金才能发货', '交一个空运的保险箱费，交了马上送到'],
      negative: ['本店免押金', '关税由卖家承担'],
    },
  },
  'obj.expense': {
    kind: 'object',
    description: '对方自己的开销：学费、路费、机票、话费、罚款、医药费、手术费、首付、房租（要您替他付）',
    terms: [
      '学费', '路费', '车费', '机票', '车票', '罚款', '手术费', '住院费', '住院押金', '医疗费', '治疗费', '首付', '房租',
      '生活费', '机票钱', '车钱', '保管费', '罚金', '赎金', '一半',
      // A child's school costs asked by a "teacher" ("补课费请直接转给我"): a school collects on its own platform (recall10).
      '补课费', '资料费', '报名费', '课时费', '书本费', '餐费', '班费',
    ],
    examples: {
      positive: ['哥哥，你来看我嘛，路费你帮我出一下好不好', '你能帮我交一下孩子的学费吗'],
      negative: ['学费已经交了', '机票我自己买好了'],
    },
  },
  'obj.wallet-secret': {
    kind: 'object',
    description: '数字钱包的钥匙：助记词、私钥、密钥（给了别人，钱包里的币就是别人的）',
    terms: ['助记词', '私钥', '钱包密钥', '钱包密码', 'keystore', '恢复短语', '种子短语'],
    examples: {
      positive: ['你把助记词发给我，我帮你看看为什么资产没到账', '助记词发我，帮你找回资产'],
      negative: ['助记词要自己抄在纸上保管好', '不要把私钥告诉任何人'],
    },
  },
  'obj.wallet-address': {
    kind: 'object',
    description: '对方给的币的去处：这个地址、钱包地址、安全钱包、合约（把币转过去或授权给它）',
    terms: ['这个地址', '钱包地址', '安全钱包', '这个钱包', '我的地址', '下面的地址', '这个合约', '合约地址', 'address', '冷钱包'],
    examples: {
      positive: ['你只需要把手里的USDT转到这个地址，平台会自动给你生成收益', '需要您把币转到安全钱包里'],
      negative: ['收币地址请在交易所APP里查看', '我已经转到我的冷钱包了'],
    },
  },
  'act.authorize': {
    kind: 'act',
    description: '授权、签名、连接钱包（让对方的合约动您的币）',
    terms: ['授权给', '点授权', '点击授权', '连接钱包', '签名授权', '授权一下'],
    examples: {
      positive: ['你在钱包里点“授权”，把你的USDT授权给这个合约', '请连接钱包领取空投，授权一下就行'],
      negative: ['不要随便授权给陌生合约', '我已经连接钱包了'],
    },
  },
  'act.stake': {
    kind: 'act',
    description: '先充、再充、放个、少投一点（把钱押进对方说会赚的平台或赌局，口语）',
    terms: ['先充', '再充', '充个', '充两', '充五', '充一万', '先冲', '再冲', '冲个', 'chong', '先放', '放个', '放点', '放进去', '少投', '先投', '再投', '下注', '押上'],
    examples: {
      positive: ['你先充两千试试，今晚就能赢', '第一次少放点，放个五千进去看看'],
      negative: ['手机先充个电', '我已经充好了'],
    },
  },
  'obj.postage': {
    kind: 'object',
    description: '奖品、礼品“寄出前”要的钱：运费、邮费、保价费、到付运费、税（中奖才要交的，都是骗）',
    terms: ['运费', '邮费', '保价费', '到付运费', '快递费', '税', '个税', '百分之二十的税', '税金', '手续费'],
    examples: {
      positive: ['您中奖的笔记本电脑只需支付九十九元的运费', '奖品马上寄出，需要先交一下邮费'],
      negative: ['本店包邮，不收运费', '运费由卖家承担'],
    },
  },
  'ctx.prize': {
    kind: 'context',
    description: '中奖、奖品、奖金、幸运观众（奖要“先交钱”才给）',
    terms: ['中奖', '奖品', '奖金', '抽中', '大奖', '幸运', '中了', '一等奖', '二等奖', '特等奖', '签名照', '签名专辑', '礼品', '赠品', '折现'],
    examples: {
      positive: ['您中奖的笔记本电脑只需支付九十九元的运费', '奖品马上寄出，需要先交一下邮费'],
      negative: ['欢迎光临', '谢谢'],
    },
  },
  'obj.funds': {
    kind: 'object',
    description: '一笔钱、资金、钱款（不含金额本身：“提供了20万的订单”不是要钱）',
    terms: ['资金', '这笔资金', '一笔资金', '一笔钱', '一笔款', '一些钱', '一点钱', '些钱', '点钱', '钱款', '资金支持', '这笔钱', '钱财', '现金', '一定金额', '一定的金额', '一定数额'],
    examples: {
      positive: ['如果你能够提供这笔资金的话，我会尽快归还', '你能提供一些资金帮我吗'],
      negative: ['资金已经到位了', '给我们带来5000万的订单'],
    },
  },
  'obj.named-account': {
    kind: 'object',
    description: '对方报的账号或卡（以下账号、这张银行卡上、我的账号里）',
    terms: ['以下账号', '下面的账号', '以下卡号', '以下银行卡', '银行卡上', '我的账号里', '我的账号上', '我的账户里', '我的卡上', '我的银行卡', '这个支付宝', '我的支付宝', '我卡上', '我卡里', '我的卡里',
      // "往这个卡上打三万", "打到这张卡里" (newcomer10 kind 2).
      '这个卡上', '这张卡上', '这个卡里', '这张卡里', '这个账户上', '这个账户里', '这个账号上', '这个账号里', '这个卡号上',
      // An office's "own" account ("补缴请转到我们社保中心的账户"): no office takes payments by transfer to an account it names.
      '中心的账户', '局的账户', '中心账户',
      // The speaker's own account named as "mine" ("请向我的银行账号转款", "转到我的账户就行"): weak alone, a son says it too.
      '我的银行账号', '我的银行卡号', '我的账号', '我的账户', '我的卡号', '我的收款码',
      // A private account ("手续费转到我个人账户", "打到经理个人的银行卡上"): no office, shop or platform takes a fee there.
      ...PRIVATE_ACCOUNTS],
    examples: {
      positive: ['请转账至以下账号，谢谢', '只需要你充值5200元QQ币到我的账号里'],
      negative: ['工资已经转到你的银行卡上了', '以下账号信息请核对'],
    },
  },
  'obj.private-account': {
    kind: 'object',
    description: '个人账户、私人微信或支付宝、某人“个人的卡”（单位、平台、店铺收费从不走私人账户）',
    terms: [...PRIVATE_ACCOUNTS],
    examples: {
      positive: ['手续费转到我个人账户就行', '审核费请打到经理个人的银行卡上，通过后放款'],
      negative: ['请勿向个人账户转账', '个人账户余额可在APP查询'],
    },
  },
  'ctx.office-fee': {
    kind: 'context',
    description: '单位、平台、机构才收的费：手续费、保证金、服务费、审核费、会员费、认证费、工本费、税费（不含押金、房租、定金）',
    terms: [
      '手续费', '保证金', '服务费', '审核费', '会员费', '认证费', '工本费', '税费', '公证费', '管理费', '培训费', '报名费', '资料费', '学费',
      '激活费', '解冻费', '加盟费', '代理费', '入会费', '年费', '诚意金', '风险金', '验资费', '通道费', '理赔费', '退款手续费', '罚款', '罚金',
    ],
    examples: {
      positive: ['手续费转到我个人账户就行', '审核费请打到经理个人的银行卡上，通过后放款'],
      negative: ['欢迎光临', '谢谢'],
    },
  },
  'obj.entry-fee': {
    kind: 'object',
    description: '“入门”要交的费：加盟费、代理费、培训费、信用金、交易费、税金、会员费、保险费用（对方收了才肯放款、交易、派活、发奖）',
    terms: [
      '加盟费', '代理费', '培训费', '入门费', '信用金', '诚信金', '交易费', '交易费用', '过户费', '保险费用', '税金', '个税', '会员费',
      '开通费', '押金费', '认证金', '会费', '保证费', '升级费用', '代理级别', '解封费', '服务费用', '中奖税', '领奖费', '手续费用',
      // Fees no real office, lender, employer, seller or ticket office charges the one who is to be paid, hired or lent
      // (our own writing, data/corpus/gen-scam-other-zh.jsonl: the 招聘, 贷款, 追星, 二手, 政务 kinds).
      '实名费', '保价费', '恢复费', '技术服务费', '包装费', '办卡费', '开卡费', '合同公证费', '学习费', '换表费', '看房费',
      '认证费', '服装费', '签证费', '修复费', '入驻费', '解锁费', '激活费用', '刷分费', '洗白费', '续保费', '开户费', '提现手续费',
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
    terms: [
      '提现', '放款', '领奖', '奖品', '奖金', '交易', '出售', '代理', '加盟', '解冻', '录用', '入职', '上岗',
      // A return promised to the reader (返还给您, 一并返还), not a deposit's own terms ("办理借书证需交押金100元，退证时返还":
      // the policy of a deposit taken at a counter; nc11-fp kind L1d).
      ...['返还', '退还'].flatMap((v) => [`${v}给您`, `${v}给你`, `一起${v}`, `一并${v}`, `马上${v}`, `立即${v}`, `连本带利${v}`, `双倍${v}`,
        // …or earnings paid out ("完成任务后将返还更多的佣金", "我们将在APP中返还相应的佣金").
        `${v}佣金`, `${v}本金`, `${v}收益`, `${v}更多`, `${v}相应`]),
      // A job, a bail, a locked account or a seller's money that comes only after the fee (our own writing).
      // Not 收款 alone: it is inside every 收款码 ("扫描前台的收款码付款" is a price paid, no payout after; session 10).
      '报到', '录取', '出国', '工作满', '取保候审', '保释', '解封', '解锁', '才能收款', '无法收款', '收款功能', '收款权限', '开通收款', '完成收款', '顺利收款', '收款失败', '继续交易', '结束退还', '全额出金', '出金',
      // A subsidy or grant is paid to the card on file, never after a fee ("领取前需缴纳手续费300元").
      '补贴', '助学金', '补助', '奖学金',
    ],
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
