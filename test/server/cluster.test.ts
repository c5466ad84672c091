/**
 * Several `fanzha serve` processes behave as one service (issue 11 §3, SCALING.md "Several serve
 * processes"): two REAL serve processes (`tsx src/cli/main.ts serve --port 0 --redis …`) sharing
 * nothing but the store and one real redis-server. A session opened on one answers on the other,
 * turns sent alternately give a single process's verdicts and alerts, live events reach a client
 * on either process (also after a reconnect to the other one), a seq sent to both at once counts
 * once, and a stream worker's alert reaches the consoles of both, once each. Run on both stores:
 * one SQLite file (one machine) and a throwaway PostgreSQL cluster (`serve --pg`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_REDIS, startRedis, type TestRedis } from '../stream/redis.ts';
import { call, readEvents, SCAM_CALL } from './helpers.ts';
import { randomBytes } from 'node:crypto';
import { HAVE_PG, startPostgres, type TestPostgres } from '../stream/postgres.ts';
import { parseServeArgs } from '../../src/server/config.ts';
import { createSession } from '../../src/index.ts';
import { ingest } from '../../src/stream/ingest.ts';
import { demoEvents, singleProcessAlerts } from '../../src/stream/demo.ts';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.ts';

/** `serve --pg` is there (the PostgreSQL store). */
const SERVE_PG = (() => {
  try { return (parseServeArgs(['--pg', 'postgres://u@127.0.0.1:5432/d'], {}) as { pgUrl?: string }).pgUrl !== undefined; } catch { return false; }
})();

/** A longer call than SCAM_CALL: a genuine-sounding start, then the scam's path to block. */
const CALL: { speaker: 'caller' | 'user'; text: string }[] = [
  { speaker: 'caller', text: '您好，我是淘宝旗舰店的客服，您上个月在我们店买的奶粉，订单尾号3721，对吧？' },
  { speaker: 'user', text: '对，怎么了？' },
  ...SCAM_CALL.map((t) => ({ speaker: t.speaker, text: t.text })),
  { speaker: 'caller', text: '系统虚拟的支出不会真正扣钱，钱款后期会自动返还，不要告诉家人' },
  { speaker: 'user', text: '好吧' },
];

function withoutAdminKey(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['FANZHA_ADMIN_KEY'];
  return env;
}

interface Proc { p: ChildProcess; base: string; log: string[] }

describe('fanzha serve --redis without a Redis', () => {
  it('says so in one line and exits 3 instead of serving half a cluster', async () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'fanzha-cluster-'));
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d) => { err += d; });
    stdout.resume();
    // Redis is checked first: the store's directory and file are not made (nothing was changed).
    const db = join(dir2, 'not-yet', 'f.db');
    const code = await main(['serve', '--port', '0', '--db', db, '--redis', 'redis://:s3cret@127.0.0.1:1', '--log-level', 'silent'],
      { stdout, stderr, stdin: new PassThrough(), env: {} });
    const made = existsSync(join(dir2, 'not-yet'));
    rmSync(dir2, { recursive: true, force: true });
    expect(code).toBe(3);
    expect(err).toBe('fanzha: cannot reach Redis at redis://:***@127.0.0.1:1 within 10 s; nothing was changed\n');
    expect(made).toBe(false);
  }, 40_000);
});

const ENGINES = [
  { engine: 'SQLite file', run: HAVE_REDIS },
  { engine: 'PostgreSQL', run: HAVE_REDIS && HAVE_PG && SERVE_PG },
] as const;

