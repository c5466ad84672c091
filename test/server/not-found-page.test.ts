import { describe, expect, it } from 'vitest';
import { call, start } from './helpers.ts';

const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('a mistyped address: browsers get the HTML 404 page, API clients keep the JSON error', () => {
  it('a page load (Accept: text/html) of an unknown path gets the page, with status 404', async () => {
    const s = await start();
    try {
      for (const path of ['/pad', '/Call', '/paid/x', '/index.htm', '/v1/nope', '/pad?lang=en']) {
        const r = await call(s.base, 'GET', path, { headers: BROWSER });
        expect(r.status, path).toBe(404);
        expect(r.headers.get('content-type'), path).toMatch(/^text\/html/);
        expect(r.text, path).toMatch(/<html/i);
        expect(r.text, path).toContain('/js/notfound.js');
      }
      const head = await fetch(s.base + '/pad', { method: 'HEAD', headers: BROWSER });
      expect(head.status).toBe(404);
      expect(head.headers.get('content-type')).toMatch(/^text\/html/);
    } finally {
      await s.close();
    }
  });

  it('API clients (no Accept, Accept: application/json, or a POST) keep the JSON error; a wrong method stays 405', async () => {
    const s = await start();
    try {
      const bare = await call(s.base, 'GET', '/pad');
      expect(bare.status).toBe(404);
      expect(bare.body.error.code).toBe('not_found');
      const json = await call(s.base, 'GET', '/v1/nope', { headers: { accept: 'application/json' } });
      expect(json.status).toBe(404);
      expect(json.body.error.code).toBe('not_found');
      const post = await call(s.base, 'POST', '/pad', { json: {}, headers: BROWSER });
      expect(post.status).toBe(404);
      expect(post.body.error.code).toBe('not_found');
      const wrong = await call(s.base, 'GET', '/v1/analyze', { headers: BROWSER });
      expect(wrong.status).toBe(405);
      // Real pages are untouched.
      const home = await call(s.base, 'GET', '/', { headers: BROWSER });
      expect(home.status).toBe(200);
    } finally {
      await s.close();
    }
  });
});
