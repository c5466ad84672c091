/**
 * Recall kinds of session 10 (recall10): money asks in words the request grammar did not read, found by grouping the
 * dev misses of half A (telecom-fraud-texts-5/-8 冒充领导熟人, 刷单返利, 网络交友; anti-fraud-sft) by what is asked
 * and in which words. Every case below is our own writing, a sibling of a kind, never a dataset sentence: positives
 * that read safe before the fix and hard negatives of legitimate senders in the same words.
 *
 * 1. The sum said inside the verb phrase: between the verb and the destination ("你马上转5万到这个账号"), between the
 *    verb and its direction ("每人转5000块过去"), or the destination said as a place ("往里打5000块", "往这里面转钱"),
 *    and 转款 for 转账 (lexicon.ts act.transfer, lexicon-other.ts act.send-money, extract.money-request).
 * 2. A fee to a person's PRIVATE account ("手续费转到我个人账户", "审核费打到经理个人的银行卡上", "财务小王的卡上"):
 *    obj.private-account with a fee an office would charge (ctx.office-fee), extract.transfer; a finance clerk as
 *    the payee, obj.third-account.
 * 3. The boss who cannot talk ("我在开会，不方便接电话") and has money moved now: pretext.urgent-money.
 * 4. Kin said with a closeness or an order of birth (我是你亲哥, 二舅, 大姐) or as an in-law (我是您外甥的女婿):
 *    contact.acquaintance, so the fake relative's loan meets acquaintance-plus-money-or-shift.
 * 5. A game trade moved to a platform the buyer names, whatever its name ("我们可以在鑫宝阁平台进行交易", "请登录优游拍
 *    交易平台", "在淘游网上进行交易，你先把账号上架"): act.trade-at / act.login × obj.trade-place, shift.outside-platform;
 *    the platform players really use, kept as the place ("可走交易猫担保", "在藏宝阁内完成交易"), stays quiet.
 * 6. The loan asked as a question with the money unsaid ("你能帮我借点吗", "能借我一点吗"): extract.money-request.
 * 7. Paying to unlock access or paying again for what was promised ("为了解锁您的充值渠道，您需要再次充值900元", "您可以充值
 *    进行激活", "提现失败，请再次转账完成验证即可提取全部收益"): extract.transfer, extract.task-escalation.
 */
import { describe, it } from 'vitest';
import { runCase, sms, type FaultCase } from './helpers.ts';

const SUM_IN_THE_VERB: FaultCase[] = [
  { name: 'boss: a sum between 转 and 到这个账号', input: sms('小刘，我是你们张总，我正在开会，你马上转5万到这个账号，会后跟你说'), expect: 'not-safe', tactics: ['extract.transfer'] },
  { name: 'a sum in yuan between 汇 and 到以下账户', input: sms('我是你王叔，家里出了急事，你先汇3000元到以下账户，周末还你'), expect: 'not-safe', tactics: ['extract.transfer'] },
  { name: 'a sum between 打 and 到这张卡', input: sms('老同学，我在外地被车撞了，先打两千块到这张卡上救急'), expect: 'not-safe' },
  { name: '往里打 after the account is given', input: sms('我是村里的李书记，领导来检查要送点东西，我给你个账户，你往里打5000块，明天去你家还你'), expect: 'not-safe', tactics: ['extract.money-request'] },
  { name: '往这里面转 after the account is sent', input: sms('我是你表哥，账号发你了，你往这里面转八千，事情急，别跟我妈说'), expect: 'not-safe', tactics: ['extract.money-request'] },
  { name: '往我卡里 from a claimed relative', input: sms('我是你二姐，手机坏了借的别人的，你先往我卡里转两万，回头还你'), expect: 'not-safe', tactics: ['extract.money-request', 'contact.acquaintance'] },
  { name: 'V + sum + 过去, for the boss\'s client', input: sms('小赵，我是李总，客户那边要打点一下，你先每人转5000块过去，等事成之后公司给你报'), expect: 'not-safe', tactics: ['extract.money-request'] },
  { name: 'V + sum + 过来, from a claimed brother', input: sms('我是你亲哥，出了点事，你先转3000块过来，明天就还你'), expect: 'not-safe', tactics: ['extract.money-request'] },
  { name: '转款 to "my" account to unfreeze', input: sms('您的账户余额需要激活才能提现，请向我的银行账号转款，我帮您解冻'), expect: 'not-safe', tactics: ['extract.transfer'] },
  { name: '转款 with a sum to unfreeze', input: sms('平台检测到您的资金被冻结，需转款2000元解冻后即可提现'), expect: 'not-safe', tactics: ['extract.transfer'] },
];

