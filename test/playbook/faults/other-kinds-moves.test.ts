/**
 * Issue 8 §1.8 and §4, second pass: scam KINDS of other families found missed in the dev halves
 * (read by kind of move, not by phrase), each fixed as word classes + tactic combinations in the
 * playbook, and tested here with siblings written in our own words (none is a dataset line) and
 * hard negatives that must stay clean:
 *  - money for "me" sent to someone else's account (fake child, teacher, doctor);
 *  - a "police" accusation that moves you to WeChat/QQ, an app, a website or a screen share;
 *  - a game-account trade moved to a site, app or chat the other side names;
 *  - a "free" skin or gift for your payment code;
 *  - a guaranteed gain (investment, crypto, gambling) plus a top-up, a stake or a group;
 *  - recruits and agent levels (传销, 微商代理) plus a payment;
 *  - a "buyer" who orders from you and sends you to their supplier.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { runCase, why, type FaultCase, sms, chat } from './helpers.ts';

const call = (...lines: string[]) => ({
  channel: 'call' as const,
  turns: lines.map((l) => ({ speaker: l.startsWith('我：') ? 'user' as const : 'caller' as const, text: l.replace(/^(我|对方)：/, '') })),
});

const THIRD_PARTY_PAYEE: FaultCase[] = [
  { name: 'child: phone stolen, send it to my classmate\'s card', expect: 'not-safe', tactics: ['extract.third-party-payee'], input: sms('妈，我手机和钱包都被偷了，你速汇800元到我同学的卡上，回去跟你细说') },
  { name: 'child: 1,000 to my friend\'s account', expect: 'not-safe', input: sms('爸，我借了同学手机给你发的，你打1500块钱到我朋友账号，我得先买个手机') },
  { name: 'gambling debt: pay them or I cannot leave', expect: 'not-safe', input: sms('爸，我在外面打牌欠了钱，这是他们的账号，你给他们转6000块，不然他们不放我走') },
  { name: '"doctor": accident, remit to the hospital account', expect: 'not-safe', input: sms('我是人民医院急诊科的医生，您儿子出了车祸正在抢救，请马上汇两万元到医院账户') },
  { name: '"teacher": tuition to a personal name', expect: 'not-safe', input: sms('家长您好，我是孩子的班主任，请把下学期资料费2600元打到学校财务账号，户名：王丽') },
  { name: 'student: course fee to the teacher\'s WeChat', expect: 'not-safe', input: sms('妈，学校来了个教授办培训班，我报名了，你加一下教务处张主任的微信，把3980转给他就可以了，名额快没了') },
  { name: 'nephew: pay the other side, I will explain later', expect: 'not-safe', input: chat('舅舅，我这边出了点事，你先把两万转到对方的账户上，事情办完我再跟你解释') },
  { name: 'boss: pay the partner\'s account for me', expect: 'not-safe', input: sms('我是张总，我在开会不方便，你先往他的账户转三万，合同的事我回头跟你说') },
  { name: 'classmate abroad: send it to my friend\'s card', expect: 'not-safe', input: sms('老同学，我在国外卡被冻结了，麻烦你汇一笔钱到我朋友的银行卡，五千就够') },
  { name: 'call: "your son hit someone", transfer to their account', expect: 'not-safe', input: call('对方：你是小刚的爸爸吧，你儿子在我们这把人打伤了', '我：啊？他人呢？', '对方：对方要私了，你马上转一万到他们的账户，不然就报警') },
  { name: 'hard negative: a child telling mum the money arrived', expect: 'safe', input: chat('妈，你汇到我同学卡上的钱他已经收到了，谢谢') },
  { name: 'hard negative: a warning not to pay a friend\'s account', expect: 'safe', input: sms('提醒家长：孩子用陌生号码让你打钱到同学的卡上，先打孩子原来的电话核实') },
  { name: 'hard negative: a friend whose account was stolen', expect: 'safe', input: chat('他的账号被盗了，这两天别给他转钱') },
  { name: 'hard negative: rent already paid to the landlord', expect: 'safe', input: chat('这个月房租我已经转到房东的账户了') },
  { name: 'hard negative: a bank\'s arrival notice', expect: 'safe', input: sms('【某某银行】您尾号8821的账户11月30日入账5000元到账，余额12345.00元') },
  { name: 'hard negative: a colleague asking to check a payee', expect: 'safe', input: chat('你核对一下对方的账户信息，确认无误我再付款') },
];

const FAKE_POLICE_MOVE: FaultCase[] = [
  { name: 'suspected of a case, log in to the site', expect: 'not-safe', tactics: ['pretext.police-case'], input: sms('您好，您可能涉及一起刑事案件，请配合我们的调查，登录指定网站输入身份信息核实') },
  { name: 'suspected of trafficking, download an app', expect: 'not-safe', input: sms('我们接到报案，发现你涉嫌拐卖人口，需要接受调查，请下载畅聊APP与我联系') },
  { name: 'money laundering, add my WeChat', expect: 'not-safe', input: sms('我是市公安局的民警，您名下的银行卡涉嫌洗钱，请马上加我微信配合调查') },
  { name: 'ID used for a crime, join the QQ group', expect: 'not-safe', input: sms('你的身份证被人冒用办了电话卡，涉嫌诈骗犯罪，请加入QQ群接受调查') },
  { name: 'procuratorate: open screen sharing', expect: 'not-safe', input: sms('这里是检察院，你涉嫌一起非法集资案，现在开启屏幕共享，我们要核查你的资金') },
  { name: 'police: install the remote-assistance app', expect: 'not-safe', input: sms('你涉嫌参与一起洗钱案，请下载远程协助软件，配合我们清查资金') },
  { name: 'call: accused, then a link to the "warrant"', expect: 'not-safe', input: call('对方：我是公安局经侦支队的，你涉嫌一起洗钱案', '我：不可能吧', '对方：通缉令我发到你手机上了，点开链接就能看到') },
  { name: 'court: case file on our website', expect: 'not-safe', input: sms('法院通知：您涉及一起合同纠纷案件，请登录我们的网站查看传票并填写个人信息') },
  { name: 'epidemic control: case contact, add QQ', expect: 'not-safe', input: sms('我是疾控中心的，您涉嫌违反防疫规定，请加QQ配合调查') },
  { name: 'police: transfer to the "safe account"', expect: 'not-safe', input: sms('你涉嫌洗钱案件，需要把资金转到安全账户接受清查') },
  { name: 'hard negative: a real police station\'s notice about the report', expect: 'safe', input: sms('您好，您在我所的报案已受理，如有新情况请到派出所面谈') },
  { name: 'hard negative: a news report of an arrest', expect: 'safe', input: sms('据警情通报，涉嫌洗钱的犯罪嫌疑人已被抓获') },
  { name: 'hard negative: the user reporting the fake police', expect: 'safe', input: chat('有人打电话说我涉嫌洗钱，还让我加他微信，我直接挂了去派出所报案了') },
  { name: 'hard negative: a community police visit', expect: 'safe', input: sms('社区民警明天上门登记流动人口信息，请家中留人') },
  { name: 'hard negative: a warning about fake police', expect: 'safe', input: sms('公检法不会通过电话办案，更不会让你加微信、下载软件或转到安全账户，接到这类电话就是诈骗') },
];

const GAME_TRADE_OFF_PLATFORM: FaultCase[] = [
  { name: 'seller: search for a platform and trade there', expect: 'not-safe', tactics: ['pretext.account-trade', 'shift.outside-platform'], input: sms('我想卖一个游戏账号给你，你去百度搜索一个叫乐淘游的平台，我们在上面交易') },
  { name: 'buyer: trade through a web page', expect: 'not-safe', input: sms('我想买你的游戏账号，我们可以通过这个网页进行交易，价格好商量') },
  { name: 'buyer: trade over WeChat', expect: 'not-safe', input: sms('你好，我想收购你的游戏装备，我们加微信交易吧，方便快捷') },
  { name: 'buyer: register the trading site and list the account', expect: 'not-safe', input: sms('我要买你的游戏账号，你先在这个网站上注册，把账号挂上去我就下单') },
  { name: 'seller: download our trading app', expect: 'not-safe', input: sms('游戏币低价出售，下载我们的交易软件，在上面交易更安全') },
  { name: 'buyer: list it on the site the link points to', expect: 'not-safe', input: sms('你的游戏账号我出800块收，点 http://game-jy.top 注册后在上面交易') },
  { name: 'call: buyer moves the trade to QQ', expect: 'not-safe', input: call('对方：你好，你在贴吧说要卖游戏账号是吧', '我：是的', '对方：我出高价收购，我们通过QQ交易吧，平台太麻烦') },
  { name: 'skins: trade on a page we send', expect: 'not-safe', input: sms('收购你的游戏皮肤，我们在上面进行交易，网址我发你') },
  { name: 'buyer: search a site, the deal is there', expect: 'not-safe', input: sms('我出高价买你的游戏账号，你百度搜一下这个交易网站，我们在那边交易') },
  { name: 'seller: trade on the mini-program', expect: 'not-safe', input: sms('你想要的游戏账号我有，你注册这个小程序，我们在上面交易') },
  { name: 'hard negative: the platform\'s own advice', expect: 'safe', input: sms('【交易猫】请在官方平台内完成游戏账号交易，不要私下交易，谨防上当') },
  { name: 'hard negative: a friend asking about a game', expect: 'safe', input: chat('你那个游戏账号还在玩吗，周末一起开黑') },
  { name: 'hard negative: the game\'s registration notice', expect: 'safe', input: sms('【某某游戏】恭喜您注册成功，新手礼包已发放至游戏邮箱') },
  { name: 'hard negative: a listing confirmed inside the platform', expect: 'safe', input: sms('【交易猫】您出售的游戏账号已上架，买家付款后平台将通知您') },
];

const GIFT_FOR_PAYCODE: FaultCase[] = [
  { name: 'free skin for your payment code', expect: 'not-safe', tactics: ['extract.gift-paycode'], input: sms('游戏皮肤免费送给你，只需要出示支付宝付款码即可领取') },
  { name: 'reward: screenshot the code to me', expect: 'not-safe', input: sms('福利活动，把微信付款码截图发给我，就能领取奖品') },
  { name: 'gift: show the code to claim it', expect: 'not-safe', input: sms('恭喜您获得礼品一份，请出示付款码完成领取') },
  { name: 'free gear: show me your code', expect: 'not-safe', input: sms('白送你一套顶级装备，只要把付款码给我看一下') },
  { name: 'live stream: free skin via payment code', expect: 'not-safe', input: chat('主播送皮肤啦，免费领取，打开你的付款码截个图发过来') },
  { name: 'prize: payment code to receive the prize', expect: 'not-safe', input: sms('您抽中了奖品，领取奖品需要打开支付宝付款码发给我') },
  { name: 'kid-targeted: free skin, show the code', expect: 'not-safe', input: chat('小朋友，想要免费皮肤吗？让爸爸妈妈打开付款码截图发我') },
  { name: 'free membership: send the payment code', expect: 'not-safe', input: sms('免费赠送一年会员，把付款码截图发我帮你开通') },
  { name: 'red packet: the code to receive', expect: 'not-safe', input: sms('送您一个福利红包，出示付款码就能到账') },
  { name: 'game event: payment code for the reward', expect: 'not-safe', input: chat('活动奖励马上发，亮出你的付款码我扫一下就送你') },
  { name: 'hard negative: a cashier', expect: 'safe', input: sms('请到前台出示付款码结账') },
  { name: 'hard negative: a shop\'s gift with purchase', expect: 'safe', input: sms('消费满100元可领取礼品一份，结账时出示付款码即可') },
  { name: 'hard negative: the wallet\'s safety tip', expect: 'safe', input: sms('付款码每分钟自动刷新，请勿截图发给他人') },
  { name: 'hard negative: a warning about skin scams', expect: 'safe', input: sms('谁说送皮肤要你的付款码截图都是骗子，千万别给') },
];

const GUARANTEED_RETURN: FaultCase[] = [
  { name: 'gambling: the group\'s picks always win, top up', expect: 'not-safe', tactics: ['pretext.guaranteed-return'], input: sms('跟着群里的计划投注包中奖，你先充值五千进去试试') },
  { name: 'crypto: five-fold in a year, top up the platform', expect: 'not-safe', input: sms('这个币不到一年就能涨到五倍，你先充值一万到我们的交易平台') },
  { name: 'investment: cannot lose, transfer the stake to me', expect: 'not-safe', input: sms('这个项目稳赚不赔，你把三万转给我，我帮你投') },
  { name: 'mentor: follow the orders, join the group', expect: 'not-safe', input: sms('导师带单稳定盈利，加入我们的QQ群跟着操作') },
  { name: 'insider tip: download the app and buy', expect: 'not-safe', input: sms('我有内幕消息，这只股票肯定能赚，下载这个APP买入') },
  { name: 'loophole: deposit and I operate', expect: 'not-safe', input: sms('我发现了一个漏洞，你往平台账户里充值两万，我帮你操作保证赚钱') },
  { name: 'dating then investment: financial freedom', expect: 'not-safe', input: chat('亲爱的，跟着我投这个平台，很快就能财务自由，你先充一笔钱进去') },
  { name: 'lottery plan: guaranteed win, pay the fee', expect: 'not-safe', input: sms('彩票计划稳赢不输，先交1888元会员费进群拿计划') },
  { name: 'call: sure win, top up', expect: 'not-safe', input: call('对方：你好，我们有专业分析师，跟着买只赚不赔', '我：真的假的', '对方：你先在平台充值三千，明天就能提现') },
  { name: 'USDT: double the principal, add WeChat', expect: 'not-safe', input: sms('USDT搬砖套利，保证本金翻倍，加微信了解') },
  { name: 'hard negative: a fund\'s risk notice', expect: 'safe', input: sms('【某某基金】理财有风险，投资需谨慎，过往业绩不代表未来表现') },
  { name: 'hard negative: a warning about sure-profit schemes', expect: 'safe', input: sms('保证稳赚不赔的投资都是骗局，不要相信') },
  { name: 'hard negative: a software update', expect: 'safe', input: sms('系统漏洞已修复，请更新到最新版本') },
  { name: 'hard negative: an analyst\'s report', expect: 'safe', input: sms('今年以来该板块估值涨了几倍，后续仍需关注政策变化，市场有风险') },
  { name: 'hard negative: a bank deposit product', expect: 'safe', input: sms('【某某银行】三年期定期存款利率2.35%，保本保息，详询网点') },
];

const DOWNLINE: FaultCase[] = [
  { name: 'buy the product, recruit downlines, pay now', expect: 'not-safe', tactics: ['pretext.downline'], input: sms('购买一套产品3800元就能成为业务员，发展下线拿提成，先交钱占名额') },
  { name: 'recruit people, pay the entry fee', expect: 'not-safe', input: sms('只要交5000元入门费，拉人头进来每个人给你1000') },
  { name: 'agent upgrade: pay 12,000 to platinum', expect: 'not-safe', input: sms('你现在交12000元进货，就能升级为白金代理，拿货价更低') },
  { name: 'recruit downlines, guaranteed return', expect: 'not-safe', input: sms('发展下线越多收益越高，保证收益，三年财务自由') },
  { name: 'microbusiness: pay the agent fee to join', expect: 'not-safe', input: sms('成为我们的金牌代理只需要支付2980元代理费，发展下家还有奖励') },
  { name: 'capital operation: invest and recruit', expect: 'not-safe', input: sms('这是国家支持的资本运作，投资69800元，转账到我的账户，发展够人数就能拿钱') },
  { name: 'team: join the group and pay', expect: 'not-safe', input: sms('加入我们的团队群，介绍下家进来就有提成，先付998元入会费') },
  { name: 'level-up: transfer to become a partner', expect: 'not-safe', input: sms('交三万成为合伙人，下线越多分红越多，钱转到这个账户') },
  { name: 'call: product, downlines, pay', expect: 'not-safe', input: call('对方：我们这个项目发展下线就能赚钱', '我：要交钱吗', '对方：先支付1980元加盟费，马上给你开通') },
  { name: 'WeChat seller: upgrade to a provincial agent', expect: 'not-safe', input: sms('再进货两万就能升级为省级代理，把货款转到我的支付宝') },
  { name: 'hard negative: a warning about pyramid schemes', expect: 'safe', input: sms('警惕拉人头的传销骗局，发现请举报') },
  { name: 'hard negative: an app going live', expect: 'safe', input: sms('新版本已正式上线，欢迎体验') },
  { name: 'hard negative: a shop that is the sole agent', expect: 'safe', input: sms('本店是该品牌的总代理，正品保证，售后无忧') },
  { name: 'hard negative: a shop\'s stock-up sale', expect: 'safe', input: sms('【某某超市】双十一囤货节，满199减30') },
];

const BUYER_SENDS_TO_SUPPLIER: FaultCase[] = [
  { name: 'school orders, sends you to the supplier\'s phone', expect: 'not-safe', tactics: ['extract.proxy-purchase'], input: sms('我们单位要订购一批罐头，我给你提供一个电话号码，你找他进点货一起送过来') },
  { name: 'renovation paint: buy it from my contact', expect: 'not-safe', input: sms('学校施工需要一批乳胶漆，你们没有的话我给你个微信，你去他那采购一点') },
  { name: 'wine: the distributor\'s WeChat, you buy from him', expect: 'not-safe', input: sms('我们要订一批红酒，你店里没有这个牌子，我把经销商的微信推给你，你帮我们采购') },
  { name: 'fire equipment: contact the factory and advance the deposit', expect: 'not-safe', input: sms('医院需要一批消防器材，我给你一个厂家的微信，你联系他订货，定金你先付') },
  { name: 'canteen: order rice from my supplier', expect: 'not-safe', input: sms('我们工地要订购一批大米，我给你个电话，你从他那进货，货到一起结账') },
  { name: 'army unit: buy the special item from him', expect: 'not-safe', input: sms('部队要采购一批特供茶叶，我给你一个联系方式，你向他购买后送过来') },
  { name: 'hospital: cables from the supplier I name', expect: 'not-safe', input: sms('我们要订一批电缆，我推给你一个供应商的微信，你找他买，钱先垫一下') },
  { name: 'school: lunch boxes from my contact', expect: 'not-safe', input: sms('学校订餐要一批保温饭盒，你们没货的话我给你个号码，你去他那拿货') },
  { name: 'company: gift boxes via the referral', expect: 'not-safe', input: sms('公司要订购一批礼盒，我给你一个厂家的名片，你联系他订货') },
  { name: 'police station: supplies from the named seller', expect: 'not-safe', input: sms('所里要采购一批方便面，我发给你一个卖家的电话，你找他进货一起送来') },
  { name: 'hard negative: a shop that buys from the factory', expect: 'safe', input: sms('我们店直接从厂家进货，价格实惠') },
  { name: 'hard negative: delivery notice', expect: 'safe', input: sms('您订购的货物已发出，请注意查收') },
  { name: 'hard negative: a friend recommending a fruit seller', expect: 'safe', input: chat('我朋友在卖橙子，挺甜的，你要的话自己去他店里看看') },
  { name: 'hard negative: a warning about fake bulk orders', expect: 'safe', input: sms('冒充单位采购、让你找指定厂家进货的都是骗子') },
];

/** "Do the payment for me": the transfer itself is what is asked, said in many words. */
const PAY_FOR_ME: FaultCase[] = [
  { name: 'boss: no cash for the gift, complete a transfer for me', expect: 'not-safe', tactics: ['extract.money-request'], input: sms('我是你们王局长，领导到了要送点礼，我身上现金不够，希望你能帮忙完成一笔转账，回头还你') },
  { name: 'customer: pay the owner for me first', expect: 'not-safe', input: sms('我是你们店的老顾客，想给老板送份礼但他不收现金，能否请您先代为转账两千，我马上还您') },
  { name: 'friend in hospital: WeChat blocked, pay for me', expect: 'not-safe', input: sms('我现在在医院急着交钱，微信被限制了用不了，你先帮我用微信付一下款，我银行卡转你') },
  { name: 'secretary: the director needs it, do the transfer', expect: 'not-safe', input: sms('我是李主任的秘书，主任在开会不方便，让你帮他进行一笔转账操作，这事别声张') },
  { name: 'village head: settle a payment for me', expect: 'not-safe', input: sms('我是村书记，工程款急着结算，你先帮我完成这笔转账，我这边处理好马上转回给你') },
  { name: 'cashier: pay the company account for me', expect: 'not-safe', input: sms('我是公司出纳，付款系统出了问题，你先帮我进行转账，用你的账户给公司账户转一笔') },
  { name: 'old classmate: short of funds, do the transfer', expect: 'not-safe', input: sms('老同学，我是你大学室友，账户余额不足，委托你帮我转账一笔款项，明天就还') },
  { name: 'relative abroad: pay the ticket for me', expect: 'not-safe', input: sms('我是你表姐，在国外支付不了，你帮我完成这笔支付，机票钱回国就还你') },
  { name: 'neighbour: help with the remittance', expect: 'not-safe', input: sms('我是隔壁老张的儿子，我爸住院了急需用钱，你帮忙完成一笔汇款，我一定尽快还') },
  { name: 'leader on a new number: transfer on my behalf', expect: 'not-safe', input: sms('这是我的新号，我是刘总，你先代为转一下这笔款项，不要告诉别人') },
  { name: 'hard negative: a wife reminding about the rent', expect: 'safe', input: chat('老公，这个月房租记得转给房东，还是三千') },
  { name: 'hard negative: a colleague confirming a payment was done', expect: 'safe', input: chat('上次你帮我完成的那笔转账，对方已经收到了，谢谢') },
  { name: 'hard negative: a bank explaining the transfer steps', expect: 'safe', input: sms('【某某银行】转账可在手机银行“转账汇款”中完成，如需帮助请到网点咨询') },
  { name: 'hard negative: a warning about fake bosses', expect: 'safe', input: sms('冒充领导让你帮忙转账的都是诈骗，请先打电话核实') },
];

