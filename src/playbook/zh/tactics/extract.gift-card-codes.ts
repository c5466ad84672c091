import { defineTactic } from '../../schema.ts';
import { SENDER_SENDS } from '../sender-sends.ts';

/**
 * Buy gift cards and send the codes (冒充领导, 网络交友, 游戏, issue 8 §1.8): "买十张京东E卡，把卡密拍给
 * 我", "iTunes card numbers". A gift card's code is cash no bank can stop: no boss, friend or
 * office asks for it. Extraction, weight 40.
 */
export default defineTactic({
  id: 'extract.gift-card-codes',
  stage: 'extraction',
  description: {
    zh: '让您买购物卡、E卡、充值卡、苹果卡，把卡号卡密拍照或发给他',
    en: 'Has you buy gift, e-shop, top-up or Apple cards and send their codes',
  },
  weight: 40,
  cues: [
    {
      all: [
        ['e卡', '购物卡', '礼品卡', '充值卡', '点卡', '苹果卡', 'itunes', '京东卡', '超市卡', '游戏卡', '卡密'],
        ['卡密', '卡号和密码', '拍给我', '发给我', '拍照发', '发我', '截图给我', '拍下来'],
      ],
      within: 40,
    },
  ],
  // A bank card's password holds 卡密 across a word boundary (银行卡|密码): not a gift card's code
  // (extract.card-credentials reads a request for it).
  unless: ['骗子', '诈骗', '警惕', '谨防', '不要', '切勿', '已到账', '兑换成功', '福利', '已发到', '已发送', '银行卡密码', '信用卡密码', '储蓄卡密码',
    // A door's card ("把门禁卡密码告诉我"): 卡密 across the boundary again, no gift card (guard15 kind L2).
    '门禁卡密码', '门卡密码',
    // The shop's own send of the codes by text, its medium named ("礼品卡密码将以短信形式发送，请妥善保管"): delivered TO
    // the reader, like 已发送 above (sender-sends.ts, ncfp16 kind H).
    ...SENDER_SENDS],
  guards: ['warning'],
  negatable: true,
  advice: ['verify-known-contact', 'never-share-card', 'already-paid'],
  examples: {
    positive: [
      '你马上去买十张京东E卡，把卡密拍给我',
      '帮我买五张苹果卡，卡号和密码发我',
      '去超市买点购物卡，拍照发给我',
      '买两千的游戏点卡，卡密截图给我',
      '充值卡买好了就把卡密发我',
    ],
    negative: [
      '京东E卡已兑换成功',
      '凡是让你买购物卡发卡密的都是骗子',
      '公司发了超市卡当福利',
      '这张充值卡我自己用了',
      '不要把卡密告诉任何人',
      '老公，银行卡密码我忘了，你记得是多少吗',
    ],
  },
});
