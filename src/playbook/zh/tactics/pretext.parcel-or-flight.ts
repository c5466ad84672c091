import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'pretext.parcel-or-flight',
  stage: 'pretext',
  description: {
    zh: '谎称您的包裹被海关扣留、要补关税或含违禁品，或航班取消要办改签理赔',
    en: 'Claims your parcel is held by customs, owes duty or contains contraband, or your flight was cancelled and needs a paid rebooking or claim',
  },
  weight: 15,
  cues: [
    {
      all: [
        ['包裹', '快递', '快件', '货物', '邮包'],
        ['海关扣留', '被海关', '被扣', '扣留', '暂扣', '关税', '清关', '违禁品', '涉毒', '查扣', '被查',
          // "您的快递与阳性患者接触，需要销毁": an authority's reason to take the parcel away.
          '销毁', '阳性', '疫情管控', '被隔离'],
      ],
      within: 20,
    },
    {
      all: [
        // Flights, and the same story for trains (12306) and hotel bookings (newcomer kind 3).
        ['航班', '飞机', '机票', '列车', '火车', '高铁', '动车', '车票', '火车票', '酒店', '订房', '房间预订', '民宿'],
        ['取消', '延误', '故障', '停飞', '停运', '晚点', '调度', '超售', '满房'],
        ['改签', '退票', '理赔', '补偿', '赔偿', '退款'],
      ],
      within: 24,
    },
    // "由于您本次改签流水过多，需要额外的身份验证": a ticket change made the reason to verify you.
    {
      all: [
        ['改签', '退票', '机票', '航班'],
        ['流水过多', '次数过多', '异常', '身份验证', '额外验证', '特殊渠道'],
      ],
      within: 24,
    },
  ],
  unless: ['app内', 'app里', '官方app', '短信通知为准', '无需', '请勿', '切勿', '值机', '登机口',
    // The refund going back by itself is the real operator's notice ("票款将原路退回").
    '原路退回', '原路返还', '自动退回'],
  guards: ['warning-story'],
  advice: ['hang-up-verify-in-app', 'refund-never-needs-payment'],
  examples: {
    positive: [
      '您的国际包裹被海关扣留了，需要补缴关税才能放行',
      '您寄的快件里查出违禁品，已经被查扣',
      '你好，您乘坐的航班因机械故障取消，我们给您办理改签，另外赔偿三百元',
      '您的邮包清关失败，需要配合处理',
      '您预订的机票航班取消了，可以全额退款并补偿两百',
      '你有个快递在仓库被扣了，涉嫌夹带违禁品',
      '系统显示您的货物暂扣在海关，要先交关税',
      '因天气原因飞机停飞，请联系我们申请理赔补偿',
      '您的快递与新冠阳性患者接触后需要销毁，我们将为您提供理赔',
      '由于您本次改签流水过多，我们需要进行额外的身份验证',
      '您好，您的12306车票因列车调度已取消，可获得赔偿200元，请拨打4008-123-456',
      '您预订的酒店因超售取消，我们给您全额退款并补偿一晚房费',
    ],
    negative: [
      '您的快件已到达驿站，请凭取件码取件',
      '航班延误了，登机口改到了12号',
      '海淘的东西要交关税吗？我也不太清楚',
      '【航空】您的航班CA1234将于08:00起飞，请提前办理值机',
      '包裹放门口就行，谢谢',
      '他上周坐飞机去了上海',
      '机票改签请在官方APP内办理，无需支付任何费用',
      '快递小哥今天请假了',
      '【12306】您购买的G123次列车停运，票款将原路退回，无需办理',
      '【携程】您预订的酒店已取消，房费将原路退回，详询95010',
    ],
  },
});
