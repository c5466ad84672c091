/**
 * A newcomer's probes (issue 8 §1.8, §4) found whole kinds with no rule (risk 0) and three false-alarm
 * kinds. Each kind here has siblings of our own writing, positives and hard negatives: the tactics
 * are playbook data (src/playbook/zh/tactics/: pretext.sextortion, pretext.customs-hold,
 * pretext.utility-arrears, pretext.insurance-abuse, pretext.romance-investment, pretext.loan-ad,
 * contact.boss-new-account, contact.in-person-counter…), never the newcomer's own sentences.
 */
import { describe, it } from 'vitest';
import { runCase, type FaultCase } from './helpers.ts';

const call = (...turns: [('caller' | 'user'), string][]) => ({ channel: 'call' as const, turns: turns.map(([speaker, text]) => ({ speaker, text })) });

const SEXTORTION: FaultCase[] = [
  { name: 'recorded video, pay or contacts see it', expect: 'scam', tactics: ['pretext.sextortion'],
    input: '刚才跟你视频裸聊的录像我都存好了，你通讯录我也拿到了，打两万到这张卡上，不然全发出去' },
  { name: 'photos to the workplace unless paid', expect: 'scam', tactics: ['pretext.sextortion'],
    input: '你的不雅照片在我手上，明天中午前转5000块给我，否则发到你们单位群里' },
  { name: 'threat to the wife, money by WeChat', expect: 'scam', tactics: ['pretext.sextortion'],
    input: '兄弟，你的果聊视频要是让你老婆看到会怎样？微信转一万过来就删' },
  { name: 'threat alone, no sum yet', expect: 'not-safe', tactics: ['pretext.sextortion'],
    input: '你的私密视频我已经录下来了，你家人的电话我都有，自己看着办' },
  { name: 'upload online threat with a sum', expect: 'scam',
    input: '裸聊录屏已备份，不想被传到网上就拿三万块来摆平' },
  { name: 'chat turns: the threat, then the price', expect: 'scam',
    input: { channel: 'chat', turns: [
      { speaker: 'caller', text: '看看这是谁？你的裸聊视频' },
      { speaker: 'user', text: '你想干什么' },
      { speaker: 'caller', text: '你通讯录里的亲友我都有，转2万过来，这事就了事' },
    ] } },
  { name: 'hard negative: police warning about sextortion', expect: 'safe',
    input: '民警提醒：陌生网友邀请裸聊要警惕，对方可能录屏后以发给亲友相要挟索要钱财' },
  { name: 'hard negative: a victim asks what to do', expect: 'safe',
    input: '我被裸聊敲诈了，对方说要发给我通讯录，我该怎么办' },
  { name: 'hard negative: family video shared with relatives', expect: 'safe',
    input: '宝宝的视频我录下来了，发给家人群里大家看看' },
  { name: 'hard negative: news of a sextortion ring broken up', expect: 'safe',
    input: '警方破获一个裸聊敲诈团伙，抓获犯罪嫌疑人12名' },
  { name: 'hard negative: a sum between friends', expect: 'safe',
    input: '上次聚餐的钱你转200过来就行' },
];

const CUSTOMS: FaultCase[] = [
  { name: 'parcel held, robocall key', expect: 'not-safe', tactics: ['pretext.customs-hold'],
    input: '您好，这里是海关总署，您有一个国际包裹涉嫌夹带违禁品已被查扣，详情请按9转人工' },
  { name: 'passport flagged, transferred to police', expect: 'scam', tactics: ['pretext.customs-hold', 'shift.transfer-to-police'],
    input: call(['caller', '这里是出入境管理局，您的护照涉嫌走私被限制出境'], ['user', '不可能吧'], ['caller', '我现在帮您转接到公安局刑侦大队']) },
  { name: 'customs, then a fine to pay', expect: 'scam', tactics: ['pretext.customs-hold'],
    input: '海关通知：您的境外包裹被扣押，涉嫌走私，请将罚款5000元转账到指定账户' },
  { name: 'customs SMS with a number to call', expect: 'not-safe',
    input: '【海关】您的国际快递因夹带违禁品被扣留，请致电 020-86451234 处理' },
  { name: 'customs with a link', expect: 'not-safe',
    input: '您的包裹被海关扣押，请点击 customs-cn.top 登录处理' },
  { name: 'hard negative: customs clearance in the courier app', expect: 'safe',
    input: '【顺丰】您的国际包裹已完成清关，正在派送中，请保持电话畅通' },
  { name: 'hard negative: news on anti-smuggling', expect: 'safe',
    input: '海关总署开展打击走私专项行动，查获一批冻品' },
  { name: 'hard negative: passport appointment', expect: 'safe',
    input: '出入境管理局提醒：您预约的护照办理时间为周三上午，请按时到大厅' },
  { name: 'hard negative: IVR menu', expect: 'safe',
    input: '欢迎致电，普通话服务请按1，English please press 2' },
  { name: 'hard negative: a traveller about his own bag', expect: 'safe',
    input: '我在海关被查了半天行李，没事，已经出来了' },
];

