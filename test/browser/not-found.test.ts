/**
 * The HTML 404 page in Chromium at 360×780 and 1366×900: a mistyped address ('/pad') shows "page not
 * found" in the page's language with the way back; a broken guardian link keeps its own wording.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { start, type Running } from '../server/helpers.ts';
import { available, englishLeaks, inViewport, launch, shot, VIEWPORTS, watch } from './citizen-helpers.ts';

describe.skipIf(!available)('the 404 page for a mistyped address', () => {
  let server: Running;
  let browser: Browser;

  beforeAll(async () => {
    server = await start();
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const v of VIEWPORTS) {
    it(`at ${v.width}×${v.height}`, async () => {
      const ctx = await browser.newContext({ viewport: { width: v.width, height: v.height } });
      const p = await ctx.newPage();
      const seen = watch(p);
      try {
        const res = await p.goto(server.base + '/pad');
        expect(res!.status()).toBe(404);
        await p.waitForSelector('#notfound');
        await shot(p, `notfound-${v.name}`);
        expect(await p.textContent('#notfound')).toBe('找不到这个页面');
        expect(await p.textContent('main')).toContain('110');
        expect(await inViewport(p, 'main a[href="/"]')).toBe(true);
        expect(await englishLeaks(p)).toEqual([]);

        await p.goto(server.base + '/pad?lang=en');
        await p.waitForSelector('#notfound');
        expect(await p.textContent('#notfound')).toBe('Page not found');

        await p.goto(server.base + '/guardian/not-a-token?lang=zh');
        await p.waitForSelector('#notfound');
        expect(await p.textContent('#notfound')).toBe('链接无效或已取消');
        expect(seen.errors).toEqual([]);
      } finally {
        await ctx.close();
      }
    }, 60_000);
  }
});
