import { defineFrame } from '../../schema.ts';

/**
 * The marks of a seller's ADVERT for its own goods or services: a sale (特价, 折, 团购, 满减, 秒杀,
 * 开业, 店庆, 会员日, 预售), a gift for coming (到店有礼, 赠品, 买…送), its own place to come to (门店,
 * 售楼处, 展厅, 营业厅, 欢迎光临/莅临, 试驾, 看房) and an opt-out (退订, 回T). Weight 0: a scammer can
 * copy any of it, so it never lowers a story or a request; the score reads it only as a frame of
 * the playbooks' ONE `promotion` rule (src/playbook/promotion.ts).
 *
 * Found on half A of the dev real SMS (telecom-fraud-texts-5 / 正常短信, session 7): carriers' and
 * shops' promotions, loan and car-finance adverts, property and shop-unit sales, beauty and gym offers
 * "加店长微信送…" stack an offer, a move to the seller's own channel and its urgency ("名额有限") to risk
 * 20–45 with no request at all; the test half, which nobody read, gave 20 such false alarms by the rules
 * (EVALUATION.md, session 6). Not the words of a loan or a job on their own (低息, 日结: a fake lender's
 * and a task scam's whole message), nor 旗舰店 (the refund scam's "我是XX旗舰店客服").
 */
export default defineFrame({
  id: 'contact.advert',
  description: {
    zh: '像商家给自己的商品或服务打的广告（特价、折扣、团购、开业、到店有礼、售楼处、退订方式）',
    en: 'Reads like a seller advertising its own goods or services (a sale, a discount, an opening, a gift for coming to the shop, an opt-out)',
  },
  cues: [
    {
      any: [
        // A sale and its price words.
        '特价', '特惠', '钜惠', '巨惠', '优惠价', '折扣', '打折', '折起', '五折', '六折', '七折', '八折', '九折', '半价', '团购', '满减', '立减',
        '直降', '秒杀', '抢购', '促销', '大促', '清仓', '让利', '买一送一', '买二送一', '买三送一', '第二件半价', '第二双半价', '到店有礼', '进店有礼',
        '到访有礼', '到店即送', '赠品', '送完即止', '售完为止', '领完即止', '早鸟价', '体验价', '会员价', '会员日', '会员专享', '会员生日',
        // An occasion of the shop's own.
        '开业', '新店', '店庆', '周年庆', '年终大促', '新品上市', '新品上架', '店铺上新', '预售', '开盘', '加推', '样板间', '以旧换新',
        // The seller's own place to come to.
        '门店', '到店', '进店', '欢迎光临', '莅临', '恭候光临', '售楼处', '售楼部', '营销中心', '置业顾问', '展厅', '试驾', '看房', '营业厅',
        '专卖店', '专柜', '会所', '店址', '本店', '我店',
        // An opt-out: a mass sender's way to stop it.
        '退订', '回t', '回td', '拒收请回复', '拒收回r',
      ],
    },
    // "满199减50", "满1万送2千": a threshold and its discount.
    { all: [['满'], ['减', '送']], within: 6, ordered: true },
  ],
  examples: {
    positive: [
      '新店开业，全场8折，欢迎光临',
      '周末家具节满1万送2千，到店还有礼品',
      '样板间开放，到访即送伴手礼，置业顾问小吴',
      '会员日全场纸尿裤买二送一',
      '年卡限时特价1999元，到店参观送毛巾，退订回T',
      '冬季护理体验价99元，加店长微信预约',
    ],
    negative: [
      '我是贷款公司的客服，无抵押低息，加我微信办理',
      '您好，我是淘宝旗舰店的客服，您的订单有质量问题',
      '兼职刷单，日结300，加微信',
      '您的账户存在异常，请点击链接验证',
      '妈，我换号了，给我转点钱',
      '满头大汗地跑回家',
    ],
  },
});
