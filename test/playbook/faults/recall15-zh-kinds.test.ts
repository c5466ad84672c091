/**
 * recall15 kind Z1 (dev misses of texts-5/-8 冒充领导熟人, written again in our own words): a sender who has to say who
 * they are — "我是梅姐", "我是老刘", "我是王强，", "我是您店里的老顾客", "我是你的生意伙伴", "我代表某医院" — then asks to borrow
 * or transfer money read safe 20: extract.money-request alone is a watch (relatives ask every day), and contact.acquaintance
 * knows relations ("我是你儿子"), not a stranger's name or role. contact.self-introduced (weight 0, a component:
 * src/playbook/zh/tactics/contact.self-introduced.ts) reads the self-introduction; with a money ask the composite
 * introduced-stranger-money (src/playbook/zh/recall15-kinds.ts) is `suspicious` 45: someone you know needs no introduction.
 * On the way: 借我/转我/汇我 + a bare sum is money (src/entities/entities.ts sumVerbBefore: "能借我3000吗"), "帮忙汇款",
 * "往公司这个账户转" are money asks.
 *
 * recall15 kind Z2 (newcomer14's K7, our own wording): the refund held back "because your credit is too low", then a loan
 * "to raise the credit" said in speech — "借呗申请一笔借款把信用提上去", "贷款五千把分数提上来", "账户信用等级低，" — read
 * suspicious 55–69 or safe: extract.loan's credit-raising cue knew 提高信用/提升信用, not 信用提上去/把分数提, and
 * pretext.credit-too-low not 信用等级/征信分 or a plain 低 at a clause end. Both now read them (tactic files); the refund
 * story plus the loan is pretext-plus-extraction, `scam`.
 *
 * recall15 kind Z3 (newcomer14's K5 "a fake teacher's fee to a personal pay code", writer15's w13 teacher/pet/landlord fees;
 * our own wording): a fee asked into the SENDER's own private account — "春游费交到我个人支付宝", "报名费付到我的个人收款码",
 * "维修基金交到我个人卡上" — read safe 0 when no story tactic fired. extract.fee-to-private (weight 40) reads a payment act
 * (act.transfer, the new act.pay-into 交到/付到/缴到, act.send-money, act.scan-pay, act.pay) × the new obj.my-private (我个人/
 * 我私人/我的个人 + an account word): schools, offices, couriers and estates never collect into a person's private account.
 *
 * recall15 kind Z4 (dev misses of texts-8 冒充公检法/贷款, our own wording): the stranger's video meeting and the phone shared —
 * "参加我们的视频会议，并共享手机信息", "把手机画面共享给我们", meeting apps the class did not name (亿联会议, 会畅,
 * 齐聚会议, 263云会议, 云之讯) — read safe 0: obj.screen knew 屏幕 but not the phone's 信息/画面/界面/内容, MEETING_APPS not these
 * apps (src/playbook/zh/lexicon.ts). Both are classes: every tactic reading obj.screen or obj.meeting reads them now.
 * 开会宝 is left out: shift.screen-share's unless 开会 (a colleague's meeting) takes any text holding it; 小鱼会议 too: named,
 * it made test/playbook/faults/cs-recall-kinds.test.ts 'refund + their meeting app' (expected suspicious) read scam.
 *
 * recall15 kind Z5 (writer15's w13 card asks and newcomer14's K5 "card number + CVV by SMS", our own wording): the card's
 * digits pointed at, not named — "报一下卡面十六位及到期月份", "卡后面那三个数字告诉我", "那张卡的号码发给我" — read safe 0–25:
 * obj.card knew 卡号, 卡背面, cvv, not the face's sixteen digits, the expiry month or "the three on the back" said in speech.
 * obj.card (src/playbook/zh/lexicon.ts) now holds them, the twin of session 14's obj.code "那几个数"; every tactic reading
 * obj.card (extract.card-credentials and the composites on it) reads them.
 */
import { describe } from 'vitest';
import { sms, runWithAndWithoutModel as run } from './helpers.ts';

