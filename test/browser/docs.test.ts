/**
 * /docs in a real browser at a phone's width and a laptop's: every endpoint is there, nothing is
 * wider than the screen (long JSON scrolls inside its own box), and the page loads under the CSP
 * with no errors. Screenshots go to test-results/ (ignored) for a person to look at.
 */
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/server/openapi.ts';
import { available, shot, usePages, VIEWPORTS } from './harness.ts';

describe.skipIf(!available)('/docs in Chromium', () => {
  const h = usePages();

  for (const v of VIEWPORTS) {
    it(`is readable at ${v.width} px: every endpoint, no sideways scrolling, no errors`, async () => {
      const page = h.page(v);
      const problems: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(h.server.base + '/docs');
      expect(await page.locator('section.route').count()).toBe(ROUTES.length);
      // Page code as strings: the tests typecheck without the DOM library.
      const widths = await page.evaluate('({ doc: document.documentElement.scrollWidth, view: window.innerWidth })') as { doc: number; view: number };
      expect(widths.doc).toBeLessThanOrEqual(widths.view);
      const font = await page.evaluate("parseFloat(getComputedStyle(document.querySelector('.route p')).fontSize)") as number;
      expect(font).toBeGreaterThanOrEqual(14);
      await expect(page.locator('#checkPayment pre').first().isVisible()).resolves.toBe(true);
      await shot(page, `docs-${v.width}`, false, '');
      await page.locator('#checkPayment').scrollIntoViewIfNeeded();
      await shot(page, `docs-${v.width}-payment`, false, '');
      expect(problems).toEqual([]);
    });
  }
});
