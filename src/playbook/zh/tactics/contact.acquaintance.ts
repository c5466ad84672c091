import { defineTactic } from '../../schema.ts';

/**
 * "It's me, your son / your boss / your old classmate, this is my new number": a relative or
 * boss who has to introduce themselves. Weak alone; with a money ask or a move to a new chat
 * account the composites make it suspicious.
 */
export default defineTactic({
  id: 'contact.acquaintance',
  stage: 'contact',
  description: {
    zh: '对方自称您的亲人、领导、老同学或朋友，说换了号码、手机丢了',
    en: 'The sender claims to be your relative, boss, classmate or friend, often "with a new number" or "a lost phone"',
  },
  weight: 10,
  cues: [
    {
      all: [
        ['我是你', '我是您', '我是你的', '我是您的', '我是你们', '我是咱', '作为您的', '作为你的'],
        ['儿子', '女儿', '孙子', '孙女', '侄子', '外甥', '表弟', '表哥', '堂弟', '堂哥', '表妹', '堂妹', '表姐', '堂姐', '同学', '老同学', '室友', '战友', '老乡',
          '妹妹', '姐姐', '哥哥', '弟弟', '姐夫', '妹夫', '嫂子', '外孙', '外孙女', '侄女', '外甥女', '女婿', '儿媳', '大学同学', '发小', '学生', '老朋友',
          '领导', '老板', '部长', '主任', '校长', '班主任', '老师', '朋友', '好友', '老公', '老婆', '舅舅', '叔叔', '阿姨', '总经理', '董事长', '老领导',
          // Kin said with a closeness or an order of birth ("我是你亲哥", "我是你二舅", "我是你大姐"), and the in-laws and
          // elder kin the family scripts name (recall10): one relation word each, any modifier before it within the window.
          '亲哥', '亲姐', '亲弟', '亲妹', '大哥', '二哥', '三哥', '大姐', '二姐', '三姐', '大舅', '二舅', '小舅', '舅妈', '姑姑', '姑父', '姑妈', '姨妈',
          '小姨', '姨夫', '婶婶', '大伯', '伯伯', '堂兄', '表兄', '表姐夫', '干妈', '干爸', '干儿子', '干女儿', '哥', '姐'],
      ],
      within: 6,
      ordered: true,
    },
    // "我是XX的孙子", "我是小王的男朋友": a relation to someone you know, said by a stranger to you.
    {
      all: [
        ['我是'],
        ['的儿子', '的女儿', '的孙子', '的孙女', '的外孙', '的外孙女', '的侄子', '的侄女', '的外甥', '的同学', '的老同学', '的男朋友', '的女朋友',
          '的表姐', '的表哥', '的表弟', '的表妹', '的老公', '的老婆', '的同事', '的秘书', '的司机', '的助理', '的好友', '的朋友',
          // In-laws and a child's teacher ("我是您外甥的女婿", "我是你女儿的班主任"): a relation to someone you know (recall10).
          '的女婿', '的儿媳', '的姐姐', '的妹妹', '的哥哥', '的弟弟', '的班主任', '的老师', '的亲戚'],
      ],
      within: 12,
      ordered: true,
    },
    // "我是外孙", "我是吴总", "我是财务室的梁主任": a relative or a boss who has to say who they are.
    {
      all: [
        ['我是'],
        ['外孙', '孙子', '孙女', '侄子', '外甥', '总啊', '总,', '总。', '老板', '主任', '局长', '处长', '科长', '部长', '书记', '校长', '院长',
          '董事长', '总经理', '领导'],
      ],
      within: 8,
      ordered: true,
    },
    { any: ['听出我的声音', '听不出我是谁', '还记得我吗', '你猜我是谁'] },
    {
      any: [
        '换了新号', '换号了', '这是我的新号', '这是我新号', '新手机号', '手机掉水里', '手机掉进水里', '手机丢了', '手机坏了', '手机被偷',
        '用同学的手机', '用朋友的手机', '用别人的手机', '存一下我的新号', '加我新微信', '加我的新微信', '新微信号', '猜猜我是谁',
      ],
    },
  ],
  unless: ['骗子常说', '冒充', '假冒', '警惕'],
  guards: ['warning'],
  advice: ['verify-known-contact', 'tell-family'],
  examples: {
    positive: [
      '爸，我是你儿子，我手机掉水里了，这是新号',
      '我是你的老同学小王，还记得我吗',
      '我是你们的李主任，明天到我办公室来一趟',
      '妈，我是您的女儿，用同学的手机给你发的',
      '猜猜我是谁？换了新号，存一下',
      '我是你领导，加我新微信',
      '老同学，手机丢了，这是我的新号',
      '我是你表弟啊，好久没联系了',
      '我是XX的外孙子，我刚才给你打电话了',
      '我是吴总，现在需要一笔资金来周转',
      '我是财务室的梁主任，你应该能听出我的声音吧',
      '我是你的妹妹，我在国外回不来了',
      '作为您的侄子，我想请您帮个忙',
      '我是你亲哥，最近手头有点紧',
      '我是你二舅，有点急事找你',
      '我是您外甥的女婿，想跟您借点钱',
    ],
    negative: [
      '我是你的话，我就不去了',
      '骗子常说我是你领导，要提防',
      '你是我的好朋友，我相信你',
      '这是我公司的座机号，有事打这个',
      '我的手机壳坏了，得换一个',
      '我们是同学，一起上过课',
      '我是说你的方案挺好',
      '明天班主任开家长会，记得去',
      '我是说总的来看还行',
      '他是我的老同学',
    ],
  },
});