describe('kind Z1: a self-introduced sender asks for money (input and siblings)', () => {
  run([
    { name: "the dev kind, our wording", input: sms("我是阿梅，以前在你店里做过头发的。最近手头太紧了，能不能借我8000块周转一下，下个月一定还，这是我的支付宝账号。"), expect: 'not-safe' },
    { name: "sibling 2", input: sms("你好，我是王强。我目前遇到了一些资金问题，想请你帮忙汇款五千块，过几天就还你。"), expect: 'not-safe' },
    { name: "sibling 3", input: sms("我是老刘，上次一起钓鱼的，手头有点紧，能借我3000吗"), expect: 'not-safe' },
    { name: "sibling 4", input: sms("我是你的生意伙伴，有个朋友急需用钱，你转账两万给他提供的账户就行，回头我跟你结。"), expect: 'not-safe' },
    { name: "sibling 5", input: sms("您好，我是您店里的老顾客，想请您帮个忙，能否先借我一笔钱，金额是六千元，周末就还。"), expect: 'not-safe' },
    { name: "sibling 6", input: sms("我是陈丽，之前在健身房认识的。家里老人住院急用钱，你能不能借我两千，我的微信号就是这个手机号。"), expect: 'not-safe' },
    { name: "sibling 7", input: sms("我是小赵，去年在你那里装修过房子。现在资金周转不开，想跟你借点钱应急，利息照算。"), expect: 'not-safe' },
    { name: "sibling 8", input: sms("我是你以前的老板，现在生意上遇到点困难，能不能借我五万，一个月内还清。"), expect: 'not-safe' },
    { name: "sibling 9", input: sms("我是张总，明天开会前你先帮我转两万到这个账户，回头公司给你报销。"), expect: 'not-safe' },
    { name: "sibling 10", input: sms("我是隔壁楼的李姐，孩子学费还差一点，能借我1500吗，周五就还你。"), expect: 'not-safe' },
    { name: "sibling 11", input: sms("您好，我是您女儿同学的家长老周，今天出门急用钱，您先借我两千，我的支付宝就是这个号。"), expect: 'not-safe' },
  ]);
});

describe('kind Z1: hard negatives (introductions with no ask, family loans, money paid back, warnings, in-app fees)', () => {
  run([
    { name: "negative 1", input: sms("我是老刘，周六钓鱼你去不去？"), expect: 'safe' },
    { name: "negative 2", input: sms("你好，我是王强，上次借你的3000块今天还你了，已转，注意查收。"), expect: 'safe' },
    { name: "negative 3", input: sms("我是快递员小王，您的包裹放在小区门卫了，记得取。"), expect: 'safe' },
    { name: "negative 4", input: sms("妈，先借我2000，下个月发工资还你。"), expect: 'safe' },
    { name: "negative 5", input: sms("骗子常说“我是你老板，先帮我转两万”，接到这种电话先打老板原来的号码核实。"), expect: 'safe' },
    { name: "negative 6", input: sms("我是陈丽，明天的会议改到下午三点，资料我已经发到群里了。"), expect: 'safe' },
    { name: "negative 7", input: sms("我是小区物业的张姐，这个月的物业费请在物业APP里缴纳，不收现金。"), expect: 'safe' },
    { name: "negative 8", input: sms("我是王老师，这学期的资料费学校统一从平台收，不用转给我个人。"), expect: 'safe' },
    { name: "negative 9", input: sms("我是赵师傅，您家热水器已经修好了，费用在美团订单里付就行。"), expect: 'safe' },
    { name: "negative 10", input: sms("我是房东，下个月起房租还是转到原来那张工行卡，时间不变。"), expect: 'safe' },
    { name: "negative 11", input: sms("我是说你能不能把上次借的书还给我。"), expect: 'safe' },
  ]);
});

describe('kind Z2: a loan to "raise the credit" inside a refund story (input and siblings)', () => {
  run([
    { name: "the newcomer's kind, our wording", input: sms("您的退款因为信用分不够到不了账，需要在支付宝借呗申请一笔借款把信用提上去，钱马上原路退回"), expect: 'scam' },
    { name: "sibling 2", input: sms("退款到不了账是因为您的信用分太低，您先贷款五千把分数提上来，系统就能放款"), expect: 'scam' },
    { name: "sibling 3", input: sms("理赔款打不过去，系统显示您芝麻信用不达标，您在微粒贷借一笔钱把信用刷上去就能到账"), expect: 'scam' },
    { name: "sibling 4", input: sms("您好，赔付失败是因为账户信用等级低，您用京东金条借款三千把信用提上来，借的钱系统会自动退还"), expect: 'scam' },
    { name: "sibling 5", input: sms("亲，您的补偿金卡在审核，要先在花呗借款一次把分数提上去，然后我们这边重新打款"), expect: 'scam' },
    { name: "sibling 6", input: sms("退款审核没通过，客服说要我先去网商贷贷款把信用分刷高，钱才能退回来，这是真的吗"), expect: 'scam' },
    { name: "sibling 7", input: sms("您这边信用分不够，退不了款，您先在美团借钱里借一笔，把信用提上去，我这边马上给您退"), expect: 'scam' },
    { name: "sibling 8", input: sms("快递理赔需要信用评分达到650，您可以先在度小满借款两千，把分数提上去以后理赔金就能到账"), expect: 'scam' },
    { name: "sibling 9", input: sms("您的退款被系统冻结了，原因是征信分低，需要贷款一笔把信用提高，贷出来的钱不用您还"), expect: 'scam' },
    { name: "sibling 10", input: sms("我们查到您的信用不够，退款打不到卡上，先用借呗借款把信用分刷上来，完成后全部返还给您"), expect: 'scam' },
    { name: "sibling 11", input: sms("抖音客服：您的售后退款因信用分过低无法发放，需在支付宝借呗里借款一次把信用提上来，钱原路退回"), expect: 'scam' },
  ]);
});

