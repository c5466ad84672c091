/**
 * Issue 8 §1.8 and §4: scams of other kinds that ask for money are at least `suspicious`, whatever
 * the story, without flagging a shop's after-sales, a family member, a real landlord or a real
 * employer. One case set per request KIND (found by reading the dev halves' misses, written here in
 * our own words: none is a dataset line), positives and hard negatives, and the advice that fits
 * the kind (not the refund scam's "verify in the shopping app").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { runCase, why, type FaultCase } from './helpers.ts';

const sms = (text: string) => ({ channel: 'sms' as const, text });
const chat = (text: string) => ({ channel: 'chat' as const, text });

/** A stranger, "relative" or "boss" who borrows, or has you pay or transfer for them. */
const RELATIVE_OR_BOSS: FaultCase[] = [
  { name: 'boss: lend me money, here is my Alipay', expect: 'not-safe', input: sms('我是王总，我这边临时周转不开，能不能借我两万块，明天就还') },
  { name: 'grandson: hit someone, transfer now', expect: 'not-safe', input: sms('我是你外孙，我在外面把人打伤了，对方要私了，你赶紧给我转五万') },
  { name: 'a friend\'s boyfriend: pay the hospital for her', expect: 'not-safe', input: sms('我是小丽的男朋友，她出了车祸在医院，你能先借我一万块交住院费吗') },
  { name: 'director: help me pay the bill, I will repay', expect: 'not-safe', input: sms('我是办公室的张主任，在外地开会不方便，你帮我代付一下这笔八千元的会务费，回去就还你') },
  { name: 'a relative abroad: pay my air ticket', expect: 'not-safe', input: sms('我是你表哥，我在国外手机支付用不了，你帮我付一下回国机票钱，一万二') },
  { name: '"can you hear my voice": send a little money', expect: 'not-safe', input: sms('你应该能听出我的声音吧，我这边出了点事，你先转个三千块过来') },
  { name: 'a classmate: raise part of the money', expect: 'not-safe', input: sms('我是你的老同学李强，家里老人要做手术，你能帮我凑一部分资金吗') },
  { name: 'the "child" arrested: settlement money', expect: 'not-safe', input: sms('我是你孙子，我被关在派出所了，要交两万块保释才能出来，千万别告诉我爸妈') },
  { name: 'boss: two accounts, transfer 20,000', expect: 'not-safe', input: sms('小刘，我是李总，今天要给领导送点礼，你往我给你的账户里转两万块，回来我报销') },
  { name: 'a neighbour\'s son: provide some funds', expect: 'not-safe', input: sms('我是楼上老陈的儿子，我爸住院了，你能提供一些资金帮帮我们吗，我会尽快归还') },
  { name: 'new number boss: pay the supplier deposit for me', expect: 'not-safe', input: sms('我是你们刘总，这是我新号，你先帮我把供应商的定金付了，三万，回头公司给你报') },
  { name: 'hard negative: a child asking mum for pocket money', expect: 'safe', input: chat('妈，这个月生活费快用完了，给我转500块吧') },
  { name: 'hard negative: a friend paying back', expect: 'safe', input: chat('上次借你的三千块今天还给你了，注意查收') },
  { name: 'hard negative: a dad sending money', expect: 'safe', input: chat('爸给你转了两千，买点好吃的') },
  { name: 'hard negative: a colleague splitting a bill', expect: 'safe', input: chat('昨天聚餐一共六百，AA每人一百五，你转我就行') },
  { name: 'hard negative: the real boss announcing a meeting', expect: 'safe', input: sms('我是李总，明天上午九点在三楼会议室开周会，请准时参加') },
];

