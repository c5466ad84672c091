/**
 * extract.user-paid is the citizen's REPORT of a loss ("我已经转了", "验证码已经告诉他了"): the most
 * urgent case there is (110 / 96110 and the bank's 止付 first). A REQUEST for the same act ("请把验证码
 * 告诉客服", "您先把钱转过去") is the scammer's line, or a citizen quoting it, and nothing is lost yet:
 * it must not read as a report. The kind (the tactic's `report`, src/playbook/schema.ts): a report is
 * done — the speaker or their family as subject, or a perfective 了 / 已 in the act's clause — and its
 * clause gives the listener no instruction (请把, 您先, 麻烦您, …就可以了). All inputs our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';

/** Whether the tactic fires on the text as one turn of unknown speaker (a pasted message). */
function reportsPaid(text: string): boolean {
  return analyze({ channel: 'chat', turns: [{ speaker: 'unknown', text }] }).tactics.some((t) => t.id === 'extract.user-paid');
}

const requests = [
  '请把验证码告诉客服，退款马上到账',
  '您把验证码告诉我，我帮您办理理赔',
  '你把钱转过去给客服就行',
  '麻烦您把验证码发给对方核实一下',
  '您需要把保证金转到他给的账户',
  '您先扫码付一下，对方收到就给您退款',
  '把验证码告诉理赔专员就可以了',
  '您把验证码给客服报一下',
  '请将验证码发给我们的专员',
  '你先转了钱，客服会给你退回来',
  '您先把钱汇过去，专员确认后退还',
  '请转到他给的账户，理赔款随后到账',
];

const reports = [
  '客服说你把钱转过去就给你退款，我就转了五千',
  '我转给那个客服五千块',
  '刚刚把验证码发给对方了',
  '请问我已经转了钱给客服怎么办',
  '我已经转了，客服说再转一下就行',
  '验证码我已经告诉他了，卡里的钱没了',
  '我妈已经转给他们两万，现在电话打不通',
  '对方让我把验证码告诉他，我就告诉他了',
  '我按客服说的扫码付了三次，钱没退回来',
  '他叫我先交保证金，我交了两千，对方就拉黑了',
  '我在借呗借了钱转给那个理赔专员',
  '我刚才按客服说的转了8000块到他给的账户，现在联系不上了',
];

describe('extract.user-paid: a report of a loss, not a request', () => {
  it.each(requests)('a request is no report: %s', (text) => {
    expect(reportsPaid(text)).toBe(false);
  });

  it.each(reports)('a report is one: %s', (text) => {
    expect(reportsPaid(text)).toBe(true);
  });

  // Both lead with 110 / 96110 (adviceOrder: a scam's advice opens with it); what differs is the rest. Since
  // grammar11's act.hand-on (4fc7190) the request fires extract.verification-code: it keeps the advice that
  // stops it, which a report of a loss drops (PAID_ADVICE in src/playbook/scam-kinds.ts).
  it('a report gets the already-paid advice without the advice that prevents; the request keeps it', () => {
    const report = analyze({ channel: 'chat', turns: [{ speaker: 'unknown', text: '刚刚把验证码发给对方了' }] });
    expect(report.advice[0]).toContain('110');
    expect(report.advice.join('\n')).not.toContain('不要照做');
    const request = analyze({ channel: 'chat', turns: [{ speaker: 'unknown', text: '请把验证码告诉客服，退款马上到账' }] });
    expect(request.verdict).not.toBe('safe');
    // The advice that prevents, in the headline kind's words: "不要照做" (verify yourself) or, since the refund said to need
    // the code reads as the fake agent's script (newcomer15 kind 7), the shopping app's "不要照对方说的做".
    expect(request.advice.join('\n')).toMatch(/不要照做|不要照对方说的做/);
    expect(request.advice.join('\n')).toContain('验证码');
  });
});
