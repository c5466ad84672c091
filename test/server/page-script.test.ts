/**
 * Runs the first page's script against a minimal recording DOM and the real API: the pasted
 * scammer text (with <script> and <img onerror>) must end up only as text nodes and <mark>
 * text, and the script must never touch an HTML-parsing property. (No browser is installed on
 * the build machine; this exercises the page's own rendering code instead.)
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type Running } from './helpers.ts';

class FakeText {
  readonly nodeType = 3;
  constructor(readonly data: string) {}
}

class FakeElement {
  readonly nodeType = 1;
  children: (FakeElement | FakeText)[] = [];
  className = '';
  title = '';
  hidden = true;
  disabled = false;
  value = '';
  listeners = new Map<string, (e: unknown) => unknown>();
  constructor(readonly tag: string, readonly created: string[]) {}
  set textContent(t: string) { this.children = [new FakeText(t)]; }
  get textContent(): string { return this.children.map((c) => (c instanceof FakeText ? c.data : c.textContent)).join(''); }
  get firstChild() { return this.children[0] ?? null; }
  appendChild<T extends FakeElement | FakeText>(c: T): T { this.children.push(c); return c; }
  removeChild(c: FakeElement | FakeText) { this.children = this.children.filter((x) => x !== c); }
  addEventListener(type: string, fn: (e: unknown) => unknown) { this.listeners.set(type, fn); }
  set innerHTML(_v: string) { throw new Error('innerHTML used'); }
  set outerHTML(_v: string) { throw new Error('outerHTML used'); }
  insertAdjacentHTML() { throw new Error('insertAdjacentHTML used'); }
  setAttribute() { throw new Error('setAttribute used (could set an on* handler)'); }
}

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

const XSS = '您好我是淘宝客服<script>alert(1)</script>，您的商品质量问题要退款<img src=x onerror="alert(2)">，请开启屏幕共享，把验证码告诉我';

describe('the first page renders scammer text as text', () => {
  it('shows the verdict, highlights evidence, and creates no element from the message', async () => {
    const created: string[] = [];
    const ids = ['check-form', 'message', 'submit', 'error', 'result', 'verdict', 'risk', 'highlighted', 'tactics', 'advice'];
    const byId = new Map(ids.map((id) => [id, new FakeElement(id === 'submit' ? 'button' : 'div', created)]));
    const document = {
      getElementById: (id: string) => byId.get(id) ?? null,
      createElement: (tag: string) => { created.push(tag); return new FakeElement(tag, created); },
      createTextNode: (t: string) => new FakeText(t),
      write: () => { throw new Error('document.write used'); },
    };
    const fetchFromPage = (path: string, init: RequestInit) => fetch(s.base + path, init);
    const script = readFileSync(new URL('../../public/app.js', import.meta.url), 'utf8');
    new Function('document', 'fetch', script)(document, fetchFromPage);

    byId.get('message')!.value = XSS;
    await byId.get('check-form')!.listeners.get('submit')!({ preventDefault() {} });

    expect(byId.get('error')!.hidden).toBe(true);
    expect(byId.get('result')!.hidden).toBe(false);
    expect(byId.get('verdict')!.textContent).toBe('很可能是诈骗');
    const highlighted = byId.get('highlighted')!;
    expect(highlighted.textContent).toBe(XSS); // the whole message, verbatim, as text
    const marks = highlighted.children.filter((c): c is FakeElement => c instanceof FakeElement);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.tag === 'mark' && m.children.every((c) => c instanceof FakeText))).toBe(true);
    expect(marks.map((m) => m.textContent).join('|')).toContain('验证码');
    expect(new Set(created)).toEqual(new Set(['mark', 'li', 'span']));
    expect(byId.get('advice')!.children.length).toBeGreaterThan(0);
  });
});
