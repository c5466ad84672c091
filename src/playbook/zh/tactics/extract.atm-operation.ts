import { defineTactic } from '../../schema.ts';

/**
 * Sent to an ATM to "activate" or "operate" (助学金 / 补贴 / 退款 scripts, issue 8 §1.8): the victim is
 * walked through a transfer at a cash machine while told the card is being activated to receive
 * money. No office, school or bank ever does this: extraction, weight 45 (alone `suspicious`).
 * Written from the classic 助学金诈骗 script in police bulletins and our own writing.
 */
export default defineTactic({
  id: 'extract.atm-operation',
  stage: 'extraction',
  description: {
    zh: '让您去ATM机上按他的指引操作、“激活”银行卡或输入“激活码”：ATM上的“激活”就是给骗子转账',
    en: 'Sends you to an ATM to follow their instructions, "activate" a card or enter an "activation code": the "activation" is a transfer to them',
  },
  weight: 45,
  cues: [
    {
      all: [
        ['atm', '取款机', '柜员机', '自助机', '自助终端', '存取款机'],
        ['操作', '激活', '转账', '按照', '按我', '指引', '输入', '选择', '打电话', '开通'],
      ],
      within: 30,
    },
    { any: ['激活代码', '激活码输入', '输入我给您的激活', '输入我给你的激活', '开通接收功能', '开通助学金接收'] },
  ],
  unless: ['骗子', '诈骗', '警惕', '不会让', '不要', '切勿', '谨防', '维护', '暂停服务', '故障', '查询', '余额', '取钱', '取了', '存款', '取现',
    // A document collected at an office's self-service machine ("签注已办理成功，请在自助机领取或选择邮寄"): sms15.
    '自助机领取', '自助机打印', '自助机取证', '自助机取票', '自助机上领取', '自助终端领取', '自助终端打印'],
  guards: ['warning'],
  negatable: true,
  advice: ['no-transfer', 'never-share-card', 'already-paid'],
  examples: {
    positive: [
      '您找一台ATM机，到了以后按我说的操作',
      '请您带上银行卡到附近的取款机上激活',
      '到ATM上选择转账，输入我给您的激活代码',
      '您的卡还没开通接收功能，需要到柜员机上操作一下',
      '去银行的自助机上按照我的指引操作，补贴马上到账',
    ],
    negative: [
      '本网点ATM机维护，暂停服务',
      '我去ATM取了五百块钱',
      '任何要求您到ATM上操作激活的都是诈骗',
      '柜员机吞卡了，请联系网点',
      '您可以在ATM上查询余额',
    ],
  },
});
