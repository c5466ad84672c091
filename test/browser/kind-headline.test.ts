/**
 * 查一查 (/) in Chromium at 360×780 and 1366×900: the verdict banner names the kind of scam the answer gives
 * (src/playbook/scam-kinds.ts), not "冒充客服退款诈骗" for every kind (seen on a loan advert): "很可能是X" as the
 * title of a scam, "有X的迹象" under a suspicious one, neutral words when no kind is told, in the page's
 * language. Screenshots: test-results/kinds/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkOnHome, englishLeaks, inViewport, say, watch } from './citizen-helpers.ts';
import type { PageGlobals } from './citizen-helpers.ts';
import { available, shot, usePages, VIEWPORTS } from './harness.ts';

/** Our own messages: [name for the screenshot, text, verdict, the kind id, what the banner says]. */
const CASES: [string, string, string, string | undefined, string][] = [
  ['loan', '征信不好也能贷，黑户可贷，不看征信，当天下款，加微信详聊。', 'suspicious', 'loan', '有虚假贷款诈骗的迹象'],
  ['task', '诚招手机兼职，点赞关注就能赚钱，一单5元，日结佣金，添加QQ 55667788。', 'suspicious', 'task', '有刷单返利诈骗的迹象'],
  ['police', '这里是上海市公安局刑侦支队，您的银行卡涉嫌洗钱，需要把资金转入安全账户接受审查。', 'scam', 'police', '很可能是冒充公检法诈骗'],
  ['acquaintance', '妈，我手机掉水里了，这是我同学的号，急用钱交培训费，你转3000到这个卡上。', 'scam', 'acquaintance', '很可能是冒充熟人、领导诈骗'],
  ['investment', '亲爱的，这个外汇平台是我舅舅内部的，每个月固定收益20%，你先注册一个试试。', 'suspicious', 'investment', '有虚假投资理财诈骗的迹象'],
  ['prize', '恭喜您的手机号被抽中为幸运用户，获得苹果手机一台，需先支付运费和税费198元。', 'scam', 'prize', '很可能是虚假中奖、领奖诈骗'],
  ['game', '你好，你的游戏账号要卖吗？我出800，我们私下交易，你去这个平台上架。', 'suspicious', 'game', '有游戏交易诈骗的迹象'],
  ['refund', '您好，我是淘宝客服，您买的面霜有质量问题，给您双倍赔偿，请加理赔QQ群，把收到的验证码告诉我。', 'scam', 'refund', '很可能是冒充客服退款诈骗'],
  ['unknown', '您好，刚才发到您手机上的6位验证码麻烦报给我一下。', 'suspicious', undefined, '有诈骗的迹象'],
];

