import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'pretext.too-good-compensation',
  stage: 'pretext',
  description: {
    zh: '许诺双倍返还、三倍赔偿、退款不退货等好得不真实的条件',
    en: 'Promises too-good-to-be-true terms: double refund, triple compensation, refund without returning the item',
  },
  weight: 25,
  cues: [
    {
      all: [
        ['双倍', '两倍', '三倍', '五倍', '十倍', '百倍', '2倍', '3倍', '5倍', '10倍', '加倍', '翻倍', '多倍'],
        ['返还', '赔偿', '赔付', '退款', '补偿', '赔给', '返给', '退给', '赔您', '赔你', '理赔', '赔款', '赔偿金', '退还'],
      ],
      within: 8,
    },
    {
      any: [
        '退款不退货', '退钱不退货', '不用退货', '无需退货', '不需要退货', '商品不用寄回', '东西不用寄回', '东西您留着',
        '东西你留着', '货不用退', '额外补偿您', '额外赔偿', '额外给您', '另外补偿', '再补偿您', '再赔您',
      ],
    },
  ],
  unless: ['假一赔十', '假一赔三', '正品保证', '承诺', '申请', '审核', '我想', '我要',
    // A refund back the original way: the platform's own 仅退款, the goods kept ("已为您办理全额退款，原路退回，商品不用寄回了").
    // The scam needs the money to go elsewhere (nc11-fp kind L2).
    '原路退回', '原路返回', '原路退还'],
  guards: ['warning-story'],
  advice: ['hang-up-verify-in-app', 'refund-never-needs-payment'],
  examples: {
    positive: [
      '因为是我们的责任，给您双倍返还货款',
      '这个商品我们三倍赔偿，东西您留着继续用就行',
      '您放心，退款不退货，钱全额退给您',
      '公司规定给您2倍赔付，额外补偿您一百元',
      '你这个单子可以十倍赔你，货也不用退',
      '这批奶粉有问题，给您三倍理赔',
      '按照平台规定，我们赔付三倍货款',
      '亲，商品不用寄回，我们直接把钱打给您',
      '除了退款我们再补偿您两百的红包',
      '这次是加倍赔偿，老客户才有的福利',
    ],
    negative: [
      '本店所有商品正品保证，假一赔十',
      '我想申请退货退款，东西已经寄回去了',
      '这件衣服退货要自己出运费吗',
      '双十一买两件打八折，很划算',
      '下个月工资翻倍了？别做梦了',
      '仅退款申请已提交，等待商家审核',
      '奶奶说那个保温杯不好用，让我帮她退了',
      '今天步数是昨天的两倍，累死了',
    ],
  },
});
