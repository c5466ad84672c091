import { defineTactic } from '../../schema.ts';

/**
 * The caller's own code, sent to be scanned ("我给你发个码你扫一下", "扫一下我发的码"; newcomer12): inside a story of a
 * membership to cancel, a 花呗 to close, a refund, no payment word is said, but a code a caller sends is a payee's
 * code or a page of theirs. A request no sender makes in a message (single-message `neverAsked`): with a story
 * `scam`. Not a code to add a friend or join a group (unless: 加好友, 进群: a move, read by shift.* if at all).
 */
export default defineTactic({
  id: 'extract.scan-sent-code',
  stage: 'extraction',
  description: {
    zh: '让您扫他发来的码：陌生人发的码不是付款给他，就是打开他的页面',
    en: 'Has you scan a code they send: a stranger\'s code pays them or opens a page of theirs',
  },
  weight: 40,
  cues: [
    {
      all: [
        ['我给你发个码', '我给您发个码', '我发你个码', '我发您个码', '我发个码', '我发的码', '我发你的码', '我发您的码', '我给你的码', '我给您的码'],
        ['扫一下', '扫下', '扫一扫', '扫描', '扫'],
      ],
      within: 16,
    },
  ],
  unless: ['加好友', '好友', '进群', '加群', '入群', '关注', '加我微信', '加微信', '骗子', '诈骗', '冒充', '千万别', '不要扫', '别扫', '切勿'],
  guards: ['warning'],
  negatable: true,
  advice: ['no-transfer', 'hang-up-verify-in-app', 'already-paid'],
  examples: {
    positive: [
      '你把支付宝打开，然后我给你发个码你扫一下',
      '扫一下我发的码，会员就关掉了',
      '我发你个码，你用支付宝扫描一下',
      '我发的码你扫一下，退款马上到',
      '我给您发个码，您扫一扫确认取消',
    ],
    negative: [
      '我给你发个码，你扫一下就能进群',
      '我发的码扫一下加好友',
      '千万别扫陌生人发的码',
      '你发的码我扫了，进群了',
      '扫码关注公众号领取优惠',
    ],
  },
});
