import { defineTactic } from '../../schema.ts';

/**
 * The refund said to need the reader's code or screen, in the ask's own sentence ("退款马上就到了，刚才系统给您发了个四位的
 * 数，您报一下", "退款要确认本人…那一串数，您发我一下", "退款的话您得开个视频会议，把手机界面共享给我"; newcomer15 kind 7).
 * The ask names its purpose, and that purpose is the story: no refund, payout or cancellation waits on a code told to
 * whoever writes, or on a screen shared with them. A contact cue (who writes and why), so the pretext composites do not
 * read it as a second step; one message pairs it with the ask (src/playbook/single-message.ts `stories`), and
 * refund-condition-plus-ask (./nc15-kinds.ts) decides. Our own writing; the examples are run as tests.
 */
export default defineTactic({
  id: 'contact.refund-condition',
  stage: 'contact',
  description: {
    zh: '说退款、理赔、取消扣费要先把验证码告诉对方，或要先共享屏幕：真退款从不需要',
    en: 'Says the refund, payout or cancellation needs your code told to them or your screen shared first: no real refund does',
  },
  weight: 5,
  cues: [
    { request: { act: ['act.tell', 'act.send', 'act.give', 'act.hand-on'], object: ['obj.code'] }, context: ['ctx.refund', 'ctx.refund-to-you'] },
    { request: { act: ['act.open', 'act.share'], object: ['obj.screen'] }, context: ['ctx.refund', 'ctx.refund-to-you'] },
    { request: { act: ['act.download', 'act.install', 'act.open', 'act.join'], object: ['obj.meeting'] }, context: ['ctx.refund', 'ctx.refund-to-you'] },
  ],
  unless: [
    // A carrier's or a bank's own confirmation sent back to its service number ("回复验证码确认关闭", "发送至10086").
    '回复', '发送至', '发送到', '10086', '10010', '10000', '955', '官方app', 'app内', 'app里',
    '切勿', '请勿', '不要告诉', '不要透露', '不要提供', '不要泄露', '不会索要', '不会要求', '不会向', '不会让', '任何人', '骗子', '诈骗',
  ],
  guards: ['warning'],
  negatable: true,
  advice: ['never-share-code', 'no-screen-share'],
  examples: {
    positive: [
      '叔叔，退款马上就到了，刚才系统给您发了个四位的数，您报一下我这边好录入。',
      '亲，退款要确认本人，我们给您发了个码，就是那一串数，您发我一下就行。',
      '退款的话您得开个视频会议，把手机屏幕共享给我看一下',
      '理赔款要到账，您先把收到的验证码告诉我',
      '取消会员扣费需要您下载腾讯会议，我远程帮您关',
    ],
    negative: [
      '【中国移动】您正在办理关闭来电提醒业务，请回复短信验证码确认。',
      '退款不需要您提供验证码，请勿告知任何人。',
      '您的退款已原路退回，请注意查收。',
      '您把验证码告诉我，我帮您登录一下。',
      '会议软件下载好了，明天上午开会。',
    ],
  },
});
