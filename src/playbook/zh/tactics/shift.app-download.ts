import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'shift.app-download',
  stage: 'shift',
  description: {
    // Neutral: the same move serves refund, loan, task and investment scams (the kind is told by the pretext).
    zh: '要您下载安装对方指定的软件、APP或会议软件，或按他说的在应用商店搜索安装',
    en: 'Asks you to download and install an app or meeting software they name, or to search for it in the app store and install it',
  },
  weight: 20,
  cues: [
    {
      any: [
        '退款软件', '退款app', '理赔app', '理赔软件', '退款渠道', '理赔渠道', '退款专用', '专用软件', '专用app',
        '安装包', 'apk', '未知来源', '信任此应用', '允许安装', '描述文件', '企业证书', '信任该开发者',
      ],
    },
    // The request grammar (lexicon.ts): download / install × an app.
    { request: { act: ['act.download', 'act.install'], object: ['obj.app'] }, actor: 'any' },
    { entity: 'url', near: ['下载', '安装', '软件', 'app'], within: 16 },
  ],
  unless: [
    '请勿', '切勿', '不要下载', '不要安装', '不明', '陌生', '官方应用商店下载', '正版', '个人所得税', '国家反诈中心app',
    '更新', '升级', '卸载', '游戏',
    // A carrier advertising its own client app ("下载掌上营业厅客户端领流量").
    '营业厅', '服务厅', '官方客户端',
  ],
  guards: ['warning'],
  // The signer's own app ("【网上国网】下载网上国网APP并绑定户号，完成新手任务送2元电费红包"): see the option (sms15).
  signerApp: true,
  negatable: true,
  advice: ['no-app-download', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      '您需要下载一个退款渠道软件，才能把钱退回来',
      '你先下载个APP，名字我发你短信',
      '在应用商店搜索“安心理赔”这个软件，装一下就行',
      '点这个链接 http://tk-refund.cn/a.apk 下载安装',
      '手机会提示未知来源，您点允许安装就可以',
      '安装完以后打开软件，输入我给你的邀请码',
      '苹果手机的话要先信任该开发者才能打开',
      '下 载 退 款 APP 后 用 手 机 号 登 录',
    ],
    negative: [
      '不需要您下载任何软件，在淘宝APP的订单里就能看到退款进度',
      '请勿下载来历不明的APP',
      '记得下载国家反诈中心APP，可以识别诈骗电话',
      '我手机上的微信要更新了',
      '孩子玩游戏又偷偷下载了好几个软件',
      '退款请在淘宝APP我的订单里申请',
      '这个软件太占内存了，我卸载了',
      '个人所得税APP里可以查到退税进度',
      '帮我把这个文件下载到电脑桌面',
      '欢迎下载掌上营业厅客户端，签到即送流量',
    ],
  },
});
