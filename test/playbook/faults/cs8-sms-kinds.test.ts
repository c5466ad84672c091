/**
 * Customer-service refund SMS by KIND, session 6 (issue 8 §4: customer-service SMS recall; cs8). Each
 * kind is one both our own training text (gen-w3-scam-sms-zh, gen-scam-cs-sms-zh, gen-scam-cs-zh,
 * gen-w2-scam-zh) and the brief show; every input here is our own writing, a sibling of those
 * lines, never a corpus line itself:
 *  - the payout "held" in an account that must first be opened, activated or collected through them
 *    (pretext.refund-stuck), and a refund whose way back FAILED no longer silenced by "已原路";
 *  - a membership about to charge "if it was not you who opened it", the cancel word far after their
 *    number (pretext.subscription-renewal);
 *  - a transfer into an account named after the payout (理赔账户, 对冲账户: obj.their-account);
 *  - a credit line "collected" (领取备用金) inside a payout story (act.draw × obj.lender: extract.loan);
 *  - your balance checked or proven as the payout's condition (act.verify × obj.balance: extract.finances);
 *  - the student-loan "cancellation" with its next step (composite loan-account-cancel-plus-next-step).
 * Hard negatives: real refunds that came back, a platform's own after-sales in its app, bank alerts,
 * a lender's own advert, an OTP with 请勿泄露.
 */
import { describe, it } from 'vitest';
import { runCase, sms, chat, type FaultCase } from './helpers.ts';

const PAYOUT_HELD: FaultCase[] = [
  { name: 'returned-goods money in "their" finance account, open withdrawal through them', expect: 'not-safe', tactics: ['pretext.refund-stuck'],
    input: sms('【某品会】您的退货款236.50元已存入您的“会员钱包”，因您尚未开通提现功能，请添加客服微信 wph-kf66 开通后提现。') },
  { name: 'order money back in a temporary account, collect through QQ', expect: 'not-safe', tactics: ['pretext.refund-stuck'],
    input: sms('您的订单因缺货取消，货款已退回至平台临时账户，领取请加客服QQ 3310276645') },
  { name: 'compensation in a claims account to be activated, a mobile to call', expect: 'not-safe', tactics: ['pretext.refund-stuck'],
    input: sms('您的快递丢失赔偿款300元已打入理赔账户，需激活后才能提现，激活请致电 17725983310') },
  { name: 'refund went back and failed, call their mobile', expect: 'not-safe', tactics: ['pretext.refund-stuck'],
    input: sms('您的售后订单退款已原路返回失败，请联系售后专员 15823390741 重新办理') },
  // One SMS with a story and a link and no ask: flagged, not `scam` (the one-message rule, session 6).
  { name: 'course fee refund parked until activated, a link', expect: 'suspicious', tactics: ['pretext.refund-stuck'],
    input: sms('您的课程退费1280元已转入您的学员账户，未激活无法提现，请点击 kc-tf.top/j 激活') },
  { name: 'hard negative: refund back the original way', expect: 'safe',
    input: sms('【唯品会】您的退货款236.50元已原路返回，预计1-3个工作日到账，请注意查收。') },
  { name: 'hard negative: refund into the app balance, withdraw in the app', expect: 'safe',
    input: sms('【淘宝】您的退款已退回至支付宝余额，可在支付宝APP内提现到银行卡。') },
  { name: 'hard negative: claim paid into your own card', expect: 'safe',
    input: sms('【顺丰速运】您的理赔款300元已打入您尾号2231的银行卡，请注意查收，如有疑问请拨打95338。') },
  { name: 'hard negative: the platform retries a failed refund by itself', expect: 'safe',
    input: sms('【京东】您的退款因银行原因未能到账，系统将自动重新发起，请在京东APP“我的订单”中查看进度。') },
  { name: 'hard negative: a customer asks about her own refund', expect: 'safe',
    input: chat('我的退货款显示已打入，但是一直提现不了，是怎么回事') },
];