/** A fee, deposit, tax or "credit deposit" before a payout, a loan, a trade, a job or a prize. */
const FEE_FIRST: FaultCase[] = [
  { name: 'agent: pay the franchise fee, then we ship', expect: 'not-safe', input: sms('成为我们的金牌代理只需要支付2980元加盟费，交完马上给您发货') },
  { name: 'training fee before the job', expect: 'not-safe', input: sms('恭喜您通过面试，上岗前需要先交800元培训费，交完安排入职') },
  { name: 'loan: credit deposit before release', expect: 'not-safe', input: sms('您的贷款已经审批通过，请先交纳3000元信用金到指定账户，我们才能放款') },
  { name: 'prize: tax before the award', expect: 'not-safe', input: sms('恭喜您抽中一等奖笔记本电脑，领奖前需缴纳个人税金680元') },
  { name: 'game trade: trade fee before withdrawal', expect: 'not-safe', input: sms('您的游戏账号已被买家拍下，请先缴纳600元交易费用，完成后即可提现') },
  { name: 'game trade: insurance via QR code', expect: 'not-safe', input: sms('为保障交易安全，请扫描下方二维码支付1200元保险费用') },
  { name: 'second-hand: guarantee before payout', expect: 'not-safe', input: sms('买家已付款，您需要先交500元保证金才能提现货款') },
  { name: 'dating site: membership fee to unlock the match', expect: 'not-safe', input: sms('您已匹配成功，缴纳会员费1888元后即可与对方见面交易') },
  { name: 'part-time job: pay the entry fee first', expect: 'not-safe', input: sms('兼职打字员，日结三百，先交198元入门费就能领任务') },
  { name: 'scan a stranger\'s code to pay', expect: 'not-safe', input: sms('这是我的收款码，你扫描二维码付款2000元，我马上发货') },
  { name: 'hard negative: an employer that charges nothing', expect: 'safe', input: sms('【某某人力】您已被录用，请于周一到公司报到。本公司招聘不收取任何培训费、押金。') },
  { name: 'hard negative: real payroll notice', expect: 'safe', input: sms('【某某公司】您11月工资8650元已发放至尾号1234的工资卡，请查收。') },
  { name: 'hard negative: landlord returning the deposit', expect: 'safe', input: chat('租期到了，押金3000元我已经原路退给你了') },
  { name: 'hard negative: shop after-sales pays return postage', expect: 'safe', input: sms('【某某旗舰店】您的退货已签收，运费由我们承担，退款将原路退回。') },
  { name: 'hard negative: renewal receipt', expect: 'safe', input: sms('【某某视频】您的会员费25元已自动续费成功，可在APP内关闭自动续费。') },
  { name: 'hard negative: real landlord asking for the rent', expect: 'safe', input: chat('小王，这个月房租记得交一下，还是老账户') },
];

/** Top up an app, site or "platform" to earn returns, commissions or a withdrawal. */
const TOPUP_TO_EARN: FaultCase[] = [
  { name: 'dating app: three top-up tasks for a rebate', expect: 'not-safe', input: sms('亲爱的，下载这个软件后完成三次充值任务，就能拿到返利，我们就能见面了') },
  { name: 'investment: put in 20,000, earn hundreds a day', expect: 'not-safe', input: sms('你只需要投入两万元，每天就能赚几百块收益，我带你做') },
  { name: 'gambling: top up to withdraw your winnings', expect: 'not-safe', input: sms('您的账户已赢取8800元，需要先充值3000元激活才能提现') },
  { name: 'crypto: top up the platform, returns double', expect: 'not-safe', input: sms('在这个平台充值USDT，一个月收益翻倍，先充一笔试试') },
  { name: 'task app: top up to earn commission', expect: 'not-safe', input: sms('做任务前先在APP里充值500元，完成后本金加佣金一起返还') },
  { name: 'romance: top up and I will teach you to earn', expect: 'not-safe', input: sms('宝贝，你在我说的平台上充值一万，我教你操作，稳赚') },
  { name: 'hard negative: carrier top-up receipt', expect: 'safe', input: sms('【中国移动】您已成功充值话费100元，当前余额126.5元。') },
  { name: 'hard negative: bank fund risk notice', expect: 'safe', input: sms('【某某银行】您购买的基金本月收益已到账，基金有风险，投资需谨慎。') },
  { name: 'hard negative: transit card top-up', expect: 'safe', input: sms('您的公交卡充值50元成功，欢迎乘坐。') },
  { name: 'hard negative: warning about top-up scams', expect: 'safe', input: sms('充值返利、刷单赚佣金都是诈骗，不要在陌生平台充值。') },
];

