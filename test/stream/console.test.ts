/**
 * A stream worker's alert in the centre's console carries what an alert raised by `fanzha serve`
 * carries: the claimed platform, the caller's number masked on the session and in full as an
 * indicator, the counterpart's indicators from every turn (numbers, QQ group, look-alike domain,
 * payee account; never the citizen's own numbers), the same tactics and evidence, and the call's
 * earlier warn closed as the block's duplicate (one open alert per call). The same call
 * goes once through the HTTP API and once through ingest → worker into the same store, and the
 * console's answers (`GET /v1/queue/:id`, `GET /v1/indicators`) are compared.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_REDIS, startRedis, type TestRedis } from './redis.ts';
import { call, luhnCard, SCAM_CALL, start, type Running } from '../server/helpers.ts';
import { createKey } from '../../src/server/auth.ts';
import { ingest } from '../../src/stream/ingest.ts';
import { StreamWorker } from '../../src/stream/worker.ts';
import { alertId, streamKeys, type StreamEvent } from '../../src/stream/events.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { SqliteAlertSink } from '../../src/store/stream.ts';
import { createSession } from '../../src/index.ts';

const run = HAVE_REDIS ? describe : describe.skip;

const CALLER = '+86 170 2345 6789';
const ACCOUNT = luhnCard('622202123456789012');
const TURNS = [
  SCAM_CALL[0],
  SCAM_CALL[1],
  { speaker: 'caller', text: '您先加我们理赔中心QQ群 778899123，再打开 http://jd.com.tuikuan-service.top/refund 填写信息' },
  { speaker: 'user', text: '我的手机号是13800001111，卡号6222020200112233445' },
  SCAM_CALL[2],
  SCAM_CALL[3],
  { speaker: 'caller', text: `退款要先转到理赔专用账户 ${ACCOUNT}，我教您操作` },
] as const;

run('worker alerts in the console, as the service\'s', () => {
  let s: Running;
  let redis: TestRedis;
  let officer: string;
  beforeAll(async () => {
    s = await start();
    officer = (await createKey(s.app.store, 'officer', 'o1')).key;
    redis = await startRedis();
  }, 30_000);
  afterAll(async () => { await s?.close(); await redis?.stop(); });

  it('carries platform, claimed identity, indicators and evidence like an HTTP session\'s alert', async () => {
    // The call through the service.
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call', claimedIdentity: '京东客服', callerNumber: CALLER } });
    expect(opened.status).toBe(201);
    let served = '';
    const servedByLevel: Record<string, string> = {};
    for (const t of TURNS) {
      const r = await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: t });
      expect(r.status).toBe(200);
      if (r.body.alert?.id) { served = r.body.alert.id; servedByLevel[r.body.alert.level] = r.body.alert.id; }
    }
    expect(served).not.toBe('');

    // The same call through the stream, into the same store.
    const events: StreamEvent[] = TURNS.map((t, seq) => ({ session: 'call-console-1', seq, speaker: t.speaker, text: t.text, ...(seq === 0 ? { channel: 'call' as const, claimedIdentity: '京东客服', callerNumber: CALLER } : {}) }));
    const r = redis.client();
    // One event per batch, so that the indicators of early turns must survive between batches.
    await ingest(r, (async function* () { for (const e of events) yield JSON.stringify(e); })(), { prefix: 'cs', partitions: 1 });
    const db = openDb(s.dbPath);
    const w = new StreamWorker({ redis: redis.client(), prefix: 'cs', leaseMs: 2000, blockMs: 50, batch: 1, cacheSize: 0, sink: new SqliteAlertSink(db) });
    const done = w.start();
    const k = streamKeys('cs');
    const end = Date.now() + 20_000;
    while ((await r.xlen(k.events(0))) > 0 && Date.now() < end) await new Promise((res) => setTimeout(res, 25));
    await w.stop();
    await done;
    closeDb(db);

    const view = async (id: string) => {
      const res = await call(s.base, 'GET', `/v1/queue/${id}`, { key: officer });
      expect(res.status).toBe(200);
      return res.body;
    };
    const a = await view(served);
    const b = await view(alertId('call-console-1', a.level));
    const indicators = (x: { indicators: { kind: string; value: string }[] }) => x.indicators.map((i) => `${i.kind}:${i.value}`).sort();
    expect(indicators(a)).toEqual(expect.arrayContaining(['phone:17023456789', 'group:778899123', 'domain:jd.com.tuikuan-service.top', `account:${ACCOUNT}`]));
    expect(indicators(b)).toEqual(indicators(a));
    expect(JSON.stringify(b)).not.toContain('13800001111');
    expect(b.platform).toBe('京东');
    for (const f of ['platform', 'level', 'risk', 'verdict', 'turn', 'stage', 'tactics', 'callerNumber', 'claimedIdentity', 'channel', 'advice', 'evidence'] as const) {
      expect({ [f]: b[f] }).toEqual({ [f]: a[f] });
    }
    expect(b.callerNumber).not.toContain('23456789');
    // One open alert per call: the call's earlier warn is closed as the block's duplicate, either way.
    expect(Object.keys(servedByLevel).sort()).toEqual(['block', 'warn']);
    const servedWarn = await view(servedByLevel['warn']!);
    const streamedWarn = await view(alertId('call-console-1', 'warn'));
    expect(servedWarn).toMatchObject({ status: 'closed', outcome: 'duplicate' });
    expect({ status: streamedWarn.status, outcome: streamedWarn.outcome }).toEqual({ status: servedWarn.status, outcome: servedWarn.outcome });
    expect({ status: b.status }).toEqual({ status: a.status });
    // Both alerts are found by the scammer's number, whatever its spelling.
    const found = await call(s.base, 'GET', `/v1/queue?indicator=${encodeURIComponent('170-2345-6789')}`, { key: officer });
    expect(found.body.alerts.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining([served, b.id]));
    // Each indicator counts one sighting per alert: a redelivered batch adds none.
    const list = await call(s.base, 'GET', '/v1/indicators?kind=group&q=778899123', { key: officer });
    const warnAlerts = (await call(s.base, 'GET', `/v1/queue?indicator=778899123`, { key: officer })).body.alerts.length;
    expect(list.body.indicators[0].sightings).toBe(warnAlerts);
  }, 60_000);

  it('a fanzha worker process reads the numbers the centre confirmed, as the service does', async () => {
    // The centre confirms the scammer's number (as a case decision does).
    const db = openDb(s.dbPath);
    db.prepare("UPDATE indicators SET status = 'confirmed' WHERE kind = 'phone' AND value = '17023456789'").run();
    closeDb(db);
    const r = redis.client();
    const neutral = [{ speaker: 'caller', text: '您好，请问是王女士吗？' }, { speaker: 'user', text: '是我，什么事？' }] as const;
    const events = neutral.map((t, seq) => ({ session: 'call-confirmed-1', seq, ...t, ...(seq === 0 ? { channel: 'call', callerNumber: '170 2345 6789' } : {}) }));
    await ingest(r, (async function* () { for (const e of events) yield JSON.stringify(e); })(), { prefix: 'cf', partitions: 1 });
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--redis', redis.url, '--prefix', 'cf', '--db', s.dbPath, '--lease-ms', '1000'], { stdio: 'ignore' });
    const exited = new Promise((ok) => proc.once('exit', ok));
    try {
      const end = Date.now() + 30_000;
      while ((await r.xlen('cf:alerts')) === 0 && Date.now() < end) await new Promise((res) => setTimeout(res, 50));
    } finally {
      proc.kill('SIGTERM');
      await exited;
    }
    const alerts = (await r.xrange('cf:alerts', '-', '+')).map(([, f]) => JSON.parse(f[1]!) as { tactics: string[]; level: string });
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts[0]!.tactics).toContain('contact.confirmed-number');
    // As a session given the same lookup (what fanzha serve hands its sessions) flags it.
    const session = createSession({ channel: 'call', callerNumber: '170 2345 6789', indicators: new Map([['phone:17023456789', '—']]) });
    expect(session.push(neutral[0]).alert?.tactics).toEqual(alerts[0]!.tactics);
  }, 60_000);
});
