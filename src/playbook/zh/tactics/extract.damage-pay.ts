import { defineTactic } from '../../schema.ts';
import { DAMAGE, CLAIM } from './pretext.damage-claim.ts';

/**
 * The damage claim's money asked to the caller's own WeChat, Alipay or account at once (newcomer11 kind 3:
 * "…楼下要赔八千 你先转过来我们帮你处理", "…车主要私了 赔两千 你先微信转给我 我帮你处理"): a middleman who wants the
 * compensation before you have seen anything. Written with the story in the same stretch (the damage,
 * the sum, then "send it to me"), so the plain "转给我" a relative writes every day is never read alone.
 * Weight 35: with pretext.damage-claim `suspicious` (go and see; settle face to face or through the insurer).
 */
export default defineTactic({
  id: 'extract.damage-pay',
  stage: 'extraction',
  description: {
    zh: '为所谓的损坏赔偿，要您先把钱转到他本人的微信、支付宝或账户',
    en: 'Wants the compensation for the alleged damage sent to their own WeChat, Alipay or account first',
  },
  weight: 35,
  cues: [
    {
      all: [
        DAMAGE,
        CLAIM,
        ['转给我', '转我', '转过来', '打给我', '打过来', '汇给我', '汇过来', '转账给我', '付给我', '给我转', '给我打', '微信转', '支付宝转',
          '转到我', '打到我', '发红包'],
      ],
      within: 60,
      ordered: true,
    },
  ],
  unless: ['保险公司', '走保险', '报保险', '理赔', '定损', '投保', '报案', '当面', '回来看', '过来看', '见面', '交警', '骗子', '诈骗', '冒充', '不用转', '不要转', '别转',
    '我转给你', '我打给你', '我给你转', '已经转', '已转', '收到了'],
  guards: ['warning'],
  negatable: true,
  advice: ['verify-independently', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '我是物业的，你家水管爆了把楼下淹了，楼下要赔五千，你先转过来我们帮你处理',
      '你的车把别人车刮了，车主说私了赔一千五，你先微信转给我',
      '你家孩子把人家的窗户砸坏了，对方要赔八百，先转我',
      '你家漏水把我家天花板泡了，维修要两千八，你先支付宝转我',
      '你家狗咬了小区里的小孩，医药费要三千，打给我我拿过去',
    ],
    negative: [
      '你家漏水把我家天花板泡了，维修要两千八，你回来看一下再说',
      '你的车刮了我的车，我们走保险，不用转钱',
      '我家漏水泡了楼下，维修费两千我已经转给他们了',
      '妈，你先转我两千，周末还你',
      '小心冒充物业说你家漏水要赔钱、让你转给他的骗子',
    ],
  },
});
