/**
 * The citizen's warning from a worker's alert reaches the webhook exactly once, as a served
 * session's does: a `fanzha worker` process (its CLI, its own connection to the service's SQLite
 * file, the recipient sealed with the service's key) writes the warning job with each alert; the
 * `fanzha serve` dispatcher delivers it, signed, with the recipient unsealed. The events are
 * ingested twice (a sender's retry) and the worker is stopped and started again: still one
 * delivery per alert.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_REDIS, startRedis, type TestRedis } from './redis.ts';
import { call, SCAM_CALL, start, type Running } from '../server/helpers.ts';
import { ingest } from '../../src/stream/ingest.ts';
import { alertId, streamKeys, type StreamEvent } from '../../src/stream/events.ts';
import { WARNING_TEXT } from '../../src/notify/warning.ts';
import { DELIVERY_HEADER, SIGNATURE_HEADER } from '../../src/notify/sign.ts';

const run = HAVE_REDIS ? describe : describe.skip;
const PREFIX = 'wn';

interface Received { body: { id: string; alertId: string; sessionId: string; recipient: string | null; level: string; text: string; event: string; type: string }; delivery: string; signed: boolean }

run('citizen warnings from worker alerts', () => {
  const received: Received[] = [];
  const receiver = Fastify();
  let s: Running;
  let redis: TestRedis;
  const procs: ChildProcess[] = [];
  beforeAll(async () => {
    receiver.post('/hook', async (req) => {
      received.push({ body: req.body as Received['body'], delivery: String(req.headers[DELIVERY_HEADER.toLowerCase()] ?? ''), signed: /t=\d+,v1=[0-9a-f]{64}/.test(String(req.headers[SIGNATURE_HEADER.toLowerCase()] ?? '')) });
      return { ok: true };
    });
    await receiver.listen({ port: 0, host: '127.0.0.1' });
    s = await start({ webhookUrl: `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/hook` });
    redis = await startRedis();
  }, 30_000);
  afterAll(async () => {
    for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
    await s?.close();
    await receiver.close();
    await redis?.stop();
  });

  function worker(): { proc: ChildProcess; stopped: Promise<number | null> } {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--redis', redis.url, '--prefix', PREFIX,
      '--db', s.dbPath, '--deliver', 'webhook', '--partitions', '2', '--lease-ms', '1000'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, FANZHA_RECIPIENT_KEY: '' } });
    procs.push(proc);
    const stopped = new Promise<number | null>((ok) => proc.once('exit', (code) => ok(code)));
    return { proc, stopped };
  }

  async function until(cond: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
    const end = Date.now() + ms;
    while (!(await cond())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('delivers one signed warning per alert, to the recipient the first event named, like a served session\'s', async () => {
    // A served session, for comparison.
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'call', recipient: 'device-served' } });
    for (const t of SCAM_CALL) await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: t });

    // The same call through the stream, its recipient on the first event; ingested twice.
    const events: StreamEvent[] = SCAM_CALL.map((t, seq) => ({ session: 'call-warn-1', seq, speaker: t.speaker, text: t.text, ...(seq === 0 ? { channel: 'call' as const, recipient: 'device-streamed' } : {}) }));
    const r = redis.client();
    const lines = async function* () { for (const e of events) yield JSON.stringify(e); };
    const k = streamKeys(PREFIX);
    const drained = async (): Promise<boolean> => (await r.xlen(k.events(0))) + (await r.xlen(k.events(1))) === 0;

    const first = worker();
    await ingest(r, lines(), { prefix: PREFIX, partitions: 2 });
    await until(drained, 30_000, 'the worker to drain the stream');
    first.proc.kill('SIGTERM');
    expect(await first.stopped).toBe(0);
    // The sender retries the whole call; a new worker applies none of it again.
    const second = worker();
    await ingest(r, lines(), { prefix: PREFIX });
    await until(drained, 30_000, 'the second worker to drain the stream');

    const served = () => received.filter((x) => x.body.sessionId === opened.body.id);
    const streamed = () => received.filter((x) => x.body.sessionId === 'call-warn-1');
    // The dispatcher looks at the outbox at least every 5 s, so a job another process wrote is sent within that.
    await until(() => served().some((x) => x.body.level === 'block') && streamed().some((x) => x.body.level === 'block'), 20_000, 'both block warnings');
    // Time for any repeat to show up.
    await new Promise((res) => setTimeout(res, 1500));
    second.proc.kill('SIGTERM');
    expect(await second.stopped).toBe(0);

    const levels = (xs: Received[]) => xs.map((x) => x.body.level).sort();
    expect(levels(streamed())).toEqual(levels(served()));
    expect(new Set(streamed().map((x) => x.body.alertId))).toEqual(new Set(['warn', 'block'].filter((l) => levels(streamed()).includes(l)).map((l) => alertId('call-warn-1', l))));
    // Exactly once: one delivery per alert, each with its own delivery id, signed.
    expect(new Set(streamed().map((x) => x.body.alertId)).size).toBe(streamed().length);
    expect(new Set(streamed().map((x) => x.delivery)).size).toBe(streamed().length);
    for (const x of streamed()) {
      expect(x.signed).toBe(true);
      expect(x.body.recipient).toBe('device-streamed');
      expect(x.body.text).toBe(WARNING_TEXT[x.body.level as 'warn' | 'block']);
      const twin = served().find((y) => y.body.level === x.body.level)!;
      expect({ type: x.body.type, event: x.body.event, text: x.body.text }).toEqual({ type: twin.body.type, event: twin.body.event, text: twin.body.text });
    }
    expect(served().every((x) => x.body.recipient === 'device-served')).toBe(true);
  }, 120_000);
});
