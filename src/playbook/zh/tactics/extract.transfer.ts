import { defineTactic } from '../../schema.ts';
import { PAYER_SCANS } from '../payer-scans.ts';
import { PAYBACK } from '../payback.ts';
import { DEPOSIT_WORDS } from '../deposit-word.ts';
import { SHOP_COUNTER, SHOP_COUNTER_BUT } from '../shop-counter.ts';

export default defineTactic({
  id: 'extract.transfer',
  stage: 'extraction',
  description: {
    // Neutral about the story: the same ask closes a refund, a rental, a prize or a fake police case.
    zh: '要您扫码付款、交押金保证金等钱，或把钱转到对方指定的账户',
    en: 'Asks you to pay by scanning a code, to pay a deposit or a fee, or to transfer money to an account they name',
  },
  weight: 45,
  cues: [
    // Sending back an "overpaid" refund: the money goes from you to them.
    { all: [['差额', '多出的部分', '多出来的钱', '多退的钱', '多打的钱', '多转的钱', '多赔的钱'], ['转回', '退回来', '还回来', '打回', '转给我们', '还给我们', '退还给我们', '转到']], within: 10 },
    {
      any: [
        // Not 对公账户 or 监管账户 named alone: a contract's payee ("首付款按合同上的对公账户打过来") and an escrow
        // in a board meeting name them; asked for, the request grammar reads them (obj.their-account).
        '刷流水', '刷一下流水', '刷一笔流水', '指定账户', '指定的账户', '安全账户', '核查账户', '清查账户',
        // The same "safe account" in its other spellings (ncrecall17 kind 4, pretext.safe-account): no police or bank has one.
        '安全帐户', '安全账号', '安全帐号', '公安账户', '国家账户', '保全账户', '资金保护账户',
        '资金清查', '资金核查', '解冻费', '激活费', '认证费', '赎金', ...DEPOSIT_WORDS, '手续费先', '先垫付', '垫付一下',
        '指定的银行卡', '指定银行卡', '指定账号', '指定的账号', '指定的卡', '我们提供的账户', '我们提供的账号', '我们提供的银行卡', '验证账户', '认证账户',
      ],
    },
    // The grammar of the ask: money, a move verb, then a destination that is not yours ("把钱转到我们的账户").
    {
      all: [
        ['钱', '资金', '款项', '余额', '存款', '积蓄', '金额', '元'],
        ['转到', '转入', '转至', '转给', '转移到', '汇到', '汇入', '汇给', '打到', '转账给', '转账到', '转账至'],
        ['我', '他们', '工作人员', '这个账', '这张卡', '安全的账', '安全账', '其他安全', '对方', '以下', '下面', '另一张', '另一个', '其他账户', '新账户', '专员', '指定', '同一张'],
      ],
      within: 16,
      ordered: true,
    },
    // The request grammar (lexicon.ts): money to an account they name, a fee or deposit paid up front,
    // a sum paid or topped up to get a refund, a QR code scanned to "activate" one. Whatever the story
    // (prize, rental, VIP deposit, the boss's urgent transfer), a stranger's ask is at least suspicious.
    // Said with the sum or the place ("你马上转20万到这个对公账户", "我给你两个银行账号，你往里面转两万": act.send-sum; recall12 kind 2).
    { request: { act: ['act.transfer', 'act.pay', 'act.pay-first', 'act.topup', 'act.send-sum'], object: ['obj.their-account'] } },
    // A fee an office would charge, or a payout's "charge", sent to a person's private account ("手续费转到我个人账户",
    // "审核费打到经理个人的银行卡上，通过后放款"): no office, platform or shop collects on a private account (recall10).
    { request: { act: ['act.transfer', 'act.pay', 'act.pay-first', 'act.send-money', 'act.remit'], object: ['obj.private-account'] }, context: ['ctx.office-fee', 'ctx.refund', 'ctx.payout'] },
    { request: { act: ['act.pay', 'act.pay-first', 'act.topup', 'act.transfer'], object: ['obj.fee'] } },
    // Everyday charges (押金, 手续费, 关税) only when demanded first, or as the condition for what you want.
    { request: { act: ['act.pay-first'], object: ['obj.charge', 'obj.money'] } },
    { request: { act: ['act.pay', 'act.topup', 'act.transfer'], object: ['obj.charge'] }, context: ['ctx.condition'] },
    // Not with a deposit's own return (退还, 返还) or money arriving (到账) as the only refund word: ctx.refund-bought.
    { request: { act: ['act.pay', 'act.topup'], object: ['obj.money'] }, context: ['ctx.refund-bought'] },
    // A code to scan inside a payout story, said with any payout word ("退你 120，扫我发的码").
    { request: { act: ['act.scan'], object: ['obj.qr'] }, context: ['ctx.refund', 'ctx.refund-claim'] },
    // Scan-and-pay said as one word ("扫码付8.8元邮费", "扫码捐款，每人10元"), inside a payout, prize or donation
    // story: a shop's "扫码点餐" names no sum, a stranger's story with a code to pay is the ask (newcomer 6, kind 3).
    { request: { act: ['act.scan-pay'], object: ['obj.money', 'obj.charge', 'obj.fee', 'obj.postage', 'obj.sum'] }, context: ['ctx.refund', 'ctx.refund-claim', 'ctx.prize', 'ctx.payout', 'ctx.donation'] },
    // A payout to be collected by scanning ("理赔款请扫码领取", "补贴已发放，请扫码领取"): no payout waits behind a code.
    { request: { act: ['act.scan-claim'], object: ['obj.payout'] } },
    // A small sum to "verify" ("在转账那里输入我说的账号，输个一块钱验证一下"): the first transfer (newcomer 6, kind 6).
    { request: { act: ['act.type', 'act.transfer', 'act.pay', 'act.send-money'], object: ['obj.money', 'obj.sum'] }, context: ['ctx.test-pay'] },
    // A fine or a bond paid so that no case is filed ("交五千罚款就不立案"): no police force settles a case by
    // transfer (newcomer 6, kind 7; the public advice: 公检法不会电话办案、不会要求转账).
    {
      all: [
        ['交', '缴', '转', '付', '汇', '打'],
        ['罚款', '罚金', '保证金', '担保金', '保释金', '取保金'],
        ['不立案', '不予立案', '撤案', '销案', '免于起诉', '免予起诉', '不追究', '不起诉', '就不抓', '了结此案', '结案'],
      ],
      within: 20,
    },
    // "满指定金额" is a shop's discount; only a transfer OF a set amount is the ask.
    { all: [['转入', '转账', '汇入', '充值', '存入', '转出', '打入'], ['指定金额', '指定的金额']], within: 10 },
    // Pay first, get the refund after: the inversion no real refund has ("请您先充值，以便我们将退款返给您").
    {
      all: [
        ['请您先', '您先', '你先', '需要您先', '您需要先', '请先', '请您', '需要您'],
        ['转账', '付款', '汇款', '充值', '支付一笔', '转一笔', '打一笔', '转出'],
        ['退款', '为您退', '给您退', '返还给您', '退回您', '退还您', '返利', '退给您', '理赔款', '解绑', '取消收费'],
      ],
      within: 30,
      ordered: true,
    },
    // Pay to unfreeze or reactivate: "充值3500元解冻账户".
    {
      all: [
        ['充值', '转账', '转款', '缴纳', '交纳', '先交', '先付', '汇款', '打款', '付款', '转一笔', '存入'],
        // …or to unlock a channel or activate a membership ("为了解锁您的充值渠道，您需要再次充值900元", "您可以充值进行激活"):
        // what is paid for is access to your own money or to the service promised (recall10).
        ['解冻', '激活账户', '解除限制', '解封', '解锁', '进行激活', '激活后才能', '激活才能'],
      ],
      within: 12,
    },
    {
      all: [
        ['扫', '扫描', '识别'],
        ['二维码', '付款码', '收款码', '这个码', '我发的码', '我的码', '我个码', '我们的码', '理赔码', '收钱码', '退款码'],
        // Not the plain 付款, 支付, 转账: "扫…收款码付款" is extract.scan-to-pay's ask (ctx.payment), and read here too one
        // ask counted twice (45 + 40: a laundry's "取衣时扫门口收款码付款" read 69, fp11). What is left is the scam's own
        // use of a code: to "raise" a score, unfreeze, activate, show a flow, or type the sum they say.
        // Not a bare 刷: "刷医保卡、银行卡或扫窗口二维码" is a card swiped at a hospital's window (fp11).
        ['刷一笔', '刷一下', '刷个', '刷单', '充值', '激活', '提高', '解冻', '流水', '输入金额', '付一下', '转一下',
          // The sum typed in on their code ("码上显示多少你付多少", "金额输入多扣的数", "金额改成3000").
          '付多少', '金额输入', '金额填', '金额改成', '确认收款'],
      ],
      within: 20,
    },
    {
      all: [
        ['转', '打', '汇', '存', '充', '付'],
        ['到这个账户', '到这张卡', '到以下账户', '到该账户', '进这个账户', '到我们的账户', '到这个卡', '给这个账户', '到下面的账户', '到公司账户',
          // The account the caller reads out or gives ("您转2元到我给您的账号"): newcomer 6, kind 6.
          '到我给您的', '到我给你的', '到我说的', '到我发的', '到我报的',
          // The destination said as an account number or card, with the sum before it ("你马上转5万到这个账号", "打两千到
          // 下面的卡号"): the account they read out (recall10). A range ("六千到八千元") has a number after 到, no account.
          '到这个账号', '到以下账号', '到下面的账号', '到该账号', '到这个银行卡', '到以下卡号', '到下面的卡号', '到这张银行卡', '到这个支付宝'],
      ],
      within: 10,
    },
    // Fees only scammers invent: any payment verb will do.
    {
      all: [
        ['交', '付', '缴纳', '转', '打', '支付'],
        // Not 保证金: shops and salons take one too ("只需缴纳保证金即可…"); lexicon.ts counts it when demanded first or as a condition.
        // 保释 said without 金 ("要交两万块保释才能出来"): bail is never paid by transfer to a caller.
        ['解冻费', '激活费', '验资费', '认证费', '通道费', '保释金', '保释', '解冻金', '刷流水'],
      ],
      within: 10,
    },
    // Everyday fees (押金, 手续费…) count only when demanded up front, before the money comes.
    {
      all: [
        ['先交', '先付', '先转', '先充', '需要先', '必须先', '要先', '先缴纳', '先支付'],
        ['押金', '手续费', '税费', '会员费', '工本费', '服务费', '个人所得税', '公证费', '利息'],
      ],
      within: 10,
    },
    // Customs-parcel script: "pay the duty or the parcel is not released".
    {
      all: [
        ['支付', '缴纳', '补缴', '交', '付'],
        ['关税', '清关费', '滞留费', '仓储费'],
        ['才能', '放行', '否则', '不然', '马上', '尽快'],
      ],
      within: 20,
    },
    {
      all: [
        ['垫付', '先付款', '先拍', '拍下', '做任务', '刷单', '充值'],
        ['返还', '返佣', '佣金', '本金', '提现', '返现'],
      ],
      within: 20,
    },
    // The ladder priced in one line (ncrecall16 kind B: "第一单垫付100返130，第二单垫付500返650", "第二单做300元返390元"): an
    // advance with its sum (垫付 + digit) or an order worked (刷单, 拍单, 单做), then 返 and a sum right after it. Not 充/满 + 返
    // (a carrier's "充100返20", a shop's "满200返30" are the sender's own promotions), not 任务 + 返 (an app's "完成签到任务返5元
    // 红包"), not 垫付 + a noun ("您先垫付的医药费已报销，返1260元" is a reimbursement).
    {
      all: [
        ['垫付1', '垫付2', '垫付3', '垫付4', '垫付5', '垫付6', '垫付7', '垫付8', '垫付9', '刷单', '做单', '拍单', '单做'],
        ['返1', '返2', '返3', '返4', '返5', '返6', '返7', '返8', '返9', '返本金', '返佣金'],
      ],
      within: 10,
      ordered: true,
    },
    // Not 保证金 or 手续费 beside an amount: notices state them ("退票手续费120元", "保证金1,000元将退回支付宝");
    // those everyday fees count when demanded first or as a condition (the cues above).
    { entity: 'amount', near: ['解冻费', '刷流水', '激活费', '验资', '先转', '先交'], within: 12 },
  ],
  unless: [
    // Money sent TO the listener's own account, to be checked ("打到贵司对公账户了，请财务查收"): a payer's notice.
    '贵司', '贵公司', '请查收', '请财务查收', '注意查收',
    // …said with the listener's own account or a check for money received ("货款我上午汇到你们公司账户了，麻烦开一下发票",
    // "你让财务查收一下"): the payer tells the payee; a stranger's ask names an account of ITS OWN (nc11-fp, kind L1c).
    '查收', '你们公司账户', '你们公司的账户', '你们的账户', '你们账户', '你们的对公账户', '你们对公账户', '你们公司对公账户', '你司',
    // A completed transaction told by the bank ("您尾号1234账户向XX公司对公账户转账50,000.00元成功"): the sum then 成功
    // (nc11-fp, kind L1a). A sum then 成功 is what was done; an ask says 转账成功后 (the noun 转账成功, no sum between).
    '元成功',
    '不会要求', '不需要', '无需', '从不', '不会让', '切勿', '请勿', '不要转', '不要向', '已退还', '退还您', '已退', '本次转账',
    // The destination called a STRANGER's account ("您本次向陌生账户转账50,000元，系统提示该账户存在风险"): the bank's or
    // an adviser's word for it; who asks for money never calls its own account unknown (sms14 kind 4).
    '陌生账户', '陌生账号', '陌生人账户', '陌生的账户', '陌生卡号', '陌生人的账户',
    // A biller saying where it does NOT collect ("通过缴费平台缴纳，不收现金，不向个人账户转账", "不收个人转账"): the
    // grammar paired 缴纳 with the 个人账户 of the denial (fp11: school, agency and hospital notices of our own).
    '不向个人', '不收个人', '不通过个人', '不经个人', '不接受个人',
    '交易成功', '已支付', '押金已', '免押金', '免收', '下方的二维码', '结账', '收银', '购物车', '点餐', '下单',
    '已经转', '已转', '我转给', '我已', '刚转', '已解冻', '解冻成功', '工资',
    // The speaker's own payment, made first for the family ("妈的住院押金我先交了一万，回头我们俩平摊"; nc9-loss kind 3):
    // done (了) or offered (我来). Not a bare 我先垫/我垫付: "你能帮我先垫付一下吗" is the fake friend's ask.
    '我先交了', '我先付了', '我先垫了', '我来交', '我来付',
    // …or already advanced for the group ("水电费我先垫付了，每人78"; conv17 kind D).
    '我先垫付了', '我垫付了', '帮你垫付了', '帮你们垫付了', '我先垫上了',
    // A bank's debit notice ("转账支出800元，手续费2元").
    '支出',
    // An operator's bill crediting you ("未结算的费用将作为充值赠款返还给您，可抵扣下月账单"): money coming back, no ask.
    '赠款', '抵扣',
    // A top-up the citizen already made ("您已成功充值话费100元，赠送的50元分12个月返还"): done, not asked.
    '成功充值', '充值成功', '已充值',
    // A notice that money already reached YOU ("充值100元已到账，当前余额118.60元", "预付的车费12元已原路
    // 退回", "工资已入账"): a completed movement told, nothing asked (session 5, our own notices in
    // data/corpus/gen-legit-sms2-zh). Not 已到账 alone: "意向金已到账，需补缴审核费" is the fee scam.
    '当前余额', '已原路退回', '已入账',
    // A bank's statement of a movement on the reader's own account (sms13 kind 3: "您尾号0412账户退款存入342.08元，余额5,250.10元，
    // 摘要：…", "…跨行转入，对方户名：韦**", "提现转入646.85元，可用余额…"): the statement's own fields in the sentence — the balance
    // after the sum, the memo, the counterparty's name — tell a movement done. An ask in a sentence of its own still reads
    // (test/playbook/faults/account-statement.test.ts).
    '元，余额', '元,余额', '元，可用余额', '元,可用余额', '元，账户余额', '摘要：', '摘要:', '对方户名',
    // The platform returning it by itself ("多付款项已自动原路退回", "将原路退回"): a refund notice, nothing asked.
    '自动原路退回', '将原路退回', '已自动退回',
    // A prepayment made and now returned ("您的预订已取消，预付房费428元将退回至原支付账户"): 预付 names what was paid, the
    // money goes back (fp11). Not 原路退还 alone: "先转500元保证金，完成后原路退还" is the scam's promise.
    '退回至原支付', '退回原支付', '退至原支付', '退还至原支付',
    // A top-up of the reader's OWN line or game account: the money stays on the reader's balance (话费, 点券)
    // or pays the reader's own bill (欠费): a carrier's bonus ("充100送20话费，分两个月返还"), its voucher
    // ("10元话费券，充值50元可用"), an arrears notice ("已欠费12.30元…充值后将自动恢复"), a game's receipt
    // ("充值已到账，648元，获得6480点券"). Session 8 (smsfp4): 11 legitimate SMS of our own by five authors
    // read suspicious 45 on this tactic alone (safe now); on dev, 7 scam SMS that name 话费, 点券 or 欠费
    // beside their ask go from scam to suspicious 69 and none becomes safe.
    '话费', '点券', '欠费',
    // A top-up THRESHOLD of the sender's own promotion ("本月充值累计满500元，可在游戏内领取累充返还奖励", "储值会员累计
    // 充值满1000元每月返还50元代金券", a carrier's "充值累计达…均可参与累积返还"): a condition for a bonus on the reader's
    // own balance, not a sum paid first to get money back (fp11; dev real SMS read 45, our own 85 `scam` with a
    // game account's ctx.trade). The task scam's "先充值…返还本金" keeps its 先; "充值满…才能提现" is platform-topup's.
    '充值满', '累计充值', '充值累计', '累充', '储值满', '累计储值',
    // Paid in person at the payee's own counter ("体检当日到服务台扫码缴纳", "房费到店支付，入住时需交押金", "尾款到门店缴纳"):
    // the payer stands before the institution it pays; no remote account is named (fp11). Not 去柜台: "不要去柜台" is the
    // fake bank's cover.
    '到前台', '服务台', '到柜台', '到窗口', '收费窗口', '收费处', '收银台', '到店支付', '到店缴纳', '到店付款', '到店结算',
    '到门店', '财务室', '到营业厅', '现场缴纳', '现场支付', '当面支付', '当面缴纳',
    // A subscription's own price with the reader's right to stop it ("首月充值6元，之后按月15元自动续费，可随时在APP中取消"):
    // ctx.refund-bought read 取消 as the cancellation a scammer sells; here the reader cancels alone, nothing is bought (sms15).
    '随时取消', '随时关闭', '随时退订', '随时解约', '自行取消', '自行关闭', '可随时在',
    // sms15, own and the thirteenth author's notices: a deposit already paid, told back by the platform ("您的小店保证金已补缴
    // 成功，当前保证金余额2,000元": scam 85 with pretext.shop-deposit); a bank statement's own fields ("交易类型：退货退款，商户：
    // 拼多多": scam 85 with upfront-fee); the bank's alert on a payee new to the reader ("向新收款人转账，…该账户近期被多人举报");
    // a payment of one's own with its receipt in hand ("我把钱转给装修师傅了…他给我写了收条").
    '已补缴', '已缴纳成功', '已成功缴纳', '已成功补缴', '已交纳成功',
    '交易类型：', '交易类型:', '商户：', '商户:', '交易商户',
    '新收款人', '多人举报', '您正在向', '您本次向', '首次转账',
    // More statement fields ("退款存入49.83元，附言：12306退票款", "提现转入52.98元，来源：抖音钱包"), and a developer's escrow
    // notice that rules out every private payee ("首付款请转入预售资金监管账户…任何个人账户收款均无效"): nc-style negation of the
    // destination, the brief's left-over of 或/任何 on the destination.
    '附言：', '附言:', '来源：', '来源:', '个人账户收款均', '个人收款均', '个人账户收款一律',
    '写了收条', '打了收条', '开了收据', '给了收据', '给我写了收条', '给我开了收据', '收条我', '收据我',
  ],
  // A shop's stored value filled at its own counter (sms17 kind S, ../shop-counter.ts): no top-up that earns.
  ordinary: { words: SHOP_COUNTER, but: SHOP_COUNTER_BUT, butEntities: ['url'] },
  // An advance paid back the ordinary way among colleagues and friends (conv17 kind D): src/playbook/zh/payback.ts.
  ordinaryAlso: [PAYBACK, PAYER_SCANS],
  guards: ['warning', 'stored-value'],
  negatable: true,
  advice: ['refund-never-needs-payment', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '亲亲，我们是抖音小店的，给你送的那个赠品活动要收个邮费哈，扫码付8.8元就可以了',
      '亲，你的衣服质量问题，退你 120，扫我发的码',
      '退还运费险理赔款请扫码领取',
      '【人社部】2026年职业技能补贴已发放，请扫码领取，截止今日24点',
      '山区儿童需要你的帮助，扫码捐款，每人10元',
      '您在转账那里输入我说的账号，输个一块钱验证一下，马上给您打回来',
      '你好，我是网警，你在网上看不良视频被我们监测到了，交五千罚款就不立案',
      '您的快递赔偿金已到，扫码领取即可',
      '中奖的奖品包邮到家，扫码支付15元保价费',
      '先转一元测试一下账户，我这边确认收到就给您退款',
      '你涉嫌违规，缴纳三千保证金就可以撤案',
      '麻烦您把差额转回来，转到我发给您的这个账户就行。',
      '您扫一下我发的二维码，刷一笔流水来提高信用',
      '需要您把钱转到我们的安全账户，调查结束后退还',
      '先交一下五百元保证金，解冻以后一起返给您',
      '请把资金转到以下账户进行资金清查',
      '你先垫付三单，做完任务本金和佣金一起返还',
      '打开支付宝扫这个码，输入金额九百九，提高积分',
      '解冻费 2000 元，付完马上到账',
      '你把钱汇到这个账户，我们公司对公账户是安全的',
      '您需要补缴八百元关税，包裹才能放行',
      '请您把卡里的钱转到我们工作人员的账户做验证',
      '将所有资金转移到指定的银行卡上完成解绑',
      '您的账号已被冻结，请先充值三千元解冻',
      '你把钱转给我，我帮你投资赚更多',
      '请您先在商城充值一笔，以便我们把退款返还给您',
      '请您按要求转账，我们收到后会立即为您退款',
      '手续费转到我个人账户就行，转完截图给我',
      '审核费200元打到经理个人的银行卡上，通过后马上放款',
      '小刘，你马上转5万到这个账号，会后跟你说',
      '为了解锁您的提现通道，您需要再充值900元',
      '您需要激活会员才能约会，请充值进行激活',
      '请将指定金额转入下面的账户完成验证',
    ],
    negative: [
      '【某某银行】您尾号2211账户4月2日09:15退款存入68.00元，余额1,320.45元，摘要：商城退款。',
      '本店支持扫码点餐，扫码付款更方便',
      '扫码领取电子发票',
      '停车费10元，请扫码缴费',
      '补贴已发放至您的社保卡，可在银行APP查询',
      '学校组织爱心捐款，家长自愿，请在学校缴费APP里操作',
      '绑定银行卡时平台会打一分钱到您的卡上用于验证',
      '您的交通违法罚款200元，请在交管12123APP缴纳',
      '差额部分我们会在三个工作日内退还到您的原支付账户。',
      '您尾号8821的账户转账500元交易成功',
      '共享单车押金已退还到您的钱包',
      '平台退款从不需要您扫码或转账',
      '切勿向陌生账户转账',
      '扫描二维码关注公众号领取电子发票',
      '妈，我给你转了两千块，记得收一下',
      '这个月的手续费已经免收了',
      '请到前台扫码点餐，谢谢',
      '退款将原路转到您的支付宝账户',
      '房租钱我已经转给他了，你别担心',
      '把这个文件转给他们部门看看',
      '您的账户已解冻，转账功能恢复正常',
      '建议把大部分资金存入银行定期，确保本金安全',
      '全场购物满指定金额即送精美礼品一份',
      '退款将在您付款账户原路退回，请注意查收',
      '上个月应结而未结算的费用将作为充值赠款返还给您，可用来抵扣下月账单',
      '您已成功充值话费100元，赠送的50元话费将分12个月返还至您的账户',
      '【中国移动】冬季话费充值季：充100送20话费，分两个月返还，在中国移动APP“充值”页面参与。退订回T',
      '【中国移动】您的手机已欠费12.30元，已暂停呼出服务，充值后将自动恢复。',
      '【腾讯游戏】您的账号充值已到账，648元，获得6480点券。如有疑问请通过游戏内官方客服咨询。',
      '您的机票退票申请已处理，退款2,136.00元将退回原支付账户，退票手续费120元',
      '您的保证金退还申请已审核通过，保证金1,000元将退回支付宝',
      '信用卡现金分期最高10万，分期手续费低至0.3%',
      // fp11: a code at the payer's place, a biller's denial, a top-up threshold, a counter.
      '送洗的衣服好了，取衣时扫门口收款码付款',
      '住院押金请在收费处缴纳，可刷医保卡、银行卡或扫窗口二维码',
      '请通过学校缴费平台缴纳，不收现金，不向个人账户转账',
      '本月充值累计满500元，可在游戏内领取累充返还奖励',
      '体检费用158元，体检当日到服务台扫码缴纳',
      '房费698元到店支付，入住时需交押金300元',
      '您的预订已取消，预付房费428元将退回至原支付账户',
    ],
  },
});
