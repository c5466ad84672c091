/**
 * Session 11 (fp11): tactic precision on real-register legitimate SMS (issue 8: real normal SMS never `scam`, fewer
 * flagged). Each block is one kind: legitimate siblings of our own writing that must stay quiet (`safe`, or below
 * `scam` where the message still asks money of a stranger's kind) and the scams of the same register that must stay
 * caught. Written for this file (the corpus lines of the kind are data/corpus/gen-fp11-*-sms-zh.jsonl).
 */
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../../../src/index.ts';
import { runCase, sms, why, type FaultCase } from './helpers.ts';

const run = (cases: FaultCase[]) => { for (const c of cases) it(c.name, () => { runCase(c); }); };
const RULES = { engine: createEngine({ model: false }) };

describe('kind 1: a code at the place where the payer stands, a fee paid at the payee\'s own counter (extract.scan-to-pay, extract.transfer, extract.upfront-fee)', () => {
  // Until session 11 "取衣时扫门口收款码付款" read extract.transfer AND extract.scan-to-pay (69), "体检当日到服务台扫码缴纳" scam 85.
  run([
    { name: 'a canteen boss\'s code on his scooter', input: sms('面馆老板：你订的20份盒饭中午送到，一共300，送到后扫我电动车上贴的收款码就行。'), expect: 'safe' },
    { name: 'a parcel station\'s front desk', input: sms('【XX菜鸟驿站】您的到付件运费15元，请到驿站前台扫码支付后取件。'), expect: 'safe' },
    { name: 'a petrol station\'s till', input: sms('【XX加油站】会员日92号汽油每升优惠0.5元，在收银台扫码支付再减5元。'), expect: 'safe' },
    { name: 'a bakery\'s balance at pick-up', input: sms('【XX烘焙】您预订的蛋糕尾款80元，取货时扫店里收款码付款即可。'), expect: 'safe' },
    { name: 'a car park\'s exit booth', input: sms('【XX停车】您已在B2停车4小时，停车费20元，请在出口岗亭扫码支付。'), expect: 'safe' },
    { name: 'a medical centre\'s service desk', input: sms('【XX体检中心】入职体检费用158元，体检当日到服务台扫码缴纳或刷卡。'), expect: 'safe' },
    { name: 'a driving school\'s cashier', input: sms('【XX驾校】科目三模拟费200元，到驾校收费处扫描二维码缴纳，开具收据。'), expect: 'safe' },
    { name: 'a market stall', input: sms('【XX市场】摊主提醒：本摊支持扫码付款，扫摊位上的收款码支付，不收假币。'), expect: 'safe' },
    { name: 'a hospital window, a card swiped', input: sms('【XX妇幼】住院押金请在住院部收费处缴纳，可刷医保卡、银行卡或扫窗口二维码，出院时多退少补。'), expect: 'safe' },
    { name: 'a hotel paid on arrival', input: sms('【XX酒店】您预订的标间1晚已确认，房费328元到店支付，入住时需交押金200元，退房时原路退还。'), expect: 'safe' },
    { name: 'a travel agency\'s balance at its shop', input: sms('【XX旅行社】海南五日游团费每人2980元，尾款请于出发前5天到门店缴纳，发票随后寄出。'), expect: 'safe' },
    { name: 'a laundry\'s door', input: sms('干洗店：您的大衣已洗好，共45元，来取的时候扫门口的收款码付款就行。'), expect: 'safe' },
    // The scams of the register: a code SENT to pay, with a story no sender tells, a trade, or a fee before a payout.
    { name: 'a frozen order unfrozen by a sent code', input: sms('【XX旗舰店】您的订单因系统升级被冻结，需扫描下方收款码支付99元解冻费，解冻后连同货款一起退回。'), expect: 'scam' },
    { name: 'a fake game desk\'s penalty by code', input: sms('你好，我是游戏客服，你的账户出现异常，需要支付违约金，请你扫描以下二维码完成转账。'), expect: 'not-safe' },
    { name: 'a prize\'s postage by a sent code', input: sms('您好，您中了本店周年庆一等奖，奖品是扫地机器人一台，需扫我发的码支付运费和保价费68元后发货。'), expect: 'scam' },
    { name: 'a fake teacher\'s personal code', input: sms('各位家长好，我是食堂新来的财务，本学期伙食费改为扫我个人的收款码缴纳，每生1200元，今天下午截止。'), expect: 'not-safe' },
  ]);
  it('one ask read once: a sent code to pay is extract.scan-to-pay alone, not extract.transfer beside it', () => {
    for (const text of ['请扫描下方二维码付款300元', '扫这个码完成支付，付完截图给我', '年货节特惠！车厘子2斤装仅需99元，扫描二维码付款即可预订']) {
      const r = analyze(sms(text), RULES);
      const ids = r.tactics.map((t) => t.id);
      expect(ids, why(r)).toContain('extract.scan-to-pay');
      expect(ids, why(r)).not.toContain('extract.transfer');
    }
  });
  it('the scam\'s own use of a code stays extract.transfer (a flow, an unfreeze, the sum they say)', () => {
    for (const text of ['您扫一下我发的二维码，刷一笔流水来提高信用', '用支付宝扫这个码，金额输入三千，解冻后马上退给您']) {
      const r = analyze(sms(text), RULES);
      expect(r.tactics.map((t) => t.id), why(r)).toContain('extract.transfer');
    }
  });
});

