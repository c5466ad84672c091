/**
 * recall17 (session 17) kind E2: the venue's free gift for whoever brings an ID and a bank card read safe: "凭身份证和银行卡免费领
 * 鸡蛋，明天上午社区门口" safe 0 (the brief's 5 with the model), "阿姨，明天早上带上银行卡到幸福宾馆，免费领两桶油" 0. The elderly
 * venue lure: the eggs, rice or oil bring the card, and the card is bound, the phone "operated" or products sold there. No gift
 * needs a card in anyone's hands. pretext.bring-card-refund (a health product's "refund" fetched with a card) reads the same
 * venue's free gift: a free handout (免费领/送/发, 白送, 领鸡蛋, 送大米, 领礼品…) with an ID and a bank card asked together
 * (凭身份证和银行卡, 银行卡、身份证, 存折和身份证) or a bank card brought (带上银行卡…) within 40: each sibling safe 0 -> suspicious
 * 40-50. The tactic's unless keeps a bank's or a carrier's own counter (网点, 柜台, 营业厅) and a warning. Twins: a handout on an
 * ID alone, a bank's account-opening gift at its branch, a carrier's hall, a health talk with no card, a warning, a social
 * security card at the counter, a supermarket's member card, the pension check at the community centre, a health check, a
 * child reminding a parent. With and without the model.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

describe('recall17 kind E2: a free gift for whoever brings an ID and a bank card', () => {
  runWithAndWithoutModel([
    ...[
      '凭身份证和银行卡免费领鸡蛋，明天上午社区门口',
      '老年人凭身份证、银行卡到社区活动室可免费领取大米和食用油',
      '带上身份证和银行卡来我们店，免费送鸡蛋一盒，还能领保健品',
      '阿姨，明天早上带上银行卡到幸福宾馆，免费领两桶油',
      '【健康讲座】60岁以上老人携带银行卡和身份证到会场签到，免费送大米一袋',
      '王大爷，我们公司回馈老客户，您带着银行卡来门店就白送一台按摩仪',
      '凭身份证加银行卡登记，免费领取价值298元的礼品',
      '大妈，带上存折和身份证，明天来礼堂免费领鸡蛋和挂面',
      '李奶奶，周末带好银行卡到社区对面的饭店，老板免费送礼品',
      '各位叔叔阿姨，带着银行卡来体验店听课，每天免费发鸡蛋',
    ].map((t): FaultCase => ({ name: `gift lure: ${t}`, input: sms(t), expect: 'suspicious', tactics: ['pretext.bring-card-refund'] })),
    ...[
      '社区周六免费发放防疫物资，凭身份证领取',
      '【中国银行】开户送礼：本周到网点凭身份证开立借记卡即送食用油一桶',
      '【中国移动】携带身份证到营业厅办理宽带，免费送路由器一台',
      '社区健康讲座周六上午九点在阳光宾馆会议室举行，免费测血压，欢迎老年朋友参加',
      '警惕！有人以免费领鸡蛋为名让老人带身份证和银行卡到现场，这是诈骗',
      '【农业银行】您的社保卡已制作完成，请携带身份证到网点柜台领取',
      '超市周年庆，凭会员卡免费领鸡蛋一盒',
      '养老金资格认证请本人携带身份证和银行卡到社区服务中心办理',
      '下周体检请带上身份证和医保卡，到社区卫生服务中心',
      '妈，明天去银行办事记得带身份证和银行卡，顺便领一下他们送的鸡蛋',
    ].map((t): FaultCase => ({ name: `twin safe: ${t}`, input: sms(t), expect: 'safe' })),
  ]);
});
