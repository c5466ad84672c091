/**
 * nc13-fp kind F3: a notice's list of what its staff never do, its first act long ("工作人员不会上门收取现金或要求转账到个人
 * 账户"), read the second act as the ask (extract.money-request 20): the negation reached only 8 characters past 不会, and
 * the transfer sat further. A disjunction (或, 或者, 也不) met while the negation holds now carries it to the act it joins
 * (zh grammar `disjunctions`). An ask after a comma, or with no disjunction, still reads. Every line is our own writing.
 */
import { describe } from 'vitest';
import { sms, chat, runWithAndWithoutModel as run } from './helpers.ts';


describe('kind F3: what staff never do, joined by 或 (siblings of our own)', () => {
  run([
    { name: 'a property office, cash or a transfer', input: sms('【阳光物业】温馨提示：今年起物业费统一在物业公众号缴纳，工作人员不会上门收取现金或要求转账到个人账户。'), expect: 'safe' },
    { name: 'a school, fees never to a teacher', input: sms('【实验小学】教辅费用一律通过学校缴费平台缴纳，老师不会在班级群里收取费用或者要求家长转账到个人微信。'), expect: 'safe' },
    { name: 'a gas company', input: sms('【港华燃气】安检人员上门均佩戴工作证，不会现场推销灶具或要求您扫码付款。'), expect: 'safe' },
    { name: 'a water company', input: sms('【自来水公司】抄表员不会上门收取水费现金，也不会要求您转账到个人账户，请通过官方渠道缴费。'), expect: 'safe' },
    // Left (reported): the transfer's own cue (extract.transfer, a cue tactic, not the request grammar) reads "把资金转入…账户"
    // past the negation; the grammar's disjunction does not reach cue tactics. Kept as a sibling: never `scam`.
    { name: 'a bank, a code or a transfer', input: sms('【某商银行】本行工作人员不会致电索要短信验证码或者要求您把资金转入所谓安全账户。'), expect: 'at-most-suspicious' },
    { name: 'a courier company', input: sms('【顺丰速运】快递员不会以理赔为由添加您的微信或要求您扫码缴纳任何费用。'), expect: 'safe' },
    { name: 'a housing office', input: sms('【住建局】公租房申请全程免费，工作人员不会私下收取中介费或是要求申请人转账。'), expect: 'safe' },
    // Left (reported), as above: extract.transfer's cue "转到他个人卡上".
    { name: 'a landlord about rent', input: chat('房租还是按合同打到公司账户，我这边的管家不会单独找你收现金或者让你转到他个人卡上。'), expect: 'at-most-suspicious' },
    { name: 'a hospital', input: sms('【市人民医院】本院医生不会通过电话推荐药品或要求患者转账预约专家号。'), expect: 'safe' },
    { name: 'a telecom operator', input: sms('【中国电信】营业厅工作人员不会上门办理销号业务或要求您提供银行卡密码。'), expect: 'safe' },
    { name: 'an employer, wages', input: chat('公司财务不会用私人微信通知发工资，也不会要求员工先转一笔保证金。'), expect: 'safe' },
    // The asks of the kind: after a comma, or with no disjunction, still read.
    { name: 'the negation, then the ask after a comma', input: sms('我们不会上门收取现金，请把物业费转到经理个人账户 6222 0210 0011 2233 445。'), expect: 'not-safe' },
    { name: 'a fake teacher asks straight', input: chat('各位家长，资料费每人280元，直接转到我个人微信就行，不用去学校缴费平台了。'), expect: 'not-safe' },
    { name: 'a fake bank: no hesitation, transfer now', input: sms('您的账户涉嫌洗钱，不要犹豫或拖延，立即转账到安全账户配合调查。'), expect: 'not-safe' },
  ]);
});
