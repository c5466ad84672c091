/**
 * The HTML 404 page in Chromium at 360×780 and 1366×900: a mistyped address ('/pad') shows "page not
 * found" in the page's language with the way back; a broken guardian link keeps its own wording.
 */
import { describe, expect, it } from 'vitest';
import { englishLeaks, inViewport, watch } from './citizen-helpers.ts';
import { available, shot, usePages, VIEWPORTS } from './harness.ts';

describe.skipIf(!available)('the 404 page for a mistyped address', () => {
  // A page of its own per test (a fresh device), closed after it.
  const h = usePages({ viewports: [] });

  for (const v of VIEWPORTS) {
    it(`at ${v.width}×${v.height}`, async () => {
      const p = await h.open(v);
      const seen = watch(p);
      const res = await p.goto(h.server.base + '/pad');
      expect(res!.status()).toBe(404);
      await p.waitForSelector('#notfound');
      await shot(p, `notfound-${v.name}`);
      expect(await p.textContent('#notfound')).toBe('找不到这个页面');
      expect(await p.textContent('main')).toContain('110');
      expect(await inViewport(p, 'main a[href="/"]')).toBe(true);
      expect(await englishLeaks(p)).toEqual([]);

      await p.goto(h.server.base + '/pad?lang=en');
      await p.waitForSelector('#notfound');
      expect(await p.textContent('#notfound')).toBe('Page not found');

      await p.goto(h.server.base + '/guardian/not-a-token?lang=zh');
      await p.waitForSelector('#notfound');
      expect(await p.textContent('#notfound')).toBe('链接无效或已取消');
      expect(seen.errors).toEqual([]);
    }, 60_000);
  }
});
