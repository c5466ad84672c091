import { defineTactic } from '../../schema.ts';

/**
 * Which account you would be paid on, asked inside a payout story nobody asked for: "你网购的东西丢了，
 * 要赔你钱，你有支付宝吗", "您是微信还是支付宝？我加您一下", "您方便留一下收款的支付宝账号吗". The refund
 * scam's first extraction step: the app named is where the "agent" will then have you open 备用金, a
 * loan or a screen share. A platform refunds to where you paid (原路退回) and never asks.
 *
 * Weight 30, not among the strong extractions (a real courier settling a lost parcel by phone may ask
 * the same): with the payout story it makes `suspicious` (40–55), not `scam` on its own. Tied to a
 * refund word in the same sentence (ctx.refund, ctx.refund-claim). Kind: a newcomer's probes, session 5
 * (test/playbook/faults/newcomer5-recall-kinds.test.ts); examples our own.
 */
export default defineTactic({
  id: 'extract.payout-account',
  stage: 'extraction',
  description: {
    zh: '说要赔您、退您钱，问您有没有支付宝、微信或银行卡、用哪个收款：接下来就是让您在那个账户里操作',
    en: 'Offers you a payout and asks whether you have Alipay, WeChat or a bank card, or which one to be paid on: the next step is having you operate that account',
  },
  weight: 30,
  cues: [
    { request: { act: ['act.ask-account'], object: ['obj.payout-account'] }, context: ['ctx.refund', 'ctx.refund-claim'] },
    // Sent back by SMS reply ("补偿金待发放，请回复您的支付宝账号以便转账"): a platform pays the way you paid, an insurer
    // takes the account in its own app, nobody collects it by a reply. Kind: own CS SMS (gen-scam-cs-zh g-cs-0346), cs8.
    { request: { act: ['act.reply'], object: ['obj.payout-account', 'obj.account'] }, context: ['ctx.refund', 'ctx.refund-claim'] },
  ],
  unless: ['原路', '已退', '已到账', '付款方式', '支付方式', '均可', '不会问', '不会打听', '我的支付宝', '我的微信'],
  guards: ['warning'],
  negatable: true,
  advice: ['never-share-card', 'hang-up-verify-in-app', 'refund-never-needs-payment'],
  examples: {
    positive: [
      '【售后】您对订单的投诉已受理，补偿金待发放，请回复您的支付宝账号以便转账',
      '你好，你网购的东西丢了，要赔你钱，你有支付宝吗',
      '您好，您网购的商品在物流中丢失，现对您进行理赔，请问您有微信或支付宝吗？',
      '您的快递在运输中出现了破损，我们这边要对您进行赔偿，您看您是微信还是支付宝？',
      '您的快递被雨淋湿损坏了，我们这边给您赔偿，您方便留一下收款的支付宝账号吗',
      '衣服有质量问题，给您补偿五十元，您有没有支付宝',
    ],
    negative: [
      '【淘宝】您的退款已原路退回支付宝账户，如有疑问请回复或在APP内联系客服',
      '退款将原路退回您的支付宝，请注意查收',
      '付款方式：微信、支付宝均可，退款原路返回',
      '你有支付宝吗？晚上吃饭AA',
      '平台不会问您有没有支付宝，退款原路退回',
      '我的支付宝收到退款了',
    ],
  },
});