/** A private deal moved to WeChat, QQ or a group, then paid by a link the other side sends. */
const PAYMENT_LINK: FaultCase[] = [
  { name: 'second-hand camera: add WeChat, then a pay link', expect: 'not-safe', tactics: ['extract.payment-link'], input: call('对方：相机还在，你加我微信详细聊吧', '我：加好了', '对方：我马上把付款链接发给你，你通过这个链接付款就行') },
  { name: 'WeChat pay link, follow the prompts', expect: 'not-safe', input: call('对方：我们加个微信聊，平台上不方便', '对方：这是我的微信支付链接，你点进去按提示操作就行了') },
  { name: 'pre-sale group: pay by the group\'s link', expect: 'not-safe', input: call('对方：您加入我们的QQ群，里面有详细图片', '对方：您可以直接通过群内的支付链接支付，收到款就发货') },
  { name: 'guarantee link: enter your account and password', expect: 'not-safe', input: sms('加我微信私聊，这是担保交易链接，点击后输入你的账号和密码就能收款') },
  { name: 'platform fee too high: pay by my link', expect: 'not-safe', input: sms('平台扣费太高了，我发你一个收款链接，你直接付款，加我微信') },
  { name: 'concert ticket: QQ and a pay link', expect: 'not-safe', input: sms('演唱会门票还有两张，加我QQ，我把付款链接发给你') },
  { name: 'phone seller: pay link in WeChat', expect: 'not-safe', input: chat('你加一下我微信吧，我发你购买链接，点击就能下单') },
  { name: 'rental deposit: a link on WeChat', expect: 'not-safe', input: sms('房子还没租出去，加微信看视频，定金通过我发你的付款链接交') },
  { name: 'pet seller: private chat and a pay link', expect: 'not-safe', input: chat('小狗还在，加我微信看视频，喜欢的话我把支付链接发你') },
  { name: 'game skins group: pay through the link', expect: 'not-safe', input: sms('进群领取皮肤优惠，用这个付款链接付款后马上到账，群号发你') },
  { name: 'hard negative: a warning about pay links', expect: 'safe', input: sms('不要点陌生人发来的付款链接，交易请在平台内完成') },
  { name: 'hard negative: an expired link', expect: 'safe', input: chat('付款链接已失效，我在APP里重新下单了') },
  { name: 'hard negative: a shop\'s product page', expect: 'safe', input: sms('【某某旗舰店】新品上市，购买链接在商品详情页，回T退订') },
  { name: 'hard negative: a friend sharing a shopping link', expect: 'safe', input: chat('这个杯子挺好看的，我把淘宝链接发你，你自己看看') },
];

