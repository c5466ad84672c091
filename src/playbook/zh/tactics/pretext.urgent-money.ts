import { defineTactic } from '../../schema.ts';

/** The money story of the "relative/boss in trouble" and romance scripts. Weak alone: families do lend. */
export default defineTactic({
  id: 'pretext.urgent-money',
  stage: 'pretext',
  description: {
    zh: '说自己急需用钱（手术、车祸、被扣、交学费），要您帮忙转账、借钱或垫付',
    en: 'Says they urgently need money (surgery, accident, detained, school fees) and asks you to transfer, lend or pay for them',
  },
  weight: 10,
  cues: [
    { any: ['急需用钱', '急需一笔', '急需资金', '急用钱', '借点钱', '借我点钱', '帮我转', '帮忙转一笔', '先帮我垫', '帮我垫付', '帮我付一下', '周转一下'] },
    {
      all: [
        ['手术', '车祸', '住院', '撞人', '撞到人', '被扣', '被抓', '出事了', '急事'],
        ['转账', '转给', '打钱', '汇款', '借', '垫付', '用钱', '资金'],
      ],
      within: 30,
    },
    // "I cannot pay myself" (abroad, a blocked WeChat, a cancelled number): so you pay or transfer for me.
    {
      all: [
        ['无法支付', '支付不了', '付不了', '没法付', '无法付款', '无法完成付款', '转不了', '无法转账', '限额', '被限制', '限制了', '冻结了', '注销了',
          '刷不了', '支付通道', '不方便转账', '不方便去银行', '不方便出面', '不收现金', '上不了', '余额不足', '无法登录', '无法正常支付', '不能用了',
          '被盗了', '掉进了水', '掉水里', '换绑'],
        // The ask to YOU, not a bare payment word ("账户被限制了…购买" in a real analyst call is no ask).
        ['帮我', '帮忙', '你先', '您先', '代付', '代为', '替我', '转给我', '你帮', '您帮'],
      ],
      within: 40,
    },
    // Far from home and stuck (abroad, a ticket home, a hospital bill), and asking YOU: not a bare "钱"
    // ("在医院采购…几十块钱" in a real analyst call), a help or lend word.
    {
      all: [
        ['在国外', '身处海外', '在海外', '回国', '机票', '在医院', '医疗费', '治疗费', '生病住院', '重病',
          // Away and robbed ("我现在在外地出差，钱包被偷了，能不能先借我2000"; newcomer12 kind S5).
          '钱包被偷', '钱包丢了', '钱包被抢', '被偷了', '在外地'],
        // Not 帮忙 / 凑 / 资金支持 alone: business talk ("海外业务需要资金支持") says them too.
        ['帮我', '借我', '借给我', '借点', '借一些', '向你借', '向您借', '转给我', '汇给我', '转我', '帮我凑', '帮我支付', '经济援助',
          // "我在医院，你先给我打点钱" (newcomer10 kind 2).
          '打点钱', '打些钱'],
      ],
      within: 40,
    },
    // In trouble and paying for it: hit or injured someone, detained, a settlement or a hospital bill.
    {
      all: [
        ['打伤', '打了人', '把人打', '打破了', '推倒', '撞伤', '撞了人', '划伤', '被抓', '嫖娼', '看守所', '拘留', '关起来', '私了', '医药费',
          '赔偿金', '误工费', '手术费', '住院费', '摆平', '保释', '打架', '打碎', '摔下', '摔伤', '受伤了',
          // The grandparent script's crash or arrest (ncrecall16 kind A: "人在交警队，对方要三万赔偿", "被扣在派出所了，要交三万保证金").
          // Not 出车祸 bare: a child's own warning says it ("以后有人打电话说我出车祸要钱，你直接挂": consumed gen-legit 094).
          '把人撞', '撞坏了', '被扣在', '在派出所', '在交警队'],
        ['转账', '汇款', '钱', '资金', '费用', '赔偿', '借', '凑', '支付'],
      ],
      within: 40,
    },
    // The boss who cannot talk ("我在开会，不方便接电话，你先给这个账户转…"): busy, out of reach, and money to move now.
    // Not the meeting alone ("我在开会，晚点回你"): a transfer or a sum must follow (recall10).
    {
      all: [
        ['在开会', '正在开会', '开会中', '在会上', '在会议上', '在谈事', '在陪领导', '在陪客户', '在外面谈', '不方便接电话', '不方便接听', '不方便说话', '不方便讲话', '接不了电话'],
        ['转账', '转款', '汇款', '打款', '转过去', '转到', '汇到', '打到', '转一笔', '打一笔', '转给', '账户转', '账号转', '往这个', '元到', '万到', '块到'],
      ],
      within: 40,
      ordered: true,
    },
  ],
  unless: ['骗子', '冒充', '警惕', '已经还', '还你了', '还给你了', '利息', '转告', '转达', '转交', '已经转', '已转', '已经打', '等他签字', '等我签字', '会后再', '开完会再'],
  guards: ['warning'],
  advice: ['verify-known-contact', 'tell-family', 'no-transfer'],
  examples: {
    positive: [
      '我现在急需用钱，你先借我两万',
      '朋友出了车祸要手术，我得马上转账给医院',
      '你先帮我垫付一下，明天还你',
      '我这边急需一笔资金周转',
      '帮我转五千到这个账户，我手机转不了',
      '我撞到人了，对方要赔钱，你先借我点',
      '能不能借点钱给我，等我发工资就还',
      '我被扣在派出所了，急用钱',
      '我喝酒把别人打伤了，需要你转账',
      '对方要求我赔偿医药费和误工费共计5万元',
      '我在国外支付不了，你帮我付一下机票钱',
      '我的微信被限制了，你先帮我转给医院',
      '我在国外回不来，买机票的钱不够，你借我一点',
      '我的银行卡余额不足，你能帮我支付一下吗',
      '我在开会，不方便接电话，你先给这个账户转十五万，合同急用',
      '小刘，我正在开会，你马上转5万到这个账号',
    ],
    negative: [
      '上次借你的钱我已经还你了',
      '骗子常说急需用钱，要小心',
      '银行贷款的利息又涨了',
      '她住院了，我们周末去看看她',
      '你帮我转告老师，我明天请假',
      '手术很成功，医生说下周出院',
      '我这个月手头有点紧，少买点衣服',
      '出门记得带钱包',
      '他打伤了人，已经被判了',
      '商家不收现金，只能扫码',
      '机票已经订好了，下周回国',
      '我在开会，晚点给你回电话',
      '王总在开会，转账的事等他签字再说',
      '我刚在开会，钱已经转到你卡上了',
    ],
  },
});
