import { defineTactic } from '../../schema.ts';

/** The seller's own checkout named as where to order (sms17 kind F). */
const OWN_SHOP_ORDER = [
  '官网下单', '旗舰店下单', '店铺下单', '小程序下单', '商城下单', '官方商城', '官方小程序', '店铺搜索', '网店下单', '官方店铺', '官方旗舰店',
];
/** What no brand's own checkout says with its trial: a prize, a fee beyond the postage, the postage paid elsewhere. */
const OWN_SHOP_ORDER_BUT = [
  '恭喜', '抽中', '幸运', '中奖', '获奖', '资格', '选中', '保险费', '手续费', '公证费', '税', '押金', '保证金',
  '扫码', '扫描', '二维码', '收款码', '转账', '汇款', '个人账户', '账户', '微信', 'qq', '客服', '链接', '点击', '银行卡', '卡号', '验证码', '密码',
];

/**
 * "Free, just pay the postage" (newcomer10 kind 1): a free gift, a 0-yuan purchase or a "lucky buyer's"
 * reward that costs only the postage or a small fee (付39元邮费, 只需支付69元运费). What is sent is worth
 * less than the fee, or nothing comes, and the payment page keeps the card. A shop's real 0-yuan
 * promotion runs in its own app, where no postage is paid to a code or a link. Weight 50: alone
 * `suspicious`; the message's own words are the story (single-message.ts `standalone`).
 */
export default defineTactic({
  id: 'extract.free-gift-fee',
  stage: 'extraction',
  description: {
    zh: '说免费送、0元购或幸运用户领礼品，只要您付运费、邮费或一点手续费：白送的东西不会先收钱',
    en: 'Says a gift is free (a 0-yuan purchase, a lucky customer\'s reward) if you just pay the postage or a small fee: nothing free is paid for first',
  },
  weight: 50,
  cues: [
    { request: { act: ['act.pay', 'act.pay-bare', 'act.pay-first', 'act.pay-sum', 'act.scan-pay', 'act.send-money'], object: ['obj.postage', 'obj.courier-fee'] }, context: ['ctx.free-gift'] },
  ],
  unless: ['已支付', '已付', '支付成功', '已扣除', '退回', '退款', '包邮', '不收', '免运费', '免邮', '商家承担', '卖家承担', 'app内', '官方app'],
  // A sample ordered in the seller's own shop (sms17 kind F): "免费领取试用装，仅需支付邮费8元，官网下单", "0元领试饮装，只付
  // 邮费6元，在天猫旗舰店下单" — a brand's trial paid at its own checkout (its site, its flagship store, its mini-program), as
  // the app's own 0-yuan promotion is (unless 'app内'). Not with a prize (恭喜, 抽中, 幸运, 中奖, 资格), a fee beyond the
  // postage (保险费, 手续费, 税), or the postage paid off that checkout (a scan, a transfer, a WeChat or QQ, a link, a card).
  ordinary: { words: OWN_SHOP_ORDER, but: OWN_SHOP_ORDER_BUT },
  guards: ['warning'],
  negatable: true,
  advice: ['no-upfront-fee', 'check-domain', 'already-paid'],
  examples: {
    positive: [
      '恭喜您获得0元购名额，付19元邮费即可领取价值599元的电动牙刷',
      '老客户回馈，免费送您一台榨汁机，只要付个运费就行',
      '您是本月的幸运用户，免费领取按摩椅一台，需支付58元运费',
      '店庆免费赠送羽绒被，扫码付15元快递费即可发货',
      '您被抽中免费领取智能手表，需要先交29元邮费',
    ],
    negative: [
      '本店包邮，免费赠送的小样不收运费',
      '0元购活动请在APP内参与，运费由商家承担',
      '免费领取的试用装已寄出，请注意查收',
      '满99元免运费，欢迎选购',
      '我上次参加0元购，付了运费，结果收到的东西挺好',
    ],
  },
});