/** "Our unit" (army, police, school, hospital) has you advance money or order from the supplier it names. */
const UNIT_ADVANCE: FaultCase[] = [
  { name: 'army: advance it from the named supplier', expect: 'not-safe', tactics: ['extract.proxy-purchase'], input: sms('部队采购走的是军方渠道，需要你先帮我们从指定的供应商那里垫付一批配套产品') },
  { name: 'commander\'s special liquor: order it from my supplier', expect: 'not-safe', input: sms('我们首长喜欢喝一种特供酒，你们店没有的话，我给你一个供货商的电话，你先帮我们订一下') },
  { name: 'army: fruit and torches from this one', expect: 'not-safe', input: sms('您好，这边是部队的，要在您店里采购一批水果，还要一批军用手电，您先帮我们从这家订') },
  { name: 'fire brigade: pay the factory first', expect: 'not-safe', input: sms('我们消防支队要采购一批灭火器，你先联系这个厂家付款拿货，结账时一起算') },
  { name: 'hospital: buy the masks from the distributor', expect: 'not-safe', input: sms('医院要采购一批口罩，你们没有的话帮我们从这个经销商那里买，钱你先垫付') },
  { name: 'school canteen: the supplier\'s goods, advance it', expect: 'not-safe', input: sms('学校食堂要一批特供大米，我给你个供应商电话，你先帮我们订，款你先垫上') },
  { name: 'construction site: cement from the factory', expect: 'not-safe', input: sms('工地急需一批水泥，你帮我们从这个厂家进一批，先垫付，完工一起结') },
  { name: 'armed police: special tea from the supplier', expect: 'not-safe', input: sms('我是武警支队司务长，部队要一批特供茶，你们没有的话先帮我们从这个供货商订，钱先垫上') },
  { name: 'unit: gift boxes via the supplier', expect: 'not-safe', input: sms('我们单位采购一批礼盒，你先帮我们从指定的供应商那里订货') },
  { name: 'logistics officer: advance the wholesaler\'s goods', expect: 'not-safe', input: sms('我是后勤处的，这批物资你先替我们订，批发商联系方式发你，钱先垫上') },
  { name: 'hard negative: a shop that buys from the factory', expect: 'safe', input: sms('我们店直接从厂家进货，价格实惠') },
  { name: 'hard negative: a school\'s own canteen notice', expect: 'safe', input: sms('【某某学校】本学期食堂由中标供应商统一配送，家长无需另外缴费') },
  { name: 'hard negative: reimbursement done', expect: 'safe', input: chat('上次你垫付的医药费单位已经报销了') },
  { name: 'hard negative: a warning about fake army purchases', expect: 'safe', input: sms('冒充部队采购、让商家先垫付或找指定厂家进货的都是骗子') },
];

