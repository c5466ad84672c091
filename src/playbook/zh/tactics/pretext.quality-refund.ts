import { defineTactic } from '../../schema.ts';

const PROBLEM = [
  '质量问题', '质量不合格', '质量有问题', '瑕疵', '不合格', '甲醛超标', '超标', '召回', '批次', '批量', '质检',
  '出了问题', '出现问题', '出问题', '有问题', '存在问题', '过敏', '损坏', '破损', '丢件', '丢失', '霉变', '变质', '交易不成功', '交易失败',
  '假冒伪劣', '假货', '安全问题', '安全隐患', '重复扣款', '多扣', '扣了两次', '误操作', '遗失', '受损', '出现了问题', '铅超标', '弄丢', '搞丢',
  // The harm the product does, said as a user would fear it ("那批面膜用了会烂脸的", "奶粉里有激素"): newcomer15 kind 4.
  '烂脸', '毁容', '致癌', '有毒', '含激素', '激素超标', '重金属超标', '伤皮肤', '刺激皮肤', '起疹子', '吃坏肚子',
  // The double charge in other words ("系统故障重复扣了款", "扣了您两遍", "多扣了您三百"): newcomer15 kind 9.
  '重复扣了', '扣重了', '多扣了', '扣了两遍', '扣了您两次', '扣了你两次', '重复收费', '重复支付', '重复付款', '重复扣费', '系统故障',
];
const PAYOUT = [
  '退款', '理赔', '赔偿', '赔付', '补偿', '退税', '退还', '退钱', '退您', '退给您', '退货款', '赔偿金', '货款退回', '退回到您', '赔款', '退费',
  // Said to 你, or in full and with more on top ("我们全额退你还多给你五百"): newcomer15 kind 4.
  '退你', '退给你', '全额退', '多给你', '多给您', '多赔', '给你退', '给您退', '给你退回', '给您退回',
];