/** A game-account or item trade moved off the platform (another site, QQ, an app). */
const GAME_TRADE: FaultCase[] = [
  { name: 'buyer: register on my trading platform', expect: 'not-safe', input: sms('我想买你的游戏账号，你在我们的交易平台注册一下，把账号挂上去就能交易') },
  { name: 'buyer: add my QQ to trade', expect: 'not-safe', input: sms('你的游戏账号我想收，加我QQ详谈，价格好商量') },
  { name: 'seller: download this app to trade the account', expect: 'not-safe', input: sms('我这有个满级游戏账号出售，你下载这个交易软件，我们在上面交易') },
  { name: 'coins: register on the site to get paid', expect: 'not-safe', input: sms('你的游戏币我全收，你在这个网站注册账号就能提现') },
  { name: 'hard negative: game account stolen, appeal officially', expect: 'safe', input: sms('游戏账号被盗了，快去官方客服申诉找回') },
  { name: 'hard negative: the game\'s anti-addiction reminder', expect: 'safe', input: sms('防沉迷系统提醒您：今日游戏时间已达上限，请注意休息。') },
];

/** An offer nobody asked for (a gift, easy money, a loan) plus a move off the platform or a money ask. */
const OFFER_PLUS_MOVE: FaultCase[] = [
  { name: 'gift: add an Alipay friend to receive it', expect: 'not-safe', input: sms('您好，您在驿站的领件次数已满，有一台暖风扇待领取，请复制账号到支付宝添加好友后领取') },
  { name: 'part-time: add my QQ for details', expect: 'not-safe', input: sms('在家兼职，动动手指日赚两百，有兴趣请添加QQ详聊') },
  { name: 'likes for money: install our app', expect: 'not-safe', input: sms('给短视频点赞赚佣金，下载我们的APP就能开始做任务') },
  { name: 'loan: no collateral, add my WeChat', expect: 'not-safe', input: sms('您好，我们提供无抵押低利率的快速贷款，您有资金需求的话请加一下我的微信') },
  { name: 'loan: install our lending app', expect: 'not-safe', input: sms('我是贷款公司的顾问，您符合我们的借贷条件，下载我们的借款软件就能快速放款') },
  { name: 'prize: pay the shipping first', expect: 'not-safe', input: sms('恭喜您中了二等奖空调一台，请先支付198元运费和手续费才能领奖') },
  { name: 'rebate task: register on our site', expect: 'not-safe', input: sms('做任务拿返利，在我们的网站注册账号就能提现佣金') },
  { name: 'lucky user: add a private number', expect: 'not-safe', input: sms('您是本月幸运用户，获得奖品一份，请添加这个手机号领取') },
  { name: 'courier gift: paste the number into Alipay', expect: 'not-safe', input: sms('感谢您在驿站的拿货次数超过十次，特送电风扇一台，请复制以下号码到支付宝添加好友领取') },
  { name: 'job nobody applied for: install our work app', expect: 'not-safe', input: sms('您好，我们是某某人力的招聘专员，现有网上工作机会，在家就能做，下载我们的办公APP即可开始') },
  { name: 'game trade: transfer to the account below', expect: 'not-safe', input: sms('你好，你的游戏账号我买了，交易费请转账至以下账号，转完马上放款给你') },
  { name: 'hard negative: an in-app agent suggesting a study plan', expect: 'safe', input: { channel: 'chat', turns: [{ speaker: 'user', text: '最近准备考试压力好大，有什么建议吗' }, { speaker: 'caller', text: '我是您的专属客服，建议您制定学习计划，分段完成任务，注意休息' }] } },
  { name: 'hard negative: operator data promotion', expect: 'safe', input: sms('【中国移动】下载掌上营业厅客户端，免费领取10G流量，回复TD退订') },
  { name: 'hard negative: a bank loan advert with opt-out', expect: 'safe', input: sms('【某某银行】尊敬的客户，您可申请低利率信用贷款，详询本行网点，回复TD退订') },
  { name: 'claimed loan officer: a no-collateral loan, unasked', expect: 'not-safe', input: sms('您好，我是某某贷款公司的信贷经理，我们提供无抵押低利率的快速贷款，请问您有资金需求吗') },
  { name: 'claimed platform agent: you have won a prize', expect: 'not-safe', input: sms('您好，我是某某平台的客服，恭喜您中了我们周年庆的二等奖') },
  { name: 'hard negative: a bank teller\'s advice to save', expect: 'safe', input: chat('您好，养老金可以存入银行的定期存款，风险低，也有一定收益') },
  { name: 'hard negative: a shop\'s coupon in its own app', expect: 'safe', input: sms('【某某商城】您有一张满100减20的优惠券，打开商城APP即可使用') },
  { name: 'hard negative: a real job offer without fees', expect: 'safe', input: sms('您好，您投递的兼职岗位已通过初筛，请于周三下午到公司面试，不收取任何费用') },
];