/** A fee before the goods come: a deposit, insurance, customs, an air box (not postage). */
const FEE_BEFORE_DELIVERY: FaultCase[] = [
  { name: 'risk limit: pay a deposit before shipping', expect: 'not-safe', tactics: ['extract.upfront-fee'], input: sms('您的订单金额超过了我们的风控额度，需要再付一笔保证金才能发货，收货后退还') },
  { name: 'pet at the airport: an air box fee', expect: 'not-safe', input: sms('你买的宠物狗已经在机场了，需要交一个空运的保险箱费，一千二，交了马上送到') },
  { name: 'customs: pay the duty to release it', expect: 'not-safe', input: sms('您的包裹被海关查扣，需要支付关税两千元才能放行') },
  { name: 'luxury bag: customs fine before delivery', expect: 'not-safe', input: sms('代购的包被扣了，要先交清关费八百，交了就给你发货') },
  { name: 'phone: insurance before shipping', expect: 'not-safe', input: sms('特价手机已经打包，需要您支付保险费300元后才能发货') },
  { name: 'kitten: vaccine and quarantine fee first', expect: 'not-safe', input: sms('小猫已经准备好了，先交疫苗费和检疫费共五百，交了马上寄出') },
  { name: 'wine: a deposit to release the stock', expect: 'not-safe', input: chat('这批茅台库存紧张，先交一笔押金，我们才给你下单') },
  { name: 'customs late fee', expect: 'not-safe', input: sms('您的快件滞留海关，需缴纳滞纳金及税费共1580元，缴纳后安排送货') },
  { name: 'seller: guarantee before goods', expect: 'not-safe', input: chat('老板说先付保证金才能发货，三千，收货后退') },
  { name: 'import: pay the tax to pick it up', expect: 'not-safe', input: sms('您的进口商品需要补缴税费680元，缴纳后即可提货') },
  { name: 'hard negative: a shop that pays the duty', expect: 'safe', input: sms('【某某海外旗舰店】关税由卖家承担，您的包裹已清关，正在派送') },
  { name: 'hard negative: a deposit refunded', expect: 'safe', input: sms('您的押金已原路退还，请注意查收') },
  { name: 'hard negative: a courier\'s delivery notice', expect: 'safe', input: sms('【某某快递】您的快件已到达小区驿站，凭取件码提货') },
  { name: 'hard negative: a renter\'s deposit rule', expect: 'safe', input: chat('押金在退租时原路退还，房租按月交就行') },
];

