import { defineTactic } from '../../schema.ts';

/**
 * A message whose writer says, in the first person, that he IS a service desk — under any name, a
 * platform's or one nobody has heard of ("这里是尚德机构客服", "我们是全视通客服中心", "我是XX商城售后"). The
 * claim itself, not the platform: contact.impersonation knows the platforms' names, this reads the
 * frame "我是/这里是/我们是 … 客服". Nothing alone (weight 0): a component the composite
 * `claimed-agent-plus-request` reads with an ask in the same message (contact.agent-request). Only in a
 * message (`speaker: 'unknown'`): on a call the user made, "我是客服小王" is how every agent answers.
 * Kind: dev texts-8 冒充客服 half A (unknown brands' desks), our own SMS (cs9).
 */
export default defineTactic({
  id: 'contact.claimed-desk',
  stage: 'contact',
  description: {
    zh: '来信的人自称是某个客服、售后或理赔部门（不论什么名字）',
    en: 'The writer says he is a customer-service, after-sales or claims desk, under whatever name',
  },
  weight: 0,
  role: 'component',
  // The score's frame, not evidence for the text model (which never saw it in training).
  scoreOnly: true,
  speaker: 'unknown',
  cues: [
    {
      all: [
        ['我是', '这里是', '我们是', '这边是', '我这边是', '我们这边是', '我们这里是', '本人是'],
        ['客服', '客服中心', '客服部', '客服团队', '客服人员', '客服专员', '售后', '售后部', '售后中心', '理赔部', '理赔中心', '理赔专员', '服务中心'],
      ],
      within: 14,
      ordered: true,
    },
    // The desk first, then itself ("快手商城售后客服这里", "XX客服这边").
    { any: ['客服这里', '客服这边', '售后这里', '售后这边', '客服中心这边', '客服中心这里'] },
  ],
  unless: [
    '冒充', '假冒', '自称', '假客服', '骗子', '我联系了', '我打给', '我找了',
    // An inbound greeting: the user called.
    '欢迎致电', '感谢您的来电', '感谢来电', '感谢您致电', '欢迎来电', '有什么可以', '有什么我可以', '有什么能帮', '欢迎咨询', '欢迎光临', '请问你们',
    // A job advert for a desk post.
    '招聘', '应聘', '面试',
  ],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      '尊敬的用户，您好！这里是尚德机构客服。',
      '您好！我们是全视通客服中心，听说您遇到了一些问题',
      '您好，我是鑫达商城的售后客服小周',
      '快手商城售后客服这里！请问您遇到了什么问题',
      '我们这边是安心保理赔中心，关于您的理赔申请',
    ],
    negative: [
      '有人自称客服给我打电话，说要退款',
      '欢迎致电客服中心，请问有什么可以帮您',
      '我是你妈，快回电话',
      '本店诚聘客服专员，欢迎应聘',
      '我刚联系了客服，他们说明天发货',
    ],
  },
});
