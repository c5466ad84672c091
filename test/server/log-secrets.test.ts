import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { call, start } from './helpers.ts';
import { redactUrl, redactUrlsIn } from '../../src/server/redact.ts';

/** Opens an SSE stream, reads its status and hangs up (the stream would not end by itself). */
async function touch(base: string, path: string): Promise<number> {
  const ac = new AbortController();
  const res = await fetch(base + path, { signal: ac.signal });
  ac.abort();
  return res.status;
}

describe('secret tokens never reach the request log or an error body', () => {
  it('redacts session tokens in queries and guardian tokens in paths, in every log line and error', async () => {
    const lines: string[] = [];
    const logs = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const s = await start({ logLevel: 'info', logDestination: logs });
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    const guardian = await call(s.base, 'POST', '/v1/guardians', { json: {} });
    const secrets: string[] = [opened.body.token, guardian.body.token];
    const long = 'Z'.repeat(5000);
    const bodies: string[] = [];
    expect(await touch(s.base, `/v1/sessions/${opened.body.id}/events?token=${opened.body.token}`)).toBe(200);
    expect(await touch(s.base, `/v1/guardian/${guardian.body.token}/events`)).toBe(200);
    expect((await call(s.base, 'GET', `/guardian/${guardian.body.token}`)).status).toBe(200);
    expect((await call(s.base, 'GET', `/v1/guardian/${guardian.body.token}`)).status).toBe(200);
    // Failing requests: the secret must not come back in the body either.
    const failing = [
      `/v1/sessions/${opened.body.id}/events?api_key=${opened.body.token}&token=${opened.body.token}x`,
      `/v1/guardian/${guardian.body.token}x/nope`,
      `/v1/guardian/${long}/events`,
      `/v1/sessions/${long}?token=${long}`,
      `/guardian/${guardian.body.token}/extra`,
      `/guardian/${long}`,
    ];
    for (const path of failing) {
      const r = await call(s.base, 'GET', path, { token: null });
      expect(r.status).toBeGreaterThanOrEqual(400);
      bodies.push(r.text);
    }
    const tooLong = await call(s.base, 'GET', `/v1/guardian/${long}/events`);
    expect(tooLong.status).toBe(414);
    expect(tooLong.text.length).toBeLessThan(300);
    await s.close();
    const log = lines.join('');
    expect(log).toContain('incoming request');
    expect(log).toContain('request completed');
    expect(log).toContain('/v1/guardian/[redacted]/events');
    expect(log).toContain('token=[redacted]');
    for (const secret of [...secrets, long.slice(0, 400)]) {
      expect(log).not.toContain(secret);
      for (const body of bodies) expect(body).not.toContain(secret);
    }
  });
});

describe('redactUrl', () => {
  it('keeps the route shape and drops the secret', () => {
    expect(redactUrl('/v1/sessions/abc/events?token=s3cret&since=4')).toBe('/v1/sessions/abc/events?token=[redacted]&since=4');
    expect(redactUrl('/x?API_KEY=1&Secret=2&client_secret=3&a=b')).toBe('/x?API_KEY=[redacted]&Secret=[redacted]&client_secret=[redacted]&a=b');
    expect(redactUrl('/guardian/abc')).toBe('/guardian/[redacted]');
    expect(redactUrl('/v1/guardian/abc/events')).toBe('/v1/guardian/[redacted]/events');
    expect(redactUrl('/GUARDIAN/abc/def/ghi?x=1')).toBe('/GUARDIAN/[redacted]?x=1');
    expect(redactUrl('/v1/guardians/123')).toBe('/v1/guardians/123');
    expect(redactUrl('/v1/sessions/x?' + 'a'.repeat(5000)).length).toBeLessThanOrEqual(301);
  });
  it('finds URLs inside messages', () => {
    expect(redactUrlsIn("'/guardian/%00%ff' is not a valid url component")).toBe("'/guardian/[redacted]' is not a valid url component");
    expect(redactUrlsIn('GET /a?token=x failed')).toBe('GET /a?token=[redacted] failed');
  });
});
