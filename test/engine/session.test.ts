import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.ts';
import { Session, InputError } from '../../src/session/session.ts';
import { analyze, restoreSession } from '../../src/index.ts';
import type { SignalProvider } from '../../src/signals/types.ts';
import { miniPlaybook } from '../fixtures/mini-playbook.ts';

const engine = new Engine({ playbooks: { zh: miniPlaybook, en: miniPlaybook } });
const session = () => new Session(engine, { channel: 'call' });

describe('session: the stage path over the turns', () => {
  it('follows contact → pretext → shift → extraction, with the level only rising', () => {
    const s = session();
    const levels: string[] = [];
    const stages: (string | null)[] = [];
    for (const text of ['您好，我是淘宝客服', '您买的奶粉有质量问题，给您退款', '请加一下我的微信', '好的那边聊', '把收到的验证码念一下']) {
      const { state } = s.push({ speaker: 'caller', text });
      levels.push(state.level);
      stages.push(state.stage);
    }
    expect(stages).toEqual(['contact', 'pretext', 'shift', 'shift', 'extraction']);
    expect(levels).toEqual(['none', 'watch', 'warn', 'warn', 'block']);
    expect(s.state().alertTurn).toBe(2);
    expect(s.state().verdict).toBe('scam');
  });

  it('returns an alert only on the turn that raised the level', () => {
    const s = session();
    expect(s.push({ speaker: 'caller', text: '我是客服' }).alert).toBeNull();
    const raised = s.push({ speaker: 'caller', text: '退款需要加微信' });
    expect(raised.alert?.level).toBe('warn');
    expect(raised.alert?.turn).toBe(1);
    expect(s.push({ speaker: 'caller', text: '好的' }).alert).toBeNull();
  });

  it('does not take the user mentioning a code as the caller asking for one', () => {
    const s = session();
    s.push({ speaker: 'caller', text: '您好，我是客服' });
    const { state } = s.push({ speaker: 'user', text: '验证码告诉我干嘛？' });
    expect(state.tactics.map((t) => t.id)).not.toContain('extract.verification-code');
    // The same words from the caller count.
    const { state: later } = s.push({ speaker: 'caller', text: '验证码告诉我就行' });
    expect(later.tactics.map((t) => t.id)).toContain('extract.verification-code');
  });

  it('lets a later turn raise earlier evidence: a pretext in turn 0 plus extraction in turn 5 is a scam by composite', () => {
    const s = session();
    s.push({ speaker: 'caller', text: '您的快递丢了，给您理赔' });
    for (let i = 0; i < 4; i++) s.push({ speaker: 'user', text: '嗯嗯' });
    const { state } = s.push({ speaker: 'caller', text: '把验证码报一下' });
    expect(state.risk).toBeGreaterThanOrEqual(85);
    expect(state.composites.map((c) => c.id)).toEqual(['pretext-plus-extraction']);
  });

  it('gives evidence spans in the ORIGINAL text of the right turn', () => {
    const s = session();
    s.push({ speaker: 'caller', text: '你好' });
    const text = '請把驗 證 碼念一下給我';
    const { state } = s.push({ speaker: 'caller', text });
    const ev = state.tactics.find((t) => t.id === 'extract.verification-code')!.evidence[0]!;
    expect(ev.turn).toBe(1);
    expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(ev.text.startsWith('驗 證 碼')).toBe(true);
  });

  it('suppresses a cue in a warning sentence but not in the next sentence', () => {
    const s = session();
    expect(s.push({ speaker: 'unknown', text: '验证码不要告诉任何人，告诉我也不行。' }).state.tactics).toEqual([]);
    expect(s.push({ speaker: 'unknown', text: '切勿泄露。现在把验证码告诉我' }).state.tactics.map((t) => t.id)).toEqual(['extract.verification-code']);
  });

  it('ignores a whole turn that is an anti-fraud bulletin', () => {
    const s = session();
    const { state } = s.push({ speaker: 'unknown', text: '警方提醒：自称客服说质量问题要退款、让您加微信、把验证码告诉我的，均为诈骗！' });
    expect(state.verdict).toBe('safe');
    expect(state.tactics).toEqual([]);
  });

  it('restores from a snapshot and goes on as if never stopped', () => {
    const s = session();
    s.push({ speaker: 'caller', text: '我是客服，给您退款' });
    s.push({ speaker: 'caller', text: '加我薇信' });
    const snap = JSON.parse(JSON.stringify(s.snapshot()));
    const r = restoreSession(snap, engine);
    expect(r.state()).toEqual(s.state());
    const next = r.push({ speaker: 'caller', text: '验证码报一下' });
    expect(next.state.turns).toBe(3);
    expect(next.state.verdict).toBe('scam');
  });

  it('rejects a malformed turn with a clear error', () => {
    expect(() => session().push({ speaker: 'robot', text: 'x' } as never)).toThrow(InputError);
    expect(() => session().push({ speaker: 'caller', text: 'x'.repeat(30_000) })).toThrow(/invalid turn/);
  });

  it('takes signal providers: a signal hit counts like a tactic and its detail is shown', () => {
    const qrSignal: SignalProvider = (input) => input.qr.map((payload) => ({
      id: 'extract.qr-payment', stage: 'extraction', weight: 40, description: { zh: '付款二维码', en: 'payment QR' },
      detail: payload, evidence: [{ turn: input.turn, start: 0, end: 0, text: '' }],
    }));
    const e = new Engine({ playbooks: { zh: miniPlaybook, en: miniPlaybook }, signals: [qrSignal], signalCatalog: [{ id: 'extract.qr-payment', advice: ['no-transfer'] }] });
    const s = new Session(e, {});
    s.push({ speaker: 'caller', text: '给您退款' });
    const { state } = s.push({ speaker: 'caller', text: '扫这个码', qr: ['wxp://f2f0abc'] });
    const hit = state.tactics.find((t) => t.id === 'extract.qr-payment')!;
    expect(hit.detail).toBe('wxp://f2f0abc');
    expect(state.verdict).toBe('scam');
  });
});

