/**
 * Legitimate messages a newcomer found flagged (newcomer11's probes, /tmp/newcomer11/probes.jsonl at bd82c44), fixed as KINDS
 * (nc11-fp, session 11): money DESCRIBED, not asked (a bank's notice of a transfer done, escrow explained, the writer's own
 * payment told to the payee, a deposit's own terms); a shop's own refund back the original way; a new-number notice that
 * asks for nothing. Each kind: the newcomer's input and siblings of our own writing, legitimate (safe) and scams (flagged).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';

const sms = (text: string) => analyze({ channel: 'sms', text });

function safe(texts: string[], title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(sms(text).verdict).toBe('safe'));
}
function flagged(texts: string[], title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(sms(text).verdict).not.toBe('safe'));
}

describe("L1a: a bank's notice of a transfer done (the sum, then 成功) names the payee's 对公账户: told, not asked (extract.transfer unless 元成功)", () => {
  safe([
    '【XX银行】您尾号1234账户向XX科技有限公司对公账户转账50,000.00元成功。',
    '【工商银行】您尾号6612的账户于11月30日14:22向上海某某贸易有限公司对公账户转账12,800.00元成功。',
    '【建设银行】您账户8890向杭州某某公司公司账户汇款3,000.00元成功，余额12,345.67元。',
    '您尾号3301的卡通过手机银行向某某物业公司对公账户转账2,460.00元成功，如非本人操作请致电95533。',
    '【招商银行】您账户0921于12月01日向张三转账500.00元成功。',
    '您的对公账户已向某某建材有限公司对公账户付款18,000.00元成功。',
    '【中国银行】您尾号4410的账户向XX学校对公账户缴纳学费6,500.00元成功。',
    '企业网银提醒：贵单位账户向某某科技公司对公账户转账98,000.00元成功',
    '【邮储银行】您尾号2219账户于10:05向某某医院对公账户转账1,200.00元成功，余额3,456.78元。',
    '【农业银行】您尾号5566账户向某某装饰公司账户转账8,000元成功',
  ], 'a completed transfer notice stays safe');
  flagged([
    '您的账户涉嫌洗钱，请立即将资金转到安全账户，转账成功后联系专员。',
    '请把50000元转到我们公司对公账户，转账成功后截图给我',
    '【XX银行】您的账户存在风险，请将余额转入以下账户，转账成功后系统自动解冻',
    '小王，马上给这个对公账户转账二十万，客户急着要，转完告诉我',
  ], 'an ask to transfer, with \u8f6c\u8d26\u6210\u529f\u540e as its condition, stays flagged');
});

describe("L1b: escrow explained, the money held by the platform (钱在支付宝/平台): no payment asked (grammar noun 钱在; a trade's other party as the subject of 付款了)", () => {
  safe([
    '淘宝上买东西都是先付款，钱在支付宝，确认收货商家才收到钱',
    '买家付款了，钱在平台上，我发货后对方确认收货钱就到我账户了',
    '我在闲鱼上卖了个旧手机，买家已经付款了，钱在闲鱼里，确认收货后才能到账',
    '拼多多是先付款的，钱在平台那里押着，你点了确认收货商家才拿得到',
    '放心买吧，钱在平台上担保着，东西不对可以申请退款',
    '妈，网上买东西要先付款，钱在支付宝里，收到货点确认才会付给卖家',
    '卖家那边显示买家已付款，钱在平台，等对方确认收货就结算',
    '闲鱼交易是担保交易，买家付款后钱在平台，确认收货后才打给卖家',
    '京东自营先付款后发货，钱在京东，收到货有问题直接在APP里申请售后',
    '客户已经下单付款了，钱在平台，等他确认收货我们就能提现',
  ], 'an escrow explained stays safe');
  flagged([
    '买家已经付款了，但是钱在平台被冻结，需要您先交500元保证金才能解冻',
    '您好，我是闲鱼客服，买家付款的钱在平台上被冻结了，请把500元转到我们的担保账户激活',
    '钱在平台上卡住了，你先转2000元到这个账户，我们帮你解冻',
    '你的货款被冻结，需要先付款1000元激活才能到账',
  ], 'money held and a fee or transfer asked to release it stays flagged');
});

describe("L1c: the writer's own payment, dated, told to the payee (我上午/我昨天 + 汇到; 你们公司账户, 查收)", () => {
  safe([
    '货款我上午汇到你们公司账户了，麻烦开一下发票',
    '老板，这批货款我今天下午打到公司对公账户，你让财务查收一下',
    '房租我昨天打到房东卡上了，收据他说晚点发',
    '王经理，首付款我昨天已经转到你们对公账户了，合同原件麻烦寄给我',
    '定金我中午汇到你们公司的账户了，查收后回个话',
    '学费我今早转到学校的对公账户了，截图发你',
    '张会计，这个月的服务费我刚刚打到你们账户了，请开票',
    '李总，尾款我前天转到你司对公账户，请安排发货',
    '设备款我昨晚通过网银汇到你们公司账户，回单我稍后发邮件',
    '刘老板，材料款我上午转你们对公账户了，麻烦确认一下',
  ], "a payer's notice to the payee stays safe");
  flagged([
    '我是你们王总，这笔货款你今天下午打到这个账户，急用',
    '合作方的款今天必须付，你把50万转到以下公司账户',
    '我今天下午在开会不方便接电话，把钱汇到我发你的账户上',
    '你好，我是财务，你们公司的款项请打到我们指定的账户',
  ], 'a transfer asked to an account the writer names stays flagged');
});

describe("L1d: a deposit's own terms, returned at the end of use (离店时退还): no refund bought by paying (ctx.refund-bought, ctx.payout)", () => {
  safe([
    '【如家酒店】您的预订已确认，办理入住时需交押金200元，离店时退还。',
    '【一嗨租车】您的订单已确认，取车时需缴纳车辆押金3000元，还车后30天内退还违章押金。',
    '【XX物业】您家装修需缴纳装修押金2000元，完工验收合格后全额退还。',
    '【XX酒店】尊敬的客人，您预订的房间已确认，入住时需缴纳押金300元，退房时原路退还。',
    '【XX健身】会员卡办理需交手环押金50元，退卡时返还。',
    '租房合同签订时需交押金一个月房租2500元，租期满后无损坏全额退还。',
    '【XX驾校】报名时需缴纳教材押金100元，结业后退还。',
    '亲，租借充电宝需支付押金99元，归还后自动退还到原账户',
    '【XX图书馆】办理借书证需交押金100元，退证时返还。',
    '【XX露营地】帐篷租赁需付押金500元，归还检查无损后退还',
  ], 'a deposit policy stays safe');
  flagged([
    '您的贷款已审批，需先交3000元押金，放款后全额退还',
    '恭喜您获得免费租车资格，请先缴纳押金500元到指定账户，还车后退还',
    '我人在外地，你先把押金2000元转到我卡上，我把钥匙寄给你，退租时退还',
    '您的账户已冻结，缴纳5000元保证金才能解冻，解冻后退还',
    '您好，您的退款申请需要支付500元保证金，退款到账后全额返还',
  ], 'a fee or deposit paid first, or to an account named, for a loan, a refund or an unfreeze stays flagged');
});

describe("L2: a shop's own refund back the original way (原路退回), nothing asked: the story composites do not hold (composite none: contact.in-process-payment)", () => {
  safe([
    '亲，这边是店铺售后，您反馈的质量问题我们已核实，已为您办理全额退款，原路退回，商品不用寄回了',
    '亲，我们是店铺客服，您拍的那款衣服断码了，给您退款还是换其他颜色呢？退款的话我们这边直接在后台操作，原路退回',
    '亲，您买的杯子运输破损了，我们已经给您申请仅退款，钱会原路退回，杯子不用寄回',
    '您好，这边是旗舰店售后，您那件毛衣起球的问题给您办理退款了，款项原路返回您的支付账户，衣服不用退回',
    '亲亲，水果坏了几个是我们的问题，已在后台给您退了15元，原路退回，坏果不用寄回哈',
    '亲，这边是小店客服，商品缺货发不了，订单已为您取消，货款原路退回支付宝',
    '您好，我是店铺售后小美，您反馈的漏液问题已核实，已为您操作仅退款，1-3个工作日原路退回，商品无需寄回',
    '亲，我们是店铺客服，那款台灯质量问题实在抱歉，退款已经在后台给您处理了，原路退回，东西您留着用吧',
    '这边是店铺售后，您的补偿10元已通过订单退款原路退回，请在订单详情查看',
    '亲，我们是店铺客服，您的订单少发了一件，差价已为您退款，原路退回，不用寄回其他商品',
  ], "the shop's own after-sales refund stays safe");
  flagged([
    '亲，这边是店铺售后，您的商品有质量问题，给您三倍赔偿，商品不用寄回，请加客服微信办理',
    '您好，店铺售后，给您全额退款不用寄回，请点击链接填写银行卡号办理',
    '亲，这边是店铺售后，给您办理退款，需要您提供支付宝收到的验证码，商品不用寄回了',
    '我是淘宝店铺售后，您的退款因为系统问题无法原路退回，需要您加QQ 12345678 办理',
    '亲，我们是店铺客服，您买的面膜有质量问题，给您双倍退款，原路退回需要先开通备用金',
    '您好我是店铺售后，您的商品被召回，我们给您办理退款，原路退回不了，您下载一下这个app操作',
    '这边是店铺售后，给您三倍赔偿原路退回，麻烦您把收到的验证码发给我核对',
  ], 'the same voice with a code, a link, a loan, an app or a private chat stays flagged');
});

describe("L3: a relative's or friend's new number with nothing asked: the model's reading after the opener needs openerFloor (OPENERS += contact.new-number)", () => {
  safe([
    '舅，我是小军，我换号了，这是新号，存一下',
    '大姨，我是小红，我换号码了，这是我的新号，存一下哈',
    '叔，我是阿强，我换号了，这是新号，旧号不用了',
    '老同学，我是李明，换号了，这是新号，有空聚聚',
    '同学们，我换号了，这个是新号，旧号不用了，麻烦大家备注一下',
    '妈，我换号了，这是我的新号码，原来那个停机了',
    '姑姑，我是小丽，旧手机号注销了，以后打这个',
    '王老师您好，我是李浩的家长，我换新号了，以后联系这个号',
    '哥，我新办了张卡，这是新号，你存一下',
    '奶奶，我是孙子小宇，我换号了，这个是新号，有事打这个',
    '爸，我是小雨，手机号换了，这是新号，周末回家吃饭',
  ], 'a new-number notice stays safe');
  flagged([
    '舅，我是小军，我换号了，这是新号，你先转我两千，急用',
    '妈，我换号了，这是新号，同学住院急需五千块，你打到这张卡上',
    '叔，我是阿强，换号了，有点急事，借我一万周转一下，明天还你',
    '爸，我手机掉了，这是新号，学校要交培训费3800，你直接转给老师，卡号我发你',
    '姐，我换号了，这是新号，别跟爸妈说，帮我转五千到这个账户',
    '老同学，我是李明，换号了，最近手头紧，能不能借我三千',
  ], 'the new number with money asked stays flagged');
});

describe("N1: a payout already made to the reader's own card or account (已支付到您, 已转入您, 已赔付至您): no payout pressed on you (pretext.payout-offer, pretext.quality-refund unless)", () => {
  safe([
    '【某某保险】尊敬的客户，您的理赔款1,800元已支付到您尾号4321的银行卡，如有疑问请拨打客服电话95500。',
    '【中国平安】您的车险理赔款3,260元已转入您尾号8812的账户，请注意查收。',
    '【人保财险】尊敬的客户，您的理赔款5,000元已打到您尾号0021的银行卡，详询95518。',
    '【太平洋保险】您的医疗险理赔款2,180元已赔付至您的银行账户，如有疑问请致电95500。',
    '【众安保险】您的退货运费险理赔款12元已赔付至您的支付宝账户。',
    '【阳光保险】尊敬的客户，您的理赔款860.00元已转入您尾号5520的银行卡，请查收。',
    '【泰康保险】您的住院理赔款4,300元已发放至您的银行卡，感谢您的信任。',
    '【顺丰速运】您的快件丢失赔偿款200元已打到您的支付宝，请注意查收。',
    '【京东】您的价保补偿款15元已退至您的京东账户余额。',
    '【新华保险】您的意外险理赔款1,200元已汇入您尾号3388的银行卡。',
  ], 'a completed payout notice stays safe');
  flagged([
    '您的理赔款已打到您的账户，但因您的信用分不足被冻结，需缴纳500元解冻费',
    '【德邦快递】您的快件丢失，我司为您理赔三倍运费，请点击 http://dbkd-lp.top 填写银行卡领取',
    '您的快递破损，理赔款已到账但未激活，请拨打专员电话 17712345678 办理激活',
    '您的理赔款已发放至您的账户，需要您提供收到的验证码完成确认',
    '顺丰速运：您的包裹在分拣时丢失，为表歉意，给您办理120元理赔，请回复您的姓名+卡号+开户行',
  ], 'a payout said made with a fee, a code, a link or a private line asked stays flagged');
});
