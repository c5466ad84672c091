import { defineTactic } from '../../schema.ts';

/**
 * A "refund" or "recall" of a health product, a therapy device or a supplement, paid out only if the buyer (most
 * often an elderly one) brings a bank card or a passbook to a hotel room, a restaurant, a "venue" or the seller's
 * shop (nc13-recall R3, writer13's elderly-bring-card: "…请明天上午带银行卡和身份证到XX宾馆会议室领取" read safe
 * 0–15, 6 of 6). A real refund goes back the way it was paid; nobody needs your card in their hands to pay you, and
 * the "venue" is where the card is bound, the phone banking "operated" or more products sold. A bank asking you to
 * bring your card to its own counter (网点, 柜台, 营业厅) is not it; neither is a health talk with no card asked.
 * Our own siblings: test/engine/nc13-recall.test.ts.
 */
/** A free handout (recall17 kind E2): 免费领/送/发, 白送, 赠送 and the gifts the venue lures give away. */
const FREE_GIFT = ['免费领', '免费送', '免费发', '免费赠送', '免费拿', '白送', '白领', '领鸡蛋', '送鸡蛋', '发鸡蛋', '领大米', '送大米', '领食用油', '送食用油',
  '领礼品', '送礼品', '领礼物', '送礼物', '领赠品'];
/** An ID and a bank card asked together, in either order (凭身份证和银行卡, 带上银行卡、身份证). */
const BOTH_CARDS = ['和', '、', '与', '及', '加', '+'].flatMap((j) => [`身份证${j}银行卡`, `银行卡${j}身份证`, `身份证${j}存折`, `存折${j}身份证`]);

export default defineTactic({
  id: 'pretext.bring-card-refund',
  stage: 'pretext',
  description: {
    zh: '说您买的保健品、理疗仪要退款或召回，或说免费送鸡蛋、大米、礼品，要您带上银行卡、存折到宾馆、饭店、会场或门店领取：真退款原路退回，送礼也不需要您带卡到场',
    en: 'Says a health product you bought is refunded or recalled, or gives away eggs, rice or gifts, and you must bring your bank card or passbook to a hotel, restaurant, venue or shop to collect it: a real refund goes back the way you paid, and no gift needs your card',
  },
  weight: 40,
  speaker: 'any',
  cues: [
    {
      all: [
        ['退款', '退钱', '退你钱', '退您钱', '退给您', '退给你', '召回', '赔偿', '补偿款', '返还', '退费', '退货款', '国家退钱', '可以退钱'],
        ['带银行卡', '带上银行卡', '带着银行卡', '带好银行卡', '携带银行卡', '带上您的银行卡', '带上你的银行卡', '带存折', '带上存折', '带着存折', '带好存折', '携带存折', '银行卡带上', '银行卡带来', '存折带上', '带卡'],
      ],
      within: 60,
    },
    {
      // The same venue's lure as a free gift (recall17 kind E2: "凭身份证和银行卡免费领鸡蛋，明天上午社区门口" read safe 0): eggs,
      // rice or oil given away only to whoever brings an ID AND a bank card (BOTH_CARDS) or a bank card alone (the group above's
      // 带银行卡 forms). A gift needs no card in anyone's hands; the card is bound, the phone "operated" or products sold there.
      // A bank's or a carrier's own counter stays the unless below; an ID alone ("凭身份证领取") is a real handout's.
      all: [FREE_GIFT, [...BOTH_CARDS, '带银行卡', '带上银行卡', '带着银行卡', '带好银行卡', '携带银行卡', '带存折', '带上存折', '携带存折', '银行卡带上']],
      within: 40,
    },
  ],
  // A bank's, an office's own counter; the refund back the way it was paid; a warning.
  unless: ['网点', '柜台', '营业厅', '财务处', '财务室', '复印件', '学校', '学费', '原路退回', '原路返回', '原支付', '骗子', '诈骗', '冒充', '警惕', '谨防'],
  guards: ['warning'],
  advice: ['no-transfer', 'never-share-card'],
  examples: {
    positive: [
      '【康复中心】王阿姨，您买的磁疗仪厂家召回，退款1800元，请周五带银行卡到明珠宾馆三楼领取。',
      '李大爷，您的保健品退款批下来了，带上存折到我们门店来，现场给您办。',
      '张奶奶，去年那批营养液国家让退钱，您带着银行卡和手机来会场，我们帮您操作。',
      '【售后】您购买的理疗床垫可以退费了，请本人携带银行卡和身份证到金谷酒店会议室办理。',
      '陈叔叔，按摩椅厂家赔偿两千，您明天带好存折到社区对面的饭店二楼找刘经理。',
    ],
    negative: [
      '【中国银行】您的借记卡已到期，请携带身份证和旧卡到任一网点柜台办理换卡。',
      '您购买的保健品退款已受理，款项将原路退回至您的支付账户。',
      '社区健康讲座周六上午九点在阳光宾馆会议室举行，免费测血压，欢迎老年朋友参加。',
      '警惕！有人以保健品退款为名让老人带银行卡到宾馆，这是诈骗。',
      '下周体检请带上身份证和医保卡，到社区卫生服务中心。',
    ],
  },
});
