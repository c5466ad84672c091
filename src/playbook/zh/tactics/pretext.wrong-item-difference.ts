import { defineTactic } from '../../schema.ts';

/**
 * "Our warehouse sent you the dearer one by mistake, please pay the difference" (newcomer11 kind 4: "我们仓库发错了
 * 发成了贵的那款 麻烦你把差价补一下" read safe 0; "…补差价的话加我微信转给我就行" 20). A shop's mistake is the shop's
 * cost: it takes the item back at its own expense, never asks the buyer to pay the difference, least of all
 * outside the order. The story with the difference asked is weight 40 (`suspicious`: check the order in
 * the shopping app); with the money sent to the seller's own WeChat or a link (composite
 * `wrong-item-plus-pay`) it is the scam. A buyer who asks for a dearer size pays the difference in the
 * order on their own wish ("您要换大号的话补差价20元"): no 发错 there. Our own siblings: test/engine/nc11-recall.test.ts.
 */
export default defineTactic({
  id: 'pretext.wrong-item-difference',
  stage: 'pretext',
  description: {
    zh: '说店里发错了货（发成了更贵的），要您补差价：商家发错是商家的事，真商家只会让您退回或在订单里处理，不会让您补钱',
    en: 'Says the shop sent a dearer item by mistake and asks you to pay the difference: a shop\'s mistake is its own cost; a real shop takes it back in the order',
  },
  weight: 40,
  cues: [
    {
      all: [
        ['发错了', '发错', '错发', '寄错了', '寄错', '发成了', '多发了', '发了高配', '发了贵'],
        ['补差价', '差价补', '补一下差价', '补个差价', '差价', '补钱', '补款'],
      ],
      within: 40,
    },
  ],
  // The shop bearing its own mistake, or the buyer's own wish for a dearer item.
  unless: ['不用补', '无需补', '不需要补', '不用您补', '不用你补', '我们承担', '商家承担', '运费我们出', '骗子', '诈骗', '冒充', '退差价', '退还差价', '返还差价'],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app', 'stay-on-platform', 'already-paid'],
  examples: {
    positive: [
      '亲，仓库给您发错了，发成了顶配版，麻烦您补一下差价',
      '您好，我们寄错了型号，寄成了贵的那款，差价三百您补一下',
      '亲 我们多发了一件给你 要么退回来要么补个差价',
      '店里发错货了，发了高配的，你补两百块差价就不用退了',
      '您的订单错发成了大瓶装，需补差价45元',
    ],
    negative: [
      '亲，仓库发错了颜色，我们给您补发，错发的那件麻烦退回，运费我们出',
      '您要换大号的话需要补差价20元，拍一下补差价链接就行',
      '发错货了实在抱歉，差价不用补，您留着用吧',
      '商品降价了，我们给您退差价',
      '有骗子冒充客服说发错货让补差价，请注意',
    ],
  },
});