describe('kind 2: a biller saying where it does not collect (不向个人账户转账) is no transfer asked (extract.transfer, extract.money-request)', () => {
  run([
    { name: 'after-school fee', input: sms('【XX小学】本学期课后服务费每生600元，请通过学校缴费平台缴纳，不收现金，不向个人账户转账。'), expect: 'safe' },
    { name: 'textbook fee', input: sms('【XX中学】教辅资料费每生85元，请在“智慧校园”缴纳，学校不收现金，不向个人账户转账。'), expect: 'safe' },
    { name: 'kindergarten meals', input: sms('【XX幼儿园】下月伙食费320元请在园所缴费小程序缴纳，老师不收个人转账。'), expect: 'safe' },
    { name: 'an estate agency', input: sms('中介小周：押一付三共9600元，签约时在公司财务缴纳，公司不收个人转账，请知悉。'), expect: 'safe' },
    { name: 'property fee', input: sms('【XX物业】2027年物业费请在业主APP缴纳，物业不通过个人微信收款，不向个人账户转账。'), expect: 'safe' },
    { name: 'a clinic', input: sms('【XX口腔】您的正畸费用分期首付3000元，请在诊所前台缴纳，诊所不接受个人转账。'), expect: 'safe' },
    { name: 'a sports club', input: sms('【XX游泳馆】暑期班学费980元，请在场馆小程序报名缴费，教练不收个人转账。'), expect: 'safe' },
    { name: 'a community insurance drive', input: sms('【XX社区】居民医保个人缴费400元，可在税务APP或银行柜台缴纳，社区工作人员不收个人转账。'), expect: 'safe' },
    { name: 'a training school', input: sms('【XX培训】秋季班学费2400元，请在学校APP缴费，学校不向个人账户收取任何费用。'), expect: 'safe' },
    { name: 'a car dealer', input: sms('【XX4S店】您的新车尾款请到店刷卡或转入公司对公账户，销售顾问不收个人转账。'), expect: 'safe' },
    { name: 'the property scam: a personal account asked', input: sms('业主您好，我是物业新来的会计，系统升级，这个月物业费请转到我个人的银行卡上，卡号6222xxxx，转完截图发我。'), expect: 'not-safe' },
    { name: 'the fee to a personal card', input: sms('您的贷款已审批，审核费200元打到经理个人的银行卡上，通过后马上放款'), expect: 'not-safe' },
  ]);
});

