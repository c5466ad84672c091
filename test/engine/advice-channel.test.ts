/**
 * The advice fits the channel: a text message is not answered with "hang up", a call is; and the
 * headline of a safe verdict that still lists signs does not say "no sign of a scam" above them.
 */
import { describe, expect, it } from 'vitest';
import { analyze, violatesWarningRule } from '../../src/index.ts';
import { renderResult } from '../../src/cli/render.ts';
import { zhPlaybook } from '../../src/playbook/zh/index.ts';
import { enPlaybook } from '../../src/playbook/en/index.ts';

const ZH_SCAM = '淘宝客服：您的订单异常，退款请登录 https://tb-refund-center.top/login 输入验证码';
const EN_SCAM = 'Amazon support: your refund failed. Confirm your card number and CVV at amazon-refund-help.top to receive it.';

describe('advice by channel', () => {
  it.each(['sms', 'chat', 'text'] as const)('a %s scam is not told to hang up (zh)', (channel) => {
    const r = analyze({ channel, text: ZH_SCAM });
    expect(r.verdict).not.toBe('safe');
    expect(r.advice.join('\n')).not.toContain('挂断');
    expect(r.advice.join('\n')).toContain('官方APP');
  });

  it('the same words on a call are told to hang up (zh)', () => {
    const r = analyze({ channel: 'call', turns: [{ speaker: 'caller', text: ZH_SCAM }] });
    expect(r.advice.join('\n')).toContain('先挂断电话');
  });

  it('English: a message is not told to hang up, a call is', () => {
    const sms = analyze({ channel: 'sms', text: EN_SCAM });
    expect(sms.verdict).not.toBe('safe');
    expect(sms.advice.join('\n')).not.toMatch(/hang up/i);
    const call = analyze({ channel: 'call', turns: [{ speaker: 'caller', text: EN_SCAM }] });
    expect(call.advice.join('\n')).toMatch(/hang up/i);
  });

  it('every message wording keeps the warning rule (no link, no number but 110/96110)', () => {
    for (const book of [zhPlaybook, enPlaybook]) {
      const texts = Object.values(book.adviceForMessages ?? {});
      expect(texts.length).toBeGreaterThan(0);
      for (const t of texts) expect(violatesWarningRule(t!), t).toBeNull();
    }
  });
});

describe('headline of a safe verdict with signs', () => {
  it('says the signs are worth a look instead of "no sign of a scam"', () => {
    const r = analyze({ channel: 'sms', text: '亲，您的快递丢件了，理赔款需要您开通一下支付宝才能到账哦' });
    expect(r.tactics.some((t) => t.weight > 0)).toBe(true);
    const out = renderResult(r, [{ speaker: 'caller', text: '亲，您的快递丢件了，理赔款需要您开通一下支付宝才能到账哦' }], 'zh', false);
    // Whatever the verdict, the headline must not deny the evidence listed under it.
    expect(out.split('\n')[0]).not.toContain('未发现诈骗迹象');
    const plain = analyze({ channel: 'sms', text: '今天天气不错，晚上一起吃饭吧' });
    expect(plain.tactics.filter((t) => t.weight > 0)).toHaveLength(0);
    expect(renderResult(plain, [{ speaker: 'caller', text: '今天天气不错，晚上一起吃饭吧' }], 'zh', false).split('\n')[0]).toContain('未发现诈骗迹象');
  });
});

describe('the seller-own-promotion rule is playbook data', () => {
  it('holds only under a named frame with only its channels and words, and not without a rule', async () => {
    const { promotionReading } = await import('../../src/score/score.ts');
    const rule = { frames: { 'contact.frame': 1 }, channels: ['shift.link'], words: ['cover.urgency'], breakers: [], factor: 0.5, examples: { promotion: ['x'], notPromotion: ['y'] } };
    const f = (id: string, weight: number) => ({ id, weight });
    expect(promotionReading([f('contact.frame', 0), f('shift.link', 20)], rule)).not.toBeNull();
    expect(promotionReading([f('shift.link', 20)], rule)).toBeNull();
    expect(promotionReading([f('contact.frame', 0), f('shift.link', 20), f('extract.code', 40)], rule)).toBeNull();
    expect(promotionReading([f('contact.frame', 0), f('shift.link', 20)], undefined)).toBeNull();
    expect(Object.keys(zhPlaybook.promotion?.frames ?? {})).toContain('contact.official-sender');
    expect(zhPlaybook.tactics.find((t) => t.id === 'contact.official-sender')?.scoreOnly).toBe(true);
  });
});
