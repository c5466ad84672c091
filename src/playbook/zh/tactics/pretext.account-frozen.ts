import { defineTactic } from '../../schema.ts';
import { OWN_FREEZE, OWN_FREEZE_BUT } from '../own-freeze.ts';

export default defineTactic({
  id: 'pretext.account-frozen',
  stage: 'pretext',
  description: {
    zh: '谎称交易异常、违规，将冻结您的账户或资金',
    en: 'Claims an abnormal transaction or violation, so your account or funds will be frozen',
  },
  weight: 20,
  cues: [
    {
      all: [
        ['冻结', '风控', '封号', '封停', '锁定', '限制使用', '被限制', '拦截'],
        ['账户', '账号', '资金', '钱款', '余额', '支付宝', '微信', '银行卡', '店铺', '交易', '退款', '款项', '名下',
          // A seller's store and its payments in Taiwan's words (賣場, 金流: "您的賣場因未完成金流認證已被凍結", ncrecall17 kind 2).
          '卖场', '金流'],
      ],
      within: 10,
    },
    {
      all: [
        ['账户', '账号', '银行卡', '资金', '交易', '名下', '支付宝', '微信'],
        ['有异常', '存在异常', '出现异常', '异常活动', '异常操作', '异常转账', '可疑交易', '可疑转账', '非法交易', '涉嫌', '风险交易'],
      ],
      within: 10,
    },
    { any: ['交易异常', '账户异常', '账号异常', '资金异常', '异常交易', '支付异常', '钱款被冻结', '资金被冻结', '退款被冻结', '款项被冻结', '交易被冻结', '资金冻结', '涉嫌洗钱', '涉及洗钱', '资金违规', '账户违规', '账号违规'] },
  ],
  unless: ['网点', '柜台', '营业厅', '本人携带', '已解除', '已解冻', '解冻成功', '登录异常', '异地登录', '如非本人', '修改密码', '不会冻结'],
  guards: ['warning'],
  // A freeze the citizen asked for, offered as the agent's service (ncfp17 kind G, ../own-freeze.ts): no threat.
  ordinary: { words: OWN_FREEZE, but: OWN_FREEZE_BUT, butEntities: ['url'] },
  advice: ['hang-up-verify-in-app', 'no-transfer'],
  examples: {
    positive: [
      '您这笔订单因为商品质量原因交易异常，我们将冻结您账户里的资金',
      '你的支付宝被风控了，钱款暂时冻结',
      '由于系统检测到交易异常，您的退款被冻结了',
      '您名下的银行卡涉嫌洗钱，马上会被冻结',
      '您的店铺账号违规，七十二小时后封号',
      '您的资金冻结在第三方平台，需要您配合解冻',
      '你的 微 信 账 户 异 常，已被限制使用',
      '款项被系统拦截，显示账户异常',
      '检测到您的账户有风险，我们帮您冻结，请把收到的验证码念一下',
    ],
    negative: [
      '您的账户在异地登录，如非本人操作请及时修改密码',
      '账户冻结请本人携带身份证到网点柜台办理',
      '您的账户已解冻，可正常使用',
      '今天网速好异常，视频一直卡',
      '公司账户的报销流程改了，大家注意',
      '这冰箱冷冻室结冰太厚了，要除霜',
      '银行不会冻结您的账户，请勿轻信陌生电话',
      '我的微信好像登不上了，你帮我看看',
      '请您提供绑定的银行卡后四位和身份证号，我们核实身份后帮您冻结账号',
      '请报一下卡号和身份证号，我马上帮您冻结这张卡',
    ],
  },
});
