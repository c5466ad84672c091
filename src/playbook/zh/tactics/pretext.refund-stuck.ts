import { defineTactic } from '../../schema.ts';

/**
 * "Your refund is stuck": 退款因系统故障未能成功, 因未绑定银行卡无法退回, 退款卡在第三方支付平台了, 退款暂时无法
 * 原路返回, 款项暂存于平台. The refund scam's second opening (after "your product is faulty"): the money
 * is said to be yours already but held up, so that you will call, add an agent, open a link or "bind a
 * card" to release it. A real platform's failed refund is retried by itself or shown in its app.
 *
 * Weak alone (15): platforms do notify failed refunds. With a move or a request it makes
 * `pretext-plus-shift` / `pretext-plus-extraction`. Kind found in our own corpus
 * (data/corpus/gen-scam-cs-zh.jsonl, SMS and chat misses); examples our own.
 */
export default defineTactic({
  id: 'pretext.refund-stuck',
  stage: 'pretext',
  description: {
    zh: '说您的退款、理赔“失败了”“卡住了”“无法原路退回”“暂存在平台”，要您配合才能到账',
    en: 'Says your refund or claim "failed", "is stuck", "cannot go back the original way" or "is held by the platform" and needs you to release it',
  },
  weight: 15,
  cues: [
    {
      all: [
        ['退款', '退票款', '退改款', '退费', '理赔款', '理赔金', '赔付款', '赔偿款', '补偿金', '款项', '货款', '这笔钱', '这个钱', '钱'],
        [
          '未能成功', '没有成功', '未成功', '没成功', '失败', '无法退回', '退不回', '退不了', '无法到账', '未能到账', '没到账', '到不了账', '无法原路',
          '无法直接到账', '暂时无法', '卡住', '卡在', '被退回', '被冻结', '暂存', '冻在', '冻结状态', '无法完成', '打不进去', '打不过来', '转错',
        ],
      ],
      within: 16,
      ordered: true,
    },
    // The refund held until you pass a check ("需完成一次收款测试后方可到账", "退款需要花呗额度验证",
    // "退款需核实机主身份", "需验证身份后到账"): a real refund checks nothing of yours.
    {
      all: [
        ['退款', '理赔', '赔付', '赔偿', '到账', '退票款'],
        ['需要', '需', '须', '必须', '才能', '方可', '后方可'],
        ['收款测试', '额度验证', '验证身份', '核实身份', '核验身份', '身份核验', '机主身份', '持卡人信息', '流水验证', '信用验证', '账户验证', '激活'],
      ],
      within: 24,
      ordered: true,
    },
    // The payout said to be put into an account of the platform's or "yours" that must first be opened,
    // activated or collected through them ("退货款已打入您的“唯品金融”账户，因您未开通提现功能，请联系…开通后提现",
    // "货款已退回至平台临时账户，领取请加Q…"): the money is "there" but held. A real refund lands where you paid
    // from, or in a balance you withdraw in the app (unless). Kind: own CS SMS (gen-w3-scam-sms-zh, gen-scam-cs-sms-zh), cs8.
    {
      all: [
        ['退款', '退货款', '货款', '退费', '理赔款', '理赔金', '赔付款', '赔偿款', '补偿金', '补偿款', '款项', '返还款'],
        ['已打入', '已存入', '已转入', '已退回至', '已退回到', '已退至', '已返还至', '已发放至', '已发放到', '已到账', '已退入', '打入', '存入', '退回至', '退至'],
        [
          '未开通', '没有开通', '尚未开通', '开通后', '需开通', '需要开通', '未激活', '需激活', '需要激活', '激活后', '待激活', '无法提现', '不能提现',
          '提现功能', '临时账户', '中间账户', '过渡账户', '暂存账户', '冻结账户', '领取请', '需领取', '人工领取', '手动领取',
        ],
      ],
      within: 40,
      ordered: true,
    },
  ],
  unless: [
    // The citizen's own account of it, and a platform that retries by itself or points to its app.
    '我的退款', '我申请', '我想', '自动重新', '重新发起', '系统将自动',
    // Not 将自动 alone: the scam's deadline says "逾期款项将自动作废".
    '将自动退', '将自动原路', '将自动返还', '将自动到账', '将自动转入', '在app', 'app内', 'app中',
    // Not 请在 alone: the scam's deadline says "请在24小时内联系专员".
    '请在app', '请在官方', '我的订单', '原路重试',
    // Money that went back the way it came is no story; money whose way back FAILED is ("退款已原路返回失败，请拨打…").
    // Each with what follows it, since "已原路退回失败" is the failure itself.
    '已原路退回，', '已原路退回。', '已原路退回至', '已原路退回到', '已原路退回您', '已原路退回，请', '已原路退还', '已原路返还',
    '已原路返回至', '已原路返回到', '已原路返回您', '已原路返回，', '已原路返回。', '已原路到账',
  ],
  guards: ['warning-story'],
  advice: ['hang-up-verify-in-app', 'refund-never-needs-payment'],
  examples: {
    positive: [
      '您好，您的退款申请因系统故障未能成功，款项暂存于平台，请联系售后处理',
      '您的机票退改款已审批，因未绑定银行卡无法退回',
      '机票退款失败，原因：银行卡未开通跨行收款',
      '温馨提示：您的退款因银行系统维护未能到账',
      '您的退款卡在第三方支付平台了，需要您做一个授权',
      '商家已同意退款，但因您的账户存在风险标记，退款暂时无法原路返回',
      '我们已将理赔款打入您的账户，但款项处于冻结状态',
      '您好，这边是网店的财务，您的退款我们转错到别人账户了',
      '您的退款已审核通过，但检测到您为新用户，需完成一次收款测试后方可到账',
      '您的退款需要支付宝花呗额度验证，请加客服协助验证',
      '【唯品会】您的退货款668.21元已打入您的“唯品金融”账户，因您未开通提现功能，请联系客服开通后提现',
      '您的订单货款已退回至平台临时账户，领取请加专员',
      '理赔款已存入您的专属理赔账户，需激活后才能到账',
      '您的网购订单异常，退款已原路返回失败，请拨打客服电话处理',
      '您的售后退款已原路退回失败，请在24小时内联系专员，逾期作废',
      '您的退款已退回至平台暂存账户，请于三日内联系客服专员手动领取，逾期款项将自动作废',
    ],
    negative: [
      '【淘宝】您的退款失败，系统将自动重新发起，请在APP查看进度',
      '我的退款一直没到账，怎么办',
      '支付失败，请重新下单',
      '退款失败的话请在APP中重新申请',
      '【京东】退款已原路退回，请注意查收',
      '【淘宝】您的退款已退回至支付宝余额，可在APP内提现到银行卡',
      '【唯品会】您的退货款已原路返回，请注意查收',
      '您的理赔款已打入您的银行卡，请注意查收',
      '【京东】您的退款已存入京东账户余额，可在APP“我的钱包”中查看',
    ],
  },
});