/** A second-hand or game trade whose payment moves off the platform ("its fee is too high"). */
const PRIVATE_TRADE: FaultCase[] = [
  { name: 'buyer: private deal saves the platform fee', expect: 'not-safe', input: chat('你这台相机我要了，我们私下交易吧，省得被平台扣手续费') },
  { name: 'seller: the platform charges too much, add my WeChat', expect: 'not-safe', input: chat('平台抽成太高了，你加我微信，直接微信转账给我就行，我马上发货') },
  { name: 'buyer: not through the platform, pay by Alipay', expect: 'not-safe', input: chat('咱们不走平台了，我用支付宝直接转账给你，你把东西寄过来') },
  { name: 'ticket resale: pay by my own link', expect: 'not-safe', input: chat('平台太麻烦了，我发你一个付款链接，你在上面付款，我马上把票发你') },
  { name: 'gambling tip: download the app, I will win it back for you', expect: 'not-safe', input: chat('别灰心，我带你赚回来，下载这个博彩APP，跟着我下注稳赢') },
  { name: 'hard negative: a seller insisting on the platform', expect: 'safe', input: chat('我们还是走平台吧，平台担保交易更安全，您直接在APP里下单') },
  { name: 'hard negative: a buyer asking about delivery', expect: 'safe', input: chat('我已经在平台上付款了，麻烦尽快发货，谢谢') },
  { name: 'hard negative: a friend complaining about fees', expect: 'safe', input: chat('现在外卖平台抽成太高了，小店都不好做') },
];

/** Pay to date: a dating app, escort or "match" that wants an install, a membership or a top-up first. */
const PAY_TO_DATE: FaultCase[] = [
  { name: 'dating app: buy a membership to chat', expect: 'not-safe', input: sms('您好，欢迎使用同城交友平台，开通会员缴纳会费199元后即可与心仪对象见面') },
  { name: 'hook-up bait: install our app', expect: 'not-safe', input: sms('同城约会，多位小姐姐在线，下载我们的交友软件马上联系') },
  { name: 'coins to add WeChat', expect: 'not-safe', input: sms('想加她微信需要先充值金币，充值后立即开放联系方式') },
  { name: 'hard negative: a workwear shop\'s on-site service', expect: 'safe', input: sms('专业销售酒店服装，量大从优，十套以上业务员上门服务，欢迎来电') },
  { name: 'hard negative: a friend telling how a couple met', expect: 'safe', input: chat('他俩是在公司年会上认识的，下个月办婚礼') },
];

/** "Buy it from our supplier": a fake school, office or company has the shop pay a third party. */
const PROXY_PURCHASE: FaultCase[] = [
  { name: 'school: buy 40 boxes from our supplier', expect: 'not-safe', input: sms('我是实验小学的王主任，我们要在你店里订餐，不过需要你先帮忙代购30箱海鲜礼盒，供应商的联系方式我发给你') },
  { name: 'hospital: pay the cable factory a deposit', expect: 'not-safe', input: sms('我是人民医院后勤科的，我们要订空调，还需要电缆，我把厂家的微信名片推送给你，定金你先付一下') },
  { name: 'hard negative: a shop ordering from its own supplier', expect: 'safe', input: chat('供应商说明天上午送货，你记得签收一下') },
  { name: 'hard negative: a friend asking for a daigou lipstick', expect: 'safe', input: chat('你去香港能帮我代购一支口红吗，钱我先转你') },
];

