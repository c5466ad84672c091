import { defineTactic } from '../../schema.ts';

// Bare 贷款/借款 are left out: a loan advert lists "信用卡、贷款、车险"; the scam has you DRAW the money.

export default defineTactic({
  id: 'extract.loan',
  stage: 'extraction',
  description: {
    zh: '诱导您在借呗、微粒贷、备用金、京东金条、银行APP等平台贷款或提现，再转给对方',
    en: 'Talks you into borrowing on consumer-loan apps or your banking app (Jiebei, Weilidai, Jintiao…) and sending the money on',
  },
  weight: 45,
  cues: [
    // The request grammar (../lexicon.ts): borrow × a lender or credit line ("去借呗借一笔", "把花呗额度套现").
    { request: { act: ['act.borrow'], object: ['obj.lender'] } },
    // Opening a credit line inside a refund story ("理赔款需要您开通一下支付宝备用金才能到账", "打开微粒贷看看额度，退款需要验证流水").
    // Drawing one is the same ("赔付款需先领取微信备用金500元并转入理赔账户激活"): 领取 a 备用金 or 分付 IS a loan. Only in a
    // payout story, since the lender's own advert says "您有500元备用金待领取" (kind: own CS SMS g-cssms-0162, cs8).
    { request: { act: ['act.open', 'act.draw'], object: ['obj.lender'] }, context: ['ctx.refund-claim'] },
    {
      all: [
        ['贷款', '借款', '借钱', '贷出', '借出'],
        ['提高信用', '提高积分', '提升信用', '提高会员', '提升会员', '刷流水', '刷一下', '验证', '证明', '还款能力', '解冻', '流水', '转到', '转给', '转入', '激活', '退款',
          '来支付', '用来支付', '用于支付', '来缴纳', '来交', '来付',
          // Borrowed and drawn to a card ("在支付宝中操作借款500元提现至您的银行卡"): the money leaves the lender.
          '提现至', '提现到', '提现',
          // The credit "raised" in speech ("借一笔把信用提上去", "贷款把分数提上来"; recall15 kind Z2).
          '信用提上', '分数提上', '信用分提上', '把信用提', '把分提', '把分数提', '把额度提', '信用分刷', '把信用刷'],
      ],
      within: 14,
      ordered: true,
    },
    { any: ['贷款转账', '借出来转', '贷出来转', '借款转到', '把借来的钱', '贷款后转', '额度借出'] },
  ],
  unless: [
    '按时还款', '按时归还', '逾期', '应还', '还款日', '到期', '已还', '还款提醒', '账单', '自动扣款', '不会要求', '不需要', '无需',
    '切勿', '请勿', '千万别', '不要贷款', '利率', '年化', '房贷', '车贷', '公积金',
    // A lender's own notice of your credit line ("【美团】您的美团借钱额度已提升至5万元"): lender names hold 借钱.
    '额度已提升', '额度已提高', '额度已调整', '可在app内查看',
    // A lender's own notice that a loan was paid out ("您的借款5000元已提现至尾号1234的银行卡").
    '已提现', '提现成功', '已到账', '借款已',
    // A credit line waiting for its holder in the lender's own app ("【分期乐】您有一笔5000元借款额度待激活，
    // 下载分期乐APP…即可使用", "【安逸花】您的借款额度5万元待提现，登录安逸花APP即可提现到卡"): an offer to
    // draw it, not a loan drawn and sent on (read scam 80 and suspicious 45). A fee to "activate" it or a
    // transfer after drawing it stays caught by the fee and transfer tactics. Kind: a newcomer's probes,
    // session 6 (test/playbook/faults/nc6-fp-kinds.test.ts).
    '待激活', '待提现', '待领取', '待使用', '即可使用',
    // A lender's own responsible-lending line ("借款前请确认还款能力", "请理性借贷").
    '确认还款能力', '理性借贷', '理性借款',
    // A loan finished ("贷款已结清，结清证明可在手机银行下载", "提前还款已办理成功"): 贷款 × 证明 read the paper of a loan
    // paid off as a loan drawn to "prove" something (sms15). The scam's "借一笔证明还款能力" has nothing settled.
    '已结清', '结清证明', '贷款结清', '借款结清', '已经结清', '已还清', '已全部还清', '提前还款', '已提前还', '结清后',
  ],
  guards: ['warning'],
  negatable: true,
  advice: ['no-loan', 'refund-never-needs-payment', 'already-paid'],
  examples: {
    positive: [
      '您打开支付宝，在借呗里把额度借出来，转到我们的验证账户',
      '打开微粒贷，先借一笔五千，证明您的还款能力',
      '需要用您的备用金提现刷一下流水',
      '您需要先办理一笔贷款来支付这次的保险费',
      '你在京东金条上申请借款，钱到了再转给我们',
      '通过银行APP贷款转账到指定账户，系统就能解冻退款',
      '先贷款来提高会员积分，后面会全额返还',
      '360借条里面还有额度，全部借出来',
      '用 网 商 贷 贷出来两万，证明资金流水正常',
      '你去借呗上借五千，借到了马上转过来',
      '请您按照提示操作，在支付宝中操作借款500元提现至您的银行卡内',
      '您的赔付款需先领取微信备用金500元并转入理赔账户激活，激活后一起返还',
      '理赔需要您先把支付宝备用金领出来，验证一下您的收款能力',
    ],
    negative: [
      '这套房子我们是用公积金贷款来支付首付以外的部分',
      '【借呗】您本期应还款1200元，还款日为5月10日，请确保余额充足',
      '房贷利率又降了，月供能少两百',
      '我用花呗买的手机，分十二期',
      '退款不需要您贷款，切勿相信',
      '信用卡账单已出，请按时还款',
      '他问我借钱，我没借',
      '你这个月的信用卡额度提升到三万了',
      '公积金贷款要准备哪些材料',
      '无抵押信用贷款，办理信用卡，找我就行',
      '本人长期办理车辆抵押、信用借款业务',
      '【微众银行】您的借款5000元已提现至尾号1234的银行卡，请按时还款',
      '【支付宝】您有500元备用金待领取，按日计息，随借随还',
      '您的理赔款已到账，不要领取陌生人让你领的备用金',
      '【安逸花】您的借款额度5万元待提现，登录安逸花APP即可提现到卡',
      '【分期乐】您有一笔5000元借款额度待激活，下载分期乐APP完成实名认证即可使用',
    ],
  },
});
