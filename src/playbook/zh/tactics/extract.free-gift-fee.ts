import { defineTactic } from '../../schema.ts';

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
