import { defineTactic } from '../../schema.ts';

/**
 * The platform's "merchant desk" writing to a shop owner: the shop's deposit (店铺保证金) is short, must be
 * upgraded or re-activated, or will be returned after a check — "or the shop is closed, the goods taken
 * down". The owner's next step is their number, WeChat or link. A real platform shows the deposit and its
 * top-up in the seller's own back office (千牛, 抖店后台, 商家后台), which is the `unless`; the story alone
 * is weak (15), with a move it makes `pretext-plus-shift`, with a transfer `pretext-plus-extraction`.
 * Kind named in issue 8's session-6 brief (店铺保证金); examples our own (data/corpus/gen-scam-cs-sms2-zh.jsonl).
 */
export default defineTactic({
  id: 'pretext.shop-deposit',
  stage: 'pretext',
  description: {
    zh: '冒充平台招商或商家客服，说您店铺的保证金不足、要升级、被冻结或可以返还，否则关店下架',
    en: 'Poses as the platform\'s merchant desk: your shop\'s deposit is short, must be upgraded, is frozen or can be returned, or the shop is closed',
  },
  weight: 15,
  cues: [
    {
      all: [
        ['店铺', '网店', '商家', '商铺', '小店', '开店', '卖家'],
        ['保证金'],
        [
          '不足', '补缴', '补交', '升级', '上调', '重新缴纳', '激活', '冻结', '异常', '返还', '退还', '退回', '解冻', '关店', '下架', '封店', '限流',
          '违规', '清退', '需缴纳', '须缴纳',
        ],
      ],
      within: 24,
    },
  ],
  unless: [
    // The seller's own back office, where a real platform shows and collects the deposit.
    '千牛', '工作台', '商家后台', '抖店后台', '卖家中心后台', '后台', '自行', '自助', '在app', 'app内', '官方app',
    // The owner's own words.
    '我的店铺', '我店铺', '我交的', '我缴的', '我想', '我要',
  ],
  guards: ['warning-story'],
  advice: ['hang-up-verify-in-app', 'no-transfer'],
  examples: {
    positive: [
      '您的店铺保证金不足，将被关店，补缴请联系招商专员',
      '店铺保证金需升级，否则下架商品，加微信办理',
      '您的网店因违规需缴纳保证金3000元解除限制',
      '【拼多多商家】您的店铺保证金账户异常，需重新缴纳激活',
      '店铺保证金返还需先验证，联系招商经理',
    ],
    negative: [
      '【淘宝卖家中心】您的店铺保证金账户余额低于要求，请登录千牛工作台自行补缴',
      '【拼多多商家】您的保证金已解冻，可在商家后台“账户资金”中提现',
      '我的店铺保证金退回来了没有？',
      '开店要交多少保证金？',
      '租房押金和保证金是一回事吗',
    ],
  },
});
