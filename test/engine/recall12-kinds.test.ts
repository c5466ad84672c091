/**
 * Request kinds still missed after session 11 (recall12's brief), each fixed as a KIND: the input, then siblings
 * of our own writing, scams and hard negatives in the same words.
 *  - kind 1: a sum said bare after the money verb ("你给我打八百", "先转2000过来", "转20万到…"): the `sum` entity
 *    (src/entities/entities.ts), read by obj.money and obj.sum;
 *  - kind 2: an account the asker names or hands over ("我给你个账号，你往里面转…", "把钱转到我们给您的账户保管"),
 *    even after a warning about someone else (obj.their-account, the grammar's takeovers).
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractEntities, normalise } from '../../src/index.ts';

const read = (text: string, channel: 'sms' | 'chat' | 'call' = 'chat') => analyze({ channel, text });

function flagged(texts: string[], title: string, channel: 'sms' | 'chat' | 'call' = 'chat'): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text, channel).verdict).not.toBe('safe'));
}
function safe(texts: string[], title: string, channel: 'sms' | 'chat' | 'call' = 'chat'): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text, channel).verdict).toBe('safe'));
}
function hasTactic(texts: string[], id: string, title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text).tactics.map((t) => t.id)).toContain(id));
}
function lacks(texts: string[], id: string, title: string): void {
  for (const text of texts) it(`${title}: ${text}`, () => expect(read(text).tactics.map((t) => t.id)).not.toContain(id));
}
const sums = (text: string) => extractEntities(normalise(text).text).filter((e) => e.kind === 'sum').map((e) => e.value);

describe('kind 1: a bare sum after the money verb is money (the sum entity)', () => {
  it('digits and numerals after 转, 汇, 打 (打 only a round sum)', () => {
    expect(sums('你转2000给我呗')).toEqual(['2000']);
    expect(sums('请汇10000到这个账户')).toEqual(['10000']);
    expect(sums('先转个八百过来')).toEqual(['800']);
    expect(sums('你给我打八百')).toEqual(['800']);
    expect(sums('马上转二十万到对公账户')).toEqual(['200000']);
    expect(sums('你先打2000到我卡上')).toEqual(['2000']);
  });
  it('not a count, a line, an extension or a number dialled', () => {
    expect(sums('坐地铁转2号线')).toEqual([]);
    expect(sums('转发100次可以抽奖')).toEqual([]);
    expect(sums('如有疑问致电95013转84762')).toEqual([]);
    expect(sums('马上打110报警')).toEqual([]);
    expect(sums('打12315投诉')).toEqual([]);
    expect(sums('转三个弯就到了')).toEqual([]);
    expect(sums('他转了2000过来')).toEqual([]);
    expect(sums('先转500元过来')).toEqual([]); // an amount already (元)
  });
  hasTactic([
    '你给我打八百',
    '先转2000过来',
    '现在就转五万过来，别问那么多',
    '你给我转八百，我急用',
    '你转2000给我呗，下个月还你',
    '先转个八百过来，我这边给你登记',
    '你现在往这个账户转10万，下午会计给你平账',
    '马上汇三万到这个账户，客户等着',
    '你先打两千到我卡上',
    '小李，你马上转20万到这个对公账户',
    '你先转三千给我，明天还你',
  ], 'extract.money-request', 'the bare sum asked is a money request');
  flagged([
    '妈，我是小军，我手机掉水里了，这是新号，你先给我打八百，我急用',
    '哥，我是你表弟，出了点事，你先转2000过来，别告诉我妈',
    '我是王总，这是我的新微信，你马上转20万到这个对公账户，客户等着签合同',
    '你好，我是孩子的班主任，孩子在学校摔伤了，你先转五千过来交医药费，马上',
    '叔叔，我是你侄子，我在外地被扣了，你给我转三千，千万别跟我爸说',
    '我是你领导，明天见面再说，你先汇两万到这个账户，急用',
    '老同学，手机丢了换了号，能不能给我转两千，下周还你',
    '小赵，我是张总，甲方等着，你先每人转5000过去，账号我一会儿发你',
    '我是你二舅，住院了要交押金，你先打一万到我卡上',
    '小李，你马上转20万到这个对公账户，客户在等',
    '先转2000过来，我这边马上给你发货',
  ], 'with a claimed relative or boss, a story or an account: a warning');
  safe([
    '我给你打八百生活费，省着点花',
    '已转2000，请查收',
    '妈，我给你转了两千，收到没',
    '我刚给你转了八百，注意查收',
    '上个月房租2000已转，收据发我',
    '你转给我的八百块我收到了，谢谢',
    '我先转2000给你，剩下的下周再给',
    '老公，我给你打了两千，你看一下',
    '如有疑问请致电95013转84762',
    '坐地铁转2号线，到了给我打电话',
    '这次活动转发100次可以抽奖',
    '下午三点前打800电话确认预约',
    '这个月工资转了8000到你卡上',
  ], 'the speaker paying, a receipt, a line, an extension: no ask');
  lacks([
    '我给你打八百生活费，省着点花',
    '我给您转两千过去，您收一下',
    '如有疑问请致电95013转84762',
  ], 'extract.money-request', 'the payer is the speaker, or the number is dialled');
});

describe('kind 2: the account the asker names or hands over, even after a warning about someone else', () => {
  flagged([
    '对方是骗子，不要转给他，把钱转到我们给您的账户保管',
    '您好，我是反诈中心的，刚才联系您的人是骗子，千万别转给他，请把钱转入我们提供的安全账户由我们保管',
    '那个客服是假的，别理他，您把余额转到我们这边的核查账户，我们帮您保管',
    '小张啊，人家不收现金，我给你两个银行账号，你往里面转20000块，我结束之后转给你',
    '小李啊，我是人事经理，公司账上有点账目不对，我给你个账号，你往里面转10000，让公司把账目对一下',
    '你先往这个账户转五万，这是公司的账号，下午财务给你报销',
    '我是你领导，这是我的账号，你先转三万过来，急用',
    '刚才那个电话是诈骗，别信他，您把卡里的钱转至我们给您的账户，核查完原路退回',
    '之前的客服是冒充的，别转给他，钱转到我们给您的监管账户最安全',
    '我给您个账号，您先把保证金转进去，审核通过就放款',
    '这是我们的账户，你把两万转过来就给你办',
  ], 'the asker\'s own account as the place for the money: at least a warning');
  safe([
    '骗子会让你把钱转到所谓的安全账户，千万别转',
    '不要相信对方，他说的安全账户都是假的，钱放在自己卡里最安全',
    '我给你个账号，你把房租发票寄到这个地址',
    '我给您转过去了，请查收',
    '我们不会让您把钱转到任何账户，请勿相信',
    '货款已经转到你们公司的对公账户了，请查收',
    '警方提醒：凡是让你把钱转到安全账户的都是诈骗',
    '对方是骗子，千万不要转给他，钱留在自己卡上，马上报警',
    '这是我的新账号，以后发工资会打到这里',
    '这是我们公司的账号信息，请财务核对后开发票',
    '您好，刚才那个电话是骗子，请您不要转账，有疑问拨打96110',
  ], 'a warning that names no account of its own, a notice, a payer: no ask');
});

describe('kind 3: any fee by its noun in 费, paid by a code or a transfer, on a "new number" (the fee entity + new-number-plus-fee)', () => {
  it('the fee entity names any fee, not 免费/消费/缴费', () => {
    const fees = (text: string) => extractEntities(normalise(text).text).filter((e) => e.kind === 'fee').map((e) => e.value);
    expect(fees('下学期教辅费260元，扫码缴费')).toEqual(['教辅费']);
    expect(fees('研学活动费每人480元')).toEqual(['活动费']);
    expect(fees('本次活动免费，欢迎消费，扫码缴费')).toEqual([]);
  });
  flagged([
    '我是王老师的新号码，本学期校服费每人320元，请扫码缴费',
    '家长您好，我是班主任，这是我的新号码，下学期教辅费260元，扫码缴费',
    '各位家长，我是李老师，换了新号，本周需交资料费150元，扫下面二维码缴纳',
    '家长好，我是孩子的英语老师，这是我新微信，研学活动费每人480元，请扫我发的码支付',
    '我是物业王经理，这是我新号，本月卫生费80元，扫码交一下',
    '你好，我是班主任张老师，用的新号，班费每人200元，扫码转给我',
    '我是孩子的老师，这是新号码，暑假托管费900元，今天扫码缴完',
    '您好，我是驾校教练，换了号，考试费350元，扫我的码',
    '各位家长，老师号换了，加这个新号，本学期保险费每人150元，扫码缴纳',
    '我是舞蹈班的老师，这是我的新号，下个月课时费800元，扫码付一下',
    '家长好，我是班主任的新号，期末复习资料费45元，请扫码缴费',
  ], 'a fee by its own name, paid by a code, on a "new number": at least a warning', 'sms');
  safe([
    '【XX小学】本学期校服费每人320元，请在学校缴费平台“智慧校园”内缴纳，不收现金，不向个人账户转账',
    '家长您好，下学期教辅费260元，请登录学校官方缴费平台缴纳，或到校财务室现场缴费',
    '【物业】本月物业费已出账，请在“XX社区”APP内缴费，或到物业服务中心前台缴纳',
    '校服费320元已缴费成功，感谢您的支持',
    '各位家长，午餐费请通过学校公众号“缴费大厅”缴纳，老师个人不收费',
    '您的水费账单已出，金额86元，可在支付宝生活缴费中缴纳',
    '您好，本学期学费请到学校财务处扫码缴纳，请认准学校公章',
    '【XX幼儿园】保育费请家长在园所收费窗口刷卡或扫窗口二维码缴纳',
    '本学期教辅费260元，请在学校小程序里缴费',
    '各位家长，老师的号刚换了，请加这个新号，有事随时联系',
    '【国家电网】您户本月电费128.50元，请通过网上国网APP内缴费',
  ], 'the fee paid where the school, the biller or the estate collects it, or a new number with no fee: no warning', 'sms');
});
