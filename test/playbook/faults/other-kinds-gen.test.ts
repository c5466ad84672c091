/**
 * Other scam kinds that ask for money (issue 8 §1.8, §4 "other scam kinds that make a request ≥ 0.85
 * not safe"): the kinds our own corpus (data/corpus/gen-scam-other-zh.jsonl, a fresh author's 742
 * lines) showed the rules missing — each kind's defining move, written as playbook data
 * (src/playbook/zh/other-kinds.ts, lexicon-other.ts). Siblings of our own writing, never the corpus
 * lines: positives tell the kind in other words; hard negatives are the real thing (a partner's money
 * talk, a unit's real order, a subsidy paid to the social-security card, the state lottery, an
 * exchange's warning, a shop's own app, a platform's escrow, an HR posting, a real raffle, a credit
 * report, the official traffic app, a landlord who shows the flat, a company's gift cards…).
 */
import { describe, it } from 'vitest';
import { runCase, sms, chat, callerCall, type FaultCase } from './helpers.ts';

const kinds: Record<string, FaultCase[]> = {
  '网络交友: the sweetheart never met asks for money': [
    { name: 'surgery bill abroad', expect: 'scam', tactics: ['pretext.online-romance'], input: chat('亲爱的，我们还没见过面，我在国外的工地出了事故，手术费还差三万，你能帮我交一下吗') },
    { name: 'peace-keeper fined at customs', expect: 'scam', input: chat('我是海外维和军人，行李被海关扣了，需要交五千块罚款，你先帮我垫一下') },
    { name: 'ticket home before the wedding', expect: 'scam', input: chat('宝贝，等我回国就结婚，你先帮我买张回国的机票好吗') },
    { name: 'a favour before meeting', expect: 'scam', input: chat('老公，见面之前我想让你帮个忙，我妈住院需要一笔钱') },
    { name: 'the uncle in the platform', expect: 'scam', input: chat('亲爱的，我舅舅在这个平台做技术，你先放个两万进去，稳赚') },
    { name: 'the wrong-person opener alone', expect: 'safe', input: chat('不好意思加错人了，不过看你头像挺有气质的') },
    { name: 'hard negative: a spouse about the mortgage', expect: 'safe', input: chat('老婆，这个月房贷你先转一下，我发工资还你') },
    { name: 'hard negative: a partner\'s phone bill', expect: 'safe', input: chat('亲爱的，帮我交一下话费，手机快停机了') },
    { name: 'hard negative: a date booked', expect: 'safe', input: chat('宝贝，我们下周见面，我订好餐厅了') },
    { name: 'hard negative: a warning about romance scams', expect: 'safe', input: chat('警惕网恋诈骗：从没见过面的“男友”说在国外要你交钱的都是骗子') },
  ],
  '冒充军警购物: the unit has the vendor advance or buy elsewhere': [
    { name: 'armed police, supplier to advance', expect: 'scam', tactics: ['pretext.unit-order'], input: chat('老板你好，我是武警支队的司务长，要订二十桌，另外需要一批特供酒，你先帮我们从这个供应商那里垫付') },
    { name: 'army purchase moved to WeChat', expect: 'not-safe', input: chat('我们部队采购一批床单，你先加我微信，清单发你') },
    { name: 'fire brigade, advance for equipment', expect: 'scam', input: chat('我是消防中队后勤的，订五十份盒饭，另外有批器材你先垫资采购，结账一起给') },
    { name: 'barracks repair, named supplier', expect: 'scam', input: chat('部队营房维修，材料商我们指定，你先帮我们采购一批') },
    { name: 'hard negative: a soldier books tables and pays there', expect: 'safe', input: chat('老板，我是部队的，周六订三桌，到时候现场付钱') },
    { name: 'hard negative: a canteen tender notice', expect: 'safe', input: sms('部队食堂蔬菜配送采购公开招标公告') },
    { name: 'hard negative: family of a soldier', expect: 'safe', input: chat('我弟在部队，下个月回来，订两桌吃饭') },
    { name: 'hard negative: the warning', expect: 'safe', input: sms('警惕冒充军人订餐让商家垫付的诈骗') },
  ],
  '助学金/补贴: a subsidy that needs an ATM, a reply, a fee, a link or an app': [
    { name: 'grant activated at an ATM', expect: 'scam', tactics: ['extract.atm-operation'], input: sms('【教育局】您孩子的助学金已下发，请到ATM机上按工作人员指引激活领取') },
    { name: 'card and ID by reply', expect: 'scam', tactics: ['extract.reply-credentials'], input: sms('您的育儿补贴3600元待领取，请回复银行卡号和身份证号') },
    { name: 'a fee before the subsidy', expect: 'scam', input: sms('您的失业补贴已审批，领取前需缴纳手续费300元') },
    { name: 'subsidy on a look-alike site', expect: 'scam', input: sms('您符合生育补贴条件，请点击 sybt-gov.top 登记领取') },
    { name: 'subsidy app binding a card', expect: 'suspicious', input: chat('新生入学补贴每人两千，请家长下载“学生资助”APP绑定银行卡领取') },
    { name: 'hard negative: paid to the social-security card', expect: 'safe', input: sms('【人社局】您的失业补贴已发放至社保卡，请注意查收') },
    { name: 'hard negative: apply at school', expect: 'safe', input: sms('教育局通知：助学金申请请到学校资助办提交材料') },
    { name: 'hard negative: a meal allowance', expect: 'safe', input: chat('我们公司的餐补下个月发') },
    { name: 'hard negative: the warning', expect: 'safe', input: sms('警惕冒充教育局发放助学金要求到ATM操作的诈骗') },
    { name: 'hard negative: a bank\'s ATM notice', expect: 'safe', input: sms('本网点ATM机维护，暂停服务，请到柜台办理') },
  ],
  '网络赌博: the lure plus a site, a handle or a stake': [
    { name: 'casino bonus and a site (one SMS: an advert with its link, at most suspicious by src/playbook/single-message.ts)', expect: 'not-safe', tactics: ['pretext.gambling'], input: sms('娱乐城新开，首充送100%，注册网址 yc-888.top') },
    { name: 'insider planner, top up first', expect: 'scam', input: chat('兄弟，我有内部计划员，你先充两千，今晚跟我下注') },
    { name: 'withdrawal held for turnover', expect: 'scam', input: chat('你的提现被拒了，流水不足，再充三千打满流水就能提') },
    { name: 'baccarat with a handle', expect: 'suspicious', input: sms('百家乐真人荷官，加V：bjl-66 带你赢') },
    { name: 'hard negative: lottery results', expect: 'safe', input: sms('体彩中心：本期大乐透开奖结果已公布') },
    { name: 'hard negative: a gambling ring broken', expect: 'safe', input: sms('警方破获网络赌博案，抓获嫌疑人20名') },
    { name: 'hard negative: watching a match', expect: 'safe', input: chat('周末一起看球吧，我请客') },
    { name: 'hard negative: a slogan', expect: 'safe', input: sms('远离赌博，珍爱家庭，拒绝网络博彩') },
  ],
  '虚拟货币: the wallet\'s keys or coins handed over': [
    { name: 'seed phrase asked for', expect: 'not-safe', tactics: ['extract.wallet-secret'], input: chat('把你钱包的助记词发给我，我帮你找回资产') },
    { name: 'coins to a "safe wallet"', expect: 'not-safe', input: chat('您的账户有风险，请把USDT转到这个安全钱包地址') },
    { name: 'approve their contract', expect: 'not-safe', input: chat('点击授权领取空投，把USDT授权给这个合约') },
    { name: 'new coin a hundredfold, top up', expect: 'scam', input: chat('这个币上了交易所至少涨一百倍，你先充五千进去') },
    { name: 'hard negative: keep the seed phrase', expect: 'safe', input: chat('助记词自己抄下来保管好，不要发给任何人') },
    { name: 'hard negative: an exchange\'s warning', expect: 'safe', input: sms('交易所提醒：官方不会索要您的私钥') },
    { name: 'hard negative: moved to my own cold wallet', expect: 'safe', input: chat('我已经把币转到自己的冷钱包了') },
    { name: 'hard negative: an exchange app notice', expect: 'safe', input: sms('充币地址请在交易所APP内复制，请勿向陌生地址转账') },
  ],
  '虚假购物 / 追星 / 游戏交易: a bargain paid directly, off the platform': [
    { name: 'overseas bag, WeChat transfer only', expect: 'scam', tactics: ['extract.direct-payment'], input: chat('名牌包海外代购，专柜的三折，只接受微信转账') },
    { name: 'liquor with a handle', expect: 'not-safe', input: sms('茅台特价888一瓶，原箱正品，订购加V：mt-66') },
    { name: 'concert ticket, transfer first', expect: 'scam', input: chat('演唱会内场票原价出，先转账后发票') },
    { name: 'game account off the platform', expect: 'scam', input: chat('这个号不走平台交易，你直接转我支付宝，便宜两百') },
    { name: 'home visit paid first', expect: 'not-safe', input: chat('上门陪聊，先付款后服务，付款后给你发位置') },
    { name: 'hard negative: the shop\'s own app', expect: 'safe', input: sms('【京东】茅台预约开始，请在京东APP内预约，回T退订') },
    { name: 'hard negative: paid on the platform', expect: 'safe', input: sms('已付款成功，商家将在48小时内发货') },
    { name: 'hard negative: cash on delivery', expect: 'safe', input: chat('这家店支持货到付款，挺好的') },
    { name: 'hard negative: family grocery money', expect: 'safe', input: chat('妈，菜钱我直接转你微信了') },
    { name: 'hard negative: the platform\'s escrow', expect: 'safe', input: chat('请在平台上拍下，平台担保交易更放心') },
  ],
  '二手交易: the seller made to pay to get paid': [
    { name: 'deposit service to unfreeze', expect: 'not-safe', tactics: ['extract.seller-fee'], input: chat('我拍下了，但你的闲鱼没开通保证金服务，钱被冻结了，你联系客服开通') },
    { name: 'certification fee to receive', expect: 'scam', input: chat('买家已付款，你需要先缴纳诚信认证费300元才能收款') },
    { name: 'payment details on their link', expect: 'scam', input: chat('你点我发的链接填写收款信息，钱马上到账') },
    { name: 'hard negative: the platform paid out', expect: 'safe', input: sms('闲鱼：买家已确认收货，货款已到账') },
    { name: 'hard negative: the platform\'s warning', expect: 'safe', input: chat('闲鱼不存在开通保证金才能收款，遇到就是骗子') },
    { name: 'hard negative: a membership for videos', expect: 'safe', input: chat('我开通了会员，看剧没有广告了') },
  ],
  '传销 / 虚假招聘: come over, pay in, or work abroad': [
    { name: 'state-backed project, fare paid', expect: 'not-safe', tactics: ['pretext.recruit-lure'], input: chat('老同学，来北海吧，国家扶持的项目，一年挣几十万，路费我给你报') },
    { name: 'Cambodia typist, ticket paid', expect: 'not-safe', tactics: ['pretext.overseas-job'], input: chat('柬埔寨招打字员，月薪三万，包吃住，机票我包') },
    { name: 'buy-in and recruits', expect: 'not-safe', input: chat('你来了就知道了，先交三万入伙，发展两个人就回本') },
    { name: 'uniform fee returned later', expect: 'scam', input: chat('入职前需要交八百元服装费，入职后第一个月返还') },
    { name: 'a "test" top-up returned', expect: 'not-safe', input: chat('我们是线上办公，要先在软件里充值五百做岗前测试，测试完成后原路退回') },
    { name: 'hard negative: a posting abroad through HR', expect: 'safe', input: chat('公司外派迪拜项目，月薪两万，人事部统一办理') },
    { name: 'hard negative: interview address', expect: 'safe', input: sms('面试地址：软件园三号楼，路费自理') },
    { name: 'hard negative: free work clothes', expect: 'safe', input: chat('公司统一办理工作服，不收费') },
    { name: 'hard negative: a landlord\'s deposit', expect: 'safe', input: chat('押金一千，退租时原路退还') },
    { name: 'hard negative: a business trip\'s fare', expect: 'safe', input: chat('公司出差的路费可以报销，记得留发票') },
  ],
  '中奖: a prize that needs money, a link or a reply first': [
    { name: 'lucky viewer pays tax', expect: 'scam', tactics: ['pretext.prize-won'], input: chat('恭喜您被抽为幸运观众，奖金五万，需先交个人所得税两千') },
    { name: 'prize shipped cash on delivery', expect: 'scam', input: sms('您中奖的电视已寄出，请支付到付运费288元') },
    { name: 'first prize on a site', expect: 'suspicious', input: sms('您的号码中了一等奖，领奖请登录 lj-cc.top') },
    { name: 'points to cash on a site', expect: 'suspicious', tactics: ['pretext.points-redeem'], input: sms('【建设银行】您的信用卡积分可兑换现金360元，今日到期，兑换请登录 jh-jf.top') },
    { name: 'hard negative: no win', expect: 'safe', input: sms('很遗憾您未中奖，感谢参与') },
    { name: 'hard negative: a company raffle', expect: 'safe', input: chat('公司年会我抽中了一等奖，一台电脑') },
    { name: 'hard negative: points in the carrier\'s app', expect: 'safe', input: sms('【中国移动】您的积分将于月底清零，请在中国移动APP兑换') },
    { name: 'hard negative: a child\'s prize', expect: 'safe', input: chat('我儿子作文比赛得了二等奖') },
  ],
  '贷款 / 投资: credit repair, stock tips, loss recovery': [
    { name: 'credit repair for a fee', expect: 'not-safe', tactics: ['pretext.credit-repair'], input: chat('您的征信有逾期，我们有内部关系帮您修复征信，服务费两千') },
    { name: 'debt suspension with a handle', expect: 'suspicious', input: sms('网贷停息挂账，减免利息，加V：ft-66') },
    { name: 'free stock tips to a group', expect: 'not-safe', tactics: ['pretext.stock-tips'], input: sms('免费荐股，每天一只涨停牛股，进群请加V：gp-66') },
    { name: 'institutional channel deposit', expect: 'scam', input: chat('老师推荐的票又涨停了，想进机构通道的先充值五万') },
    { name: 'loss recovery lawyer fee', expect: 'scam', tactics: ['pretext.loss-recovery'], input: callerCall('我们是追损团队，能帮你追回被骗的钱，先付百分之十律师费') },
    { name: 'hard negative: credit repair warning', expect: 'safe', input: chat('征信修复都是骗局，个人征信不能花钱删除') },
    { name: 'hard negative: my credit report', expect: 'safe', input: chat('我查了征信报告，一切正常') },
    { name: 'hard negative: a research disclaimer', expect: 'safe', input: sms('本报告仅供参考，不构成投资建议') },
    { name: 'hard negative: a teacher\'s homework', expect: 'safe', input: chat('我的语文老师今天布置了作文') },
    { name: 'hard negative: police recovered the money', expect: 'safe', input: sms('警方追回被骗资金，已发还受害人') },
  ],
  '政务钓鱼: a fake office with a link, a number or an account': [
    { name: 'traffic fine on a look-alike site', expect: 'suspicious', tactics: ['pretext.gov-notice'], input: sms('【交警】您有违章未处理，将扣12分，请访问 jj-wz.top 处理') },
    { name: 'insurance card stopped, call this number', expect: 'not-safe', input: sms('【医保局】您的医保卡即将停用，请致电 0371-66668888 处理') },
    { name: 'pension arrears to their account', expect: 'scam', input: callerCall('您的养老保险需要补缴，补缴请转到我们社保中心的账户') },
    { name: 'licence cancelled, look-alike site', expect: 'suspicious', input: sms('【车管所】您的驾驶证因未年审即将注销，请登录 jsz-ns.top 补审') },
    { name: 'hard negative: the official traffic app', expect: 'safe', input: sms('请通过交管12123APP查询处理违章') },
    { name: 'hard negative: insurance paid in the official app', expect: 'safe', input: sms('【医保局】年度医保缴费已开始，请在官方APP内缴纳') },
    { name: 'hard negative: a real fine notice to the app', expect: 'safe', input: sms('【交警】您的车辆有违章记录未处理，请登录交管12123APP处理') },
    { name: 'hard negative: my licence expires', expect: 'safe', input: chat('我的驾驶证下个月到期，得去换证') },
  ],
  '色情引流 / 虚假租房 / 冒充领导 / 冒充公检法: the lure and the cash': [
    { name: 'sex lure with a link', expect: 'suspicious', tactics: ['pretext.sex-lure'], input: sms('寂寞吗？同城美女一对一视频，点击 mm-tc.club 匹配') },
    { name: 'sex lure with an app', expect: 'suspicious', input: chat('小哥哥，下载这个APP，我们视频聊天好吗') },
    { name: 'landlord abroad wants the rent', expect: 'scam', tactics: ['pretext.absent-landlord'], input: chat('我是房东，人在国外，你把押金和一个月房租打到我卡上，钥匙寄给你') },
    { name: 'viewing fee with a handle', expect: 'scam', input: sms('房东直租，看房前需交200元看房费，加V：fd-88') },
    { name: 'boss wants gift-card codes', expect: 'not-safe', tactics: ['extract.gift-card-codes'], input: chat('小王，我在开会，你去买十张京东E卡，把卡密拍给我，别声张') },
    { name: 'police want the cash collected', expect: 'scam', tactics: ['extract.cash-pickup'], input: callerCall('你涉嫌洗钱，现在去银行把钱取出来，我们派人上门收取核查') },
    { name: 'hard negative: a vice raid', expect: 'safe', input: sms('扫黄行动中警方抓获多人') },
    { name: 'hard negative: a landlord who shows the flat', expect: 'safe', input: chat('房东周末可以带看，签合同再交押金') },
    { name: 'hard negative: rent already paid', expect: 'safe', input: chat('这个月房租我已经转给房东了') },
    { name: 'hard negative: gift cards as a bonus', expect: 'safe', input: chat('公司发了京东E卡当福利，卡密已发到邮箱') },
    { name: 'hard negative: cash for the rent', expect: 'safe', input: chat('我去银行把钱取出来交房租') },
  ],
};

for (const [kind, cases] of Object.entries(kinds)) {
  describe(kind, () => {
    for (const c of cases) it(`${c.expect}: ${c.name}`, () => runCase(c));
  });
}
