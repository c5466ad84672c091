import { defineTactic } from '../../schema.ts';

/**
 * A path through an app's own menus, the way a real renewal RECEIPT says where to cancel ("可在微信-我-
 * 服务-钱包-支付设置-自动续费中关闭", "腾讯视频APP-个人中心-VIP会员中操作", "支付宝-我的-设置-支付设置"):
 * menu names joined by hyphens, which no scammer's "call us to cancel" needs. Newcomer7 kind 3: such
 * receipts read suspicious 69 as a mistaken enrolment; the cue ran from the charge into the next
 * sentence, where the path is. Shared with pretext.mistaken-enrolment.
 */
/**
 * A renewal receipt's own words (sms15): the app, named by its brand, as the place to cancel ("请在知乎APP提前关闭",
 * "在WPS客户端会员中心续费"), and a renewal already stopped at the reader's request ("已按您的申请关闭", "根据您的申请已取消").
 * A stranger's "cancel it" goes through their number, link or WeChat. Shared with pretext.mistaken-enrolment.
 */
export const SUBSCRIPTION_RECEIPT = [
  'app提前关闭', 'app提前取消', 'app内关闭', 'app内取消', 'app中关闭', 'app中取消',
  '按您的申请', '按照您的申请', '根据您的申请', '应您的要求', '按您的要求', '已按您',
];

