import { defineTactic } from '../../schema.ts';

/**
 * A move to a platform or site the counterpart names ("注册我们的交易平台", "在这个网站上挂出账号"):
 * the trade, the job or the "investment" leaves the platform where it started and its protection.
 */
export default defineTactic({
  id: 'shift.outside-platform',
  stage: 'shift',
  description: {
    zh: '要您到对方指定的平台、网站或小程序上注册、上架、交易',
    en: 'Asks you to register, list or trade on a platform, site or mini-program they name',
  },
  weight: 20,
  cues: [
    // Only with what the move is for (a sale, a payout, earnings): an operator's "下载注册我们的应用" is not it.
    { request: { act: ['act.register'], object: ['obj.platform'] }, context: ['ctx.payout', 'ctx.earn'] },
    // "你下载这个交易软件，我们在上面交易": a trade moved into an app the other side picks.
    { request: { act: ['act.download', 'act.install', 'act.register'], object: ['obj.app', 'obj.platform'] }, context: ['ctx.trade'] },
    // "在百度搜索一个叫某某的平台，我们在上面交易": the site is named by a search, not a link.
    { request: { act: ['act.search'], object: ['obj.platform'] }, context: ['ctx.trade', 'ctx.payout', 'ctx.earn'] },
    // The trade done, listed or confirmed on a platform the other side names ("我们可以在鑫宝阁平台进行交易", "请把账号挂在
    // 平台上", "请使用星游平台登录账号并确认交易"): a buyer who picks the platform is the game-trade scam's move (recall10).
    // The platforms players really use are named as such (unless: 交易猫, 藏宝阁…): their own app is where the trade stays.
    { request: { act: ['act.trade-at', 'act.login'], object: ['obj.trade-place'] }, context: ['ctx.trade'] },
    // The trade itself moved to a page or a chat app the other side picks.
    { any: ['在上面交易', '在上面进行交易', '网页进行交易', '网页上交易', '通过微信交易', '通过qq交易', '加微信交易', '加qq交易', '微信上交易', 'qq上交易'] },
  ],
  unless: ['不要', '切勿', '请勿', '官方', '陌生网站', '注册成功', '已注册', '实名注册', '走担保交易', '平台担保交易', '官方担保交易',
    // The trading platform players really use, kept as the place of the trade (a seller's "可走交易猫担保", "请在藏宝阁内完成
    // 交易"). Not the name alone: "我不常登闲鱼，我们通过微信交易" names it to leave it.
    '走交易猫', '交易猫担保', '交易猫app内', '在交易猫上交易', '藏宝阁内', '在藏宝阁', 'app内'],
  guards: ['warning'],
  advice: ['stay-on-platform', 'check-domain', 'no-app-download'],
  examples: {
    positive: [
      '请您注册我们的交易平台并将账号挂上',
      '你在这个网站上注册一个账号，我们在上面交易',
      '点击我发送的网址注册交易买卖游戏账号',
      '你可以注册一个平台账号，把你的账号挂到上面出售',
      '在我们的网站注册就能提现佣金',
      '你下载这个交易软件，我们在上面交易账号',
      '请在百度搜索一个叫宰季游的平台，我们可以在上面交易',
      '我们可以通过腾讯7416网页进行交易',
      '我想买你的游戏账号，我们可以在鑫宝阁平台进行交易，请把账号挂在平台上',
      '你的账号我要了，我们在淘游网上进行交易，你先把账号上架',
    ],
    negative: [
      '不要在陌生网站注册账号',
      '恭喜您注册成功',
      '请在官方平台上交易',
      '网站维护中，请稍后访问',
      '我已注册好了',
      '官方交易软件更新了',
      '游戏账号出售，请在交易猫APP内下单，平台担保',
      '网易藏宝阁提醒：您的角色已上架，请在藏宝阁内完成交易',
    ],
  },
});
