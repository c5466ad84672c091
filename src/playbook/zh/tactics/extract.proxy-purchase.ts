import { defineTactic } from '../../schema.ts';

/**
 * "Buy it for us from this supplier": someone claiming to be a school, an office or a company orders
 * from a shop, then has the shopkeeper pay a third-party "supplier" they name (佛跳墙, wine, cables),
 * so the shop's money goes to the scammer (冒充领导熟人 / 订餐 scripts). A real customer pays you; they
 * do not send you to buy from their contact.
 */
export default defineTactic({
  id: 'extract.proxy-purchase',
  stage: 'extraction',
  description: {
    zh: '自称学校、单位或公司订货，却要您先替他们向指定的“供应商”“厂家”代购、垫付货款',
    en: 'Claims to order for a school, office or company, then has you buy from and pay a "supplier" they name',
  },
  weight: 40,
  cues: [
    {
      all: [
        ['代购', '代买', '帮忙购买', '帮我们购买', '帮忙采购', '帮我们采购', '帮忙订购', '代为购买', '帮我们买', '帮忙买', '先垫付货款', '垫付货款'],
        ['供应商', '厂家', '经销商', '卖家的微信', '他的微信', '联系方式', '推给你', '推送', '名片'],
      ],
      within: 50,
    },
    {
      all: [
        ['供应商', '厂家', '经销商'],
        ['微信推给', '微信名片', '推送', '推给你', '添加', '加一下', '联系他'],
        ['购买', '订购', '采购', '付款', '定金', '货款'],
      ],
      within: 60,
    },
    // The unit's order that makes the vendor buy elsewhere or advance the money ("你帮我们从这个人那里进", "材料商我们指定",
    // "先把货款打到我们的供应商账户", "垫付的钱三天内结清"): our own writing (冒充军警购物).
    {
      all: [
        ['部队', '武警', '消防', '首长', '营房', '中队', '支队', '军方', '司务长'],
        ['帮我们从', '那里进', '我们指定', '供应商账户', '垫付的钱', '先帮我们采购', '先帮我们买', '先帮我们订', '垫付一下', '先垫付', '垫资'],
      ],
      within: 60,
    },
    // "Our unit" has you advance the money or order from the supplier it names ("需要你先帮我们从指定的供应商那里
    // 垫付", "我给你一个供货商的电话，你先帮我们订一下"): the fake army, school or hospital purchase.
    { request: { act: ['act.advance-for-us'], object: ['obj.supplier'] }, context: ['ctx.unit'] },
    // The "buyer" orders from you, then sends you to a contact of theirs to source the goods ("我给你个微信，
    // 你去他那采购", "我给你提供一个电话号码，你找他进点货"): the third party is the scammer's partner.
    {
      all: [
        ['订购', '采购', '需要购买', '要购买', '订一批', '需要一批', '要一批', '一批', '订餐', '订货'],
        ['我给你', '给你一个', '给你个', '推给你', '推送给你', '提供一个', '发给你'],
        ['进货', '进点货', '去他那', '从他那', '找他买', '找他进', '联系他', '联系这个人', '向他购买', '跟他买', '他那采购', '他那里买'],
      ],
      within: 60,
    },
  ],
  unless: ['骗子', '诈骗', '警惕', '冒充'],
  guards: ['warning'],
  advice: ['verify-known-contact', 'verify-independently', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '我是三中的刘老师，我们需要你帮忙代购40箱佛跳墙，我们会提供供应商的联系方式给你',
      '你店里没有这个牌子的红酒，我把经销商的微信推给你，你帮我们采购15箱',
      '我把厂家的微信名片推送给你，你先帮我们订购电缆，定金你先付',
      '请你帮忙购买一批消防器材，供应商的联系方式我发你',
      '我们单位要订餐，但需要你先垫付货款给我们指定的供应商',
      '我们要订购一批罐头，我给你提供一个电话号码，你找他进点货一起送过来',
      '学校施工需要一批乳胶漆，你们没有的话我给你个微信，你去他那采购一点',
      '部队采购走的是军方渠道，需要你先帮我们从指定的供应商那里垫付一批配套产品',
      '我们首长喜欢喝一种特供酒，你们店没有的话，我给你一个供货商的电话，你先帮我们订一下',
    ],
    negative: [
      '冒充领导让你代购的都是骗子',
      '我们店直接从厂家进货，价格实惠',
      '供应商明天送货，记得签收',
      '能帮我代购一支口红吗，钱我先转你',
      '您订购的货物已发出',
    ],
  },
});
