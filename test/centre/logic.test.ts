/** The centre's pure pieces: indicator extraction, the confirmed-indicator signal, the SLA. */
import { describe, expect, it } from 'vitest';
import { analyze, extractEntities, normalise } from '../../src/index.ts';
import { extractIndicators, maskIndicator, normaliseIndicator, platformOf } from '../../src/centre/indicators.ts';
import { slaState } from '../../src/centre/sla.ts';
import { applyFollowup, checkStatusPatch, Refusal } from '../../src/centre/followup.ts';

const kv = (text: string, speaker = 'caller') => extractIndicators(text, speaker).map((i) => `${i.kind}:${i.value}`).sort();

describe('indicator extraction', () => {
  it('finds the group, QQ, WeChat id, domain, app and payee account the caller gives', () => {
    expect(kv('加一下理赔中心QQ群：778899123，然后搜索微信号 tk_kefu888')).toEqual(['group:778899123', 'wechat:tk_kefu888']);
    expect(kv('加我扣扣 1234567 就行')).toEqual(['qq:1234567']);
    expect(kv('打开 https://jd.com.tuikuan-service.top/r 填写')).toEqual(['domain:jd.com.tuikuan-service.top']);
    expect(kv('下载“退款助手”，再打开腾讯会议')).toEqual(['app:腾讯会议', 'app:退款助手']);
    expect(kv('把钱转到安全账户 6222 0212 3456 7890 128')).toEqual(['account:6222021234567890128']);
    expect(kv('您的银行卡号是6222021234567890128吗')).toEqual([]); // read back to the victim: theirs
  });

  it('a QQ/WeChat id the matcher reads as a handle is the indicator staff see (one scanner for both)', () => {
    const handlesRead = (text: string): string[] => extractEntities(normalise(text).text).filter((e) => e.kind === 'handle').map((e) => e.value);
    const cases: [string, string][] = [
      ['退款请加我微信 tk_kefu888 处理', 'wechat:tk_kefu888'],
      ['订单异常，退款请加Q 3027718854', 'qq:3027718854'],
      ['亲亲，售后这边给您退全款，加下薇❤：shouhou-yy8', 'wechat:shouhou-yy8'],
      ['理赔→加Ｑ：１９２７３０４８８１ 备注“理赔”', 'qq:1927304881'],
      ['退款请加🐧 2873915046，备注订单号', 'qq:2873915046'],
      ['注销请加企业微信 jdjr-zx', 'wechat:jdjr-zx'],
      ['您的订单赔付款今晚到期，微信搜 tk2093kf 添加', 'wechat:tk2093kf'],
      ['微信 18823456789 加我领理赔', 'qq:18823456789'],
    ];
    for (const [text, indicator] of cases) {
      const value = indicator.split(':')[1]!;
      expect(handlesRead(text), text).toContain(value);
      expect(kv(text), text).toContain(indicator);
    }
    // What detection reads as no id is none for staff either: a word after the app's name, a
    // domain that begins with "wx", the citizen's own id.
    for (const text of ['用微信 pay 付款就行', '访问 wxpay-jiedong.com 完成验证', '请用微信支付']) {
      expect(handlesRead(text), text).toEqual([]);
      expect(kv(text).filter((i) => i.startsWith('qq:') || i.startsWith('wechat:')), text).toEqual([]);
    }
    expect(kv('我的微信是 myid_2024', 'user')).toEqual([]);
  });

  it('leaves the citizen\'s own numbers, official sites and police lines out', () => {
    expect(kv('我的卡号是6222020200112233445', 'user')).toEqual([]);
    expect(kv('核对一下您的手机13800001111对吗')).toEqual([]);
    expect(kv('请在淘宝APP里看，官网 https://www.taobao.com/ ，有疑问打96110')).toEqual([]);
  });

  it('normalises what officers type and masks for partners', () => {
    expect(normaliseIndicator('phone', '+86 170-1234-5678')).toBe('17012345678');
    expect(normaliseIndicator('domain', 'HTTP://Evil.Example.top/x?y')).toBe('evil.example.top');
    expect(normaliseIndicator('qq', '12ab')).toBeNull();
    expect(maskIndicator({ kind: 'phone', value: '17012345678' })).toBe('170****5678');
    expect(maskIndicator({ kind: 'account', value: '6222020200112233445' })).not.toContain('020200112');
  });

  it('names the platform claimed', () => {
    expect(platformOf(['您好，我是京东客服'])).toBe('京东');
    expect(platformOf(['您好，这里是快递公司'])).toBeNull();
    expect(platformOf(['您好，我是淘宝旗舰店的客服'])).toBe('淘宝/天猫');
    // A brand named as the channel the scammer moves to is not the one impersonated.
    expect(platformOf(['您加我微信，我拉您进理赔群，再用支付宝扫码'])).toBeNull();
  });
});

