/**
 * recall16 kind R6 (session 16): a fee before one's own wages read safe 0 (the brief's "工资/salary changes that switch to a money
 * ask": "【人事部】本月工资发放系统升级，请各位员工先转账200元激活新工资卡", "这个月工资调整，需先把5000元转到公司指定账户做资金验证"):
 * 工资 in a sentence silences the plain money asks (extract.money-request, extract.transfer unless: "发工资了还你" is a family
 * loan's promise), so the wage story hid the ask. Now an extract.upfront-fee cue: money paid first (先转, 先交, 先缴, 先付, a sum
 * 元转到…), a price word (激活, 验证, 解冻, 保证金, 押金, 工本费…) and the wages or the wage card within 40 characters. Wage
 * notices, wage talk in the family, a card activated at the bank, one's own bills paid from the wages stay safe.
 */
import { describe } from 'vitest';
import { chat, runWithAndWithoutModel, type FaultCase } from './helpers.ts';

const caught = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `fee before wages: ${t}`, input: chat(t), expect: 'not-safe', tactics: ['extract.upfront-fee'] }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `wage talk: ${t}`, input: chat(t), expect: 'safe' }));

describe('recall16 kind R6: a fee asked before the wages (flagged)', () => {
  runWithAndWithoutModel(caught([
    "【人事部】本月工资发放系统升级，请各位员工先转账200元激活新工资卡，激活后工资正常发放",
    "财务通知：工资卡变更，需要你先交300元工本费到财务个人账户",
    "你好，这里是公司财务，这个月工资调整，需先把5000元转到公司指定账户做资金验证，下午一起返还",
    "各位同事，工资调整需要先缴纳200元档案费，扫我这个二维码",
    "您的工资卡已被冻结，需先缴纳500元解冻费才能正常发工资",
    "【薪资中心】您的薪资账户需升级，请先转入1000元验证，升级后连同本月薪资一并发放",
    "公司换了代发工资的银行，大家先往新卡里转500元激活一下",
    "工资涨了，但是要先交2000元保证金才能调薪",
    "老板说这个月工资要先交300元押金，下个月一起退",
    "你的工资被系统锁定了，需要先付600元认证费才能解锁到账",
  ]));
});

describe('recall16 kind R6: wage notices and wage talk (safe)', () => {
  runWithAndWithoutModel(safe([
    "【财务部】本月工资已发放，请查收",
    "工资卡变更请到人事处登记，无需缴纳任何费用",
    "新工资卡请先到银行网点激活，带上身份证",
    "小刘，你的工资多发了3000，下个月从工资里扣回，不用你转",
    "工资条已经发到邮箱了，有问题找人事",
    "这个月工资调整了，社保个人缴纳部分从工资里扣",
    "妈，我工资发了，先给你转2000",
    "今天发工资，晚上请大家吃饭",
    "工资卡丢了，我得先去银行挂失补办",
    "新员工工资卡激活后，记得先登录手机银行改一下密码",
    "先把工资卡激活一下，不然下个月工资打不进来",
    "妈，先把我工资卡里的钱转给房东，押金三千",
    "新入职员工请先交体检报告和工资卡复印件",
    "工资卡需要先到柜台激活，激活不收费",
    "发工资了先把房租押金交了",
    "记得先把工资卡的手机银行激活，方便查工资",
  ]));
});