const SUM_IN_THE_VERB_NEGATIVES: FaultCase[] = [
  { name: 'a bank\'s credit notice: 元到账', input: sms('【建设银行】您尾号3321的账户转入5000元到账，余额12,380.55元'), expect: 'safe' },
  { name: 'a loan due: 万到期', input: sms('【网商银行】您的5万到期日为12月5日，请按时还款'), expect: 'safe' },
  { name: 'a salary range: 千到', input: sms('招聘店员，月薪4千到6千，包吃住，有意者来店面试'), expect: 'safe' },
  { name: 'the speaker sent it: 我转了…过去', input: sms('姐，我转了3000块过去，你查一下到了没有'), expect: 'safe' },
  { name: 'the speaker already sent it to the card', input: sms('妈，生活费我已经转5000到你卡上了，注意查收'), expect: 'safe' },
  { name: 'a refund notice with a sum and 到', input: sms('【淘宝】退款89元已原路退回到您的支付宝，请注意查收'), expect: 'safe' },
  { name: 'a husband asks for the mortgage money (family)', input: sms('老公，房贷明天扣，你往我卡里转三千'), expect: 'at-most-suspicious' },
  { name: 'a shop\'s deposit at the counter', input: sms('您预订的蛋糕已做好，尾款到店支付即可，谢谢'), expect: 'safe' },
  { name: 'a transfer receipt said back', input: sms('您好，您转款成功，金额2000元，收款人张三'), expect: 'safe' },
  { name: '往年 and 往返 are no 往 + place', input: sms('往年这个时候机票便宜，往返才一千多'), expect: 'safe' },
];

const PRIVATE_PAYEE: FaultCase[] = [
  { name: 'a handling fee to the speaker\'s own account', input: sms('您的贷款已审批，手续费转到我个人账户就行，转完截图给我马上放款'), expect: 'not-safe', tactics: ['extract.transfer'] },
  { name: 'an audit fee to a private Alipay', input: sms('审核费200元转我私人支付宝，通过后马上放款'), expect: 'not-safe', tactics: ['extract.transfer'] },
  { name: 'a service fee for a claim to a personal WeChat', input: sms('您的理赔需要先交300元服务费，转到我个人微信，今天就能到账'), expect: 'not-safe', tactics: ['extract.transfer'] },
  { name: 'a membership fee to the manager\'s personal card', input: sms('请把会员费打到我们经理个人的银行卡上，办好给您开通'), expect: 'not-safe', tactics: ['extract.transfer'] },
  { name: 'a deposit to the finance clerk by name', input: sms('报名成功，保证金直接打到财务小王的卡上，今天下班前'), expect: 'not-safe', tactics: ['extract.third-party-payee'] },
  { name: 'tuition to the school\'s finance clerk\'s bank account', input: sms('您好，我是孩子的班主任，请把这学期的学费打到学校财务的工行账号上'), expect: 'not-safe', tactics: ['extract.third-party-payee'] },
  { name: 'an accountant\'s personal card for a fine', input: sms('您的车辆违章需缴纳罚款，请转到会计个人的卡上，我们代为处理'), expect: 'not-safe' },
  { name: 'a benefits balance and a handling fee to a personal account', input: sms('您的医保余额可提现，先交50元手续费到我个人账户即可到账'), expect: 'not-safe' },
  { name: 'a training fee to a private account', input: sms('恭喜您通过面试，培训费1980元转到我私人账户，明天就能上岗'), expect: 'not-safe', tactics: ['extract.transfer'] },
  { name: 'an unfreezing fee to a personal card', input: sms('您的账户已冻结，解冻需要交500元，请打到个人的银行卡上'), expect: 'not-safe', tactics: ['extract.transfer'] },
];