describe('kind Z2: hard negatives (loan bills, credit advice, refunds done, warnings)', () => {
  run([
    { name: "negative 1", input: sms("【借呗】您本期应还款1200元，还款日为5月10日，请确保余额充足"), expect: 'safe' },
    { name: "negative 2", input: sms("按时还款可以把信用分提上去，逾期会影响征信"), expect: 'safe' },
    { name: "negative 3", input: sms("【招商银行】您可在手机银行申请一笔贷款，最高30万，详询客户经理"), expect: 'safe' },
    { name: "negative 4", input: sms("警方提醒：骗子会说“您信用分不够，要先贷款把信用提上去才能退款”，这是诈骗"), expect: 'safe' },
    { name: "negative 5", input: sms("退款不需要您贷款，也不需要提高信用分，请勿相信陌生来电"), expect: 'safe' },
    { name: "negative 6", input: sms("我上个月用公积金贷款买了房，信用记录一直很好"), expect: 'safe' },
    { name: "negative 7", input: sms("【支付宝】您的退款89元已原路退回，请在账单中查看"), expect: 'safe' },
    { name: "negative 8", input: sms("芝麻信用分怎么提上去？按时还花呗、多用支付宝缴费就行"), expect: 'safe' },
    { name: "negative 9", input: sms("我借款买车了，每个月按时还，信用越来越好"), expect: 'safe' },
    { name: "negative 10", input: sms("【淘宝】您的退款申请已通过，款项将在1-3个工作日退回原支付账户"), expect: 'safe' },
    { name: "negative 11", input: sms("你别去借呗借钱了，利息太高，缺钱跟我说"), expect: 'safe' },
  ]);
});

describe('kind Z3: a fee into the sender\'s own private account (siblings)', () => {
  run([
    { name: "sibling 1", input: sms("各位家长，孩子们的春游费用每人两百八，交到我个人支付宝，账户名李红，今晚十二点前。"), expect: 'not-safe' },
    { name: "sibling 2", input: sms("您好，您的包裹滞留海关，需要补交关税380元，请转到我个人微信，转完马上给您放行。"), expect: 'not-safe' },
    { name: "sibling 3", input: sms("家长们好，本学期教辅资料费每人160元，直接微信转我个人就行，不用走学校平台了。"), expect: 'not-safe' },
    { name: "sibling 4", input: sms("宠物托运的检疫费一共1500元，打到我私人账户上，明天一早就给您发航空托运。"), expect: 'not-safe' },
    { name: "sibling 5", input: sms("报名费200元请付到我的个人收款码，付完截图发我登记。"), expect: 'not-safe' },
    { name: "sibling 6", input: sms("违章罚款600元可以直接转给我个人，我帮您内部处理掉，不用去交警队排队。"), expect: 'not-safe' },
    { name: "sibling 7", input: sms("您的证书补办费450元，打到我个人银行卡上，户名王某，三天内寄出。"), expect: 'not-safe' },
    { name: "sibling 8", input: sms("这套房子的押金2000元先转我私人支付宝，钥匙下午给您，房东在外地来不了。"), expect: 'not-safe' },
    { name: "sibling 9", input: sms("会员年费898元请扫我的个人收款码支付，开通后马上生效。"), expect: 'not-safe' },
    { name: "sibling 10", input: sms("小区的维修基金每户1200元，交到我个人卡上，户名张某，统一由我上交。"), expect: 'not-safe' },
    { name: "sibling 11", input: sms("体检费每人350元，统一转到我个人微信上，我帮大家交给医院。"), expect: 'not-safe' },
  ]);
});

