import type { PlaybookDef } from './schema.ts';

/**
 * ONE rule for a NOTICE of money already moved back to the reader (sms12, session 12): a refund made, a
 * claim registered or paid, money returned the way it came, a subsidy paid into one's card — told by a
 * courier, a platform, a shop, an insurer, a school or an office as done, in one message, with nothing
 * asked. Read by src/score/score.ts `noticeReading`.
 *
 * It holds in ONE message (not a call) when the frame fired (contact.done-notice: the event told as done
 * or as going back the original way), every positively weighted tactic but the text model is one of its
 * `words` (the notice's own story: a refund, a claim, a parcel lost or broken, a payout, a subsidy; and
 * who writes: "我是美团客服", a claims desk), at least one word fired, none of the `breakers` fired even
 * at weight 0, and the text model said nothing positive. Then the words weigh nothing, no composite
 * applies and the risk stays below `suspicious`. Anything else — a request of the kill chain (a code, a
 * card, money to an account, a fee named beside the payout: "请先支付手续费"), any move (a link, an app,
 * a group, a number of theirs to call), a story no sender tells of its own service (your account frozen,
 * "我们发现您的商品有问题" unasked), a promised call-back — and everything counts in full.
 *
 * Why: the refund scam's opening and a real refund notice share every story word (理赔, 退款, 赔付, 丢失,
 * 破损), and a story with a claimed desk reads `suspicious` 40 by the composites (claimed-desk-plus-story,
 * impersonation-plus-refund-offer) whether or not anything is asked. What the scam adds is the ask (加群,
 * 点链接, 开通, 转账, 验证码) or the unasked problem ("我们发现…"); what the notice adds is that the money
 * already went, or goes, back to the reader's own account. Measured on our own legitimate SMS (every
 * author, data/corpus and data/cases/consumed-*): 101 texts read under the rule, 16 of them at risk ≥ 20
 * and 5 flagged before; on the dev scams (texts-5, texts-8) 0 read under it (the commit has the figures).
 */
export const notice: NonNullable<PlaybookDef['notice']> = {
  // Or the refund, the claim or the small payment made inside the platform's own order or app (contact.in-platform-refund:
  // "在中通APP上申请理赔，我们照价赔偿", "已经在淘宝订单里发起了", ncfp17 kind H): the money moves inside the platform, as a done notice's does.
  frames: ['contact.done-notice', 'contact.in-platform-refund'],
  words: [
    'pretext.quality-refund', 'pretext.payout-offer', 'pretext.parcel-damaged', 'pretext.refund-offer', 'pretext.subsidy-payout',
    'contact.impersonation', 'contact.claimed-desk', 'contact.claimed-staff', 'contact.in-process-payment', 'contact.complaint-followup',
  ],
  // Who promises to call, a number of theirs to call back, a fee named beside the payout: the hook of the next step.
  breakers: ['contact.promised-callback', 'contact.call-back-number', 'contact.call-line', 'extract.fee-quoted', 'contact.unsolicited-problem', 'shift.sent-link'],
  // The text model's positive word ends the reading: a notice the model reads as a scam's is not read as one.
  modelBreaks: true,
  examples: {
    notice: [
      '【中通快递】您的快件破损理赔已完成，赔付金额50元已退回寄件支付账户，如有疑问请拨打官方客服95311。',
      '您好，我是美团客服，您投诉的商家漏送问题，我们已为您全额退款，退款将在1-3个工作日内到账。',
      '【京东物流】您的包裹丢失，我们已为您登记理赔，赔付款将按保价金额退回至您的京东账户。',
      '【某某教育】您报名的暑期班因故停开，学费1,280元将全额原路退还，请留意到账。',
      '【某某保险】您的车辆理赔款3,200元已支付至尾号0452账户，感谢您的信任。',
      '【某某电信】您办理的宽带提速包已退订，已扣的月费已全额退款至您的话费账户。',
      '【某某商城】您购买的电水壶存在质量问题，已为您办理全额退款，款项将原路退回您的支付账户。',
      '【某某快运】您的包裹在运输途中破损，已为您提交理赔，赔款将打入寄件时绑定的账户。',
      '您好，我是某某外卖客服，您的订单超时未送达，已为您全额退款并补偿3元红包。',
      '【某某区人社】您申请的职业培训补贴已发放至您的社保卡金融账户，请注意查收。',
      '您好，我是中通快递的快递员，您的包裹外箱压坏了，要是有损坏您在中通APP上申请理赔，我们照价赔偿。',
      '亲，您买的这批面膜有一批次质检不合格，我们主动给您退款，已经在淘宝订单里发起了退款申请，您在订单页面点一下同意就行。',
    ],
    notNotice: [
      // A move: a group, a link, a number of theirs.
      '您好，我是美团客服，您的订单已为您全额退款，请加入理赔群领取补偿。',
      '【某某快递】您的快件丢失，已为您登记理赔，请点击 http://kd-lipei.top 填写银行卡领取赔付。',
      '您的包裹丢失，已为您登记理赔，请拨打理赔专员电话 17012345678 办理。',
      // A fee named beside the payout: pay to be paid.
      '您的理赔款已审核通过，需先支付手续费98元才能退回您的账户。',
      // The unasked problem, and a promised call.
      '您好，我们发现您购买的商品有质量问题，已为您申请三倍赔偿，稍后专员会联系您。',
      // A request of the kill chain.
      '您的退款已到账失败，请提供银行卡号和验证码重新退回您的账户。',
      // The platform's own order named, then a move off it.
      '亲，商品有质量问题，我们给您退款，已经在淘宝订单里发起了，请加售后微信 kf8812 确认一下。',
    ],
  },
};