const PRIVATE_PAYEE_NEGATIVES: FaultCase[] = [
  { name: 'a school says never to a private account', input: sms('尊敬的家长：学费统一通过学校缴费平台缴纳，请勿向个人账户转账'), expect: 'safe' },
  { name: 'a landlord\'s rent to his own account', input: sms('房租直接转我个人账户就行，合同上有账号'), expect: 'at-most-suspicious' },
  { name: 'a platform\'s notice: the fee stays in the app', input: sms('【自如】您的服务费已在APP内扣除，不用转给管家个人'), expect: 'safe' },
  { name: 'a bank: a personal account\'s balance', input: sms('【招商银行】您的个人账户余额为3,200.15元，如有疑问请致电95555'), expect: 'safe' },
  { name: 'a colleague on expenses', input: sms('报销款财务已经打到你个人卡上了，查收一下'), expect: 'safe' },
  { name: 'a warning about private accounts', input: sms('凡是让你把手续费转到个人账户的，都是诈骗'), expect: 'safe' },
  { name: 'a meeting minute on the company account', input: sms('会议纪要：下季度的培训统一由公司账户支付，个人不用垫付'), expect: 'safe' },
  { name: 'a friend splitting a bill', input: sms('昨晚聚餐每人120，转我微信就行'), expect: 'at-most-suspicious' },
  { name: 'a clinic\'s fee paid at the counter', input: sms('您的体检费用请到一楼收费处缴纳，不收私人转账'), expect: 'safe' },
  { name: 'the finance office\'s notice', input: sms('财务处通知：本月工资已发放到个人银行卡，请注意查收'), expect: 'safe' },
];

const BOSS_IN_A_MEETING: FaultCase[] = [
  { name: 'in a meeting, a new account, a sum', input: sms('我在开会，不方便接电话，你先给这个账户转十五万，合同急用'), expect: 'not-safe', tactics: ['pretext.urgent-money'] },
  { name: 'in a meeting, a sum to this account', input: sms('小刘，我正在开会，你马上转5万到这个账号'), expect: 'not-safe', tactics: ['pretext.urgent-money'] },
  { name: 'with the client, a deposit for the client', input: sms('我在陪客户，不方便说话，你先帮我给客户转一笔保证金'), expect: 'not-safe', tactics: ['pretext.urgent-money'] },
  { name: 'busy with the leader, money to an account', input: sms('我在陪领导吃饭，接不了电话，财务那边你先打款到我发的账号'), expect: 'not-safe' },
  { name: 'in a meeting, 汇到 a supplier', input: sms('我在会上，不方便接听，你把货款汇到供应商账户，金额我短信发你'), expect: 'not-safe' },
  { name: 'talking business, 转过去', input: sms('我在外面谈事，不方便讲话，你先转两万过去给对方'), expect: 'not-safe' },
];

const BOSS_IN_A_MEETING_NEGATIVES: FaultCase[] = [
  { name: 'in a meeting, call back later', input: sms('我在开会，晚点给你回电话'), expect: 'safe' },
  { name: 'the boss signs first', input: sms('王总在开会，合同的事下午再说，转账等他签字'), expect: 'safe' },
  { name: 'already sent after the meeting', input: sms('我刚在开会，钱已经转到你卡上了'), expect: 'safe' },
  { name: 'a meeting about transfers', input: sms('明天上午在会议室开会，讨论转账审批流程，请财务准时参加'), expect: 'safe' },
  { name: 'after the meeting', input: sms('我在开会，开完会再说转账的事'), expect: 'safe' },
];

const KIN: FaultCase[] = [
  { name: '亲哥 borrows', input: sms('我是你亲哥，最近手头有点紧，能不能借一点钱给我救急'), expect: 'not-safe', tactics: ['contact.acquaintance'] },
  { name: '大姐 borrows two thousand', input: sms('我是你大姐，家里出了点事，你先借我两千'), expect: 'not-safe', tactics: ['contact.acquaintance'] },
  { name: '二舅 borrows ten thousand', input: sms('我是你二舅，急用钱，借我一万，下个月还你'), expect: 'not-safe', tactics: ['contact.acquaintance'] },
  { name: 'an in-law: 外甥的女婿', input: sms('我是您外甥的女婿，最近资金周转不开，想跟您借点钱'), expect: 'not-safe', tactics: ['contact.acquaintance'] },
  { name: '小姨 asks to pay for her', input: sms('我是你小姨，我的卡被限制了，你先帮我付一下医药费'), expect: 'not-safe', tactics: ['contact.acquaintance'] },
  { name: 'a child\'s teacher asks the fee', input: sms('我是你女儿的班主任，补课费请直接转给我，今天截止'), expect: 'not-safe', tactics: ['contact.acquaintance'] },
];

const KIN_NEGATIVES: FaultCase[] = [
  { name: 'a brother says hello', input: sms('我是你亲哥，周末回家吃饭吗'), expect: 'safe' },
  { name: 'a teacher\'s notice, no money', input: sms('我是你女儿的班主任，明天下午家长会，请准时参加'), expect: 'safe' },
  { name: 'an aunt returns money', input: sms('我是你小姨，上次借你的钱今天还给你了'), expect: 'safe' },
  { name: '我是说 is no kin', input: sms('我是说你哥那边的事，我们周末再商量'), expect: 'safe' },
];

