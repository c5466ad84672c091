import { defineTactic } from '../../schema.ts';

/**
 * The stake said in passing (网络赌博, 投资, 虚拟货币, 网络交友 to investment, issue 8 §1.8): "先充两千
 * 试试", "放个一两万进去", "你先少投一点", "再充五千打满流水". A top-up or a stake with a round sum
 * and no earnings word in the sentence (extract.platform-topup needs one). Weak alone (weight 20:
 * a son topping up his game, a shop's prepaid card); with a gambling lure, a promised return or an
 * online sweetheart the composites make it `scam` (src/playbook/zh/composites-other.ts).
 */
export default defineTactic({
  id: 'extract.stake-topup',
  stage: 'extraction',
  description: {
    zh: '要您先充一笔钱、放一笔钱进去“试试”（充两千、放个一两万、少投一点）',
    en: 'Asks you to top up or put in a sum "to try" (two thousand, ten or twenty thousand, "just a little")',
  },
  weight: 20,
  cues: [
    { request: { act: ['act.stake'], object: ['obj.sum', 'obj.money'] } },
    { request: { act: ['act.topup', 'act.invest'], object: ['obj.sum'] } },
    { any: ['少投一点', '先试一下小额', '小额试试', '先少投', '少放点', '少放一点', '打满流水', '先充值开户', '先充值五千开户'] },
  ],
  unless: ['话费', '流量', '油卡', '加油卡', '公交卡', '饭卡', '水费', '电费', '燃气', '充值成功', '已到账', '充电', '游戏', '会员卡', '定期', '银行', '理财产品', '骗子', '诈骗', '别充', '不要充'],
  guards: ['warning'],
  negatable: true,
  advice: ['no-investment-tips', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '你先充两千试试，我带你玩',
      '第一次少放点，放个五千进去就行',
      '你先少投一点试试水',
      '提现要满足流水，你再充五千打满流水就能提',
      '先放个一两万进去，不会亏',
    ],
    negative: [
      '妈，饭卡里先充两百',
      '话费余额不足，请及时充值',
      '我已经充好了五千的油卡',
      '不要往陌生平台充钱',
      '加油卡充值成功，金额500元',
    ],
  },
});
