import { defineTactic } from '../../schema.ts';

/**
 * "Your free trial / membership has ended, from next month we charge you every month": the opening
 * of the cancel-the-subscription variant of the scam (快手/抖音/直播会员, 百万保险/百万保障). From a
 * stranger it is `suspicious` on its own (weight 40); once a link, an app, a screen share, a group or
 * a payment follows, the composite `subscription-plus-shift-or-extraction` makes it `scam`. A
 * platform's own renewal notice sends you to its app ("可在APP中关闭"), which is the `unless`.
 */
export default defineTactic({
  id: 'pretext.subscription-renewal',
  stage: 'pretext',
  description: {
    zh: '说您的免费体验、试用会员或“百万保险”到期，之后要每月自动扣费：这是“取消扣费”诈骗的开场',
    en: 'Says your free trial, membership or "million-yuan insurance" has ended and you will be charged every month: the opening of the cancel-the-charge scam',
  },
  weight: 40,
  cues: [
    {
      // A free trial or a trial membership that ends, then a charge.
      all: [
        ['免费体验', '免费试用', '试用期', '免费期', '体验期', '体验会员', '试用会员', '免费会员', '体验资格', '新人体验'],
        ['到期', '结束', '已过', '过期', '期满'],
        ['扣费', '扣款', '收费', '续费', '扣钱', '扣除', '收取'],
      ],
      within: 40,
    },
    {
      // A membership or insurance, then a recurring charge.
      all: [
        ['会员', 'vip', '保险', '保障', '服务', '套餐', '业务'],
        ['每月扣费', '每月扣款', '按月扣费', '按月扣款', '每月自动扣', '每个月扣', '每月收取', '每月都会扣', '每年扣费', '每月从您', '每个月自动'],
      ],
      within: 30,
    },
    {
      // "百万保险/百万保障/百万医疗" sold to you by mistake, then charged.
      all: [
        ['百万保险', '百万保障', '百万医疗', '百万医疗险', '百万意外险'],
        ['扣费', '扣款', '收费', '续费', '到期', '开通', '扣钱'],
      ],
      within: 30,
    },
  ],
  unless: [
    // The platform's own notice points to its app, its settings, or a reply-to-unsubscribe.
    '可在app', 'app内', 'app中', 'app里', '官方app', '我的-会员', '设置中', '设置里', '随时取消', '自行取消', '自行关闭', '回复td', '回td',
    '退订', '我想', '我要', '我的会员', '我开通', '我自己',
  ],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app', 'refund-never-needs-payment', 'no-screen-share'],
  examples: {
    positive: [
      '您好，您去年开通的快手极速版会员免费体验已到期，下个月起每月自动扣费699元',
      '您的抖音直播会员试用期已经结束，系统将按月扣费800元',
      '您好，您在京东开通的百万保险今天到期，不取消的话每月扣款',
      '我们检测到您的免费试用会员已过期，将从您的银行卡每月扣费',
      '您的直播会员每月自动扣费500元，需要的话我帮您关闭',
      '您开通的百万保障服务免费期满，下月开始自动扣款',
      '女士您好，您的会员体验期到期了，下个月开始每个月扣您398元',
      '您的学生会员免费体验结束了，之后每月从您账户扣除299元',
    ],
    negative: [
      '【爱奇艺】您的VIP会员将于12月5日自动续费25元，可在APP“我的-会员”中关闭',
      '【腾讯视频】您的试用会员已到期，续费可在APP内操作',
      '我想取消抖音的会员，每月扣费太贵了',
      '你的健身卡体验期到了，要不要一起办年卡',
      '【中国移动】您的流量套餐本月已用80%，回复TD退订',
      '我开通的会员每月扣费15元，还挺划算',
      '保险到期了记得续保，我明天陪你去营业厅',
      '【网易云音乐】您的黑胶VIP免费试用期已结束，可随时在设置中管理自动续费',
    ],
  },
});
