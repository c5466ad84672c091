import { defineTactic } from '../../schema.ts';

/**
 * A refund of something you paid for, announced unasked: "您报名的培训班可以申请退费了", "恭喜您获得退款
 * 资格", "我们推出了一项退款计划", "之前的退款未成功，已为您查到未退款的金额". The 退费/清退 variant of the
 * refund scam (fake schools, training desks, "investment" clean-ups, landlords, shops) opens this way
 * and then moves you to a QQ group, an app or a "customer service" QR code, or asks for an ID.
 *
 * Weak alone (15): a school or a shop does announce refunds. With a move off the platform it makes
 * `pretext-plus-shift` (suspicious); with an extraction request `pretext-plus-extraction` (scam).
 * A refund the citizen asked for, or one already on its way back ("已原路退回", "退款成功"), is the
 * `unless`. Written from the dev half of telecom-fraud-texts-8 (退费 SMS filed under several
 * categories) and our own writing.
 */
export default defineTactic({
  id: 'pretext.refund-offer',
  stage: 'pretext',
  description: {
    zh: '主动通知您“可以退费了”“获得退款资格”“之前的退款没成功”：退费诈骗的开场，接着会让您进群、下载软件或扫码',
    en: 'Tells you unasked that a fee "can now be refunded", that you "qualify for a refund" or that "an earlier refund failed": the opening of the refund scam, followed by a group, an app or a QR code',
  },
  weight: 15,
  cues: [
    // Eligibility announced to you: the refund is news, not your request.
    {
      any: [
        '退款资格', '退费资格', '符合退款条件', '符合退费条件', '符合退款', '符合退费', '退款计划', '退费计划', '退款活动', '退费活动',
        '退费通知', '退费业务', '补退业务', '办理补退', '清退工作', '清退人员', '清退专员', '可以退费', '可以申请退费', '可申请退费',
        '可以办理退费', '可办理退费', '可以开始退款', '开始退款了', '可以退了', '可以退款了', '退费事宜', '退费手续', '退费流程', '退款手续',
        '未退款的金额', '退款未成功', '退款没有成功', '退款失败', '全额退还', '返还学费', '退还学费', '返还您的学费', '返还您的费用',
        '退还您的费用', '退还您的学费',
        // A refund or claim said to wait on you ("您有一笔退款待确认", "理赔金额198元待领取"): a real one goes back by itself.
        '退款待确认', '退款待处理', '退款待领取', '退款异常', '理赔款待领取', '理赔金待领取', '赔付款待领取', '赔偿金待领取',
        '待领取的退款', '待领取的理赔', '退款金额待确认', '理赔金额待确认', '有一笔退款待', '有一笔理赔款', '有一笔理赔待', '有一笔赔偿款',
        // A refund offered as a service ("我们与京东合作退费", "为您提供退费方案").
        '退费服务', '退费方案', '退费操作', '进行退费', '合作退费', '退费问题', '退款方案', '退款服务',
        // A refund "the system" will force on your order ("系统将对您的订单强制退款"): no refund you asked for
        // is forced; it sets up the call that follows (newcomer kind 4, with contact.promised-callback).
        '强制退款', '强行退款', '强制退货退款', '强制取消订单并退款',
        // A refund on your order announced unasked, with nothing said of why ("你的订单需要退款，有空回个电话", "我们跟您说一下
        // 退款的事"): writer6/writer7 SMS, cs11.
        '订单需要退款', '订单需退款', '订单要退款', '订单需要办理退款', '退款的事',
      ],
    },
    // Eligibility announced in other words ("符合一定的条件可以申请退款处理", "符合相关条件，可办理退费"): the news is the
    // refund, not your request (cs10, dev texts-5/-8 冒充客服 half A). A shop's policy names the app (unless 在app, app内).
    {
      all: [['符合'], ['条件', '要求', '标准', '规定'], ['可以申请退款', '可申请退款', '可以退款', '可退款', '可以办理退款', '可办理退款', '申请退款处理', '可以退费', '可退费', '可以全额退']],
      within: 16,
      ordered: true,
    },
    // A sum waiting on the reader ("理赔金额198元待领取", "退款（89元）待确认").
    { all: [['退款', '理赔', '赔付', '赔偿', '补偿金', '退费'], ['待领取', '待确认', '未领取', '待激活', '等待领取', '尚未领取']], within: 14, ordered: true },
    // A refund that waits on installing their app ("平台卡住了…请下载以下几个应用程序，我们会尽快退款"):
    // a real refund goes back by itself and never needs an app.
    { all: [['下载', '安装'], ['退款', '退费']], within: 40 },
    // A refund as the reward for doing something for them ("只需下载并注册XX APP，完成指定任务，即可享受退款"):
    // no real refund waits on a task, an app or a sign-up.
    {
      all: [
        ['完成', '下载', '注册', '加入', '添加', '扫描', '扫码', '点击', '关注', '只需', '只要'],
        ['即可', '就能', '就可以', '便可'],
        ['退款', '退费'],
      ],
      within: 40,
      ordered: true,
    },
    // "您之前报的课/交的房租/会员费现在可以退"：a fee you paid, then a refund you did not ask for.
    {
      all: [
        ['学费', '培训费', '课程费', '课时费', '报名费', '考试费', '会员费', '服务费', '年费', '房租', '投资款', '网课', '课程', '培训班', '考试'],
        ['可以退', '可退', '可以申请退', '可申请退', '申请退费', '办理退费', '退费', '清退', '全额退款', '返还', '退还'],
      ],
      within: 20,
      ordered: true,
    },
    // A duplicate or wrong charge to be "returned" ("您的订单被重复扣款128元，退回请联系…", "多扣的钱退您，加V"): a
    // platform returns a double charge by itself, the way it came (unless: 原路退回, 已退还). Kind: own CS SMS
    // (gen-scam-cs-sms-zh g-cssms-0026, gen-scam-cs-zh), cs8.
    {
      all: [
        ['重复扣款', '重复扣费', '重复支付', '重复收费', '重复付款', '多扣', '多收', '多付', '扣错', '误扣', '多扣款', '多扣费'],
        ['退回', '退还', '返还', '退款', '退您', '退给您', '退你', '退给你', '可退', '需退'],
      ],
      within: 20,
      ordered: true,
    },
  ],
  unless: [
    // The citizen's own request, a refund already on its way, a shop's standing policy, an institution's own office.
    // Not a bare 我想: the desk says "我想告诉您一个好消息：我们推出了一项退款计划".
    '我被', '我又被', '我刚被', '我申请', '我已经申请', '我已申请', '我想申请', '我想退', '我要退', '我要申请', '我想把', '自己申请', '已退款', '退款成功', '已原路', '原路退回', '原路返还', '已退还', '已返还',
    '已到账', '退款已', '七天无理由', '无理由', '不满意', '在app', 'app内', 'app里',
    // The school's own office ("请到教务处办理"); not 教务 alone: the desk signs "请联系教务专员 189…".
    '教务处', '到教务', '学校规定', '请到', '前台', '柜台', '不予退还',
    '不退', '概不', '押金已',
    // The terms of a deposit the sender takes now ("报名时需缴纳200元定金，可在开课前全额退还", "押金退租时全额退还"): when it
    // comes back, not a refund announced. With money asked and the fee named it read as "pay to be paid" (scam 85, session 10).
    '定金', '订金', '押金', '诚意金',
    // Where to follow a refund already under way ("点击链接即可查看退款进度"); not a bare 查询: the
    // scam says "已经为您查询到未退款的金额".
    '查看', '退款进度', '退款详情', '查询退款进度', '查询进度',
  ],
  guards: ['warning-story'],
  advice: ['hang-up-verify-in-app', 'refund-never-needs-payment', 'no-app-download'],
  examples: {
    positive: [
      '系统将对您的订单强制退款，稍后客服致电您',
      '您好，您报名的会计培训班现在可以申请退费了',
      '恭喜您获得退款资格，请按提示完成操作',
      '您有一笔退款待确认，请尽快处理',
      '您的快递丢失，理赔金额198元待领取',
      '我们最近推出了一项退款计划，之前的学员都可以退费',
      '您之前的退款未成功，已经为您查到未退款的金额',
      '您的考试培训费可以办理补退业务了',
      '经审核，您符合退款条件，我们将退还您的投资款项',
      '尊敬的房客，您的房租可以退了',
      '您之前交的课程费现在全额退还，请尽快办理',
      '只需下载并注册华安APP，完成指定任务，即可享受退款',
      '我们会为您取消注册并退还您的费用',
      '我们发现您之前的退款未成功，已经为您查询到未退款的金额',
      '我想告诉您一个好消息：我们最近推出了一项退款计划，可以为之前的学员进行退费操作',
      '很抱歉，平台卡住了，无法发货，请下载以下几个应用程序，我们会尽快退款',
      '因资金问题我们与京东合作退费，请点击链接操作',
      '您的订单被重复扣款128元，退回请联系售后专员',
      '系统重复扣费两次，多扣的钱退您，加客服微信办理',
      '您的专升本课程已过服务期，可申请退还学费，请联系教务专员',
    ],
    negative: [
      '【淘宝】您的退款申请已通过，退款已原路退回，请注意查收',
      '我想申请退费，培训班的老师太差了',
      '本店支持七天无理由退款，不满意全额退款',
      '退学的话学费按学校规定退还，请到教务处办理',
      '【美团】您的订单退款成功，89元已原路返还',
      '报名费一经缴纳概不退还',
      '押金已退还到您的微信钱包',
      '完成评价即可获得积分，积分可抵现',
      '【京东】点击链接登录即可查看退款进度',
      '【唯品会】您的退款申请已提交，下载唯品会APP查看进度',
      '【滴滴出行】您有一笔重复扣费18.5元，已为您原路退回',
      '【美团】您的外卖订单重复支付56元，多付款项已自动原路退回',
      '我被重复扣款了两次，想问问怎么退回',
    ],
  },
});
