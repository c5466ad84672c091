/**
 * 查一查 (/) in Chromium at 360×780 and 1366×900: the answer comes in the input's language until
 * the person chooses one. An English refund scam pasted into the default (Chinese) page gets an
 * English verdict, English steps and no Chinese-platform advice, and the page follows it; a Chinese
 * message keeps the page Chinese; once the toggle was touched (?lang=zh remembered), the chosen
 * language answers whatever the input's.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { englishLeaks, watch } from './citizen-helpers.ts';
import type { PageGlobals } from './citizen-helpers.ts';
import { available, shot, usePages, VIEWPORTS } from './harness.ts';

const EN_SCAM = 'Hi, this is Mia from Shopee customer service. Your parcel was damaged so we will compensate you double. Please send me the 6-digit code you just received so I can verify your account.';
const ZH_SCAM = '【京东】尊敬的客户，您购买的商品有质量问题，我们为您办理双倍理赔，请点击 http://jd.com.tuikuan-service.top/refund 填写银行卡号和收到的验证码。';
const CJK = /[\u4e00-\u9fff]/;

describe.skipIf(!available)('the citizen page answers in the input\'s language until one is chosen', () => {
  // A page of its own per test (a fresh device), closed after it.
  const h = usePages({ viewports: [] });

  async function check(p: Page, path: string, text: string): Promise<void> {
    await p.goto(h.server.base + path);
    await p.fill('#message', text);
    await p.click('#submit');
    await p.waitForSelector('#result [data-verdict]', { timeout: 20_000 });
  }
  const textOf = (p: Page, sel: string) => p.evaluate((s) => (globalThis as unknown as PageGlobals).document.querySelector(s)?.textContent ?? '', sel);

  for (const v of VIEWPORTS) {
    it(`at ${v.width}×${v.height}`, async () => {
      // A fresh device: nothing chosen yet.
      const p = await h.open(v);
      const seen = watch(p);
      await check(p, '/', EN_SCAM);
      await p.waitForTimeout(200);
      await shot(p, `home-input-english-${v.name}`);
      expect(await p.getAttribute('#result [data-verdict]', 'data-verdict')).toBe('scam');
      expect(await p.getAttribute('html', 'lang')).toBe('en');
      expect(await textOf(p, '#verdict')).toMatch(/scam/i);
      for (const sel of ['#result .banner', '#result .now', '#result']) expect(CJK.test(await textOf(p, sel)), sel).toBe(false);
      // No Chinese platform's advice for a Shopee scam in English.
      expect(await textOf(p, '#result')).not.toMatch(/Taobao|JD\.com|淘宝|京东/);

      // A Chinese message on the same page: Chinese again.
      await check(p, '/', ZH_SCAM);
      expect(await p.getAttribute('html', 'lang')).toBe('zh-CN');
      expect(CJK.test(await textOf(p, '#verdict'))).toBe(true);
      expect(await englishLeaks(p)).toEqual([]);

      // The toggle touched (remembered): the chosen language answers, whatever the input's.
      await check(p, '/?lang=zh', EN_SCAM);
      await shot(p, `home-input-english-chosen-zh-${v.name}`);
      expect(await p.getAttribute('html', 'lang')).toBe('zh-CN');
      expect(CJK.test(await textOf(p, '#verdict'))).toBe(true);
      expect(CJK.test(await textOf(p, '#result .now'))).toBe(true);
      expect(seen.errors).toEqual([]);
    }, 90_000);
  }
});
