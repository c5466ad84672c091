/**
 * /v1/analyze names the scam's kind for the headline (src/playbook/scam-kinds.ts): `kind: {id, name}` in the
 * answer's language, null when safe; the name is the table's, never the sender's words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, start, type Running } from './helpers.ts';

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

const analyze = (json: object) => call(s.base, 'POST', '/v1/analyze', { json });

describe('POST /v1/analyze: kind', () => {
  it('a loan advert is named a loan scam, not the refund scam', async () => {
    const r = await analyze({ channel: 'sms', text: '征信不好也能贷，黑户可贷，不看征信，当天下款，加微信详聊。' });
    expect(r.status).toBe(200);
    expect(r.body.verdict).not.toBe('safe');
    expect(r.body.kind).toEqual({ id: 'loan', name: '虚假贷款诈骗', shoppingApp: false });
  });
  it('the refund scam is named so; in English when English is asked for', async () => {
    const text = '您好，我是淘宝客服，您买的面霜有质量问题，给您双倍赔偿，请加理赔QQ群，把收到的验证码告诉我。';
    expect((await analyze({ channel: 'sms', text })).body.kind).toEqual({ id: 'refund', name: '冒充客服退款诈骗', shoppingApp: true });
    expect((await analyze({ channel: 'sms', text, lang: 'en' })).body.kind).toEqual({ id: 'refund', name: 'a fake customer-service refund scam', shoppingApp: true });
  });
  it('a real message has no kind', async () => {
    const r = await analyze({ channel: 'sms', text: '【淘宝】您的退款申请已通过，退款金额89.00元将在1-3个工作日原路退回至您的支付账户。' });
    expect(r.body.verdict).toBe('safe');
    expect(r.body.kind).toBeNull();
  });
  it('markup in the text does not reach the name', async () => {
    const r = await analyze({ channel: 'sms', text: '<img src=x onerror=alert(1)>黑户可贷，不看征信，当天下款，加微信详聊。' });
    expect(r.body.kind).toEqual({ id: 'loan', name: '虚假贷款诈骗', shoppingApp: false });
  });
});
