/**
 * The centre's reports over HTTP: statistics with the right counts (and CSV), the review queue
 * (citizen feedback, 误报, officer-reported misses → accept → data file), and bulletins (drafted in
 * the seed's shape, the no-link/no-number rule, publish, the public pages).
 */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../../src/server/auth.ts';
import { bulletinViolations } from '../../src/centre/bulletin.ts';
import { call, SCAM_CALL, start, type Running } from './helpers.ts';

let s: Running;
let clock = Date.parse('2026-11-18T02:00:00Z'); // 10:00 in China
const reviewedDir = mkdtempSync(join(tmpdir(), 'fanzha-reviewed-'));
let officer = '';
let supervisor = '';

beforeAll(async () => {
  s = await start({ now: () => clock, reviewedDir });
  officer = (await createKey(s.app.store, 'officer', 'o')).key;
  supervisor = (await createKey(s.app.store, 'supervisor', 's')).key;
});
afterAll(async () => { await s.close(); });

async function scamSession(): Promise<{ sessionId: string; token: string; alertIds: string[] }> {
  const opened = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call', claimedIdentity: '淘宝客服', callerNumber: '17011112222' } });
  const alertIds: string[] = [];
  for (const turn of SCAM_CALL) {
    const r = await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: turn });
    if (r.body.alert?.id) alertIds.push(r.body.alert.id);
  }
  return { sessionId: opened.body.id, token: opened.body.token, alertIds };
}

const act = (id: string, body: unknown) => call(s.base, 'POST', `/v1/alerts/${id}/followups`, { key: officer, json: body });

describe('statistics', () => {
  it('counts alerts by day, level and outcome, losses, and the SLA met', async () => {
    // Day 1 (Nov 18 CST): one call → warn + block alerts; the block is stopped in time.
    const d1 = await scamSession();
    expect(d1.alertIds).toHaveLength(2);
    const block1 = d1.alertIds[1]!;
    await act(block1, { action: 'claim' });
    clock += 5 * 60_000;
    await act(block1, { action: 'contact', means: 'phone', result: 'reached' });
    await act(block1, { action: 'outcome', outcome: 'stopped' });
    // Day 2: another call; its block alert is contacted late and the person lost 16000 yuan.
    clock += 86_400_000;
    const d2 = await scamSession();
    const block2 = d2.alertIds[1]!;
    clock += 30 * 60_000;
    await act(block2, { action: 'claim' });
    await act(block2, { action: 'contact', means: 'phone', result: 'reached' });
    await act(block2, { action: 'outcome', outcome: 'lost', amount: 16000, paidHow: 'qr-scan', paidAt: clock - 60_000 });

    const from = Date.parse('2026-11-17T16:00:00Z'); // Nov 18 00:00 CST
    const to = from + 3 * 86_400_000;
    const st = await call(s.base, 'GET', `/v1/stats?from=${from}&to=${to}&bucket=day`, { key: supervisor });
    expect(st.status).toBe(200);
    expect(st.body.series.map((p: { period: string }) => p.period)).toEqual(['2026-11-18', '2026-11-19', '2026-11-20']);
    expect(st.body.series.map((p: { alerts: number }) => p.alerts)).toEqual([2, 2, 0]);
    expect(st.body.series[0]).toMatchObject({ warn: 1, block: 1, stopped: 1, lost: 0 });
    expect(st.body.series[1]).toMatchObject({ lost: 1, lostAmount: 16000 });
    expect(st.body.totals).toMatchObject({ alerts: 4, stopped: 1, lost: 1, lostAmount: 16000, slaMet: 1, overdueOpen: 0 });
    expect(st.body.totals.slaMissed).toBeGreaterThanOrEqual(1);
    expect(st.body.tables.level).toEqual([{ key: 'block', count: 2 }, { key: 'warn', count: 2 }]);
    expect(st.body.tables.platform[0]).toEqual({ key: '淘宝/天猫', count: 4 });
    expect(st.body.tables.channel).toEqual([{ key: 'call', count: 4 }]);
    const week = await call(s.base, 'GET', `/v1/stats?from=${from}&to=${to}&bucket=week`, { key: supervisor });
    expect(week.body.series).toEqual([expect.objectContaining({ period: '2026-11-16', alerts: 4 })]);
    const csv = await call(s.base, 'GET', `/v1/stats.csv?from=${from}&to=${to}&table=outcome`, { key: supervisor });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text).toContain('stopped,1');
    expect(csv.text).toContain('lost,1');
    expect((await call(s.base, 'GET', '/v1/stats', { key: officer })).status).toBe(403);
    expect((await call(s.base, 'GET', `/v1/stats?from=${to}&to=${from}`, { key: supervisor })).status).toBe(400);
  });
});

