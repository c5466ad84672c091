import { defineTactic } from '../../schema.ts';

/**
 * "Copy this to Alipay and add me as a friend": the gift, task or refund is claimed through a
 * stranger's payment-app account, where the money talk continues out of sight (刷单返利 "free gift"
 * scripts). A shop never hands out its gifts through an Alipay friend request.
 */
export default defineTactic({
  id: 'shift.payment-app-friend',
  stage: 'shift',
  description: {
    zh: '要您到支付宝里搜号码、复制口令或加对方为好友来“领取”东西',
    en: 'Asks you to search a number, paste a code or add them as a friend in Alipay to "collect" something',
  },
  weight: 20,
  cues: [
    // A PERSON in Alipay (a friend, a phone number, "the agent"), not a shop's mini-program: real promotions
    // say "打开支付宝搜索XX小程序领取".
    {
      all: [
        ['复制', '搜索', '搜', '添加', '加我', '加一下', '加为好友', '加好友'],
        ['支付宝'],
        ['好友', '手机号', '号码', '客服'],
      ],
      within: 20,
    },
    { any: ['支付宝好友', '支付宝加我'] },
  ],
  unless: ['不要', '切勿', '请勿', '骗子', '诈骗', '谨防', '已添加'],
  guards: ['warning'],
  advice: ['no-app-download', 'no-upfront-fee'],
  examples: {
    positive: [
      '请复制以下号码到支付宝添加好友，即可领取暖风扇一台',
      '支付宝搜索这个手机号找客服领取',
      '复制这个号码到支付宝加好友领取',
      '加一下我的支付宝好友，我把任务发给你',
      '请添加我们的支付宝客服，我们将送您一份礼品',
    ],
    negative: [
      '不要添加陌生人的支付宝好友',
      '支付宝账单已出，请查收',
      '您可以用支付宝付款',
      '我已添加你的支付宝好友',
      '支付宝红包已到账',
      '打开支付宝搜索某某小程序领取优惠券',
    ],
  },
});
