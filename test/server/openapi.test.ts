import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationIdOf, ROUTES } from '../../src/server/openapi.ts';
import { call, start, type Running } from './helpers.ts';

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

describe('the OpenAPI document', () => {
  it('documents every /v1 route the server answers, each with a unique operationId', async () => {
    const doc = (await call(s.base, 'GET', '/openapi.json')).body;
    const ids = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { operationId: string }>>)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z0-9]+$/);
        expect(ids.has(op.operationId), op.operationId).toBe(false);
        ids.add(op.operationId);
      }
    }
    // The reverse: each route fastify knows under /v1 is in the document.
    const served = s.app.routeList().filter((r) => r.url.startsWith('/v1/') && r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`);
    const known = new Set(Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{([a-z]+)\}/g, ':$1')}`)));
    expect(served.length).toBeGreaterThan(20);
    expect(served.filter((r) => !known.has(r))).toEqual([]);
  });

  it('names servers, security, real status codes, headers and the SSE format', async () => {
    const doc = (await call(s.base, 'GET', '/openapi.json')).body;
    expect(doc.servers.length).toBeGreaterThan(0);
    expect(doc.components.securitySchemes.sessionToken.name).toBe('X-Session-Token');
    const open = doc.paths['/v1/sessions'].post;
    expect(open.operationId).toBe('openSession');
    expect(open.responses['201'].content['application/json'].schema.properties.token).toBeDefined();
    expect(open.responses['201'].headers['RateLimit-Remaining']).toBeDefined();
    expect(open.parameters.some((p: { name: string }) => p.name === 'Idempotency-Key')).toBe(true);
    expect(doc.paths['/v1/keys'].post.responses['201']).toBeDefined();
    const pay = doc.paths['/v1/payment-check'].post;
    expect(pay.responses['200'].content['application/json'].schema.required).toContain('id');
    expect(pay.requestBody.content['application/json'].schema.properties.transfer.properties.amount.description).toMatch(/yuan/);
    expect(pay.responses['401']).toBeDefined();
    expect(doc.paths['/v1/payment-checks/{id}/outcome'].post.operationId).toBe('reportPaymentOutcome');
    const events = doc.paths['/v1/sessions/{id}/events'].get;
    expect(Object.keys(events['x-events'])).toEqual(['turn', 'alert', 'end']);
    expect(events.responses['200'].description).toContain('Last-Event-ID');
    expect(doc.info.description).toMatch(/RateLimit-Remaining/);
    expect(doc.info.description).toMatch(/--create-key partner/);
  });

  it('every example body is valid for its route', () => {
    let n = 0;
    for (const r of ROUTES) {
      if (r.example === undefined || !r.body) continue;
      const parsed = r.body.safeParse(r.example);
      expect(parsed.success, `${operationIdOf(r)}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
      n++;
    }
    expect(n).toBeGreaterThanOrEqual(10);
  });

  it('is a valid OpenAPI 3.1 document (the official schema)', async () => {
    const doc = (await call(s.base, 'GET', '/openapi.json')).body;
    const res = await new Validator().validate(doc);
    expect(res.errors ?? [], JSON.stringify(res.errors ?? []).slice(0, 2000)).toEqual([]);
    expect(res.valid).toBe(true);
  });
});
