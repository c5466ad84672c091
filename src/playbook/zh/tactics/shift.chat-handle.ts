import { defineTactic } from '../../schema.ts';

/**
 * "DM the assistant" (投资理财, 刷单, issue 8 §1.8): "想参加的私信助理", "私信老师领取" — the move to a
 * private chat with the group's "assistant" or "teacher", where the stake is asked for. "加V：…",
 * "+v：…" are read by shift.group (the playbook's variants fold v into 微信). Weight 0: a sender's own
 * "私信…" is no move; it counts only beside an offer or a story (composites in ../other-kinds.ts).
 * Not 私信我: a meeting's host says it (anti-fraud-sft dev meetings).
 */
export default defineTactic({
  id: 'shift.chat-handle',
  stage: 'shift',
  description: {
    zh: '让您私信“助理”“老师”（转到私聊里再要钱）',
    en: 'Asks you to DM the "assistant" or "teacher" (where the money is asked for in private)',
  },
  // Weight 0: a shop's own "加微信领取" is shift.group already; the handle counts only beside a story (other-kinds.ts).
  weight: 0,
  role: 'component',
  cues: [
    { any: ['私信助理', '私信老师', '私信客服经理', '私信班主任', '私聊助理', '私聊老师'] },
  ],
  unless: ['官方', '客服热线', '请勿', '不要', '别加', '骗子', '诈骗', '警惕'],
  guards: ['warning'],
  advice: ['no-app-download', 'stay-on-platform'],
  examples: {
    positive: [
      '想参加的私信助理',
      '进群的私信老师领取',
      '有意向的私信助理报名',
      '想要内部消息的私聊老师',
      '明天的票私信助理获取',
    ],
    negative: [
      '开通会员加VIP专享',
      '不要加陌生人的微信',
      '我们的官方客服热线是95188',
      '请大家私下不要议论',
      'V1版本已发布',
    ],
  },
});
