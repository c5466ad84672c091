import { defineTactic } from '../../schema.ts';

/**
 * "I am your boss, add my new QQ" (冒充领导): a stranger's account claiming to be your chairman,
 * manager or director and moving you to a new account. A real boss does not introduce himself to his
 * own staff, least of all from an account they do not know; weight 40, `suspicious` before any money
 * is asked. With a money request the composite `boss-new-account-plus-money` makes it a scam.
 */
export default defineTactic({
  id: 'contact.boss-new-account',
  stage: 'contact',
  description: {
    zh: '陌生账号自称是您的领导、老板，让您加他新的QQ、微信：先打领导原来的电话核实',
    en: 'An unknown account claims to be your boss and moves you to a new QQ or WeChat: call your boss on the number you know',
  },
  weight: 40,
  cues: [
    {
      all: [
        ['我是你们', '我是你的', '我是咱们', '我是你们的', '我是你领导', '我是你老板'],
        ['董', '总', '老板', '领导', '主任', '局长', '处长', '科长', '校长', '院长', '经理', '书记', '行长', '主管'],
        ['新的qq', '新qq', '新微信', '新的微信', '新号', '换号', '小号', '这个号', '加我', '加一下我', '私人号', '新手机号'],
      ],
      within: 30,
      ordered: true,
    },
  ],
  unless: ['骗', '冒充', '假冒', '警惕', '小心'],
  guards: ['warning'],
  advice: ['verify-known-contact', 'no-transfer'],
  examples: {
    positive: [
      '我是你们李董，加我新的QQ',
      '我是你们张总，这是我的新微信，加一下我',
      '在吗，我是你的领导王主任，换号了，加我这个号',
      '我是你们校长，加我私人号，有事交代',
      '我是咱们公司的刘经理，这是我新微信',
    ],
    negative: [
      '我是你们李董的秘书，会议改到周三',
      '冒充领导加新微信的都是骗子',
      '我是你们新来的同事，叫小王',
      '王总换号了？我先打他原来的电话问问',
      '我是你们楼的物业经理，明天停水',
    ],
  },
});
