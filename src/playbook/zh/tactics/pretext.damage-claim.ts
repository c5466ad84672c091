import { defineTactic } from '../../schema.ts';

/**
 * Damage you are said to have caused, with a sum to make good (newcomer11 kind 3): your pipe burst and
 * flooded the flat below, your car scraped another, your child broke something — "楼下要赔八千", "车主要私了
 * 赔两千". Real neighbours ask you to come and look first; a middleman on the phone (物业, 楼下的, a car
 * owner's go-between) who wants the money sent to them at once is the scam. The story alone is weight 20
 * (safe: neighbours and property managers do tell you of a leak); with the money asked to their own
 * WeChat or account (extract.damage-pay) the composite `damage-claim-plus-pay` makes it `suspicious`:
 * go and see, settle face to face or through the insurer. Our own siblings: test/engine/nc11-recall.test.ts.
 */
/** What you are said to have damaged: a flat's water, a car, a child's or a pet's harm (read by extract.damage-pay too). */
export const DAMAGE = [
  // A flat's water damage.
  '水管爆', '水管破', '水管漏', '漏水', '渗水', '跑水', '淹了', '泡了', '泡坏', '水漫', '把楼下', '楼下被淹',
  // A car's.
  '车把别人', '车刮了', '刮了别人', '刮到', '刮花', '蹭了', '剐蹭', '撞了', '撞到', '追尾', '车碰了',
  // A child's or a pet's.
  '孩子把', '儿子把', '女儿把', '孩子砸', '狗咬', '狗把', '砸坏', '砸了', '打碎', '弄坏了', '摔坏了',
];
/** The sum to make it good. */
export const CLAIM = ['赔', '私了', '维修费', '维修要', '修好要', '修车费', '医药费', '损失费', '赔偿'];

export default defineTactic({
  id: 'pretext.damage-claim',
  stage: 'pretext',
  description: {
    zh: '说您家漏水淹了别人家、您的车刮了别人的车或您家孩子弄坏了东西，要您赔一笔钱',
    en: 'Says your flat flooded a neighbour, your car scraped another or your child broke something, and wants a sum to make it good',
  },
  weight: 20,
  cues: [
    {
      all: [DAMAGE, CLAIM],
      within: 40,
    },
  ],
  // Settled in person or through the insurer, or a warning about the trick.
  unless: ['保险公司', '走保险', '报保险', '理赔', '定损', '投保', '报案', '当面', '回来看', '过来看', '见面', '交警', '骗子', '诈骗', '冒充'],
  guards: ['warning'],
  advice: ['verify-independently', 'already-paid'],
  examples: {
    positive: [
      '我是物业的，你家水管爆了把楼下淹了，楼下要你赔五千',
      '你家漏水把我家天花板泡了，维修要两千八',
      '你的车把别人车刮了，车主说私了赔一千五',
      '你家孩子把人家的窗户砸坏了，对方要赔八百',
      '你家狗咬了小区里的小孩，医药费要三千',
    ],
    negative: [
      '你家好像漏水了，你回来看一下吧',
      '你的车刮到我了，我们走保险吧',
      '我家漏水泡了楼下，已经跟他们当面商量好了',
      '物业通知：3号楼水管爆裂，今天下午停水维修',
      '小心冒充物业让你赔钱的骗子',
    ],
  },
});
