import { defineTactic } from '../../schema.ts';

/**
 * A courier's "fee" by message (newcomer10 kind 1): the parcel could not be delivered, the address is
 * incomplete, it is overweight or must be re-booked, so scan a code or open a link and pay a small sum
 * (1元改派费, 补交运费5元, 1.5元服务费). A real courier asks no fee by SMS: a re-delivery is booked free
 * in its app, and what a sender owes is settled in the app or with the courier at the door. The small
 * sum is the bait: the page that takes it takes the card. Weight 50: alone `suspicious`.
 * Written as the request grammar (a pay act × a courier's fee, beside a delivery problem), our own siblings
 * in test/engine/nc10-recall.test.ts.
 */
export default defineTactic({
  id: 'extract.courier-fee',
  stage: 'extraction',
  description: {
    zh: '以快递派送失败、地址不详、超重或重新预约为由，让您扫码或点链接付一笔小钱（改派费、补运费、服务费）：真快递不会发短信收费',
    en: 'Says a parcel could not be delivered, its address is incomplete, it is overweight or must be re-booked, and asks you to pay a small fee by a code or a link: real couriers charge nothing by message',
  },
  weight: 50,
  cues: [
    { request: { act: ['act.pay', 'act.pay-bare', 'act.pay-first', 'act.pay-sum', 'act.scan-pay'], object: ['obj.courier-fee', 'obj.money'] }, context: ['ctx.courier-problem'] },
  ],
  unless: [
    // Paid, refunded, or settled where the courier really settles it: its own app, at the door.
    '已支付', '已付', '支付成功', '原路', '退还', '退回至', '退回到', '免费', '无需', '不收', '到付', '签收时', '当面', '现场',
    'app内', 'app中', 'app里', '官方app', '小程序内',
    // Paid at the locker or the station when you collect ("超时费0.5元/12小时，取件时在丰巢柜支付即可": own legit SMS).
    '取件时', '快递柜', '丰巢柜', '驿站',
  ],
  guards: ['warning'],
  negatable: true,
  advice: ['no-upfront-fee', 'check-domain', 'verify-independently', 'already-paid'],
  examples: {
    positive: [
      '您的包裹因地址不全无法派送，请扫码补全地址并支付2元改派费',
      '快件超重需补交运费8元，请扫码支付，逾期将退回寄件人',
      '您的快递二次派送失败，点击链接重新预约并支付3元服务费',
      '包裹滞留在网点，请支付1元保管费后安排重新派送',
      '您的件面单模糊无法派送，点链接核对地址并付1元手续费',
    ],
    negative: [
      '您的快件派送失败，快递员将于明日再次派送，如需改约请在APP内操作',
      '您的包裹因地址不详暂存驿站，请联系快递员修改地址',
      '超重部分的运费在签收时付给快递员即可',
      '改派不收取任何费用，请勿相信索要改派费的短信',
      '派送失败的运费已原路退回您的账户',
      '您的包裹已在快递柜滞留超过一天，超时费1元，取件时支付即可',
    ],
  },
});
