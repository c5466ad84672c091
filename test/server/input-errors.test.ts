import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call, start, type Running } from './helpers.ts';
import { describeZodError } from '../../src/server/errors.ts';

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

describe('callerNumber must be a phone number', () => {
  it('rejects markup and letters with a 400 that names the field', async () => {
    for (const callerNumber of ['<script>alert(4)</script>', 'call me maybe', '12', '1'.repeat(33), '+86 170\n1234', '+-()', '170<b>1234']) {
      const r = await call(s.base, 'POST', '/v1/sessions', { json: { callerNumber } });
      expect(r.status, callerNumber).toBe(400);
      expect(r.body.error.message).toMatch(/^callerNumber: must be a phone number/);
      expect(r.text).not.toContain('<script>');
    }
  });
  it('accepts the forms people write numbers in', async () => {
    for (const callerNumber of ['17012345678', '+86 170 1234 5678', '(010) 8888-6666', '95118', '１７０ １２３４ ５６７８', '（010）8888－6666']) {
      const r = await call(s.base, 'POST', '/v1/sessions', { json: { callerNumber } });
      expect(r.status, callerNumber).toBe(201);
    }
  });
});

describe('a body that fails validation names the field and what was expected', () => {
  it('names the field for sessions, turns and analyze (unions included)', async () => {
    const fax = await call(s.base, 'POST', '/v1/sessions', { json: { channel: 'fax' } });
    expect(fax.status).toBe(400);
    expect(fax.body.error.message).toMatch(/^channel: .*expected one of .*"call"/);
    const number = await call(s.base, 'POST', '/v1/analyze', { json: { text: 12345 } });
    expect(number.status).toBe(400);
    expect(number.body.error.message).toMatch(/^text: expected string, received number/);
    const faxText = await call(s.base, 'POST', '/v1/analyze', { json: { channel: 'fax', text: 'hi' } });
    expect(faxText.status).toBe(400);
    expect(faxText.body.error.message).toMatch(/^channel: .*expected one of/);
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    const turn = await call(s.base, 'POST', `/v1/sessions/${opened.body.id}/turns`, { json: { speaker: 'caller', text: 12345 } });
    expect(turn.status).toBe(400);
    expect(turn.body.error.message).toMatch(/^text: expected string, received number/);
    for (const r of [fax, number, faxText, turn]) expect(r.body.error.message).not.toMatch(/^Invalid input$/);
  });
  it('says an empty field is empty, in plain words, once (no zod wording, no "(and 1 more)" for the same field)', async () => {
    for (const [path, json, field] of [['/v1/check/url', { url: '' }, 'url'], ['/v1/check/number', { number: '' }, 'number']] as const) {
      const r = await call(s.base, 'POST', path, { json });
      expect(r.status, path).toBe(400);
      expect(r.body.error.message, path).toBe(`${field}: is empty`);
    }
    const word = await call(s.base, 'POST', '/v1/check/url', { json: { url: 'not-a-url' } });
    expect(word.status).toBe(400);
    expect(word.body.error.code).toBe('invalid_url');
    const long = z.object({ t: z.string().max(3) }).safeParse({ t: 'abcd' });
    expect(long.success).toBe(false);
    if (!long.success) expect(describeZodError(long.error)).toBe('t: too long: at most 3 characters');
    const two = z.object({ a: z.string().min(1), b: z.number() }).safeParse({ a: '', b: 'x' });
    if (!two.success) expect(describeZodError(two.error)).toBe('a: is empty (and 1 more)');
  });
  it('says which field is missing or unknown, and "body" for the whole body', () => {
    const schema = z.object({ a: z.string(), b: z.object({ c: z.number() }) }).strict();
    const message = (v: unknown) => { const r = schema.safeParse(v); if (r.success) throw new Error('parsed'); return describeZodError(r.error); };
    expect(message({ b: { c: 1 } })).toBe('a: required (expected string)');
    expect(message({ a: 'x', b: { c: 'y' } })).toBe('b.c: expected number, received string');
    expect(message({ a: 'x', b: { c: 1 }, d: 1 })).toBe('body: unknown field "d"');
    expect(message(7)).toBe('body: expected object, received number');
  });
});

describe('errors say how to get it right (newcomer15)', () => {
  it('a body over the limit names the limit', async () => {
    const r = await call(s.base, 'POST', '/v1/analyze', { json: { text: '啊'.repeat(600_000) } });
    expect(r.status).toBe(413);
    expect(r.body.error.message).toMatch(/^request body is too large \(the limit is \d+ (KB|MB)\)$/);
  });
  it('a session token sent as an API key, or no credential, is answered with where the token goes', async () => {
    const opened = await call(s.base, 'POST', '/v1/sessions', { json: {} });
    expect(opened.status).toBe(201);
    const asKey = await call(s.base, 'GET', `/v1/sessions/${opened.body.id}`, { headers: { authorization: `Bearer ${opened.body.token}` }, token: null });
    expect(asKey.status).toBe(401);
    expect(asKey.body.error.message).toContain('X-Session-Token');
    const none = await call(s.base, 'GET', `/v1/sessions/${opened.body.id}`, { token: null });
    const missing = await call(s.base, 'GET', '/v1/sessions/00000000-0000-4000-8000-000000000000', { token: null });
    expect(none.status).toBe(404);
    expect(none.body.error.message).toContain('X-Session-Token');
    // Not yours and not there read the same: the existence of a session is not told.
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(none.body.error.message);
  });
});
