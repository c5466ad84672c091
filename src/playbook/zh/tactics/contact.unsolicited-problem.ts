import { defineTactic } from '../../schema.ts';

/**
 * The cold open of most impersonation scripts: the caller "has found" a problem with YOUR account,
 * order or record. Weak alone (a bank's risk desk says it too); it matters with a channel shift,
 * an extraction request or a claimed service desk (see the composites).
 */
export default defineTactic({
  id: 'contact.unsolicited-problem',
  stage: 'contact',
  description: {
    zh: '对方主动说“我们发现您的账户/订单/记录有问题”，借此开场',
    en: 'The caller opens with "we found a problem with your account, order or record"',
  },
  weight: 10,
  cues: [
    {
      all: [
        [
          '我们发现您', '我们注意到您', '我们检测到您', '系统检测到您', '系统显示您', '我们查到您', '经核实您', '我们发现你', '我们注意到你', '系统检测到你',
          // The same "we happen to know something about you" opener, other verbs: 了解到/得知/被告知/后台看到.
          '我注意到您', '我注意到你', '我发现您', '我们了解到您', '我了解到您', '我们了解到你', '我了解到你', '我们得知您', '我们得知你',
          '我被告知您', '我们在后台看到', '后台显示您', '根据我们的记录', '据我们了解', '我们收到通知', '我们接到通知',
          '监测到您', '系统监测到', '后台监测到', '审核您的账户时发现', '核查时发现', '发现您名下', '您的名下有', '您名下有',
          // A desk that "heard" of your trouble ("听说您遇到了一些问题？我们可以为您提供帮助"): the same unasked knowledge (cs10,
          // dev texts-8 冒充客服 half A).
          '听说您', '听说你', '听闻您', '我们听说',
        ],
        [
          '异常', '问题', '违规', '涉嫌', '风险', '错误', '有误', '失误', '丢失', '冻结', '逾期', '不符合', '过高', '未支付', '未完成', '被开通', '被盗', '泄露',
          // What the caller "must now fix" for you: something was switched on, bound or went wrong unasked.
          '误操作', '注销', '被绑定', '绑定了', '开通了', '未关闭', '未取消', '没有关闭', '没有取消', '损坏', '受损', '延误', '未能', '无法',
          '不良', '不合规',
          // A service of yours the desk "must cancel" ("我们发现您有一个业务操作需要取消", "我注意到您的一个业务订单需要取消"):
          // the cancel-the-charge opener without the charge said yet (cs11, dev texts-8 冒充客服 half A).
          '需要取消', '需取消', '要取消', '是否取消', '需要关闭', '需要注销',
          // "我们发现您手机上有未知的软件安装": a threat on the phone itself, the opening of the remote-control script.
          '未知', '病毒', '木马', '隐患',
        ],
      ],
      within: 40,
    },
    // The apology opener of a cold call: "很抱歉地通知您，您的包裹丢失了".
    {
      all: [
        ['很抱歉地通知您', '很抱歉地告诉您', '很抱歉通知您', '抱歉地通知您', '非常抱歉地通知您', '很遗憾地通知您', '遗憾地告诉您', '很抱歉告知您', '抱歉告知您'],
        ['丢失', '遗失', '损坏', '受损', '问题', '错误', '失误', '误操作', '异常', '失败', '扣费', '扣款', '代理', '会员'],
      ],
      within: 30,
    },
    // What you bought or your parcel said to have a problem, no opener needed ("您的快件异常，稍后客服联系您", "您在我们店买的
    // 衣服有问题，请回个电话", "您的网购订单出现问题", "商品有安全隐患", "您的订单已被冻结"): the short SMS of a fresh writer
    // says the problem straight to you. Not "我的订单" (the citizen's own), not a notice that points into the app or to the
    // courier (unless). Kind: writer7's CS SMS (gen-w7-scam-sms-zh, a writer who never read the rules), dev texts-8 half A.
    {
      all: [
        ['您的订单', '您的包裹', '您的快递', '您的快件', '您的网购订单', '您的商品', '您的订单商品', '您购买的', '您买的', '您在我们店', '您在我们这',
          '你的订单', '你的包裹', '你的快递', '你的快件', '你买的', '你在我们店', '你购买的'],
        ['出现问题', '出现了问题', '出了问题', '出了点问题', '出现了一些问题', '出现一些问题', '存在问题', '有问题', '有点问题', '有些问题',
          '质量问题', '安全隐患', '异常', '被冻结', '已冻结', '被召回', '已召回', '被下架', '已下架', '被查出', '检测出', '被污染', '超标', '不合格'],
      ],
      within: 14,
      ordered: true,
    },
    // "关于您在X上有一笔违规贷款的问题": the call's stated subject is a breach on your record.
    {
      all: [
        ['关于您', '您在', '您名下', '您有一笔', '您有一项', '您的账户', '您的账号', '你名下', '你有一笔'],
        ['违规贷款', '违规借款', '违规开通', '不合规的', '不良记录', '不良贷款', '违规账户', '违规操作'],
      ],
      within: 20,
      ordered: true,
    },
  ],
  unless: [
    '如非本人', '我们发现您喜欢', '您已成功', '感谢您的反馈', '根据您的反馈', '您反映的',
    // A notice that sends you into the platform's own order page or to the courier on the round, a problem said as a
    // condition ("如有问题可在订单页联系商家"), a refund already made by itself ("已自动为您办理退款…原路退回，无需任何操作").
    'app内', '在app', '官方app', '订单页', '我的订单', 'app“', 'app"', '快递员', '派送员', '配送员', '驿站',
    '如有问题', '如有疑问', '如有任何问题', '原路退回', '原路返还', '原路退还', '无需任何操作', '不需要任何操作', '已自动',
    // A question about it, not news of it ("你买的那个杯子有问题吗").
    '有问题吗', '出问题了吗', '有什么问题', '是不是有问题',
  ],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      '我们发现您的账户存在异常交易，需要配合处理',
      '系统检测到您的包裹信息有误，无法派送',
      '我们注意到您名下有一笔贷款利率过高',
      '我们发现您的快递在运输途中丢失了',
      '经核实您的订单存在质量问题',
      '我们查到您的银行卡涉嫌一笔违规交易',
      '系统显示您有一笔订单未支付尾款',
      '我们发现你的会员被开通了自动续费',
      '我注意到您在平台上购买的东西出现了问题',
      '我们了解到您之前开通了白条却一直没有关闭',
      '很抱歉地通知您，您的包裹在运输中丢失了',
      '我们在后台看到您的账户被绑定了一个代理服务',
      '我们后台系统监测到您在使用白条期间产生了不良记录',
      '关于您在外卖平台上有一笔违规贷款的问题，想和您沟通一下',
      '我们在审核您的账户时发现，您的名下有几笔不良贷款记录',
      '我们发现您手机上有未知的软件安装，需要您帮忙清除',
      '我们发现您有一个业务操作需要取消',
      '您的快件异常，稍后客服联系您，请保持电话畅通',
      '亲，您在我们店买的衣服有问题，请回个电话',
      '您的网购订单出现问题，客服将于30分钟内来电',
      '您的订单已被冻结，请尽快联系售后处理',
    ],
    negative: [
      '根据您的反馈，我们发现您的订单确实少发了一件',
      '我们发现您喜欢户外运动，为您推荐几款帐篷',
      '系统检测到异地登录，如非本人操作请修改密码',
      '我发现你最近瘦了不少',
      '我们发现这家餐厅味道不错，下次再来',
      '您已成功预约体检，请按时到院',
      '系统显示明天有雨，记得带伞',
      '老师注意到孩子最近上课不太专心',
      '我们了解到您对户外装备感兴趣，特为您准备了优惠券',
      '很抱歉地通知您，本店春节期间暂停发货',
      '根据您的反馈，我注意到您的订单确实少发了一件',
      '我在你名下的那套房子里放了些旧家具',
      '关于您上次咨询的课程安排，老师已经排好了',
      '您的快件派送异常，快递员会再次联系您',
      '您的订单异常，请在APP内查看详情',
      '我的快递好像出了问题，一直没更新',
      '你买的那个杯子有问题吗',
      '【饿了么】您的订单已送达，如有问题可在订单页联系商家或平台客服',
      '【天猫】您购买的暖风机存在安全隐患，厂家启动召回，请在天猫APP订单页申请免费退货退款',
      '【拼多多】您的订单因物流异常，平台已自动为您办理退款，退款金额已原路退回，无需任何操作',
    ],
  },
});
