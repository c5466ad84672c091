import { defineTactic } from '../../schema.ts';

const SCORE = ['信用', '芝麻信用', '芝麻分', '分数', '信用评分', '评分', '信用分', '信用积分', '信用值', '会员积分', '积分', '征信', '信誉', '信誉分', '账户等级', '账号等级', '信用额度',
  // The grade said instead of the score ("账户信用等级低", "征信分低"; recall15 kind Z2).
  '信用等级', '征信分'];
const TOO_LOW = ['不足', '不够', '太低', '过低', '偏低', '不达标', '没达到', '未达到', '不满足', '不合格', '达不到',
  // Said plainly at a clause end ("账户信用等级低，", "征信分较低"; recall15 kind Z2); not a bare 低 (低于, 最低, 降低).
  '低，', '低。', '较低', '很低', '低了'];

export default defineTactic({
  id: 'pretext.credit-too-low',
  stage: 'pretext',
  description: {
    zh: '谎称您的信用分、芝麻信用或会员积分不足，退款到不了账或被冻结，要您刷流水、贷款来“提高信用”',
    en: 'Claims your credit score or membership points are too low to receive the refund, so you must "raise your credit" by paying or borrowing',
  },
  // Scam-only (no platform makes a refund depend on a credit score): alone already `suspicious`.
  weight: 40,
  cues: [
    {
      all: [
        SCORE,
        TOO_LOW,
        ['退款', '退', '理赔', '赔付', '解冻', '到账', '打款', '提现', '收款', '钱款', '款项', '退回', '领取'],
      ],
      within: 24,
    },
    {
      all: [
        ['提高', '提升', '增加', '刷高', '刷一下', '刷', '补足', '恢复'],
        ['信用', '积分', '信誉', '流水'],
        ['退款', '解冻', '到账', '理赔', '转账', '贷款', '借款', '刷流水', '才能', '款项'],
      ],
      within: 24,
    },
    // "退款需要芝麻分七百五以上才能到账": a score threshold set on receiving money.
    { all: [SCORE, ['以上才能', '以上才可以', '以上才会', '以上才']], within: 12, ordered: true },
    { any: ['刷流水提高', '刷流水来提高', '提高信用才能退款', '信用不够无法退款', '信用分不够退不了', '积分不够退不了'] },
  ],
  unless: [
    '按时还款', '按时还', '逾期', '应还', '兑换', '抵扣', '不会要求', '无需',
    // A credit line RAISED is no too-low story: a lender's own notice ("【度小满】您的信用额度已提升至8万元，
    // 最快3分钟到账" read scam 75 through 提升…信用…到账). Told as done; "要把信用额度提高到两万，退款才能到账"
    // (a raise demanded) still counts. Kind: a newcomer's probes, session 6 (test/playbook/faults/nc6-fp-kinds.test.ts).
    '已提升', '已提高', '已上调', '已调高', '已调整为', '提额成功', '成功提升', '成功提额',
  ],
  guards: ['warning'],
  advice: ['refund-never-needs-payment', 'no-loan', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      '系统显示您的芝麻信用分不足，退款暂时打不到您的支付宝',
      '因为你的信用积分不够，钱款被冻结了，需要刷流水来提高信用积分才能解冻',
      '您的会员积分不满足退款条件，得先提升一下积分',
      '你账户信誉分太低了，理赔款提现不出来',
      '要把信用额度提高到两万，退款才能自动到账',
      '您这个账号等级不合格，赔付款领取不了，我教您刷一下流水',
      '现在的问题是您的征信没达到标准，退回的钱被系统拦截了',
      '信 用 分 过 低 导 致 退 款 失 败',
    ],
    negative: [
      '您的会员积分不足，无法兑换该礼品',
      '按时还款有助于提高个人信用',
      '他这个人信誉太差了，借钱从来不还',
      '积分不够就算了，下次再换那个电饭煲',
      '您的信用卡本期应还款3200元，逾期将影响征信',
      '芝麻信用分高可以免押金租充电宝',
      '【度小满】您的信用额度已提升至8万元，最快3分钟到账',
      '退款与信用分无关，平台不会要求您提高信用',
      '老板说这个月的销售额提升了不少',
    ],
  },
});
