/**
 * 通话守护 (/call) and 亲情守护 (/guardian/<token>) in Chromium, at 360×780 and 1366×900: the
 * sample scam call reaches the full-screen warning naming the step; the guardian's page, opened
 * on another device, receives that warning live without the transcript; a revoked or unknown
 * guardian link is a 404 page; the sample genuine call stays calm; "这不是诈骗" is stored; and
 * scammer markup typed into the call or put in a guardian label never runs.
 */
import { describe, expect, it } from 'vitest';
import { rawDb } from '../server/helpers.ts';
import { englishLeaks, inViewport, lowestContrast, pwned, say, watch } from './citizen-helpers.ts';
import type { PageGlobals } from './citizen-helpers.ts';
import { available, shot, usePages, VIEWPORTS } from './harness.ts';

describe.skipIf(!available)('the live-call guard and the family guardian in Chromium', () => {
  // Pages of their own per test (the call page keeps the guardian link in its storage).
  const h = usePages({ viewports: [] });

  for (const v of VIEWPORTS) {
    it(`at ${v.width}×${v.height}: the sample scam call warns full-screen, the guardian sees it live, then the link is revoked`, async () => {
      // Two devices: the protected person's and the family member's (separate storage).
      const person = await h.open(v);
      const family = await h.open(v);
      const seen = watch(person);
      const familySeen = watch(family);
      await person.goto(h.server.base + '/call');
      await shot(person, `call-start-${v.name}`);
      expect(await englishLeaks(person)).toEqual([]);
      await person.fill('#guardian-label', '妈妈');
      await person.click('#guardian-create');
      const link = await person.getAttribute('#guardian-link', 'href');
      expect(link).toMatch(/\/guardian\/[A-Za-z0-9_-]{43}$/);

      await family.goto(link!);
      await family.waitForSelector('#calm');
      expect(await family.textContent('main')).toContain('妈妈');
      await shot(family, `guardian-calm-${v.name}`);

      await person.click('#sample-scam');
      await person.waitForSelector('#warning', { timeout: 20_000 });
      await person.waitForTimeout(200);
      await shot(person, `call-warning-${v.name}`);
      expect(await inViewport(person, '#hang-up')).toBe(true);
      // Nothing behind the warning can be reached by Tab or a screen reader while it is up.
      expect(await person.$eval('.page', (el) => (el as unknown as { inert: boolean }).inert)).toBe(true);
      expect(await person.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.id)).toBe('warning-title');
      expect(await person.textContent('#warning-step')).toMatch(/^对方在.+：真客服从不这样做。$/);
      // The warning names the kind (the turn's reply carries it): the sample's fake agent, before or after the refund story.
      await person.waitForFunction(() => /^这很可能是冒充客服(退款)?诈骗！$/.test((globalThis as unknown as PageGlobals).document.querySelector('#warning-title')?.textContent ?? ''));
      expect(await person.$eval('#warning', (el) => { const r = el.getBoundingClientRect(); return r.width >= (globalThis as unknown as PageGlobals).innerWidth && r.height >= (globalThis as unknown as PageGlobals).innerHeight; })).toBe(true);
      expect(await person.$eval('#hang-up', (el) => el.getBoundingClientRect().height)).toBeGreaterThan(await person.$eval('#not-scam', (el) => el.getBoundingClientRect().height));
      expect(await englishLeaks(person)).toEqual([]);
      for (const [sel, ratio] of Object.entries(await lowestContrast(person, ['#warning-title', '.warning-step', '.warning-advice', '#hang-up', '#not-scam']))) {
        expect(ratio, sel).toBeGreaterThanOrEqual(4.5);
      }
      const risk = Number(await person.getAttribute('#meter', 'aria-valuenow'));
      expect(risk).toBeGreaterThan(0);

      // The family member's page shows it, live: the step, a reminder to call, never the call's words.
      await family.waitForSelector('.warning-item', { timeout: 10_000 });
      await family.waitForTimeout(200);
      await shot(family, `guardian-warning-${v.name}`);
      expect(await inViewport(family, '#verdict')).toBe(true);
      const familyText = (await family.textContent('main'))!;
      expect(familyText).toContain('妈妈可能正在被骗');
      expect(familyText).toContain('打电话');
      expect(familyText).toMatch(/疑似冒充客服(退款)?诈骗/);
      expect(familyText).not.toContain('王阿姨'); // the sample's first words: the transcript is never sent
      for (const [sel, ratio] of Object.entries(await lowestContrast(family, ['.banner-title', '.banner-sub', '.call-now', '.banner-meta', '.card h3', '.card p', '.spans mark']))) {
        expect(ratio, sel).toBeGreaterThanOrEqual(4.5);
      }
      expect(await englishLeaks(family)).toEqual([]);

      // Hanging up: the warning goes, the meter keeps its value, the already-paid help is one tap away.
      await person.click('#hang-up');
      await person.waitForSelector('#hung-up');
      expect(await person.$('#warning')).toBeNull();
      expect(Number(await person.getAttribute('#meter', 'aria-valuenow'))).toBeGreaterThanOrEqual(risk);
      expect(await person.$('#hung-up .paid-cta')).not.toBeNull();
      await person.waitForFunction(() => (globalThis as unknown as PageGlobals).document.activeElement?.id === 'hung-up-title');
      expect(await inViewport(person, '#hung-up-title')).toBe(true);
      await shot(person, `call-hung-up-${v.name}`);

      // Revoking: the open guardian page is told, and the link is a 404 page from then on.
      await person.click('#guardian-revoke');
      await family.waitForSelector('#revoked', { timeout: 10_000 });
      const again = await family.goto(link!);
      expect(again!.status()).toBe(404);
      await family.waitForSelector('#notfound');
      await shot(family, `guardian-revoked-${v.name}`);
      expect(await englishLeaks(family)).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(familySeen.errors).toEqual([]);
    }, 90_000);
  }

  it('in English at 360×780 the warning is English and its hang-up button is on the first screen', async () => {
    const p = await h.open();
    await p.goto(h.server.base + '/call?lang=en');
    await p.click('#sample-scam');
    await p.waitForSelector('#warning', { timeout: 30_000 });
    await shot(p, 'call-warning-english-phone');
    expect(await inViewport(p, '#hang-up')).toBe(true);
    expect(await p.textContent('#warning-step')).toMatch(/^The caller is .+: real customer service never does this\.$/);
    expect(await p.evaluate(() => /[\u4e00-\u9fff]/.test((globalThis as unknown as PageGlobals).document.querySelector('#warning')?.textContent ?? ''))).toBe(false);
  }, 60_000);

  it('the sample genuine call stays calm; "这不是诈骗" on a warning is stored as feedback', async () => {
    const p = await h.open();
    await p.goto(h.server.base + '/call');
    await p.click('#sample-genuine');
    await p.waitForFunction(() => !(globalThis as unknown as PageGlobals).document.querySelector('#sample-genuine')?.hasAttribute('disabled'), undefined, { timeout: 20_000 });
    expect(await p.$('#warning')).toBeNull();
    expect(await p.getAttribute('#meter', 'aria-valuenow')).toBe('0');
    expect(await p.$$eval('.transcript li', (l) => l.length)).toBeGreaterThanOrEqual(5);
    await shot(p, 'call-genuine-phone');

    // A typed turn (Ctrl+Enter) that warns; the person says it is not a scam.
    await p.goto(h.server.base + '/call');
    await p.fill('#turn-text', '您好，我是京东客服，您买的商品有质量问题，要给您理赔退款，请开启屏幕共享');
    await p.press('#turn-text', 'Control+Enter');
    await p.waitForSelector('#warning', { timeout: 10_000 });
    await p.click('#not-scam');
    await p.waitForFunction(() => ((globalThis as unknown as PageGlobals).document.querySelector('#note')?.textContent ?? '').includes('已记下'));
    expect(await p.$('#warning')).toBeNull();
    const rows = rawDb(h.server.app.store).prepare("SELECT kind, source FROM feedback WHERE kind = 'not-scam'").all();
    expect(rows).toContainEqual({ kind: 'not-scam', source: 'citizen' });
  }, 60_000);

  it('a call idle past the session limit says so in Chinese and starts again with the next sentence', async () => {
    const short = await h.start({ sessionIdleMs: 400, sweepIntervalMs: 60_000 });
    const p = await h.open();
    await p.goto(short.base + '/call');
    await say(p, '您好，我是京东客服');
    await p.waitForTimeout(700);
    await say(p, '您买的商品有质量问题');
    expect(await p.textContent('#error')).toContain('守护已经结束');
    expect(await englishLeaks(p)).toEqual([]);
    await say(p, '要给您理赔退款');
    expect(await p.textContent('#error')).toBe('');
  }, 60_000);

  it('scammer markup typed into a call or put in a guardian label never runs', async () => {
    const p = await h.open(VIEWPORTS[1]);
    const ctx = p.context();
    const seen = watch(p);
    const payload = '<img src=x onerror="window.__pwned = 1; alert(1)"><script>window.__pwned = 2</script>';
    await p.goto(h.server.base + '/call');
    await p.fill('#guardian-label', '<img src=x onerror="alert(3)">');
    await p.click('#guardian-create');
    const link = await p.getAttribute('#guardian-link', 'href');
    await p.fill('#turn-text', `我是淘宝客服${payload}，给您退款，把验证码告诉我`);
    await p.click('#add-turn');
    await p.waitForSelector('.transcript li');
    expect(await p.textContent('.transcript')).toContain('<script>');
    expect(await p.$$eval('.transcript img, .transcript script', (n) => n.length)).toBe(0);

    const fam = await ctx.newPage();
    const famSeen = watch(fam);
    await fam.goto(link!);
    await fam.waitForSelector('main');
    await fam.waitForTimeout(300);
    expect(await fam.textContent('main')).toContain('onerror');
    expect(await fam.$$eval('main img', (n) => n.length)).toBe(0);
    expect(await pwned(p)).toBeUndefined();
    expect(await pwned(fam)).toBeUndefined();
    expect([...seen.dialogs, ...famSeen.dialogs]).toEqual([]);
  }, 60_000);
});