const NOT_ME_MEMBERSHIP: FaultCase[] = [
  { name: 'live-stream membership about to charge, "not you? call" a mobile', expect: 'not-safe', tactics: ['pretext.subscription-renewal'],
    input: sms('【某音】您的直播会员即将扣费899元/月，不是本人开通请联系 13390217756 取消。') },
  { name: 'VIP auto-renews, "if not you" a WeChat id', expect: 'not-safe', tactics: ['pretext.subscription-renewal'],
    input: sms('您的高级VIP即将自动续费1500元，若非本人开通，请添加客服专员微信 vipkf-0921 关闭。') },
  { name: 'insurance service auto-debits, not you opened it', expect: 'not-safe', tactics: ['pretext.subscription-renewal'],
    input: sms('您名下的百万医疗保障服务将自动扣费，不是本人办理的话请尽快回电 0351-7726 3390 退订。') },
  { name: 'membership about to be deducted, a landline to cancel', expect: 'not-safe', tactics: ['pretext.subscription-renewal'],
    input: sms('【某团】您的钻石会员将扣除年费1299元，非本人开通请致电 0571-8623 1907 申请取消。') },
  { name: 'monthly plan, not you, a link to close', expect: 'suspicious', tactics: ['pretext.subscription-renewal'],
    input: sms('您的包月会员即将自动扣款680元，如不是本人订购请点击 hy-gb.top/c 关闭') },
  { name: 'hard negative: a bank\'s debit alert says 如非本人操作', expect: 'safe',
    input: sms('【招商银行】您尾号5521的信用卡于12月1日自动扣费25.00元（某视频会员），如非本人操作请致电95555。') },
  { name: 'hard negative: the platform\'s renewal, "not you" handled in its app', expect: 'safe',
    input: sms('【爱奇艺】您的黄金会员将于12月8日自动续费25元，如非本人开通，可在爱奇艺APP“我的-会员”中关闭。') },
  { name: 'hard negative: a carrier\'s plan, not you, reply TD', expect: 'safe',
    input: sms('【中国移动】您订购的视频会员包月将自动续费，如非本人订购请回复TD退订。') },
  { name: 'hard negative: the citizen tells of a membership she did not open', expect: 'safe',
    input: chat('我的会员莫名其妙自动续费了，不是本人开通的，在APP里怎么退？') },
  { name: 'hard negative: the account holder renews herself', expect: 'safe',
    input: chat('我刚开通了会员自动续费，每月15块，挺划算') },
];

const NAMED_ACCOUNT_AND_LOAN: FaultCase[] = [
  { name: 'a claims account to transfer into', expect: 'not-safe', tactics: ['extract.transfer'],
    input: sms('您的赔付款需先转入500元到理赔账户激活，激活后连同赔付款一起返还。') },
  { name: 'the same amount again into an offset account', expect: 'not-safe', tactics: ['extract.transfer'],
    input: chat('系统显示退款没成功，麻烦您把同样金额转到对冲账户，两笔会一起退回') },
  { name: 'collect the wallet credit line, then transfer it', expect: 'scam', tactics: ['extract.loan'],
    input: sms('理赔款到账前需要您先领取微信分付额度2000元，转入理赔专户后一并退还。') },
  { name: 'collect a petty-cash loan to prove you can receive the refund', expect: 'not-safe', tactics: ['extract.loan'],
    input: chat('退款需要验证收款能力，您打开支付宝先把备用金领出来') },
  { name: 'a refund held until a credit line is drawn', expect: 'not-safe', tactics: ['extract.loan'],
    input: sms('您的退款被冻结，需领取京东金条额度激活账户后才能到账，详询专员 18926637710') },
  { name: 'hard negative: the lender\'s own advert to collect its credit', expect: 'safe',
    input: sms('【支付宝】您有最高2000元备用金待领取，按日计息，随借随还，详情打开支付宝搜索“备用金”。') },
  { name: 'hard negative: a claim paid into the customer\'s account', expect: 'safe',
    input: sms('【平安保险】您的理赔款3200元已转入您尾号1120的银行卡，请注意查收。') },
  { name: 'hard negative: an OTP with 请勿泄露', expect: 'safe',
    input: sms('【支付宝】验证码 661203，用于理赔账户绑定，5分钟内有效，请勿泄露给他人。') },
  { name: 'hard negative: a platform\'s own after-sales in its app', expect: 'safe',
    input: sms('【京东】您申请的售后已审核通过，退款将在1-3个工作日原路退回，可在京东APP“客户服务”中查看进度。') },
  { name: 'hard negative: a friend asks about petty cash', expect: 'safe',
    input: chat('你领过支付宝备用金吗？利息高不高') },
];

