import { describe, expect, it } from 'vitest';
import { CHECK_SIGNALS, CHECK_SIGNAL_CATALOG, checkSignals } from '../../src/checks/signals.ts';
import type { Span, TurnSignalInput } from '../../src/signals/types.ts';

function spanOf(text: string, part: string): Span {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part };
}

function turn(over: Partial<TurnSignalInput> & { text: string }): TurnSignalInput {
  return { turn: 2, speaker: 'caller', urls: [], phones: [], qr: [], firedSoFar: new Set(), ...over };
}

describe('checkSignals', () => {
  it('a look-alike link in an SMS becomes shift.lookalike-link with its span and finding (case 3)', () => {
    const text = '【京东】您的订单退款已受理，请点击 jd-tuikuan.vip/r 填写退款信息';
    const hits = checkSignals(turn({ text, urls: [spanOf(text, 'jd-tuikuan.vip/r')] }));
    // The ask beside the look-alike (点击 … 填写) is the page's ask: extract.lookalike-ask (link11).
    expect(hits.map((h) => h.id)).toEqual(['shift.lookalike-link', 'extract.lookalike-ask']);
    const h = hits[0]!;
    expect(h).toMatchObject({ id: 'shift.lookalike-link', stage: 'shift', weight: CHECK_SIGNALS['shift.lookalike-link'].strongWeight });
    expect(h.detail).toMatch(/^jd-tuikuan\.vip: /);
    expect(h.evidence[0]).toEqual({ turn: 2, ...spanOf(text, 'jd-tuikuan.vip/r') });
  });

  it('official links give no hit', () => {
    const text = '商品链接 https://item.taobao.com/item.htm?id=1';
    expect(checkSignals(turn({ text, urls: [spanOf(text, 'https://item.taobao.com/item.htm?id=1')] }))).toEqual([]);
  });

  it('merely suspicious links weigh less than dangerous ones', () => {
    const text = '点 http://203.0.113.9/a 领取';
    const [h] = checkSignals(turn({ text, urls: [spanOf(text, 'http://203.0.113.9/a')] }));
    expect(h?.weight).toBe(CHECK_SIGNALS['shift.lookalike-link'].weight);
  });

  it('an APK link is shift.app-download-link', () => {
    const text = '下载退款软件 http://dl.example.com/tuikuan.apk';
    const ids = checkSignals(turn({ text, urls: [spanOf(text, 'http://dl.example.com/tuikuan.apk')] })).map((h) => h.id);
    expect(ids).toContain('shift.app-download-link');
  });

  it('a caller number that does not match the claimed platform → contact.spoofed-number, masked', () => {
    const hits = checkSignals(turn({ text: '您好，我是京东客服', callerNumber: '13812345678', claimedIdentity: '京东' }));
    expect(hits.map((h) => h.id)).toEqual(['contact.spoofed-number']);
    expect(hits[0]!.stage).toBe('contact');
    expect(hits[0]!.detail).toContain('138****5678');
    expect(hits[0]!.detail).not.toContain('13812345678');
  });

  it('the caller number is reported once per conversation', () => {
    const fired = new Set(['contact.spoofed-number']);
    expect(checkSignals(turn({ text: '喂', callerNumber: '13812345678', claimedIdentity: '京东', firedSoFar: fired }))).toEqual([]);
  });

  it('the official number of the claimed platform gives no hit', () => {
    expect(checkSignals(turn({ text: '您好，我是京东客服', callerNumber: '95118', claimedIdentity: '京东' }))).toEqual([]);
  });

  it('a prefixed 96110 in the caller\'s text is flagged; the user\'s own number is not', () => {
    const text = '有问题请回拨 +96110 核实';
    expect(checkSignals(turn({ text, phones: [spanOf(text, '+96110')] }))[0]?.id).toBe('contact.spoofed-number');
    const mine = '我的手机号是 17012345678';
    expect(checkSignals(turn({ text: mine, speaker: 'user', phones: [spanOf(mine, '17012345678')], claimedIdentity: '京东' }))).toEqual([]);
  });

  it('a payment QR is extraction; after a refund pretext it weighs more (case 1)', () => {
    const base = checkSignals(turn({ text: '扫这个码', qr: ['wxp://f2f0Xk3mQ9pLr7'] }));
    expect(base[0]).toMatchObject({ id: 'extract.qr-payment', stage: 'extraction', weight: CHECK_SIGNALS['extract.qr-payment'].weight });
    const after = checkSignals(turn({ text: '扫码刷流水提高信用', qr: ['https://qr.alipay.com/fkx1'], firedSoFar: new Set(['pretext.credit-too-low']) }));
    expect(after[0]!.weight).toBe(CHECK_SIGNALS['extract.qr-payment'].strongWeight);
    expect(after[0]!.weight).toBeGreaterThan(base[0]!.weight);
  });

  it('group-invite and link QR payloads', () => {
    expect(checkSignals(turn({ text: '', qr: ['https://qm.qq.com/cgi-bin/qm/qr?k=x'] }))[0]?.id).toBe('shift.group-invite');
    expect(checkSignals(turn({ text: '', qr: ['http://taobao.com.refund-service.top/'] }))[0]?.id).toBe('shift.lookalike-link');
    expect(checkSignals(turn({ text: '', qr: ['https://m.jd.com/'] }))).toEqual([]);
  });

  it('every signal has a description, stage, weights and advice in the one table', () => {
    expect(CHECK_SIGNAL_CATALOG.map((c) => c.id).sort()).toEqual(Object.keys(CHECK_SIGNALS).sort());
    for (const [id, def] of Object.entries(CHECK_SIGNALS)) {
      // Ids follow the design's kill-chain prefixes (the extraction stage is `extract.*`).
      expect(id.split('.')[0], id).toBe(def.stage === 'extraction' ? 'extract' : def.stage);
      expect(def.strongWeight).toBeGreaterThanOrEqual(def.weight);
      expect(def.advice.length).toBeGreaterThan(0);
    }
  });
});
