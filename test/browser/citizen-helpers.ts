/**
 * Checks of what a person sees, shared by the browser tests (the harness that opens the pages is
 * ./harness.ts): the banner in the first screen, no English on the Chinese page, contrast, and
 * whether scammer markup ran.
 */
import type { Page } from 'playwright-core';

/**
 * What the callbacks run inside the page use of it. The project compiles without the DOM library
 * (the code is Node's), so the page's globals are described here, only as far as tests need them.
 */
export interface PageNode {
  id: string;
  textContent: string | null;
  innerText: string;
  hasAttribute(name: string): boolean;
  cloneNode(deep: boolean): PageNode;
  querySelectorAll(selector: string): Iterable<PageNode>;
  remove(): void;
}
export interface PageGlobals {
  innerWidth: number;
  innerHeight: number;
  scrollY: number;
  document: { activeElement: PageNode | null; body: PageNode; querySelector(selector: string): PageNode | null };
}

/**
 * Types the input on a fresh home page (`base` + '/'), presses 查一查 and waits for the banner;
 * returns its verdict ('safe' | 'suspicious' | 'scam').
 */
export async function checkOnHome(page: Page, base: string, text: string): Promise<string> {
  await page.goto(base + '/');
  await page.fill('#message', text);
  await page.click('#submit');
  const banner = await page.waitForSelector('#result [data-verdict]', { timeout: 15_000 });
  return (await banner.getAttribute('data-verdict')) ?? '';
}

/** Records page errors, dialogs (an XSS payload's alert) and whether a payload set a global. */
/**
 * Says one sentence on the /call page as the caller: types it, adds it, and waits until the page
 * takes the next one (the add button is enabled again once the turn was analysed).
 */
export async function say(page: Page, text: string): Promise<void> {
  await page.fill('#turn-text', text);
  await page.click('#add-turn');
  await page.waitForFunction(() => !(globalThis as unknown as PageGlobals).document.querySelector('#add-turn')?.hasAttribute('disabled'));
}

export function watch(page: Page): { errors: string[]; dialogs: string[] } {
  const seen = { errors: [] as string[], dialogs: [] as string[] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); void d.dismiss(); });
  return seen;
}

export const pwned = (page: Page) => page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned);

/** The element's box lies wholly inside the visible screen (what a person sees without scrolling). */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    const w = globalThis as unknown as PageGlobals;
    // Sub-pixel rounding of a scrolled-to element is not "off screen".
    return r.top >= -1 && r.left >= 0 && r.bottom <= w.innerHeight + 1 && r.right <= w.innerWidth && r.height > 0;
  });
}

/**
 * English words in what the page itself says (the person's own text, links and codes set aside):
 * on the Chinese page this must be empty. APP, QQ, PNG/JPG, Ctrl+Enter and the "EN" switch are
 * how these are written in Chinese too.
 */
export async function englishLeaks(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const clone = (globalThis as unknown as PageGlobals).document.body.cloneNode(true);
    for (const el of clone.querySelectorAll('.user-text, textarea, input, .lang, code, noscript, script')) el.remove();
    return clone.innerText;
  });
  const allowed = new Set(['APP', 'QQ', 'PNG', 'JPG', 'Ctrl', 'Enter', 'API', 'EN', 'ID']);
  const cleaned = text
    .replace(/(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?/gi, ' ') // domains and links quoted by findings
    .replace(/(?<![A-Za-z])\.[a-z]{2,}\b/g, ' ')                              // a top-level domain named by a finding (.top)
    .replace(/“[A-Za-z0-9 .-]*”/g, ' ');                                      // a quoted word of the scammer's link
  return (cleaned.match(/[A-Za-z]{2,}/g) ?? []).filter((w: string) => !allowed.has(w));
}

/**
 * WCAG contrast ratio of each matching element's text against the first opaque background behind
 * it (the lowest ratio per selector). Source of the formula: WCAG 2.1, "contrast ratio" and
 * "relative luminance" definitions.
 */
export async function lowestContrast(page: Page, selectors: string[]): Promise<Record<string, number>> {
  return page.evaluate((sels) => {
    type El = { parentElement: El | null };
    const g = globalThis as unknown as {
      getComputedStyle(e: El): { color: string; backgroundColor: string };
      document: { querySelectorAll(s: string): Iterable<El> };
    };
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, gg, b]: number[]) => {
      const f = (v: number) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r!) + 0.7152 * f(gg!) + 0.0722 * f(b!);
    };
    const out: Record<string, number> = {};
    for (const sel of sels) {
      let lowest = Infinity;
      for (const el of g.document.querySelectorAll(sel)) {
        const fg = rgb(g.getComputedStyle(el).color);
        let bg: number[] = [255, 255, 255];
        for (let n: El | null = el; n; n = n.parentElement) {
          const c = rgb(g.getComputedStyle(n).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3]! > 0.99)) { bg = c.slice(0, 3); break; }
        }
        const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
        lowest = Math.min(lowest, (a! + 0.05) / (b! + 0.05));
      }
      out[sel] = lowest;
    }
    return out;
  }, selectors);
}