// A bill's arrears and a payment link are what a real biller's SMS says too (session 9, src/playbook/
// single-message.ts `notices`): one message of them is flagged `suspicious`, `scam` only with what no biller
// asks (a code, a card, a transfer to a person) or a look-alike of its own site.
const UTILITY: FaultCase[] = [
  { name: 'power arrears with a payment link', expect: 'suspicious', tactics: ['pretext.utility-arrears', 'extract.bill-link'],
    input: '【供电公司】您户电费已欠缴两个月，今晚22点停电，请立即点击 dianfei-pay.top 补缴' },
  { name: 'gas arrears with a link', expect: 'not-safe',
    input: '燃气公司提醒：您家燃气费欠费，明天停气，请尽快缴费 http://ranqi-jf.cc' },
  { name: 'water arrears with a link', expect: 'suspicious',
    input: '【自来水公司】您的水费逾期未缴，即将停水，请在 water-pay.vip 缴纳' },
  { name: 'power arrears with a number to call', expect: 'not-safe',
    input: '【国家电网】您的电费拖欠，明日停电，请致电 0731-84567890 处理' },
  { name: 'power arrears, transferred to "police"', expect: 'scam',
    input: call(['caller', '我是供电局的，你家电费欠费半年了，要停电'], ['user', '我一直有交啊'], ['caller', '那可能是身份被盗用，我帮你转接到警方']) },
  { name: 'hard negative: a real reminder via the official app', expect: 'safe',
    input: '【国网供电】尊敬的客户，您户电费余额不足，为避免停电，请及时通过网上国网APP缴费' },
  { name: 'hard negative: planned outage', expect: 'safe',
    input: '因线路检修，本小区明天上午8点至12点计划停电，请提前做好准备' },
  { name: 'hard negative: family about the bill', expect: 'safe',
    input: '妈，这个月水费我交了，别忘了电费也快到期了' },
  { name: 'hard negative: official site link', expect: 'safe',
    input: '【国家电网】您户电费已欠费，请登录 www.95598.cn 缴费' },
  { name: 'hard negative: paid receipt', expect: 'safe',
    input: '【燃气公司】您已成功缴纳燃气费200元，感谢使用' },
];

const INSURANCE: FaultCase[] = [
  { name: '医保 abnormal use, call this number', expect: 'not-safe', tactics: ['pretext.insurance-abuse'],
    input: '【医保局】您的医保卡在异地有违规消费，涉嫌骗保，请速致电 010-84561234 核实' },
  { name: '社保 frozen, call put through to police', expect: 'scam', tactics: ['pretext.insurance-abuse', 'shift.transfer-to-police'],
    input: call(['caller', '你好，社保局的，你的社保卡涉嫌非法套现被冻结了'], ['user', '我没有啊'], ['caller', '那我给你转接公安局经侦的警官']) },
  { name: '医保 then a card number asked', expect: 'scam',
    input: '您的医保账户异常消费，涉嫌骗保，请提供您的银行卡号和密码配合核查' },
  { name: '养老金 stopped, press a key', expect: 'not-safe',
    input: '您的养老金账户异常即将停用，如有疑问请按0转人工' },
  { name: '医保 call, transfer to a safe account', expect: 'scam',
    input: call(['caller', '医保中心的，你医保卡盗刷了好几万'], ['user', '啊？'], ['caller', '你把钱转到安全账户，我们帮你保管']) },
  { name: 'hard negative: card reported lost', expect: 'safe',
    input: '【社保中心】您的社保卡已挂失成功，请本人携带身份证到社保中心补办' },
  { name: 'hard negative: anti-fraud campaign', expect: 'safe',
    input: '市医保局开展打击欺诈骗保专项行动，欢迎群众举报' },
  { name: 'hard negative: pension raise', expect: 'safe',
    input: '今年养老金又涨了，每月多了一百多' },
  { name: 'hard negative: official helpline', expect: 'safe',
    input: '您的医保卡状态异常，请携带身份证到窗口办理，或致电12393咨询' },
  { name: 'hard negative: a nurse about the card', expect: 'safe',
    input: '您的医保卡刷不了，可能是没激活，去一楼窗口问一下' },
];

