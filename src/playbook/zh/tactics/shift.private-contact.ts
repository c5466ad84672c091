import { defineTactic } from '../../schema.ts';

/**
 * A move to a private phone number or personal account ("加一下这个手机号", "用这个号码联系我"):
 * the channel shift that takes the talk out of the platform's records. Group and QQ/WeChat moves
 * are `shift.group`; this one covers numbers and personal accounts so the two do not double count.
 */
export default defineTactic({
  id: 'shift.private-contact',
  stage: 'shift',
  description: {
    zh: '要您加一个私人手机号、个人账号，或改用对方给的号码联系',
    en: 'Asks you to add a private phone number or personal account, or to contact them on a number they give',
  },
  weight: 25,
  cues: [
    {
      // Not a bare 加我 (参加我们的电话会) nor 加上 (在前面加上手机号): the verb names adding a contact.
      all: [
        ['加一下', '加下', '添加', '加这个', '存一下', '保存一下', '加个'],
        ['手机号', '号码', '私人号', '个人号', '个人微信', '私人微信', '私人账号', '个人账号'],
      ],
      within: 8,
      ordered: true,
    },
    {
      all: [['用这个', '打这个', '拨打这个', '联系这个', '换这个', '存一下这个'], ['号码', '电话', '手机号']],
      within: 6,
      ordered: true,
    },
    { any: ['私下联系', '私聊我', '私下加我', '加我私人', '加我个人', '加我手机', '加我的手机', '私人号码', '个人手机号联系'] },
  ],
  unless: ['官方', '客服热线', '请勿', '不要', '别加', '不会让您'],
  guards: ['warning'],
  negatable: true,
  advice: ['no-app-download', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      '麻烦加一下这个手机号，我把照片发给您确认',
      '您加我手机号吧，方便联系',
      '后续用这个号码联系我就行',
      '您存一下这个号码，理赔的事打这个电话',
      '加我个人微信，我私下给您处理',
      '我们私下联系，平台上说不方便',
      '您拨打这个号码，专员会给您办理',
      '您添加一下这个电话号码，微信搜索就能找到我',
    ],
    negative: [
      '您的手机号已经更新了',
      '请拨打官方客服热线咨询',
      '我的手机号换了，记一下',
      '不要加陌生人的微信',
      '快递员电话在订单详情里能看到',
      '请保存好您的订单号',
      '这个号码是空号',
      '非常感谢大家参加我们今天的电话会',
      '发送时请在前面加上收件人手机号码',
      '我们不会让您加任何私人号码',
    ],
  },
});