const BALANCE_CHECK: FaultCase[] = [
  { name: 'payout needs a balance of at least 5000 verified', expect: 'not-safe', tactics: ['extract.finances'],
    input: sms('您的订单被判定为缺货赔付，赔付款到账前需先验证银行卡余额不少于3000元，详询客服。') },
  { name: 'give a card with ten thousand on it for the claim', expect: 'not-safe', tactics: ['extract.finances'],
    input: chat('理赔款要走银联通道打入，请您提供一张余额在两万以上的银行卡') },
  { name: 'verify your WeChat change before the refund', expect: 'not-safe', tactics: ['extract.finances'],
    input: chat('亲，退款前需要核实一下您微信零钱的余额，麻烦您告诉我一下') },
  { name: 'compensation, prove the balance first', expect: 'not-safe', tactics: ['extract.finances'],
    input: sms('您的包裹破损补偿200元，领取前需证明账户余额充足，请联系专员 15077210934') },
  { name: 'recall refund, check the balance on their page', expect: 'scam', tactics: ['extract.finances'],
    input: sms('您购买的电暖器被召回，退款需核验您的银行卡余额，请登录 zh-recall.top 验证') },
  { name: 'hard negative: refund arrived, check your balance', expect: 'safe',
    input: sms('【京东】您的退款89元已到账，请核实账户余额，如有疑问可在APP内联系客服。') },
  { name: 'hard negative: a balance notice', expect: 'safe',
    input: sms('【微信支付】您的零钱余额为52.10元，退款请在APP内申请。') },
  { name: 'hard negative: a bank\'s low-balance alert', expect: 'safe',
    input: sms('【建设银行】您尾号8812的账户余额不足，本月房贷扣款可能失败，请及时存入。') },
  { name: 'hard negative: a warning says nobody checks your balance', expect: 'safe',
    input: sms('温馨提示：客服不会要求验证您的余额，退款会原路退回，请勿泄露验证码。') },
  { name: 'hard negative: a shopper checks her own balance', expect: 'safe',
    input: chat('退款到了吗？我去看看余额') },
];

const STUDENT_LOAN: FaultCase[] = [
  { name: 'student credit to be cleared or credit suffers, a hotline', expect: 'not-safe', tactics: ['pretext.loan-account-cancel'],
    input: sms('【某金融】您大学期间开通的学生额度需要清零注销，否则影响您的征信，注销专线 0755-2631 8840。') },
  { name: 'student IOU account, call back today', expect: 'not-safe', tactics: ['pretext.loan-account-cancel'],
    input: sms('您的白条账户被判定为学生账户，不注销会影响征信，请速回电。') },
  { name: 'student loan account, cancel through their WeChat', expect: 'not-safe', tactics: ['pretext.loan-account-cancel'],
    input: sms('您在校期间注册的借贷账户不符合监管要求，需要注销，否则影响个人信用记录，请加专员微信 zx-zx01 办理。') },
  { name: 'the call line: cleared or no mortgage later', expect: 'not-safe', tactics: ['pretext.loan-account-cancel'],
    input: { channel: 'call', turns: [{ speaker: 'caller', text: '您好这边是金融平台的客服 您学生时期开的那个借贷账户现在要全部清零 不清零的话以后买房买车贷款都受影响' }] } },
  { name: 'student account, a link to cancel', expect: 'not-safe', tactics: ['pretext.loan-account-cancel'],
    input: sms('【某借】您的学生账户未注销将影响征信，请于今日内登录 zx-cancel.top 办理注销') },
  { name: 'hard negative: a repayment reminder', expect: 'safe',
    input: sms('【京东金融】您的白条本期应还860元，请于今日内还款，以免影响征信。') },
  { name: 'hard negative: a property advert with falling rates', expect: 'safe',
    input: sms('尊敬的客户，我是置业顾问小李，利率下调正是买房好时机，特惠房源欢迎来电 13612349876。') },
  { name: 'hard negative: the student closes her own account in the app', expect: 'safe',
    input: chat('我想注销我大学时开的那个白条账户，在APP里怎么操作？') },
  { name: 'hard negative: a news line about student loans', expect: 'safe',
    input: sms('据报道，多地出现冒充平台客服以注销学生账户为由实施诈骗，请勿轻信。') },
  { name: 'hard negative: a card cancelled does not hurt credit', expect: 'safe',
    input: chat('注销信用卡不会影响征信，放心办') },
];