describe('kind 3: a top-up threshold of the sender\'s own promotion is no sum paid first (extract.transfer, extract.upfront-fee)', () => {
  // "您的游戏账号本月充值累计满500元，可在游戏内领取累充返还奖励" read extract.transfer + extract.upfront-fee (a game account
  // is a trade word), scam 85; a carrier's "充值累计达…均可参与累积返还" 45 on dev real SMS.
  run([
    { name: 'a game\'s cumulative top-up reward', input: sms('【网易】您的游戏账号本月充值累计满500元，可在游戏内“活动”页面领取累充返还奖励。'), expect: 'safe' },
    { name: 'a salon\'s stored value', input: sms('本店储值会员累计充值满1000元，每月返还50元代金券，到店使用。'), expect: 'safe' },
    { name: 'a carrier\'s monthly threshold', input: sms('【中国联通】活动期间单月充值满100元，次月返还20元话费，在联通APP参与。'), expect: 'safe' },
    { name: 'a gym\'s card', input: sms('【XX健身】储值满2000元送300元，储值金额按月返还至会员卡，前台办理。'), expect: 'safe' },
    { name: 'a game\'s first top-up', input: sms('【腾讯游戏】首次充值满30元，返还300钻石，活动截至本周日，请在游戏商城参与。'), expect: 'safe' },
    { name: 'a bus card', input: sms('【XX公交】交通卡充值满50元返还5元乘车金，在公交APP充值即可参与。'), expect: 'safe' },
    { name: 'a petrol card', input: sms('【中石化】加油卡单笔充值满1000元，返还30元电子券，到油站营业厅办理。'), expect: 'safe' },
    { name: 'a milk-tea member', input: sms('【XX奶茶】会员累计储值满300元，每月返还2张买一送一券。'), expect: 'safe' },
    { name: 'a video app', input: sms('【XX视频】本月累计充值满88元，返还一个月会员，在APP“我的-活动”领取。'), expect: 'safe' },
    { name: 'a supermarket card', input: sms('【XX超市】购物卡充值累计满500元，返还25元购物金，服务台可查。'), expect: 'safe' },
    { name: 'the task scam: pay first, get it back with commission', input: sms('你先充值500元做任务，完成后返还本金和佣金'), expect: 'scam' },
    { name: 'the withdrawal unlocked by a top-up', input: sms('您的账户收益已达3800元，需充值满5000元才能提现，充值后本金和收益一起返还。'), expect: 'not-safe' },
  ]);
});

describe('kind 4: money moved to the reader by the sender itself is no balance checked nor stake put in (extract.finances, extract.platform-topup)', () => {
  // "审核通过后赔付至您的微信零钱" read extract.finances (your balance verified for a refund): a courier's claim notice
  // scam 85; "本金及收益将于到期日转入您的活期账户" extract.platform-topup (standalone) 40.
  run([
    { name: 'a courier\'s claim notice', input: sms('【中通快递】您反馈的破损件已登记，理赔请在小程序提交照片，审核通过后赔付至您的微信零钱，不需支付任何费用。'), expect: 'safe' },
    { name: 'an insurer\'s claim', input: sms('【XX保险】您的理赔材料已收到，审核通过后赔款将打入您的微信零钱，请留意通知。'), expect: 'safe' },
    { name: 'a shop\'s compensation', input: sms('【XX旗舰店】您申请的缺货补偿5元已提交，审核通过后补偿至您的支付宝余额。'), expect: 'safe' },
    { name: 'a deposit refund', input: sms('【XX单车】您的押金退款申请已受理，审核通过后退至您的微信零钱。'), expect: 'safe' },
    { name: 'a tax refund in the app', input: sms('【XX税务】您的退税申请已提交，审核通过后退税款将退至您在个税APP绑定的银行卡。'), expect: 'safe' },
    { name: 'a wealth product maturing', input: sms('【邮储银行】您有一笔理财产品即将到期，本金50,000.00元及收益将于到期日转入您的活期账户。'), expect: 'safe' },
    { name: 'a money-market fund', input: sms('【支付宝】您购买的余额宝本月收益12.36元，已自动转入余额宝。'), expect: 'safe' },
    { name: 'a fixed deposit', input: sms('【XX银行】您的定期存款将于12月1日到期，本息到期后自动转入您的活期账户。'), expect: 'safe' },
    { name: 'a fund\'s dividend', input: sms('【XX基金】您持有的基金本次分红收益38.20元，将于3个工作日内转入您的银行卡。'), expect: 'safe' },
    { name: 'a pension', input: sms('【XX社保】您本月养老金3,280元已发放，收益将于月底转入您的社保卡账户。'), expect: 'safe' },
    { name: 'the balance checked before a payout', input: sms('您的订单被判定为缺货赔付，赔付款需先验证银行卡余额不少于5000元，详询客服'), expect: 'not-safe' },
    { name: 'the stake put in to earn', input: sms('只需下载APP并充值一些钱，你就可以开始赚钱了，收益每天自动返还'), expect: 'not-safe' },
  ]);
});

