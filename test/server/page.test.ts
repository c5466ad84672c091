import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, start, type Running } from './helpers.ts';

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

const XSS = '您好我是淘宝客服<script>window.pwned=1</script><img src=x onerror="window.pwned=2">，退款请开启屏幕共享';

describe('the first page', () => {
  it('every citizen page is served in Chinese with its script and style as separate same-origin files', async () => {
    for (const path of ['/', '/call', '/paid', '/guardian/' + 'x'.repeat(43)]) {
      const page = await call(s.base, 'GET', path);
      expect(page.status).toBe(path.startsWith('/guardian/') ? 404 : 200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(page.text).toContain('lang="zh-CN"');
      // No inline script or style: every <script> has a src, no on* handlers, no style attributes.
      const scripts = [...page.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const m of scripts) {
        expect(m[1]).toMatch(/\bsrc="\/[^"]+"/);
        expect(m[2]!.trim()).toBe('');
        const js = await call(s.base, 'GET', /src="([^"]+)"/.exec(m[1]!)![1]!);
        expect(js.status).toBe(200);
        expect(js.headers.get('content-type')).toContain('javascript');
      }
      expect(page.text).not.toMatch(/\son[a-z]+=/i);
      expect(page.text).not.toMatch(/<style|\sstyle=/i);
    }
    const app = await call(s.base, 'GET', '/app.js');
    expect(app.text).toContain("from '/vendor/preact-htm.mjs'");
    expect(app.text).toContain("'/v1/analyze'");
  });

  it('is served with a strict Content-Security-Policy', async () => {
    for (const path of ['/', '/docs', '/app.js', '/v1/analyze']) {
      const r = path === '/v1/analyze' ? await call(s.base, 'POST', path, { json: { text: XSS } }) : await call(s.base, 'GET', path);
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('the page scripts build the DOM with Preact from text only (scammer text can never become markup)', () => {
    const dir = new URL('../../public/js/', import.meta.url);
    const files = [new URL('../../public/app.js', import.meta.url), ...readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => new URL(f, dir))];
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const js = readFileSync(f, 'utf8');
      expect(js, f.pathname).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|srcdoc|dangerouslySetInnerHTML|createContextualFragment/);
    }
  });

  it('a message with <script> and <img onerror> comes back as JSON data, never as HTML', async () => {
    const r = await call(s.base, 'POST', '/v1/analyze', { json: { channel: 'text', text: XSS } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/json');
    // Evidence offsets point into the original text, so the page highlights by slicing it.
    for (const t of r.body.tactics) for (const e of t.evidence) expect(XSS.slice(e.start, e.end)).toBe(e.text);
  });

  it('docs escape what they print', async () => {
    const r = await call(s.base, 'GET', '/docs');
    expect(r.text).not.toMatch(/<script/i);
    expect(r.text).toContain('&quot;');
  });
});