/** "I cannot pay myself" (abroad, a blocked app, a cancelled number): you pay or transfer for me. */
const CANNOT_PAY: FaultCase[] = [
  { name: 'abroad: pay my ticket, my card does not work', expect: 'not-safe', input: sms('姐，我在国外信用卡刷不了，你帮我付一下回国的机票钱，到了就还你') },
  { name: 'blocked WeChat: transfer to the hospital for me', expect: 'not-safe', input: sms('我微信被限制了转不了账，你先帮我转两万给医院，我晚点还你') },
  { name: 'cancelled number: pay the order for me', expect: 'not-safe', input: sms('我是你表妹，我手机号注销了没法付款，你帮我支付一下这个订单的钱') },
  { name: 'abroad: a ticket home, lend me some', expect: 'not-safe', input: sms('我是你的老同学，现在身处海外回不了国，买机票还差八千，你能借我一点吗') },
  { name: 'hospital: my balance is short, pay it for me', expect: 'not-safe', input: sms('我现在在医院，银行卡余额不足，你能帮我支付一下三千块的医疗费吗，明天还你') },
  { name: 'hard negative: a relative saying a payment failed, no ask', expect: 'safe', input: chat('我这边支付宝限额了，明天再转给你') },
  { name: 'hard negative: a relative back from abroad', expect: 'safe', input: chat('机票订好了，下周三回国，到了给你打电话') },
];

/** A whole message in quotation marks, the quoted speaker using a frame word ("公安局"): still read. */
const QUOTED_MESSAGE: FaultCase[] = [
  { name: 'a fake officer\'s message, all in quotes', expect: 'not-safe', input: sms('“你好，我是市公安局的民警，你涉嫌一起洗钱案件，请把资金转到安全账户配合调查。”') },
  { name: 'hard negative: a police tip quoting the script', expect: 'safe', input: sms('警方提示：骗子常说“我是公安局的，你涉嫌洗钱，把钱转到安全账户”，接到这种电话立即挂断。') },
];

const ALL: Array<[string, FaultCase[]]> = [
  ['relative or boss asks to borrow or be paid for', RELATIVE_OR_BOSS],
  ['a fee before a payout, a loan, a trade or a job', FEE_FIRST],
  ['a top-up that "earns"', TOPUP_TO_EARN],
  ['a game trade moved off the platform', GAME_TRADE],
  ['a whole message in quotes', QUOTED_MESSAGE],
  ['an unasked offer plus a move or a money ask', OFFER_PLUS_MOVE],
  ['buy it from our supplier', PROXY_PURCHASE],
  ['a trade moved off the platform', PRIVATE_TRADE],
  ['pay to date', PAY_TO_DATE],
  ['"I cannot pay myself": you pay for me', CANNOT_PAY],
];

for (const [kind, cases] of ALL) {
  describe(`other scam kinds: ${kind} (issue 8 §1.8)`, () => {
    for (const c of cases) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
  });
}

describe('other scam kinds get the advice that fits them', () => {
  it('a relative or boss asking for money: call their old number, not "check your shopping app"', () => {
    const r = analyze(sms('我是你外孙，我在外面把人打伤了，对方要私了，你赶紧给我转五万'));
    const text = r.advice.join('\n');
    expect(text, why(r)).toContain('原来的号码');
    expect(text, why(r)).not.toContain('我的订单');
    expect(text, why(r)).not.toContain('真正的退款');
  });
  it('a fee before a payout: paying first is the scam', () => {
    const r = analyze(sms('您的贷款已经审批通过，请先交纳3000元信用金到指定账户，我们才能放款'));
    expect(r.advice.join('\n'), why(r)).toContain('先交');
    expect(r.advice.join('\n'), why(r)).toContain('110');
  });
  it('a game trade: stay on the platform', () => {
    const r = analyze(sms('我想买你的游戏账号，你在我们的交易平台注册一下，把账号挂上去就能交易'));
    expect(r.advice.join('\n'), why(r)).toContain('原平台');
  });
  it('the refund scam keeps its own advice', () => {
    const r = analyze(sms('您好，我是淘宝客服，您买的商品有质量问题，要给您退款，请提供银行卡号和验证码'));
    expect(r.advice.join('\n'), why(r)).toContain('我的订单');
  });
});