describe('kind 5: a prepayment made and now returned is no payment asked (extract.transfer)', () => {
  // "您的预订已取消，预付房费428元将退回至原支付账户" read extract.transfer (预付 as the act): suspicious 45.
  run([
    { name: 'a hotel booking cancelled', input: sms('【XX酒店】您的预订已取消，预付房费428元将退回至原支付账户，退款时间以银行为准。'), expect: 'safe' },
    { name: 'a flight refunded', input: sms('【XX航空】您的机票已退票，预付票款1,260元将退回至原支付账户，请留意到账。'), expect: 'safe' },
    { name: 'a course cancelled', input: sms('【XX培训】因报名人数不足课程取消，预付学费800元将退回原支付账户。'), expect: 'safe' },
    { name: 'a car rental', input: sms('【XX租车】订单已取消，预付租金360元将退至原支付账户，3个工作日内到账。'), expect: 'safe' },
    { name: 'a restaurant deposit', input: sms('【XX酒楼】您的包间预订已取消，预付订金500元将退还至原支付账户。'), expect: 'safe' },
    { name: 'a ticket', input: sms('【XX剧院】演出延期，预付票款380元将退回至原支付账户，如需保留座位请在APP内操作。'), expect: 'safe' },
    { name: 'a homestay', input: sms('【XX民宿】房东已取消订单，预付房费全额将退回至原支付账户，平台另赠50元券。'), expect: 'safe' },
    { name: 'a group tour', input: sms('【XX旅行社】线路停发，预付团费2,000元将退回原支付账户，给您带来不便敬请谅解。'), expect: 'safe' },
    { name: 'a gym', input: sms('【XX健身】您的私教课退课申请已通过，预付课时费1,500元将退至原支付账户。'), expect: 'safe' },
    { name: 'a pre-sale', input: sms('【XX商城】预售商品缺货，预付定金50元将退回至原支付账户，尾款无需支付。'), expect: 'safe' },
    { name: 'the scam: pay first to get the refund', input: sms('您的退款需要先预付500元验证金，验证后将连同退款一起返还给您，请转到指定账户。'), expect: 'not-safe' },
  ]);
});

