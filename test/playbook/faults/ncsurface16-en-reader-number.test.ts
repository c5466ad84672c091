/**
 * ncsurface16 kind 3 in the engine (newcomer16 K2): a +1 / +44 number in an English message fired
 * contact.spoofed-number ("境外号码：国内电商平台客服不会用境外号码联系你") — an English reader's own bank,
 * courier or dentist — and, once NANP numbers read as +1 (kind 2), every 1-800 line in an English notice
 * would have. A message with no Chinese in it is read for an English reader: a foreign number alone is no
 * sign. In a Chinese message the overseas number stays the sign it is (twins).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { runWithAndWithoutModel, sms, why, type FaultCase } from './helpers.ts';

const EN_LEGIT = [
  'HSBC: Your new card is on its way. Questions? Call +44 345 740 4404.',
  'Chase: your statement is ready. Questions? Call 1-800-935-9935.',
  'Your dentist appointment is on Tuesday at 3pm. To reschedule call +1 212 555 0100.',
  'Amazon: your order has shipped. For help call 1-888-280-4331.',
  'Royal Mail: your parcel will be delivered tomorrow. Any questions, ring +44 345 774 0740.',
  'Reminder from Dr Patel\'s surgery: flu jab clinic Saturday 9-12. Call (415) 555-0132 to book.',
  'Your table for 4 at Luigi\'s is confirmed for Friday 7:30pm. To change it call +1 646 555 0199.',
  'British Gas: your engineer arrives between 8am and 12pm tomorrow. To rearrange call +44 333 202 9802.',
  'School office: the trip to the museum is on Thursday. Questions? Call 1 (800) 275-2273.',
  'Your Uber Eats order is on the way. Problems with your order? Call +1 800 253 6882.',
].map((text, i): FaultCase => ({ name: `en legit ${i + 1}: ${text.slice(0, 40)}`, input: sms(text), expect: 'safe' }));

const ZH_TWINS = [
  '您好，我是京东客服，您的订单需要退款，请拨打 +44 20 7946 0958 联系理赔专员。',
  '您的快递丢失，请致电 +1 202 555 0123 办理赔偿。',
  '【淘宝】您的订单异常需退款，请拨打客服热线 +1 212 555 0100 办理。',
  '您的银行卡被冻结，请尽快回电 +44 20 7946 0958 解冻。',
  '您的医保卡涉嫌违规，请拨打 +1 646 555 0199 联系工作人员。',
  '亲，您买的商品有质量问题，我们给您三倍赔偿，请拨打 +44 345 740 4404 联系售后。',
  '您的包裹被海关扣押，请致电 1-888-280-4331 处理。',
  '您好，您的百万保障服务即将扣费，如需取消请拨打 +1 800 642 7676。',
  '您的银行卡已被冻结，请立即拨打 +61 2 9374 4000 联系客服解冻，逾期将影响征信。',
  '您的积分即将清零，请致电 +65 6123 4567 兑换现金。',
].map((text, i): FaultCase => ({ name: `zh twin ${i + 1}: ${text.slice(0, 24)}`, input: sms(text), expect: 'not-safe' }));

describe('an English message\'s +1 / +44 number is no spoofed-number sign (newcomer16 K2)', () => {
  runWithAndWithoutModel(EN_LEGIT);
  it('no contact.spoofed-number in the English notices; kept in the Chinese twins', () => {
    for (const c of EN_LEGIT) {
      const r = analyze(c.input);
      expect(r.tactics.map((t) => t.id), why(r)).not.toContain('contact.spoofed-number');
    }
    for (const c of ZH_TWINS) {
      const r = analyze(c.input);
      expect(r.tactics.map((t) => t.id), `${c.name}: ${why(r)}`).toContain('contact.spoofed-number');
    }
  });
});

describe('Chinese messages with an overseas number stay flagged', () => {
  runWithAndWithoutModel(ZH_TWINS);
});
