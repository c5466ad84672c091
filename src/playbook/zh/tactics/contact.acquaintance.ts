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
        ['我是你', '我是您', '我是你的', '我是您的', '我是你们', '我是咱'],
        ['儿子', '女儿', '孙子', '孙女', '侄子', '外甥', '表弟', '表哥', '堂弟', '堂哥', '表妹', '堂妹', '同学', '老同学', '室友', '战友', '老乡',
          '领导', '老板', '部长', '主任', '校长', '班主任', '老师', '朋友', '好友', '老公', '老婆', '舅舅', '叔叔', '阿姨', '总经理', '董事长', '老领导'],
      ],
      within: 6,
      ordered: true,
    },
    // "我是XX的孙子", "我是小王的男朋友": a relation to someone you know, said by a stranger to you.
    {
      all: [
        ['我是'],
        ['的儿子', '的女儿', '的孙子', '的孙女', '的外孙', '的外孙女', '的侄子', '的侄女', '的外甥', '的同学', '的老同学', '的男朋友', '的女朋友',
          '的表姐', '的表哥', '的表弟', '的表妹', '的老公', '的老婆', '的同事', '的秘书', '的司机', '的助理', '的好友', '的朋友'],
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