describe.skipIf(!available)('the verdict banner names the kind of scam', () => {
  const h = usePages();
  const textOf = (p: Page, sel: string) => p.evaluate((s) => (globalThis as unknown as PageGlobals).document.querySelector(s)?.textContent ?? '', sel);

  for (const v of VIEWPORTS) {
    describe(`at ${v.width}×${v.height}`, () => {
      it.each(CASES)('%s', async (name, text, verdict, kind, says) => {
        const p = h.page(v);
        const seen = watch(p);
        expect(await checkOnHome(p, h.server.base, text)).toBe(verdict);
        await p.waitForTimeout(150);
        await shot(p, `kind-${name}-${v.name}`, false, 'kinds');
        expect(await p.getAttribute('#verdict', 'data-kind')).toBe(kind ?? null);
        const banner = await textOf(p, '#verdict');
        expect(banner).toContain(says);
        // The refund scam's words only on the refund scam.
        if (kind !== 'refund') expect(banner).not.toMatch(/退款|客服/);
        const title = await textOf(p, '.banner-title');
        expect(title).toBe(verdict === 'scam' ? says : '可疑，请小心');
        // The first steps: the shopping app's "我的订单" only for the shop's agent's kinds.
        const steps = await textOf(p, '.now .steps');
        if (kind === 'refund' || kind === undefined) expect(steps).toContain('我的订单');
        else expect(steps).not.toMatch(/购物|我的订单|淘宝/);
        // The headline is read whole: one line box or two at most on a phone, and on the first screen.
        expect(await inViewport(p, '.banner-title')).toBe(true);
        expect(await englishLeaks(p)).toEqual([]);
        expect(seen.errors).toEqual([]);
      }, 30_000);

      it('an English scam on a fresh device is named in English', async () => {
        const p = await h.open(v);
        const seen = watch(p);
        expect(await checkOnHome(p, h.server.base, 'Hi, this is Amazon support. Your card was charged $899 for an iPhone order. To cancel it, install AnyDesk and read me the code we just sent.')).toBe('scam');
        await p.waitForTimeout(150);
        await shot(p, `kind-english-${v.name}`, false, 'kinds');
        expect(await textOf(p, '.banner-title')).toMatch(/^Very likely a fake (customer-service refund|support-agent) scam$/);
        expect(seen.errors).toEqual([]);
      }, 30_000);

      it('a fake police call on the live-call page: the warning names it, no "真客服", no seller', async () => {
        const p = await h.open(v);
        const seen = watch(p);
        await p.goto(h.server.base + '/call');
        for (const line of ['您好，这里是市公安局刑侦支队，您的身份证涉嫌一起洗钱案件，需要配合调查。',
          '这个案子是保密的，不要告诉家人，现在把您卡里的钱转到我们的安全账户接受审查。']) {
          await say(p, line);
          if (await p.$('#warning')) break;
        }
        await p.waitForSelector('#warning', { timeout: 20_000 });
        await p.waitForFunction(() => ((globalThis as unknown as PageGlobals).document.querySelector('#warning-title')?.textContent ?? '') === '这很可能是冒充公检法诈骗！', undefined, { timeout: 10_000 });
        await p.waitForTimeout(150);
        await shot(p, `kind-call-police-${v.name}`, false, 'kinds');
        expect(await textOf(p, '#warning-step')).toMatch(/^对方在.+：这正是骗子的做法。$/);
        expect(await textOf(p, '#warning')).not.toMatch(/真客服|商家|购物|退款|理赔/);
        expect(await inViewport(p, '#hang-up')).toBe(true);
        expect(await englishLeaks(p)).toEqual([]);
        expect(seen.errors).toEqual([]);
      }, 60_000);

      it('the family\'s guardian page names the kind of a checked message, in its own words', async () => {
        const person = await h.open(v);
        const family = await h.open(v);
        const seen = watch(family);
        await person.goto(h.server.base + '/');
        await person.fill('#guardian-label', '爸爸');
        await person.click('#guardian-create');
        const link = await person.getAttribute('#guardian-link', 'href');
        await family.goto(link!);
        await family.waitForSelector('#calm');
        expect(await checkOnHome(person, h.server.base, CASES.find((c) => c[0] === 'police')![1])).toBe('scam');
        await family.waitForSelector('.warning-item', { timeout: 10_000 });
        await family.waitForTimeout(150);
        await shot(family, `kind-guardian-police-${v.name}`, false, 'kinds');
        const text = await textOf(family, '.warning-item');
        expect(text).toContain('疑似冒充公检法诈骗');
        expect(text).not.toMatch(/真客服|退款/);
        expect(await englishLeaks(family)).toEqual([]);
        expect(seen.errors).toEqual([]);
      }, 60_000);

      it('a safe message names no kind', async () => {
        const p = h.page(v);
        expect(await checkOnHome(p, h.server.base, '周末一起去爬山吧，我开车，早上八点小区门口见。')).toBe('safe');
        expect(await p.getAttribute('#verdict', 'data-kind')).toBeNull();
        expect(await textOf(p, '.banner-sub')).not.toMatch(/退款/);
      }, 30_000);
    });
  }
});
