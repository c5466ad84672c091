import { defineTactic } from '../../schema.ts';

/**
 * A damaged or lost parcel, said unasked, with or without a payout word ("您的快件外包装破损").
 * Weak alone (15: couriers do report damage); with a move to a private number, WeChat or group it
 * makes `pretext-plus-shift` (suspicious), and with any extraction request it is the scam.
 */
export default defineTactic({
  id: 'pretext.parcel-damaged',
  stage: 'pretext',
  description: {
    zh: '说您的快递破损、丢失或损坏：常接着要您加私人号码或微信“确认理赔”',
    en: 'Says your parcel was damaged or lost: usually followed by a move to a private number or chat "to confirm the claim"',
  },
  weight: 15,
  cues: [
    {
      all: [
        ['快件', '快递', '包裹', '邮件', '外包装', '货物', '件'],
        ['破损', '丢失', '丢件', '损坏', '遗失', '弄丢', '搞丢', '压坏', '摔坏', '破了', '丢了', '受损', '被压', '漏了'],
      ],
      within: 12,
    },
    // The same story said vaguely ("包裹在运输途中出现了一些问题", "物流过程中出现了意外", "包裹因故停运"):
    // the scammer needs no detail, only a reason to "compensate" (texts-8 dev misses, examples our own).
    {
      all: [
        ['快件', '快递', '包裹', '货物', '物流过程', '运输途中', '运输过程', '派送途中'],
        ['出现了一些问题', '出现问题', '出现了问题', '出了问题', '出了点问题', '出现意外', '出现了意外', '出了意外', '停运', '因故', '滞留', '被扣', '被海关扣'],
      ],
      within: 14,
    },
  ],
  unless: [
    '我的快递', '我寄的', '我买的', '我收到', '签收时', '拒收', '已为您重新', '已重新包装', '已补发', 'app内', '官方app',
    // A loss the platform checks and pays back by the original route ("如确认丢件，会在平台上给您发起理赔，理赔款退到
    // 原支付账户"): a conditional policy, no story pressed on you. Kind: session 6 (nc6-fp-kinds.test.ts).
    '如确认', '若确认', '如核实', '退到原支付账户', '退回原支付账户', '退至原支付账户', '原路退回至', '将原路退回',
  ],
  guards: ['warning-story'],
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      '【韵达】您的快件外包装破损，麻烦加一下这个手机号，我把照片发给您确认',
      '您好，您的包裹在运输中丢失了',
      '您的快递在分拣时被压坏了，需要跟您核实一下',
      '您寄的那个件在路上弄丢了，我们这边负责处理',
      '您有一个快件外包装严重受损',
      '中通快递：您的包裹破损，请联系我处理',
      '您好，您的快递丢件了，我是负责这个件的专员',
      '您的货物运输途中损坏，我们需要您配合登记',
      '您购买的包裹在运输途中出现了一些问题，需要与您核实',
      '由于物流过程中出现了意外，我们需要为您办理理赔',
      '您购买的包裹因故停运了，运费险可以帮您解决',
    ],
    negative: [
      '我的快递破了，找谁理赔啊',
      '快递已放驿站，请凭取件码取件',
      '签收时发现外包装破损可以拒收',
      '您的快件外包装破损，已为您重新包装后派送',
      '这个杯子摔坏了，再买一个吧',
      '我买的衣服有个洞，要退货',
      '包裹今天下午送到',
      '门口的快递是谁的',
      '我的快递好像出了问题，一直没更新',
    ],
  },
});
