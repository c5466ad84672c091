/**
 * ncsurface16 kinds 2 and 3 on the surfaces (newcomer16 K2): `fanzha number 1-800-642-7676` answered
 * "+8618006427676 mobile CN"; every +1 / +44 number was "suspicious: 国内电商平台客服不会用境外号码联系你",
 * an English user's own bank too. Now a NANP-written number is +1, and `--lang en` (the API's "lang":"en")
 * reads as an English reader, for whom a foreign number alone is no finding.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';
import { call, start, type Running } from '../server/helpers.ts';

describe('fanzha number: NANP shape and the reader', () => {
  it('1-800-642-7676 and (800) 642-7676 are +1 US numbers', async () => {
    for (const n of ['1-800-642-7676', '(800) 642-7676', '1-888-280-4331', '1 (800) 275-2273']) {
      const r = await runCli(['number', n, '--json']);
      const j = JSON.parse(r.out);
      expect(j.e164, n).toMatch(/^\+1\d{10}$/);
      expect(j.country, n).toBe('US');
    }
  });
  it('an English reader\'s own bank on +44 / +1 is no finding (exit 0); a reader in China still gets the overseas cue (exit 1)', async () => {
    for (const n of ['+44 20 7946 0958', '+1 202 555 0123', '1-800-642-7676']) {
      const en = await runCli(['number', n, '--lang', 'en']);
      expect(en.code, n).toBe(0);
      expect(en.out, n).not.toMatch(/overseas|境外号码联系/);
      const zh = await runCli(['number', n]);
      expect(zh.code, n).toBe(1);
      expect(zh.out, n).toContain('国内电商平台客服不会用境外号码联系你');
    }
  });
});

describe('POST /v1/check/number takes the reader', () => {
  let s: Running;
  beforeAll(async () => { s = await start(); });
  afterAll(async () => { await s.close(); });
  it('lang en: no finding for +44; default: the overseas cue; bad lang: 400', async () => {
    const en = await call(s.base, 'POST', '/v1/check/number', { json: { number: '+44 20 7946 0958', lang: 'en' } });
    expect(en.status).toBe(200);
    expect(en.body.findings).toEqual([]);
    const zh = await call(s.base, 'POST', '/v1/check/number', { json: { number: '+44 20 7946 0958' } });
    expect(zh.body.findings.map((f: { id: string }) => f.id)).toEqual(['international']);
    const us = await call(s.base, 'POST', '/v1/check/number', { json: { number: '1-800-642-7676' } });
    expect(us.body.e164).toBe('+18006427676');
    expect((await call(s.base, 'POST', '/v1/check/number', { json: { number: '+44 20 7946 0958', lang: 'fr' } })).status).toBe(400);
  });
});
