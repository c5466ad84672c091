import { defineTactic } from '../../schema.ts';

/**
 * A fee before what you want (issue 8 §1.8): a franchise, agent or training fee before the "job",
 * a "credit deposit" before the loan, a "trade fee" or "insurance" before the game-account sale, a
 * tax before the prize, a scan-and-pay to a stranger. Whatever the story, a stranger who has you pay
 * first is at least `suspicious` (the public "八个凡是": 通知中奖要你先交钱的都是诈骗; 网贷先交费的都是诈骗).
 * Written as request-grammar combinations (lexicon-other.ts), so a new fee word fixes every story.
 */
export default defineTactic({
  id: 'extract.upfront-fee',
  stage: 'extraction',
  description: {
    // Neutral about what is promised: the same fee comes before a loan, a prize, a trade or a job.
    zh: '要您先交一笔费用（手续费、保证金、押金、税金、会员费、加盟费等），说交了才能拿到钱或办成事',
    en: 'Asks you to pay a fee first (handling fee, deposit, tax, membership, franchise fee…), saying only then will you get the money or what was promised',
  },
  weight: 40,
  cues: [
    // Fees that exist only to be taken: any pay verb will do.
    { request: { act: ['act.pay', 'act.pay-bare', 'act.pay-first', 'act.transfer', 'act.topup'], object: ['obj.entry-fee'] } },
    // Everyday charges (保证金, 手续费, 押金) demanded for what comes after: a payout, a trade, a job.
    { request: { act: ['act.pay', 'act.pay-first', 'act.transfer', 'act.give'], object: ['obj.charge'] }, context: ['ctx.payout', 'ctx.trade'] },
    // …or for a credit record "wiped" ("内部渠道可以帮您消除逾期，只需要交2000元服务费": newcomer10 kind 5); no one can, for any fee.
    { request: { act: ['act.pay', 'act.pay-first', 'act.transfer', 'act.give'], object: ['obj.charge'] }, context: ['ctx.credit-fix'] },
    // A top-up demanded inside a trade ("您购买的游戏账号需要…充值2000元"): the buyer never pays the seller's platform.
    { request: { act: ['act.topup'], object: ['obj.money'] }, context: ['ctx.trade'] },
    // Buy-in to a level ("现在交12000元进货，就能升级为白金代理"): the 微商 and 传销 entry, whatever it is called.
    {
      all: [
        ['现在交', '再交', '先交', '只要交', '只需交', '需要交', '要交', '你交', '进货', '拿货', '囤货', '先付', '再付'],
        ['升级为', '升级成', '成为', '升为', '晋升'],
        ['代理', '合伙人', '董事', '经销商'],
      ],
      within: 30,
    },
    // A fee before the goods come ("再付一笔保证金才能发货", "交一个空运的保险箱费，交了马上送到"): not postage.
    { request: { act: ['act.pay', 'act.pay-first', 'act.transfer', 'act.pay-bare', 'act.send-money'], object: ['obj.delivery-fee'] }, context: ['ctx.delivery'] },
    // A code scanned inside a trade or a prize ("闲鱼的交易功能我用不了，你扫我这个二维码", "奖品包邮到家，扫码支付15元保价费"):
    // the fee before the goods or the prize. A code scanned to pay with no such story (a shop's, a biller's, a courier's
    // "扫描收款码付款") is extract.scan-to-pay's: money asked, no story of its own (session 10).
    { request: { act: ['act.scan'], object: ['obj.qr'] }, context: ['ctx.trade', 'ctx.prize'] },
    // Postage, tax or a fee before a prize is sent ("奖品只需支付九十九元的运费", "折现的话先交百分之二十的税"): shops
    // post their own prizes; our own writing, data/corpus/gen-scam-other-zh.jsonl (中奖, 追星).
    { request: { act: ['act.pay', 'act.pay-bare', 'act.pay-first'], object: ['obj.postage'] }, context: ['ctx.prize'] },
    // A red packet asked as the fee (recall16 kind R3: "发个888红包激活", "账号解封需要你先发一个200元的红包验证身份", "贷款审核
    // 通过了，先发个500的红包做保证金就放款"): 红包 is a WeChat or Alipay transfer, and asked as the price of an activation, an
    // unfreezing, a check, a payout or a rebate it is the fee before what was promised. Family and festive red packets
    // ask for nothing in exchange ("妈，过年给我发个红包呗", "生日快乐，发个520红包给你"); a group's custom (新人进群发个红包)
    // is no fee, so joining a group is not among the exchanges.
    {
      all: [
        ['发个', '发一个', '包个', '包一个', '发一下', '发一份'],
        ['红包'],
        ['激活', '解冻', '解封', '验证', '认证', '开通', '解锁', '保证金', '手续费', '押金', '审核', '放款', '下款', '返你', '返还',
          '退给你', '退还给你', '领奖', '提现', '办理', '帮你操作', '帮你处理', '帮你解'],
      ],
      within: 24,
    },
    // A fee before one's own wages (recall16 kind R6, the brief's "工资 changes that switch to a money ask": "【人事部】本月工资发放系统
    // 升级，请各位员工先转账200元激活新工资卡", "这个月工资调整，需先把5000元转到公司指定账户做资金验证"): 工资 silences the plain
    // money asks (extract.money-request, extract.transfer: "发工资了还你" is a family loan's promise), so the wage story read
    // safe 0. No employer charges its staff to be paid: money paid first, a price word (激活, 验证, 解冻, 保证金, 工本费…) and the
    // wages or the wage card within 40. "新工资卡请先到银行网点激活" pays nothing; "无需缴纳任何费用" is this tactic's unless.
    {
      all: [
        // Money verbs or a sum moved (元转到): not a bare 先把 ("先把工资卡激活一下", "发工资了先把房租押金交了" pay no one first).
        ['先转', '先交', '先缴', '先付', '先往', '要先交', '要先转', '请先转', '请先交', '需先转', '需先交', '元转到', '元转入', '元打到', '元汇到'],
        ['激活', '验证', '解冻', '解锁', '认证', '升级', '保证金', '押金', '工本费', '档案费', '手续费', '认证费', '解冻费', '激活费'],
        ['工资', '薪资', '薪水', '工资卡', '代发工资'],
      ],
      within: 40,
    },
    // "Prove you can repay" by a deposit or a policy before the loan ("存入贷款金额的百分之二十，截图给我们", "贷款需要先购买一份保险").
    { all: [['存入', '存到', '转入', '充值', '存一笔'], ['还款能力', '验证流水', '证明资金', '验资']], within: 30 },
    { all: [['贷款', '放款', '下款', '额度'], ['先购买一份保险', '先买一份保险', '先购买保险', '先买保险', '保费是贷款']], within: 30 },
    // Pay to be hired (ncrecall16 kind C: "邀请你做主播，只需要先购买1980元的培训课程", "签约前需要先拍一套形象照，拍摄费2980元",
    // "录用为兼职配音员，入职需先购买配音设备和教程套餐1680元"): the job offered or granted, a pay-first verb, and a course, a
    // shoot, equipment or a kit. An employer pays its hires; a course, photos or gear bought from it first are the scam
    // (招聘收费 is barred by labour law). Not the school's 录取 or 报名 (a student pays fees), not a uniform or a medical
    // check (some employers have hires pay them; not named here).
    {
      all: [
        ['邀请你做', '邀请您做', '邀请你成为', '邀请您成为', '录用为', '录用了', '被录用', '被我们公司录用', '通过面试', '面试通过', '面试已通过',
          '签约前', '签约之前', '入职需', '入职前', '入职要', '上岗前', '上岗需', '做主播', '当主播', '成为主播', '签约主播', '签约模特', '兼职配音'],
        ['先购买', '需先购买', '需要先购买', '先买', '先拍', '先交', '先缴纳', '需缴纳', '需要缴纳', '先付', '需支付', '需要支付', '只需要先', '只需先', '需购买', '需要购买'],
        ['培训课程', '课程', '拍摄费', '形象照', '写真', '设备', '器材', '教程', '套餐', '培训费', '入职费', '资料费', '会员费', '押金', '保证金'],
      ],
      within: 60,
    },
  ],
  unless: [
    '不收取', '免收', '免费', '不需要', '无需', '已支付', '已缴纳',
    // A bank statement's own fields ("存入140.62元，交易类型：退货退款，商户：拼多多"): a movement done (sms15).
    '交易类型：', '交易类型:', '商户：', '商户:', '交易商户', '已补缴', '成功充值', '充值成功',
    // The tax office's own app as the place to pay ("需补税126.50元，请…通过个税APP缴纳"): the payee's own channel.
    '个税app', '个人所得税app', '电子税务局', '缴费成功', '支付成功', '已扣除', '原路退还', '已退还', '退还至', '退还到', '已退', '发票',
    '自动续费', '续费成功', '结账', '收银', '点餐', '出示',
    // A platform's notice to a seller that points to the seller's own back office ("请登录千牛工作台自行补缴保证金"):
    // the platform collects there, never through a person (cs8: hard negative of pretext.shop-deposit).
    '千牛', '工作台', '商家后台', '抖店后台', '自行补缴', '自助补缴',
    // A top-up THRESHOLD of the sender's own promotion ("本月充值累计满500元，可在游戏内领取累充返还奖励", "储值会员累计
    // 充值满1000元每月返还50元代金券", a carrier's "充值累计达…均可参与累积返还"): a condition for a bonus on the reader's
    // own balance, not a sum paid first to get money back (fp11; dev real SMS read 45, our own 85 `scam` with a
    // game account's ctx.trade). The task scam's "先充值…返还本金" keeps its 先; "充值满…才能提现" is platform-topup's.
    '充值满', '累计充值', '充值累计', '累充', '储值满', '累计储值',
    // Paid in person at the payee's own counter ("体检当日到服务台扫码缴纳", "房费到店支付，入住时需交押金", "尾款到门店缴纳"):
    // the payer stands before the institution it pays; no remote account is named (fp11). Not 去柜台: "不要去柜台" is the
    // fake bank's cover.
    // A fee DEDUCTED from what is paid out ("成交款扣除服务费后将打入您提供的收款账户"): nothing paid by the reader (fp11).
    // Not 扣除 alone: "手续费不能从余额中扣除，需另行支付" is the scam's.
    '扣除服务费后', '扣除手续费后', '扣除费用后', '扣除佣金后', '扣除个税后', '扣除税费后', '扣除税款后', '扣除免赔额后', '扣除后将', '扣除后打入', '扣除后转入',
    '到前台', '服务台', '到柜台', '到窗口', '收费窗口', '收费处', '收银台', '到店支付', '到店缴纳', '到店付款', '到店结算',
    '到门店', '财务室', '到营业厅', '现场缴纳', '现场支付', '当面支付', '当面缴纳',
    // A red packet among family and friends, for a mood or a custom (recall16 kind R3's twins: "领导让大家发个红包激活一下群里
    // 气氛", "发个红包给你压压惊").
    '气氛', '热闹', '压岁', '压惊', '随礼', '份子钱',
    // …or sent BY the speaker, or to test a wallet ("我给你发个红包，你看看能不能收到，微信刚实名认证完").
    // Red-packet words only: a bare 我发给你 is also the scam's "账户我发给你" (own corpus w6-ss-123 lost its fee in a first form).
    '我给你发个红包', '我给你发了个红包', '我给你发一个红包', '我给您发个红包', '我先给你发个红包', '我发个红包给你', '我发你一个红包',
    '看看能不能收到', '试试能不能用', '看看能不能用',
  ],
  guards: ['warning'],
  negatable: true,
  advice: ['no-upfront-fee', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      // A red packet as the fee (recall16 kind R3), a fee before one's own wages (R6).
      '账号解封需要你先发一个200元的红包验证身份',
      '本月工资发放系统升级，请各位员工先转账200元激活新工资卡',
      '你可以支付1800元的加盟费，之后我们会立即安排发货',
      '代理费只要1500元，先交代理费就能成为高级代理',
      '为了确保交易安全，请你扫描下方的二维码，进行1800元的保险费用支付',
      '您的贷款已审批，请先交纳信用金，我们才能为您放款',
      '您中了二等奖，领奖前需缴纳个人税金3000元',
      '请将培训费用转账至我的个人账户，付款后立即为你安排上岗',
      '您的游戏账号已挂出，买家已付款，需要您缴纳保证金才能提现',
      '您购买的游戏账号需要提供保证金，登录后充值2000元',
      '你现在交12000元进货，就能升级为白金代理',
      '您的订单金额超过了风控额度，需要再付一笔保证金才能发货',
      '你买的宠物狗已经在机场了，需要交一个空运的保险箱费，交了马上送到',
      '你的逾期记录我们可以帮你消除，先交1500元手续费',
    ],
    negative: [
      '妈，过年给我发个红包呗',
      '领导让大家发个红包激活一下群里气氛',
      '先把工资卡激活一下，不然下个月工资打不进来',
      '【淘宝卖家中心】您的店铺保证金余额低于要求，请登录千牛工作台“保证金”页面自行补缴',
      '本公司招聘不收取任何培训费和押金',
      '您的会员费已自动续费成功',
      '请到前台出示付款码结账',
      '押金在退租时原路退还',
      '凡是要您先交保证金才能放款的都是诈骗',
      '您的加盟费发票已开具，请查收',
      '扫描二维码关注公众号',
      '您的游戏账号本月充值累计满500元，可领取累充返还奖励',
      '入职体检费用158元，体检当日到服务台扫码缴纳',
      '您委托出售的车辆已成交，成交款扣除服务费后将于3个工作日内打入您提供的收款账户',
    ],
  },
});