describe('kind Z3: hard negatives (fees in the official app, refusals of private transfers, money paid to the reader, opinions, errands)', () => {
  run([
    { name: "negative 1", input: sms("本学期教辅资料费每人160元，请在学校缴费平台缴纳，学校不收个人转账。"), expect: 'safe' },
    { name: "negative 2", input: sms("【XX物业】本月物业费236元，请在物业APP缴纳，不接受个人微信转账。"), expect: 'safe' },
    { name: "negative 3", input: sms("上次聚餐每人120元，AA转我微信就行。"), expect: 'safe' },
    { name: "negative 4", input: sms("爸，这个月房租2500，你转我支付宝吧，我来交给房东。"), expect: 'safe' },
    { name: "negative 5", input: sms("警方提醒：凡是要求把报名费转到个人账户、个人收款码的，都是诈骗。"), expect: 'safe' },
    { name: "negative 6", input: sms("您的个人账户本月管理费12元已扣除，详询95555。"), expect: 'safe' },
    { name: "negative 7", input: sms("【社保】个人账户缴费基数调整，月缴费金额以单位申报为准。"), expect: 'safe' },
    { name: "negative 8", input: sms("学费已通过学校平台缴纳成功，请勿向任何个人账户转账。"), expect: 'safe' },
    { name: "negative 9", input: sms("我把这个月的生活费转到你个人卡上了，注意查收。"), expect: 'safe' },
    { name: "negative 10", input: sms("个人所得税APP提示：您有一笔退税412元，请在APP内申请。"), expect: 'safe' },
    { name: "negative 11", input: sms("公司报销的差旅费已经打到你个人银行卡上了。"), expect: 'safe' },
    { name: "negative 12", input: sms("我个人建议你把钱转到余额宝，利息高一点。"), expect: 'safe' },
    { name: "negative 13", input: sms("材料交到我个人办公室就行。"), expect: 'safe' },
    { name: "negative 14", input: sms("公司的货款不能打到我个人账户上，要走对公。"), expect: 'safe' },
    { name: "negative 15", input: sms("下个月起我的工资会打到我个人卡上，不再发现金。"), expect: 'safe' },
  ]);
});

describe('kind Z4: a stranger\'s video meeting, the phone shared (siblings)', () => {
  run([
    { name: "sibling 1", input: sms("您名下的账户存在未偿还的贷款，请您尽快参加我们的视频会议，并共享手机信息以便核实。"), expect: 'not-safe' },
    { name: "sibling 2", input: sms("我已经为您安排了视频会议平台亿联会议，您下载这个APP并在里面输入一串数字就可以进入。"), expect: 'not-safe' },
    { name: "sibling 3", input: sms("这里是市公安局，您的银行卡涉嫌洗钱，马上下载会畅，进入后把手机画面共享给我们做笔录。"), expect: 'not-safe' },
    { name: "sibling 4", input: sms("您的京东白条需要注销，请在应用商店搜索小鱼会议，下载后输入我给的会议号。"), expect: 'not-safe' },
    { name: "sibling 5", input: sms("为了核实您的退款，您把手机界面共享一下，我这边看着您操作。"), expect: 'not-safe' },
    { name: "sibling 6", input: sms("金融监管局通知：您的网贷利息违规，请下载齐聚会议配合线上核查，不配合将影响征信。"), expect: 'not-safe' },
    { name: "sibling 7", input: sms("您好，理赔需要视频核验，请下载亿联会议，登录后打开共享。"), expect: 'not-safe' },
    { name: "sibling 8", input: sms("您的快递涉及违禁品，请马上下载263云会议，和我们的民警视频对接。"), expect: 'not-safe' },
    { name: "sibling 9", input: sms("您把手机内容共享过来，我帮您把扣费关掉，很快的。"), expect: 'not-safe' },
    { name: "sibling 10", input: sms("这边是银保监会，您的保险被误开通了，请您下载云之讯，进入会议后我指导您取消。"), expect: 'not-safe' },
  ]);
});