for (const { engine, run } of ENGINES) (run ? describe : describe.skip)(`several fanzha serve processes against one store (${engine}) and one Redis`, () => {
  let redis: TestRedis;
  let pg: TestPostgres | null = null;
  let dir: string;
  /** The store's flags, the same for every process: `--db FILE` or `--pg URL`. */
  let storeArgs: string[];
  const adminKey = `cluster-admin-${randomBytes(16).toString('hex')}`;
  // Every process of one service on a shared store is given the same recipient key.
  const recipientKey = randomBytes(32).toString('base64url');
  let a: Proc;
  let b: Proc;
  let staff: string;
  let partner: string;
  let officer: string;
  const procs: ChildProcess[] = [];

  async function serve(name: string): Promise<Proc> {
    const p = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', ...storeArgs, '--redis', redis.url,
      '--rate-per-minute', 'off', '--log-level', 'info'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...withoutAdminKey(), FANZHA_ADMIN_KEY: adminKey, FANZHA_RECIPIENT_KEY: recipientKey } });
    procs.push(p);
    const log: string[] = [];
    const base = await new Promise<string>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`${name} did not start: ${log.join('\n')}`)), 60_000);
      p.stdout!.on('data', (d: Buffer) => {
        const text = d.toString();
        log.push(text);
        const m = /Server listening at (http:\/\/127\.0\.0\.1:[0-9]+)/.exec(text);
        if (m) { clearTimeout(timer); ok(m[1]!); }
      });
      p.stderr!.on('data', (d: Buffer) => log.push(d.toString()));
      p.once('exit', (code) => { clearTimeout(timer); fail(new Error(`${name} exited ${code}: ${log.join('\n')}`)); });
    });
    return { p, base, log };
  }

  beforeAll(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), 'fanzha-cluster-'));
    if (engine === 'PostgreSQL') {
      pg = await startPostgres();
      storeArgs = ['--pg', pg.url];
    } else {
      storeArgs = ['--db', join(dir, 'fanzha.db')];
    }
    // A first, so that the schema is made once; then B.
    a = await serve('A');
    b = await serve('B');
    const key = async (role: string) => {
      const r = await call(a.base, 'POST', '/v1/keys', { key: adminKey, json: { role, label: 'cluster test' } });
      expect(r.status, r.text).toBe(201);
      return r.body.key as string;
    };
    staff = await key('staff');
    partner = await key('partner');
    officer = await key('officer');
  }, 180_000);

  afterAll(async () => {
    for (const p of procs) {
      if (p.exitCode !== null || p.signalCode !== null) continue;
      p.kill('SIGTERM');
      await new Promise((r) => { const t = setTimeout(() => { p.kill('SIGKILL'); r(null); }, 5000); p.once('exit', () => { clearTimeout(t); r(null); }); });
    }
    await redis?.stop();
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('a session opened on A takes turns alternately on A and B and gives a single process\'s verdicts and alerts; B streams the alert of a turn sent to A', async () => {
    const opened = await call(a.base, 'POST', '/v1/sessions', { json: { channel: 'call' } });
    expect(opened.status).toBe(201);
    const id: string = opened.body.id;
    const token: string = opened.body.token;

    // The citizen's live stream is open on B; the turns go to A and B in turn.
    const stream = await fetch(`${b.base}/v1/sessions/${id}/events?token=${token}`);
    expect(stream.status).toBe(200);
    const reading = readEvents(stream, (ev) => ev.filter((e) => e.event === 'turn').length === CALL.length, 30_000);
    await new Promise((r) => setTimeout(r, 200));

    const single = createSession({ channel: 'call' });
    const answers = [];
    for (const [i, turn] of CALL.entries()) {
      const res = await call(i % 2 === 0 ? a.base : b.base, 'POST', `/v1/sessions/${id}/turns`, { json: turn, token });
      expect(res.status, res.text).toBe(200);
      const expected = single.push(turn);
      expect(res.body.turn).toBe(i);
      expect({ level: res.body.state.level, risk: res.body.state.risk, verdict: res.body.state.verdict, stage: res.body.state.stage })
        .toEqual({ level: expected.state.level, risk: expected.state.risk, verdict: expected.state.verdict, stage: expected.state.stage });
      expect(res.body.state.tactics.map((t: { id: string }) => t.id)).toEqual(expected.state.tactics.map((t) => t.id));
      expect(res.body.alert?.level ?? null).toBe(expected.alert?.level ?? null);
      answers.push(res.body);
    }
    const raised = answers.filter((x) => x.alert && x.alert.id).map((x) => x.alert.id as string);
    expect(raised.length).toBeGreaterThanOrEqual(2); // warn, then block

    const events = await reading;
    expect(events.filter((e) => e.event === 'turn').map((e) => e.data.turn)).toEqual(CALL.map((_, i) => i));
    const streamedAlerts = events.filter((e) => e.event === 'alert').map((e) => e.data.id);
    expect(streamedAlerts).toEqual(raised);
    // Alerts raised on A (even turns) came through B's stream too.
    expect(answers.some((x, i) => i % 2 === 0 && x.alert?.id)).toBe(true);
    // Every event has the same cross-process id form.
    expect(events.every((e) => /^[0-9]+-[0-9]+$/.test(e.id ?? ''))).toBe(true);

    // Stored once each, readable from either process with the token from A.
    for (const base of [a.base, b.base]) {
      const got = await call(base, 'GET', `/v1/sessions/${id}`, { token });
      expect(got.status).toBe(200);
      expect(got.body.turns).toBe(CALL.length);
      expect(got.body.alerts.map((x: { id: string }) => x.id)).toEqual(raised);
      expect(got.body.state.level).toBe(single.state().level);
    }
    // A wrong token is as good as none on either process.
    expect((await call(b.base, 'GET', `/v1/sessions/${id}`, { token: 'x'.repeat(43) })).status).toBe(404);
  }, 60_000);

  it('a client reconnecting to the other process with Last-Event-ID gets what it missed, once', async () => {
    const opened = await call(b.base, 'POST', '/v1/sessions', { json: { channel: 'call' }, key: partner });
    const id: string = opened.body.id;
    const first = await fetch(`${a.base}/v1/sessions/${id}/events`, { headers: { authorization: `Bearer ${partner}` } });
    const firstRead = readEvents(first, (ev) => ev.some((e) => e.event === 'turn'), 20_000);
    await new Promise((r) => setTimeout(r, 200));
    await call(a.base, 'POST', `/v1/sessions/${id}/turns`, { json: CALL[0], key: partner });
    const seen = await firstRead; // the client goes away after the first turn
    expect(seen.filter((e) => e.event === 'turn')).toHaveLength(1);
    const lastId = seen.at(-1)!.id!;
    // While it is away, three more turns, on both processes.
    for (const [i, turn] of CALL.slice(1, 4).entries()) await call(i % 2 ? a.base : b.base, 'POST', `/v1/sessions/${id}/turns`, { json: turn, key: partner });
    const again = await fetch(`${b.base}/v1/sessions/${id}/events`, { headers: { authorization: `Bearer ${partner}`, 'last-event-id': lastId } });
    const missed = await readEvents(again, (ev) => ev.filter((e) => e.event === 'turn').length >= 3, 20_000);
    expect(missed.filter((e) => e.event === 'turn').map((e) => e.data.turn)).toEqual([1, 2, 3]);
    const ids = missed.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  }, 60_000);

  it('the same seq sent to A and B at the same moment is applied once', async () => {
    const opened = await call(a.base, 'POST', '/v1/sessions', { json: { channel: 'call' }, key: partner });
    const id: string = opened.body.id;
    const single = createSession({ channel: 'call' });
    for (const [seq, turn] of CALL.entries()) {
      const [x, y] = await Promise.all([a.base, b.base].map((base) => call(base, 'POST', `/v1/sessions/${id}/turns`, { json: { ...turn, seq }, key: partner })));
      expect([x!.status, y!.status], `${x!.text} ${y!.text}`).toEqual([200, 200]);
      // One of the two applied it; the other answers as a repeat (or, had it come later, the same).
      const applied = [x!, y!].filter((r) => r.body.duplicate !== true);
      expect(applied).toHaveLength(1);
      const expected = single.push(turn);
      expect(applied[0]!.body.turn).toBe(seq);
      expect(applied[0]!.body.state.risk).toBe(expected.state.risk);
      expect(applied[0]!.body.alert?.level ?? null).toBe(expected.alert?.level ?? null);
    }
    const got = await call(b.base, 'GET', `/v1/sessions/${id}`, { key: staff });
    expect(got.body.turns).toBe(CALL.length);
    expect(got.body.transcript.map((t: { turn: number }) => t.turn)).toEqual(CALL.map((_, i) => i));
    const levels = got.body.alerts.map((x: { level: string }) => x.level);
    expect(new Set(levels).size).toBe(levels.length); // one alert per level
  }, 60_000);

  it('turns without seq sent to A and B at once are each applied once, in some order, none lost', async () => {
    const opened = await call(a.base, 'POST', '/v1/sessions', { json: { channel: 'chat' }, key: partner });
    const id: string = opened.body.id;
    const texts = Array.from({ length: 6 }, (_, i) => ({ speaker: 'user' as const, text: `第${i}句：好的，我知道了` }));
    const res = await Promise.all(texts.map((t, i) => call(i % 2 ? a.base : b.base, 'POST', `/v1/sessions/${id}/turns`, { json: t, key: partner })));
    expect(res.map((r) => r.status)).toEqual(texts.map(() => 200));
    expect(res.map((r) => r.body.turn).sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5]);
    const got = await call(a.base, 'GET', `/v1/sessions/${id}`, { key: staff });
    expect(got.body.turns).toBe(6);
    expect(got.body.transcript.map((t: { text: string }) => t.text).sort()).toEqual(texts.map((t) => t.text).sort());
  }, 60_000);

  it('one Idempotency-Key sent to A and B at once opens one session; the retries get its answer', async () => {
    const before = (await call(a.base, 'GET', '/v1/sessions?limit=100', { key: partner })).body.sessions.length as number;
    const headers = { 'idempotency-key': `cluster-${Date.now()}` };
    const first = await Promise.all(Array.from({ length: 8 }, (_, i) =>
      call(i % 2 ? a.base : b.base, 'POST', '/v1/sessions', { json: { channel: 'call' }, key: partner, headers })));
    // Each answer is the session (first or replayed) or "still running"; never a second session.
    for (const r of first) expect([201, 409]).toContain(r.status);
    const ids = new Set(first.filter((r) => r.status === 201).map((r) => r.body.id as string));
    expect(ids.size).toBe(1);
    const again = await call(b.base, 'POST', '/v1/sessions', { json: { channel: 'call' }, key: partner, headers });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(ids.has(again.body.id)).toBe(true);
    const after = (await call(b.base, 'GET', '/v1/sessions?limit=100', { key: partner })).body.sessions.length as number;
    expect(after).toBe(before + 1);
  }, 60_000);

  it('a number confirmed by an officer on A raises the next call from it on B', async () => {
    const phone = '17099996666';
    const opened = await call(a.base, 'POST', '/v1/sessions', { json: { channel: 'call', callerNumber: phone }, key: partner });
    let alertId: string | null = null;
    for (const turn of CALL) {
      const r = await call(a.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: turn, key: partner });
      alertId = r.body.alert?.id ?? alertId;
    }
    expect(alertId).not.toBeNull();
    const created = await call(a.base, 'POST', '/v1/cases', { key: officer, json: { alertId, narrative: '事主称对方以退款为由' } });
    expect(created.status).toBe(201);
    const ind = created.body.indicators.find((i: { kind: string; value: string }) => i.kind === 'phone' && i.value === phone);
    expect(ind).toBeDefined();
    const confirmed = await call(a.base, 'PATCH', `/v1/indicators/${ind.id}`, { key: officer, json: { status: 'confirmed', caseId: created.body.id } });
    expect(confirmed.status).toBe(200);
    // B learns of it within its refresh period (5 s); a greeting from that number is then a warning.
    const t0 = Date.now();
    let hit = false;
    while (!hit && Date.now() - t0 < 15_000) {
      const next = await call(b.base, 'POST', '/v1/sessions', { json: { channel: 'call', callerNumber: phone }, key: partner });
      const turn = await call(b.base, 'POST', `/v1/sessions/${next.body.id}/turns`, { json: { speaker: 'caller', text: '喂，您好，请问是李先生吗？' }, key: partner });
      hit = turn.body.state.tactics.some((t: { id: string }) => t.id === 'contact.confirmed-number');
      if (!hit) await new Promise((r) => setTimeout(r, 500));
    }
    expect(hit).toBe(true);
  }, 60_000);

  it('an alert raised by a stream worker reaches the console on both processes, once each', async () => {
    const streams = await Promise.all([a.base, b.base].map((base) => fetch(`${base}/v1/alerts/stream`, { headers: { authorization: `Bearer ${staff}` } })));
    const { events } = demoEvents(4);
    const expected = [...singleProcessAlerts(events).values()].flat().length;
    expect(expected).toBeGreaterThan(0);
    // The worker's sessions only (the console stream also carries the other tests' alerts).
    const mine = new Set(events.map((e) => e.session));
    const workerAlert = (e: { event: string; data: { sessionId?: string } }) => e.event === 'alert' && mine.has(e.data.sessionId ?? '');
    const readings = streams.map((s) => readEvents(s, (ev) => ev.filter((e) => workerAlert(e)).length >= expected + 1, 25_000));
    await new Promise((r) => setTimeout(r, 500)); // both bridges are tailing the alerts stream
    await ingest(redis.client(), (async function* () { for (const e of events) yield JSON.stringify(e); })(), { partitions: 2 });
    // A real worker process writing to the same store.
    const w = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--redis', redis.url, ...storeArgs, '--lease-ms', '2000'],
      { stdio: 'ignore', env: { ...withoutAdminKey(), FANZHA_RECIPIENT_KEY: recipientKey } });
    procs.push(w);
    const [onA, onB] = await Promise.all(readings); // waits the full time: a duplicate would show up
    w.kill('SIGTERM');
    await new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)));
    for (const got of [onA!, onB!]) {
      const ids = got.filter((e) => workerAlert(e)).map((e) => e.data.id);
      expect(ids).toHaveLength(expected);
      expect(new Set(ids).size).toBe(expected);
      expect(got.filter((e) => workerAlert(e)).every((e) => Array.isArray(e.data.evidence) && e.data.evidence.length > 0)).toBe(true);
    }
    expect(onA!.filter((e) => workerAlert(e)).map((e) => e.id)).toEqual(onB!.filter((e) => workerAlert(e)).map((e) => e.id));
  }, 90_000);
});