const SHOP_DEPOSIT: FaultCase[] = [
  { name: 'deposit short, shop to close, a mobile to top up', expect: 'not-safe', tactics: ['pretext.shop-deposit'],
    input: sms('您的店铺保证金不足，三日内将被关店，补缴请联系招商专员 17723019952') },
  { name: 'deposit to upgrade or goods taken down, a WeChat', expect: 'not-safe', tactics: ['pretext.shop-deposit'],
    input: sms('【某音小店】店铺保证金标准上调，需升级保证金，否则商品下架，请加招商微信 xd-bzj21 办理') },
  { name: 'deposit frozen for a violation, a landline', expect: 'not-safe', tactics: ['pretext.shop-deposit'],
    input: sms('您的网店因违规被限流，需缴纳违规保证金5000元解除，请致电 0571-8830 2917') },
  { name: 'deposit to be returned after a check, a link', expect: 'scam', tactics: ['pretext.shop-deposit'],
    input: sms('您的店铺保证金可申请退还，退还前需验证收款账户，请登录 dp-th.top 填写银行卡号') },
  { name: 'deposit account abnormal, pay again to an account they name', expect: 'scam', tactics: ['pretext.shop-deposit'],
    input: sms('【某多多商家】您的店铺保证金账户异常，需重新缴纳3000元至指定账户激活，激活后原保证金一并退回') },
  { name: 'hard negative: the back office shows the deposit to top up', expect: 'safe',
    input: sms('【淘宝卖家中心】您的店铺保证金余额低于要求，请登录千牛工作台“保证金”页面自行补缴。') },
  { name: 'hard negative: the deposit released in the back office', expect: 'safe',
    input: sms('【拼多多商家】您的店铺保证金已解冻，可在商家后台“账户资金”中提现至店铺绑定的对公账户。') },
  { name: 'hard negative: a would-be seller asks', expect: 'safe',
    input: chat('想在抖音开店，店铺保证金一般要交多少？') },
  { name: 'hard negative: the owner asks after her own deposit', expect: 'safe',
    input: chat('我的店铺保证金什么时候退回来？') },
  { name: 'hard negative: a rent deposit', expect: 'safe',
    input: sms('【某某公寓】您的租房押金2000元已退还至原支付账户，请注意查收。') },
];

