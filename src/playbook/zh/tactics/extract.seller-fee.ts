import { defineTactic } from '../../schema.ts';

/**
 * The seller made to pay to get paid (二手交易, 游戏交易, issue 8 §1.8): the "buyer" has paid, but the
 * seller's account must first open a "deposit service", a "credit certification" or a VIP to
 * receive it, or confirm the money on a site or link the buyer sends. Xianyu and game platforms pay
 * sellers with no such step: extraction, weight 40. Written from the platforms' own warnings
 * (闲鱼: 不存在“开通保证金才能收款”) and our own writing.
 */
export default defineTactic({
  id: 'extract.seller-fee',
  stage: 'extraction',
  description: {
    zh: '说买家已付款，但您要先开通保证金、诚信认证、VIP才能收款，或到他发的网站、链接上“确认收款”',
    en: 'Says the buyer has paid but you must first open a deposit, a "credit certification" or a VIP to receive it, or "confirm receipt" on a site or link they send',
  },
  weight: 40,
  cues: [
    {
      all: [
        ['开通', '缴纳', '交', '认证', '升级'],
        ['保证金', '诚信认证', '收款保障', '保证金服务', 'vip', '认证费', '会员', '商家认证', '收款功能'],
        ['收款', '收到钱', '提不出来', '钱就能', '解冻', '才能收', '被冻结', '收不到', '打给你', '到你账户', '钱提不', '提现'],
      ],
      within: 36,
    },
    {
      all: [
        ['网站', '链接', '那个平台', '这个平台', '助手'],
        ['确认收款', '注册收款', '确认收货才能', '填写收款信息', '点击收款', '领取货款', '才能收到'],
      ],
      within: 24,
    },
  ],
  unless: ['骗子', '诈骗', '警惕', '谨防', '不存在', '不需要', '不会要求', '官方app内', '已到账'],
  guards: ['warning'],
  negatable: true,
  advice: ['stay-on-platform', 'no-upfront-fee', 'already-paid'],
  examples: {
    positive: [
      '我已经拍下了，系统说你的账户没开通保证金服务，钱被冻结了',
      '你需要先缴纳诚信认证费，认证后才能收款',
      '买家的钱已经付了，但你的账户要升级VIP才能提现',
      '你点这个链接填写收款信息，钱马上到',
      '我在那个交易网站上下单了，你去上面确认收款',
    ],
    negative: [
      '闲鱼不存在开通保证金才能收款的说法，都是骗子',
      '您的货款已到账，请在APP内查看',
      '买家已确认收货，货款已打入您的账户',
      '我开通了会员，看剧没有广告了',
      '保证金在订单完成后自动解冻',
    ],
  },
});
