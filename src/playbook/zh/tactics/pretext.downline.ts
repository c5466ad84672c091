import { defineTactic } from '../../schema.ts';

/**
 * The pyramid (传销) and "微商代理" model (issue 8 §1.8): you earn by recruiting people below you or by
 * buying stock to "upgrade" your agent level ("发展下线就能拿提成", "介绍下家进来获得1%", "交5000元升级
 * 黄金代理", "囤货拿更高的折扣"). Income from recruits and buy-in to a level is the model itself, not a
 * word of a real job. Weak alone (someone telling the story); with money asked for (an entry fee, a
 * purchase, a top-up) the composite makes it a scam.
 */
export default defineTactic({
  id: 'pretext.downline',
  stage: 'pretext',
  description: {
    zh: '靠“发展下线”“拉人头”挣钱，或交钱进货“升级代理”：这是传销和微商代理骗局的模式',
    en: 'Money from "recruiting downlines" or from buying stock to "upgrade your agent level": the pyramid and fake-agency scheme',
  },
  weight: 20,
  cues: [
    {
      any: [
        '发展下线', '拉下线', '发展下家', '介绍下家', '拉人头', '拉人进来', '人头费', '下线越多', '发展团队',
        '一级代理', '二级代理', '省级代理', '市级代理', '黄金代理', '白金代理', '钻石代理', '金牌代理', '高级代理', '代理级别',
        '升级代理', '代理升级', '资本运作', '五级三晋制',
      ],
    },
    // Paid for the people you bring in ("拉三个人进来就能升级", "每拉一个人拿入会费的百分之三十", "推荐一人奖500").
    {
      all: [
        ['拉人', '拉三个人', '拉个人', '拉一个人', '每拉', '拉进来', '拉亲戚', '拉朋友', '发展你的', '发展朋友', '发展亲戚', '推荐一人', '推荐一个人',
          '每推荐', '每介绍', '介绍一个人', '带你的亲戚', '带亲戚', '朋友也来买', '亲戚朋友都'],
        ['提成', '奖励', '奖', '收益', '赚', '升级', '返', '分红', '百分之'],
      ],
      // The pay FOR the people brought in comes after them; a house's "返租五年" before "带亲戚朋友来看房" is
      // the sale's own term (dev real SMS, a sales office's advert).
      within: 30,
      ordered: true,
    },
    {
      all: [
        ['升级为', '升级成', '晋升为', '成为'],
        ['代理', '董事', '合伙人', '经销商', '会员'],
        // A payment for the level, not a sum anywhere near it: "感谢您成为我们的会员，赠送20元券" is a shop's
        // member (dev real SMS; data/corpus/gen-legit-sms3-zh.jsonl), "支付加入费用才能成为正式的会员" the pyramid.
        ['交', '缴', '购买', '进货', '拿货', '付', '投资', '费用', '入会费', '会费', '代理费', '加盟费'],
      ],
      within: 24,
    },
  ],
  unless: ['骗子', '骗局', '诈骗', '警惕', '传销是违法', '打击传销', '举报', '不要参加', '上线了', '已上线', '正式上线', '新功能', '线下'],
  guards: ['warning'],
  advice: ['no-upfront-fee', 'no-investment-tips', 'tell-family'],
  examples: {
    positive: [
      '购买之后可以成为我们的业务员，发展下线就能拿提成',
      '只要你介绍下家进来，就可以获得1%的利润',
      '我交5000元购买50盒产品，就能升级为黄金代理',
      '新成员要先支付一笔加入费用，才能成为正式的会员',
      '投资69800元，发展下线够29个人就能拿到1040万',
      '你先进货，下线越多你拿的提成越高',
      '交三千块成为合伙人，以后拉人头就有钱',
      '只要你拉三个人进来，你就能升级为经理，拉的人越多赚得越多',
      '你把你的亲戚朋友都拉进来，每拉一个人你就能拿到入会费的百分之三十',
    ],
    negative: [
      '传销是违法的，发现请举报',
      '新版本已正式上线，欢迎体验',
      '我们今晚线下聚会',
      '警惕拉人头的传销骗局',
      '这家店是品牌的总代理，售后有保障',
      '本课程已上线，欢迎报名',
      '感谢您成为我们的会员，现赠送20元优惠券一张',
      '商铺返租五年，欢迎带亲戚朋友来看房',
    ],
  },
});