const TRADE_PLACE: FaultCase[] = [
  { name: 'a buyer names a platform and 进行交易', input: sms('我想买你的游戏账号，我们可以在鑫宝阁平台进行交易，请把账号挂在平台上'), expect: 'not-safe', tactics: ['shift.outside-platform'] },
  { name: 'a buyer has you log in to his platform', input: sms('你的账号我出3600元买了，请登录优游拍交易平台并按照客服的指导操作'), expect: 'not-safe', tactics: ['shift.outside-platform'] },
  { name: 'a site named 某某网, list it there', input: sms('你好，你的游戏账号我要了，我们在淘游网上进行交易，你先把账号上架'), expect: 'not-safe', tactics: ['shift.outside-platform'] },
  { name: 'a website: publish the account there', input: sms('我想买你的游戏账号，你在百宝购网站上发布账号信息，我在上面付款'), expect: 'not-safe', tactics: ['shift.outside-platform'] },
  { name: 'a buyer web page', input: sms('你的游戏账号我愿意出800买，咱们在金拍网页上交易，你先登录一下'), expect: 'not-safe', tactics: ['shift.outside-platform'] },
  { name: 'gear sold on the seller platform', input: sms('我收你的游戏装备，出价1200，在乐购平台上进行交易，我已经付款了'), expect: 'not-safe', tactics: ['shift.outside-platform'] },
  { name: 'a coin trade on a named platform', input: sms('你好，你挂的游戏币我全收，我们在速易阁平台完成交易，你先登录'), expect: 'not-safe', tactics: ['shift.outside-platform'] },
  { name: 'a skin sold: log in to confirm', input: sms('你的游戏账号我买了，请登录淘游交易平台确认交易，钱已经在平台上了'), expect: 'not-safe', tactics: ['shift.outside-platform'] },
  { name: 'a friend-of-a-friend buyer, a site', input: sms('我是你游戏里的好友，想买你的账号，我们可以在易宝拍网站进行交易'), expect: 'not-safe', tactics: ['shift.outside-platform'] },
  { name: 'a buyer platform, then the balance to withdraw', input: sms('我已经在星游平台上拍下你的游戏账号了，你登录平台确认交易就能提现'), expect: 'not-safe', tactics: ['shift.outside-platform'] },
];

const TRADE_PLACE_NEGATIVES: FaultCase[] = [
  { name: 'a seller keeps the trade on 交易猫 with its escrow', input: sms('游戏账号出售，请在交易猫APP内下单，平台担保'), expect: 'safe' },
  { name: 'the official marketplace own notice', input: sms('网易藏宝阁提醒：您的角色已上架，请在藏宝阁内完成交易'), expect: 'safe' },
  { name: 'a warning to trade on the official platform', input: sms('请在官方平台上进行交易，谨防私下交易被骗'), expect: 'safe' },
  { name: 'a player lists on 交易猫', input: sms('我的原神号挂在交易猫上了，有兴趣去看看'), expect: 'safe' },
  { name: 'a used-car dealer advert: 寄售 on a platform', input: sms('本店提供二手车买卖、寄售服务平台，欢迎来电咨询'), expect: 'safe' },
  { name: 'a trade done, a receipt', input: sms('【交易猫】您出售的账号已完成交易，货款已转入您的余额'), expect: 'safe' },
  { name: 'a stock broker notice', input: sms('【华泰证券】您今日在涨乐财富通平台进行交易3笔，详情请登录APP查看'), expect: 'safe' },
  { name: 'a shop: log in to see the order', input: sms('您在本店平台的订单已发货，请登录查看物流'), expect: 'safe' },
  { name: 'a school platform', input: sms('请家长登录学校缴费平台完成本学期的缴费'), expect: 'safe' },
  { name: 'a friend talks about trading', input: sms('我上周在交易猫上卖了个号，挺顺利的'), expect: 'safe' },
];