describe('confirmed indicators in detection', () => {
  const lookup = new Map([['phone:17099998888', 'C-20261120-001'], ['domain:tuikuan-service.top', 'C-20261120-002']]);
  it('a confirmed number or domain is a signal citing the case; without the lookup nothing changes', () => {
    const r = analyze({ channel: 'sms', text: '您的退款请点 http://jd.com.tuikuan-service.top/r 办理，客服电话17099998888' }, { indicators: lookup });
    const ids = r.tactics.map((t) => t.id);
    expect(ids).toContain('contact.confirmed-number');
    expect(ids).toContain('shift.confirmed-domain');
    expect(r.tactics.find((t) => t.id === 'shift.confirmed-domain')!.detail).toContain('C-20261120-002');
    const plain = analyze({ channel: 'sms', text: '您的退款请点 http://jd.com.tuikuan-service.top/r 办理，客服电话17099998888' });
    expect(plain.tactics.map((t) => t.id)).not.toContain('contact.confirmed-number');
  });
  it('the citizen saying the number is not the scammer calling', () => {
    const r = analyze({ channel: 'call', turns: [{ speaker: 'user', text: '刚才17099998888给我打电话了' }] }, { indicators: lookup });
    expect(r.tactics.map((t) => t.id)).not.toContain('contact.confirmed-number');
  });
});

describe('SLA', () => {
  const t = { block: 10, warn: 60 };
  const base = { level: 'block', createdAt: 0, firstContactAt: null, status: 'new', outcome: null };
  it('due at creation + target; met when contacted in time; overdue when open past due', () => {
    expect(slaState(base, t, 5 * 60_000)).toMatchObject({ dueAt: 600_000, met: null, overdue: false, minutesLeft: 5 });
    expect(slaState({ ...base, firstContactAt: 9 * 60_000 }, t, 3_600_000)).toMatchObject({ met: true, overdue: false });
    expect(slaState({ ...base, firstContactAt: 11 * 60_000 }, t, 3_600_000)).toMatchObject({ met: false });
    expect(slaState(base, t, 11 * 60_000)).toMatchObject({ met: false, overdue: true });
    expect(slaState({ ...base, level: 'warn' }, t, 11 * 60_000)).toMatchObject({ overdue: false, dueAt: 3_600_000 });
    expect(slaState({ ...base, status: 'closed', outcome: 'false-alarm' }, t, 3_600_000)).toMatchObject({ met: null, overdue: false });
  });
});

describe('statistics (pure)', () => {
  it('buckets by China day, counts open overdue alerts, and computes the SLA rate', async () => {
    const { computeStats, periodOf } = await import('../../src/centre/stats.ts');
    expect(periodOf(Date.parse('2026-11-18T16:30:00Z'), 'day')).toBe('2026-11-19'); // 00:30 in China
    expect(periodOf(Date.parse('2026-11-19T02:00:00Z'), 'week')).toBe('2026-11-16'); // that week's Monday
    const at = Date.parse('2026-11-19T02:00:00Z');
    const a = (o: Partial<Parameters<typeof computeStats>[0][number]>) => ({ createdAt: at, level: 'block', stage: 'shift', tactics: [], platform: null, channel: 'call', status: 'new', outcome: null, lostAmount: 0, firstContactAt: null, ...o });
    const s = computeStats([a({}), a({ firstContactAt: at + 60_000, status: 'closed', outcome: 'stopped' }), a({ level: 'warn' })], [], at - 86_400_000, at + 86_400_000, 'day', { block: 10, warn: 60 }, at + 30 * 60_000);
    expect(s.totals).toMatchObject({ alerts: 3, stopped: 1, slaMet: 1, slaMissed: 1, overdueOpen: 1, slaRate: 0.5 });
  });
});

describe('follow-up state machine (pure)', () => {
  const s = { id: 'a', status: 'closed' as const, assignee: 'k1', outcome: 'stopped' as const, contactAttempts: 1, reachedOnce: true, firstContactAt: 1 };
  it('refuses work on a closed alert and backward status moves, with reasons', () => {
    expect(() => applyFollowup(s, { id: 'k1', role: 'officer' }, { action: 'claim' }, 10)).toThrow(Refusal);
    expect(() => checkStatusPatch('closed', 'new')).toThrow(/reopen/);
    expect(() => checkStatusPatch('following-up', 'acknowledged')).toThrow(/forward/);
    expect(() => checkStatusPatch('new', 'closed')).not.toThrow();
  });
});
