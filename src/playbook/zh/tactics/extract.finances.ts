import { defineTactic } from '../../schema.ts';
import { PAYER_SCANS } from '../payer-scans.ts';

/**
 * The refund script's sizing-up step: after the refund or compensation story the "agent" asks what
 * you hold (余额多少、信用卡额度多少、有没有借呗) or for a screenshot of your payment code. No shop
 * needs either to refund you; the answer decides how much they will have you borrow or transfer.
 * Tied to a refund word in the same sentence (ctx.refund), so a family member asking "你信用卡额度多少"
 * is not read. Written from the newcomer's probe texts (issue 8) and our own siblings.
 */
export default defineTactic({
  id: 'extract.finances',
  stage: 'extraction',
  description: {
    zh: '打听您的余额、信用卡额度、有没有借贷，或要您的付款码截图',
    en: 'Asks about your balance, credit limit or loans, or for a screenshot of your payment code',
  },
  weight: 40,
  cues: [
    // Your payment code, given or sent: whoever holds it can charge you.
    { request: { act: ['act.give', 'act.send', 'act.tell'], object: ['obj.paycode'] } },
    // What you hold, asked inside the refund story.
    { request: { act: ['act.tell', 'act.ask-have'], object: ['obj.balance', 'obj.lender', 'obj.card'] }, context: ['ctx.refund'] },
    // A lender named by brand, asked about or to be opened, after the money promised back ("你那个面膜的钱要退给你，你手机里
    // 有没有分期乐或者360借条，打开看一下", "全额退你…有个软件叫360贷款导航你打开"): no refund needs a loan app (newcomer15 kind 4).
    // Opened only then: a lender's or a bank's own SMS says "打开…APP激活/恢复/关闭" (ctx.refund's words), never "退给你".
    { request: { act: ['act.tell', 'act.ask-have', 'act.open'], object: ['obj.loan-app'] }, context: ['ctx.refund-to-you'] },
    // Which bank your card is with, inside the refund or cancellation story ("…我们帮您取消 您那边用的哪个银行的卡",
    // "给您理赔三百块，您平时工资卡是哪个银行的"): a refund goes back by the route you paid (newcomer15 kind 8).
    { request: { act: ['act.ask-which-bank'], object: ['obj.held-card'] }, context: ['ctx.refund', 'ctx.refund-to-you'] },
    // The same asked as a picture ("您截个图银行卡余额给我", "微信零钱截图", "付款码截图发我"): nobody refunding
    // you needs to see what you hold (newcomer 6, kind 2).
    { request: { act: ['act.screenshot'], object: ['obj.balance-shot', 'obj.paycode'] } },
    // Your collection code as a picture, inside a refund story ("退款需要通过商家收款码才能到账，请打开支付宝收款码截图发给我"):
    // a refund needs no code of yours. Not alone: a friend's "收款码发我，我把饭钱转你" is how friends pay back.
    { request: { act: ['act.screenshot', 'act.send', 'act.give'], object: ['obj.qr'] }, context: ['ctx.refund', 'ctx.refund-claim'] },
    // Your balance checked, proven or handed over as the payout's condition ("赔付款需先验证银行卡余额不少于5000元",
    // "理赔款需通过专用通道打入，请您提供一张余额在一万以上的银行卡"): no refund depends on what you hold.
    // Kind: own CS SMS and chat lines (gen-scam-cs-zh g-cs-0335, g-cs-0140) and the issue-8 brief, cs8.
    { request: { act: ['act.verify', 'act.give'], object: ['obj.balance'] }, context: ['ctx.refund'] },
  ],
  unless: [
    '余额为', '余额不足', '额度已', '账单', '还款', '不会问', '不会打听',
    // Money already back: a notice pointing at your balance, not a check of it.
    '已到账', '已退回', '已原路', '已退至', '已存入您', '请查收', '注意查收',
    // …or told as done to 你 ("上个月的押金退给你了"): newcomer15 kind 4's words for the promise, said in the past.
    '退给你了', '退给您了', '退你了', '退您了', '已经退给', '已经退你', '已经退您', '退回去了',
    // What is owed on it, asked by family ("你花呗还有多少要还"): repayment, not what you could borrow.
    '要还', '还多少',
    // The reader asking where their own refund went ("我的退款退到哪个银行卡了"): no one sizing them up.
    '我的退款', '退到哪', '退到了哪', '退回到哪', '我付款用的', '我用的哪',
    // The sender's own review passing, then the payout ("理赔请在小程序提交照片，审核通过后赔付至您的微信零钱"): 审核 is
    // theirs, and the balance named is where the payout goes, not what you hold checked (fp11: a courier's claim notice
    // read scam 85). Not 审核通过 alone: a lender's "审核通过后需验证您的银行卡余额" is the loan scam's check.
    '审核通过后赔', '审核通过后退', '审核通过后补偿', '审核通过后打入', '审核通过后将赔', '审核通过后将退', '审核通过后理赔款',
  ],
  // The payer scanning the reader's own collection code (conv17 kind E): src/playbook/zh/payer-scans.ts.
  ordinaryAlso: [PAYER_SCANS],
  guards: ['warning'],
  negatable: true,
  advice: ['never-share-card', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      '您是在我们店铺买了一件羽绒服吧？这边检测到有质量问题，给你做个理赔，你支付宝余额多少？',
      '亲 您买的奶粉检测不合格 我们要召回并给您赔偿，请问您有没有信用卡',
      '亲，你买的衣服有问题，我们给你退支付宝，你把付款码截图发我一下',
      '快递丢了给您理赔，请问您微信零钱还有多少？',
      '为了给您退款，需要了解一下您名下有几张银行卡',
      '给您办理三倍赔偿，您借呗开通了吗？',
      '您截个图银行卡余额给我',
      '微信零钱截图',
      '您好，您的退款需要通过商家收款码才能到账，请打开支付宝收款码截图发给我',
      '您好我这边是中国人保，您的快递险理赔款下来了，您截个图您的银行卡余额我帮您录入',
      '给您理赔之前，麻烦把花呗额度截屏发我',
      '您的订单被判定为“缺货赔付”，赔付款需先验证银行卡余额不少于5000元，详询客服',
      '您好，理赔款需通过银联专用通道打入，请您提供一张余额在一万以上的银行卡。',
      '退款到账前需要核实一下您的微信零钱余额',
    ],
    negative: [
      '妈，你信用卡额度多少？我想买个冰箱',
      '你支付宝余额多少？晚上一起吃饭AA',
      '结账时请出示付款码',
      '您的退款已到账，账户余额为1200元',
      '客服不会问您的余额和信用卡额度，退款会原路退回',
      '把上个月的销售报表截个图发我',
      '你把收款码发我，我把饭钱转你',
      '我把余额截图发给你了，你看够不够',
      '退款到账后截图发给客服即可',
      '【京东】您的退款已到账，请核实账户余额',
      '【支付宝】退款已原路退回，可在余额中验证到账情况',
      '【微信支付】您的零钱余额为52.10元，退款请在APP内申请',
      '理赔请在小程序提交照片，审核通过后赔付至您的微信零钱',
    ],
  },
});
