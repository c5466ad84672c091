import { defineTactic } from '../../schema.ts';

/**
 * A chat handle to add, written the way adverts dodge filters (虚假购物, 刷单, 贷款, 微商, 色情引流,
 * issue 8 §1.8): "加V：mt-tj888", "+v：jzbm66", "加wx：dk-kuai8", "私聊V", "私信助理". The move shift.group
 * reads in "加微信", which the abbreviation escapes; weight 0 because a sender's "加微信：…" already fires
 * shift.group (measured: 9 dev normal SMS flagged twice over, telecom-fraud-texts-5), so the handle
 * counts only beside an offer or a story (composites in ../other-kinds.ts). Not "加vip" (a membership).
 */
export default defineTactic({
  id: 'shift.chat-handle',
  stage: 'shift',
  description: {
    zh: '让您加他的微信、QQ号（写成“加V”“+v”“加wx”“私聊V”来躲过过滤）',
    en: 'Asks you to add their WeChat or QQ handle, spelled to dodge filters ("加V", "+v", "wx", "DM V")',
  },
  // Weight 0: a shop's own "加微信领取" is shift.group already; the handle counts only beside a story (other-kinds.ts).
  weight: 0,
  cues: [
    {
      any: [
        // Not vx / wx / 薇 / 为信: the playbook's variants fold them into 微信, which shift.group reads already.
        // The normaliser drops '+' and the dots of "加.V" and folds the colon: "+v：x" reads "v:x".
        '加v:', 'v:', '私聊v', '私v',
        // Not 私信我: a meeting's host says it (anti-fraud-sft dev meetings).
        '私信助理', '私信老师',
      ],
    },
  ],
  unless: ['官方', '客服热线', '请勿', '不要', '别加', '骗子', '诈骗', '警惕'],
  guards: ['warning'],
  advice: ['no-app-download', 'stay-on-platform'],
  examples: {
    positive: [
      '特价茅台，订购加V：mt888',
      '兼职日结，有意+v：jz66',
      '不看征信，加V：dk-8',
      '想参加的私信助理',
      '演唱会门票内部渠道，加V：ticket-1',
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
