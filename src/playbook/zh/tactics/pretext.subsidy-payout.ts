import { defineTactic } from '../../schema.ts';

/**
 * "A subsidy is waiting for you" (助学金 / 补贴诈骗, issue 8 §1.8): a student grant, an unemployment,
 * housing, birth or consumption subsidy said to be issued or waiting. Real offices do pay
 * subsidies, straight to the social-security or bank card on file: the story alone is weight 20.
 * What only the scam adds — a link off the official domains, an app, a number to call, an ATM
 * "activation", a fee, your card number or ID by reply — is decided by the composites
 * (src/playbook/zh/composites-other.ts). Police advice: 助学金、补贴直接发到卡上，不需要激活、不需要交钱.
 */
export default defineTactic({
  id: 'pretext.subsidy-payout',
  stage: 'pretext',
  description: {
    zh: '说您或孩子有一笔助学金、补贴、补助、奖学金已下发或可以领取',
    en: 'Says a student grant, subsidy or allowance has been issued to you or your child, or is waiting to be claimed',
  },
  weight: 20,
  cues: [
    {
      all: [
        ['助学金', '补贴', '补助', '奖学金', '资助', '补贴款', '补助金', '慰问金', '生育津贴', '退税款'],
        ['下发', '发放', '到了', '到账', '下拨', '可领', '领取', '符合', '审批', '待领取', '打到', '可以获得', '获得了', '申领', '登记', '已批', '可获得', '拨付',
          // "每个人能领两千八" (newcomer10 kind 5).
          '能领', '可以领'],
      ],
      within: 24,
    },
  ],
  unless: ['骗子', '诈骗', '警惕', '谨防', '冒充', '不会', '政策解读'],
  guards: ['warning'],
  advice: ['verify-independently', 'never-share-card', 'already-paid'],
  examples: {
    positive: [
      '您孩子的国家助学金1500元已下发，请尽快领取',
      '您符合本年度育儿补贴领取条件，每月可领600元',
      '您的购房补贴已审批通过，金额三万元',
      '您家孩子获得了励志奖学金，需要家长办理领取手续',
      '您有一笔失业补助金待领取',
    ],
    negative: [
      '今年的补贴政策解读请看市政府官网',
      '我申请的助学贷款还没批下来',
      '公司每月有交通补贴和餐补',
      '警惕冒充教育局发放助学金的诈骗',
      '奖学金评选结果将在下周公示',
    ],
  },
});
