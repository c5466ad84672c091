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