/** Paid for the people you bring in: the pyramid's move, said many ways. */
const RECRUITS: FaultCase[] = [
  { name: 'bring three people, become manager', expect: 'not-safe', tactics: ['pretext.downline'], input: sms('这个赚钱项目只要你拉三个人进来，你就能升级为经理，交三千八入会费就能开始') },
  { name: '30% of each recruit\'s fee, pay to join', expect: 'not-safe', input: sms('你先交入会费，把亲戚朋友都拉进来，每拉一个人你就能拿到入会费的百分之三十') },
  { name: 'national project: invest and recruit', expect: 'not-safe', input: sms('国家扶贫项目，投资1万，每天返利300，推荐一人奖500，详询王老师') },
  { name: 'buy a set, friends buy too, take commission', expect: 'not-safe', input: sms('你先认购一份产品，发展你的朋友也来买，你就能拿他们的提成，转账到这个账户') },
  { name: '1040 project', expect: 'not-safe', input: sms('投资六万九千八，三年就能拿到一千零四十万，发展下线越多越快') },
  { name: 'old classmate: a big project, bring relatives', expect: 'not-safe', input: sms('老同学，我在南宁做了个赚钱的大项目，带亲戚朋友加入每人都有奖励，你先交钱占个名额') },
  { name: 'membership and recruits, guaranteed', expect: 'not-safe', input: sms('成为会员后每推荐一个人奖励八百，保证收益，三年百万不是梦') },
  { name: 'group: recruits pay, join now', expect: 'not-safe', input: sms('加入我们的团队群，每介绍一个人进来就有提成，先付998元') },
  { name: 'call: recruit downlines and pay', expect: 'not-safe', input: call('对方：我们这个项目拉人进来就有提成', '我：那我要做什么', '对方：先支付3800元成为代理，马上给你开通') },
  { name: 'agent: friends also buy, transfer the stock money', expect: 'not-safe', input: sms('你朋友也来买你就拿提成，先进货两万，货款转到我的支付宝') },
  { name: 'hard negative: a warning about pyramid schemes', expect: 'safe', input: sms('警惕拉人头的传销骗局，发现请举报') },
  { name: 'hard negative: a friend inviting to dinner', expect: 'safe', input: chat('周末聚餐，你把亲戚朋友都叫上，人多热闹') },
  { name: 'hard negative: a news report', expect: 'safe', input: sms('据报道，警方捣毁一个传销窝点，该组织以拉人头方式发展下线') },
  { name: 'hard negative: a company outing', expect: 'safe', input: chat('年会抽奖每人都有奖，记得带上工牌') },
];