const DUPLICATE_CHARGE: FaultCase[] = [
  { name: 'double charge, "returned" through a mobile', expect: 'not-safe', tactics: ['pretext.refund-offer'],
    input: sms('您的订单被重复扣款236元，退回请联系售后 15530127763') },
  { name: 'charged twice, the extra back through a WeChat', expect: 'not-safe', tactics: ['pretext.refund-offer'],
    input: sms('系统故障您被重复扣费两次，多扣的钱退您，请加客服微信 cf-tk82') },
  { name: 'card charged twice, a landline', expect: 'not-safe', tactics: ['pretext.refund-offer'],
    input: sms('您尾号****的银行卡被重复扣款399元，退还请回电 0531-8826 7710') },
  // '登记银行卡号' is a card ask the grammar does not read yet: with it read, this is `scam` again.
  // scam since nc12-recall: 登记银行卡(号) on the sender's link is the card asked (extract.card-credentials), never asked with a refund.
  { name: 'overpaid freight back through a link for the card', expect: 'scam', tactics: ['pretext.refund-offer'],
    input: sms('您多付的运费可退还，请点击 yf-th.top 登记银行卡号领取') },
  { name: 'a ticket charged twice, their QQ', expect: 'not-safe', tactics: ['pretext.refund-offer'],
    input: sms('【某程】您的机票订单被重复扣款1280元，退款请添加客服QQ 2308816642 办理') },
  { name: 'hard negative: the platform returned the double charge itself', expect: 'safe',
    input: sms('【滴滴出行】您有一笔重复扣费18.5元，已为您原路退回，可在滴滴APP“钱包-交易明细”中查看。') },
  { name: 'hard negative: the extra paid went back automatically', expect: 'safe',
    input: sms('【美团】您的外卖订单重复支付56元，多付款项已自动原路退回，预计1-3个工作日到账。') },
  { name: 'hard negative: the customer reports a double charge', expect: 'safe',
    input: chat('我被重复扣款了两次，想问问怎么退回') },
  { name: 'hard negative: a bank refunds its own wrong fee', expect: 'safe',
    input: sms('【工商银行】您尾号1190的账户误扣年费10元已退还，余额3320.15元。') },
  { name: 'hard negative: a shop corrects a double charge in its app', expect: 'safe',
    input: sms('【京东】您的订单重复支付的89元已退款成功，可在京东APP订单详情中查看。') },
];

const CREDIT_REPAIR: FaultCase[] = [
  { name: 'a bad record mended for you, a mobile', expect: 'not-safe', tactics: ['pretext.credit-repair'],
    input: sms('您的征信有不良记录，可帮您修复，联系专员 16620937741') },
  { name: 'overdue records wiped, a WeChat', expect: 'not-safe', tactics: ['pretext.credit-repair'],
    input: sms('征信逾期记录可消除，当天办结，加V：zx-xf12 咨询') },
  { name: 'a "credit centre" asks you to call to repair it', expect: 'not-safe', tactics: ['pretext.credit-repair'],
    input: sms('您的征信报告存在异常记录，请于今日内联系专员 0371-6520 8830 办理修复，否则将影响贷款') },
  { name: 'hard negative: the government\'s credit repair for penalties', expect: 'safe',
    input: sms('【信用中国】行政处罚信息信用修复可登录信用中国网站在线申请，不收取任何费用。') },
  { name: 'hard negative: nobody can delete a record', expect: 'safe',
    input: sms('逾期记录会保留五年，任何机构都无法删除不良记录，请按时还款。') },
  { name: 'hard negative: a repayment reminder', expect: 'safe',
    input: sms('【招商银行】您的信用卡本期账单已出，按时还款可保持良好的征信记录。') },
];

