import { defineTactic } from '../../schema.ts';

/**
 * Common surnames, the first character of a name said after 我是 ("我是王强，", "我是老李", "我是小陈"). Data an officer
 * extends; a surname alone is nothing (the cue wants 我是 right before it and a clause end just after the name).
 */
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];

/**
 * A sender who has to say who they are (recall15 kind Z1): "我是梅姐", "我是老张", "我是王强，", "我是您店里的老顾客",
 * "我是你以前的老板", "我代表二附属医院", "作为公司的负责人". Not a relation (contact.acquaintance reads "我是你儿子"),
 * but the same fact: someone you know never introduces themselves before asking you for money. Weight 0: nothing alone
 * (a courier, a teacher, a neighbour say it every day); with a money ask (extract.money-request) the composite
 * introduced-stranger-money makes it `suspicious`, and it breaks the family-loan reading (a relative never names himself).
 */
export default defineTactic({
  id: 'contact.self-introduced',
  stage: 'contact',
  description: {
    zh: '对方先自报姓名或身份（“我是梅姐”“我是老张”“我是您店里的老顾客”“我代表某医院”），再开口要钱：真认识的人不用自我介绍',
    en: 'The sender first says who they are ("it\'s Mei", "I\'m your old customer", "I\'m calling for the hospital"), then asks for money: someone you know needs no introduction',
  },
  weight: 0,
  role: 'component',
  cues: [
    // 我是 + a name: surname + up to two characters, then a clause end ("我是王强，", "我是陈丽。", "我是张总，").
    {
      all: [
        SURNAMES.map((s) => `我是${s}`),
        ['，', '。', '！', ',', '!', '、', ' '],
      ],
      within: 4,
      ordered: true,
    },
    // 我是 + 老/小/阿 + surname ("我是老张", "我是小李", "我是阿芳") or a first name with 姐/哥/叔/姨 ("我是梅姐", "我是王哥").
    { any: SURNAMES.flatMap((s) => [`我是老${s}`, `我是小${s}`]) },
    {
      all: [['我是'], ['姐，', '姐。', '哥，', '哥。', '叔，', '叔。', '姨，', '姨。', '姐！', '哥！', '总，', '总。', '总！']],
      within: 8,
      ordered: true,
    },
    // 我是 + who they are to you, a stranger's role ("我是您店里的老顾客", "我是你以前的老板", "我是你的生意伙伴", "我是公司的出纳").
    {
      all: [
        ['我是'],
        ['顾客', '老顾客', '老客户', '生意伙伴', '合作伙伴', '合伙人', '负责人', '出纳', '会计', '秘书', '助理', '书记', '老熟人', '网友', '校友',
          '经理', '主管', '前同事', '老同事', '以前的老板', '之前的老板', '老东家'],
      ],
      within: 14,
      ordered: true,
    },
    // Not 房东: a landlord's own "房租还是转到原来那张卡" names the usual account; a fake landlord's new card is extract.new-account.
    { any: ['我代表', '作为公司的负责人', '作为公司负责人', '作为你的老板', '作为您的老板', '作为你们的领导'] },
  ],
  unless: ['骗子', '冒充', '假冒', '诈骗', '警惕', '提醒'],
  guards: ['warning'],
  advice: ['verify-known-contact'],
  examples: {
    positive: [
      '我是梅姐，之前在你店里修过车',
      '我是老张，你还记得我吗',
      '你好，我是王强，上次一起吃过饭的',
      '我是您店里的老顾客，有个事想请您帮忙',
      '我是你以前的老板，最近资金周转不开',
      '我代表市二医院，有件急事需要您协助',
    ],
    negative: [
      '骗子常说“我是你老板”，让你转账，千万别信',
      '我是说你明天几点到',
      '老张，你明天来吃饭吗',
      '我是坐地铁来的',
      '我是王者荣耀的老玩家了',
    ],
  },
});