export const IN_APP_PATH = [
  '-我-', '-我的-', '我的-', '-设置', '设置-', '支付设置', '个人中心', '会员中心', 'app-', '钱包-', '-自动续费', '自动续费管理',
  // The same path as the matcher reads it: a hyphen between two Chinese characters is dropped by the normaliser (a
  // spacing trick, "微-信"), so "抖音-我-钱包-抖音月付-设置中关闭" reads "抖音我钱包抖音月付设置中关闭" and none of the hyphenated
  // terms above can hold unless a Latin "APP-" keeps one. The menu names run together, and the menu the way out ends in
  // ("…设置中关闭", "…钱包中取消"), are what such a path leaves (nc13-fp kind F1: a platform's notice of a pay-later
  // or auto-renew service you have on, 40 alone).
  '我钱包', '我的钱包', '我服务', '我设置', '我的设置', '钱包设置', '设置中关闭', '设置中取消', '钱包中关闭', '钱包中取消',
  '中心中关闭', '中心中取消', '管理中关闭', '管理中取消',
];

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
        // Said aloud: "试用期过了", "免费期到了"; the charge "每个月要扣您六百多", "要从您银行卡扣".
        ['到期', '结束', '已过', '过期', '期满', '过了', '到了'],
        ['扣费', '扣款', '收费', '续费', '扣钱', '扣除', '收取', '自动扣', '每月扣', '要扣', '扣您', '扣你', '从您银行卡扣', '从你银行卡扣'],
      ],
      within: 40,
    },
    {
      // A membership or insurance, then a recurring charge. A pay-later line (月付, 分付) "opened" and now said to
      // charge every month is the same story (newcomer8: "您之前开通的抖音月付，下个月开始每个月扣费500块").
      all: [
        ['会员', 'vip', '保险', '保障', '服务', '套餐', '业务', '月付', '分付'],
        ['每月扣费', '每月扣款', '按月扣费', '按月扣款', '每月自动扣', '每个月扣', '每月收取', '每月都会扣', '每年扣费', '每月从您', '每个月自动',
          // The spoken register (writer6/writer5 SMS, cs11): "每个月要扣您六百多", "每个月要从您银行卡扣八百多".
          '每个月要扣', '每月要扣', '每个月要从', '每月要从', '每个月都要扣',
          // The charge said with 扣除 ("次日起每月扣除800元会费", "每月将扣除"): the same recurring charge (cs10, consumed-w2 dev).
          '每月扣除', '每月将扣除', '每月将扣', '每月会扣', '按月扣除', '每年扣除'],
      ],
      within: 30,
    },
    // A membership that renews or charges by itself, and where to cancel it, in one breath ("快手直播会员到期
    // 自动续费800/月，退订点 <link>", "会员扣费取消请拨：021-…", "自动续f 每月599，关闭请戳链接"): the SMS form of
    // the story, whose next word is their link, number or WeChat. A platform's own notice names its app (unless).
    {
      all: [
        ['会员', 'vip', '包月', '包年', '保障', '保险', '月卡', '年卡'],
        ['自动续费', '自动扣费', '自动扣款', '自动续订', '连续包月', '连续包年', '扣费', '扣款', '续费', '/月', '每月', '月扣', '扣年费', '年费'],
        // "…回个电话我帮你关", "…您要是不想开就得今天关掉": the cancel word said aloud.
        ['取消', '关闭', '退订', '解约', '解除', '帮你关', '帮您关', '关掉', '给您关', '给你关'],
      ],
      within: 24,
      ordered: true,
    },
    // The same, with THEIR line between the charge and the cancel word ("直播会员将于今晚自动扣费998元，如非本人
    // 操作请回复TD或致电 021-6123 8890 取消", newcomer7 kind 3): a number of theirs (not a published line) before
    // 取消/关闭 is the cancel path a receipt never gives (a receipt names the app's menu: IN_APP_PATH, unless).
    {
      all: [
        ['会员', 'vip', '包月', '包年', '保障', '保险', '月卡', '年卡'],
        ['自动续费', '自动扣费', '自动扣款', '即将扣费', '将扣费', '扣费', '扣款', '续费', '扣除'],
        // Their line asked for as a call back too ("不需要请速回电 4008-… 取消"): cs10, consumed-w2 dev.
        ['致电', '拨打', '联系客服', '联系专员', '客服电话', '回电', '回拨', '来电'],
        ['取消', '关闭', '退订', '解约'],
      ],
      within: 50,
      ordered: true,
    },
    // A membership about to charge, and "if it was not you who opened it" — the number or id that follows
    // is theirs, so the cancel word comes far after it ("直播会员即将扣费1179元/月，不是本人开通请联系136…取消",
    // "高级会员即将自动续费1200元，若非本人开通，请联系客服专员微信 ks-kf2288 关闭"). A bank's debit alert says
    // "如非本人操作" (an act done) and names no one who "opened" it. Kind: own CS SMS (gen-w3-scam-sms-zh,
    // gen-scam-cs-sms-zh), cs8.
    {
      all: [
        ['会员', 'vip', '包月', '包年', '保障', '保险', '月卡', '年卡', '业务', '服务'],
        [
          '即将扣费', '即将扣款', '即将续费', '即将自动', '将自动续费', '将自动扣费', '将自动扣款', '自动续费', '自动扣费', '自动扣款', '将扣费', '将扣除', '将收取',
          '将从您', '将从绑定', '马上要扣', '就要扣', '要自动扣', '扣除年费', '收取年费', '月扣', '每月扣', '每个月扣', '每个月要',
          // The charge named by its price or its renewal ("超级VIP将于明日续费，年费1580元，不是本人开通请…"): the
          // third group (not opened by you) makes it the story, newcomer7 kind 3.
          '续费', '年费', '月费',
        ],
        [
          '非本人开通', '不是本人开通', '非您本人开通', '不是您本人开通', '不是您开通', '非本人订购', '不是本人订购', '非本人办理', '不是本人办理', '非本人申请', '不是本人申请',
          // Spoken to an elder ("不是您自己开的话", "不是您本人办的话").
          '不是您自己开', '不是自己开', '不是本人开', '不是您本人办', '不是您办', '不是您自己办',
        ],
      ],
      within: 40,
      ordered: true,
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
    '可在app', 'app内', 'app中', 'app里', '官方app', '我的-会员', '设置中', '设置里', '随时取消', '自行取消', '自行关闭', ...IN_APP_PATH,
    // TD as this message's own opt-out ("回复TD退订", "退订请回复TD", "回复TD至10001"), not "cancel the charge by
    // TD or by calling us" ("如非本人意愿请回复TD或联系客服 4006 998 321 关闭", newcomer7 kind 3).
    '回复td退订', '退订请回复td', '回复td至', '回td退订',
    // A carrier's or a shop's opt-out ("回T退订", "退订回N", "发送0000到10086"), not a bare 退订: the scam says
    // "退订点 <link>", "退订请加客服微信".
    '退订回t', '退订回n', '退订回复', '退订回td', 'td退订', 'n退订', 'r退订', 'r拒收', '回t退订', '回复t', '回n退订', '回复n', '回复退订', '拒收请回复', '发送0000',
    // The app named with its menu ("在京东APP“我的-PLUS会员”中取消", "在APP"账号-会员"中关闭"), and a charge already stopped.
    'app“', 'app"', 'app「', '在app', 'app个人中心', 'app设置', '“我的', '"我的', '可随时', '已帮您关闭', '已为您关闭', '已经帮您关闭', '已关闭',
    '我想', '我要', '我的会员', '我开通', '我自己', '我把', '我已', '我刚',
    // The citizen's own plan about her own trial ("我健身房的试用期过了…我打算不续了").
    '我打算', '我不打算', '不续了', '我办的', '我开的',
    // The app named by its brand before APP, the way out in it ("如不需要请在知乎APP提前关闭自动续费"), and a renewal
    // stopped at the reader's own request ("您的会员自动续费已按您的申请关闭"): the sender's receipt (sms15).
    ...SUBSCRIPTION_RECEIPT,
  ],
  guards: ['warning-story'],
  // The platform's own published line as the way to cancel ("如需取消请致电客服950618", JD's; "95188-6",
  // Alipay's with an extension; a carrier's 10086) is its own channel, not a stranger's: the number
  // checker's data decides (src/checks/data), so a mobile "京东客服", an unlisted 400 line or 9506188 still count.
  ownLine: true,
  advice: ['hang-up-verify-in-app', 'refund-never-needs-payment', 'no-screen-share'],
  examples: {
    positive: [
      '您好，您去年开通的快手极速版会员免费体验已到期，下个月起每月自动扣费699元',
      '您开通的直播贵宾会员今日到期，次日起每月扣除600元会费',
      '您的会员即将扣除年费899元，不需要请尽快回电021-55667788取消',
      '您的抖音直播会员试用期已经结束，系统将按月扣费800元',
      '您好，您在京东开通的百万保险今天到期，不取消的话每月扣款',
      '您好我是抖音客服，您之前开通的抖音月付，下个月开始每个月扣费500块，需要我帮您关闭吗',
      '我们检测到您的免费试用会员已过期，将从您的银行卡每月扣费',
      '您的直播会员每月自动扣费500元，需要的话我帮您关闭',
      '您开通的百万保障服务免费期满，下月开始自动扣款',
      '女士您好，您的会员体验期到期了，下个月开始每个月扣您398元',
      '您的学生会员免费体验结束了，之后每月从您账户扣除299元',
      '您的免费体验已结束，每月自动扣599，退订回电客服',
      '快手直播会员到期自动续费800/月，退订点 ks-td.cc',
      '会员扣费取消请拨：021-5566 8231',
      '【优酷】您被开通高级会员连续包年，今日扣费2988元，退订请加客服微信',
      '【抖音】您的直播会员即将扣费1179元/月，不是本人开通请联系客服取消',
      '您的直播间高级会员即将自动续费1200元，若非本人开通，请联系客服专员关闭',
      '您名下的百万医疗保障服务将从您的银行卡自动扣费，如不是本人开通请及时处理',
      '阿姨，您手机上有个直播会员马上要扣一千二了，不是您自己开的话，您打这个电话我帮您关掉',
      '您的超级会员将从绑定银行卡扣除年费1680元，非本人开通请致电客服申请退订',
      '【京东PLUS】您的PLUS会员即将自动续费，如需取消请致电京东客服13812345678',
      '【京东PLUS】您的PLUS会员即将自动续费，如需取消请致电客服9506188',
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
      '【京东PLUS】您的PLUS会员将于明日自动续费198元，可在京东APP“我的-PLUS会员”中取消',
      '【中国移动】您订购的视频彩铃包月业务每月5元，退订请回复TD',
      '我把视频会员的自动续费关了，每月扣费太不划算',
      '【招商银行】您尾号1234的信用卡于11月30日自动扣费25元（腾讯视频会员），如非本人操作请致电95555',
      '【爱奇艺】您的会员即将自动续费，如非本人开通，可在APP“我的-会员”中关闭',
      '【京东PLUS】您的PLUS会员即将自动续费，如需取消请致电客服950618',
      '【支付宝】您的自动续费服务将于明日扣款，如需关闭请致电95188-6',
      '【中国移动】您的视频彩铃包月业务将自动续费，如需取消请拨打10086',
    ],
  },
});
