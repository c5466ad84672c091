/**
 * modelText (src/model/text.ts) skips reading the language when normalising the turn again changes
 * nothing and no variant spelling is in it (session 13: a pass saved on most scored turns). The
 * shortcut must give what the full reading gives — the text itself on an English line, the folded
 * text on a Chinese one — on every kind of line: plain Chinese, Chinese with the playbook's variant
 * spellings, English with and without a Latin variant key, pinyin, mixed, and text that is not yet
 * normalised (full width, traditional, spaced out, numerals), so its two conditions are both met or not.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { modelText } from '../../src/model/text.ts';
import { detectLangs } from '../../src/normalise/lang.ts';
import { compileVariants, normalise } from '../../src/normalise/normalise.ts';
import { zhVariants } from '../../src/playbook/zh/variants.ts';

const ZH_FOLD = compileVariants(zhVariants);
/** modelText as it read before the shortcut (session 12). */
function reference(normalised: string): string {
  if (normalised.length === 0) return normalised;
  const langs = detectLangs(normalised);
  if (langs.primary !== null && !langs.all.includes('zh')) return normalised;
  const folded = normalise(normalised, ZH_FOLD).text;
  return folded === normalised ? folded : normalise(folded).text;
}

const LINES = [
  '',
  '明天下午三点开家长会，请准时到校',
  '您好，这里是快递驿站，您的包裹已到，请凭取件码取件',
  '亲，您的订单有问题，给您腿款，加薇信办理一下',
  '我们这里赔不起',
  '请加vx联系客服处理退款',
  'please add my vx for the refund',
  'Meeting moved to 3pm, see you in room 204',
  'ni hao, wo shi kuai di yuan, ni de bao guo dao le',
  'Hello亲，我是淘宝官方customer service，您的order有quality problem',
  '验 证 码 发 我 一 下',
  '這是你的退款，請點擊鏈接',
  'ＶＸ：ｔｋ０９２１，ｋｆ在线',
  '转账三五八零元到这个账户',
  '😊 ok 好的 👍',
  'kfc门店今天vip会员日',
  '理 赔 请 加 W X 号',
];

describe('modelText: the shortcut gives what the full reading gives', () => {
  for (const line of LINES) {
    it(`"${line.slice(0, 30)}" as given and normalised`, () => {
      expect(modelText(line)).toBe(reference(line));
      const n = normalise(line).text;
      expect(modelText(n)).toBe(reference(n));
    });
  }
});

describe('modelText: the shortcut on random text', () => {
  it('equals the full reading on random mixes of Chinese, variant spellings, Latin, digits, full width and separators', () => {
    const pieces = fc.constantFrom('退款', '腿款', '薇信', '微信', 'vx', 'kf', 'yhk', '客服', '您好', 'refund', 'please', 'add', 'me', ' ', '，', '。', '·', '-', '三', '五', '八', '0', '7', 'Ａ', 'ｖｘ', '這', '們', '😊', 'ni', 'hao', '\n');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (a) => {
      const t = a.join('');
      expect(modelText(t)).toBe(reference(t));
      const n = normalise(t).text;
      expect(modelText(n)).toBe(reference(n));
    }), { numRuns: 1000 });
  });
});