/** "You are a suspect", by call or text, with pressure: the fake police's opening. */
const ACCUSED: FaultCase[] = [
  { name: 'your ID in a laundering case', expect: 'not-safe', tactics: ['pretext.accused'], input: sms('您好，这里是市公安局刑侦支队，您的身份证涉嫌一起洗钱案件，请您配合调查') },
  { name: 'your card used for fraud, 3 million', expect: 'not-safe', input: sms('我是经侦大队的王警官，你名下有一张银行卡被用于诈骗案，涉案金额三百万') },
  { name: 'robocall: a summons, press 9', expect: 'not-safe', input: sms('您有一张法院传票未领取，请按9转人工查询') },
  { name: 'warrant issued', expect: 'not-safe', input: sms('你已被通缉，必须马上配合我们调查，否则立即逮捕') },
  { name: 'prosecutor SMS: illegal fund-raising', expect: 'not-safe', input: sms('【最高人民检察院】您涉嫌一起非法集资案件，请今日内来电配合调查，逾期将冻结您的全部资产') },
  { name: 'call handed on to the prosecutor, warrant otherwise', expect: 'not-safe', input: call('对方：我是公安局的，你名下的账户涉嫌洗钱', '我：我没有啊', '对方：现在给你转接检察院，你把情况如实说明，否则我们将对你发出通缉令') },
  { name: 'medical card abused, transferred to police', expect: 'not-safe', input: call('对方：您的医保卡在外地被违规套现了', '对方：我把电话转接到当地公安局，您的身份证涉嫌犯罪，跟警官说明一下') },
  { name: 'drug gang used your account', expect: 'not-safe', input: sms('你的银行卡被一个贩毒团伙用来洗钱，你已涉嫌犯罪，不许告诉任何人') },
  { name: 'secret case: tell no one', expect: 'not-safe', input: call('对方：你的账户涉嫌洗钱，这个案子是保密的', '对方：你不能告诉任何人，包括你的家人') },
  { name: 'court robocall: case, press nine', expect: 'not-safe', input: sms('这里是法院，您有一起案件即将开庭，详情请按九') },
  { name: 'hard negative: the user reporting the call', expect: 'safe', input: chat('有人打电话说我涉嫌洗钱，我直接挂了') },
  { name: 'hard negative: a warning quoting the line', expect: 'safe', input: sms('冒充公安说你涉嫌洗钱、要你配合调查的都是骗子') },
  { name: 'hard negative: a real court\'s civil notice', expect: 'safe', input: sms('您涉及的民事案件已立案，请登录法院官网查看') },
  { name: 'hard negative: news of an arrest', expect: 'safe', input: sms('据报道，涉嫌洗钱的犯罪嫌疑人已被抓获') },
];