export default defineTactic({
  id: 'pretext.quality-refund',
  stage: 'pretext',
  description: {
    zh: '以商品质量问题、瑕疵、快递丢件或交易失败为由，主动提出给您退款、理赔或退税',
    en: 'Offers you a refund, compensation or tax refund unasked, citing a quality problem, a lost parcel or a failed order',
  },
  weight: 15,
  cues: [
    { all: [PROBLEM, PAYOUT], within: 24 },
    // A named quality problem, then a payout a long clause later ("…抽检发现存在严重的质量问题，根据平台
    // 的相关规定以及我们的售后承诺，会给您进行理赔"): only the unambiguous problem words, in that order.
    { all: [['质量问题', '质量不合格', '质量有问题', '甲醛超标', '铅超标', '抽检不合格', '召回'], PAYOUT], within: 60, ordered: true },
    // "您的包裹在运输途中丢失了……我们为您办理理赔": the item, what happened to it, and a payout, a clause apart.
    {
      all: [
        ['包裹', '快递', '快件', '货物', '商品', '产品', '订单'],
        ['丢失', '遗失', '丢件', '损坏', '受损', '破损', '质量问题', '有问题', '出了问题', '出现了问题', '存在问题', '超标', '弄丢', '搞丢',
          // "您的订单异常需要退款": an unnamed fault with the order, and a refund you did not ask for.
          '异常', '出现异常', '出现了一些问题', '出现一些问题', '出了点问题', '出了一些问题', '有些问题', '出现了意外', '出了意外'],
        PAYOUT,
      ],
      within: 40,
      ordered: true,
    },
    // Fake school or training desks: "退还您的课时费/学费".
    {
      all: [
        ['课时费', '课程费', '学费', '培训费', '课程'],
        ['退还', '退费', '清退', '退回', '退款'],
      ],
      within: 10,
    },
    {
      any: [
        '给您办理退款', '为您办理退款', '给你办理退款', '给您退款', '给你退款', '为您理赔', '给您理赔', '给你理赔',
        '给您赔偿', '办理理赔', '快递理赔', '理赔款', '办理退税', '给您退税', '申请理赔的资格', '主动退款', '卡单', '掉单',
      ],
    },
  ],
  unless: [
    // 卡单 read across a word boundary: 信用卡|单笔 in a bank's card promotion (信用卡单笔消费满500元) is no stuck order, nor any
    // other card's (加油卡单笔充值满1000元, 公交卡单次: fp11).
    '卡单笔', '卡单日', '卡单次', '卡单张', '卡单月',
    // The citizen's own request or the platform's notice about it; a caller saying "已为您申请了退款" still counts.
    '我申请', '我已经申请', '我已申请', '点申请退款', '去申请退款', '自己申请', '退款申请', '已退款', '退款成功', '已原路退回', '退款已',
    '我想', '我要', 'app里申请', 'app内申请', '在app里', '在app内',
    '七天无理由', '运费险', '寄回', '退货地址', '审核', '自助', '在app', '在线申请', '个人所得税', '教务', '学校规定', '请到',
    // The terms of a deposit taken now ("报名需先交500元订金，约考前可申请全额退还"): when it comes back (session 10, fp10).
    '定金', '订金', '押金', '诚意金',
    // A shop's policy for a problem that may arise ("如商品有质量问题，可在7天内申请退货退款"), not a claim about yours.
    '如商品', '若商品', '如果商品', '如有质量', '如遇', '如出现', '可申请退', '可以申请退货', '申请退货',
    // A claim the citizen filed, accepted or closed, and a payout by the original route or to the
    // holder's own card ("【平安好车主】您的车险理赔已受理…理赔款将直接打入您的银行卡", an in-app chat's "如确认
    // 丢件…理赔款退到原支付账户"): money coming TO you by the route it came from is no offer pressed on you.
    // A fee, a code or a move asked alongside stays caught by its own tactic. Kind: a newcomer's probes,
    // session 6 (test/playbook/faults/nc6-fp-kinds.test.ts).
    // Only the payout's direction told as a plan ("钱没原路返回的话加我v", "暂时无法原路退回" are scams' words).
    '理赔已受理', '理赔申请已受理', '报案已受理', '已结案', '您报案',
    '退到原支付账户', '退回原支付账户', '退至原支付账户', '退回至原支付账户', '原路退回至', '原路退回到', '将原路退回', '将原路返回',
    // A payout already made to the reader's own card or account ("您的理赔款1,800元已支付到您尾号4321的银行卡"): done, nothing
    // pressed on you (nc11-fp, a newcomer's near-miss).
    ...['已支付', '已打', '已转入', '已汇入', '已存入', '已发放', '已赔付', '已退'].flatMap((v) => [`${v}到您`, `${v}至您`, `${v}您`]).filter((w) => w !== '已退您'),
  ],
  guards: ['warning-story'],
  advice: ['hang-up-verify-in-app', 'refund-never-needs-payment'],
  examples: {
    positive: [
      '您购买的儿童保温杯经质检部门抽检发现存在严重的质量问题，根据平台的相关规定以及我们店铺的售后承诺，会给您进行理赔',
      '您购买的奶粉经检测存在质量问题，我们要给您做退款处理',
      '你好，你上周买的面膜那一批次被查出甲醛超标，现在全部召回并赔偿',
      '您的快递在运输途中丢件了，我们这边给您办理理赔',
      '您买的卸妆棉有瑕疵，厂家决定给每位顾客退款',
      '亲，您在本店买的儿童玩具质检不合格，可以给你退钱的',
      '你那个订单交易不成功，需要给你退款，注意接听',
      '我们这批货品质量出问题了，给您三百元补偿',
      '您之前购买的保健品被查出有问题，可以领取赔偿金',
      '系统显示您的订单卡单了，钱要原路退给您',
      '您的包裹在运输途中遗失了，为此深感抱歉，我们会为您进行全额理赔',
      '公司股权变更，您之前报的课程可以全额退还课时费',
      '您网购的包裹在运输途中被我们弄丢了，快递公司会赔偿您一百七十元',
      '您购买的包裹在运输途中出现了一些问题，我们需要您进行一项理赔操作',
    ],
    negative: [
      '【招商银行】活动期间信用卡单笔消费满500元即可参与抽奖，全部奖品到账后可在APP查看',
      '本月储蓄卡单笔转账超过5万元需到柜台办理，全部手续一次性办完',
      '我买的裙子有质量问题，已经在APP里申请退款了',
      '妈，那件羽绒服跑绒，你寄回去就行，有运费险',
      '【淘宝】您的退款申请已通过，退款已原路退回，请注意查收',
      '本店支持七天无理由退换，收到有瑕疵请联系在线客服',
      '个人所得税APP提示我可以退税三百多',
      '今年单位的质检报告都合格，辛苦大家',
      '这个充电宝有点问题，我想退掉',
      '客服不会主动打电话给您退款，请提高警惕',
      '我的快递丢失了，已经在APP里申请退款',
      '退学的话学费按学校规定退还，请到教务处办理',
      '我把你借我的雨伞弄丢了，赔你一把新的吧',
      '【淘宝】您的包裹已签收，如商品有质量问题，可在7天内申请退货退款，商家承担运费。',
    ],
  },
});
