import { defineTactic } from '../../schema.ts';

/**
 * "You have won" (中奖, 追星 lucky fan, issue 8 §1.8): a prize, a lucky-viewer or lucky-customer draw, a
 * scratch card's first prize, a signed album for a "lucky fan". Shops do run draws: the story alone
 * is weight 20 (watch); a fee, a tax, postage or a link before the prize is the scam (composites in
 * src/playbook/zh/composites-other.ts; the public "八个凡是": 通知中奖要你先交钱的都是诈骗).
 */
export default defineTactic({
  id: 'pretext.prize-won',
  stage: 'pretext',
  description: {
    zh: '说您中奖了、被抽为幸运观众、幸运顾客、幸运粉丝，奖品或奖金等着您领',
    en: 'Says you won a prize or were drawn as a lucky viewer, customer or fan, with a prize or cash waiting',
  },
  weight: 20,
  cues: [
    {
      any: [
        '中奖了', '您中奖', '你中奖', '中了特等奖', '中了一等奖', '中了二等奖', '被抽为', '幸运观众', '幸运顾客', '幸运粉丝', '幸运大奖', '年终大奖',
        '场外观众', '中了一台', '中了一辆', '获得奖金', '奖品已经寄出', '奖品已寄出', '参与抽奖获得', '抽奖获得', '被选为幸运',
      ],
    },
    // Drawn for a prize, a place or a gift; not "被抽中参加住户调查" (gen-legit-sms-zh: a statistics survey).
    { all: [['抽中', '被选为'], ['奖', '礼', '名额', '签名', '幸运', '现金', '红包', '手机', '电视', '冰箱', '电脑', '专辑']], within: 16 },
    // A draw's grade said to you ("您的号码中了一等奖"); a shop's list of its raffle's grades names no winner.
    { all: [['恭喜', '您的', '你的', '您中', '你中', '您获得', '你获得'], ['一等奖', '二等奖', '三等奖', '特等奖']], within: 14 },
  ],
  unless: ['流量', '话费', '积分', '客户端', '营业厅', '优惠券', '未中奖', '没中奖', '开奖结果', '比赛', '竞赛', '年会', '我抽中', '我中了', '我得了', '孩子得了', '他得了', '骗子', '诈骗', '警惕', '谨防', '冒充', '假中奖', '中奖诈骗', '都是骗'],
  guards: ['warning'],
  advice: ['no-upfront-fee', 'verify-independently'],
  examples: {
    positive: [
      '恭喜您被抽为本期节目的幸运观众',
      '阿姨，您是我们店的幸运顾客，中了一台电视',
      '您的手机号在周年庆中抽中一等奖',
      '你抽中了偶像的限量签名照',
      '您获得了我们的年终大奖，奖金五万',
    ],
    negative: [
      '很遗憾，您未中奖，感谢参与',
      '本期双色球开奖结果：一等奖5注',
      '警惕中奖诈骗，要先交钱的都是骗子',
      '我儿子作文比赛得了二等奖',
      '公司年会我抽中了一个保温杯',
      '您被抽中参加城乡住户调查，调查员将持证上门',
    ],
  },
});