/** The task scam's escalation: one more (bigger) order before anything comes back. */
const TASK_ESCALATION: FaultCase[] = [
  { name: 'stuck order: one more of 3800 to unfreeze', expect: 'not-safe', tactics: ['extract.task-escalation'], input: sms('您的任务卡单了，需要再做一单3800元的才能解冻，之前的本金佣金一次性返还') },
  { name: 'combined order: five goods at once', expect: 'not-safe', input: sms('这一单是组合单，需要一次性做完五个商品才能结算，总价12800元') },
  { name: 'the last one, then everything', expect: 'not-safe', input: chat('你不想把之前的钱拿回来了吗？就差最后一单了，做完就全部到账') },
  { name: 'advanced task: three in a row', expect: 'not-safe', input: sms('恭喜您完成新手任务！现在进入进阶任务，需要连续完成三单才能一起返款') },
  { name: 'fourth order before withdrawal', expect: 'not-safe', input: sms('您已完成三单任务，佣金共计285元，但需要完成第四单才能一次性提现') },
  { name: 'operator error: redo the order', expect: 'not-safe', input: sms('您操作失误导致卡单，需要再刷一单才能把本金拿回') },
  { name: 'joint order to settle', expect: 'not-safe', input: chat('系统派了联单，要把这几单都做完才能结算佣金') },
  { name: 'mentor: next order returns all', expect: 'not-safe', input: chat('导师说下一单做完就能一次性提现本金和佣金') },
  { name: 'call: one more then withdraw', expect: 'not-safe', input: call('对方：你的任务还差一步', '我：我已经付了两千了', '对方：再做一单就能全部提现，本金一起返还') },
  { name: 'stacked order', expect: 'not-safe', input: sms('您触发了叠加单，完成后本金佣金一起到账') },
  { name: 'hard negative: a driver\'s bonus', expect: 'safe', input: sms('【某某出行】本周再完成5单即可获得司机接单奖励') },
  { name: 'hard negative: a warning about task scams', expect: 'safe', input: sms('刷单是违法的，卡单要你继续充值的都是骗子') },
  { name: 'hard negative: a parent and homework', expect: 'safe', input: chat('做完作业才能玩游戏') },
  { name: 'hard negative: delivery done', expect: 'safe', input: sms('您的外卖订单已送达，祝您用餐愉快') },
];

