import { defineTactic } from '../../schema.ts';

/**
 * Credit "repair" and debt "negotiation" (贷款/代办信用卡, issue 8 §1.8): wiping a bad credit record,
 * raising a Sesame score, "packaging" a rejected loan through a special channel, or having online
 * loans' interest stopped and the debt suspended (停息挂账) for a fee. The credit reference centre
 * says no one can alter a record for money (征信修复都是骗局): weight 30; with a fee or a move the
 * composites make it `scam`.
 */
export default defineTactic({
  id: 'pretext.credit-repair',
  stage: 'pretext',
  description: {
    zh: '说能帮您修复、洗白征信，刷高芝麻分，走特殊渠道包装贷款，或帮您把网贷停息挂账',
    en: 'Offers to repair or wipe your credit record, raise your Sesame score, "package" a loan through a special channel, or suspend your online loans\' interest',
  },
  weight: 30,
  cues: [
    {
      any: [
        '修复征信', '征信修复', '洗白征信', '征信洗白', '帮您洗白', '帮你洗白', '消除逾期', '删除逾期', '停息挂账', '网贷清退', '帮您刷高', '帮你刷高', '刷芝麻分',
        '提高芝麻分', '内部关系', '特殊渠道', '包装费', '贷款包装', '征信有问题', '征信不好没关系', '征信花了也能', '不查征信', '不查zx', '不看征信',
        // The offer to mend or wipe a record in other words ("您的征信有不良记录，可帮您修复", "逾期记录可消除",
        // "请联系专员办理修复"). Not 信用修复 alone: the government's 信用中国 runs a real one for penalties. Own CS SMS, cs8.
        '帮您修复', '帮你修复', '可帮您修复', '可以帮您修复', '办理修复', '征信修复', '记录可消除', '记录可以消除', '记录可删除', '秒删', '删除不良', '消除不良', '消除记录',
        '删除记录', '逾期可消除', '逾期记录可',
        // "我们有内部渠道可以帮您消除" (newcomer10 kind 5).
        '帮您消除', '帮你消除', '可以帮您消除', '可以帮你消除', '内部渠道消除', '渠道可以消除',
      ],
    },
  ],
  unless: ['骗子', '诈骗', '警惕', '谨防', '不存在', '都是骗局', '无法修复', '任何机构', '人民银行征信中心提醒'],
  guards: ['warning'],
  advice: ['no-upfront-fee', 'verify-independently'],
  examples: {
    positive: [
      '您的征信有逾期记录，我们可以帮您修复征信',
      '我们有内部关系，三天帮你洗白征信',
      '网贷太多还不上？可以帮您停息挂账，减免利息',
      '芝麻分不够没关系，我们帮你刷高到七百',
      '银行拒了也没事，我们走特殊渠道',
      '您的征信有不良记录，可帮您修复，请联系专员',
      '征信逾期记录可消除，加微信咨询',
      '您的征信报告存在异常记录，请于今日内联系专员办理修复',
      '您有两笔逾期，我们有内部渠道可以帮你消除',
    ],
    negative: [
      '征信修复都是骗局，逾期记录任何机构都无法删除',
      '按时还款，保持良好的征信记录',
      '我查了一下征信，没有问题',
      '警惕“停息挂账”骗局',
      '芝麻分七百多，可以免押金租车',
      '【信用中国】行政处罚信息信用修复可登录信用中国网站在线申请，不收取任何费用',
      '逾期记录会保留五年，任何机构都无法删除不良记录',
    ],
  },
});
