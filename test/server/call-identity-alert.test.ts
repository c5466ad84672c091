/**
 * A claimed identity (and the caller id beside it) is a contact cue: a live call whose evidence is
 * only who the caller says they are stays at `watch` (no alert, no indicator kept); the first
 * request (a code, a screen share) is what raises the alert and keeps the number.
 */
import { describe, expect, it } from 'vitest';
import { call, start, type Running } from './helpers.ts';

/** What the centre sees (through its API, on either store): the alerts and the indicators kept. */
async function centreView(s: Running): Promise<{ alerts: number; indicators: { kind: string; value: string }[] }> {
  const alerts = await call(s.base, 'GET', '/v1/alerts', { key: s.keys.staff });
  const inds = await call(s.base, 'GET', '/v1/indicators', { key: s.keys.staff });
  expect(alerts.status).toBe(200);
  expect(inds.status).toBe(200);
  return { alerts: alerts.body.alerts.length, indicators: inds.body.indicators };
}

const GENUINE = [
  { claimed: '京东客服', number: '+86 171 2345 6789', text: '您好，我是京东客服，您之前反馈的冰箱异响问题，师傅明天上午上门检修，您看方便吗' },
  { claimed: '淘宝', number: '0571-88157858', text: '您好，我是淘宝客服，您昨天申请的退款已经处理好了，原路退回，1到3个工作日到账，您在APP里能看到' },
  { claimed: '拼多多客服', number: '+86 170 8888 1234', text: '您好，这边是拼多多售后，您买的空气炸锅换货已经寄出了，单号发您短信了' },
  { claimed: '顺丰', number: '+86 165 1111 2222', text: '您好，我是顺丰快递的，您的快递到了，家里有人吗？没人的话我给您放驿站' },
];

describe('a live call: identity alone is no alert, a request is', () => {
  it('a claimed platform and an unlisted caller id with a benign first sentence: level below warn, no alert row, no indicator', async () => {
    const s = await start();
    try {
      for (const g of GENUINE) {
        const sess = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call', lang: 'zh', claimedIdentity: g.claimed, callerNumber: g.number } });
        expect(sess.status).toBe(201);
        const r = await call(s.base, 'POST', `/v1/sessions/${sess.body.id}/turns`, { json: { speaker: 'caller', text: g.text, seq: 0 } });
        expect(r.status, g.text).toBe(200);
        expect(['none', 'watch'], g.text).toContain(r.body.state.level);
        expect(r.body.state.alertTurn, g.text).toBeNull();
        expect(r.body.alert?.id ?? null, g.text).toBeNull();
      }
      expect(await centreView(s)).toEqual({ alerts: 0, indicators: [] });
    } finally {
      await s.close();
    }
  });

  it('the same call reaches the alert at its first request, and only then keeps the caller\'s number', async () => {
    const s = await start();
    try {
      const sess = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call', lang: 'zh', claimedIdentity: '京东客服', callerNumber: '+86 171 2345 6789' } });
      const id = sess.body.id as string;
      const first = await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: { speaker: 'caller', text: GENUINE[0]!.text, seq: 0 } });
      expect(first.body.state.alertTurn).toBeNull();
      const ask = await call(s.base, 'POST', `/v1/sessions/${id}/turns`, { json: { speaker: 'caller', text: '上门之前需要核实身份，您把刚收到的短信验证码报给我一下', seq: 1 } });
      expect(['warn', 'block']).toContain(ask.body.state.level);
      expect(ask.body.state.alertTurn).toBe(1);
      expect(ask.body.alert.id).toEqual(expect.any(String));
      const seen = await centreView(s);
      expect(seen.alerts).toBe(1);
      expect(seen.indicators.some((k) => k.kind === 'phone' && k.value.endsWith('17123456789'))).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('a story with the identity (quality problem + compensation) still warns at its first sentence', async () => {
    const s = await start();
    try {
      const sess = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call', lang: 'zh', claimedIdentity: '京东客服', callerNumber: '+86 171 2345 6789' } });
      const r = await call(s.base, 'POST', `/v1/sessions/${sess.body.id}/turns`, { json: { speaker: 'caller', text: '您好，我是京东客服，您上周买的电饭煲有质量问题，要给您理赔退款', seq: 0 } });
      expect(['warn', 'block']).toContain(r.body.state.level);
      expect(r.body.state.alertTurn).toBe(0);
    } finally {
      await s.close();
    }
  });
});
