/** The checkers wired into the real engine: findings appear in analyze()'s explanation. */
import { describe, expect, it } from 'vitest';
import { analyze, Engine } from '../../src/index.ts';
import { PLAYBOOKS } from '../../src/playbook/index.ts';
import { CHECK_SIGNALS, CHECK_SIGNAL_CATALOG, checkSignals } from '../../src/checks/signals.ts';

const engine = new Engine({ playbooks: PLAYBOOKS, signals: [checkSignals], signalCatalog: CHECK_SIGNAL_CATALOG });

describe('checkers inside analyze()', () => {
  it('case 3: the refund link in an SMS is explained with its finding and highlighted', () => {
    const text = '【京东】您购买的商品交易异常需要退款，请点击 http://jd-tuikuan.vip/r 填写信息办理退款';
    const r = analyze({ channel: 'sms', text }, { engine });
    const link = r.tactics.find((t) => t.id === 'shift.lookalike-link');
    expect(link, JSON.stringify(r.tactics.map((t) => t.id))).toBeDefined();
    expect(link!.detail).toContain('jd-tuikuan.vip');
    expect(text.slice(link!.evidence[0]!.start, link!.evidence[0]!.end)).toContain('jd-tuikuan.vip');
    expect(r.verdict).not.toBe('safe');
  });

  it('the same SMS with the official link has no link tactic', () => {
    const r = analyze({ channel: 'sms', text: '【京东】您的订单已发货，详情见 https://m.jd.com/order' }, { engine });
    expect(r.tactics.map((t) => t.id)).not.toContain('shift.lookalike-link');
  });

  it('case 1: a payment QR after a refund pretext weighs the strong weight; the caller number does not match 京东', () => {
    const r = analyze({
      channel: 'call', claimedIdentity: '京东', callerNumber: '17012345678',
      turns: [
        { speaker: 'caller', text: '您好，我是京东客服，您买的奶粉有质量问题，要给您退款。' },
        { speaker: 'caller', text: '您的信用积分不够，钱款被冻结了，需要刷流水提高信用积分。' },
        { speaker: 'caller', text: '您扫一下我发的二维码。', qr: ['https://qr.alipay.com/fkx19437abcdef'] },
      ],
    }, { engine });
    const ids = r.tactics.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['contact.spoofed-number', 'extract.qr-payment']));
    const qr = r.tactics.find((t) => t.id === 'extract.qr-payment')!;
    expect(ids.some((id) => id.startsWith('pretext.'))).toBe(true);
    expect(qr.weight).toBe(CHECK_SIGNALS['extract.qr-payment'].strongWeight);
    expect(r.verdict).toBe('scam');
    expect(r.tactics.find((t) => t.id === 'contact.spoofed-number')!.detail).not.toContain('17012345678');
  });
});
