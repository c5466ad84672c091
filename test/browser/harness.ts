/**
 * The one harness of the Chromium tests: a server on loopback (test/server/helpers.ts `start`),
 * Debian chromium through playwright-core, one page per screen size, and one close for all of it.
 * Every file under test/browser opens its pages here, so the launch flags, the two screen sizes
 * and the clean-up are written once.
 *
 * Use: `const h = usePages();` inside a describe (registers beforeAll/afterAll there), then
 * `h.page('phone')`, `h.server.base`, `await h.open(VIEWPORTS[0])` for a page of its own storage
 * (another device), `await h.start({ ... })` for a second server with other options. Or
 * `await openPages()` / `await h.close()` by hand.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { ServerOptions } from '../../src/server/app.ts';
import { start, type Running } from '../server/helpers.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run must apt-get install chromium`);
if (!available) console.warn(`skipping browser tests: ${CHROMIUM} not installed (apt-get install chromium fonts-wqy-microhei)`);

/** The two screens every page is tried at: an older phone and a laptop (the brief's sizes). */
export const VIEWPORTS = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'desktop', width: 1366, height: 900 },
] as const;
export type Viewport = (typeof VIEWPORTS)[number];
type Size = { width: number; height: number };

/** Chromium as the project runs it: headless, no network of its own beyond the page's. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

const RESULTS = new URL('../../test-results/', import.meta.url);
/**
 * Saves what the page shows now as test-results/DIR/NAME.png (git-ignored) for a person to look
 * at; `dir` '' puts it straight under test-results/.
 */
export async function shot(page: Page, name: string, fullPage = false, dir = 'citizen'): Promise<void> {
  const folder = dir ? new URL(`${dir}/`, RESULTS) : RESULTS;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, folder).pathname, fullPage });
}

export interface PagesOptions {
  /** Options of the harness's server (`start`'s overrides). */
  server?: Partial<ServerOptions>;
  /** The screen sizes that get a page of their own; all of VIEWPORTS unless given. */
  viewports?: readonly Viewport[];
}

export interface Pages {
  readonly server: Running;
  readonly browser: Browser;
  /** The page opened for that screen size (its own context), shared by the file's tests. */
  page(v: Viewport | Viewport['name']): Page;
  /**
   * A new page in a context of its own (own storage: another device; its context takes more pages).
   * Under usePages it is closed after the test that opened it; otherwise by release() or close().
   */
  open(size?: Size): Promise<Page>;
  /** A second server with other options (a rate limit, a short idle time); closed like open()'s pages. */
  start(overrides?: Partial<ServerOptions>): Promise<Running>;
  /** Closes what open() and start() made so far (the viewport pages and the main server stay). Never throws. */
  release(): Promise<void>;
  /** Closes the pages, the browser and every server the harness started. Never throws. */
  close(): Promise<void>;
}

/** Starts the server and Chromium and opens one page per screen size. On failure closes what it opened. */
export async function openPages(options: PagesOptions = {}): Promise<Pages> {
  const servers: Running[] = [];
  // What open() and start() made since the last release(): a test's own devices and servers.
  let contexts: BrowserContext[] = [];
  let extra: Running[] = [];
  let browser: Browser | undefined;
  const release = async () => {
    const [c, s] = [contexts, extra];
    contexts = []; extra = [];
    // Pages first: a live page (the guardian's stream) holds a connection the server would wait for.
    await Promise.all(c.map((x) => x.close().catch(() => undefined)));
    await Promise.all(s.map((x) => x.close().catch(() => undefined)));
  };
  const close = async () => {
    // Each step on its own: a browser that failed to close must not keep the servers open.
    await release();
    await browser?.close().catch(() => undefined);
    await Promise.all(servers.map((s) => s.close().catch(() => undefined)));
  };
  try {
    const [server, launched] = await Promise.all([start(options.server), launch()]);
    servers.push(server);
    browser = launched;
    const b = launched;
    const pages = new Map<string, Page>();
    for (const v of options.viewports ?? VIEWPORTS) pages.set(v.name, await b.newPage({ viewport: { width: v.width, height: v.height } }));
    return {
      server,
      browser: b,
      page(v) {
        const name = typeof v === 'string' ? v : v.name;
        const p = pages.get(name);
        if (!p) throw new Error(`no page for ${name}: the harness opened ${[...pages.keys()].join(', ') || 'none'}`);
        return p;
      },
      // A context of its own, so a second page of the same device can be opened in it (page.context().newPage()).
      async open(size = VIEWPORTS[0]) {
        const context = await b.newContext({ viewport: { width: size.width, height: size.height } });
        contexts.push(context);
        return context.newPage();
      },
      async start(overrides = {}) {
        const running = await start(overrides);
        extra.push(running);
        return running;
      },
      release,
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * `openPages` before the first test of the enclosing describe, `release` after each test (what the
 * test opened with open() or start() does not run on through the next ones), `close` after the last.
 * The returned object is filled in by the beforeAll, so read it only inside tests and hooks.
 */
export function usePages(options: PagesOptions = {}): Pages {
  const h = {} as Pages;
  beforeAll(async () => { Object.assign(h, await openPages(options)); }, 60_000);
  afterEach(async () => { await h.release?.(); });
  afterAll(async () => { await h.close?.(); });
  return h;
}
