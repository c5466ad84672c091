/**
 * Legitimate messages a newcomer found flagged (newcomer12's probes, /tmp/newcomer12/probes.jsonl at 5d2e6b6), fixed as KINDS
 * (nc12-fp, session 12). Each kind: the newcomer's input first, then siblings of our own writing, legitimate (safe) and scams
 * in the same words (flagged).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { deal } from '../../src/playbook/deal.ts';

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