const LOAN_UNSAID: FaultCase[] = [
  { name: 'a match from an app: 你能帮我借点吗', input: sms('我是你在交友软件上认识的小雅，最近遇到急事需要用钱，你能帮我借点吗，我会尽快还'), expect: 'not-safe', tactics: ['extract.money-request'] },
  { name: 'a relative: 能借我一点吗', input: sms('我是你表姐，家里出了事，能借我一点吗，下个月就还'), expect: 'not-safe', tactics: ['extract.money-request'] },
  { name: 'an old classmate: 可以借我吗', input: sms('老同学，我是你大学室友，最近手头紧，你可以借我吗，急用'), expect: 'not-safe', tactics: ['extract.money-request'] },
  { name: 'a friend: 借我救急', input: sms('我是你的老朋友阿强，换号了，出了点事，先借我救急，过两天还你'), expect: 'not-safe', tactics: ['extract.money-request'] },
];

const LOAN_UNSAID_NEGATIVES: FaultCase[] = [
  { name: 'a book borrowed', input: sms('那本书能借我看看吗'), expect: 'safe' },
  { name: 'a charger borrowed', input: sms('你的充电宝可以借我吗，我的没电了'), expect: 'safe' },
  { name: 'the money returned', input: sms('上次借你的钱，今天还给你了'), expect: 'safe' },
  { name: 'an umbrella', input: sms('下雨了，雨伞借我一下好吗'), expect: 'safe' },
];

const PAY_TO_UNLOCK: FaultCase[] = [
  { name: 'top up again to unlock a channel', input: sms('您的充值通道暂未开通，为了解锁您的充值通道，您需要再次充值900元'), expect: 'not-safe', tactics: ['extract.transfer'] },
  { name: 'top up to activate the dating membership', input: sms('欢迎加入同城蜜聊，您需要激活会员，可以充值进行激活，激活后才能约见'), expect: 'not-safe', tactics: ['extract.transfer'] },
  { name: 'a frozen account unlocked by a top-up', input: sms('您的账户异常被锁定，为了解锁账户，您需要先充值同等金额'), expect: 'not-safe', tactics: ['extract.transfer'] },
  { name: 'a withdrawal failed, transfer again', input: sms('您的收益提现失败，请再次转账完成验证，即可提取全部收益'), expect: 'not-safe', tactics: ['extract.task-escalation'] },
  { name: 'keep topping up to unfreeze', input: sms('系统检测到您的操作有误，需要继续充值才能解冻，解冻后本金一起返还'), expect: 'not-safe', tactics: ['extract.task-escalation'] },
  { name: 'one more payment before the reward', input: sms('恭喜完成任务，再付一笔888元的保证金，奖励和本金全额返还'), expect: 'not-safe', tactics: ['extract.task-escalation'] },
];

const PAY_TO_UNLOCK_NEGATIVES: FaultCase[] = [
  { name: 'a bank: transfer again in the app', input: sms('【工商银行】您的转账未成功，如需重新转账请登录手机银行操作'), expect: 'safe' },
  { name: 'a wealth app: top up in the app', input: sms('理财产品收益已到账，如需继续充值请在APP内操作'), expect: 'safe' },
  { name: 'a carrier: top up and the line comes back', input: sms('您的手机已停机，充值后自动激活'), expect: 'safe' },
  { name: 'a new card to activate', input: sms('新卡请激活后使用，激活才能消费'), expect: 'safe' },
  { name: 'a gym\'s card promotion', input: sms('会员卡充值500送100，充值后激活会员权益'), expect: 'safe' },
  { name: 'a phone unlocked', input: sms('手机解锁密码忘了，明天去店里问问'), expect: 'safe' },
];

describe('recall10 kind 1: the sum inside the verb phrase, the destination as a place, 转款', () => {
  for (const c of SUM_IN_THE_VERB) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of SUM_IN_THE_VERB_NEGATIVES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('recall10 kind 2: a fee to a private account, a finance clerk as the payee', () => {
  for (const c of PRIVATE_PAYEE) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of PRIVATE_PAYEE_NEGATIVES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('recall10 kind 3: the boss who cannot talk and has money moved', () => {
  for (const c of BOSS_IN_A_MEETING) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of BOSS_IN_A_MEETING_NEGATIVES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('recall10 kind 4: kin with a modifier, in-laws', () => {
  for (const c of KIN) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of KIN_NEGATIVES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('recall10 kind 5: a game trade moved to a platform the buyer names', () => {
  for (const c of TRADE_PLACE) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of TRADE_PLACE_NEGATIVES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('recall10 kind 6: the loan asked with the money unsaid', () => {
  for (const c of LOAN_UNSAID) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of LOAN_UNSAID_NEGATIVES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('recall10 kind 7: paying to unlock access, paying again for what was promised', () => {
  for (const c of PAY_TO_UNLOCK) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  for (const c of PAY_TO_UNLOCK_NEGATIVES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
