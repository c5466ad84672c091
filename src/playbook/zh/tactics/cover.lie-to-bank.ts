import { defineTactic } from '../../schema.ts';

/**
 * Coaching the victim to lie to the bank (newcomer10 kind 3): "when the bank calls, say you bought it
 * yourself", "if the teller asks who it is for, say a friend", "whoever asks, the bank included, say it
 * is for a relative; don't say we told you". A bank asks the purpose of a transfer to stop a fraud;
 * no legitimate sender, no shop, no agent, no officer, ever tells you what to answer it. Stronger than
 * cover.secrecy (keep it quiet), weight 55: one such line alone is `suspicious`, and with any request `scam`
 * (composite lie-to-bank-plus-request).
 */
export default defineTactic({
  id: 'cover.lie-to-bank',
  stage: 'cover',
  description: {
    zh: '教您对银行、柜员或任何问起的人撒谎（就说是自己买东西、给亲戚的、别说是我们让转的）：只有骗子才这样教',
    en: 'Coaches you to lie to the bank, the teller or anyone who asks ("say you bought it yourself", "say it is for a relative", "don\'t mention us"): only a scammer does',
  },
  weight: 55,
  cues: [
    // Who would ask × asks × "you say" × the cover story.
    {
      all: [
        ['银行', '柜员', '柜台', '工作人员', '客户经理', '大堂经理', '谁问', '有人问', '别人问', '家里人问', '家人问', '警察', '民警', '反诈'],
        ['问你', '问您', '问起', '问到', '打电话', '核实', '询问', '问'],
        ['就说', '就讲', '就回答', '说是', '回答是', '就答'],
        ['自己', '亲戚', '朋友', '家人', '家里', '买东西', '货款', '理财', '装修', '还钱', '还债', '借给', '生意', '本人'],
      ],
      // In any order: "你就说是自己买东西，银行问起来也一样" coaches as well.
      within: 40,
    },
    // Kept from the bank with a threat to what was promised ("不要跟银行说，不然会影响退款", "别告诉柜员，否则钱会被冻住").
    {
      all: [
        ['不要跟', '别跟', '不要和', '别和', '不能跟', '不要告诉', '别告诉', '不能告诉', '千万别跟', '千万不要跟'],
        ['银行', '柜员', '柜台', '客户经理', '反诈'],
        ['不然', '否则', '会影响', '就失败', '会被冻', '办不成', '退不了', '到不了账'],
      ],
      within: 30,
      ordered: true,
    },
    // "千万别说是我们让你转的", "不要提我们", "别说是客服让你操作的".
    {
      all: [
        // Not a bare 别提: "特别提醒关注我们的公众号" holds it (dev texts-5 real SMS, a carrier's notice).
        ['别说是', '不要说是', '千万别说', '千万不要说', '不能说是', '你别提', '您别提', '可别提', '别提起', '别提到', '别提我们', '别提客服', '别提退款', '别提理赔', '不要提', '千万别提', '不能提'],
        ['我们', '客服', '让你转', '让您转', '让你操作', '让您操作', '退款', '理赔', '帮你办', '帮您办', '办贷款', '刷流水'],
      ],
      within: 12,
      ordered: true,
    },
  ],
  unless: ['如实', '实话', '真实', '照实', '骗子', '诈骗', '验证码', '密码'],
  guards: ['warning'],
  advice: ['tell-family', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '待会银行来电话问你，你就说是自己网购用的',
      '柜员如果问你这笔钱转给谁，你就说是还朋友的钱',
      '不管谁问，包括银行的人，你就说是给家里亲戚的',
      '如果客户经理核实，你就回答是自己买理财',
      '转账的时候千万别说是我们让你转的',
      '到了柜台你别提退款的事，就说是装修用的',
      '这事别跟银行的人讲，不然你的退款就办不成了',
    ],
    negative: [
      '银行打电话问你的时候，你就如实说是客服让你转的',
      '柜员问你转给谁，你要说实话，别怕',
      '骗子会教你跟银行说是自己买东西，千万别信',
      '银行客户经理问你要办什么业务，你就说开一张新卡',
      '老师问起来你就说是我让你早点回家的',
      '特别提醒关注我们的官方微信号，参与活动领取礼包',
    ],
  },
});