describe('kind 6: a fee deducted from what is paid out is no fee paid first (extract.upfront-fee)', () => {
  // "成交款86,000元扣除服务费后将于3个工作日内打入您提供的收款账户" read a fee before a payout: suspicious 40.
  run([
    { name: 'a used-car sale', input: sms('【XX二手车】您委托出售的车辆已成交，成交款86,000元扣除服务费后将于3个工作日内打入您提供的收款账户。'), expect: 'safe' },
    { name: 'a consignment shop', input: sms('【XX寄卖】您寄卖的手表已售出，货款扣除佣金后将转入您登记的银行卡。'), expect: 'safe' },
    { name: 'a marketplace seller', input: sms('【XX平台】您的订单已确认收货，货款扣除手续费后将打入您的店铺余额。'), expect: 'safe' },
    { name: 'an auction', input: sms('【XX拍卖】您的藏品已拍出，成交价扣除佣金后将于10个工作日内转入您的账户。'), expect: 'safe' },
    { name: 'a rental agency', input: sms('【XX房屋托管】本月租金已收取，扣除服务费后将转入您的收款账户，明细见APP。'), expect: 'safe' },
    { name: 'a ride-hailing driver', input: sms('【XX出行】本周流水扣除平台服务费后将打入您绑定的银行卡，请注意查收。'), expect: 'safe' },
    { name: 'a freelance platform', input: sms('【XX众包】您的任务报酬已结算，扣除手续费后将转入您的钱包，可随时提现。'), expect: 'safe' },
    { name: 'a recycling shop', input: sms('【XX回收】您的旧手机回收价680元，扣除检测费后打入您的支付宝。'), expect: 'safe' },
    { name: 'a lottery prize at the centre', input: sms('【XX福彩】您的中奖彩票已兑奖，奖金扣除个税后将转入您的银行卡。'), expect: 'safe' },
    { name: 'an insurance claim', input: sms('【XX保险】您的理赔款扣除免赔额后将于5个工作日内打入您的收款账户。'), expect: 'safe' },
    { name: 'the scam: pay the fee, it cannot be deducted', input: sms('您的账号已挂出，买家已付款，需要您缴纳保证金才能提现，保证金不能从货款中扣除。'), expect: 'not-safe' },
  ]);
});

describe('kind 7: the sender paying a fee for its customer is no money asked (extract.money-request)', () => {
  // "成功购房开发商代付入住费" read money asked (代付): 20. (Funds offered, 为您提供资金, is left: the loan scam says it too.)
  run([
    { name: 'a developer pays the fees', input: sms('【XX花园】本月购房开发商代付两年物业费，首付可分期，详询售楼处。'), expect: 'safe' },
    { name: 'a shop pays the postage', input: sms('【XX旗舰店】双十一下单商家代付运费险，退货无忧。'), expect: 'safe' },
    { name: 'a platform pays the fee', input: sms('【XX外卖】新店开业平台代付首月佣金，商家后台查看。'), expect: 'safe' },
    { name: 'a company pays the tax', input: sms('【XX公司】年终奖个税由公司代付，到手金额以工资条为准。'), expect: 'safe' },
    { name: 'a developer pays the deed tax', input: sms('【XX府】认购即享开发商代付契税，首付低至10%，欢迎到售楼处咨询。'), expect: 'safe' },
    { name: 'a shop pays the installation', input: sms('【XX家电】空调安装辅材费商家代付，安装师傅上门不收任何费用。'), expect: 'safe' },
    { name: 'a platform pays the shipping', input: sms('【XX二手】本周卖出的订单平台代付运费，在APP内一键下单寄件。'), expect: 'safe' },
    { name: 'a carrier pays the first month', input: sms('【XX宽带】新装宽带首月费用我司代付，装机人员不收取任何费用。'), expect: 'safe' },
    { name: 'an agency pays the deposit', input: sms('【XX公寓】新签约租客首月押金公司代付，退租时无需返还。'), expect: 'safe' },
    { name: 'a free postage', input: sms('【XX书店】会员购书运费免费代付，在小程序下单即可。'), expect: 'safe' },
    { name: 'the scam: a cousin on a new number', input: sms('我是你表哥，换了新号，急需两万周转，你先转到我卡上，下周还你'), expect: 'not-safe' },
    { name: 'the scam: pay for me', input: sms('我在国外支付不了，你帮忙代付一下机票钱，回国马上还你'), expect: 'not-safe' },
  ]);
});
