/**
 * Obfuscation as a normalisation kind (issue 8 §4, sms-cs): whatever a scammer puts between the
 * characters of a cue (spaces, dots, +, =, #, emoji, dingbats, a skin tone or a variation selector)
 * and whatever shorthand they write (homophones, pinyin, initials: src/playbook/zh/variants.ts), the
 * message reads as its plain form, and the evidence points at the characters as the citizen sees them.
 * Inputs are our own writing; hard negatives: emoji and symbols in real notices, English with
 * spaced letters, a size 3XL, "kfc".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { normalise, toOriginal } from '../../../src/normalise/normalise.ts';
import { ZH_VARIANT_GROUPS } from '../../../src/playbook/zh/variants.ts';
import { runCase, why, type FaultCase, sms } from './helpers.ts';

const ids = (text: string): string[] => analyze(sms(text)).tactics.map((t) => t.id).filter((id) => id !== 'contact.model').sort();

/** Plain scam messages of the refund kill chain (our own writing), each `scam` as written. */
const PLAIN_SCAMS = [
  '我是淘宝客服，您的商品有质量问题，给您退款，请把验证码告诉我',
  '您的包裹丢失了，我们给您三倍理赔，请开启屏幕共享，我指导您操作',
  '京东客服：您误开通了金条会员，不取消每月扣费，请下载会议软件，把银行卡号发给我',
  '您的订单退款失败，请点击 http://tb-refund.top 填写银行卡号和密码',
  '快递丢件理赔，请加理赔专员微信，扫码后转账到指定账户激活理赔金',
];

/** Separators a scammer puts between characters. */
const SEPARATORS = [' ', '  ', '.', '·', '*', '-', '_', '+', '=', '#', '~', '|', '/', '\u200b', '❤', '❤️', '★', '☆', '●', '◆', '✔', '🔥', '😊', '👍🏻', '🌹', '⭐'];

