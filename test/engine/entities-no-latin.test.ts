/**
 * speed14: a turn with no Latin letter and no digit (most Chinese turns) skips the link, number, handle and figure
 * scans (src/entities/entities.ts, extractEntities' first branch). The same text with a Latin letter appended goes
 * the whole way; both must give the same entities. Our own sentences, in several registers.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/entities.ts';
import { normalise } from '../../src/normalise/normalise.ts';

const NO_LATIN = [
  '你先转两千过来，我这边马上给你处理',
  '请汇二十万到我们指定的账户上',
  '孩子这学期的校服费和教辅费一共三百五十元，明天交给班主任',
  '这个月的物业费已经扣了，您不用再交',
  '麻烦您打八百到这张卡上，我们核实后原路退回',
  '您好，您的快递已到驿站，请凭取件码领取',
  '您的订单商品存在质量问题，我们给您双倍理赔',
  '转个五千给我，明天一早还你',
  '免费领取的活动已经结束了，感谢您的参与',
  '妈，我手机丢了，先用同学的号跟你说，你给我打两千块生活费',
  '拨打一一零报警，不要给陌生人转账',
  '一二三四五六七八九十',
  '这单的运费和保价费由我们承担，您无需支付任何费用',
  '',
  '。。。',
];

describe('entities of a turn with no Latin letter or digit', () => {
  for (const raw of NO_LATIN) {
    const text = normalise(raw).text;
    it(`the short way equals the whole way: ${raw || '(empty)'}`, () => {
      // ' x': a Latin letter (no entity on its own) sends the same text through every scan.
      expect(extractEntities(text)).toEqual(extractEntities(`${text} x`));
    });
  }

  it('finds sums in numerals, amounts before 元 and fees', () => {
    const kinds = (t: string): string[] => extractEntities(normalise(t).text).map((e) => `${e.kind}:${e.value}`);
    expect(kinds('你先转两千过来')).toEqual(['sum:2000']);
    expect(kinds('孩子的校服费三百五十元')).toEqual(['fee:校服费', 'amount:350']);
    expect(kinds('您好，您的快递已到驿站')).toEqual([]);
  });
});