describe('other scam kinds, second pass: the moves found missed in the dev halves (issue 8 §1.8)', () => {
  for (const [kind, cases] of [
    ['money to a third party\'s account', THIRD_PARTY_PAYEE],
    ['fake police moving you off', FAKE_POLICE_MOVE],
    ['game trade moved off the platform', GAME_TRADE_OFF_PLATFORM],
    ['a gift for your payment code', GIFT_FOR_PAYCODE],
    ['a guaranteed gain plus money or a move', GUARANTEED_RETURN],
    ['downlines and agent levels plus money', DOWNLINE],
    ['a buyer who sends you to their supplier', BUYER_SENDS_TO_SUPPLIER],
    ['the payment done for them', PAY_FOR_ME],
    ['a pay link after a move to a private chat', PAYMENT_LINK],
    ['our unit has you advance it to their supplier', UNIT_ADVANCE],
    ['a fee before the goods come', FEE_BEFORE_DELIVERY],
    ['paid for recruits', RECRUITS],
    ['you are a suspect (fake police)', ACCUSED],
    ['one more task before the payout', TASK_ESCALATION],
  ] as const) {
    describe(kind, () => {
      for (const c of cases) it(`${c.expect}: ${c.name}`, () => void runCase(c));
    });
  }
});

describe('these kinds get the advice that fits them, not the shopping app\'s', () => {
  const advice = (input: Parameters<typeof analyze>[0]) => {
    const r = analyze(input);
    return { r, text: r.advice.join('\n') };
  };
  it('money to a third party\'s account: call their old number', () => {
    const { r, text } = advice(sms('妈，我手机和钱包都被偷了，你速汇800元到我同学的卡上，回去跟你细说'));
    expect(text, why(r)).toContain('原来的号码');
    expect(text, why(r)).not.toContain('我的订单');
  });
  it('fake police: police never handle a case by phone', () => {
    const { r, text } = advice(sms('我是市公安局的民警，您名下的银行卡涉嫌洗钱，请马上加我微信配合调查'));
    expect(text, why(r)).toContain('110');
    expect(text, why(r)).toContain('公安');
    expect(text, why(r)).not.toContain('我的订单');
  });
  it('a guaranteed gain: no investment tips from strangers', () => {
    const { r, text } = advice(sms('这个项目稳赚不赔，你把三万转给我，我帮你投'));
    expect(text, why(r)).toContain('稳赚不赔');
    expect(text, why(r)).not.toContain('真正的退款');
  });
  it('a gift for the payment code: never give card or payment data', () => {
    const { r, text } = advice(sms('游戏皮肤免费送给你，只需要出示支付宝付款码即可领取'));
    expect(text, why(r)).not.toContain('我的订单');
    expect(text, why(r)).toContain('110');
  });
});