const ROMANCE_INVEST: FaultCase[] = [
  { name: 'lover trading forex with a mentor', expect: 'not-safe', tactics: ['pretext.romance-investment'],
    input: '宝贝，我跟着导师做外汇，每个月稳定收益百分之二十，你也开个户吧' },
  { name: 'lover and USDT weekly gains', expect: 'not-safe',
    input: '亲爱的，我在这个平台上用USDT理财，一周收益15%，我帮你注册一个账号' },
  { name: 'lover and crude oil, then a deposit', expect: 'scam',
    input: { channel: 'chat', turns: [
      { speaker: 'caller', text: '老公，我舅舅是做原油期货的，有内部数据' },
      { speaker: 'user', text: '真的假的' },
      { speaker: 'caller', text: '你先充值五万到这个平台，我们一起赚，为了我们的未来' },
    ] } },
  { name: 'lover and gold, daily gain', expect: 'not-safe',
    input: '哥哥，我最近炒黄金，日收益5个点，你下载这个APP我教你' },
  { name: 'promised monthly return and a platform, no lover', expect: 'not-safe', tactics: ['pretext.promised-return'],
    input: '这个项目月收益30%，你去注册这个平台，我带你做' },
  { name: 'hard negative: couple about a gold bracelet', expect: 'safe',
    input: '亲爱的，今天金价涨了，要不要去买个黄金手镯' },
  { name: 'hard negative: couple warning each other', expect: 'safe',
    input: '老公，网上那种带你炒币的都是骗局，别碰' },
  { name: 'hard negative: a bank fund notice', expect: 'safe',
    input: '【招商银行】您持有的基金近一年收益率8.2%，理财有风险，投资需谨慎' },
  { name: 'hard negative: a salary chat', expect: 'safe',
    input: '宝贝，我这个月工资涨了，一个月赚一万二' },
  { name: 'hard negative: a student and her tutor', expect: 'safe',
    input: '导师让我下周交开题报告，我得去图书馆' },
];

const LOAN_AD: FaultCase[] = [
  { name: 'bad credit OK loan ad', expect: 'not-safe', tactics: ['pretext.loan-ad'],
    input: '急用钱？黑户可贷，不看征信，有身份证就能贷，加微信dk8899' },
  { name: 'approved line, link on an odd domain', expect: 'not-safe', tactics: ['pretext.easy-loan-promise'],
    input: '【安心借】您的5万借款额度已下发，无抵押当天放款，点击 axj-loan.top 领取' },
  { name: 'reserved line and an app', expect: 'not-safe',
    input: '尊敬的用户，已为您预留10万贷款额度，免审核秒到账，下载安心贷APP立即领取' },
  { name: 'loan ad then an upfront fee', expect: 'scam',
    input: '征信不好也能贷，百分百下款，先交3000元保证金就给您放款' },
  { name: 'credit check waived, chat move', expect: 'not-safe',
    input: '无视黑白户，秒下款，详情加QQ 88234412' },
  { name: 'hard negative: a bank advert in its own app', expect: 'safe',
    input: '【建设银行】快贷最高30万，无抵押，详情请登录建行手机银行APP查看' },
  { name: 'hard negative: repayment reminder', expect: 'safe',
    input: '【招商银行】您的闪电贷本期应还款2300元，还款日为15日' },
  { name: 'hard negative: warning about loan ads', expect: 'safe',
    input: '谨防“黑户可贷、不看征信”的贷款广告，都是骗子' },
  { name: 'hard negative: a loan paid out', expect: 'safe',
    input: '您申请的贷款已到账，请查收' },
  { name: 'hard negative: friends on a mortgage', expect: 'safe',
    input: '我们的房贷审批通过了，下个月放款' },
];

