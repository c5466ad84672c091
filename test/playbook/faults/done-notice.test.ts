/**
 * Session 12 (sms12): the NOTICE of money already moved back to the reader (src/playbook/notice.ts, read by
 * src/score/score.ts `noticeReading`). A refund made, a claim registered or paid, money going back the way it
 * came, told as done in one message with nothing asked: its story words and who writes weigh nothing, no
 * composite applies, and it stays below `suspicious`. The refund scam's SMS of the same register keeps its
 * reading: any ask, any move, a fee beside the payout, the unasked problem or a promised call breaks it.
 * Every line is our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../../../src/index.ts';
import { noticeReading, score, type FiredTactic } from '../../../src/score/score.ts';
import { zhPlaybook as zhDef } from '../../../src/playbook/zh/index.ts';
import { PlaybookSchema } from '../../../src/playbook/schema.ts';
import { runCase, sms, why, type FaultCase } from './helpers.ts';
import type { Stage } from '../../../src/types.ts';

const zhPlaybook = PlaybookSchema.parse(zhDef);
const rule = zhPlaybook.notice!;
const RULES = { engine: createEngine({ model: false }) };
const stageOf = (id: string): Stage => (id.startsWith('extract.') ? 'extraction' : id.split('.')[0]) as Stage;
const f = (id: string, weight: number): FiredTactic => ({ id, stage: stageOf(id), weight });
const frame = f('contact.done-notice', 0);
const one = { channel: 'sms' as const, turns: 1 };
const run = (cases: FaultCase[]) => { for (const c of cases) it(c.name, () => { runCase(c); runCase({ ...c, options: RULES }); }); };

describe('the notice reading (score)', () => {
  it('the notice\'s story and who writes weigh nothing under the frame, and no composite applies', () => {
    const story = [f('contact.impersonation', 10), f('contact.claimed-desk', 0), f('pretext.quality-refund', 15), f('pretext.payout-offer', 10)];
    const without = score(story, zhPlaybook, 'zh', one);
    expect(without.risk).toBeGreaterThanOrEqual(zhPlaybook.thresholds.suspicious);
    const s = score([frame, ...story], zhPlaybook, 'zh', one);
    expect(s.risk).toBe(0);
    expect(s.composites).toEqual([]);
  });
  it('any ask, any move, a fee, the unasked problem, a promised call or the model\'s word break it', () => {
    for (const other of [f('extract.verification-code', 45), f('extract.transfer', 45), f('shift.group', 20), f('shift.link', 20), f('shift.claims-line', 15),
      f('shift.sent-link', 0), f('extract.fee-quoted', 0), f('contact.unsolicited-problem', 10), f('contact.promised-callback', 0), f('contact.call-back-number', 0),
      f('pretext.account-frozen', 20), f('contact.model', 30)]) {
      expect(noticeReading([frame, f('pretext.payout-offer', 10), other], rule), other.id).toBeNull();
    }
  });
  it('holds only under its frame, with a word fired, and only in one message', () => {
    expect(noticeReading([f('pretext.payout-offer', 10)], rule)).toBeNull();
    expect(noticeReading([frame], rule)).toBeNull();
    expect(noticeReading([frame, f('pretext.payout-offer', 10), f('contact.model', -15)], rule)).not.toBeNull();
    expect(noticeReading([frame, f('pretext.payout-offer', 10)], undefined)).toBeNull();
    const story = [frame, f('contact.impersonation', 10), f('contact.claimed-desk', 0), f('pretext.payout-offer', 10)];
    expect(score(story, zhPlaybook, 'zh', { channel: 'call', turns: 1 }).risk).toBeGreaterThan(0);
  });
});

describe('the rule\'s own examples, through the whole engine', () => {
  for (const text of rule.examples.notice) {
    it(`notice: ${text.slice(0, 30)}`, () => {
      for (const opts of [{}, RULES]) {
        const r = analyze(sms(text), opts);
        expect(r.verdict, why(r)).toBe('safe');
        // One of the rule's frames: the done notice, or the platform's own order or app (contact.in-platform-refund, ncfp17 kind H).
        expect(r.tactics.some((t) => rule.frames.includes(t.id)), why(r)).toBe(true);
      }
    });
  }
  for (const text of rule.examples.notNotice) {
    it(`not a notice: ${text.slice(0, 30)}`, () => {
      const r = analyze(sms(text));
      expect(noticeReading(r.tactics, rule), why(r)).toBeNull();
      expect(r.verdict, why(r)).not.toBe('safe');
    });
  }
});

describe('kind: money back to the reader told as done, nothing asked (siblings of our own)', () => {
  run([
    { name: 'a courier\'s claim paid to the sender\'s account', input: sms('【某某速运】您寄出的快件在中转时破损，理赔已完成，赔付款120元已打入寄件时绑定的账户。'), expect: 'safe' },
    { name: 'a takeaway desk\'s refund for a missing dish', input: sms('您好，我是某某外卖客服，您反馈的漏送问题已核实，已为您退款18元，1-3个工作日原路到账。'), expect: 'safe' },
    { name: 'an airline\'s cancelled flight refunded', input: sms('【某某航空】您的航班因天气取消，已为您办理全额退票，票款将原路退回支付账户，无需其他操作。'), expect: 'safe' },
    { name: 'a school\'s class cancelled, the fee back', input: sms('【某某培训】您报名的周末素描班因人数不足停开，学费980元将全额原路退还。'), expect: 'safe' },
    { name: 'a carrier\'s double charge returned', input: sms('【某某移动】经核查您本月重复扣费，已为您退还15元至话费账户，请注意查收。'), expect: 'safe' },
    { name: 'an insurer\'s claim paid to a card', input: sms('【某某财险】您的理赔申请已审核通过，赔款4,600元已支付至您尾号7731的银行卡。'), expect: 'safe' },
    { name: 'a platform\'s compensation for a late parcel', input: sms('【某某商城】您的订单超时未发货，平台已为您赔付5元至账户余额，可在“我的钱包”查看。'), expect: 'safe' },
    { name: 'a claim registered, paid back to the payer', input: sms('【某某快递】您的包裹在运输途中丢失，我们已为您登记理赔，赔付金额将退回至下单支付账户。'), expect: 'safe' },
    { name: 'a district\'s heating subsidy paid', input: sms('【某某区民政】今年冬季取暖补贴已发放至您的社保卡金融账户，请注意查收。'), expect: 'safe' },
    { name: 'a hotel\'s deposit back', input: sms('【某某酒店】您已退房，入住押金300元已原路退还至您的支付账户。'), expect: 'safe' },
    { name: 'a shop\'s recall refunded', input: sms('您好，我是某某母婴店客服，您购买的那批奶粉厂家召回，已为您全额退款，款项3个工作日内退回原支付账户。'), expect: 'safe' },
    // The scams of the register: the payout's words with an ask, a move, a fee or the unasked problem.
    { name: 'a claim to be collected in a group', input: sms('您好，我是某某快递理赔客服，您的包裹丢失已为您登记理赔，请添加理赔专员微信群领取赔付。'), expect: 'not-safe' },
    { name: 'a refund back after a code', input: sms('您的退款已审核通过，将退回您的账户，请把收到的验证码发给客服完成退款。'), expect: 'not-safe' },
    { name: 'a payout after a fee', input: sms('您的理赔款已审核通过，赔款将打入您的账户，需先缴纳300元保证金激活理赔通道。'), expect: 'not-safe' },
    { name: 'the unasked problem with a triple payout', input: sms('您好，我们发现您购买的面霜存在质量问题，已为您申请三倍赔偿，请下载理赔APP办理。'), expect: 'not-safe' },
    { name: 'a refund to be taken on a link', input: sms('【某某商城】您的订单已为您办理退款，请点击 http://sc-tuikuan.top 填写银行卡领取退款。'), expect: 'not-safe' },
    { name: 'a claim by a number of theirs', input: sms('您的快递丢失已为您登记理赔，赔付款将退回您的账户，请拨打理赔专线 17088886666 确认。'), expect: 'not-safe' },
  ]);
});
