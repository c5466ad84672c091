import { defineTactic } from '../../schema.ts';

/**
 * Game-account and virtual-item trades (游戏/虚拟物品交易): a "buyer", "seller" or "platform agent"
 * who talks about your game account, coins or gear. Weak alone (players do trade); with a move to
 * another platform, a site, QQ, or a fee, the composites make it a warning.
 */
export default defineTactic({
  id: 'pretext.account-trade',
  stage: 'pretext',
  description: {
    zh: '说要买卖您的游戏账号、游戏币、装备或皮肤，或代练、代充',
    en: 'Talks about buying or selling your game account, coins, gear or skins, or boosting and top-up services',
  },
  weight: 10,
  cues: [
    {
      any: [
        '账号交易', '出售账号', '账号出售', '买你的账号', '买您的账号', '收购账号', '收你的号', '代练', '代充',
        '交易猫', '账号上架', '挂售', '寄售', '账号挂', '卖号', '买号', '收号', '虚拟物品交易',
      ],
    },
    // The item alone is a game's own word ("游戏账号注册"); with buying or selling it is a trade.
    {
      all: [
        ['游戏账号', '游戏币', '游戏装备', '游戏皮肤', '游戏道具', '你的账号', '您的账号', '这个账号'],
        ['买', '卖', '出售', '收购', '全收', '高价收', '我收', '收你', '交易', '挂出', '估价', '价格', '回收', '买家', '卖家', '块收', '元收', '出价'],
      ],
      within: 30,
    },
  ],
  unless: ['未成年人', '防沉迷', '官方交易', '骗子', '诈骗', '被盗', '申诉', '找回',
    // The trading platform's own settlement of a sale done on it ("您出售的游戏账号买家已确认收货，货款扣除5%服务费后已转入平台
    // 余额"): the escrow worked, the money is the reader's; read with the fee named, suspicious 69 (sms15).
    '已确认收货', '买家确认收货', '已转入平台余额', '已转入您的平台', '已进入藏宝阁钱包', '已结算至', '已成交', '已转入您的'],
  guards: ['warning'],
  advice: ['stay-on-platform', 'no-upfront-fee'],
  examples: {
    positive: [
      '我看到你在网上出售游戏账号，非常感兴趣',
      '你好，我是你的游戏账号买家，我想购买你的账号',
      '您好，我们收到您的账号交易请求',
      '我这边专业代练，价格便宜',
      '梦幻西游游戏币要卖吗，我现金收',
    ],
    negative: [
      '游戏账号被盗，快去找官方申诉',
      '买卖游戏账号有风险，小心骗子',
      '今天玩了两个小时游戏',
      '防沉迷系统提醒您注意休息',
      '这把装备不错',
    ],
  },
});