describe('analyze', () => {
  it('analyses a one-text input and a conversation the same way as a session', () => {
    const one = analyze({ channel: 'sms', text: '我是客服，您的商品有质量问题，退款请加微信' }, { engine });
    expect(one.verdict).toBe('suspicious');
    expect(one.alertTurn).toBe(0);
    const conv = analyze({ channel: 'call', turns: [{ speaker: 'caller', text: '我是客服' }, { speaker: 'user', text: '嗯' }, { speaker: 'caller', text: '卡号6222021234567890128对吗，有质量问题退款' }] }, { engine });
    expect(conv.verdict).toBe('scam');
    expect(conv.tactics.find((t) => t.id === 'extract.card')!.evidence[0]!.turn).toBe(2);
    expect(conv.advice[0]).toContain('110');
  });

  it('gives no advice and risk 0 for an ordinary message', () => {
    const r = analyze('晚上回家吃饭吗', { engine });
    expect(r).toMatchObject({ verdict: 'safe', risk: 0, stage: null, level: 'none', tactics: [], advice: [], alertTurn: null });
  });

  it('rejects bad input shapes with a clear error', () => {
    expect(() => analyze({ channel: 'call', turns: [] } as never, { engine })).toThrow(/invalid input/);
    expect(() => analyze({ text: 5 } as never, { engine })).toThrow(/invalid input/);
  });
});

describe('push results', () => {
  it('keep the state of their own turn even when read after later turns', () => {
    const s = new Session(engine, {});
    const first = s.push({ speaker: 'caller', text: '我是客服' });
    s.push({ speaker: 'caller', text: '给您退款，把验证码告诉我' });
    expect(first.state.turns).toBe(1);
    expect(first.state.verdict).toBe('safe');
    expect(JSON.parse(JSON.stringify(first)).state.risk).toBe(10);
    expect(s.state().verdict).toBe('scam');
  });
});

describe('requests said in the negative', () => {
  const fires = (text: string) => new Session(engine, {}).push({ speaker: 'caller', text }).state.tactics.map((t) => t.id).includes('extract.verification-code');

  it('do not count when negator + verb governs the request in the same clause', () => {
    expect(fires('我们不需要您提供验证码，告诉我您的订单号就行')).toBe(false);
    expect(fires('不用告诉我验证码')).toBe(false);
  });

  it('still count in the next clause, after a contrast word, or after a bare negator', () => {
    expect(fires('不需要您转账，把验证码告诉我就行')).toBe(true);
    expect(fires('不需要您转账只需要把验证码告诉我')).toBe(true);
    expect(fires('不用担心把验证码告诉我')).toBe(true);
  });
});

describe('evasion variants', () => {
  it('match as the canonical word, with the evidence showing the variant as written', () => {
    const { state } = new Session(engine, {}).push({ speaker: 'caller', text: '退款请加我薇信' });
    const ev = state.tactics.find((t) => t.id === 'shift.group')?.evidence[0];
    expect(ev?.text).toBe('加我薇信');
    expect(new Session(engine, {}).push({ speaker: 'caller', text: '退款请加企鹅号' }).state.tactics.map((t) => t.id)).toContain('shift.group');
  });
});
