import { defineTactic } from '../../schema.ts';

/** Names a caller uses to pass as an online shop's or courier's service desk. */
export const PLATFORMS = [
  '淘宝', '天猫', '京东', '拼多多', '抖音', '快手', '唯品会', '闲鱼', '美团', '苏宁', '小红书', '得物', '当当',
  '顺丰', '中通', '圆通', '韵达', '申通', '菜鸟', '极兔', '邮政', 'ems', '德邦', '京东物流', '支付宝',
  '某宝', '某东', '某多多', '某音', '某团', '某平台', '某电商',
  '旗舰店', '店铺', '网店', '商家', '电商平台', '电商', '购物平台', '平台', '快递公司', '快递', '物流',
  // Same script, other desks: banks, card centres, airlines (flight-cancellation refunds), insurers.
  '银行', '信用卡中心', '银联', '微信支付', '航空公司', '航空', '保险公司',
  // Consumer-credit desks and "regulators" of the cancel-your-loan-account script.
  '蚂蚁金服', '蚂蚁金融', '京东金融', '金融', '白条', '金条', '借呗', '花呗', '微粒贷', '银保监会', '银监会', '金融监管', '清算中心',
  // Travel, food-delivery and ticketing desks run the same refund and cancel-the-service scripts.
  '饿了么', '携程', '飞猪', '去哪儿', '同程', '商城', '商场', '厂家', '厂商', '公司', '某公司',
  // Course, securities and credit desks: "退课时费", "注销账户", "修复征信".
  '教育', '网校', '培训机构', '证券', '征信', '贷款', '信贷', '保险', '医疗险',
];
const ROLES = [
  '客服', '售后', '理赔专员', '理赔员', '理赔中心', '理赔部', '售后部', '质检部', '专员', '工作人员', '客服中心', '客服部',
  '客户服务中心', '服务专员', '风控部', '安全中心', '客服代表', '客户服务代表', '客服人员', '服务热线', '理赔人员', '售后人员',
  '服务人员', '客户服务', '服务中心', '会员中心',
  // The account's "guard" who asks your code to protect it (nc13-recall R2: "我是平台安全员，请把收到的短信验证码告诉我帮你冻结账户").
  // A person, not a desk: a real bank's 风控中心 calls to confirm a transfer (our own w7-cv-0022) and stays unread.
  '安全员', '安全专员', '风控专员', '风控人员',
];
/** "我是客服代表" with no brand: weak alone (inbound agents say it), so only as the claim itself. */
const BARE_ROLES = ['真的客服', '真客服', '正规客服', '正规的客服', '官方客服', '官方的客服', '客服代表', '客服人员', '客服专员', '售后客服', '客户服务代表', '客服中心', '客服服务中心', '某客服', '贷款客服', '征信客服'];

