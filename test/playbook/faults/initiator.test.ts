/**
 * Issue 8 §1.6: who started the conversation decides. An agent's request inside a chat the citizen
 * opened is at most `suspicious` unless it moves money or control off the platform; the refund-scam
 * composites need an unsolicited contact. Initiator comes from the input, else from the channel and
 * the first speaker.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createSession, restoreSession } from '../../../src/index.ts';
import { runCase, why, type FaultCase } from './helpers.ts';

const ISSUE_CHAT = {
  channel: 'chat' as const,
  turns: [
    { speaker: 'user' as const, text: '我账号登不上了，绑定的手机号也换了' },
    { speaker: 'caller' as const, text: '麻烦您提供一下身份证号和之前绑定的银行卡后四位，我帮您申诉找回' },
    { speaker: 'caller' as const, text: '现在给您新手机号发了验证码，麻烦提供一下' },
  ],
};

const chat = (...turns: [('user' | 'caller'), string][]) => ({ channel: 'chat' as const, turns: turns.map(([speaker, text]) => ({ speaker, text })) });

const CASES: FaultCase[] = [
  { name: 'issue: account recovery in a chat the user opened', input: ISSUE_CHAT, expect: 'at-most-suspicious' },
  { name: 'user asks about a late parcel, agent asks for the order number and phone', expect: 'safe',
    input: chat(['user', '我的订单一直没发货'], ['caller', '麻烦提供一下订单号和收货手机号，我帮您查一下']) },
  { name: 'user wants to change the bound phone, agent asks for ID digits and a code', expect: 'at-most-suspicious',
    input: chat(['user', '我想换绑手机号'], ['caller', '请提供身份证号后六位，再把新手机收到的验证码发我，我帮您核实身份']) },
  { name: 'user-opened refund chat, agent says the rest will be re-sent', expect: 'safe',
    input: chat(['user', '我买的杯子少了一个'], ['caller', '非常抱歉，剩余的退回来给您补发，您看可以吗']) },
  { name: 'user-opened chat, agent moves it to a private QQ group', expect: 'not-safe',
    input: chat(['user', '我的退款怎么还没到账'], ['caller', '您这个商品有质量问题要走理赔，加一下我们理赔中心的QQ群，群号发您了']) },
  { name: 'user-opened chat, agent asks for a screen share and the code', expect: 'scam',
    input: chat(['user', '退款一直没到账'], ['caller', '您开一下屏幕共享，我指导您操作，然后把收到的验证码告诉我']) },
  { name: 'user-opened chat, agent asks for a deposit transfer', expect: 'scam',
    input: chat(['user', '我的退款怎么还没到'], ['caller', '您的信用分不够，退款到不了账，需要先转500元保证金到我们的对公账户']) },
  { name: 'user-opened chat, agent asks for card number and password', expect: 'not-safe',
    input: chat(['user', '退款什么时候到'], ['caller', '请把银行卡号和密码发给我，我给您办理退款']) },
  { name: 'the same recovery requests from a caller who rang first are the scam', expect: 'scam',
    input: { channel: 'call', turns: [
      { speaker: 'caller', text: '您好，我是淘宝客服，您的账户交易异常要冻结，麻烦提供一下身份证号和银行卡后四位' },
      { speaker: 'caller', text: '现在给您手机发了验证码，麻烦提供一下' },
    ] } },
  { name: 'a call the citizen made to the platform (initiator user) asking for an ID and a code', expect: 'at-most-suspicious',
    input: { channel: 'call', initiator: 'user', turns: [
      { speaker: 'user', text: '你好，我的账号被盗了，想找回' },
      { speaker: 'caller', text: '请提供一下身份证号和之前绑定的银行卡后四位' },
      { speaker: 'caller', text: '我给您发了验证码，麻烦报一下' },
    ] } },
  { name: 'a chat that starts with the user saying hello to a stranger who wrote first (initiator counterpart)', expect: 'scam',
    input: { channel: 'chat', initiator: 'counterpart', turns: [
      { speaker: 'user', text: '你好？' },
      { speaker: 'caller', text: '您好我是京东客服，您的商品有质量问题要给您理赔，请提供身份证号' },
      { speaker: 'caller', text: '系统给您发了验证码，麻烦念一下' },
    ] } },
  { name: 'an SMS is the counterpart\'s even when it reads like a reply', expect: 'scam',
    input: { channel: 'sms', text: '您好我是淘宝客服，您的商品有质量问题要给您理赔，请把收到的验证码告诉我' } },
];

describe('who started the conversation (issue 8 §1.6)', () => {
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });

  it('the issue\'s chat scores no refund-scam composite', () => {
    const r = analyze(ISSUE_CHAT);
    expect(r.composites, why(r)).toEqual([]);
  });

  it('infers the initiator from the channel and the first speaker, and keeps it in the snapshot', () => {
    const s = createSession({ channel: 'chat' });
    s.push({ speaker: 'user', text: '我账号登不上了' });
    expect(s.snapshot().initiator).toBe('user');
    const sms = createSession({ channel: 'sms' });
    sms.push({ speaker: 'user', text: '你好' });
    expect(sms.snapshot().initiator).toBe('counterpart');
    const restored = restoreSession(s.snapshot());
    const after = restored.push({ speaker: 'caller', text: '麻烦提供一下身份证号和验证码，我帮您找回' }).state;
    expect(after.verdict).not.toBe('scam');
  });

  it('an explicit initiator wins over the inference', () => {
    const r = analyze({ ...ISSUE_CHAT, initiator: 'counterpart' });
    expect(r.verdict, why(r)).toBe('scam');
  });
});

describe('bad options are clear errors', () => {
  it('an unknown initiator or input language from a library caller throws InputError', () => {
    expect(() => createSession({ initiator: 'stranger' as never })).toThrow(/initiator must be/);
    expect(() => createSession({ inputLang: 'fr' as never })).toThrow(/inputLang must be/);
  });
});
