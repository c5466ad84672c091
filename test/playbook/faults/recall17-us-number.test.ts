/**
 * recall17 (session 17) kind C: a North American number written with its bracketed area code ("(800) 642-7676",
 * "1 (800) 275-2273", "(212) 555-0187") was no number at all for the text path: DIGIT_RUN (src/entities/entities.ts) read a
 * bracket only before a Chinese 0-area code, so the run broke at ")" and "642-7676" was seven loose digits. The number
 * checker already read these shapes as +1 (nanpShaped), and "+1 888 555 0123" in the same SMS was a number. Now the run
 * takes a bracketed [2-9]xx area code (a 1 may lead) when 3-4 digits follow, classifyDigits calls the same shapes a phone,
 * and its value is dialled +1 (1 + ten digits, no CN 800 line). "您好，您的信用卡被盗刷，请拨打(646) 555-0143联系我们的反诈专员"
 * safe 0 -> suspicious 57, "您的快递无法派送，请回拨(415) 555-0110重新安排" 0 -> 67, "PayPal: a payment of $499 was sent from
 * your account. Not you? Call 1 (833) 555-0199" 20 -> 50, "Your Amazon refund of $399 is pending. Call (888) 280-4331 to
 * claim it." 40 -> 69; Chinese lines naming a platform or a story now carry the number's tactics. Twins: US banks', shops'
 * and a dentist's own SMS with their own number, Chinese lines giving a hotel's, a school's or an office's US number, a
 * Chinese bank's 95555, a date in brackets: all stay safe. Left: a relative's new US number ("表哥的美国号码换了，新号是(646)
 * 555-0143") reads suspicious 69 as the same line with "+1 646 555 0143" did before (the number checker flags +1 for a
 * Chinese reader; a new number is the impostor's opener). With and without the model.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/entities/entities.ts';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

describe('recall17 kind C: a North American number with a bracketed area code', () => {
  runWithAndWithoutModel([
    ...[
      '我是淘宝客服，您的订单有质量问题，请拨打(800) 642-7676办理退款',
      '【京东】您的退款失败，请致电(888) 315-2270联系理赔专员',
      '您的包裹在海关被扣，请尽快拨打(212) 555-0187处理，否则退回',
      '您的账户存在异常交易，请立即拨打1 (800) 275-2273核实',
      '亚马逊客服提醒：您的订单被重复扣款，退款请联系 (877) 420-1180',
      '您的医保卡被冻结，请拨打(213) 555-0166联系专员解冻',
      '您的ETC已失效，请致电(310) 555-0177重新认证',
      '拼多多理赔专员：您的快递丢失，请回电(917) 555-0122领取赔偿',
    ].map((t): FaultCase => ({ name: `zh with a US number: ${t}`, input: sms(t), expect: 'not-safe', tactics: ['contact.spoofed-number', 'shift.claims-line'] })),
    { name: 'en with a US number: PayPal', input: sms('PayPal: a payment of $499 was sent from your account. Not you? Call 1 (833) 555-0199'), expect: 'suspicious', tactics: ['shift.callback'] },
    // The number read, the verdict left to the text model: rules alone give these 20-30 (a story the playbook does not name
    // beside a callback number; noticed, left).
    { name: 'zh story + US number (tactics)', input: sms('您好，您的信用卡被盗刷，请拨打(646) 555-0143联系我们的反诈专员'), expect: 'at-most-suspicious', tactics: ['contact.spoofed-number', 'shift.claims-line'] },
    { name: 'zh parcel + US number (tactics)', input: sms('您的快递无法派送，请回拨(415) 555-0110重新安排'), expect: 'at-most-suspicious', tactics: ['contact.spoofed-number', 'shift.claims-line'] },
    { name: 'en refund + US number (tactics)', input: sms('Your Amazon refund of $399 is pending. Call (888) 280-4331 to claim it.'), expect: 'at-most-suspicious', tactics: ['shift.callback'] },
    ...[
      'Chase: Your card ending 1234 was used for $52.10 at Target. Not you? Call the number on the back of your card.',
      'Bank of America: Your verification code is 482913. Do not share it. Call us at (800) 432-1000 if you did not request it.',
      'Wells Fargo: your statement is ready. View it in the Wells Fargo app or call (800) 869-3557.',
      'Your dentist appointment is Tuesday 3pm. To reschedule call (415) 555-0110.',
      'Costco: your order is ready for pickup. Questions? Call 1 (800) 774-2678.',
      '【招商银行】境外交易提醒：您尾号1234的信用卡于美国消费USD52.10。如有疑问请致电95555',
      '我在纽约的酒店电话是(212) 555-0187，有事打给我',
      '美国领事馆签证咨询电话(202) 555-0100，工作日上班',
      '您预订的纽约酒店已确认，酒店前台电话(212) 555-0123，入住时间下午3点',
      '孩子在美国的学校电话是(617) 555-0100，老师说下周家长会',
      '我们公司美国分部的电话是1 (312) 555-0145，周一到周五上班',
      '会议时间(2024) 12-25，请准时参加',
    ].map((t): FaultCase => ({ name: `twin safe: ${t}`, input: sms(t), expect: 'safe' })),
  ]);

  it('reads the bracketed shapes as one +1 number, and nothing else', () => {
    const phones = (t: string) => extractEntities(t).filter((e) => e.kind === 'phone').map((e) => e.value);
    expect(phones('请拨打(800) 642-7676办理退款')).toEqual(['18006427676']);
    expect(phones('拨打 1 (800) 275-2273')).toEqual(['18002752273']);
    expect(phones('请拨打(212) 555-0187')).toEqual(['12125550187']);
    expect(phones('(0571)88158198')).toEqual(['057188158198']);
    expect(phones('会议时间(2024) 12-25')).toEqual([]);
    expect(phones('编号(123) 456-7890')).toEqual([]);
  });
});
