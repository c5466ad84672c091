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
  ],
  unless: ['官方', '12306', '个人所得税', '骗'],
  guards: ['warning'],
  advice: ['no-app-download', 'no-investment-tips'],
  examples: {
    positive: [
      '你也注册一个账号吧，我教你',
      '你去注册这个平台，我带你做',
      '你也开个户，跟着导师操作',
      '帮你注册一个账户，充值就能做',
      '你也下载这个软件，我教你',
    ],
    negative: [
      '我注册了一个新邮箱',
      '注册成功，欢迎使用',
      '你用官方APP注册就行',
      '账号注册需要手机号',
      '这种叫你注册平台的都是骗子',
    ],
  },
});
