import { defineTactic } from '../../schema.ts';

/**
 * "You register an account too" (你也注册一个账号吧, 开个户我带你): the move onto the scammer's
 * platform. Everyday alone (weight 5: apps ask you to register every day); only the investment and
 * romance composites read it.
 */
export default defineTactic({
  id: 'shift.register-platform',
  stage: 'shift',
  description: {
    zh: '要您也去注册一个账号、开个户，跟着一起做',
    en: 'Asks you to register an account or open one too and follow along',
  },
  weight: 5,
  speaker: 'any',
  cues: [
    {
      all: [
        ['你也注册', '您也注册', '你注册一个', '您注册一个', '你去注册', '你也开一个', '帮你注册', '你也下载'],
        ['账号', '账户', '户', '平台', 'app', '软件'],
      ],
      within: 10,
      ordered: true,
    },
    { any: ['你也开个户', '你开个户', '您开个户', '帮你开户', '帮您开户', '你也去开户'] },
    // A friend's "you get it too, here is my invite code" (nc13-recall R1: "…理财app 收益一天百分之三 … 你也下一个 我发你
    // 邀请码" read safe 0): the referral onto the platform. Weight 5 alone (a shop's referral is everyday); with a fixed
    // return the composite promised-return-plus-platform reads it.
    { any: ['你也下一个', '你也下个', '您也下一个', '你也装一个', '你也下载一个', '你也去下', '你也来玩', '你也来投', '你也投点', '你也买点'] },
    {
      all: [
        ['我发你', '发你', '给你', '用我的', '填我的', '输入我的', '输我的', '我把'],
        ['邀请码', '推荐码', '邀请链接', '推荐链接', '注册码'],
      ],
      within: 6,
      ordered: true,
    },
  ],
  // A public service's own account registered for someone (ncfp17 kind I: "妈…我在帮你注册医院的挂号APP，你把验证码念给我" read
  // `scam` 80 by shift-plus-extraction on this word): a hospital's booking, medical insurance, social security, the grid's
  // bill, the traffic office, a vaccine booking — no platform to follow anyone onto. The code asked stays asked (suspicious).
  unless: ['官方', '12306', '个人所得税', '骗', '挂号', '医院', '医保', '社保', '国网', '电费', '水费', '燃气', '交管', '12123', '疫苗', '政务'],
  guards: ['warning'],
  advice: ['no-app-download', 'no-investment-tips'],
  examples: {
    positive: [
      '你也注册一个账号吧，我教你',
      '你去注册这个平台，我带你做',
      '你也开个户，跟着导师操作',
      '帮你注册一个账户，充值就能做',
      '你也下载这个软件，我教你',
      '这个平台我玩了半个月了，你也下一个，我带你',
      '注册的时候填我的推荐码，我俩都有奖励',
    ],
    negative: [
      '我注册了一个新邮箱',
      '注册成功，欢迎使用',
      '你用官方APP注册就行',
      '账号注册需要手机号',
      '这种叫你注册平台的都是骗子',
      '邀请码已发送至您的手机，请勿告诉他人',
      '妈，我在帮你注册医院的挂号APP，你把验证码念给我',
      '爸，我在帮你注册交管12123的账号，验证码发到你手机上了',
    ],
  },
});
