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
  unless: ['如非本人', '我们发现您喜欢', '您已成功', '感谢您的反馈', '根据您的反馈', '您反映的'],
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
    ],
  },
});
