/**
 * Legitimate messages a newcomer found flagged (newcomer12's probes, /tmp/newcomer12/probes.jsonl at 5d2e6b6), fixed as KINDS
 * (nc12-fp, session 12). Each kind: the newcomer's input first, then siblings of our own writing, legitimate (safe) and scams
 * in the same words (flagged).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { deal } from '../../src/playbook/deal.ts';
import { familyLoan } from '../../src/playbook/family-loan.ts';

const sms = (text: string) => analyze({ channel: 'sms', text });

function safe(texts: readonly string[], title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(sms(text).verdict).toBe('safe'));
}
function flagged(texts: readonly string[], title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(sms(text).verdict).not.toBe('safe'));
}

describe("L1: a payment in a property or rental deal the reader signed, to the company's or the escrow's account (contact.own-deal, src/playbook/deal.ts)", () => {
  safe([
    // newcomer12's inputs
    '【链家】您购买的阳光花园3-1202已网签，首付款58万请于12月10日前转入资金监管账户（户名：北京链家资金监管专户），详询经纪人。',
    '王先生，定金已收到，合同约定剩余首付款62万需在贷款审批前存入监管账户，我们下周三去银行面签。',
    '【中原地产】尊敬的客户，您的二手房交易已完成网签，请于3日内将首付款存入银行资金监管账户，经纪人陈明将陪同办理。',
    '李女士您好，您租的那套房押一付三共12000元，请转到公司账户，签合同时给您开收据。',
    // siblings of our own
    '【某某地产】您购买的锦绣花园5-801已网签，首付款42万请于本月20日前转入资金监管账户（户名：某某地产资金监管专户），详询经纪人。',
    '张姐，房东同意签了，签约当天定金1万打到公司对公账户就行，到时候给您开收据。',
    '刘先生，按合同约定，剩余房款36万需在过户前存入银行资金监管账户，经纪人会陪同您办理。',
    '您认购的房源请于签约当日将首付款转账至开发商对公账户，请携带身份证到售楼处办理。',
    '赵女士，您看中的那套两居押一付三共10800元，请转到公司账户，签合同时开收据给您。',
    '【我爱我家】您租住的和平里2-302合同已续签，下季度租金8400元请于5日前转入公司对公账户，逾期按合同收取滞纳金。',
    '陈先生您好，二手房买卖合同已签订，购房定金3万元请存入资金监管账户，经纪人小王明天陪您去银行办理。',
    '孙姐，面签时间约在周四上午，剩余首付18万需在面签前转入监管账户，银行那边会核对到账。',
    '【链家】您好，您的租房合同已生成，首期租金及押金共7600元请转入链家对公账户，到账后发送电子收据。',
    ...deal.examples.deal,
  ], 'the deal\'s own payment stays safe');
  flagged([
    '【链家】您的网签资料异常，需将首付款转入资金监管账户进行安全核查，核查后原路退回。',
    '您好，这里是住建局，您的购房资金涉嫌洗钱，请将首付款转入国家监管账户配合调查。',
    '王先生，签约前需要验证您的还款能力，请把借呗额度借出来存入公司对公账户，面签后返还。',
    '您的贷款合同已生成，需先缴纳保证金5000元到公司账户才能放款。',
    '【某某地产】您购买的房源网签已冻结，请将首付款转入监管账户解冻，详询经纪人。',
    '您的征信有问题，签约前请把首付款转到我们的对公账户做流水，过后退还给您。',
    '网签已完成，首付款请点击 http://fang-jg.top 转入资金监管账户。',
    '您认购的房源需先交2万认筹保证金到开发商对公账户，未选房原路退回，请加微信办理。',
    '我是你表哥，换号了，最近买房签约差5万首付，你先打到这个对公账户，户名是中介公司的。',
    '签约后请把定金转到我个人账户，公司账户走账慢，收据回头补给你。',
    ...deal.examples.notDeal,
  ], 'the scam\'s words beside the same account stay flagged');
});

describe("L5: a lender's advert tells its own review's speed (审核快, 极速审核): its process, not your balance checked (grammar nouns; extract.finances)", () => {
  safe([
    '【你我贷】您有一笔最高5万元的借款额度可用，审核快，到账快，点击APP借款。退订回T',
    '【某某金融】尊敬的客户，您有最高20万元额度待领取，极速审核，最快3分钟到账，打开某某APP申请。退订回T',
    '【某某消费金融】您的信用额度已提升至3万元，审核简单，随借随还，登录APP查看。拒收请回复R',
    '【某某借钱】您的借款额度8000元即将失效，快速审核，当天放款，打开APP即可使用。回T退订',
    '【某某银行】您有一笔最高10万元的信用贷额度可申请，线上审核，无需抵押，详询95588。退订回T',
    '【某某贷】年终周转无忧，最高可借5万元，审核快、放款快，下载APP申请。退订回TD',
    '【某某分期】您的专属额度12000元已生成，秒审核，最快1分钟到账，点击APP借款。退订回T',
    '【某某银行】尊敬的客户，您的信用卡可申请账单分期，审核快，额度高，详询官方客服95555。退订回T',
    '【某某花】您的额度3万元可用，审核快，到账快，在APP首页点击借钱即可。退订回T',
    '【某某金融】您有一笔6万元借款额度待激活，审核简单，打开APP即可申请，退订回T',
    '【某某银行】您名下信用贷最高可借30万，审核快，年化利率低至3.6%，详询客户经理或95533。退订回T',
  ], 'the lender\'s own review in its advert stays safe');
  flagged([
    '您好，您的借款额度已审核，但需要先验证银行卡余额不少于5000元才能放款，请截图余额发给我。',
    '【某某贷】您的额度5万已审批，审核需要核实您的流水，请先转入3000元到指定账户验资。',
    '您申请的贷款审核快，但需要先交2000元保证金到公司账户，审核通过立即放款。',
    '【某某贷】您有一笔5万元借款额度可用，审核快，需先交300元激活费到指定账户即可到账。',
    '您有一笔最高20万元额度待领取，极速审核，无抵押秒到账，加QQ 88990011 领取，退订回T',
    '【某某金融】您的借款额度已生成，秒审核，请点击 http://jk-dai.top 填写银行卡号和密码领取。',
    '您好，您的借款审核快已通过，但账户被冻结，需缴纳解冻金2000元才能放款。',
    '给您理赔之前，需要审核一下您的银行卡余额，麻烦截图发我。',
  ], 'a check of what you hold, a fee or a move beside the same words stays flagged');
});

describe('L2: family and friends lending, paid back when said (contact.family-loan, src/playbook/family-loan.ts): the plain ask and its reason are family talk', () => {
  safe([
    // newcomer12's input
    '姐，我微信没钱了，先帮我垫一下水电费，晚上还你。',
    // siblings of our own
    '姐，我微信零钱不够了，先帮我垫一下这个月的电费，晚上还你。',
    '爸，我这个月房租先借我2500，下个月发工资还你。',
    '老婆，我支付宝限额了，你先帮我付一下物业费，晚点给你。',
    '小李，周末聚餐的钱你先帮我转一下，回头给你。',
    '哥，孩子学校的校服费你先帮我垫上，明天还你。',
    '妈，我银行卡余额不足，你先帮我交一下这季度的宽带费，周末回家还你。',
    '老公，楼下超市的账你先帮我付一下，我手机没电了，回来给你。',
    '表姐，我网银限额了，孩子兴趣班的学费你先帮我转一下，明天转你。',
    '舅舅，我这边转不了账，爷爷的药费你先帮我垫一下，月底还你。',
    '闺蜜，演唱会门票你先帮我付一下，我工资下周到，到时候还你。',
    ...familyLoan.examples.familyLoan,
  ], 'a family\'s everyday loan stays safe');
  it('a deposit paid first for the family (newcomer12\'s roof repair) is no longer scam: the sum paid first still reads', () => {
    const r = sms('小陈，周末家里修房顶，师傅要先付2000定金，你先帮我转一下，我手机支付宝限额了，回头给你。');
    expect(r.verdict).not.toBe('scam');
    expect(sms('媳妇，换燃气灶的师傅要先付500定金，你先帮我转一下，晚上给你。').verdict).not.toBe('scam');
  });
  flagged([
    '我是你表弟，换号了，先帮我转3000，明天还你。',
    '我手机丢了，用同学的手机发的，你先帮我转2000到他卡上，明天还你。',
    '爸，我在医院，急需手术费，先帮我转5万，回头还你。',
    '帮我转5000到这个账户，明天就还你，别告诉我妈。',
    '在吗？帮我垫付一下，我把收款码发你，晚上还你。',
    '是我啊，听不出来了？我新换的号，急用钱，先借我8000，下个月还你。',
    '我在开会不方便接电话，你先给这个账户转十五万，明天还你。',
    '妈，我被派出所扣了，要交5000罚款才能出来，你先帮我转一下，回去还你。',
    '哥，我这边支付宝限额了，你帮我转3000到我朋友的卡上，卡号发你，明天还你。',
    '老公，装修师傅要先付3000定金，你转一下给他，我把他卡号发你。',
    '哥，我在外地进货，供应商只收转账，我的卡限额了，你先帮我付两万给他，明天还你。',
    ...familyLoan.examples.notFamilyLoan,
  ], 'who they claim to be, a stranger\'s account, an emergency or secrecy beside the same ask stays flagged');
});
