/**
 * The analyze/session input fields of issue 8 §1.1 and §1.6 over HTTP: `inputLang` picks the
 * playbook, `lang` the language of the answer, `initiator` who started the conversation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, start, type Running } from './helpers.ts';

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

const RECOVERY = [
  { speaker: 'user', text: '我账号登不上了，绑定的手机号也换了' },
  { speaker: 'caller', text: '麻烦您提供一下身份证号和之前绑定的银行卡后四位，我帮您申诉找回' },
  { speaker: 'caller', text: '现在给您新手机号发了验证码，麻烦提供一下' },
];

describe('inputLang, lang and initiator over HTTP', () => {
  it('analyze: a Chinese message with an English tail is read in Chinese; lang sets the answer\'s language', async () => {
    const text = '我是淘宝客服，给您退款，请提供验证码。Dear customer this is an important notice regarding your order and account please read carefully now';
    const zh = await call(s.base, 'POST', '/v1/analyze', { json: { channel: 'sms', text } });
    expect(zh.status).toBe(200);
    expect(zh.body.verdict).toBe('scam');
    expect(zh.body.lang).toBe('zh');
    const en = await call(s.base, 'POST', '/v1/analyze', { json: { channel: 'sms', text, lang: 'en' } });
    expect(en.body.verdict).toBe('scam');
    expect(en.body.advice[0]).toMatch(/^[^\u4e00-\u9fff]+$/);
    const bad = await call(s.base, 'POST', '/v1/analyze', { json: { channel: 'sms', text, inputLang: 'fr' } });
    expect(bad.status).toBe(400);
  });

  it('analyze: the issue\'s recovery chat is at most suspicious, and scam when the counterpart started it', async () => {
    const opened = await call(s.base, 'POST', '/v1/analyze', { json: { channel: 'chat', turns: RECOVERY } });
    expect(opened.body.verdict).not.toBe('scam');
    const cold = await call(s.base, 'POST', '/v1/analyze', { json: { channel: 'chat', turns: RECOVERY, initiator: 'counterpart' } });
    expect(cold.body.verdict).toBe('scam');
  });

  it('sessions: initiator and inputLang are accepted when opening and hold for every turn', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call', initiator: 'user', inputLang: 'auto', lang: 'zh' } });
    expect(opened.status).toBe(201);
    let last: any;
    for (const turn of RECOVERY) last = await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: turn });
    expect(last.status).toBe(200);
    expect(last.body.state.verdict).not.toBe('scam');
    const bad = await call(s.base, 'POST', '/v1/sessions', { json: { initiator: 'nobody' } });
    expect(bad.status).toBe(400);
  });
});