export default defineTactic({
  id: 'contact.impersonation',
  stage: 'contact',
  description: {
    zh: '对方自称电商平台、店铺或快递公司的客服、售后或理赔专员',
    en: 'The caller claims to be customer service, after-sales or a claims agent of a shop, platform or courier',
  },
  weight: 10,
  cues: [
    // "我是/这里是 … 淘宝 … 客服": the claim itself, not someone mentioning a service desk.
    {
      all: [
        ['我是', '这里是', '我们是', '这边是', '我这边是', '我们这边是', '我们这里是', '本人是', '我叫', '我们这里', '给您来电的是'],
        PLATFORMS,
        ROLES,
      ],
      within: 20,
    },
    // A claimed desk with no brand, as the opening self-introduction of a message or a call.
    { all: [['我是', '这里是', '我们是', '这边是', '我这里是', '我们这里是', '我这边是', '我是来自'], BARE_ROLES], within: 8, ordered: true },
    // "我是您网上买的那件商品的快递公司/商家": the caller names himself by YOUR purchase.
    {
      all: [
        ['我是您', '这里是您', '我们是您', '我是你'],
        ['购买', '买的', '下单', '网购'],
        ['快递', '商家', '店铺', '客服', '服务人员', '厂家', '卖家', '售后', '物流'],
      ],
      within: 24,
      ordered: true,
    },
    // A message that opens with the desk's name as its signature ("您好，圆通快递客服。", "我们京东客服通知您").
    { all: [['您好', '你好', '我们', '尊敬的'], PLATFORMS, [...ROLES, '客服']], within: 10, ordered: true },
    { all: [PLATFORMS, ['客服这里', '客服这边', '售后这里', '售后这边']], within: 6, ordered: true },
    // The desk as the message's sender: "京东客服：…", "【京东客服】…", "京东客服提醒：…". A platform's own
    // notice signs with the brand alone ("【京东】您的退款已原路退回"); either way this is only contact
    // evidence (weight 10): a pretext and a move off the platform decide (composites in ../index.ts).
    { all: [PLATFORMS, ['客服', '售后', '售后客服', '理赔中心', '客服中心', '售后部', '理赔部'], [':', '】', ']', '提醒', '通知您', '温馨提示']], within: 8, ordered: true },
    // A desk under a brand nobody has heard of ("我们揽财网客服已收到您的…", "我是展迅通客服，我们收到"):
    // the subject, a short brand, the desk, then what the desk did about YOU. Not "请联系我们的客服"
    // (a notice's footer): the desk must be the one acting.
    {
      all: [
        ['我是', '这里是', '我们是', '我们', '这边是'],
        ['客服', '客服中心', '客服团队', '售后客服'],
        ['已收到', '收到您', '收到了您', '接到您', '通知您', '提醒您', '发现您', '注意到您'],
      ],
      within: 16,
      ordered: true,
    },
    { any: ['快递理赔专员', '理赔专员', '售后理赔部', '某宝客服', '某东客服', '某多多客服', '店铺售后客服'] },
    { all: [PLATFORMS, ROLES, ['工号', '编号是', '为您服务', '给您致电', '给您打电话', '来电']], within: 20 },
    {
      all: [
        ['这里是', '我是', '我们是', '这边是'],
        // Couriers only: "我是客服代表" alone is how every agent answers a call the user made.
        ['快递公司', '物流公司', '快递服务热线', '快递客服', '物流客服'],
      ],
      within: 8,
    },
  ],
  unless: [
    // Not 骗子: "不要相信骗子，我是真的客服" is the claim itself; warnings that quote a claim are examples
    // (src/match/framing.ts), and 冒充/假冒 name it as false.
    '冒充', '假冒', '自称', '假客服', '冒用', '我联系了', '我打给', '我打了', '我找了',
    // A desk's own notice that sends you back to the app ("【京东客服】…退款已原路退回，请在APP内查看").
    '已原路退回', '已原路返回', '请在app内查看', '可在app内查看', '请在app中查看', '请以app内为准',
    // The user called them: an inbound greeting.
    // A job advert for a customer-service post names the post, not the speaker, and meets you in person
    // (到门店面试, 带简历); a task scam's 招聘客服 moves you to a group or an app instead, so not bare 招聘.
    '门店面试', '公司面试', '现场面试', '面试地点', '来面试', '参加面试', '去面试', '一面试', '我去应聘', '我应聘', '带简历', '不收任何费用', '不收取任何费用',
    '欢迎致电', '感谢您的来电', '感谢来电', '感谢您致电', '欢迎来电', '有什么可以', '有什么我可以', '有什么能帮', '有什么需要', '有什么问题我', '解答', '欢迎咨询', '欢迎光临', '请问你们', '电话是多少', '客服电话',
  ],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      '您好，我是淘宝天猫旗舰店的售后客服，工号2231',
      '喂，你好，这里是京东客服中心，找一下王女士',
      '我们这边是顺丰快递的理赔专员，您的包裹丢件了',
      '你好 我 是 拼 多 多 商家客服小刘',
      '您好，抖音电商平台客服给您来电，打扰您两分钟',
      '我是您买奶粉那家店铺的客服，姓李',
      '这边是某宝客服，关于您上周的订单跟您核实一下',
      '你好，我是中通快递理赔部的工作人员',
      '本人是唯品会售后专员，工号 A0173 为您服务',
      '您好，这里是京东金融客服代表，关于您的金条额度跟您说明一下',
      '我是蚂蚁金服的客户服务代表，来电核实您的账户',
      '您好，这里是快递公司，您有一个包裹需要处理',
      '您好，我是客服代表，关于您的订单有件事要通知您',
      '你好，我是您上周网购那件外套的快递公司',
      '这里是饿了么官方客服，您有一笔订单需要处理',
      '您好，圆通快递客服。您寄的包裹需要处理',
      '您好，淘宝客服这里，您的订单出了点问题',
      '我们京东客服通知您，您的账户需要处理',
      '京东客服：您的订单异常需要退款，请加微信 jd8866kf',
      '【京东客服】您的订单异常需要退款，请加微信 jd8866kf',
      '京东客服提醒：您的订单异常需退款',
      '淘宝售后：您购买的商品存在质量问题，可办理理赔',
      '【拼多多客服】您的包裹丢失，请联系理赔专员',
      '您好！我们揽财网客服已收到您的退款申请',
    ],
    negative: [
      '我刚联系了淘宝客服，他们说三天内发货',
      '警惕冒充京东客服的电话，官方不会让您转账',
      '有人自称拼多多客服给我打电话，说要给我退款，是真的吗',
      '妈，那个快递你到驿站拿一下，取件码发你微信了',
      '明天公司年会，客服部的同事都要去',
      '你给顺丰打个电话问问包裹到哪了',
      '【菜鸟驿站】您的包裹已到达小区驿站，请凭取件码8-3-2105取件',
      '这家店的客服态度太差了，我要给差评',
      '我在金融公司上班，天天加班',
      '我把快递放在服务热线旁边的柜子里了',
      '欢迎致电京东客服中心，我是客服专员小王，请问有什么可以帮您',
      '您好，我是客服人员小张，请问有什么可以帮您的',
      '我是您的快递员，放门口了哈',
      '我们在淘宝上买的那个锅挺好用',
      '你好，请问你们京东客服电话是多少',
      '我是打车服务的客服代表，可以帮您预订车辆或解答相关问题',
      '【京东】您的退款已原路退回，请注意查收',
      '【淘宝】您的订单已发货，请留意物流信息',
      '【京东客服】您的订单支付异常，退款已原路退回，请在APP内查看',
      '欢迎光临，我是这里的客服代表，有什么我可以帮您的吗',
      '如有任何疑问，请随时联系我们的客服团队，我们收到后会尽快回复',
    ],
  },
});
