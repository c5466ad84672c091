import { defineTactic } from '../../schema.ts';
import { INSIDE_DEAL } from '../inside-topup.ts';

/**
 * A deal said to be kept inside — an event, a perk, a tip or a quota only insiders or old members know, or what the
 * "mentor" said — beside a platform's money words (ncrecall17 kind 1: "亲爱的，平台今天有内部活动，充值5万返2万，你赶紧充",
 * "兄弟，内部消息，这个平台充值10万返3万，明天就截止了，赶紧上车"). Nothing alone (weight 0: a company's "内部通知" or an
 * employee's "内部价" is everyday talk); the composite `inside-deal-plus-topup` (../ncrecall17-kinds.ts) reads it with
 * the top-up asked. Our own writing; the examples are run as tests.
 */
export default defineTactic({
  id: 'contact.inside-deal',
  stage: 'contact',
  description: {
    zh: '说平台有“内部活动”“内部福利”“内部消息”，只有老会员或“导师”知道，名额有限',
    en: 'Says the platform has an "inside" event, perk or tip that only old members or the "mentor" know about',
  },
  weight: 0,
  role: 'component',
  scoreOnly: true,
  speaker: 'any',
  cues: [
    {
      all: [
        INSIDE_DEAL,
        ['平台', 'app', '软件', '网站', '充值', '充', '入金', '返', '送', '提现', '收益', '回报', '上车', '名额', '投'],
      ],
      within: 40,
    },
  ],
  unless: ['骗', '警惕', '小心', '别信', '不要信', '不要相信', '反诈'],
  guards: ['warning'],
  advice: ['no-investment-tips', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '亲爱的，平台今天有内部活动，充值5万返2万',
      '兄弟，内部消息，这个平台明天就截止了',
      '只有老会员知道，那个APP充1万送5千',
      '导师说今晚入金的名额不多了',
      '这是内部名额，不对外，你充值就能拿返利',
    ],
    negative: [
      '公司内部通知：明天上午九点开会',
      '我们内部食堂今天有红烧肉',
      '小心“内部消息”“导师带单”，都是骗局',
      '内部审计下周开始，请准备材料',
      '晚上一起吃饭吗',
    ],
  },
});