describe('kind Z4: hard negatives (team meetings and classes on the same apps, warnings, phones talked about)', () => {
  run([
    { name: "negative 1", input: sms("明天上午十点部门例会改成线上，用亿联会议，会议号已经发群里了。"), expect: 'safe' },
    { name: "negative 2", input: sms("各位同学，今晚的网课用小鱼会议，大家提前下载好。"), expect: 'safe' },
    { name: "negative 3", input: sms("千万不要和陌生人共享手机画面，骗子会看到你的验证码。"), expect: 'safe' },
    { name: "negative 4", input: sms("【会畅通讯】您预约的会议将于15:00开始，请准时参加。"), expect: 'safe' },
    { name: "negative 5", input: sms("我手机信息太多了，内存不够，周末去清理一下。"), expect: 'safe' },
    { name: "negative 6", input: sms("警方提醒：凡是让你下载会议软件、共享手机界面的，都是诈骗，立即挂断。"), expect: 'safe' },
    { name: "negative 7", input: sms("孩子的家长会改在线上开，学校用263云会议，链接老师会发。"), expect: 'safe' },
    { name: "negative 8", input: sms("下午的客户演示用齐聚会议，我先共享一下屏幕给大家看方案。"), expect: 'safe' },
    { name: "negative 9", input: sms("这款手机的界面做得很漂亮，信息提示也很清楚。"), expect: 'safe' },
    { name: "negative 10", input: sms("妈，我给你手机装了视频会议软件，周末我们视频。"), expect: 'safe' },
  ]);
});

describe('kind Z5: the card\'s digits pointed at, not named (siblings)', () => {
  run([
    { name: "sibling 1", input: sms("理赔款在途，需您本人报一下卡面十六位及到期月份。"), expect: 'not-safe' },
    { name: "sibling 2", input: sms("您好我是银行信用卡中心的，您的信用卡年费要收一千二，我们可以帮您免了，您把卡后面那三个数字告诉我就行。"), expect: 'not-safe' },
    { name: "sibling 3", input: sms("淘宝客服：退款要原路返回，您把卡背后那三位数念一下，我这边马上操作。"), expect: 'not-safe' },
    { name: "sibling 4", input: sms("亲，我这边看不到您的收款信息，您把常用那张卡的号码发给我，赔付款今天就到。"), expect: 'not-safe' },
    { name: "sibling 5", input: sms("快递理赔专员：赔款打到您卡上，麻烦报一下卡面上的数字和有效期月份。"), expect: 'not-safe' },
    { name: "sibling 6", input: sms("京东售后：质量问题给您双倍赔付，请提供一下十六位卡号和卡背面那三个数字。"), expect: 'not-safe' },
    { name: "sibling 7", input: sms("阿姨您别急，您把银行卡翻过来，卡背面那三位小数字念给我听一下就行。"), expect: 'not-safe' },
    { name: "sibling 8", input: sms("您的白条额度要调整，需要核对一下卡面号码和到期年月，您说一下。"), expect: 'not-safe' },
    { name: "sibling 9", input: sms("美团客服：多扣的会员费退给您，麻烦把卡上那串数字和后面那三个数字截图发我。"), expect: 'not-safe' },
    { name: "sibling 10", input: sms("拼多多理赔：您那张储蓄卡的卡号打给我，连同到期月份，系统登记后马上打款。"), expect: 'not-safe' },
  ]);
});

describe('kind Z5: hard negatives (warnings, new cards, expiry notices, card designs)', () => {
  run([
    { name: "negative 1", input: sms("请勿向任何人透露卡背面那三位数字和卡面号码，银行不会索要。"), expect: 'safe' },
    { name: "negative 2", input: sms("您的新卡已寄出，卡面号码与原卡不同，请注意查收。"), expect: 'safe' },
    { name: "negative 3", input: sms("【招商银行】您尾号6789的信用卡将于到期月份前自动换卡，新卡请注意查收。"), expect: 'safe' },
    { name: "negative 4", input: sms("妈，我的银行卡过期了，到期月份是上个月，我明天去银行换。"), expect: 'safe' },
    { name: "negative 5", input: sms("这张卡的卡面设计很好看，我选了星空款。"), expect: 'safe' },
    { name: "negative 6", input: sms("信用卡背面那三个数字是安全码，千万别告诉别人。"), expect: 'safe' },
    { name: "negative 7", input: sms("骗子常说“报一下卡面十六位和有效期”，听到就挂电话。"), expect: 'safe' },
    { name: "negative 8", input: sms("我刚办的卡，卡面上的数字是凸起来的，挺有质感。"), expect: 'safe' },
    { name: "negative 9", input: sms("【工商银行】您的借记卡有效期至2026年12月，请携带身份证到网点换卡。"), expect: 'safe' },
    { name: "negative 10", input: sms("您好，您的快递已签收，请在APP内查看物流详情。"), expect: 'safe' },
  ]);
});
