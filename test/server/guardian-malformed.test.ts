import { describe, expect, it } from 'vitest';
import { call, start } from './helpers.ts';

describe('a malformed guardian link shows the guardian 404 page, never a JSON error', () => {
  it('bad escapes, over-long tokens and extra segments all get the page', async () => {
    const s = await start();
    try {
      for (const path of ['/guardian/%00%ff', '/guardian/%E0%A4%A', `/guardian/${'a'.repeat(5000)}`, '/guardian/abc/def', '/guardian/', '/guardian/nope']) {
        const r = await call(s.base, 'GET', path);
        expect(r.status, path).toBe(404);
        expect(r.headers.get('content-type'), path).toMatch(/^text\/html/);
        expect(r.text, path).toMatch(/<html/i);
        expect(r.text, path).not.toContain('aaaaaaaa');
      }
      // The API under /v1/guardian keeps its JSON errors.
      const api = await call(s.base, 'GET', '/v1/guardian/%00%ff');
      expect(api.status).toBe(400);
      expect(api.body.error.message).not.toContain('%00');
    } finally {
      await s.close();
    }
  });
});
