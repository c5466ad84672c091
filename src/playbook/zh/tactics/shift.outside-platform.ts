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
    // The trade itself moved to a page or a chat app the other side picks.
    { any: ['在上面交易', '在上面进行交易', '网页进行交易', '网页上交易', '通过微信交易', '通过qq交易', '加微信交易', '加qq交易', '微信上交易', 'qq上交易'] },
  ],
  unless: ['不要', '切勿', '请勿', '官方', '陌生网站', '注册成功', '已注册', '实名注册', '走担保交易', '平台担保交易', '官方担保交易'],
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
    ],
    negative: [
      '不要在陌生网站注册账号',
      '恭喜您注册成功',
      '请在官方平台上交易',
      '网站维护中，请稍后访问',
      '我已注册好了',
      '官方交易软件更新了',
    ],
  },
});
