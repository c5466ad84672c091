import { defineTactic } from '../../schema.ts';

/**
 * "You are a suspect" said to you by phone or SMS (issue 8 §1.8, 冒充公检法): "您名下的银行卡涉嫌洗钱",
 * "你已被通缉", "您有一张法院传票未领取，请按9". (Not 嫌疑人: the grammar reads it as a reporter's word.) A real police station or court does not tell a
 * suspect by a call or a text to cooperate by phone; the accusation is the fake-police script's opening,
 * made to frighten. Directed at the listener (你/您), so a user's "有人说我涉嫌洗钱" is not it; warnings
 * that quote it are examples (framing). A real court's notice of a civil case says 涉及 (not 涉嫌), which
 * is not a term here.
 */
export default defineTactic({
  id: 'pretext.accused',
  stage: 'pretext',
  description: {
    zh: '来电或短信直接说您涉嫌洗钱、贩毒、诈骗，或有传票、通缉令：公检法不会这样通知，这是冒充公检法诈骗的开场',
    en: 'A call or text tells you that you are suspected of money laundering, drugs or fraud, or that a summons or warrant awaits: police never notify this way; it is the fake-police opening',
  },
  weight: 40,
  cues: [
    {
      all: [
        ['你涉嫌', '您涉嫌', '你已涉嫌', '您已涉嫌', '你名下', '您名下', '你的身份证', '您的身份证', '你的银行卡', '您的银行卡', '你的账户', '您的账户'],
        ['涉嫌洗钱', '洗钱', '洗黑钱', '贩毒', '诈骗案', '非法集资', '犯罪', '通缉', '涉案', '拐卖'],
      ],
      within: 20,
      ordered: true,
    },
    { any: ['你已被通缉', '您已被通缉', '你的逮捕令', '您的逮捕令', '这是你的逮捕令', '传票未领取', '有一张传票', '有一张法院传票'] },
    // The robocall: a summons or a case, then "press 9".
    { all: [['传票', '通缉', '逮捕令', '涉案', '案件'], ['按9', '按九', '转人工']], within: 20 },
  ],
  unless: ['骗子', '诈骗分子', '冒充', '假冒', '警惕', '不会', '新闻', '报道', '据悉', '被抓获', '已报案', '报案了'],
  guards: ['warning'],
  advice: ['police-never-by-phone', 'no-transfer', 'tell-family'],
  examples: {
    positive: [
      '您好，这里是北京市公安局刑侦支队，您的身份证涉嫌一起洗钱案件，请您配合调查',
      '你名下有一张银行卡被用于诈骗案，涉案金额三百万',
      '你已被通缉，必须马上配合我们',
      '您有一张法院传票未领取，请按9转人工查询',
      '这是你的逮捕令，上面有你的名字和身份证号',
      '【最高人民检察院】您涉嫌一起非法集资案件，请今日内配合调查',
    ],
    negative: [
      '有人打电话说我涉嫌洗钱，我直接挂了',
      '冒充公安说你涉嫌洗钱的都是骗子',
      '据报道，涉嫌洗钱的犯罪嫌疑人已被抓获',
      '您的账户于今日入账500元',
      '您涉及的民事案件已立案，请登录法院官网查看',
      '公安机关不会打电话说你涉嫌犯罪',
    ],
  },
});
