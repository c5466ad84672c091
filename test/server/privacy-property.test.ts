/**
 * Mask the victim everywhere (issue 12 §2), as a property: victims' phone, card and ID numbers,
 * generated in every separator and numeral form, go into a live call (the victim's own turns),
 * a staff note, a key label and the session's recipient; none may survive, in any form, in the
 * database file (and its WAL), the logs, the API answers or the SSE frames.
 */
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import { createKey } from '../../src/server/auth.ts';
import { normalise } from '../../src/normalise/normalise.ts';
import { victimNumber, visibleDigits } from '../fixtures/numbers.ts';
import { call, readEvents } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'fanzha-privacy-prop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every string inside a JSON value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/** Does any string in `v` still give back `digits` once normalised (width, numerals, separators)? */
function leaks(v: unknown, digits: string): string | null {
  for (const s of strings(v)) if (visibleDigits(normalise(s).text).includes(digits)) return s;
  return null;
}

describe('no victim number survives anywhere', () => {
  it('property over generated numbers: DB file, logs, API answers, SSE frames', async () => {
    const logLines: string[] = [];
    const logs = new Writable({ write(chunk, _enc, cb) { logLines.push(String(chunk)); cb(); } });
    const app = await buildServer({ dbPath: join(dir, 'fanzha.db'), logLevel: 'info', logDestination: logs as never, rateLimit: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const staff = (await createKey(app.store, 'staff', null)).key;
    const admin = (await createKey(app.store, 'admin', null)).key;
    const samples: { digits: string; text: string }[] = [];
    const answers: unknown[] = [];
    const frames: unknown[] = [];
    try {
      await fc.assert(fc.asyncProperty(victimNumber, async (n) => {
        samples.push(n);
        const open = await call(base, 'POST', '/v1/sessions', { json: { channel: 'call', recipient: `tel:${n.text}` } });
        answers.push(open.body);
        const id = open.body.id as string;
        const events = fetch(`${base}/v1/sessions/${id}/events?token=${open.body.token}`);
        answers.push((await call(base, 'POST', `/v1/sessions/${id}/turns`, { json: { speaker: 'caller', text: '您好，我是京东客服，您的商品有质量问题，要给您退款，请开启屏幕共享' } })).body);
        const turn = await call(base, 'POST', `/v1/sessions/${id}/turns`, { json: { speaker: 'user', text: n.text } });
        answers.push(turn.body);
        answers.push((await call(base, 'GET', `/v1/sessions/${id}`, { key: staff })).body); // with the transcript
        const alert = (await call(base, 'GET', `/v1/alerts?limit=1`, { key: staff })).body.alerts[0];
        if (alert) answers.push((await call(base, 'PATCH', `/v1/alerts/${alert.id}`, { key: staff, json: { status: 'acknowledged', note: `回访：${n.text}` } })).body);
        answers.push((await call(base, 'POST', '/v1/keys', { key: admin, json: { role: 'partner', label: `银行 ${n.text}` } })).body);
        const res = await events;
        frames.push(...(await readEvents(res, (e) => e.length >= 1, 500)).map((e) => e.data));
      }), { numRuns: 25 });
      answers.push((await call(base, 'GET', '/v1/audit?limit=1000', { key: admin })).body);
      answers.push((await call(base, 'GET', '/v1/keys', { key: admin })).body);
      answers.push((await call(base, 'GET', '/v1/outbox?limit=1000', { key: staff })).body);
      answers.push((await call(base, 'GET', '/v1/alerts?limit=1000', { key: staff })).body);
    } finally {
      await app.close();
    }
    const files = readdirSync(dir).filter((f) => f.startsWith('fanzha.db'));
    const bytes = files.map((f) => readFileSync(join(dir, f)));
    for (const n of samples) {
      expect(leaks(answers, n.digits), `API answer leaks ${n.text}`).toBeNull();
      expect(leaks(frames, n.digits), `SSE frame leaks ${n.text}`).toBeNull();
      expect(leaks(logLines, n.digits), `log leaks ${n.text}`).toBeNull();
      for (const [i, b] of bytes.entries()) {
        expect(b.includes(Buffer.from(n.digits)), `${files[i]} holds ${n.digits}`).toBe(false);
        expect(b.includes(Buffer.from(n.text)), `${files[i]} holds "${n.text}"`).toBe(false);
      }
    }
  }, 180_000);
});