const BOSS: FaultCase[] = [
  { name: 'chairman on a new WeChat', expect: 'not-safe', tactics: ['contact.boss-new-account'],
    input: '在吗？我是你们王董，这是我新微信，加一下我，有事交代你' },
  { name: 'director on a new QQ, urgent', expect: 'not-safe', tactics: ['contact.boss-new-account'],
    input: '我是你们张主任，加我新的QQ 3345221，下午有急事' },
  { name: 'principal on a private account', expect: 'not-safe',
    input: '我是你们校长，换号了，加我这个号，有个事需要你办' },
  { name: 'boss new account then money', expect: 'scam',
    input: { channel: 'chat', turns: [
      { speaker: 'caller', text: '我是你们刘总，这是我的新微信' },
      { speaker: 'user', text: '刘总好' },
      { speaker: 'caller', text: '我在开会不方便，你先帮我转5万给这个客户，回头公司报销' },
    ] } },
  { name: 'manager new number then advance money', expect: 'scam',
    input: '我是你们陈经理，这是我新号，你先帮我垫付一下货款两万，急用' },
  { name: 'hard negative: the boss\'s secretary', expect: 'safe',
    input: '我是你们李董的秘书，会议改到周三下午' },
  { name: 'hard negative: a new colleague', expect: 'safe',
    input: '我是你们部门新来的小王，加个微信方便工作联系' },
  { name: 'hard negative: staff checking a new account', expect: 'safe',
    input: '王总说他换号了？我先打他原来的电话问问' },
  { name: 'hard negative: property manager notice', expect: 'safe',
    input: '我是你们小区的物业经理，明天上午停水检修' },
  { name: 'hard negative: warning about fake bosses', expect: 'safe',
    input: '冒充领导加新微信让转账的都是骗子，先打电话核实' },
];

const FALSE_ALARMS: FaultCase[] = [
  // A job advert for a customer-service post.
  { name: 'job ad: part-time customer service, interview in store', expect: 'safe',
    input: '本店招聘兼职客服，需要到门店面试，不收任何费用，底薪加提成' },
  { name: 'job ad: online shop hiring CS', expect: 'safe',
    input: '诚聘淘宝客服，全职，五险一金，有意者带简历到公司面试' },
  { name: 'job ad: applying for a CS post', expect: 'safe',
    input: '我去应聘京东客服了，下周一面试' },
  { name: 'job scam still caught: CS job with an entry fee', expect: 'not-safe',
    input: '招聘兼职客服，日结300，先交500元培训费就能上岗' },
  // A trade through the platform's own escrow.
  { name: 'escrow: game account via the platform', expect: 'safe',
    input: '你的号我要了，我们走担保交易，你在交易猫APP上架，我下单' },
  { name: 'escrow: second-hand on Xianyu', expect: 'safe',
    input: '相机我买了，就在闲鱼上下单，走平台担保交易，你发货后我确认收货' },
  { name: 'escrow claim plus their own site still caught', expect: 'not-safe',
    input: '我们走担保交易，你点这个链接 jiaoyimao-safe.top 登录交易，先交保证金' },
  // A bank's real fraud check sends you to the counter.
  { name: 'bank fraud check sends you to the counter', expect: 'safe',
    input: call(
      ['caller', '您好，这里是农业银行，您的卡刚才在外地有一笔消费，是您本人吗'],
      ['user', '不是我'],
      ['caller', '我们已经为您临时冻结这张卡，请您本人带身份证到就近网点办理解冻'],
    ) },
  { name: 'bank SMS: frozen, come to the branch', expect: 'safe',
    input: '【中国银行】您的账户存在风险交易，已暂停非柜面业务，请本人携带身份证到营业网点办理' },
  { name: 'fake bank: frozen, transfer to a safe account still caught', expect: 'scam',
    input: call(
      ['caller', '这里是银行风控中心，您的账户涉嫌洗钱已冻结'],
      ['user', '怎么办'],
      ['caller', '不用去柜台，把钱转到我们的安全账户就能解冻'],
    ) },
];

describe('newcomer kinds with no rule (issue 8 §1.8, kinds2)', () => {
  for (const [kind, cases] of [
    ['sextortion', SEXTORTION], ['customs / immigration', CUSTOMS], ['utility phishing', UTILITY], ['医保 / 社保', INSURANCE],
    ['romance to investment', ROMANCE_INVEST], ['loan adverts', LOAN_AD], ['boss on a new account', BOSS],
  ] as const) {
    describe(kind, () => {
      for (const c of cases) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
    });
  }
});

describe('newcomer false-alarm kinds (kinds2)', () => {
  for (const c of FALSE_ALARMS) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
