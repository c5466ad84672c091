import { defineTactic } from '../../schema.ts';

/**
 * The price too good to be true (虚假购物, 追星, 二手, 游戏交易, issue 8 §1.8): branded goods, liquor,
 * phones or concert tickets far under the shop price, "internal channel", "original price", genuine
 * "overseas purchase" at a third. A shop's own sale also says 特价: the story alone is weight 15
 * (watch); with a private chat (加V) or a direct payment the composites decide
 * (src/playbook/zh/composites-other.ts). Written from the police advice on 网购诈骗 (低价诱惑) and our
 * own writing.
 */
export default defineTactic({
  id: 'pretext.bargain-goods',
  stage: 'pretext',
  description: {
    zh: '低得离谱的价格：名牌、茅台、手机、演唱会门票打几折，“内部渠道”“原价出”“海外代购正品”',
    en: 'A price too good to be true: brands, liquor, phones or concert tickets at a fraction, an "internal channel", "at face value", "genuine overseas purchase"',
  },
  weight: 15,
  cues: [
    {
      any: [
        // Not 名额有限 / 限量 / 清仓 / 折起: every shop's promotion says them (telecom-fraud-texts-5 dev normal SMS).
        '内部渠道', '内部价', '内部票', '原价出', '原价转', '低价出', '便宜出', '比专柜便宜', '比官方便宜', '专柜的三折', '专柜价的', '海外代购', '免税店的',
        '高仿', '原箱正品', '最后三台', '便宜一半', '便宜了一半'
      ],
    },
    {
      all: [
        ['茅台', '五粮液', 'iphone', '苹果手机', '名牌包', '戴森', '内场票', '演唱会门票', '演唱会票'],
        ['特价', '仅需', '仅售', '低价', '便宜', '只要', '只卖', '原价'],
      ],
      within: 16,
    },
  ],
  // A stock pick called a "ticket" (内部票 in a stock group) is an investment story, not cheap goods (nc9-loss kind 4).
  unless: ['股票', '炒股', '涨停', '个股', '骗子', '诈骗', '警惕', '谨防', '退订', '回t', '回复td', '回td', 'td退', '预约', '预售', 'app内', '官方旗舰店', '以app', '详见app', '到店'],
  guards: ['warning'],
  advice: ['stay-on-platform', 'no-transfer'],
  examples: {
    positive: [
      '飞天茅台特价999一瓶，原箱正品',
      '演唱会内场票，内部渠道拿的，原价出',
      '名牌包海外代购，价格只有专柜的三折',
      '最新款苹果手机只要两千，数量有限',
      '免税店的大牌口红，比专柜便宜一半',
    ],
    negative: [
      '【京东】年货节茅台限量预约，详见APP，回T退订',
      '这个包我在专柜买的，挺贵的',
      '警惕低价茅台诈骗，内部渠道都是骗子',
      '演唱会门票已在大麦开售',
      '奶粉喝完了，明天去超市买',
    ],
  },
});
