/**
 * /docs in a real browser at a phone's width and a laptop's: every endpoint is there, nothing is
 * wider than the screen (long JSON scrolls inside its own box), and the page loads under the CSP
 * with no errors. Screenshots go to test-results/ (ignored) for a person to look at.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { ROUTES } from '../../src/server/openapi.ts';
import { start, type Running } from '../server/helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run must apt-get install chromium`);

describe.skipIf(!available)('/docs in Chromium', () => {
  let server: Running;
  let browser: Browser;

  beforeAll(async () => {
    server = await start();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync('test-results', { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [width, height] of [[360, 780], [1366, 900]] as const) {
    it(`is readable at ${width} px: every endpoint, no sideways scrolling, no errors`, async () => {
      const page = await browser.newPage({ viewport: { width, height } });
      const problems: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(server.base + '/docs');
      expect(await page.locator('section.route').count()).toBe(ROUTES.length);
      // Page code as strings: the tests typecheck without the DOM library.
      const widths = await page.evaluate('({ doc: document.documentElement.scrollWidth, view: window.innerWidth })') as { doc: number; view: number };
      expect(widths.doc).toBeLessThanOrEqual(widths.view);
      const font = await page.evaluate("parseFloat(getComputedStyle(document.querySelector('.route p')).fontSize)") as number;
      expect(font).toBeGreaterThanOrEqual(14);
      await expect(page.locator('#checkPayment pre').first().isVisible()).resolves.toBe(true);
      await page.screenshot({ path: `test-results/docs-${width}.png`, fullPage: false });
      await page.locator('#checkPayment').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/docs-${width}-payment.png` });
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