const REPLY_ACCOUNT: FaultCase[] = [
  { name: 'compensation pending, reply your Alipay account', expect: 'not-safe', tactics: ['extract.payout-account'],
    input: sms('【售后】您的投诉已受理，补偿金88元待发放，请回复您的支付宝账号以便打款。') },
  { name: 'a lost-parcel claim, reply the WeChat id to be paid', expect: 'not-safe', tactics: ['extract.payout-account'],
    input: sms('您的快件丢失理赔已通过，请直接回复收款的微信号，赔款当天转给您') },
  { name: 'a refund to send, reply the receiving account', expect: 'not-safe', tactics: ['extract.payout-account'],
    input: sms('亲，您买的面霜批次有问题给您全额退款，需要人工打款，麻烦回复一下您的收款账户') },
  { name: 'a recall payout, reply the bank card', expect: 'not-safe', tactics: ['extract.payout-account'],
    input: sms('您购买的电热毯召回补偿300元，请回复本短信您的银行卡及开户人姓名') },
  { name: 'double compensation, reply the Alipay and a link', expect: 'scam', tactics: ['extract.payout-account'],
    input: sms('您的商品质量问题可获双倍赔偿，请回复支付宝账户，或登录 pc-sb.top 填写收款信息') },
  { name: 'hard negative: reply 1 to confirm a refund the platform sends back the way it came', expect: 'safe',
    input: sms('【某东】您的退款将原路退回，回复1确认，回复TD退订。') },
  { name: 'hard negative: the customer tells she replied', expect: 'safe',
    input: chat('我已经回复了支付宝账号，退款什么时候到？') },
  { name: 'hard negative: an insurer takes the account in its app', expect: 'safe',
    input: sms('【平安保险】您的理赔已审核通过，请在平安好车主APP“我的理赔”中确认收款账户，赔款将支付至您本人名下银行卡。') },
  { name: 'hard negative: a refund already back in the Alipay balance', expect: 'safe',
    input: sms('【淘宝】您的退款已原路退回支付宝账户，如有疑问请回复或在APP内联系客服。') },
  { name: 'hard negative: a friend asks which account to send dinner money to', expect: 'safe',
    input: chat('昨天吃饭的钱我转你，回复我一下你支付宝账号') },
];

// A bank's credit notice names who paid (付款方, 汇款人): a party, not an ask (grammar `nouns`). Found on our own
// legitimate sibling (data/corpus/gen-legit-cs-sms2-zh.jsonl), which read `scam` 85 through 付款 inside 付款方.
const PAYER_NOUN: FaultCase[] = [
  { name: 'hard negative: a claim credited, the payer named', expect: 'safe',
    input: sms('【建设银行】您尾号7713的账户12月2日转入理赔款1560.00元，付款方：太平洋财产保险，余额9021.40元。') },
  { name: 'hard negative: a refund credited, the remitter named', expect: 'safe',
    input: sms('【农业银行】您尾号0921的账户收到退款268.00元，汇款人：某某电子商务有限公司，详情请登录掌上银行查看。') },
  { name: 'hard negative: a payout with the paying unit', expect: 'safe',
    input: sms('【邮储银行】您尾号4410的账户入账补偿金300.00元，付款单位：某某物流有限公司。') },
  { name: 'hard negative: a compensation credit, the paying account', expect: 'safe',
    input: sms('【中国银行】您尾号6652的账户转入赔偿款880.00元，付款账户：某某保险股份有限公司，余额12050.33元。') },
  { name: 'hard negative: a refund credit, the transferring party', expect: 'safe',
    input: sms('【交通银行】您尾号3008的借记卡转入退货款129.00元，转账方：某某商城，如有疑问请致电95559。') },
  { name: 'still a scam: a payer named, then a fee to release the claim', expect: 'not-safe',
    input: sms('您的理赔款已到付款方账户，需要您先付款98元手续费到指定账户才能转入您的银行卡') },
];

for (const [title, cases] of [
  ['payout held in an account until opened or activated', PAYOUT_HELD],
  ['membership charge, "not you who opened it"', NOT_ME_MEMBERSHIP],
  ['transfer into a named payout account, a credit line collected', NAMED_ACCOUNT_AND_LOAN],
  ['your balance checked as the payout\'s condition', BALANCE_CHECK],
  ['student-loan cancellation with its next step', STUDENT_LOAN],
  ['the payer of a credit notice is a party, not an ask', PAYER_NOUN],
  ['the shop\'s deposit short, upgraded or returned', SHOP_DEPOSIT],
  ['a duplicate charge to be "returned"', DUPLICATE_CHARGE],
  ['a credit record mended or wiped', CREDIT_REPAIR],
  ['the payout account asked by SMS reply', REPLY_ACCOUNT],
] as const) {
  describe(`cs8 SMS kind: ${title}`, () => {
    for (const c of cases) it(c.name, () => { runCase(c); });
  });
}