describe('review queue', () => {
  it('citizen feedback, 误报 and officer-reported misses become candidates; accepted ones are written to the examples file', async () => {
    const { sessionId, token } = await scamSession();
    const fb = await fetch(`${s.base}/v1/sessions/${sessionId}/feedback`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-session-token': token }, body: JSON.stringify({ kind: 'not-scam', note: '是真的客服' }),
    });
    expect(fb.status).toBeLessThan(300);
    const missed = await call(s.base, 'POST', '/v1/reviews', { key: officer, json: { text: '您好，这边是平台售后，您的保证金需要先交二百元才能退，我发您收款码', note: '群众报案，系统未预警' } });
    expect(missed.status).toBe(201);
    expect(missed.body).toMatchObject({ source: 'missed-scam', expect: 'scam', status: 'pending' });
    const list = await call(s.base, 'GET', '/v1/reviews?status=pending', { key: officer });
    const fromCitizen = list.body.reviews.find((r: { sessionId: string; source: string }) => r.sessionId === sessionId && r.source === 'citizen-feedback');
    expect(fromCitizen).toMatchObject({ expect: 'safe' });
    expect(fromCitizen.text).toContain('京东客服');
    // Officers report; only supervisors decide.
    expect((await call(s.base, 'POST', `/v1/reviews/${missed.body.id}/decision`, { key: officer, json: { decision: 'accept' } })).status).toBe(403);
    const accepted = await call(s.base, 'POST', `/v1/reviews/${missed.body.id}/decision`, { key: supervisor, json: { decision: 'accept' } });
    expect(accepted.body.status).toBe('accepted');
    expect((await call(s.base, 'POST', `/v1/reviews/${missed.body.id}/decision`, { key: supervisor, json: { decision: 'reject' } })).status).toBe(409);
    const rejected = await call(s.base, 'POST', `/v1/reviews/${fromCitizen.id}/decision`, { key: supervisor, json: { decision: 'reject' } });
    expect(rejected.body.status).toBe('rejected');
    const file = join(reviewedDir, 'zh.jsonl');
    expect(existsSync(file)).toBe(true);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([expect.objectContaining({ id: `review-${missed.body.id}`, expect: 'scam', source: 'missed-scam' })]);
    expect(lines[0].text).toContain('保证金');
  });
});

describe('bulletins', () => {
  it('the rule: no link, no number but 110/96110; amounts and counts are fine', () => {
    expect(bulletinViolations('已被骗请拨打110或96110。共损失人民币16000元，20余万元，预警12条。')).toEqual([]);
    expect(bulletinViolations('客服电话 400-860-8608')).not.toEqual([]);
    expect(bulletinViolations('对方号码170****5678')).not.toEqual([]);
    expect(bulletinViolations('请访问 jd-tuikuan.vip 办理')).not.toEqual([]);
    expect(bulletinViolations('打开 https://example.org')).not.toEqual([]);
    expect(bulletinViolations('拨打95188核实')).not.toEqual([]);
    expect(bulletinViolations('２０２６年１１月')).toEqual([]);
  });

  it('a supervisor drafts from the period\'s cases in the seed\'s shape, edits, is refused a link, publishes; the public page shows it', async () => {
    const { alertIds } = await scamSession();
    const alertId = alertIds[1]!;
    await act(alertId, { action: 'claim' });
    await act(alertId, { action: 'contact', means: 'phone', result: 'reached' });
    await act(alertId, { action: 'outcome', outcome: 'lost', amount: 25063, paidHow: 'card-details', paidAt: clock - 60_000 });
    const c = await call(s.base, 'POST', '/v1/cases', { key: officer, json: { alertId, narrative: '事主李先生，手机13912345678' } });
    expect(c.status).toBe(201);
    const from = clock - 7 * 86_400_000;
    const to = clock + 60_000;
    expect((await call(s.base, 'POST', '/v1/bulletins', { key: officer, json: { from, to } })).status).toBe(403);
    const d = await call(s.base, 'POST', '/v1/bulletins', { key: supervisor, json: { from, to } });
    expect(d.status).toBe(201);
    const md = d.body.markdown as string;
    expect(md).toContain('会出现哪几种情况');
    expect(md).toContain('谎称市民购买的物品出现问题');
    expect(md).toContain('**案例1**');
    expect(md).toContain('25063元');
    expect(md).toContain('**警方提醒**');
    expect(md).not.toContain('李先生'); // the case story is written from the record, not the narrative
    expect(d.body.violations).toEqual([]);
    expect(d.body.blocks[0]).toMatchObject({ type: 'h1' });
    expect(d.body.html).toContain('<strong>警方提醒</strong>');

    const bad = await call(s.base, 'PATCH', `/v1/bulletins/${d.body.id}`, { key: supervisor, json: { markdown: md + '\n详情见 http://jd-refund.top 或致电 17012345678\n' } });
    expect(bad.body.violations.length).toBeGreaterThan(0);
    const refused = await call(s.base, 'POST', `/v1/bulletins/${d.body.id}/publish`, { key: supervisor });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('bulletin_rule');
    expect((await call(s.base, 'GET', '/bulletins')).text).not.toContain(d.body.slug);

    const xss = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await call(s.base, 'PATCH', `/v1/bulletins/${d.body.id}`, { key: supervisor, json: { title: '“客服”退款电话的套路', markdown: md + `\n${xss}\n` } });
    const pub = await call(s.base, 'POST', `/v1/bulletins/${d.body.id}/publish`, { key: supervisor });
    expect(pub.status).toBe(200);
    expect(pub.body.url).toBe(`/bulletins/${d.body.slug}`);
    expect((await call(s.base, 'PATCH', `/v1/bulletins/${d.body.id}`, { key: supervisor, json: { title: 'x' } })).status).toBe(409);
    const list = await call(s.base, 'GET', '/bulletins');
    expect(list.headers.get('content-type')).toContain('text/html');
    expect(list.text).toContain(`/bulletins/${d.body.slug}`);
    const page = await call(s.base, 'GET', pub.body.url);
    expect(page.status).toBe(200);
    expect(page.text).toContain('警方提醒');
    expect(page.text).not.toContain('<script>');
    expect(page.text).not.toContain('<img');
    expect(page.text).toContain('&lt;script&gt;');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await call(s.base, 'GET', '/bulletins/no-such-slug')).status).toBe(404);
  });
});