describe('separators between characters read as the plain word (sms-cs)', () => {
  const CASES: FaultCase[] = [
    { name: 'hearts inside 验证码', expect: 'scam', tactics: ['extract.verification-code'], input: sms('我是淘宝客服，您的商品有质量问题，给您退款，请把验❤证❤码告诉我') },
    { name: 'emoji inside 验证码', expect: 'scam', tactics: ['extract.verification-code'], input: sms('我是淘宝客服，您的商品有质量问题，给您退款，请把验🔥证🔥码告诉我') },
    { name: 'stars inside 验证码', expect: 'scam', input: sms('我是淘宝客服，您的商品有质量问题，给您退款，请把验★证★码告诉我') },
    { name: 'plus signs inside 验证码', expect: 'scam', input: sms('我是淘宝客服，您的商品有质量问题，给您退款，请把验+证+码告诉我') },
    { name: 'equals signs inside 验证码', expect: 'scam', input: sms('我是淘宝客服，您的商品有质量问题，给您退款，请把验=证=码告诉我') },
    { name: 'hashes inside 验证码', expect: 'scam', input: sms('我是淘宝客服，您的商品有质量问题，给您退款，请把验#证#码告诉我') },
    { name: 'four spaces inside 验证码', expect: 'scam', input: sms('我是淘宝客服，您的商品有质量问题，给您退款，请把验    证    码告诉我') },
    { name: 'a thumbs-up with a skin tone inside 验证码', expect: 'scam', input: sms('我是淘宝客服，您的商品有质量问题，给您退款，请把验👍🏻证码告诉我') },
    { name: 'dashes inside 屏幕共享', expect: 'not-safe', tactics: ['shift.screen-share'], input: sms('您的包裹丢失，给您理赔，请开启屏-幕-共-享') },
    { name: 'a heart inside 微信', expect: 'not-safe', tactics: ['shift.group'], input: sms('您的包裹丢失，给您理赔，请加微❤信') },
    { name: 'a heart between v and x', expect: 'not-safe', input: sms('我是淘宝客服，您的商品有质量问题，给您退款，请加v❤x详谈') },
    { name: 'flowers inside 银行卡号', expect: 'scam', tactics: ['extract.card-credentials'], input: sms('您的快递丢了，给您理赔，请把银🌹行🌹卡🌹号发我') },
    { name: 'hard negative: a refund notice with party emoji', expect: 'safe', input: sms('【京东】🎉您的退款已到账🎉，89.00元已原路退回，请在APP查看。') },
    { name: 'hard negative: a courier notice with a phone emoji', expect: 'safe', input: sms('【顺丰速运】您的快件今天送达☎️派送员稍后联系您，请保持电话畅通。') },
    { name: 'hard negative: a greeting with hearts', expect: 'safe', input: sms('妈❤️生日快乐❤️晚上回家吃饭') },
    { name: 'hard negative: a shop promotion with stars', expect: 'safe', input: sms('【优衣库】★冬季特惠★全场羽绒服8折，详情请在APP查看，退订回T') },
  ];
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });

  it('evidence points at the characters as written, emoji included', () => {
    const text = '我是淘宝客服，给您退款，请把验❤证🔥码告诉我';
    const r = analyze(sms(text));
    const code = r.tactics.find((t) => t.id === 'extract.verification-code');
    expect(code, why(r)).toBeDefined();
    const spans = code!.evidence.map((e) => text.slice(e.start, e.end));
    expect(spans.some((s) => s.includes('验❤证🔥码')), spans.join(' | ')).toBe(true);
  });

  it('keeps English, sizes and lone symbols as they are', () => {
    expect(normalise('I ❤ NY and a + b').text).toBe('i ❤ ny and a + b');
    expect(normalise('尺码3XL').text).toBe('尺码3xl');
    expect(normalise('好的😊!').text).toBe('好的😊!');
    expect(normalise('价格+运费').text).toBe('价格运费');
  });

  it('random separators between characters never turn a scam into a safe read (fast-check)', () => {
    for (const plain of PLAIN_SCAMS) expect(analyze(sms(plain)).verdict, plain).toBe('scam');
    const arb = fc.record({
      scam: fc.constantFrom(...PLAIN_SCAMS),
      seps: fc.array(fc.tuple(fc.nat(200), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 12 }),
    });
    fc.assert(fc.property(arb, ({ scam, seps }) => {
      // Insert each separator between two Chinese characters (the spacing trick), never inside a URL.
      const chars = [...scam];
      const slots: number[] = [];
      for (let i = 1; i < chars.length; i++) if (/\p{Script=Han}/u.test(chars[i - 1]!) && /\p{Script=Han}/u.test(chars[i]!)) slots.push(i);
      const at = new Map<number, string>();
      for (const [k, sep] of seps) at.set(slots[k % slots.length]!, sep);
      const text = chars.map((c, i) => (at.get(i) ?? '') + c).join('');
      const r = analyze(sms(text));
      expect(r.verdict, `${text}: ${why(r)}`).not.toBe('safe');
      for (const t of r.tactics) for (const e of t.evidence) {
        expect(e.start >= 0 && e.end <= text.length && e.start <= e.end, `${t.id} ${e.start}-${e.end} in ${text.length}`).toBe(true);
        expect(e.text).toBe(text.slice(e.start, e.end));
      }
      const n = normalise(text);
      for (let i = 0; i < n.text.length; i++) {
        const o = toOriginal(n, i, i + 1);
        expect(o.start >= 0 && o.end <= text.length && o.start < o.end).toBe(true);
      }
    }), { numRuns: 150 });
  });
});

describe('shorthand, homophones and pinyin read as the plain word (src/playbook/zh/variants.ts, sms-cs)', () => {
  for (const group of ZH_VARIANT_GROUPS) {
    for (const [obfuscated, plain] of group.examples) {
      it(`${group.kind}: ${obfuscated}`, () => {
        expect(ids(obfuscated), `${obfuscated} vs ${plain}`).toEqual(ids(plain));
        expect(analyze(sms(obfuscated)).verdict).toBe(analyze(sms(plain)).verdict);
        expect(analyze(sms(plain)).verdict).not.toBe('safe');
      });
    }
  }

  const NEGATIVES: FaultCase[] = [
    { name: 'hard negative: kfc is not 客服', expect: 'safe', input: sms('今晚吃kfc吗？我请客') },
    { name: 'hard negative: a size 3XL is not 三倍', expect: 'safe', input: sms('【优衣库】您购买的3XL羽绒服已发货，请在APP查看物流') },
    { name: 'hard negative: 这里赔不起 is not 理赔', expect: 'safe', input: sms('老板说这里赔不起，东西坏了就算了') },
    { name: 'hard negative: a TikTok shop order', expect: 'safe', input: sms('tk小店的订单已发货，预计三天到') },
  ];
  for (const c of NEGATIVES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
