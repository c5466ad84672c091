/**
 * ncsurface16 kind 1 (newcomer16 K1): a pasted message that opens with a bracket — a shop's tag
 * ('[淘宝]'), a chat export's placeholder ('[图片]', '[语音]'), a heading in braces ('{退款通知}') — was
 * refused as "malformed JSON" (exit 2; the API's text/plain answered 400). It is text: only input that
 * opens as JSON does ({" [{ [" [[ [] {}) and fails to parse is malformed JSON; valid JSON of the wrong
 * shape keeps its schema error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInput, InputError } from '../../src/index.ts';
import { runCli } from './run-cli.ts';
import { call, start, type Running } from '../server/helpers.ts';

const BRACKETED = [
  '[淘宝] 您好我是淘宝客服，您的订单需要退款，请把收到的验证码告诉我',
  '[图片] 亲，这是您的订单截图，退款需要您提供收到的验证码',
  '{退款通知}您好，我是京东客服，您的商品有质量问题，请下载会议软件共享屏幕办理退款',
  '[京东客服] 您的订单异常，请把银行卡号和验证码发给我办理理赔',
  '【淘宝】[系统消息] 您的订单需要退款，请把收到的验证码告诉我',
  '[语音] 您好这边是快递理赔中心，包裹丢了赔您三倍，加一下理赔专员微信',
  '{重要} 您的账户被冻结了，请把钱转到安全账户',
  '[1] 您好我是淘宝客服，请把收到的验证码告诉我',
  '[Amazon] This is Amazon support, we owe you a refund, read me the code we texted you.',
  '{Refund notice} Hi, this is Taobao customer service. Please tell me the verification code you received.',
];
const BRACKETED_SAFE = [
  '[图片]',
  '[京东] 您的订单已签收，感谢您的支持。',
  '{通知} 明天下午三点开会，请准时参加。',
  '[表情] 哈哈好的，晚上见',
  '[Link] Your parcel was delivered to the front door.',
];
const MEANT_AS_JSON = ['{"channel":', '{', '[', '{"text": "半截', '[{"speaker":"caller"', '  { "channel" : "sms", ', '["a",'];

describe('a message opening with a bracket is text (newcomer16 K1)', () => {
  it('parseInput reads it as one text, kept whole', () => {
    for (const t of [...BRACKETED, ...BRACKETED_SAFE]) expect(parseInput(t), t).toEqual({ channel: 'text', text: t });
  });

  it('input that opens as JSON and fails to parse is still malformed JSON; valid JSON of the wrong shape keeps its schema error', () => {
    for (const raw of MEANT_AS_JSON) expect(() => parseInput(raw), raw).toThrow(/^malformed JSON/);
    for (const raw of ['[1,2]', '{"channel":"sms","txt":"x"}', '["淘宝"]']) {
      expect(() => parseInput(raw), raw).toThrow(InputError);
      expect(() => parseInput(raw), raw).toThrow(/^invalid input/);
    }
  });

  it('fanzha check answers a bracketed scam as flagged (exit 1) and a bracketed notice as safe (exit 0)', async () => {
    for (const t of BRACKETED) {
      const r = await runCli(['check', '--json', t]);
      expect(r.err, t).toBe('');
      expect(r.code, t).toBe(1);
      expect(JSON.parse(r.out).verdict, t).not.toBe('safe');
    }
    for (const t of BRACKETED_SAFE) {
      const r = await runCli(['check', '--json', t]);
      expect(r.code, t).toBe(0);
      expect(JSON.parse(r.out).verdict, t).toBe('safe');
    }
  }, 60_000);

  it('fanzha check still refuses broken JSON with exit 2 and one line', async () => {
    for (const raw of MEANT_AS_JSON) {
      const r = await runCli(['check'], raw);
      expect(r.code, raw).toBe(2);
      expect(r.err, raw).toMatch(/malformed JSON/);
    }
  });
});

describe('POST /v1/analyze text/plain reads a bracketed message as text', () => {
  let s: Running;
  beforeAll(async () => { s = await start(); });
  afterAll(async () => { await s.close(); });

  it('200 with a verdict, not 400 malformed JSON', async () => {
    for (const t of BRACKETED.slice(0, 4)) {
      const r = await call(s.base, 'POST', '/v1/analyze', { body: t, type: 'text/plain; charset=utf-8' });
      expect(r.status, t).toBe(200);
      expect(r.body.verdict, t).not.toBe('safe');
    }
    const bad = await call(s.base, 'POST', '/v1/analyze', { body: '{"text": "半截', type: 'text/plain' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/malformed JSON/);
  });
});
